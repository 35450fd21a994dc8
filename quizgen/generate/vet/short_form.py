"""The one word of a full name a typed answer may be given as ('Rathbone' for 'Henry Rathbone',
'Yao' for 'Yao Ming'), only where that word alone is safe: the article itself calls the person by
it, or the name is a person's in Western order whose surname no one else in the article has. Never
for an animal, a ship or a machine with a given name ('giant panda Mei Xiang'), and never the last
word of a name written family name first ('Xiang', 'Ming')."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.deck.lint_text import words_data
from quizgen.generate.vet import vet_data
from quizgen.name_order import family_name_first

if TYPE_CHECKING:
    from quizgen.generate.resolve.registry import Registry


@lru_cache(maxsize=1)
def bearer_nouns() -> frozenset[str]:
    """Nouns of things that are given names: animals, vessels, machines, storms."""
    rows = {cls: ws.split() for cls, ws in data.rows("noun_classes.tsv")}
    return frozenset([*rows.get("animal", ()), *rows.get("vehicle", ()), *vet_data()["name_bearer_nouns"]])


def named_as_thing(name: str, texts: list[str]) -> str | None:
    """The noun that says the name is an animal's or a thing's: 'giant panda Mei Xiang', 'the ship
    Endurance', 'Mei Xiang, the female giant panda', 'a dog named Laika' -> 'panda', 'ship', 'dog'."""
    nouns = "|".join(sorted(bearer_nouns(), key=len, reverse=True))
    before = re.compile(rf"\b({nouns})(?:e?s)?,? (?:named |called )?{re.escape(name)}\b", re.IGNORECASE)
    after = re.compile(rf"\b{re.escape(name)}(?:,| \() ?(?:the |a |an |our )?(?:[\w-]+ ){{0,3}}?({nouns})\b")
    for text in texts:
        if name not in text:
            continue
        m = before.search(text) or after.search(text)
        if m:
            return m.group(1).lower()
    return None


def _alone(word: str, text: str) -> bool:
    """The word written on its own in `text`: no capitalised word just before or after it."""
    for m in re.finditer(rf"(?<![\w.'-]){re.escape(word)}(?!['\w-])", text):
        if re.search(r"[A-Z][\w.'-]*\s+$", text[:m.start()]) or re.match(r"\s+[A-Z]", text[m.end():]):
            continue
        return True
    return False


def called_alone(name: str, reg: Registry, texts: list[str]) -> str | None:
    """A word of the name the article uses alone for the person ('Yao' of 'Yao Ming', 'Rathbone'
    of 'Henry Rathbone'), no other name of the article having it; the last word first (only the
    first of a name written family name first)."""
    words = name.split()
    connectors = set(words_data()["name_connectors"])
    others = [n for n in reg.kinds if n != name and not set(n.split()) <= set(words)]
    # A family-first name is shortened to its family name ('Yao'); 'Ming' alone is more often the dynasty.
    for word in (words[0],) if family_name_first(name) else (words[-1], words[0]):
        if len(word) < 3 or word.casefold() in connectors or word.endswith(".") or not word[:1].isupper():
            continue
        if any(word in n.split() for n in others) or reg.kinds.get(word, "person") != "person":
            continue  # 'Lincoln' of 'Mary Todd Lincoln' is Abraham as well; 'Washington' a city too
        if any(_alone(word, t) for t in texts if word in t):
            return word
    return None


def one_word_form(name: str, reg: Registry, texts: list[str], surnames: dict[str, str | None]) -> str | None:
    """The safe one-word form of a person's full name, or None (see the module's docstring)."""
    words = name.split()
    if len(words) < 2 or named_as_thing(name, texts):
        return None
    said = called_alone(name, reg, texts)
    if said:
        return said
    if family_name_first(name):
        return None  # 'Ming' of 'Yao Ming' is his given name
    last = words[-1]
    return last if surnames.get(last) == name and reg.kinds.get(last, "person") == "person" else None
