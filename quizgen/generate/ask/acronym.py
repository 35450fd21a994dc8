"""Acronym questions: an abbreviation the article defines in brackets, asked as fill-in."""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.candidate import Candidate


def acronym_definitions(ctx: ClauseContext) -> Iterator[Candidate]:
    """'Shanghai Cooperation Organization (SCO)' -> 'SCO stands for the ____.' (an article rule:
    it looks for the sentence that defines each acronym among all of `ctx.texts`)."""
    sentences = ctx.texts
    for short, long in sorted(ctx.reg.acronyms.items()):
        index = next((i for i, s in enumerate(sentences) if f"({short})" in s), 0)
        context = sentences[index] if sentences else ""
        the = "the " if f"the {long}".lower() in context.lower() else ""
        yield Candidate(rule="acronym_definition", type="fill_in", prompt=f"{short} stands for {the}____.",
                        answer=long, context=context, sentence_index=index, kind="acronym",
                        fact=f"{long.lower()}|stands for", beside=True)
