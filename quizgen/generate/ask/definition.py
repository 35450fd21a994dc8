"""Fill-ins over a defined term: "Photosynthesis is the process by which plants ..." ->
"____ is the process by which plants ...". The article's definitions are its key terms, and a
science text often has more of them than names or dates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.generate.ask.common import finish
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.fill_in import BLANK, MAX_WORDS, MIN_WORDS
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.reasons import Reason

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What makes "X is a Y" a definition: Y says which Y ("the process by which ...", "a chemical element").
DEFINING = {"prep", "relcl", "acl", "amod", "compound"}
PRONOUNS = {"PRP", "PRP$"}
NOT_TERMS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def defined_term(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A fill-in over the term a present-tense 'X is a Y ...' sentence defines (asked once, from
    its main clause); nothing when the sentence defines nothing."""
    if ctx.clause.kind != "main":
        return
    sent = ctx.sentence
    term = _definition_term(sent)
    if term is None:
        return
    rest = sent[1:]
    pronoun = next((t for t in rest if t.tag_ in PRONOUNS), None)
    if any(t.lower_ == term.lower_ for t in rest):
        yield ctx.skip("defined_term", Reason.TERM_GIVEN_AWAY(term.text), what=ctx.text)
        return
    if pronoun is not None:
        yield ctx.skip("defined_term", Reason.PRONOUN_IN_DEFINITION(pronoun.text), what=ctx.text)
        return
    prompt = finish(BLANK + term.whitespace_ + rest.text.strip())
    if not MIN_WORDS <= len(prompt.split()) <= MAX_WORDS or "(" in prompt:
        yield ctx.skip("defined_term", Reason.DEFINITION_SIZE(len(prompt.split())), what=ctx.text)
        return
    yield Candidate(rule="defined_term", type="fill_in", prompt=prompt, answer=term.text, context=ctx.text,
                    sentence_index=ctx.index, kind="term", fact=f"{term.lower_}|definition|{ctx.index}")


def _definition_term(sent: "Span") -> "Token | None":
    """The term of a present-tense 'X is a Y that ...' sentence, or None when it is no definition."""
    root = sent.root
    if root.lemma_ != "be" or root.tag_ not in ("VBZ", "VBP"):
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    attrs = [c for c in root.children if c.dep_ == "attr"]
    if len(subjects) != 1 or len(attrs) != 1 or not _term(subjects[0], sent) or not _defining(attrs[0]):
        return None
    return subjects[0]


def _term(tok: "Token", sent: "Span") -> bool:
    # One word opening the sentence, with no article; the parser often takes a term for a name
    # ("Photosynthesis" as an organization), so only numbers and dates are ruled out.
    return (tok.i == sent.start and tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha
            and tok.ent_type_ not in NOT_TERMS and not any(True for _ in tok.children))


def _defining(attr: "Token") -> bool:
    return attr.pos_ == "NOUN" and any(c.dep_ in DEFINING for c in attr.children)
