"""The words quizgen reads the same way everywhere: number words, ordinals, calendar words,
typographic quotes and dashes, and the words that make a name a company's.

The lists themselves are data (quizgen/data/number_words.json, calendar.json,
question_words.json); this module is the one place that reads them.
"""

from __future__ import annotations

from functools import lru_cache

from quizgen import data

# Typographic characters that two copies of the same text may disagree on: curly quotes, en and
# em dashes, no-break spaces. `text.translate(TYPOGRAPHIC)` gives the plain form.
TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                             "\u2014": "-", "\u00a0": " "})


def number_data() -> dict:
    """quizgen/data/number_words.json: units, tens, scales, collectives, ordinals and answer words."""
    return data.json_data("number_words.json")


@lru_cache(maxsize=1)
def cardinals() -> dict[str, int]:
    """'two' -> 2, 'forty' -> 40, 'million' -> 1000000, 'dozen' -> 12 (lower case)."""
    d = number_data()
    return {**d["units"], **d["tens"], **d["scales"], **d["collectives"]}


@lru_cache(maxsize=1)
def ordinals() -> dict[str, int]:
    """'first' -> 1, 'ninth' -> 9, 'hundredth' -> 100 (lower case)."""
    return dict(number_data()["ordinals"])


@lru_cache(maxsize=1)
def small_cardinals() -> tuple[str, ...]:
    """'zero' ... 'twenty', indexed by value."""
    return tuple(w for w, v in sorted(cardinals().items(), key=lambda kv: kv[1]) if v <= 20 and w != "dozen")


@lru_cache(maxsize=1)
def small_ordinals() -> tuple[str, ...]:
    """'zeroth' ... 'twentieth', indexed by value."""
    return tuple(w for w, v in sorted(ordinals().items(), key=lambda kv: kv[1]) if v <= 20)


@lru_cache(maxsize=1)
def months() -> tuple[str, ...]:
    """'January' ... 'December'."""
    return tuple(data.json_data("calendar.json")["months"])


@lru_cache(maxsize=1)
def story_times() -> frozenset[str]:
    """What 'one' opens in a story's 'One day', 'one winter' (no date, no number)."""
    return frozenset(data.json_data("calendar.json")["story_times"])


@lru_cache(maxsize=1)  # asked per word by the vet and the lint: built once
def calendar_words() -> frozenset[str]:
    """Month names, their abbreviations and weekdays, lower case ('jan', 'sept', 'monday')."""
    cal = data.json_data("calendar.json")
    return frozenset(w.lower() for w in cal["months"] + cal["month_abbreviations"] + cal["weekdays"])


@lru_cache(maxsize=1)
def company_words() -> frozenset[str]:
    """Words that make a name a company's ('Motors', 'Inc', 'Airlines')."""
    return frozenset(data.json_data("question_words.json")["company_words"])


def is_company(name: str) -> bool:
    """A company by its name ('Mitsubishi Motors'): one of its words is a company word."""
    return any(w in company_words() for w in name.split())
