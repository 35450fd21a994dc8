"""A sentence-opening 'They' as the things the sentence before was about: "Sound waves travel
through the air. They bounce back from walls." -> "Sound waves bounce back from walls." Only where
nothing else can be meant: the sentence before has a plain plural subject ('the sound waves',
'wild bees'; no 'several', 'some', 'a', no name) and no other plural as its subject or object.
('It' is left to the topic's rules: an encyclopedia's 'It' is mostly its topic.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.generate.options.phrases import noun_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_WORDS = 5
SUBJECTS = ("nsubj", "nsubjpass")
# Where a reader may look for what 'they' is: the sentence before's subject, objects and complements
# (a place or time after a preposition is rarely what a new sentence goes on about).
RIVALS = ("nsubj", "nsubjpass", "dobj", "dative", "attr", "conj", "appos", "oprd")
QUANTIFIERS = {"several", "some", "many", "most", "few", "all", "both", "various", "numerous", "other", "such"}
NOT_THINGS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}


def previous_subject(pronoun: "Token", prev: "Span") -> str | None:
    """The sentence before's subject as the pronoun opening this sentence stands for it, written
    for the middle of a sentence ('the sound waves'), or None when it is not surely meant."""
    plural = True
    if pronoun.lower_ != "they" or pronoun.i != pronoun.sent.start:
        return None
    subj = next((c for c in prev.root.children if c.dep_ in SUBJECTS), None)
    if subj is None or not _fits(subj, plural) or any(c.dep_ == "cc" for c in subj.children):
        return None
    words = list(subj.subtree)
    if len(words) > MAX_WORDS or any(t.pos_ in ("PRON", "VERB", "AUX", "ADP", "PUNCT", "NUM") or t.ent_type_ for t in words):
        return None  # 'The bat's ears', 'Ships that sail ...', names: no plain noun phrase to repeat
    if any(t.dep_ in ("det", "predet", "quantmod") and t.lower_ != "the" or t.lower_ in QUANTIFIERS for t in words):
        return None  # 'Several nations met. They signed ...': which nations, the question cannot say
    if any(_fits(t, plural) for t in prev if t.dep_ in RIVALS and t.i != subj.i):
        return None  # 'Bats catch insects. They ...': the insects may be meant
    text = " ".join(t.text for t in words)
    return text if words[0].pos_ == "PROPN" else text[:1].lower() + text[1:]


def _fits(t: "Token", plural: bool) -> bool:
    """A noun the pronoun could stand for by number (and, for 'it', no person)."""
    if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in NOT_THINGS:
        return False
    if plural:
        return t.tag_ in ("NNS", "NNPS")
    return t.tag_ in ("NN", "NNP") and noun_class(t) != "person" and t.ent_type_ != "PERSON"


def club_they(pronoun: "Token", verb: "Token", prev: "Span") -> bool:
    """'Arsenal entered the league in 1893. They won the cup in 1904.': a club or band is 'they' in
    British writing. Taken only for a past verb, whose number shows nowhere ('Arsenal won ...', never
    'Arsenal have ...'), and only when the sentence before names no plural a reader could mean."""
    if pronoun.lower_ != "they" or verb.tag_ != "VBD" or verb.lower_ == "were":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # 'They were relegated', 'They have won': the verb's number would show
    return not any(_fits(t, True) for t in prev if t.dep_ in RIVALS + ("pobj",))

