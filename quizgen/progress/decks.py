"""The decks a progress command works on: those named, else ./decks/*.yaml."""

from __future__ import annotations

from pathlib import Path

from quizgen.deck.model import Deck, load_deck
from quizgen.errors import QuizgenError
from quizgen.paths import DECK_SUFFIXES, expand_decks

DEFAULT_FOLDER = Path("decks")


def deck_paths(names: list[str]) -> list[Path]:
    """Deck files named (or in the folders named); with none named, the decks in ./decks."""
    if names:
        return expand_decks(names)
    found = sorted(p for p in DEFAULT_FOLDER.glob("*") if p.is_file() and p.suffix.lower() in DECK_SUFFIXES) \
        if DEFAULT_FOLDER.is_dir() else []
    if not found:
        raise QuizgenError("no decks named and no ./decks/*.yaml here (name deck files or folders)")
    return found


def load_decks(names: list[str]) -> list[Deck]:
    """Load the decks `deck_paths(names)` gives; a broken deck stops with its first problem."""
    return [load_deck(p) for p in deck_paths(names)]
