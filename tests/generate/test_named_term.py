"""Fill-ins over the term a sentence says something is called (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate, Skip
from tests.generate.asking import asked


def named(nlp, text: str) -> tuple[tuple[str, str] | None, str | None]:
    """((prompt, answer) of the live fill-in the rule made, or None; the reason it refused, or None)."""
    out = [c for c in asked(nlp, text) if c.rule == "named_term"]
    made = next(((c.prompt, c.answer) for c in out if isinstance(c, Candidate) and c.dropped is None), None)
    refused = next((c.dropped.name for c in out if isinstance(c, Skip) or c.dropped is not None), None)
    return made, refused


@pytest.mark.parametrize("text, prompt, answer", [
    ("Moles use a sense called touch mapping to find worms underground.",
     "Moles use a sense called ____ to find worms underground.", "touch mapping"),
    ("A group of crows is called a murder.", "A group of crows is called a ____.", "murder"),
    ("Plants turn sunlight into food by a process known as photosynthesis.",
     "Plants turn sunlight into food by a process known as ____.", "photosynthesis"),
    ("The hard outer layer of the tooth is termed the enamel.", "The hard outer layer of the tooth is termed the ____.",
     "enamel"),
])
def test_the_term_a_sentence_names_is_blanked(nlp, text, prompt, answer):
    assert named(nlp, text) == ((prompt, answer), None)


@pytest.mark.parametrize("text, reason", [
    # a name: the rules over names ask it (a second blank would be its twin)
    ("The largest moon of the planet is called Titan.", "NAMED_TERM_IS_NAME"),
    # the term comes back in the sentence: the prompt would give it away
    ("A young frog is called a tadpole until the tadpole grows its legs.", "TERM_GIVEN_AWAY"),
])
def test_a_term_that_is_a_name_or_given_away_is_not_blanked(nlp, text, reason):
    made, refused = named(nlp, text)
    assert made is None and refused == reason


def test_a_sentence_that_names_nothing_has_no_such_question(nlp):
    assert named(nlp, "The old mill called for more workers in the spring.") == (None, None)
    assert named(nlp, "Moles dig long tunnels to find worms underground.") == (None, None)
