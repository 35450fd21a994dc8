"""The decks on offer in the quiz's picker: ./decks/*.yaml, else the demo deck shipped in the package."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizgen import data
from quizgen.deck.model import Deck, load_deck
from quizgen.errors import DeckError, QuizgenError
from quizgen.paths import DECK_SUFFIXES, list_folder

DECKS_FOLDER = "decks"


@dataclass(frozen=True)
class DeckEntry:
    """A deck file as the picker shows it: the deck, or the `quizgen check` error that stops it."""

    path: Path
    deck: Deck | None = None
    error: str | None = None
    demo: bool = False

    @property
    def label(self) -> str:
        """The file name a learner recognises ('decks/x.yaml', or 'demo deck')."""
        return "demo deck (shipped with quizgen)" if self.demo else str(self.path)


def demo_deck_path() -> Path:
    """The seed article's deck shipped inside the package."""
    return data.path("demo.yaml")


def read_entry(path: Path, demo: bool = False) -> DeckEntry:
    """Load one deck file; a problem becomes the entry's error line, never an exception."""
    try:
        return DeckEntry(path, deck=load_deck(path), demo=demo)
    except DeckError as e:
        line, message = e.problems[0]
        more = f" (+{len(e.problems) - 1} more; run quizgen check)" if len(e.problems) > 1 else ""
        return DeckEntry(path, error=(f"line {line}: " if line else "") + message + more, demo=demo)
    except QuizgenError as e:
        return DeckEntry(path, error=e.message, demo=demo)


def find_decks(folder: Path | None = None) -> list[DeckEntry]:
    """Every deck in `folder` (default ./decks), sorted by name; the demo deck when there is none."""
    folder = folder if folder is not None else Path(DECKS_FOLDER)
    try:
        paths = list_folder(folder, DECK_SUFFIXES) if folder.is_dir() else []
    except QuizgenError as e:
        return [DeckEntry(folder, error=e.message)]
    if not paths:
        return [read_entry(demo_deck_path(), demo=True)]
    return [read_entry(p) for p in paths]
