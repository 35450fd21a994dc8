"""The deck format's validation rules: each bad deck gives the right line and message."""

from __future__ import annotations

import textwrap

import pytest

from quizgen.deck.model import load_deck
from quizgen.deck.read import parse_deck
from quizgen.errors import DeckError, QuizgenError

HEAD = "quizgen: 1\ntitle: T\nquestions:\n"
MC = "- id: a\n  type: multiple_choice\n  prompt: Which?\n  answer: X\n  distractors: [Y, Z]\n"


def problems(text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(DeckError) as e:
        parse_deck(text, "d.yaml")
    return e.value.problems


@pytest.mark.parametrize("text, line, fragment", [
    # YAML syntax: an unclosed flow list names its line
    (HEAD + "- id: a\n  type: fill_in\n  prompt: x ____\n  answer: a: b\n", 7, "YAML syntax error"),
    # a missing required question field
    (HEAD + "- id: a\n  type: fill_in\n  answer: x\n", 4, "missing 'prompt'"),
    # an unknown key suggests the closest known one
    (HEAD + "- id: a\n  type: fill_in\n  prompt: x ____\n  anwser: x\n", 7, "did you mean 'answer'"),
    # an unknown top-level key too
    ("quizgen: 1\ntitel: T\nquestions: []\n", 2, "did you mean 'title'"),
    # an unknown type suggests the closest one
    (HEAD + "- id: a\n  type: multiple-choice\n  prompt: x\n  answer: y\n", 5, "did you mean 'multiple_choice'"),
    # duplicate ids name both lines
    (HEAD + MC + MC, 9, "duplicate id 'a' (also on line 4)"),
    # the answer may not also be a distractor
    (HEAD + "- id: a\n  type: multiple_choice\n  prompt: Which?\n  answer: X\n  distractors: [Y, x]\n", 8, "also a distractor"),
    # duplicate distractors
    (HEAD + "- id: a\n  type: multiple_choice\n  prompt: Which?\n  answer: X\n  distractors: [Y, Y]\n", 8, "listed twice"),
    # multiple choice needs at least two distractors
    (HEAD + "- id: a\n  type: multiple_choice\n  prompt: Which?\n  answer: X\n  distractors: [Y]\n", 8, "2 or more distractors"),
    # fill-in needs exactly one blank: none
    (HEAD + "- id: a\n  type: fill_in\n  prompt: No blank here.\n  answer: x\n", 6, "exactly one blank"),
    # fill-in needs exactly one blank: two
    (HEAD + "- id: a\n  type: fill_in\n  prompt: ___ and ____.\n  answer: x\n", 6, "it has 2"),
    # empty text
    (HEAD + "- id: a\n  type: fill_in\n  prompt: x ____\n  answer: ''\n", 7, "'answer' is empty"),
    # a list where text belongs
    (HEAD + "- id: a\n  type: fill_in\n  prompt: [a, b]\n  answer: x\n", 6, "'prompt' must be text"),
    # a single value where a list belongs
    (HEAD + "- id: a\n  type: multiple_choice\n  prompt: Which?\n  answer: X\n  distractors: Y\n", 8, "must be a list"),
    # true/false answers are booleans only
    (HEAD + "- id: a\n  type: true_false\n  prompt: Sky is blue.\n  answer: maybe\n", 7, "true or false"),
    # quoted 'true' is text, not a boolean
    (HEAD + "- id: a\n  type: true_false\n  prompt: Sky is blue.\n  answer: 'true'\n", 7, "true or false"),
    # ids have no spaces
    (HEAD + "- id: my question\n  type: fill_in\n  prompt: x ____\n  answer: y\n", 4, "no spaces"),
    # the format version is required
    ("title: T\nquestions: []\n", 1, "missing 'quizgen: 1'"),
    # an unsupported version
    ("quizgen: 2\ntitle: T\nquestions: []\n", 1, "unsupported format version"),
    # a key given twice
    (HEAD + "- id: a\n  type: fill_in\n  prompt: x ____\n  prompt: y ____\n  answer: y\n", 7, "appears twice"),
    # questions must be a list
    ("quizgen: 1\ntitle: T\nquestions: none here\n", 3, "must be a list"),
    # true/false takes no distractors
    (HEAD + "- id: a\n  type: true_false\n  prompt: P.\n  answer: true\n  distractors: [x, y]\n", 8, "no distractors"),
])
def test_invalid_deck_reports_line_and_message(text, line, fragment):
    found = problems(text)
    assert any(l == line and fragment in m for l, m in found), found


def test_all_problems_are_reported_in_line_order():
    text = HEAD + "- id: a\n  type: fill_in\n  prompt: none\n  answer: x\n- id: b\n  type: bogus\n  prompt: p\n  answer: x\n"
    found = problems(text)
    assert [l for l, _ in found] == [6, 9]


@pytest.mark.parametrize("typed, loaded", [
    ("No", "No"), ("NO", "NO"), ("yes", "yes"), ("on", "on"), ("off", "off"), ("Y", "Y"),
    ("2", "2"), ("1.10", "1.10"), ("007", "007"), ("1e3", "1e3"), ("2024-05-01", "2024-05-01"),
    ("null", "null"), ("'No'", "No"), ('"two"', "two"), ("12:30", "12:30"),
])
def test_text_fields_load_as_typed(typed, loaded):
    """YAML 1.1 would turn these into booleans, numbers, dates or None; a deck keeps the text."""
    deck = parse_deck(HEAD + f"- id: a\n  type: multiple_choice\n  prompt: P?\n  answer: A\n"
                      f"  distractors: [{typed}, B]\n  accept: []\n  tags: [{typed}]\n- id: b\n  type: fill_in\n"
                      f"  prompt: P ____\n  answer: {typed}\n  accept: [{typed}]\n")
    mc, fill = deck.questions
    assert fill.answer == loaded and isinstance(fill.answer, str)
    assert fill.accept == [loaded] and mc.distractors[0] == loaded and mc.tags == [loaded]


@pytest.mark.parametrize("typed, value", [("true", True), ("false", False), ("True", True), ("FALSE", False)])
def test_true_false_answers_are_booleans(typed, value):
    deck = parse_deck(HEAD + f"- id: a\n  type: true_false\n  prompt: P.\n  answer: {typed}\n")
    assert deck.questions[0].answer is value


def test_absent_optional_fields_are_empty():
    q = parse_deck(HEAD + "- id: a\n  type: fill_in\n  prompt: x ____\n  answer: y\n").questions[0]
    assert (q.distractors, q.accept, q.tags, q.context) == ([], [], [], None)


@pytest.mark.parametrize("content, fragment", [
    (b"\xff\xfeq\x00u\x00", "NUL bytes"),          # UTF-16 is not a deck's encoding
    (b"title: caf\xe9\n", "not UTF-8"),            # Latin-1
    (b"", "empty"),                                # nothing at all
    (b"- just\n- a list\n", "must be a mapping"),  # wrong shape
])
def test_files_that_are_not_decks(tmp_path, content, fragment):
    p = tmp_path / "d.yaml"
    p.write_bytes(content)
    with pytest.raises(QuizgenError, match=fragment):
        load_deck(p)


def test_utf8_bom_is_accepted(tmp_path):
    p = tmp_path / "d.yaml"
    p.write_bytes("\ufeffquizgen: 1\ntitle: Café\nquestions: []\n".encode())
    assert load_deck(p).title == "Café"


def test_a_directory_is_not_a_deck(tmp_path):
    with pytest.raises(QuizgenError, match="is a directory"):
        load_deck(tmp_path)


def test_example_from_the_format_docs_is_valid():
    deck = parse_deck(textwrap.dedent("""\
        # yaml-language-server: $schema=deck.schema.json
        quizgen: 1
        title: China Urges Mongolia to Join Regional Bloc
        source: seeds/china-mongolia-sco.txt
        questions:
        - id: q-3f9a1c0e
          type: multiple_choice
          prompt: Which country did the SCO recently admit as its ninth member?
          answer: Iran
          distractors: [Mongolia, Pakistan, Kazakhstan]
          tags: [country]
        - id: q-0b5d2e13
          type: true_false
          prompt: The SCO is a military alliance.
          answer: false
        """))
    assert deck.summary() == "2 questions (1 multiple choice, 0 fill-in, 1 true/false)"
    assert deck.questions[1].line == 12
