"""Things a story introduces once ('a hungry fox', 'a piece of cheese') and then calls 'the fox',
'the cheese': after the introduction 'the fox' says which one, and can be an answer."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

INDEFINITE = {"a", "an"}
OTHERS = {"another", "other", "second", "each", "every", "some", "many", "several", "two", "three"}
# What may stand between 'the' and the noun of an introduced thing ('the little mouse', 'the fox').
DESCRIBING = {"amod", "compound"}
# 'The Tortoise and the Hare', 'The Ugly Duckling': the (one or two) words after a title's 'the'.
TITLE_THE = re.compile(r"(?i)\bthe\s+([a-z]+)(?:\s+([a-z]+))?")
CHARACTER_CLASSES = {"person", "animal"}


def title_characters(title: str) -> frozenset[str]:
    """The characters a story's title introduces: 'The Tortoise and the Hare' -> tortoise, hare
    (a person or animal noun after 'the'; 'The Three Little Pigs' names many, so none)."""
    from quizgen.generate.options.phrases import noun_classes

    classes = noun_classes()
    out = set()
    for m in TITLE_THE.finditer(title or ""):
        words = [w.lower() for w in m.groups() if w]
        if words and words[0] in ("and", "of"):
            continue
        out |= {w for w in words[:2] if classes.get(w) in CHARACTER_CLASSES}
    return frozenset(out)


@dataclass
class Referents:
    """Nouns introduced with 'a'/'an' so far (or by the title), and those that are not one thing
    (plural, 'another')."""

    introduced: Counter = field(default_factory=Counter)
    many: set[str] = field(default_factory=set)
    titled: frozenset[str] = frozenset()  # the title's characters: 'the tortoise' of 'The Tortoise and the Hare'

    def read(self, sent: "Span") -> None:
        """Note the sentence's introductions ('a fox', 'a piece of cheese') and its plurals."""
        for t in sent:
            if t.pos_ != "NOUN":
                continue
            lemma = t.lemma_.lower()
            dets = {c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "amod")}
            if t.tag_ == "NNS" or dets & OTHERS:
                self.many.add(lemma)
            elif dets & INDEFINITE:
                self.introduced[lemma] += 1
                # 'a piece of cheese': the cheese is introduced too
                for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for obj in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NN"):
                        self.introduced[obj.lemma_.lower()] += 1

    def known(self) -> frozenset[str]:
        """The nouns introduced exactly once and never plural: 'the fox' is that one. A title's
        character is introduced by the title, whether or not the text says 'a hare' once more."""
        once = {w for w, n in self.introduced.items() if n == 1}
        return frozenset(w for w in once | {w for w in self.titled if self.introduced[w] <= 1} if w not in self.many)


def story_phrase(head: "Token", allowed: set[int], known: frozenset[str]) -> "Span | None":
    """'the fox' or 'the little mouse' when its noun was introduced once before; None otherwise
    (a 'the' phrase with more to it, 'the fox's den', says more than which one)."""
    if head.tag_ != "NN" or head.lemma_.lower() not in known:
        return None
    kids = [c for c in head.children if c.i in allowed]
    det = [c for c in kids if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the" or any(c.dep_ not in DESCRIBING | {"det"} for c in kids):
        return None
    if any(c.i > head.i for c in kids) or any(list(c.children) for c in kids if c.dep_ in DESCRIBING):
        return None
    start = min(c.i for c in kids)
    span = head.doc[start:head.i + 1]
    return span if len(span) <= 3 and all(t.i in allowed and not t.is_punct for t in span) else None
