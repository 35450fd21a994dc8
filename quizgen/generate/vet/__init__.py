"""The generator's last checks before a question is kept: a whole answer, a fluent and standalone
prompt, a fact worth asking, options that fit; each reason for not asking is named."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from quizgen import data

BLANK = "____"


@lru_cache(maxsize=1)
def vet_data() -> dict:
    """quizgen/data/vet.json: the word lists and patterns of these checks."""
    return data.json_data("vet.json")


@cache
def compiled(pattern: str) -> re.Pattern:
    """A pattern of vet.json, compiled once."""
    return re.compile(pattern)


def around(answer: str, prompt: str, context: str) -> tuple[str, str] | None:
    """The text before and after the answer: around a fill-in's blank, else around the answer's
    first whole-word occurrence in the source sentence (None when it is not there as written)."""
    if BLANK in prompt:
        before, _, after = prompt.partition(BLANK)
        return before, after
    m = re.search(r"(?<![\w-])" + re.escape(answer) + r"(?![\w-])", context)
    return (context[:m.start()], context[m.end():]) if m else None
