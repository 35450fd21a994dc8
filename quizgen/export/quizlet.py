"""Plain two-column text for Quizlet (and any flash-card app): question TAB answer, one card a line, no header."""

from __future__ import annotations

from quizgen.deck.model import Deck
from quizgen.export import ExportOptions
from quizgen.export.tsv import answer, term


def cell(text: str) -> str:
    """One column: tabs and line breaks become spaces (Quizlet takes quotes literally, so none are added)."""
    return " ".join(text.split())


def render(decks: list[Deck], options: ExportOptions) -> bytes:
    """Every question as 'question<TAB>answer', nothing else: a header line would become a card."""
    rows = [f"{cell(term(q))}\t{cell(answer(q))}" for d in decks for q in d.questions]
    return ("\n".join(rows) + "\n").encode("utf-8")
