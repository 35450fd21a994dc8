"""Story characters: 'the boy' is the one boy a story introduces by name, and only then (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate, Skip
from tests.generate.asking import asked


def about(nlp, text: str, name: str) -> list[str]:
    """The prompts of the last sentence's questions (made, dropped or not) whose answer is `name`."""
    return [c.prompt for c in asked(nlp, text) if isinstance(c, Candidate) and c.answer == name]


@pytest.mark.parametrize("text, name, prompt", [
    # introduced with a copula
    ("Sam was a shy boy who lived by the sea. The boy found a small boat on the beach.",
     "Sam", "____ found a small boat on the beach."),
    # introduced as 'a boy named ...'
    ("A boy named Tom lived near the old mill. The boy fixed a rusty bicycle in the yard.",
     "Tom", "Who fixed a rusty bicycle in the yard?"),
    # introduced by an appositive
    ("Lena, a girl from the next village, came to help. The girl painted the wooden fence blue.",
     "Lena", "____ painted the wooden fence blue."),
    # named right after the role
    ("The writer Anna Berg visited the library in May. The writer read a story about a lost dog to the pupils.",
     "Anna Berg", "____ read a story about a lost dog to the pupils."),
    ("Our teacher, Mrs Green, counted the children on the bus. The teacher took photos of the whole class.",
     "Mrs Green", "____ took photos of the whole class."),
])
def test_a_role_the_story_names_once_is_asked_by_name(nlp, text, name, prompt):
    assert prompt in about(nlp, text, name)


@pytest.mark.parametrize("text, name", [
    # another boy: which one?
    ("Sam was a shy boy. Another boy lived across the road. The boy found a small boat on the beach.", "Sam"),
    # boys in general
    ("Sam was a shy boy. The boys of the village played football. The boy found a small boat on the beach.", "Sam"),
    # two boys named
    ("Sam was a shy boy. Omar was a tall boy. The boy found a small boat on the beach.", "Sam"),
    # never introduced as a boy
    ("Sam lived by the sea with his aunt. The boy found a small boat on the beach.", "Sam"),
    # a relation says whose: 'the mother' alone is no one's
    ("Ana was the mother of two sons. The mother baked fresh bread every morning.", "Ana"),
])
def test_a_role_that_is_not_certain_stays_unresolved(nlp, text, name):
    assert about(nlp, text, name) == []


@pytest.mark.parametrize("first, stands", [
    ("Sam was a shy boy who lived by the sea.", True),
    ("Sam lived by the sea with his aunt.", False),  # 'the boy' unresolved, so 'He' too
])
def test_he_after_the_boy_is_the_same_person(nlp, first, stands):
    text = first + " The boy found a small boat on the beach. He rowed the boat across the bay."
    refused = [c for c in asked(nlp, text) if isinstance(c, Skip) and c.rule == "clause"]
    assert (refused == []) is stands


def test_one_day_is_no_number(nlp):
    text = "Sam was a shy boy. One day, a fierce storm broke the old wooden pier."
    made = asked(nlp, text)
    assert not [c for c in made if isinstance(c, Candidate) and c.answer.lower() == "one"]
    assert any(isinstance(c, Skip) and c.dropped.name == "STORY_TIME" for c in made)


def story_asks(nlp, text: str) -> list[tuple[str, str]]:
    """(prompt, answer) of the last sentence's what-questions that were made (with or without options)."""
    return [(c.prompt, c.answer) for c in asked(nlp, text) if isinstance(c, Candidate)
            and c.rule.startswith("noun_phrase_") and (c.dropped is None or c.dropped.name == "TOO_FEW_DISTRACTORS")]


@pytest.mark.parametrize("text, question", [
    # 'a fox' introduced once: 'the fox' is that fox
    ("One morning a hungry fox walked into the quiet wood. A crow sat on a branch. The crow saw the fox near the pond.",
     ("What did the crow see near the pond?", "fox")),
    # 'a piece of cheese' introduces the cheese
    ("A crow sat on a branch with a piece of cheese. A hungry fox walked by. The hungry fox wanted the cheese for breakfast.",
     ("What did the hungry fox want for breakfast?", "cheese")),
])
def test_a_thing_the_story_introduced_once_can_be_the_answer(nlp, text, question):
    assert question in story_asks(nlp, text)


@pytest.mark.parametrize("text, answer", [
    # two foxes: 'the fox' is which?
    ("A hungry fox walked into the wood. Another fox slept by the river. The crow saw the fox near the pond.", "fox"),
    ("A hungry fox walked into the wood. A second fox slept by the river. The crow saw the fox near the pond.", "fox"),
    # foxes in general
    ("A hungry fox walked into the wood. The foxes of the valley were clever. The crow saw the fox near the pond.", "fox"),
    # never introduced
    ("The crow sat on a branch in the wood. The crow saw the fox near the pond.", "fox"),
])
def test_a_thing_not_introduced_once_stays_unasked(nlp, text, answer):
    assert all(a != answer for _, a in story_asks(nlp, text))


def refused(nlp, text: str) -> list[str]:
    """Why the last sentence's clauses could not stand alone."""
    return [str(c.dropped) for c in asked(nlp, text) if isinstance(c, Skip) and c.rule == "clause"]


def shown(nlp, text: str) -> list[str]:
    """Every prompt or clause the rules made or looked at in the last sentence."""
    return [getattr(c, "prompt", None) or getattr(c, "what", "") for c in asked(nlp, text)]


LION = ("A mighty lion slept under a tall tree. The lion had just eaten his lunch. "
        "A small mouse lived in a hole near the tree. The mouse looked out of her hole. ")


@pytest.mark.parametrize("text, who", [
    # 'she' is the mouse: the only character the story has called 'she'
    (LION + "She ran across the paws of the lion three times.", "the mouse ran across"),
    # 'he' is the lion, once the sentence before is about no one else
    (LION + "The old tree was full of birds. He woke up with a loud roar in the morning.", "the lion woke up"),
])
def test_he_and_she_are_the_story_characters_called_so(nlp, text, who):
    assert any(who in p.lower() for p in shown(nlp, text))


@pytest.mark.parametrize("text", [
    # both pronouns in the sentence: which is which is left to the reader
    LION + "She found him in the net and chewed the rope.",
    # the sentence before is about another animal
    LION + "He woke up with a loud roar in the morning.",
    # two characters called 'he'
    "A mighty lion slept under a tree. The lion had just eaten his lunch. A young bear walked by. "
    "The bear licked his paws slowly. The old tree was full of birds. He woke up with a loud roar in the morning.",
])
def test_a_pronoun_two_characters_could_take_stays_unresolved(nlp, text):
    assert any("unresolved pronoun" in why for why in refused(nlp, text))
