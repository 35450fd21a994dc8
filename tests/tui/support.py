"""Decks and helpers shared by the quiz app's tests (tests/test_tui_*.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from quizgen.deck.model import load_deck

# Questions in a known order (run with --no-shuffle): MC, fill-in, fill-in, TF, fill-in.
MIXED = """\
quizgen: 1
title: Test [deck] about Mongolia
source: seeds/china-mongolia-sco.txt
questions:
- id: mc
  type: multiple_choice
  prompt: In which city did Li Qiang meet L. Oyun-Erdene [at an SCO gathering]?
  answer: Bishkek
  distractors: [Astana, Tashkent, Dushanbe]
  context: Li met L. Oyun-Erdene at an SCO gathering in Bishkek [sic].
- id: fill-typo
  type: fill_in
  prompt: Oyun-Erdene discussed the Mongolia-China-____ economic corridor.
  answer: Russia
  context: He also discussed plans to establish the Mongolia-China-Russia economic corridor.
- id: fill-number
  type: fill_in
  prompt: Mongolia has been an observer for nearly ____ decades.
  answer: two
  accept: ['2']
  context: Mongolia has maintained its observer status for nearly two decades.
- id: tf
  type: true_false
  prompt: According to the article, the SCO is a military alliance.
  answer: false
  context: While not a military alliance, the SCO has expanded cooperation.
- id: fill-skip
  type: fill_in
  prompt: Iran became the SCO's ____ member.
  answer: ninth
  context: The bloc recently admitted Iran as its ninth member.
"""

BROKEN = "quizgen: 1\ntitle: Broken\nquestions:\n- id: a\n  type: fill_in\n  prompt: No blank here.\n  anwser: x\n"


class StepClock:
    """A clock that moves `step` seconds each time it is read, so times on screen are the same every run."""

    def __init__(self, step: float = 5.0) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def write_deck(folder: Path, name: str = "mixed.yaml", text: str = MIXED) -> Path:
    """Write a deck file and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def mixed_deck(folder: Path):
    """The MIXED deck, loaded from a real file."""
    return load_deck(write_deck(folder))


def synchronously(test):
    """Run an async test with asyncio.run (no pytest async plugin needed)."""
    import asyncio
    import functools

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return wrapper


# --- Learning over days: a learner's decks and answers at a fixed moment -------------------------

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=timezone.utc)

CAPITALS = """\
quizgen: 1
title: Capitals
questions:
- id: fr
  type: fill_in
  prompt: The capital of France is ____.
  answer: Paris
- id: de
  type: fill_in
  prompt: The capital of Germany is ____.
  answer: Berlin
"""

RIVERS = "quizgen: 1\ntitle: Rivers\nquestions:\n- id: nile\n  type: true_false\n  prompt: The Nile flows north.\n  answer: true\n"

# (deck file, question id, right?, how long before NOW). Every answer takes 60 s, never "fast", so
# a right answer is Good (due again 10 minutes later) and a wrong one Again (1 minute later).
HISTORY = [
    ("a-mixed.yaml", "fill-typo", False, timedelta(days=2)),
    ("b-capitals.yaml", "fr", False, timedelta(days=1)),
    ("a-mixed.yaml", "tf", False, timedelta(hours=5)),
    ("a-mixed.yaml", "mc", True, timedelta(hours=4, minutes=59)),
    ("b-capitals.yaml", "de", True, timedelta(hours=3)),
]
# What HISTORY leaves due at NOW, most overdue first.
DUE_ORDER = ["fill-typo", "fr", "tf", "mc", "de"]


def learner_decks(folder: Path) -> Path:
    """./decks with the MIXED deck, Capitals and Rivers (never studied); returns the decks folder."""
    decks = folder / "decks"
    write_deck(decks, "a-mixed.yaml")
    write_deck(decks, "b-capitals.yaml", CAPITALS)
    write_deck(decks, "c-rivers.yaml", RIVERS)
    return decks


def record_history(store, decks: Path, history=HISTORY) -> None:
    """Save `history`'s answers in `store`, as the quiz would have."""
    for name, qid, correct, before in history:
        deck = load_deck(decks / name)
        question = next(q for q in deck.questions if q.id == qid)
        store.record_answer(deck, question, correct, elapsed=60.0, now=NOW - before)
