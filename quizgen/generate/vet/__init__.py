"""The generator's last checks before a question is kept: a whole answer, a fluent and standalone
prompt, a fact worth asking, options that fit; each reason for not asking is named."""

from __future__ import annotations

import re
import threading
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


def as_written(prompt: str, answer: object, kind_of_question: str) -> str:
    """A fill-in's prompt with its answer in the blank (the sentence as a reader checks it); any
    other question's prompt as it is."""
    return prompt.replace(BLANK, str(answer)) if kind_of_question == "fill_in" else prompt


@lru_cache(maxsize=1 << 9)
def _whole_word(text: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])")


def around(answer: str, prompt: str, context: str) -> tuple[str, str] | None:
    """The text before and after the answer: around a fill-in's blank, else around the answer's
    first whole-word occurrence in the source sentence (None when it is not there as written)."""
    if BLANK in prompt:
        before, _, after = prompt.partition(BLANK)
        return before, after
    m = _whole_word(answer).search(context) if answer in context else None
    return (context[:m.start()], context[m.end():]) if m else None


_memos = threading.local()  # per thread (Dask runs articles in threads)


def article_memo(name: str, texts: list[str], *owners: object) -> dict:
    """A memo for one check over one article: the same dict while `texts` (and each of `owners`,
    by identity: the article's registry) stay the same, a new one for the next article. A long
    article asks the same check of the same words hundreds of times."""
    memo = getattr(_memos, name, None)
    if memo is None or memo[0] != texts or len(memo[1]) != len(owners) or any(
            a is not b for a, b in zip(memo[1], owners)):
        memo = (list(texts), owners, {})
        setattr(_memos, name, memo)
    return memo[2]


def forget_memos() -> None:
    """Let go of the article's memos (a long article's are tens of MB; ranking needs none)."""
    _memos.__dict__.clear()
