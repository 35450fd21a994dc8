"""The decks a progress command works on: those named, else ./decks/*.yaml and the decks studied elsewhere."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.deck.model import Deck, load_deck
from quizgen.errors import QuizgenError
from quizgen.paths import default_decks, expand_decks

if TYPE_CHECKING:
    from quizgen.progress.store import ProgressStore

def deck_paths(names: list[str]) -> list[Path]:
    """Deck files named (or in the folders named); with none named, the decks in ./decks (maybe none)."""
    return expand_decks(names) if names else default_decks()


def load_decks(names: list[str], store: "ProgressStore | None" = None) -> list[Deck]:
    """The decks named; with none named, ./decks and then every deck studied elsewhere (remembered in `store`).

    A broken deck named or in ./decks stops with its first problem; a studied deck since moved,
    deleted or broken is left out with a one-line note on stderr.
    """
    decks = [load_deck(p) for p in deck_paths(names)]
    if not names and store is not None:
        decks += studied_elsewhere(decks, store)
    if not decks:
        raise QuizgenError("no decks named, no ./decks/*.yaml here and none studied elsewhere "
                           "(name deck files or folders)")
    return decks


def studied_elsewhere(decks: list[Deck], store: "ProgressStore") -> list[Deck]:
    """The decks studied from other folders that are not among `decks`, by the store's memory of their paths."""
    from quizgen.progress.runs import studied_deck_files

    keys = {d.key for d in decks}
    paths = {Path(d.path).resolve() for d in decks if d.path is not None}
    found, missing = [], []
    for key, path in studied_deck_files(store).items():
        if key in keys or path in paths:
            continue
        try:
            deck = load_deck(path)
        except QuizgenError:
            missing.append(path)
            continue
        if deck.key == key:
            found.append(deck)
            keys.add(key)
    if missing:
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        print(f"quizgen: note: a studied deck is gone or broken, left out: {missing[0]}{more}", file=sys.stderr)
    return found
