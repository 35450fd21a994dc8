"""Saving decks: canonical layout, stable bytes, and load -> save -> load is the identity."""

from __future__ import annotations

import json

import pytest

from quizgen.deck.model import Deck, Question, load_deck, save_deck
from quizgen.deck.write import dump_deck

AWKWARD = ["No", "yes", "2", "1.10", "null", "~", "true", "- dash", "a: colon", "#hash", "[bracket",
           "quote ' single", 'quote " double', "Ünïcödé 中文 العربية", "  padded  ", "tab\there",
           "multi\nline\ntext", "{brace}", "@at", "`tick`", "*star", "&amp", "!bang", "%percent", "100%"]


def make_deck() -> Deck:
    qs = [Question(id=f"q-{i}", type="multiple_choice", prompt=f"Which is {i}?", answer=t,
                   distractors=[f"{t} one", f"other {i}", "No"] if t != "No" else ["yes", "off"], tags=[t.replace("\n", " ")])
          for i, t in enumerate(AWKWARD)]
    qs.append(Question(id="f1", type="fill_in", prompt="Nearly ____ decades.", answer="two", accept=["2"], context="Long context " * 20))
    qs.append(Question(id="t1", type="true_false", prompt="The SCO is a military alliance.", answer=False))
    return Deck(title="Awkward: text {all} 'kinds'", source="seeds/x.txt", questions=qs, id="awkward")


def test_load_save_load_is_identity(tmp_path):
    deck = make_deck()
    save_deck(deck, tmp_path / "d.yaml")
    again = load_deck(tmp_path / "d.yaml")
    assert again == deck
    save_deck(again, tmp_path / "e.yaml")
    assert load_deck(tmp_path / "e.yaml") == deck


def test_saving_twice_gives_identical_bytes(tmp_path):
    save_deck(make_deck(), tmp_path / "a.yaml")
    first = (tmp_path / "a.yaml").read_bytes()
    save_deck(load_deck(tmp_path / "a.yaml"), tmp_path / "a.yaml")
    assert (tmp_path / "a.yaml").read_bytes() == first


def test_layout_is_canonical():
    text = dump_deck(Deck(title="T", questions=[
        Question(id="a", type="multiple_choice", prompt="Which country?", answer="Iran", distractors=["Mongolia", "Turkey"]),
        Question(id="b", type="fill_in", prompt="____ decades", answer="two", accept=["2"]),
    ]))
    assert text == (
        "# yaml-language-server: $schema=deck.schema.json\n"
        "quizgen: 1\n"
        "title: T\n"
        "questions:\n"
        "- id: a\n"
        "  type: multiple_choice\n"
        "  prompt: Which country?\n"
        "  answer: Iran\n"
        "  distractors: [Mongolia, Turkey]\n"
        "\n"
        "- id: b\n"
        "  type: fill_in\n"
        "  prompt: ____ decades\n"
        "  answer: two\n"
        "  accept: ['2']\n"
    )


@pytest.mark.parametrize("text, written", [
    ("Iran", "  answer: Iran"),            # plain text stays plain
    ("No", "  answer: 'No'"),              # YAML 1.1 booleans are quoted for other readers
    ("2", "  answer: '2'"),                # numbers too
    ("中文", "  answer: 中文"),             # Unicode is kept as is, not escaped
])
def test_quoting_only_where_needed(text, written):
    out = dump_deck(Deck(title="T", questions=[Question(id="a", type="fill_in", prompt="x ____", answer=text)]))
    assert written in out.splitlines()


def test_long_lists_go_one_per_line():
    long = ["A rather long distractor number %d that goes on" % i for i in range(3)]
    out = dump_deck(Deck(title="T", questions=[Question(id="a", type="multiple_choice", prompt="P?", answer="x", distractors=long)]))
    assert "  distractors:\n  - A rather long" in out


def test_schema_written_beside_the_deck(tmp_path):
    save_deck(make_deck(), tmp_path / "d.yaml")
    schema = json.loads((tmp_path / "deck.schema.json").read_text())
    assert schema["$schema"].startswith("http://json-schema.org/draft-07")
    assert (tmp_path / "d.yaml").read_text().startswith("# yaml-language-server: $schema=deck.schema.json\n")


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "d.yaml"
    target.write_text("teacher's file")
    save_deck(make_deck(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.yaml", "deck.schema.json"]


def test_save_into_missing_folder_is_a_clear_error(tmp_path):
    from quizgen.errors import QuizgenError

    with pytest.raises(QuizgenError, match="does not exist"):
        save_deck(make_deck(), tmp_path / "nope" / "d.yaml")
