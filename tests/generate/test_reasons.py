"""Every reason for not asking is named: a sentence written for the test -> the rule or step that
refused, and the reason's name (what `--explain` prints is its wording)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.generate.reasons import Reason
from tests.generate.asking import asked

QUIZGEN = Path(__file__).resolve().parents[2] / "quizgen"


@pytest.mark.parametrize("text, sentence, rule, reason, says", [
    # a sentence too short to ask from
    ("The vote was close. Turnout reached record levels in Berlin in 2021.", 0, "sentence", "TOO_FEW_WORDS", "6 words"),
    # names, dates and numbers that cannot be answers (inside answers_in)
    ("Visitors can fly on a Boeing 747 jet from Seattle to Tokyo.", -1, "answers_in", "NUMBER_IN_NAME", "'747'"),
    ("Amnesty International UK questioned the decision of the court in London.", -1, "answers_in",
     "END_OF_ORG_NAME", "'UK'"),
    ("The engineers worked on the dam in Egypt for the next twelve years.", -1, "answers_in", "RELATIVE_DATE",
     "'next twelve years'"),
    ("Aristotle was appointed as the head of the royal academy of Macedon.", -1, "answers_in",
     "DESCRIPTION_NOT_NAME", "'royal academy'"),
    # the step of the wh-question that refused
    ("Robert Edwards is a British scientist and physiologist.", -1, "wh_question", "DESCRIBES_A_KIND", "is a"),
    ("By 2010, China had become the largest producer of aluminium.", -1, "wh_question", "PREPOSITION_NOT_ASKED",
     "'by ...'"),
    ("Since opening in 1864, the Clifton Bridge has been a toll bridge.", -1, "wh_question", "PERFECT_NO_POINT", "'in"),
    ("The company did not export any coffee to Germany in 2019.", -1, "wh_question", "NO_INVERSION", "negated"),
    # a question made, then dropped
    ("Marie Curie discovered polonium in 1898.", -1, "wh_question_subject", "TOO_FEW_DISTRACTORS", "person"),
    ("Marie Curie discovered polonium in 1898.", -1, "fill_in_over_entity", "TOO_LITTLE_AROUND_BLANK", "blank"),
    # a definition that gives its term away
    ("Taxonomy is the science of taxonomy and of naming living things.", -1, "defined_term", "TERM_GIVEN_AWAY",
     "'Taxonomy'"),
    # content noun phrases that are not asked, and reasons that are not
    ("The festival took place in the old market square.", -1, "noun_phrase", "LIGHT_VERB", "'take place'"),
    ("The mayor signed a deal with the bus company.", -1, "noun_phrase", "BARE_NOUN", "'a deal'"),
    ("No ships crossed the narrow strait during the storm.", -1, "noun_phrase", "QUANTIFIED_PHRASE", "'No'"),
    ("The plan was approved by the town council on Monday.", -1, "noun_phrase", "PHRASE_POINTS_BACK", "'The plan'"),
    ("The library was built by local volunteers in an old railway station.", -1, "noun_phrase", "STRANDED_NOT_LAST",
     "'by'"),
    ("In 1890, Germany and Britain divided the region, with Britain taking the north.", -1, "noun_phrase",
     "LIST_MEMBER_GIVEN_AWAY", "'Britain'"),
    ("The farmers in the valley sold the farm because the bank wanted its money back.", -1, "reason_or_means",
     "PRONOUN_IN_REASON", "'its'"),
    # a clause that cannot stand alone
    ("Several nations met in Geneva. They signed a treaty on climate change in 2015.", -1, "clause",
     "UNRESOLVED_PRONOUN", "'They'"),
])
def test_what_is_not_asked_says_why_by_name(nlp, text, sentence, rule, reason, says):
    refused = [(c.rule, c.dropped.name, str(c.dropped)) for c in asked(nlp, text, sentence) if c.dropped is not None]
    assert any((r, name) == (rule, reason) and says in wording for r, name, wording in refused), refused


def test_every_reason_has_its_own_wording():
    """Two reasons with the same wording would be one enum member under two names."""
    assert len(Reason.__members__) == len(Reason)


@pytest.mark.parametrize("reason", list(Reason), ids=lambda r: r.name)
def test_every_reason_is_given_somewhere(reason):
    source = "\n".join(p.read_text(encoding="utf-8") for p in QUIZGEN.rglob("*.py"))
    assert re.search(rf"\bReason\.{reason.name}\(", source)
