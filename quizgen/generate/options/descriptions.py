"""Descriptive wrong options ('German photographer', 'Chilean seamstress') vetted like name options
are: of the answer's own kind (a family tie beside family ties, an occupation beside occupations),
and never what the article says of the question's own subject ('Mexican artist', offered as wrong
in 'Who was Frida Kahlo?', when the article calls her one). The kinship words are data
(data/vet.json `kin_nouns`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.generate.vet import vet_data

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry

SENTENCES = re.compile(r"(?<=[.!?])\s+")
LINK = r"(?:is|was|are|were|became|becomes|remained|,)"
NAME_BEFORE = re.compile(r"[A-Z][\w.'-]*\s+$")


def is_description(text: str) -> bool:
    """A phrase that describes rather than names ('German photographer', not 'Otto Brandt')."""
    words = text.split()
    return bool(words) and words[-1][:1].islower()


def _kin(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and (words[-1] in _kin_nouns() or words[-1].rstrip("s") in _kin_nouns())


@lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    return frozenset(vet_data()["kin_nouns"])


def _forms(name: str, reg: Registry) -> set[str]:
    """A name as the article writes it: in full, and the surname a person goes by alone."""
    full = reg.full(name)
    forms = {name, full}
    parts = full.split()
    if len(parts) > 1 and reg.full(parts[-1]) == full:
        forms.add(parts[-1])
    return {f for f in forms if len(f) > 2}


def said_of(option: str, forms: set[str], sentences: list[str], pronoun: bool) -> bool:
    """Some sentence says the option of one of the name's `forms` ('Kahlo was a Mexican artist',
    'Kahlo, a Mexican artist, ...'), or of 'he'/'she' when the name is the article's subject."""
    phrase = rf"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}{re.escape(option)}(?![\w-])"
    subjects = [re.escape(f) for f in sorted(forms, key=len, reverse=True)]
    if pronoun:
        subjects.append(r"^(?:He|She)")
    for subject in subjects:
        pattern = re.compile(rf"(?<![\w-]){subject}(?![\w-])[^.;]{{0,40}}?\s*{LINK}\s+{phrase}", re.I)
        for s in sentences:
            # 'Lind' inside 'Karl Lind' is another person of the name.
            if any(not NAME_BEFORE.search(s[:m.start()]) for m in pattern.finditer(s)):
                return True
    return False


def prune_descriptions(c: Candidate, reg: Registry, texts: list[str], title: str) -> None:
    """Drop the descriptive wrong options of another kind than the answer, or that the article says
    of a name the question asks about (the options left are counted by the options' vetting)."""
    answer = str(c.answer)
    if c.type != "multiple_choice" or not is_description(answer) or not c.rule.startswith("noun_phrase"):
        return  # numbers, dates and names have their own checks
    names = [n for n in reg.names_in(c.prompt) if n[:1].isupper()]
    sentences = [s for t in texts for s in SENTENCES.split(t)]
    kept = []
    for option in c.distractors:
        if is_description(option) and _kin(option) != _kin(answer):
            continue  # 'mother of three' beside 'German photographer'
        if is_description(option) and any(
                said_of(option, _forms(n, reg), sentences, reg.full(n) in title or n in title) for n in names):
            continue  # true of the one the question is about
        kept.append(option)
    c.distractors = kept
