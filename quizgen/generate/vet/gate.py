"""The gate every candidate passes before ranking: each check in turn, the first problem named
(what `--explain` shows), the fluency re-parse in one batch, and the teacher's lint last, so that
the generator never writes what `quizgen check --strict` would flag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.deck.lint import lint_question
from quizgen.generate.options.vetting import mostly_ancient, vet_options
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet.answers import answer_problem
from quizgen.generate.vet.fluency import (
    parse_problems,
    without_courtesy_title,
    wording_problem,
)
from quizgen.generate.vet.names import capitalised_surnames, recase
from quizgen.generate.vet.standalone import (
    description_problem,
    in_full,
    short_person,
    surnames_alone,
)
from quizgen.generate.vet.worth import (
    rare_spelling,
    rare_spellings,
    stem_giveaway,
    subject_answer,
    subject_definition,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry


def candidate_problem(c: Candidate, reg: Registry, title: str, rare: dict[str, str],
                      ancient: bool = False, surnames: dict[str, str | None] | None = None) -> Why | None:
    """The first reason, in the order of the rubric, not to ask `c`; None when it may be asked."""
    return (answer_problem(c, reg)
            or wording_problem(c.prompt)
            or description_problem(c.prompt)
            or short_person(c, surnames or {})
            or subject_definition(c, title)
            or subject_answer(c, title)
            or stem_giveaway(c)
            or rare_spelling(c, rare)
            or vet_options(c, reg, ancient)
            or lint_problem(c))


def lint_problem(c: Candidate) -> Why | None:
    """The teacher's lint on the question as it would be written."""
    warnings = lint_question(c.to_question())
    return Reason.LINT_FLAGS(warnings[0].rule) if warnings else None


def vet_candidates(cands: list[Candidate], reg: Registry, title: str, texts: list[str],
                   nlp: Language) -> None:
    """Drop, with a named reason, every live candidate that is not clearly good."""
    rare = rare_spellings(texts)
    surnames = capitalised_surnames(reg)
    ancient = mostly_ancient(texts)
    alone = surnames_alone(reg, title)
    live = [c for c in cands if c.dropped is None]
    for c in live:
        recase(c, surnames)
        in_full(c, alone)
        c.prompt = without_courtesy_title(c.prompt, str(c.answer))
        problem = candidate_problem(c, reg, title, rare, ancient, alone)
        if problem:
            c.drop(problem)
    # A swapped fact stands or falls with the fill-in it was made from.
    fills = {c.fact: c for c in cands if c.rule.startswith("fill_in")}
    for c in live:
        base = fills.get(c.fact.removesuffix("|tf")) if c.rule == "swapped_fact" else None
        if c.dropped is None and base is not None and base.dropped is not None:
            c.drop(Reason.FILL_IN_NOT_ASKED(base.dropped))
    live = [c for c in live if c.dropped is None]
    for c, problem in zip(live, parse_problems(live, nlp)):
        if problem:
            c.drop(problem)


def lint_kept(kept: list[Candidate]) -> list[Candidate]:
    """The kept questions the whole-deck lint has nothing against (a last safety: selection already
    keeps twins apart); the others dropped with the rule named."""
    from quizgen.deck.lint import lint_deck
    from quizgen.deck.model import Deck

    questions = [c.to_question() for c in kept]
    for i, q in enumerate(questions):
        q.line = i + 1
    flagged = {w.line - 1: w.rule for w in lint_deck(Deck(title="-", questions=questions))}
    for i, rule in flagged.items():
        kept[i].drop(Reason.LINT_FLAGS_IN_DECK(rule))
    return [c for i, c in enumerate(kept) if i not in flagged]
