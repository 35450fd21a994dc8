"""Acronym questions: an abbreviation the article defines in brackets, asked as fill-in."""

from __future__ import annotations

from quizgen.generate.candidate import Candidate
from quizgen.generate.resolve.registry import Registry


def acronym_definitions(reg: Registry, sentences: list[str]) -> list[Candidate]:
    """'Shanghai Cooperation Organization (SCO)' -> 'SCO stands for the ____.'"""
    out = []
    for short, long in sorted(reg.acronyms.items()):
        index = next((i for i, s in enumerate(sentences) if f"({short})" in s), 0)
        context = sentences[index] if sentences else ""
        the = "the " if f"the {long}".lower() in context.lower() else ""
        out.append(Candidate(rule="acronym_definition", type="fill_in", prompt=f"{short} stands for {the}____.",
                             answer=long, context=context, sentence_index=index, kind="acronym",
                             fact=f"{long.lower()}|stands for"))
    return out
