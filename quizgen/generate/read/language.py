"""Telling English prose from other languages, cheaply, before spaCy's English model sees it."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen import data

MIN_WORDS = 20          # shorter texts are let through: too few words to judge
MIN_LATIN_SHARE = 0.5   # of all letters; Chinese, Cyrillic or Arabic text has almost none
MIN_FUNCTION_SHARE = 0.05  # of all words; English prose has 20-30 %, other languages ~0 %
SAMPLE_CHARS = 50_000   # the start of a long text is enough to tell

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """English function words rare in other Latin-alphabet languages (data/english_words.txt)."""
    return frozenset(w.strip() for w in data.lines("english_words.txt"))


def looks_english(text: str) -> bool:
    """False for text that is clearly in another language; True for English or too little to tell."""
    text = text[:SAMPLE_CHARS]
    words = _WORD.findall(text.lower())
    letters = sum(map(len, words))
    if letters and len(_LATIN.findall(text)) < MIN_LATIN_SHARE * letters:
        return False
    if len(words) < MIN_WORDS:
        return True
    common = function_words()
    return sum(w in common for w in words) >= MIN_FUNCTION_SHARE * len(words)
