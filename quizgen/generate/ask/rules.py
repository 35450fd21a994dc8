"""The question rules, in one list. Every rule has one shape — `rule(ctx: ClauseContext) ->
Iterable[Candidate | Skip]` — and the pipeline runs them in this order: for each clause that stands
alone, the CLAUSE rules; then for each answer in it, the ANSWER rules (a later one sees what earlier
ones made for the same answer in `ctx.made`); after the last sentence, the ARTICLE rules.

A new rule: a function `my_rule(ctx: ClauseContext) -> Iterator[Candidate | Skip]` in its own module
of this package, with a one-line docstring, added to RULES below. It yields a Candidate for each
question it proposes (`cand.drop(Reason.X(...))` when the question is made but unfit), or
`ctx.skip("my_rule", Reason.X(...))` when it looked and refused; it yields nothing where it does
not apply. A rule about the whole sentence is a CLAUSE rule that acts on the main clause only
(`ctx.clause.kind == "main"`, reading `ctx.sentence`). Ranking reads `priority` and `beside` from
the candidate, never the rule's name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from quizgen.generate.ask.acronym import acronym_definitions
from quizgen.generate.ask.antonym import opposite_statement
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.definition import defined_term
from quizgen.generate.ask.description import described_name
from quizgen.generate.ask.fill_in import fill_in_over_entity
from quizgen.generate.ask.named_term import named_term
from quizgen.generate.ask.noun_phrase import noun_phrase
from quizgen.generate.ask.reason import reason_or_means
from quizgen.generate.ask.story import story_thing, story_what, story_who
from quizgen.generate.ask.superlative import ranked_name
from quizgen.generate.ask.true_false import negated_description, swapped_fact
from quizgen.generate.ask.wh_question import wh_question
from quizgen.generate.candidate import Candidate, Skip


class Over(Enum):
    """What a rule is run over (what its context holds)."""

    CLAUSE = "clause"    # ctx.clause (resolved, standing alone) in ctx.sentence
    ANSWER = "answer"    # ctx.clause and one ctx.answer in it (a name, place, date or number)
    ARTICLE = "article"  # ctx.texts: every sentence, once the last is read


@dataclass(frozen=True)
class Rule:
    """A registered rule: its name, what it is run over, and the question type it makes."""

    name: str
    over: Over
    makes: str   # the question type of its candidates
    ask: Callable[[ClauseContext], Iterable[Candidate | Skip]]


RULES: list[Rule] = [
    # A definition and a stated negation are facts of the clause as a whole ...
    Rule("defined_term", Over.CLAUSE, "fill_in", defined_term),  # and "What is ... called?" with 3 other terms
    Rule("named_term", Over.CLAUSE, "fill_in", named_term),  # '... a skill called ____ ...'
    Rule("negated_description", Over.CLAUSE, "true_false", negated_description),
    Rule("described_name", Over.CLAUSE, "multiple_choice", described_name),  # "X, the Y, ..." -> "Who is the Y?"
    Rule("noun_phrase", Over.CLAUSE, "multiple_choice", noun_phrase),  # content phrases, not names
    Rule("reason_or_means", Over.CLAUSE, "fill_in", reason_or_means),  # after 'because', 'in order to', 'by' ...
    Rule("story_who", Over.CLAUSE, "multiple_choice", story_who),  # a story's character as 'Who ...?'
    Rule("story_what", Over.CLAUSE, "multiple_choice", story_what),  # 'What did the fox pick up?' -> cheese
    Rule("story_thing", Over.CLAUSE, "fill_in", story_thing),  # 'a piece of ____' a character found
    Rule("opposite_statement", Over.CLAUSE, "true_false", opposite_statement),  # 'common' -> 'rare' (false)
    # ... the rest are asked over one of its names, places, dates or numbers.
    Rule("fill_in_over_entity", Over.ANSWER, "fill_in", fill_in_over_entity),
    Rule("ranked_name", Over.ANSWER, "multiple_choice", ranked_name),  # "X is the largest Y" -> "Which is the largest Y?"
    Rule("wh_question", Over.ANSWER, "multiple_choice", wh_question),
    Rule("swapped_fact", Over.ANSWER, "true_false", swapped_fact),  # after the two above: it uses both
    Rule("acronym_definition", Over.ARTICLE, "fill_in", acronym_definitions),
]


def rules_over(over: Over) -> list[Rule]:
    """The registered rules run over clauses, answers or the article, in order."""
    return [r for r in RULES if r.over is over]
