"""Statements with a word of the opposites list, asked as said or turned (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.ask.antonym import told_true
from quizgen.generate.candidate import Candidate, Skip
from tests.generate.asking import asked


def opposite(nlp, text: str) -> tuple[str | None, str | None]:
    """(the live statement the rule made, or None; the name of the reason it refused, or None)."""
    out = [c for c in asked(nlp, text) if c.rule == "opposite_statement"]
    made = next((c.prompt for c in out if isinstance(c, Candidate) and c.dropped is None), None)
    refused = next((c.dropped.name for c in out if isinstance(c, Skip) or c.dropped is not None), None)
    return made, refused


@pytest.mark.parametrize("text, said, turned", [
    ("Thunderstorms are common over the northern plains in early summer.",
     "Thunderstorms are common over the northern plains in early summer.",
     "Thunderstorms are rare over the northern plains in early summer."),
    ("The old lighthouse stands on a cliff two miles east of the harbour.",
     "The old lighthouse stands on a cliff two miles east of the harbour.",
     "The old lighthouse stands on a cliff two miles west of the harbour."),
    # a clause of a longer sentence, standing alone
    ("The price of wool fell sharply after the war, and many farmers sold their sheep.",
     "The price of wool fell sharply after the war.",
     "The price of wool rose sharply after the war."),
])
def test_a_clause_with_a_word_of_the_opposites_list_is_asked_as_said_or_turned(nlp, text, said, turned):
    made, _ = opposite(nlp, text)
    cand = next(c for c in asked(nlp, text) if c.rule == "opposite_statement")
    # as the article says it (true) or with the word turned (false), a fixed half each
    assert made == (said if told_true(said[:-1]) else turned)
    assert cand.answer is told_true(said[:-1])


def test_about_half_the_statements_are_asked_as_the_article_says_them():
    # a deck whose true/false questions are all false teaches the pattern, not the facts
    clauses = [f"the river {verb} sharply in the {season}" for verb in ("rose", "fell", "widened", "narrowed")
               for season in ("spring", "summer", "autumn", "winter", "dry season")]
    trues = sum(told_true(c) for c in clauses)
    assert 5 <= trues <= 15
    assert told_true("The river rose sharply") == told_true("the river rose sharply")  # by its words, not case


@pytest.mark.parametrize("text, reason", [
    # the opposite already in the clause: the swap would say the same
    ("The new railway ran from east to west across the whole island.", "OPPOSITE_ALREADY_THERE"),
    # under a negation the opposite may be true too ('not common' -> 'not rare')
    ("Wolves are not common in the forests of the southern hills.", "OPPOSITE_UNDER_NEGATION"),
    # in the subject the opposite names another thing: 'the western half' may be forested too
    ("The eastern half of the island is covered by dense forest.", "OPPOSITE_NAMES_ANOTHER"),
    ("Older pupils walked to the school in the next village each morning.", "OPPOSITE_NAMES_ANOTHER"),
    # numbers already say which way: 'fell from 200 to 900' contradicts itself
    ("The town's population rose from 2,000 in 1900 to 9,000 in 1950.", "OPPOSITE_AGAINST_NUMBERS"),
])
def test_a_swap_that_could_be_true_or_contradicts_itself_is_not_made(nlp, text, reason):
    made, refused = opposite(nlp, text)
    assert made is None and refused == reason


def test_a_word_said_only_in_a_set_phrase_is_not_swapped(nlp):
    # 'common' in 'common name' is no claim that something is common: 'rare name' would be nonsense
    assert opposite(nlp, "The common name of the plant comes from the shape of its leaves.") == (None, None)
    assert opposite(nlp, "Foxes are a common sight in the gardens of the town.")[0] in (
        "Foxes are a rare sight in the gardens of the town.", "Foxes are a common sight in the gardens of the town.")


def test_a_word_inside_a_name_or_a_quotation_is_never_swapped(nlp):
    assert opposite(nlp, "The ferry from North Berwick carried forty passengers to the island.") == (None, None)
    assert opposite(nlp, 'The captain said the crossing was "a common sight for sailors here".')[0] is None


@pytest.mark.parametrize("text, reason", [
    # one of a pair: 'the closest and slowest' is an odd pair, not a false claim
    ("The final was one of the closest and fastest races of the whole season.", "OPPOSITE_PAIRED"),
    # inside a cause: 'due to the increased demand' turned makes nonsense of the effect
    ("Bread became more expensive due to the increased demand for wheat.", "OPPOSITE_IN_A_CAUSE"),
    ("The harvest failed because the summer was much warmer than usual.", "OPPOSITE_IN_A_CAUSE"),
])
def test_a_word_paired_with_another_or_inside_a_cause_is_not_turned(nlp, text, reason):
    made, refused = opposite(nlp, text)
    assert made is None and refused == reason
