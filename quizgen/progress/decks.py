"""The decks a progress command works on: those named, else ./decks/*.yaml."""

from __future__ import annotations

from pathlib import Path

from quizgen.deck.model import Deck, load_deck
from quizgen.paths import decks_or_default


def deck_paths(names: list[str]) -> list[Path]:
    """Deck files named (or in the folders named); with none named, the decks in ./decks."""
    return decks_or_default(names)


def load_decks(names: list[str]) -> list[Deck]:
    """Load the decks `deck_paths(names)` gives; a broken deck stops with its first problem."""
    return [load_deck(p) for p in deck_paths(names)]
