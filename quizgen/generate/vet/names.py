"""Names as a quiz writes them: a surname some sources print in capitals ('Jomo KENYATTA') in the
ordinary case ('Jomo Kenyatta'), in prompts, answers and options alike."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry

CAPS = re.compile(r"\b[A-Z]{3,}\b")


def capitalised_surnames(reg: Registry) -> dict[str, str]:
    """ALL-CAPS words inside people's names that are no acronym: {'KENYATTA': 'Kenyatta'}."""
    out = {}
    for name, kind in reg.kinds.items():
        if kind != "person" or name.isupper():
            continue
        # Only after the first word: 'HMS Beagle' or 'USS Maine' read as a person by the NER open
        # with a prefix in capitals, where a surname is never first ('Jomo KENYATTA').
        for w in CAPS.findall(name.partition(" ")[2]):
            if w not in reg.acronyms:
                out[w] = w.capitalize()
    return out


def recase(c: Candidate, surnames: dict[str, str]) -> None:
    """Write the candidate's capitalised surnames in the ordinary case."""
    if not surnames:
        return

    def fix(text: str) -> str:
        return CAPS.sub(lambda m: surnames.get(m.group(), m.group()), text)

    c.prompt = fix(c.prompt)
    if isinstance(c.answer, str):
        c.answer = fix(c.answer)
    c.distractors = [fix(d) for d in c.distractors]
    c.accept = [fix(a) for a in c.accept]


LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z-]{2,}\b")
CAPITAL_WORD = re.compile(r"(?<=[\w,;:] )([A-Z][a-z-]{2,})\b(?! [A-Z])")  # 'President Moi' is a title


def common_words(texts: list[str]) -> set[str]:
    """Words the article writes in lower case somewhere ('honeybees'): common nouns, whatever their
    case at the start of a sentence."""
    return {w for t in texts for w in LOWER_WORD.findall(t)}


def sentence_case(c: Candidate, common: set[str]) -> None:
    """'How many crops do Honeybees pollinate?': a word capitalised only because it opened the
    source sentence goes back to lower case once a question moves it inside."""
    if c.type == "fill_in":
        return
    first = c.context.split(maxsplit=1)[0] if c.context.strip() else ""

    def fix(m: re.Match) -> str:
        w = m.group(1)
        return w.lower() if w == first and w.lower() in common else w

    c.prompt = CAPITAL_WORD.sub(fix, c.prompt)
