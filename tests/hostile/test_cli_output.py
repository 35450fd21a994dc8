"""CLI output never lets a deck or a file name drive the terminal: every echo is escaped."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.deck.model import load_deck
from quizgen.progress.store import FILE_NAME, ProgressStore
from quizgen.wording import BIDI_CONTROLS, shown

ESC = "\x1b[2J\x1b]0;pwned\x07"
RLO = "\u202e"  # refused in deck text, and never printed raw from a file name either
LS = "\u2028"  # a line separator: allowed in deck text (it is no control character), never printed raw
DECK = """quizgen: 1
title: "Rivers\u2028evil"
questions:
- id: nile
  type: fill_in
  prompt: "The Nile flows\u2028east ____."
  answer: north
"""
RAW = ("\x1b", "\x07", "\x9b", RLO, LS)


def run(folder: Path, *args: str | bytes) -> subprocess.CompletedProcess:
    """quizgen as a user runs it, output as bytes (a raw escape must show up as itself)."""
    env = {**os.environ, "QUIZGEN_HOME": str(folder / "home")}
    env.pop("QUIZGEN_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "quizgen", *args], cwd=folder, env=env, capture_output=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def printed(r: subprocess.CompletedProcess) -> str:
    return (r.stdout + r.stderr).decode("utf-8")


def assert_safe(text: str) -> None:
    assert not any(c in text for c in RAW), text
    assert "Traceback" not in text and "internal error" not in text, text


@pytest.mark.parametrize("text, expected", [
    ("plain [text] {x}", "plain [text] {x}"),
    ("a\x1b[2Jb", "a\\x1b[2Jb"),
    ("title\x1b]0;x\x07", "title\\x1b]0;x\\x07"),
    ("c1 \x9b2J", "c1 \\x9b2J"),
    ("two\nlines\ttab", "two\\nlines\\ttab"),
    ("\u202eright-to-left\u2066", "\\u202eright-to-left\\u2066"),
    ("bad \udcff byte", "bad \\udcff byte"),          # a non-UTF-8 file name, as Python reads it
    ("中文 العربية", "中文 العربية"),
])
def test_shown_escapes_what_would_drive_a_terminal(text, expected):
    assert shown(text) == expected


@pytest.fixture
def folder(tmp_path):
    """decks/rivers.yaml (a line separator in its title and prompt) with one due answer."""
    (tmp_path / "decks").mkdir()
    path = tmp_path / "decks" / "rivers.yaml"
    path.write_text(DECK, encoding="utf-8")
    deck = load_deck(path)
    with ProgressStore.open(tmp_path / "home" / FILE_NAME) as store:
        store.record_answer(deck, deck.questions[0], False, elapsed=5,
                            now=datetime.now(timezone.utc) - timedelta(days=2))
    return tmp_path


@pytest.mark.parametrize("args, code, shows", [
    (["check", "decks/rivers.yaml"], 0, "OK  decks/rivers.yaml"),
    (["stats"], 0, "Rivers\\u2028evil"),
    (["review", "--list"], 0, "The Nile flows\\u2028east ____."),
    (["progress", "reset", "--yes", "decks/rivers.yaml"], 0, "Forgot 1 answer given to 'Rivers\\u2028evil'"),
    (["export", "decks/rivers.yaml", "-o", f"out{ESC}.tsv"], 0, "→ out\\x1b[2J\\x1b]0;pwned\\x07.tsv"),
    (["progress", "export", f"p{ESC}.json"], 0, "to p\\x1b[2J"),
    (["check", f"missing{ESC}.yaml"], 1, "missing\\x1b[2J"),
    (["quiz", "--type", f"x{ESC}", "decks/rivers.yaml"], 2, "invalid choice: 'x\\x1b[2J"),
])
def test_every_command_escapes_deck_text_and_file_names(folder, args, code, shows):
    r = run(folder, *args)
    assert r.returncode == code, printed(r)
    assert shows in printed(r)
    assert_safe(printed(r))


def test_check_names_the_line_of_a_control_character_and_prints_it_escaped(folder):
    (folder / "decks" / "evil.yaml").write_text(DECK.replace("\u2028evil", "\\e]0;pwned\\a"), encoding="utf-8")
    r = run(folder, "check", "decks/evil.yaml")
    assert r.returncode == 1
    assert printed(r).strip() == "decks/evil.yaml:2: 'title' holds a control character (U+001B); delete it"


def test_file_names_with_escapes_or_bad_bytes_are_listed_escaped(folder):
    (folder / "decks" / f"{ESC}.yaml").write_text(DECK, encoding="utf-8")
    os.rename(folder / "decks" / "rivers.yaml", os.path.join(os.fsencode(folder / "decks"), b"bad\xff.yaml"))
    r = run(folder, "check", "decks")
    assert r.returncode == 0, printed(r)
    assert "OK  decks/\\x1b[2J\\x1b]0;pwned\\x07.yaml" in printed(r) and "OK  decks/bad\\udcff.yaml" in printed(r)
    assert_safe(printed(r))
    r = run(folder, "stats")
    assert r.returncode == 0, printed(r)
    assert_safe(printed(r))


@given(st.text())
def test_shown_text_is_always_printable_and_encodable(text):
    out = shown(text)
    out.encode("utf-8")                                          # never a UnicodeEncodeError on a terminal
    assert not any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") or c in BIDI_CONTROLS for c in out)
    assert shown(out) == out                                     # escaping twice changes nothing
