"""The decks a progress command works on: those named, else ./decks/*.yaml."""

from __future__ import annotations

import sys
from pathlib import Path

from quizgen.deck.model import Deck, load_deck
from quizgen.errors import QuizgenError
from quizgen.paths import DECK_SUFFIXES, expand_decks, list_folder

DEFAULT_FOLDER = Path("decks")


def deck_paths(names: list[str]) -> list[Path]:
    """Deck files named (or in the folders named); with none named, the decks in ./decks."""
    if names:
        return expand_decks(names)
    found = list_folder(DEFAULT_FOLDER, DECK_SUFFIXES) if DEFAULT_FOLDER.is_dir() else []
    if not found:
        raise QuizgenError("no decks named and no ./decks/*.yaml here (name deck files or folders)")
    return found


def load_decks(names: list[str]) -> list[Deck]:
    """Load the decks `deck_paths(names)` gives. A deck named by its file that does not load stops
    with its first problem; one found in a folder is skipped with a one-line warning, so one broken
    or unreadable file does not hide every other deck's progress."""
    named = {Path(n) for n in names}
    decks: list[Deck] = []
    for path in deck_paths(names):
        try:
            decks.append(load_deck(path))
        except QuizgenError as e:
            if path in named:
                raise
            print(f"quizgen: warning: skipped {e} (run 'quizgen check {path}')", file=sys.stderr)
    if not decks:
        raise QuizgenError("no deck could be loaded (see the warnings above)")
    return decks
