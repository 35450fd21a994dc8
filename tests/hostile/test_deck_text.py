"""A deck is data, never code: what `check` refuses (with the line), and the schema agrees."""

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
TF = "- id: a\n  type: true_false\n  prompt: {prompt}\n  answer: true\n"
MC = "- id: a\n  type: multiple_choice\n  prompt: P?\n  answer: {answer}\n  distractors: [Y, {option}]\n  context: {context}\n"


def problems(text: str) -> list[tuple[int | None, str]]:
    try:
        parse_deck(text)
    except DeckError as e:
        return e.problems
    return []


# (deck text, line of the problem, words the message must hold); every line is a way a shared
# deck could drive a terminal, a card or the app.
REFUSED = [
    (HEAD + TF.format(prompt='"set title \\e]0;pwned\\a"'), 6, "control character (U+001B)"),   # OSC title
    (HEAD + TF.format(prompt='"wipe \\e[2J"'), 6, "control character (U+001B)"),                  # clear screen
    (HEAD + TF.format(prompt='"csi \\x9b2J"'), 6, "control character (U+009B)"),                  # C1 CSI
    (HEAD + TF.format(prompt='"a \\rb"'), 6, "control character (U+000D)"),                       # carriage return
    (HEAD + TF.format(prompt='"nul \\0"'), 6, "control character (U+0000)"),
    (HEAD + TF.format(prompt='"lone \\ud800"'), 6, "lone surrogate"),
    (HEAD + TF.format(prompt='"Paris is \\u202Eesle\\u202C"'), 6, "bidirectional control (U+202E)"),  # shown backwards
    ('quizgen: 1\ntitle: "T \\e]52;c;ZXZpbA==\\a"\nquestions:\n', 2, "'title' holds a control character"),  # OSC 52
    ('quizgen: 1\nid: "deck\\n"\ntitle: T\nquestions:\n', 2, "'id' holds a control character (U+000A)"),
    ('quizgen: 1\ntitle: T\nsource: "\\ud800.txt"\nquestions:\n', 3, "'source' holds a lone surrogate"),
    (HEAD + MC.format(answer="X", option='"\\e[31mred"', context="c"), 8, "an entry of 'distractors' holds"),
    (HEAD + MC.format(answer='"\\x07bell"', option="Z", context="c"), 7, "'answer' holds a control character"),
    (HEAD + MC.format(answer="X", option="Z", context='"\\e[8m"'), 9, "'context' holds"),
    (HEAD + '- id: "a\\n"\n  type: true_false\n  prompt: P.\n  answer: true\n', 4, "id 'a\\n' may hold only"),
    (HEAD + "- id: a\n  type: true_false\n  prompt: &p P.\n  answer: true\n", 6, "anchors and aliases"),
    (HEAD + "- &q {id: a, type: true_false, prompt: P., answer: true}\n- *q\n", 4, "anchors and aliases"),
]


@pytest.mark.parametrize("text, line, words", REFUSED)
def test_check_refuses_text_that_is_not_plain_with_its_line(text, line, words):
    found = problems(text)
    assert found and found[0][0] == line and words in found[0][1], found
    assert all(c.isprintable() for _, message in found for c in message)  # the message itself is safe


@pytest.mark.parametrize("prompt", ['"tab\\there"', "|\n    two\n    lines", "'[/] [@click=app.quit] <b>x</b> {{c1::y}}'",
                                    "'\u2028line separator'", "'中文 العربية'"])
def test_plain_text_is_kept_as_typed(prompt):
    assert not problems(HEAD + TF.format(prompt=prompt))


def test_a_billion_laughs_deck_costs_nothing():
    rows = ['a: &a ["' + "x" * 100_000 + '"]']
    rows += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(9)]
    text = "quizgen: 1\ntitle: T\nlaughs:\n" + "\n".join("  " + r for r in rows) + "\nquestions:\n"
    # Refused at the first anchor, before any alias is followed (expanded: 10^9 strings).
    assert problems(text) == [(4, "YAML anchors and aliases (&name, *name) are not allowed in a deck; write the text out in full")]


@pytest.mark.parametrize("text", [text for text, _, _ in REFUSED if "&" not in text] + [
    HEAD + TF.format(prompt='"tab\\there"'),
    HEAD + TF.format(prompt="'\u202ereversed'"),
    HEAD + MC.format(answer="X", option="Z", context="plain"),
])
def test_the_schema_agrees_with_check_on_hostile_text(text):
    ours = not problems(text)
    theirs = jsonschema.Draft7Validator(SCHEMA).is_valid(yaml.safe_load(text))
    assert ours == theirs
