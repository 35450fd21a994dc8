"""Decks and helpers shared by the quiz app's tests (tests/test_tui_*.py)."""

from __future__ import annotations

from pathlib import Path

from quizgen.deck import load_deck

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
    """A clock that moves 5 seconds each time it is read, so times on screen are the same every run."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 5.0
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
