"""The rule registry: every question rule has one shape and is registered once, in order."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing

import pytest

import quizgen.generate.ask as ask_package
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.rules import RULES, Over, Rule, rules_over
from quizgen.generate.reasons import Reason


@pytest.mark.parametrize("name, over, makes", [
    ("defined_term", Over.CLAUSE, "fill_in"),  # and multiple choice with three other defined terms
    ("named_term", Over.CLAUSE, "fill_in"),  # '... a skill called ____ ...'
    ("negated_description", Over.CLAUSE, "true_false"),
    ("described_name", Over.CLAUSE, "multiple_choice"),  # a fill-in without three options
    ("noun_phrase", Over.CLAUSE, "multiple_choice"),  # and a fill-in over the same phrase
    ("reason_or_means", Over.CLAUSE, "fill_in"),
    ("story_who", Over.CLAUSE, "multiple_choice"),  # a fill-in over a named character without three options
    ("story_what", Over.CLAUSE, "multiple_choice"),
    ("story_thing", Over.CLAUSE, "fill_in"),
    ("opposite_statement", Over.CLAUSE, "true_false"),  # as the article says it, or one word turned (false)
    ("fill_in_over_entity", Over.ANSWER, "fill_in"),
    ("ranked_name", Over.ANSWER, "multiple_choice"),  # before the wh-question, which leaves it ranked names
    ("wh_question", Over.ANSWER, "multiple_choice"),
    ("swapped_fact", Over.ANSWER, "true_false"),   # after the fill-in and wh-question it swaps from
    ("acronym_definition", Over.ARTICLE, "fill_in"),
])
def test_every_rule_is_registered_in_order(name, over, makes):
    rule = next(r for r in RULES if r.name == name)
    assert (rule.over, rule.makes) == (over, makes)
    assert [r.name for r in RULES].count(name) == 1


def test_the_registry_holds_exactly_the_rules_above():
    assert [r.name for r in RULES] == ["defined_term", "named_term", "negated_description", "described_name", "noun_phrase", "reason_or_means",
                                       "story_who", "story_what", "story_thing",
                                       "opposite_statement", "fill_in_over_entity", "ranked_name", "wh_question",
                                       "swapped_fact", "acronym_definition"]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_has_the_one_signature(rule):
    params = list(inspect.signature(rule.ask).parameters.values())
    hints = typing.get_type_hints(rule.ask)
    assert [p.name for p in params] == ["ctx"] and hints["ctx"] is ClauseContext
    assert typing.get_origin(hints["return"]).__name__ in ("Iterator", "Iterable")
    assert rule.ask.__doc__


def _rule_shaped_functions():
    """Every public function in quizgen/generate/ask/ from a ClauseContext to candidates (the step
    that finds a clause's answers, `answers_in`, takes a context too but makes no candidates)."""
    for info in pkgutil.iter_modules(ask_package.__path__):
        module = importlib.import_module(f"{ask_package.__name__}.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            if list(inspect.signature(fn).parameters) == ["ctx"] and "Candidate" in str(fn.__annotations__["return"]):
                yield fn


def test_every_function_of_the_rule_shape_is_registered():
    """A rule written but not registered would silently never run."""
    registered = {r.ask for r in RULES}
    assert [fn.__qualname__ for fn in _rule_shaped_functions() if fn not in registered] == []


def test_a_registered_rule_is_run_by_the_pipeline_with_nothing_else_wired(nlp, monkeypatch):
    """Registering is the whole wiring: a new clause rule's candidates and refusals reach the output."""
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.ask import rules
    from tests.generate.asking import asked

    def echo(ctx: ClauseContext):
        """Asks every clause back as a true statement; refuses relative clauses."""
        if ctx.clause.kind == "relative":
            yield ctx.skip("echo", Reason.NO_SUBJECT())
            return
        yield Candidate(rule="echo", type="true_false", prompt=ctx.clause.render(), answer=True,
                        context=ctx.text, sentence_index=ctx.index, fact="echo")

    monkeypatch.setattr(rules, "RULES", [Rule("echo", Over.CLAUSE, "true_false", echo), *rules.RULES])
    made = asked(nlp, "Marie Curie, who was born in Warsaw, discovered polonium in 1898 in Paris.")
    echoed = [c for c in made if c.rule == "echo"]
    assert {type(c).__name__ for c in echoed} == {"Candidate", "Skip"}
    assert rules_over(Over.CLAUSE)[0].name == "echo"
