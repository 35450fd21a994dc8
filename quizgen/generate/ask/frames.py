"""Slots whose frame says what kind of answer fills them: the object of "died of", "evolved from",
"made of", "caused by" and the complement of "is considered" (quizgen/data/noun_frames.tsv), the
of-phrase of a relational complement ("The CD is an evolution of LaserDisc technology" -> "What is
the CD an evolution of?"), and an object whose head is of a concrete class (an illness, a
material, a storm: data/noun_classes.tsv). A blank in such a slot has one kind of filler, so a
phrase there without three options is still asked, as a fill-in; a blank over a subject, or over
a phrase of no known class ("____ slipped 16%"), has too many."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.options.phrases import noun_class

if TYPE_CHECKING:
    from spacy.tokens import Token

# Complements that relate their subject to the thing in their of-phrase: the of-phrase is the fact
# ("an evolution of X", "a descendant of X"); the complement alone says nothing ("What is the CD?").
RELATIONAL = {"evolution", "descendant", "ancestor", "form", "variant", "version", "derivative", "branch",
              "offshoot", "subspecies", "relative", "cousin", "successor", "predecessor", "mixture",
              "blend", "hybrid", "cross", "alloy", "compound", "symptom", "sign", "source", "cause"}

# Classes of concrete things: an object of one of these is one kind of thing a blank can stand for.
CONCRETE = {"disease", "material", "landform", "weather", "microbe", "medicine", "body", "process", "animal",
            "plant", "food", "document", "device", "vehicle", "building"}
# Verbs that say too little of their object for a blank ("Cai Lun used ____", "Camels have ____"):
# many things fit, whatever their class.
VAGUE = {"use", "need", "want", "like", "love", "include", "contain", "have", "see", "find", "get", "keep",
         "show", "mean", "become", "remain", "eat", "carry", "bring", "give", "take", "hold", "visit", "leave",
         "feature", "announce", "reach", "produce", "replace", "face", "join"}

# "What did Cai Lun use?" says nothing without what for ("used bark to make paper" does).
BARE_USE = {"use", "need"}


@lru_cache(maxsize=1)
def frames() -> dict[tuple[str, str], str]:
    """(verb lemma, preposition or '-') -> the class its object must have ('*' for any)."""
    return {(verb, prep): cls for verb, prep, cls, *_ in data.rows("noun_frames.tsv")}


def in_frame(verb: "Token", head: "Token") -> bool:
    """Whether the phrase fills a slot the frames list names ("died of ____"): there a bare noun
    ("scurvy") is the fact, not a word the verb carries."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and prep.head.i == verb.i:
        return frames().get((verb.lemma_.lower(), prep.lower_)) == "*"
    return head.dep_ in ("oprd", "dobj") and head.head.i == verb.i and frames().get((verb.lemma_.lower(), "-")) == "*"


def framed(verb: "Token", head: "Token") -> bool:
    """Whether the phrase headed by `head` fills a slot of `verb` whose frame, or whose head's
    concrete class, says what kind of thing it is."""
    if head.dep_ == "pobj":
        prep = head.head
        if prep.head.i != verb.i:
            related = relational_of(verb)
            return related is not None and related.i == head.i  # "an evolution of ____"
        slot = prep.lower_
    elif head.dep_ in ("oprd", "attr", "dobj") and head.head.i == verb.i:
        slot = "-"
    else:
        return False
    cls = frames().get((verb.lemma_.lower(), slot))
    if cls is not None:
        return cls == "*" or noun_class(head) == cls
    if verb.lemma_ == "use" and head.dep_ == "dobj" and any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
        return True  # "used burnt lime and volcanic ash to produce cement": what for says which
    # A bare singular object is often a verb the parser took for a noun ("Desert plants flower ..."):
    # the class alone is trusted only with a word that makes it a phrase.
    phrased = head.tag_ == "NNS" or any(c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in head.children)
    # Only a direct object: after a preposition the phrase may run on into another ("from animals to humans").
    return head.dep_ == "dobj" and phrased and verb.lemma_.lower() not in VAGUE and noun_class(head) in CONCRETE


def relational_of(verb: "Token") -> "Token | None":
    """The object of the of-phrase of a relational complement of 'be' ("is an evolution of X" -> X)."""
    if verb.lemma_ != "be":
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if attr is None or attr.lemma_.lower() not in RELATIONAL:
        return None
    prep = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
