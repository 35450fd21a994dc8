"""Options for a one-word answer from a list of alike words, options agreeing in number, and
fill-ins that would cut a quoted title (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.ask.noun_phrase import alike_distractors
from quizgen.generate.candidate import Candidate
from tests.generate.asking import asked


def live(nlp, text: str, rule: str) -> list[Candidate]:
    return [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.rule.startswith(rule) and c.dropped is None]


@pytest.mark.parametrize("text, answer", [
    ("The youngest brother of Marco Polo later died of cholera.", "cholera"),
    ("Marco Polo built his house in Venice from stone.", "stone"),
])
def test_a_one_word_answer_gets_alike_options(nlp, text, answer):
    made = [c for c in live(nlp, text, "noun_phrase_object") if c.answer == answer]
    assert made and len(made[0].distractors) == 3
    assert answer not in made[0].distractors


@pytest.mark.parametrize("answer, used, expected", [
    ("tuberculosis", frozenset(), ["malaria", "cholera", "smallpox"]),
    # a word the article uses may be true there: never offered
    ("tuberculosis", frozenset({"malaria", "cholera"}), ["smallpox", "measles", "polio"]),
    # a desert is offered other kinds of land cover, not mountains
    ("a desert", frozenset({"tundra"}), ["forest", "jungle", "grassland"]),
])
def test_alike_options_skip_the_answer_and_the_articles_words(nlp, answer, used, expected):
    head = nlp(f"They found {answer}.")[-2]
    assert alike_distractors(answer, head, used) == expected


@pytest.mark.parametrize("answer", ["bronchitis", "a fine illness", "the stone bridge"])
def test_no_alike_options_for_words_outside_the_lists_or_phrases(nlp, answer):
    head = nlp(f"They found {answer}.")[-2]
    assert alike_distractors(answer, head, frozenset()) == []


@pytest.mark.parametrize("text, answer", [
    # the blank would sit inside a quoted title: '"The ____"'
    ('Marco Polo finished "The Burning City" and the "Green Garden" in Rome.', "Burning City"),
])
def test_a_fill_in_never_cuts_a_quoted_title(nlp, text, answer):
    made = [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.type == "fill_in" and c.answer == answer]
    assert made and all(c.dropped is not None and c.dropped.name == "PART_OF_QUOTED_TITLE" for c in made)


def test_a_fill_in_never_keys_half_a_quotation(nlp):
    text = 'Marco Polo finished "The Burning City" and the "Green Garden" in Rome.'
    made = [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.type == "fill_in" and "Green" in c.answer]
    assert made and all(c.dropped is not None and c.dropped.name == "HALF_QUOTED" for c in made)


@pytest.mark.parametrize("text, distractor", [
    # 'greatest painters' is plural beside a singular answer: never an option for it
    ("Marco Polo was a brave sailor. The greatest painters of Venice lived near the port. "
     "Marco Polo was a young merchant from Venice.", "greatest painters"),
])
def test_options_agree_in_number_with_the_answer(nlp, text, distractor):
    made = [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.rule.startswith("noun_phrase_")]
    assert made and all(distractor not in c.distractors for c in made)


def test_a_name_run_into_an_age_is_no_answer(nlp):
    from spacy.tokens import Span

    from quizgen.generate.candidate import Skip
    from quizgen.generate.pipeline import ask_sentences
    from quizgen.generate.resolve.registry import build_registry

    doc = nlp("Marta Gomez 45, was the head nurse at the hospital in the town.")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]  # the model sometimes reads the age into the name
    made = ask_sentences(list(doc.sents), build_registry([doc])).candidates
    assert not any(isinstance(c, Candidate) and c.answer == "Marta Gomez 45" for c in made)
    assert any(isinstance(c, Skip) and c.dropped.name == "PERSON_WITH_AGE" for c in made)
