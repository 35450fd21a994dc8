"""The shipped JSON Schema agrees with the validator on valid and invalid decks."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from quizgen.deck.read import parse_deck
from quizgen.deck.write import schema_text
from quizgen.errors import DeckError

SCHEMA = json.loads(schema_text())
HEAD = "quizgen: 1\ntitle: T\nquestions:\n"


@pytest.mark.parametrize("body, valid", [
    ("- id: a\n  type: multiple_choice\n  prompt: P?\n  answer: X\n  distractors: [Y, Z]\n", True),
    ("- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: X\n  accept: [x]\n", True),
    ("- id: a\n  type: true_false\n  prompt: P.\n  answer: true\n", True),
    ("- id: a\n  type: multiple_choice\n  prompt: P?\n  answer: X\n  distractors: [Y]\n", False),   # too few
    ("- id: a\n  type: multiple_choice\n  prompt: P?\n  answer: X\n  distractors: [Y, Y]\n", False),  # repeated
    ("- id: a\n  type: fill_in\n  prompt: no blank\n  answer: X\n", False),
    ("- id: a\n  type: fill_in\n  prompt: ___ two ___\n  answer: X\n", False),
    ("- id: a\n  type: true_false\n  prompt: P.\n  answer: maybe\n", False),
    ("- id: a\n  type: essay\n  prompt: P.\n  answer: x\n", False),
    ("- id: a\n  type: fill_in\n  prompt: P ____\n  answer: x\n  anwser: y\n", False),   # unknown key
    ("- id: a\n  type: fill_in\n  prompt: P ____\n", False),                              # no answer
    ("- id: a b\n  type: fill_in\n  prompt: P ____\n  answer: x\n", False),               # bad id
    ("- id: a\n  type: fill_in\n  prompt: '  '\n  answer: x\n", False),                    # empty text
])
def test_schema_and_validator_agree(body, valid):
    text = HEAD + body
    try:
        parse_deck(text)
        ours = True
    except DeckError:
        ours = False
    # The schema sees what a YAML-1.2 editor sees: the answer as JSON would hold it.
    data = yaml.safe_load(text)
    theirs = jsonschema.Draft7Validator(SCHEMA).is_valid(data)
    assert ours == theirs == valid


def test_schema_is_valid_draft7():
    jsonschema.Draft7Validator.check_schema(SCHEMA)
