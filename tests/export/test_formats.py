"""Classroom exports (GIFT, Aiken, TSV, Markdown, JSON), each parsed back by a real reader of the format."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quizgen.deck.model import Deck, Question, load_deck
from quizgen.export import ExportOptions, get_format
from quizgen.export.common import stable_option_order
from quizgen.export.summary import keep_types

AWKWARD = Path(__file__).parent.parent / "export_decks" / "awkward.yaml"
JS = Path(__file__).parent.parent / "js"


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(AWKWARD)


def exported(fmt: str, decks: list[Deck], tmp_path: Path) -> Path:
    """Render `decks` in `fmt` to a real file, as the export command does."""
    f = get_format(fmt)
    path = tmp_path / f"out{f.extension}"
    path.write_bytes(f.render(keep_types(decks, f.types), ExportOptions()))
    return path


def flat(text: str) -> str:
    return " ".join(text.split())


# --- GIFT, read by gift-pegjs -------------------------------------------------------------------

def parse_gift(path: Path) -> list[dict]:
    """The questions gift-pegjs reads from `path`; fails (never skips) when the parser is missing."""
    node = shutil.which("node")
    if node is None or not (JS / "node_modules" / "gift-pegjs").is_dir():
        pytest.fail("the GIFT test needs Node.js and gift-pegjs: run `npm ci` in tests/js (.ci/run does this)")
    done = subprocess.run([node, str(JS / "parse_gift.js"), str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def gift_text(part: dict) -> str:
    """A parsed stem/choice/feedback as the reader sees it (the export marks displayed text [html])."""
    return html.unescape(part["text"]) if part["format"] == "html" else part["text"]


def test_gift_parses_back_to_the_same_questions(deck, tmp_path):
    from quizgen.export.gift import name

    path = exported("gift", [deck], tmp_path)
    items = parse_gift(path)
    assert items[0] == {"type": "Category", "title": deck.title.replace("/", "//")}
    # Moodle's bank lists a readable name; the id stays in a comment line just above the question.
    assert [item["title"] for item in items[1:]] == [name(q) for q in deck.questions]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [lines[i - 1] for i, line in enumerate(lines) if line.startswith("::")] == [f"// {q.id}" for q in deck.questions]
    for q, item in zip(deck.questions, items[1:]):
        feedback = item["globalFeedback"]
        assert (gift_text(feedback) if feedback else None) == q.context  # the source sentence, as feedback
        if q.type == "multiple_choice":
            assert item["type"] == "MC"
            assert gift_text(item["stem"]) == q.prompt
            assert [gift_text(c["text"]) for c in item["choices"]] == stable_option_order(q)
            assert [gift_text(c["text"]) for c in item["choices"] if c["isCorrect"]] == [q.answer]
        elif q.type == "true_false":
            assert (item["type"], gift_text(item["stem"]), item["isTrue"]) == ("TF", q.prompt, q.answer)
        else:
            assert item["type"] == "Short"
            # short answers are compared with what students type: plain text, every alternative right
            assert [c["text"]["text"] for c in item["choices"]] == [q.answer, *q.accept]
            assert all(c["isCorrect"] for c in item["choices"])
            before, after = re.split(r"_{3,}", q.prompt)
            assert gift_text(item["stem"]).startswith(before.rstrip()) and gift_text(item["stem"]).endswith(after)


@pytest.mark.parametrize("text, escaped", [
    ("a ~ b", r"a \~ b"),          # wrong-answer marker
    ("= x", r"\= x"),              # right-answer marker
    ("#1", r"\#1"),                # feedback marker
    ("{x}", r"\{x\}"),             # answer braces
    ("a::b", r"a\:\:b"),           # title marker and colons
    ("back\\slash", r"back\\slash"),  # the escape character itself
    ("two\nlines", r"two\nlines"),   # a line break (a blank line would end the question)
    ("中文 plain", "中文 plain"),   # nothing to escape
])
def test_gift_escapes_every_special_character(text, escaped):
    from quizgen.export.gift import escape

    assert escape(text) == escaped


# --- Aiken, read by the rules Moodle's importer uses ---------------------------------------------

def parse_aiken(text: str) -> list[tuple[str, list[str], str]]:
    """(question, options, answer letter) per question, as Moodle's Aiken reader splits them."""
    out, question, options = [], None, []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if m := re.match(r"^([A-Z])[).][ \t](.*)$", line):
            options.append((m[1], m[2]))
        elif m := re.match(r"^ANSWER:\s*([A-Z])\s*$", line):
            out.append((question, [o for _, o in options], m[1]))
            question, options = None, []
        else:
            assert question is None, f"a second question line before ANSWER: {line!r}"
            question = line
    assert question is None and not options, "the last question has no ANSWER line"
    return out


