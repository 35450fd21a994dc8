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
        for w in CAPS.findall(name):
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
