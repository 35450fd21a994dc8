"""True/false statements: a negation the article states, or a fact with one name swapped for a
same-kind name the article makes wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.generate.ask.common import finish
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.kinds import NUMERIC, PLACES
from quizgen.generate.reasons import Reason

CONCESSIVE = {"while", "although", "though", "whereas"}


def negated_description(ctx: ClauseContext) -> Iterator[Candidate]:
    """'While not a military alliance, the SCO ...' -> 'The SCO is a military alliance.' (false)."""
    clause = ctx.clause
    verb = clause.verb
    subj = clause.subject()
    if not subj:
        return
    for adv in verb.children:
        if adv.dep_ != "advcl" or adv.pos_ not in ("NOUN", "ADJ"):
            continue
        marks = {c.lower_ for c in adv.children if c.dep_ == "mark"}
        if not marks & CONCESSIVE or not any(c.dep_ == "neg" for c in adv.children):
            continue
        desc = " ".join(t.text for t in adv.subtree if t.dep_ not in ("mark", "neg", "punct"))
        subject = clause.render(skip={t.i for t in clause.tokens if t not in subj})
        be = "are" if subj[-1].tag_ in ("NNS", "NNPS") else "is"
        prompt = finish(f"{subject} {be} {desc}")
        # What a thing is not ("While not a military alliance, ...") is rarely said, and key.
        yield Candidate(rule="negated_description", type="true_false", prompt=prompt, answer=False,
                        context=ctx.text, sentence_index=ctx.index, kind="statement",
                        fact=f"{prompt.lower()}|negation", priority=1.0, beside=True)
        return


# True/false statements worth making: a wrong year or number, a wrong place. A stranger's name
# swapped into a sentence ('Pythias studied anatomy ...') is false in a way nobody would ask.
SWAP_KINDS = NUMERIC | PLACES
# A bound before a number: "more than 1,700" stays true with a smaller number swapped in.
BOUNDED = re.compile(r"\b(more|less|fewer|greater|higher|lower|over|under|above|below|at least|at most|"
                     r"up to|nearly|almost|about|around|some|approximately|roughly|as many as)\s+(than\s+)?____")


def swapped_fact(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """The answer's fill-in with its multiple-choice question's first distractor in the blank (an
    answer rule after those two: it needs a kept fill-in and a question with options)."""
    fill, wh = ctx.made_of_type("fill_in"), ctx.made_of_type("multiple_choice")
    if fill is None or fill.dropped is not None:
        return  # the fill-in is listed as dropped, with its reason: the same sentence would be swapped
    if wh is None or wh.dropped is not None:
        yield ctx.skip("swapped_fact", Reason.NOTHING_TO_SWAP())
    else:
        yield swap_in(fill, wh.distractors[0])


def swap_in(fill_in: Candidate, distractor: str) -> Candidate:
    """The fill-in's sentence with a wrong same-kind name in the blank: a false statement (not
    made for a bounded number, where a smaller or larger one may be true as well)."""
    prompt = fill_in.prompt.replace("____", distractor, 1)
    # priority: a statement with one name swapped is asked only where nothing better is.
    cand = Candidate(rule="swapped_fact", type="true_false", prompt=prompt, answer=False, context=fill_in.context,
                     sentence_index=fill_in.sentence_index, kind=fill_in.kind, fact=fill_in.fact + "|tf", priority=-0.8)
    if BOUNDED.search(fill_in.prompt.lower()):
        cand.drop(Reason.BOUNDED_NUMBER())
    elif fill_in.kind not in SWAP_KINDS:
        cand.drop(Reason.SWAPPED_NAME(fill_in.kind or "name"))
    return cand
