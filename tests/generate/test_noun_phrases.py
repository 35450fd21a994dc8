"""Questions over content noun phrases and over stated reasons, purposes, results and means
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate
from tests.generate.asking import asked


def made(nlp, text: str, prefix: str, sentence: int = -1) -> list[tuple[str, str]]:
    """(prompt, answer) of every live question a rule whose name starts with `prefix` made (a
    what/who question without three options counts: it is the form that is tested here)."""
    return [(c.prompt, c.answer) for c in asked(nlp, text, sentence) if isinstance(c, Candidate)
            and c.rule.startswith(prefix) and (c.dropped is None or c.dropped.name == "TOO_FEW_DISTRACTORS")]


@pytest.mark.parametrize("text, question", [
    # an object after an indirect object: wh-movement with do-support
    ("The council promised the village a new library.",
     ("What did the council promise the village?", "new library")),
    # a person described, not named: who
    ("Maya's brother found a small puppy near the river.", ("Who found a small puppy near the river?", "Maya's brother")),
    # a preposition left at the end of the question
    ("Both of the explorer's brothers died of tuberculosis.", ("What did both of the explorer's brothers die of?", "tuberculosis")),
    # a passive subject with a present-tense auxiliary
    ("A stone bridge was built across the river in the village.",
     ("What was built across the river in the village?", "stone bridge")),
    # a list of names is asked whole (one name alone is the wh-question rule's)
    ("Early prototypes were developed by Philips and Sony in the late 1970s.",
     ("Early prototypes were developed by ____ in the late 1970s.", "Philips and Sony")),
])
def test_content_noun_phrases_are_asked(nlp, text, question):
    # Only as what/who questions (a list of names also as a fill-in): a blank over a common-noun
    # phrase has too many fillers, as blind raters found.
    assert question in made(nlp, text, "noun_phrase")


@pytest.mark.parametrize("text, answer", [
    ("The festival took place in the old market square.", "place"),         # a set phrase with a light verb
    ("People in the town like things from the market.", "People in the town"),  # generic head
    ("The mayor signed a deal with the bus company.", "a deal"),             # a bare noun the verb carries
    ("The mayor struck a new deal with the bus company.", "a new deal"),     # a set phrase ('strike a deal')
    ("No ships crossed the narrow strait during the storm.", "no ships"),    # a quantity, not a thing
    ("The plan was approved by the council on Monday.", "the plan"),        # points back to an earlier one
    ("Her brother found a small puppy near the river.", "Her brother"),      # a pronoun: not standalone
])
def test_phrases_without_content_of_their_own_are_not_answers(nlp, text, answer):
    assert all(a.lower() not in (answer.lower(), answer.lower().removeprefix("a ").removeprefix("the "))
               for _, a in made(nlp, text, "noun_phrase"))


def test_options_are_phrases_of_the_same_class_from_the_article(nlp):
    text = ("The farmers grew wheat in the fields. Many families kept a brown cow in the barn. "
            "Some children raised a white goat. The old miller owned a grey donkey. "
            "A hungry fox killed the young chickens near the farm.")
    mc = [c for c in asked(nlp, text, -1) if isinstance(c, Candidate) and c.rule == "noun_phrase_subject"]
    assert mc and mc[0].dropped is None
    assert mc[0].answer == "hungry fox"
    assert set(mc[0].distractors) == {"brown cow", "white goat", "grey donkey"}


@pytest.mark.parametrize("text, question", [
    ("The road was closed because heavy rain flooded the valley.",
     ("The road was closed because ____.", "heavy rain flooded the valley")),
    ("The farmers built a stone wall in order to protect the sheep.",
     ("The farmers built a stone wall in order to ____.", "protect the sheep")),
    ("The village saved money by sharing one tractor.", ("The village saved money by ____.", "sharing one tractor")),
    ("The football match was cancelled due to the storm.", ("The football match was cancelled due to ____.", "the storm")),
    ("Many trees died as a result of the long drought.", ("Many trees died as a result of ____.", "the long drought")),
    ("The heavy storm led to a long power cut.", ("The heavy storm led to ____.", "a long power cut")),
    # a marked phrase in front moves to the end: a prompt never opens with the marker
    ("As a result of strong wind shear, the storm remained weak.",
     ("The storm remained weak as a result of ____.", "strong wind shear")),
    ("Because heavy rain flooded the valley, the road was closed.",
     ("The road was closed because ____.", "heavy rain flooded the valley")),
    ("The village school closed since the roof was unsafe.",
     ("The village school closed since ____.", "the roof was unsafe")),
    ("The old bridge closed owing to serious damage from the flood.",
     ("The old bridge closed owing to ____.", "serious damage from the flood")),
    ("The farmers of the valley dug a long canal so as to water the fields in summer.",
     ("The farmers of the valley dug a long canal so as to ____.", "water the fields in summer")),
    # a thing 'called' or 'known as' something: the name is the answer, not 'a phenomenon ...'
    ("The lake glows green because of a process called algal bloom.",
     ("The lake glows green because of a process called ____.", "algal bloom")),
    ("Many fish died because of a disease known as white spot.",
     ("Many fish died because of a disease known as ____.", "white spot")),
])
def test_stated_reasons_purposes_and_means_are_asked(nlp, text, question):
    assert question in made(nlp, text, "reason_or_means")


@pytest.mark.parametrize("text", [
    "Tom has lived in the old house since the war ended.",          # 'since' of time, not of cause
    "The farmers in the valley sold the farm because the bank wanted its money back.",  # a pronoun in the reason
    "The road through the valley was closed after heavy rain.",     # no explicit marker of cause
])
def test_no_reason_is_asked_without_an_explicit_causal_marker(nlp, text):
    assert made(nlp, text, "reason_or_means") == []


@pytest.mark.parametrize("text", [
    "The council promised the village a new library.",
    "Maya's brother found a small puppy under the old wooden bridge.",
])
def test_a_common_noun_phrase_is_never_a_fill_in(nlp, text):
    assert made(nlp, text, "noun_phrase_fill_in") == []