def test_aiken_holds_the_multiple_choice_questions_with_their_keys(deck, tmp_path):
    parsed = parse_aiken(exported("aiken", [deck], tmp_path).read_text(encoding="utf-8"))
    mc = [q for q in deck.questions if q.type == "multiple_choice"]
    assert len(parsed) == len(mc)
    for (question, options, letter), q in zip(parsed, mc):
        assert question == flat(q.prompt)
        assert options == [flat(o) for o in stable_option_order(q)]
        assert options["ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(letter)] == flat(q.answer)


@pytest.mark.parametrize("prompt", [
    "A) looks like an option",   # Moodle would read it as option A
    "B. also an option",         # the other option style
    "ANSWER: a key",             # would end the question early
])
def test_aiken_question_lines_are_never_mistaken_for_options(prompt, tmp_path):
    q = Question(id="x", type="multiple_choice", prompt=prompt, answer="yes", distractors=["no", "maybe"])
    parsed = parse_aiken(exported("aiken", [Deck(title="T", questions=[q])], tmp_path).read_text(encoding="utf-8"))
    assert len(parsed) == 1 and len(parsed[0][1]) == 3


# --- TSV, read by Anki's own text importer and by a CSV reader -----------------------------------

def test_tsv_imports_into_anki_one_note_per_question(deck, tmp_path):
    from anki.collection import Collection, ImportCsvRequest

    path = exported("tsv", [deck], tmp_path)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), None)
        assert not metadata.is_html
        log = col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log
        assert len(log.new) == len(deck.questions)
        notes = [col.get_note(n) for n in col.find_notes("")]
        fronts = {html.unescape(n.fields[0]): (html.unescape(n.fields[1]), n) for n in notes}
        for q in deck.questions:
            term = flat(q.prompt) if q.type != "true_false" else f"True or false: {flat(q.prompt)}"
            back, note = fronts[term]
            assert back.startswith(flat(q.answer_text))
            assert {deck.key, q.type} <= set(note.tags)
            assert col.decks.name(note.cards()[0].did) == deck.title.replace("::", ":")
    finally:
        col.close()


def test_tsv_rows_have_four_cells_whatever_the_text(deck, tmp_path):
    lines = exported("tsv", [deck], tmp_path).read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["#separator:tab", "#html:false"]
    rows = list(csv.reader([l for l in lines if not l.startswith("#")], delimiter="\t"))
    assert len(rows) == len(deck.questions)
    assert all(len(r) == 4 for r in rows)
    assert rows[0][0] == deck.questions[0].prompt  # quotes survive the round trip


# --- Markdown worksheet, rendered by markdown-it ---------------------------------------------------

def test_markdown_worksheet_renders_every_text_literally(deck, tmp_path):
    from markdown_it import MarkdownIt

    source = exported("md", [deck], tmp_path).read_text(encoding="utf-8")
    rendered = MarkdownIt().render(source)
    assert "<b>" not in rendered and "<i>" not in rendered  # markup in the deck is text, not HTML
    seen = flat(html.unescape(re.sub(r"<[^>]+>", " ", rendered)))
    questions, key = seen.split("Answer key")
    for q in deck.questions:
        for part in re.split(r"_{3,}", q.prompt):
            assert flat(part) in questions, part
        for option in q.distractors:
            assert flat(option) in questions
        assert flat(q.answer_text) in key
        if q.context:
            assert flat(q.context) in key
    assert rendered.count("<li>") == 2 * len(deck.questions)  # numbered questions, then numbered answers


def test_markdown_answer_key_names_the_right_letter(tmp_path):
    q = Question(id="q", type="multiple_choice", prompt="Which?", answer="Iran", distractors=["Turkey", "Mongolia", "Chad"])
    source = exported("md", [Deck(title="T", questions=[q])], tmp_path).read_text(encoding="utf-8")
    letter = "abcd"[stable_option_order(q).index("Iran")]
    assert f"   {letter}) Iran" in source and f"1. **{letter})** Iran" in source


# --- JSON, checked against the deck schema and loaded back as a deck ------------------------------

def test_json_is_the_deck_itself(deck, tmp_path):
    import jsonschema

    from quizgen.deck.write import schema_text

    path = exported("json", [deck], tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(schema_text()))
    again = load_deck(path)  # JSON is YAML: the export reads back as the very same deck
    assert again == deck


def test_json_of_several_decks_is_a_list(deck, tmp_path):
    other = Deck(title="Other", questions=[Question(id="t", type="true_false", prompt="Yes?", answer=True)])
    data = json.loads(exported("json", [deck, other], tmp_path).read_text(encoding="utf-8"))
    assert [d["title"] for d in data] == [deck.title, "Other"]
    assert data[1]["questions"] == [{"id": "t", "type": "true_false", "prompt": "Yes?", "answer": True}]
