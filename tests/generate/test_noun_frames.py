"""Noun phrases in slots whose frame says what kind of thing fills them ("died of ____", "evolved
from ____", "made of ____", "an evolution of ____", an object of a concrete class), and the
refusals around them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.vet.descriptions import title_subject
from quizgen.generate.vet.fluency import wording_problem
from tests.generate.asking import asked


def live(nlp, text: str, rule: str) -> list[tuple[str, str]]:
    """(prompt, answer) of every live candidate of `rule` for the text's last sentence."""
    return [(c.prompt, c.answer) for c in asked(nlp, text) if isinstance(c, Candidate)
            and c.rule == rule and c.dropped is None]


def refused(nlp, text: str) -> set[str]:
    """The names of the reasons the noun-phrase rules gave for the text's last sentence."""
    return {c.dropped.name for c in asked(nlp, text) if c.rule.startswith("noun_phrase") and c.dropped is not None}


@pytest.mark.parametrize("text, question", [
    # a listed frame: a bare noun there is the fact
    ("Many sailors on the long voyage died of scurvy.", ("Many sailors on the long voyage died of ____.", "scurvy")),
    ("Many children in the village died from hunger.", ("Many children in the village died from ____.", "hunger")),
    # a material, and a phrase of two materials
    ("In 1820, the ancient temple was built of pink sandstone.", ("In 1820, the ancient temple was built of ____.", "pink sandstone")),
    ("Bronze is an alloy of copper and tin.", ("Bronze is an alloy of ____.", "copper and tin")),
    # the of-phrase of a relational complement, not the complement ("What is the CD?")
    ("The new recorder is an evolution of magnetic tape technology.",
     ("The new recorder is an evolution of ____.", "magnetic tape technology")),
    # an object of a concrete class (an illness, a building)
    ("A tiny parasite carried by mosquitoes causes yellow fever.",
     ("A tiny parasite carried by mosquitoes causes ____.", "yellow fever")),
    ("In 1820, villagers built a small wooden bridge over the stream.",
     ("In 1820, villagers built ____ over the stream.", "a small wooden bridge")),
    # "use" with what for
    ("The ancient Romans used burnt lime and volcanic ash to produce cement for construction.",
     ("The ancient Romans used ____ to produce cement for construction.", "burnt lime and volcanic ash")),
])
def test_a_phrase_in_a_framed_slot_is_asked_as_a_fill_in(nlp, text, question):
    assert question in live(nlp, text, "noun_phrase_frame")


@pytest.mark.parametrize("text, reason", [
    ("No sailors reported strong winds near the island.", "BLANK_UNDER_NEGATION"),   # it did not happen
    ("The old miller used a heavy stone.", "VAGUE_VERB"),                            # used it for what?
    ("The farmer found old floors, which were made of lime and pebbles.", "SOME_PARTICULAR_ONES"),  # which floors?
])
def test_framed_slots_that_ask_nothing_are_refused(nlp, text, reason):
    assert reason in refused(nlp, text)
    assert not live(nlp, text, "noun_phrase_frame")


@pytest.mark.parametrize("text", [
    "Heavy rain flooded the valley in the spring.",          # a subject: "____ flooded the valley" has many fillers
    "The company launched a new product in the spring.",     # no frame, no known class
    "The storm is a serious threat to the coast.",           # "is a ____": what a thing is has many answers
    "Desert plants flower mostly during the rains.",         # a verb the parser took for a noun of a class
    "Sometimes germs are carried directly from animals to humans.",  # after a preposition outside the frames
])
def test_no_fill_in_outside_a_frame(nlp, text):
    assert not live(nlp, text, "noun_phrase_frame")


def test_a_frame_with_options_is_a_question(nlp):
    # the one-word illness has alike options; the names listed beside "two sons" are who "both of whom" is
    text = ("The sailor had two sons: Peter John Moss (1801–40) and Daniel Luke Moss (1803–45), "
            "both of whom would die of malaria.")
    mc = [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.rule == "noun_phrase_object"]
    assert mc and mc[0].dropped is None
    assert (mc[0].prompt, mc[0].answer) == ("What would Peter John Moss and Daniel Luke Moss die of?", "malaria")
    assert len(mc[0].distractors) == 3 and "malaria" not in mc[0].distractors


@pytest.mark.parametrize("prompt, fluent", [
    ("What did the two brothers die of?", True),
    ("What is the new recorder an evolution of?", True),
    ("Who was the old library built by?", True),
    ("What is the capital of?", False),        # a question cut short, not a stranded preposition
    ("In which year did he go to?", False),
    ("The storm formed from ____ of.", False),
])
def test_a_wh_question_may_end_on_its_preposition(prompt, fluent):
    assert (wording_problem(prompt) is None) == fluent


@pytest.mark.parametrize("title, subject", [
    ("The Tundra", "Tundra"),
    ("Life in the Desert", "Desert"),
    ("The Evolution of the Bicycle", "Bicycle"),
    ("History of aluminium", "aluminium"),
])
def test_a_title_names_the_articles_subject(title, subject):
    assert title_subject(title) == subject


def test_skips_are_named(nlp):
    skips = [c for c in asked(nlp, "No sailors reported strong winds near the island.") if isinstance(c, Skip)]
    assert any(s.rule == "noun_phrase_frame" for s in skips)
