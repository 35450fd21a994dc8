"""Who a sentence speaks of, as the narrative resolver sees it: a third-person pronoun's gender,
a mention of a person or animal, and the subject a pronoun must be (or cannot be) by the grammar
of its own clause ('Leo lost his tail': Leo's; 'The king asked him': not the king)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data

if TYPE_CHECKING:
    from spacy.tokens import Token

GENDER = {"he": "he", "him": "he", "his": "he", "himself": "he",
          "she": "she", "her": "she", "hers": "she", "herself": "she"}
ANIMATE = {"person", "animal"}
LOOK_BACK = 3  # sentences searched back for the nearest one that names anybody
NOT_PEOPLE = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE"}
OBJECTS = {"dobj", "dative", "pobj", "iobj"}


@lru_cache(maxsize=1)
def noun_genders() -> dict[str, str]:
    """'king' -> 'he', 'queen' -> 'she': nouns whose pronoun every reader knows."""
    return {noun: pron for pron, nouns in data.rows("gendered_nouns.tsv") for noun in nouns.split()}


@dataclass(frozen=True)
class Mention:
    """Somebody a sentence speaks of: who (None when no reader could name them alone, as 'his
    father'), how the question would call them, their pronoun if known, and where."""

    key: str | None
    shown: str
    gender: str | None
    i: int


def pronoun_gender(t: "Token") -> str | None:
    """'he' or 'she' for a third-person singular pronoun ('his', 'her', 'him' ...), else None."""
    if t.pos_ != "PRON" and t.tag_ not in ("PRP", "PRP$"):
        return None
    return GENDER.get(t.lower_)


def is_title(t: "Token") -> bool:
    """'Her Royal Highness', 'His Excellency': a title, not a pronoun to resolve."""
    from quizgen.generate.resolve.pronouns import HONORIFICS
    return any(x.lower_ in HONORIFICS for x in t.doc[t.i + 1:t.i + 3])


def bound_subject(t: "Token") -> int | None:
    """The subject a non-reflexive object pronoun cannot be ('The king asked him': not the king)."""
    if t.tag_ == "PRP$" or t.lower_.endswith("self") or t.dep_ not in OBJECTS:
        return None
    verb = t.head.head if t.dep_ == "pobj" else t.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.i if subj is not None else None


def own_subject(t: "Token") -> int | None:
    """The subject before a possessive in its own clause ('the son thought about his family')."""
    if t.tag_ != "PRP$":
        return None
    verb = t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.i if subj is not None and subj.i < t.i else None
