"""The gate every candidate passes before ranking: each check in turn, the first problem named
(what `--explain` shows), the fluency re-parse in one batch, and the teacher's lint last, so that
the generator never writes what `quizgen check --strict` would flag."""

from __future__ import annotations

from collections.abc import Container

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.deck.lint import lint_question
from quizgen.generate.options.descriptions import prune_descriptions
from quizgen.generate.options.people import evidenced_people
from quizgen.generate.options.vetting import mostly_ancient, thing_names, vet_options
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, forget_memos
from quizgen.generate.vet.anchor import own_topic, topic_plural, unanchored_figure
from quizgen.generate.vet.answers import answer_problem
from quizgen.generate.vet.fluency import (
    joined_across_clause,
    parsed_problem,
    reparsed,
    without_courtesy_title,
    wording_problem,
)
from quizgen.generate.vet.descriptions import forget_article, resolve_descriptions
from quizgen.generate.vet.keys import add_accepted, two_people_blank
from quizgen.generate.vet.known import common_knowledge, title_compound
from quizgen.generate.vet.leaning import leaning_problem
from quizgen.generate.vet.names import capitalised_surnames, common_words, recase, sentence_case
from quizgen.generate.vet.shapes import shape_problem
from quizgen.generate.vet.standalone import (
    appositive_subject,
    description_problem,
    existential_subject,
    indefinite_subject,
    person_pronoun_problem,
    person_words,
    possessive_problem,
    role_without_owner,
    in_full,
    name_endings,
    short_person,
    surnames_alone,
    titled_surname,
    titled_surnames,
    with_title,
)
from quizgen.generate.vet.substance import substance_problem
from quizgen.generate.vet.surgery import surgery_problem
from quizgen.generate.vet.worth import (
    dominant_answer,
    family_giveaway,
    rare_spelling,
    rare_spellings,
    region_after_place,
    stem_giveaway,
    subject_answer,
    subject_definition,
    setting_place,
    subject_home,
    title_giveaway,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry


def candidate_problem(c: Candidate, reg: Registry, title: str, rare: dict[str, str],
                      ancient: bool = False, surnames: dict[str, str | None] | None = None,
                      titled: dict[str, str] | None = None, things: frozenset[str] = frozenset(),
                      people: Container[str] | None = None,
                      people_named: frozenset[str] = frozenset()) -> Why | None:
    """The first reason, in the order of the rubric, not to ask `c`; None when it may be asked."""
    return (answer_problem(c, reg)
            or wording_problem(c.prompt)
            or joined_across_clause(c)
            or description_problem(c.prompt)
            or appositive_subject(c.prompt, c.context)
            or existential_subject(c.prompt, c.context)
            or possessive_problem(c.prompt, reg.kinds)
            or person_pronoun_problem(c, people_named)
            or shape_problem(c)
            or short_person(c, surnames or {})
            or titled_surname(c, titled or {})
            or subject_definition(c, title)
            or subject_answer(c, title)
            or dominant_answer(c, reg)
            or region_after_place(c)
            or title_giveaway(c, title, reg)
            or stem_giveaway(c)
            or subject_home(c, title)
            or common_knowledge(c)
            or title_compound(c, title)
            or setting_place(c, reg)
            or family_giveaway(c)
            or substance_problem(c, title)
            or rare_spelling(c, rare)
            or vet_options(c, reg, ancient, things, people)
            or lint_problem(c))


NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")


def swap_may_be_true(statement: str, fill_in: str, texts: list[str]) -> Why | None:
    """'Leonardo worked for patrons in Florence' (the article says Milan): when the article puts the
    swapped-in name in a sentence with the statement's other names, the false statement may be true."""
    before, _, after = fill_in.partition(BLANK)
    if not statement.startswith(before) or not statement.endswith(after):
        return None
    wrong = statement[len(before):len(statement) - len(after)].strip()
    names = set(NAME.findall(before + " " + after)) - set(wrong.split())
    by_name = _sentences_by_name(tuple(texts))
    if any(wrong in sentence for name in names for sentence in by_name.get(name, ())):
        return Reason.SWAP_MAY_BE_TRUE(wrong)
    return None


@lru_cache(maxsize=1)
def _sentences_by_name(texts: tuple[str, ...]) -> dict[str, list[str]]:
    """The article's sentences under each name they contain: built once per article, not once per
    swapped statement (a long article has thousands of both)."""
    index: dict[str, list[str]] = {}
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            for name in set(NAME.findall(sentence)):
                index.setdefault(name, []).append(sentence)
    return index


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
    things = thing_names(texts)
    people = evidenced_people(reg, texts)
    alone = surnames_alone(reg, title)
    endings = name_endings(reg)
    titled = titled_surnames(texts, alone)
    common = common_words(texts)
    plural = topic_plural(title, texts)
    named = person_words(reg.kinds)
    live = [c for c in cands if c.dropped is None]
    # One copy of each prompt: the steps below build a new string even when they change nothing, and
    # a long article's tens of thousands of equal prompts would each keep their own until ranking.
    prompts: dict[str, str] = {}
    for c in live:
        recase(c, surnames)
        in_full(c, alone, endings)
        with_title(c, titled)
        sentence_case(c, common)
        own_topic(c, plural)
        c.prompt = without_courtesy_title(c.prompt, str(c.answer))
        c.prompt = prompts.setdefault(c.prompt, c.prompt)
        add_accepted(c, reg, texts, alone)
        prune_descriptions(c, reg, texts, title)
        problem = two_people_blank(c, texts) or candidate_problem(c, reg, title, rare, ancient, alone, titled, things,
                                                                  people, named)
        if problem:
            c.drop(problem)
    # A swapped fact stands or falls with the fill-in it was made from.
    fills = {c.fact: c for c in cands if c.rule.startswith("fill_in")}
    for c in live:
        base = fills.get(c.fact.removesuffix("|tf")) if c.rule == "swapped_fact" else None
        if c.dropped is None and base is not None and base.dropped is not None:
            c.drop(Reason.FILL_IN_NOT_ASKED(base.dropped))
        elif c.dropped is None and base is not None:
            problem = swap_may_be_true(c.prompt, base.prompt, texts)
            if problem:
                c.drop(problem)
    live = [c for c in live if c.dropped is None]
    for c, doc in reparsed(live, nlp):
        problem = (parsed_problem(doc) or surgery_problem(c, doc) or indefinite_subject(doc, title)
                   or role_without_owner(doc, title) or leaning_problem(c, doc, title)
                   or resolve_descriptions(c, doc, reg, title, texts)
                   or unanchored_figure(c, reg, title)
                   or lint_problem(c))
        if problem:
            c.drop(problem)
    # ... and falls with it when the re-parse drops the fill-in ('A restoration project began in ____'
    # names nothing: nor does its swapped statement).
    for c in live:
        base = fills.get(c.fact.removesuffix("|tf")) if c.rule == "swapped_fact" else None
        if c.dropped is None and base is not None and base.dropped is not None:
            c.drop(Reason.FILL_IN_NOT_ASKED(base.dropped))
    # The article's indexes are let go before ranking, when a long article's memory is at its peak.
    _sentences_by_name.cache_clear()
    forget_memos()
    forget_article()


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
