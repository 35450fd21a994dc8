"""`quizgen stats`, `quizgen progress reset/export` and `quizgen review` as a learner runs them."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from quizgen.deck.model import Deck, Question, load_deck, save_deck
from quizgen.progress.store import FILE_NAME, ProgressStore
from tests.conftest import ROOT


@pytest.fixture
def learner(tmp_path):
    """A folder with ./decks/{capitals,rivers}.yaml, a QUIZGEN_HOME, and three answers to capitals."""
    (tmp_path / "decks").mkdir()
    save_deck(Deck("Capitals", [Question("fr", "fill_in", "The capital of France is ____.", "Paris"),
                                Question("de", "fill_in", "The capital of Germany is ____.", "Berlin")]),
              tmp_path / "decks" / "capitals.yaml")
    save_deck(Deck("Rivers", [Question("nile", "true_false", "The Nile flows north.", True)]),
              tmp_path / "decks" / "rivers.yaml")
    home = tmp_path / "home"
    deck = load_deck(tmp_path / "decks" / "capitals.yaml")
    now = datetime.now(timezone.utc)
    with ProgressStore.open(home / FILE_NAME) as store:
        store.record_answer(deck, deck.questions[0], False, elapsed=9, now=now - timedelta(hours=2))  # due since 1h59m
        store.record_answer(deck, deck.questions[1], False, elapsed=9, now=now - timedelta(days=1))   # due since a day
        store.record_answer(deck, deck.questions[1], True, elapsed=9, now=now - timedelta(hours=20))  # due in the past
    return tmp_path


def run(folder, *args, stdin=None):
    """Run quizgen in `folder` with its own QUIZGEN_HOME and no terminal."""
    env = {**os.environ, "QUIZGEN_HOME": str(folder / "home")}
    env.pop("QUIZGEN_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "quizgen", *args], cwd=folder, env=env, capture_output=True,
                          text=True, stdin=stdin if stdin is not None else subprocess.DEVNULL, timeout=120)


def answers_saved(folder) -> int:
    with ProgressStore.open(folder / "home" / FILE_NAME) as store:
        return len(store.answers())


def test_stats_json_carries_the_tables_fields(learner):
    r = run(learner, "stats", "--json")
    assert r.returncode == 0, r.stderr
    capitals, rivers = json.loads(r.stdout)["decks"]
    assert rivers == {"title": "Rivers", "path": "decks/rivers.yaml", "questions": 1, "answered": 0, "accuracy": None,
                      "due_now": 0, "due_7d": 0, "streak": 0, "reviews": 0, "correct": 0, "last_studied": None,
                      "last_score": None}
    assert {k: capitals[k] for k in ("questions", "answered", "accuracy", "due_now", "due_7d", "reviews", "correct")} \
        == {"questions": 2, "answered": 2, "accuracy": 0.3333, "due_now": 2, "due_7d": 2, "reviews": 3, "correct": 1}
    assert capitals["streak"] >= 1 and capitals["last_studied"] is not None and capitals["last_score"] is not None
    # The same numbers, in the same order, as the table's row.
    row = run(learner, "stats").stdout.splitlines()[1].split()
    assert row[1:6] == ["2", "2", "33%", "2", "2"] and row[6] == str(capitals["streak"])


def test_stats_table_and_chart(learner):
    r = run(learner, "stats", "decks/capitals.yaml")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["deck", "questions", "answered", "right", "due", "due", "7d", "streak"]
    assert lines[1].split()[:6] == ["Capitals", "2", "2", "33%", "2", "2"]
    assert "answers/day" in r.stdout and "accuracy/week" in r.stdout and "Rivers" not in r.stdout


@pytest.mark.parametrize("args, code, fragment", [
    (["stats", "nowhere.yaml"], 1, "nowhere.yaml: no such file"),            # a missing deck
    (["progress"], 2, "required: ACTION"),                                     # no action
    (["progress", "reset"], 2, "required: DECK"),                              # no deck
    (["progress", "reset", "decks/capitals.yaml"], 1, "pass --yes"),          # no terminal to ask on
    (["progress", "reset", "unknown-key"], 1, "no such deck file"),            # neither a file nor a key
    (["progress", "export", "no/such/folder/p.json"], 1, "does not exist"),  # nowhere to write
])
def test_errors_are_one_line(learner, args, code, fragment):
    r = run(learner, *args)
    assert (r.returncode, len(r.stderr.strip().splitlines())) == (code, 1), r.stderr
    assert fragment in r.stderr and "Traceback" not in r.stderr
    assert answers_saved(learner) == 3


def test_stats_without_any_deck_folder(tmp_path):
    r = run(tmp_path, "stats")
    assert r.returncode == 1 and "no ./decks/*.yaml here and none studied elsewhere" in r.stderr


LONG = "A Deck Whose Title Is Far Too Long to Sit Beside Six Columns of Numbers in Eighty"


def test_stats_fit_80_columns_with_studied_decks_first(learner):
    save_deck(Deck(LONG, [Question("x", "true_false", "X.", True)]), learner / "decks" / "0-long.yaml")
    r = run(learner, "stats")
    assert r.returncode == 0, r.stderr
    assert max(map(len, r.stdout.splitlines())) <= 80
    table = r.stdout.split("\n\n")[0].splitlines()
    assert [line.split()[0] for line in table[1:]] == ["Capitals", "A", "Rivers"]   # studied first
    assert table[2].startswith("A Deck Whose Title") and "…" in table[2]


def studied_from_elsewhere(learner, name="cells.yaml"):
    """A deck in another folder, quizzed there once (its run remembers where it lives)."""
    from quizgen.progress import runs

    other = learner / "biology"
    other.mkdir(exist_ok=True)
    save_deck(Deck("Cells", [Question("nucleus", "fill_in", "The ____ holds the DNA.", "nucleus")]), other / name)
    deck = load_deck(other / name)
    with ProgressStore.open(learner / "home" / FILE_NAME) as store:
        runs.start_run(store, [deck], [(deck.key, "nucleus", ())], None)
        store.record_answer(deck, deck.questions[0], False, elapsed=9,
                            now=datetime.now(timezone.utc) - timedelta(hours=1))
    return other / name


def test_decks_studied_elsewhere_count_in_stats_and_review(learner):
    studied_from_elsewhere(learner)
    stats = json.loads(run(learner, "stats", "--json").stdout)["decks"]
    assert [d["title"] for d in stats] == ["Capitals", "Cells", "Rivers"]
    listed = run(learner, "review", "--list").stdout
    assert listed.startswith("3 questions due") and "Cells [nucleus]" in listed


def test_a_studied_deck_since_deleted_is_left_out_with_a_note(learner):
    studied_from_elsewhere(learner).unlink()
    r = run(learner, "stats", "--json")
    assert r.returncode == 0 and [d["title"] for d in json.loads(r.stdout)["decks"]] == ["Capitals", "Rivers"]
    assert r.stderr.count("\n") == 1 and "a studied deck is gone or broken, left out" in r.stderr


@pytest.mark.parametrize("target", ["decks/capitals.yaml", "capitals"])  # the deck file, or its key
def test_reset_with_yes(learner, target):
    r = run(learner, "progress", "reset", "--yes", target)
    assert r.returncode == 0 and "Forgot 3 answers" in r.stdout
    assert answers_saved(learner) == 0


@pytest.mark.parametrize("reply, code, left", [
    ("y\n", 0, 0),     # confirmed: forgotten
    ("n\n", 1, 3),     # declined: nothing changed
    ("\n", 1, 3),      # the default is no
])
def test_reset_asks_on_a_terminal(learner, reply, code, left):
    leader, follower = pty.openpty()
    os.write(leader, reply.encode())
    r = run(learner, "progress", "reset", "decks/capitals.yaml", stdin=follower)
    os.close(leader)
    os.close(follower)
    assert "Forget all 3 answers given to 'Capitals' (capitals)? [y/N]" in r.stdout
    assert (r.returncode, answers_saved(learner)) == (code, left)


def test_export_writes_json(learner):
    r = run(learner, "progress", "export", "mine.json")
    assert r.returncode == 0 and "Exported 3 answers and 2 schedules to mine.json" in r.stdout
    data = json.loads((learner / "mine.json").read_text())
    assert [(a["question"], a["correct"]) for a in data["reviews"]] == [("de", False), ("de", True), ("fr", False)]
    assert not [name for name in os.listdir(learner) if name.endswith(".tmp")]  # no temp file left behind
    assert json.loads(run(learner, "progress", "export", "-").stdout)["reviews"] == data["reviews"]


def test_review_lists_due_questions_most_overdue_first(learner):
    r = run(learner, "review", "--list")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "2 questions due for review, most overdue first:"
    assert "[de]" in lines[1] and "[fr]" in lines[2] and "The capital of France is ____." in lines[2]


def test_review_without_a_terminal_lists_and_says_why(learner):
    r = run(learner, "review")
    assert r.returncode == 0 and "listing the questions instead" in r.stderr and "[de]" in r.stdout


def test_review_with_nothing_due(learner):
    r = run(learner, "review", "decks/rivers.yaml")
    assert r.returncode == 0
    assert r.stdout == "Nothing is due for review now; answer some questions with 'quizgen quiz' first.\n"


@pytest.mark.parametrize("argv", [["stats", "--json"], ["progress", "export", "-"], ["review", "--list"]])
def test_progress_commands_stay_light(learner, argv):
    code = ("import sys\nfrom quizgen.cli import main\nmain(%r)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'textual', 'thinc')))\n") % (argv,)
    env = {**os.environ, "QUIZGEN_HOME": str(learner / "home"), "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=learner, env=env)
    assert r.stdout.strip().splitlines()[-1] == "[]", r.stdout + r.stderr
