"""Which names of the article are people by what the article says of them, not by the NER alone:
a wrong option offered as a person ('Tat Bibica Rauza', the tomb's old name) needs a sign that it
names one — a role or title before it, a verb only people do after it, or 'he'/'she' beside it.
The words are data (data/vet.json `person_evidence`)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from quizgen.generate.vet import vet_data

if TYPE_CHECKING:
    from quizgen.generate.resolve.registry import Registry

# 'X arrived in May, and she stayed': a he/she starting the next clause, close after the name.
PRONOUN = re.compile(r"^[^.;]{0,50}?(?:,|\band\b|\bbut\b|\bwhere\b|\bwhen\b)\s+(?:then\s+|later\s+)?(?:he|she)\b", re.I)
SENTENCES = re.compile(r"(?<=[.!?])\s+")


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a role or title just before a name, a person's verb just after it)."""
    words = vet_data()["person_evidence"]
    roles = {*words["roles"], *(t.lower() for t in vet_data()["person_titles"])}
    role = "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
    verbs = "|".join(sorted(map(re.escape, words["verbs"]), key=len, reverse=True))
    before = re.compile(rf"(?i)\b(?:{role})\.?,?\s+(?:[A-Z][\w.'-]*\s+){{0,2}}$")
    owned = "|".join(map(re.escape, words["owned"]))
    after = re.compile(rf"(?i)^(?:['’]s\s+(?:\w+\s+)?(?:{owned})\b|,?\s+(?:(?:has|had|was|is|then|also|later)\s+)?(?:{verbs})\b"
                       rf"|,\s+(?:running|serving|standing) as\b)")
    return before, after


def person_evidence(name: str, sentences: list[str]) -> bool:
    """True when some sentence says `name` is a person (a role before it, a person's verb after it,
    or a he/she after it in its sentence)."""
    before, after = _patterns()
    for sentence in sentences:
        for m in re.finditer(r"(?<![\w-])(?i:" + re.escape(name) + r")(?![\w-])", sentence):
            if before.search(sentence[:m.start()]) or after.match(sentence[m.end():]):
                return True
            if PRONOUN.match(sentence[m.end():]):
                return True
    return False


class EvidencedPeople:
    """The article's names of people with a sign in the text that they are people, asked one name
    at a time (`name in people`, without case: 'MOI' is 'Moi') and only for the names offered as
    options, so a long article costs no more than the options it offers."""

    def __init__(self, reg: Registry, texts: list[str]) -> None:
        self.reg = reg
        self.sentences = [s for text in texts for s in SENTENCES.split(text)]
        self.lowered = [s.casefold() for s in self.sentences]
        self.known: dict[str, bool] = {}

    def __contains__(self, name: str) -> bool:
        key = name.casefold()
        if key not in self.known:
            full = self.reg.full(name)
            forms = {name, full}
            last = full.split()[-1] if full.split() else full
            if len(full.split()) > 1 and self.reg.full(last) == full:
                forms.add(last)  # the surname the article also writes alone
            self.known[key] = any(person_evidence(f, [s for s, low in zip(self.sentences, self.lowered)
                                                     if f.casefold() in low]) for f in forms)
        return self.known[key]


def evidenced_people(reg: Registry, texts: list[str]) -> EvidencedPeople:
    """Which names of the article are people by what it says of them (see EvidencedPeople)."""
    return EvidencedPeople(reg, texts)
