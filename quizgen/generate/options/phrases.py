"""Content noun phrases: which phrases carry content (a head noun with a modifier, not a pronoun,
not a bare "people"), the semantic class of their head (quizgen/data/noun_classes.tsv), and wrong
options of the same class from the article."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.reasons import Reason, Why

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quizgen.generate.resolve.registry import Registry

MODIFIERS = {"amod", "compound", "prep", "nummod", "poss", "acl", "nmod", "npadvmod", "quantmod", "conj"}
POINTING = {"this", "that", "these", "those", "such", "other", "another", "same"}
ARTICLES = ("the ", "a ", "an ")
# What says which one "the ..." is, so that it does not lean on an earlier sentence ("the loss of
# carnivorous species", "the men's solicitor").
SAYS_WHICH = {"prep", "poss", "acl"}
QUANTIFIERS = {"no", "any", "some", "every", "each", "all", "many", "few", "fewer", "several", "most", "much",
               "more", "less", "numerous", "various", "certain", "both", "either", "neither"}
NAMED = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
         "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
MAX_WORDS = 6
NEEDED = 3


@lru_cache(maxsize=1)
def noun_classes() -> dict[str, str]:
    """Head noun (lemma) -> its semantic class ('tuberculosis' -> 'disease')."""
    out: dict[str, str] = {}
    for cls, words in data.rows("noun_classes.tsv"):
        for w in words.split():
            out.setdefault(w, cls)
    return out


def noun_class(head: "Token") -> str:
    """The class of a head noun ('' when the list does not know it)."""
    classes = noun_classes()
    return classes.get(head.lemma_.lower()) or classes.get(head.lower_, "")


def content_phrase(head: "Token", allowed: set[int], subst: "set[int] | dict" = frozenset()) -> "Span | Why":
    """The noun phrase headed by `head` (its words among `allowed`), or why it carries no content
    of its own to ask about."""
    ids = sorted(t.i for t in head.subtree if t.i in allowed)
    doc = head.doc
    if ids != list(range(ids[0], ids[-1] + 1)):
        return Reason.PHRASE_BROKEN(head.text)
    span = doc[ids[0]:ids[-1] + 1]
    if head.ent_type_ in NAMED and not any(c.dep_ == "conj" for c in head.children):
        return Reason.PHRASE_IS_NAME(span.text)  # asked as a name, by the wh-question rule
    pronoun = next((t for t in span if t.tag_ in ("PRP", "PRP$", "WDT", "WP", "WP$", "EX")), None)
    if pronoun is not None:
        return Reason.PRONOUN_IN_PHRASE(pronoun.text, span.text)
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].dep_ == "cc":
        return Reason.PHRASE_BROKEN(head.text)  # "was the costliest hurricane, and one of the ...": half a list
    if any(t.i in subst for t in head.subtree):
        return Reason.PHRASE_BROKEN(head.text)  # part of it was rewritten ("Lincoln" -> "Abraham Lincoln")
    if any(t.lower_ in POINTING for t in span if t.dep_ in ("det", "amod", "predet")):
        return Reason.PHRASE_POINTS_BACK(span.text)
    quantifier = next((t for t in span if (t.lower_ in QUANTIFIERS and (t.head.i == head.i or t.i == span.start))
                       or (t.like_num and t.i <= span.start + 1)), None)
    if quantifier is not None:
        return Reason.QUANTIFIED_PHRASE(quantifier.text, span.text)  # "no ships", "fewer frogs", "400,000 players" (a number question's)
    children = [c for c in head.children if c.i in allowed]
    modified = any(c.dep_ in MODIFIERS for c in children)
    cls = noun_class(head)
    if cls == "generic":
        return Reason.GENERIC_NOUN(span.text)  # "a number of causes" as much as "people"
    if not modified and cls in ("", "person"):
        return Reason.BARE_NOUN(span.text)  # "a deal", "usage": the verb carries the fact; "historians": anyone
    # "the men's solicitor" leans on which men; "the king's doctor" on which king: an owner says
    # which only when it is a name ("the Kennedys' house").
    says_which = any((c.dep_ in SAYS_WHICH - {"poss"} or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
                     or (c.dep_ == "poss" and any(t.pos_ == "PROPN" for t in c.subtree)) for c in children)
    if span[0].lower_ == "the" and not says_which:  # "the highest peak" says which; "the peak" does not
        return Reason.PHRASE_POINTS_BACK(span.text)  # "the plan", "the Kansas star": one named before
    listed = any(c.dep_ == "conj" for c in head.children)  # "apples, pears and plums": its commas are its own
    if len(span) > MAX_WORDS or any(t.is_punct and t.text not in "-'" and not (listed and t.text == ",") for t in span):
        return Reason.PHRASE_TOO_LONG(span.text)
    return span


def bare(text: str) -> str:
    """The phrase without its leading article ('a new library' -> 'new library')."""
    low = text.lower()
    for a in ARTICLES:
        if low.startswith(a):
            return text[len(a):]
    return text


def collect_phrases(doc: "Doc", reg: "Registry") -> None:
    """Note the article's content noun phrases by the class of their head (options for later questions)."""
    for chunk in doc.noun_chunks:
        head = chunk.root
        cls = noun_class(head)
        if head.pos_ != "NOUN" or cls in ("", "generic"):
            continue
        found = content_phrase(head, {t.i for t in chunk})
        if not isinstance(found, Why):
            reg.phrases.setdefault(cls, {}).setdefault(bare(found.text), head.lemma_.lower())


def phrase_distractors(answer: str, head: "Token", reg: "Registry", sentence: str) -> list[str]:
    """Up to three phrases of the article with a head of the answer's class (a different head, not
    the class's own name, not in the asked sentence, so none is also true there), in the article's order."""
    cls = noun_class(head)
    if cls in ("", "generic"):
        return []
    lemma, low = head.lemma_.lower(), sentence.lower()
    out: list[str] = []
    for text, other in reg.phrases.get(cls, {}).items():
        if other != lemma and other != cls and text.lower() not in low and text.lower() != bare(answer).lower() \
                and all(other != reg.phrases[cls].get(o) for o in out):
            out.append(text)
        if len(out) == NEEDED:
            break
    return out
