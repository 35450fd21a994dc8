"""Story questions: who did what, with the story's other characters as options, and a blank over
the key noun of what a character acted on (stories written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate, Skip
from tests.generate.asking import asked

FOUR_ANIMALS = ("A fox, a crow, a goat and a rabbit lived in a green wood. ")


def made(nlp, text: str, rule: str) -> list[Candidate]:
    """The last sentence's candidates of `rule` (dropped or not)."""
    return [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.rule == rule]


def refused(nlp, text: str, rule: str) -> list[str]:
    """The names of the reasons `rule` gave for refusing the last sentence."""
    return [c.dropped.name for c in asked(nlp, text) if isinstance(c, Skip) and c.rule == rule]


@pytest.mark.parametrize("text, prompt, answer", [
    # one of four characters
    (FOUR_ANIMALS + "The goat pushed a heavy wooden cart up the hill.",
     "Who pushed a heavy wooden cart up the hill?", "the goat"),
    # the character named by its noun
    (FOUR_ANIMALS + "The rabbit dug a deep hole under the old oak tree.",
     "Who dug a deep hole under the old oak tree?", "the rabbit"),
])
def test_who_did_it_is_asked_with_the_other_characters(nlp, text, prompt, answer):
    cand = next(c for c in made(nlp, text, "story_who") if c.prompt == prompt)
    assert cand.answer == answer and cand.dropped is None
    assert answer not in cand.distractors and len(cand.distractors) == 3
    assert all(d.startswith("the ") for d in cand.distractors)  # parallel in form


@pytest.mark.parametrize("text, reason", [
    # saying, feeling, being: nothing done
    (FOUR_ANIMALS + "The goat said hello to everybody in the wood.", "STORY_NO_DEED"),
    (FOUR_ANIMALS + "The goat felt very sad about the rain.", "STORY_NO_DEED"),
])
def test_a_clause_with_no_deed_is_not_asked_who(nlp, text, reason):
    assert reason in refused(nlp, text, "story_who")
    assert made(nlp, text, "story_who") == []


def test_too_few_characters_for_options_asks_a_blank(nlp):
    text = "A fox and a crow lived near a farm. The fox pushed a heavy wooden cart up the hill."
    cands = made(nlp, text, "story_who_fill_in")
    assert [(c.prompt, c.answer) for c in cands] == [("The ____ pushed a heavy wooden cart up the hill.", "fox")]


def test_with_one_character_a_blank_over_it_is_no_question(nlp):
    text = "A fox lived near a farm. The fox pushed a heavy wooden cart up the hill."
    cands = made(nlp, text, "story_who_fill_in")
    assert cands and all(c.dropped is not None and c.dropped.name == "STORY_FEW_CHARACTERS" for c in cands)


def test_the_main_character_is_not_the_answer(nlp):
    text = ("A fox, a crow, a goat and a rabbit lived in a green wood. The goat woke early. "
            "He ate some grass. He pushed a heavy wooden cart up the hill.")
    assert "STORY_MAIN_CHARACTER" in refused(nlp, text, "story_who")
    assert made(nlp, text, "story_who") == made(nlp, text, "story_who_fill_in") == []


@pytest.mark.parametrize("text, prompt, answer", [
    ("A crow lived in a tall tree. One morning the crow found a piece of cheese on a bench.",
     "One morning the crow found a piece of ____ on a bench.", "cheese"),
    ("Mia walked to the lake with her dog. Mia found a shiny silver key under the old bridge.",
     "Mia found a shiny silver ____ under the old bridge.", "key"),
])
def test_a_thing_a_character_found_is_blanked(nlp, text, prompt, answer):
    cands = [c for c in made(nlp, text, "story_thing") if c.prompt == prompt]
    assert cands and cands[0].answer == answer


@pytest.mark.parametrize("text, noun", [
    # nothing before the noun says which: many words fit the blank
    ("A crow lived in a tall tree. The crow found the cheese on a bench.", "cheese"),
    # no concrete thing
    ("A crow lived in a tall tree. The crow found great happiness in the spring.", "happiness"),
])
def test_a_noun_no_reader_could_tell_is_not_blanked(nlp, text, noun):
    assert not any(c.answer == noun for c in made(nlp, text, "story_thing"))


STORY_THINGS = "A crow sat on a branch near a basket of bread, an apple and some honey. A fox lived in the wood. "


def test_what_a_character_found_is_asked_with_the_story_s_other_things(nlp):
    text = STORY_THINGS + "The fox found a piece of cheese under a tree."
    cand = next(c for c in made(nlp, text, "story_what"))
    assert (cand.prompt, cand.answer, cand.dropped) == ("What did the fox find under a tree?", "cheese", None)
    assert cand.distractors == ["apple", "bread", "honey"]  # foods of the story, none of this sentence


def test_what_is_not_asked_with_things_of_another_kind(nlp):
    # a basket, a branch and a bridge are no options for cheese: 'What did the fox find?' would
    # offer things of other kinds
    text = "A crow sat on a branch near a bridge with a basket. A fox lived in the wood. The fox found a piece of cheese under a tree."
    cand = next(c for c in made(nlp, text, "story_what"))
    assert cand.dropped is not None and cand.dropped.name == "STORY_FEW_THINGS"


@pytest.mark.parametrize("text, reason", [
    # an abstract object: no thing to recall
    (STORY_THINGS + "The fox found great happiness in the spring.", "STORY_NOT_A_THING"),
])
def test_what_is_not_asked_of_no_thing(nlp, text, reason):
    assert reason in refused(nlp, text, "story_what")


def test_what_without_three_other_things_is_dropped(nlp):
    text = "A fox lived in the wood. The fox found a piece of cheese under a tree."
    cands = made(nlp, text, "story_what")
    assert cands and all(c.dropped is not None and c.dropped.name == "STORY_FEW_THINGS" for c in cands)
