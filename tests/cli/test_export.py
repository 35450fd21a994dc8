"""`quizgen export` as a user runs it: where files go, what it prints, and how it fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizgen.deck.model import Question
from quizgen.export.anki import cloze_text, deck_id, field_text, note_tags, options_html
from quizgen.export.common import stable_option_order
from quizgen.deck.model import Deck

AWKWARD = Path(__file__).parent.parent / "export_decks" / "awkward.yaml"
SUMMARY = "7 {unit}s: 3 multiple choice, 2 fill-in, 2 true/false → {path}"


@pytest.fixture
def deck_path(tmp_path) -> Path:
    """The awkward deck copied into a fresh folder."""
    path = tmp_path / "decks" / "awkward.yaml"
    path.parent.mkdir()
    shutil.copyfile(AWKWARD, path)
    return path


@pytest.mark.parametrize("args, written, unit", [
    ([], "decks/awkward.apkg", "note"),                        # apkg is the default, beside the deck
    (["-f", "gift"], "decks/awkward.gift.txt", "question"),    # Moodle GIFT
    (["-f", "tsv"], "decks/awkward.tsv", "card"),              # Anki/Quizlet text
    (["-f", "md"], "decks/awkward.md", "question"),            # printable worksheet
    (["-f", "json"], "decks/awkward.json", "question"),        # for other programs
    (["-o", "out/quiz.gift.txt"], "out/quiz.gift.txt", "question"),  # the format follows -o's extension
    (["-o", "out"], "out/awkward.apkg", "note"),               # -o names an existing folder
    (["-f", "json", "-o", "out/x.data"], "out/x.data", "question"),  # -f wins over an unknown extension
    (["-f", "anki"], "decks/awkward.apkg", "note"),            # what people call the formats works too
    (["-f", "markdown"], "decks/awkward.md", "question"),
])
def test_export_writes_where_the_user_expects_and_says_so(cli, deck_path, tmp_path, args, written, unit):
    (tmp_path / "out").mkdir()
    done = cli("export", "decks/awkward.yaml", *args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == SUMMARY.format(unit=unit, path=written)
    assert (tmp_path / written).stat().st_size > 0
    leftovers = [p.name for p in tmp_path.rglob(".*.tmp")]
    assert leftovers == []  # atomic writes leave no temporary files


def test_aiken_leaves_out_other_types_naming_them(cli, deck_path, tmp_path):
    done = cli("export", str(deck_path), "-f", "aiken", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip().startswith("3 questions: 3 multiple choice → ")
    assert "left out 4: fill-colons (fill-in), fill-start (fill-in), tf-false (true/false), tf-true (true/false)" \
        in done.stderr


@pytest.mark.parametrize("args, message", [
    (["nope.yaml"], "nope.yaml: no such file or folder"),                   # a typo in the deck name
    (["decks/awkward.yaml", "-o", "decks/awkward.yaml"], "refusing to overwrite the deck"),  # -o is the deck itself
    (["decks/awkward.yaml", "-o", "missing/x.apkg"], "folder missing does not exist"),  # -o in a missing folder
])
def test_export_problems_are_one_line_and_exit_1(cli, deck_path, tmp_path, args, message):
    done = cli("export", *args, cwd=tmp_path)
    assert done.returncode == 1
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_unknown_format_is_a_usage_error(cli, deck_path, tmp_path):
    done = cli("export", str(deck_path), "-f", "docx", cwd=tmp_path)
    assert done.returncode == 2 and "invalid choice: 'docx'" in done.stderr


def test_a_deck_with_nothing_aiken_can_hold_fails_clearly(cli, tmp_path):
    (tmp_path / "tf.yaml").write_text("quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: true_false\n"
                                      "  prompt: Yes?\n  answer: true\n", encoding="utf-8")
    done = cli("export", "tf.yaml", "-f", "aiken", cwd=tmp_path)
    assert done.returncode == 1 and "nothing to export" in done.stderr
    assert not (tmp_path / "tf.aiken.txt").exists()


def test_a_broken_deck_names_its_line(cli, tmp_path):
    (tmp_path / "bad.yaml").write_text("quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: essay\n", encoding="utf-8")
    done = cli("export", "bad.yaml", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.startswith("quizgen: bad.yaml:")
    assert "run 'quizgen check bad.yaml'" in done.stderr and len(done.stderr.splitlines()) == 1
    assert list(tmp_path.iterdir()) == [tmp_path / "bad.yaml"]


# --- field rendering (unit level) -----------------------------------------------------------------

@pytest.mark.parametrize("text, field", [
    ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),   # markup shows literally
    ("Tom & Jerry", "Tom &amp; Jerry"),           # ampersand
    ('say "hi" \'x\'', "say &quot;hi&quot; &#x27;x&#x27;"),  # quotes
    ("two\nlines", "two<br>lines"),               # line breaks survive
    ("dos\r\nline\r", "dos<br>line\r"),           # a Windows line break is one break
    ("中文 العربية", "中文 العربية"),            # non-Latin text untouched
])
def test_field_text_escapes_html(text, field):
    assert field_text(text) == field


@pytest.mark.parametrize("prompt, answer, cloze", [
    ("Nearly ____ decades.", "two", "Nearly {{c1::two}} decades."),                     # plain
    ("____ stands for SCO.", "a::b", "{{c1::a&#58;&#58;b}} stands for SCO."),            # '::' is no hint
    ("{{c2::x}} and ____", "}}", "&#123;&#123;c2::x&#125;&#125; and {{c1::&#125;&#125;}}"),  # no stray clozes
    ("A <b> ____: & co", "<i>", "A &lt;b&gt; {{c1::&lt;i&gt;}}: &amp; co"),             # HTML escaped too
])
def test_cloze_text_has_exactly_one_cloze(prompt, answer, cloze):
    assert cloze_text(Question(id="q", type="fill_in", prompt=prompt, answer=answer)) == cloze


def test_tags_have_no_spaces_and_no_repeats():
    deck = Deck(title="China urges Mongolia", questions=[])
    q = Question(id="q", type="fill_in", prompt="____", answer="x",
                 tags=["two words", "fill_in", " padded\ttab ", "a \u00a0\n b", "  "])
    assert note_tags(deck, q) == ["china-urges-mongolia", "fill_in", "two_words", "padded_tab", "a_b"]


def test_deck_id_is_stable_and_follows_the_deck_identity():
    assert deck_id(Deck(title="A", id="same")) == deck_id(Deck(title="B", id="same"))
    assert deck_id(Deck(title="A")) != deck_id(Deck(title="B"))
    assert deck_id(Deck(title="A")) == 2 ** 53 - 1 & deck_id(Deck(title="A"))  # fits JavaScript numbers
    assert deck_id(Deck(title="China")) == 8440784226594894  # never changes between runs or versions


def test_option_order_hides_the_answer_and_is_stable():
    positions = set()
    for i in range(40):
        q = Question(id=f"q{i}", type="multiple_choice", prompt="?", answer="right", distractors=["a", "b", "c"])
        order = stable_option_order(q)
        assert sorted(order) == ["a", "b", "c", "right"] and order == stable_option_order(q)
        positions.add(order.index("right"))
    assert positions == {0, 1, 2, 3}  # the answer can be anywhere, so its place tells nothing
    assert options_html(q).startswith("<ol><li>") and options_html(q).count("<li>") == 4
