"""The deck as JSON for other programs: the deck format's own fields (it validates against deck.schema.json)."""

from __future__ import annotations

import json

from quizgen.deck.model import Deck
from quizgen.deck.write import deck_header, question_dict
from quizgen.export import ExportOptions


def deck_dict(deck: Deck) -> dict:
    """A deck as a plain dict in the deck file's key order, optional fields left out when empty."""
    d = deck_header(deck)
    d["questions"] = [{k: list(v) if isinstance(v, list) else v for k, v in question_dict(q).items()}
                      for q in deck.questions]
    return d


def render(decks: list[Deck], options: ExportOptions) -> bytes:
    """One deck as a JSON object, several as a JSON array of them (UTF-8, indented)."""
    data = deck_dict(decks[0]) if len(decks) == 1 else [deck_dict(d) for d in decks]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
