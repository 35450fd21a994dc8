"""The deck file teachers edit: its model, reading and writing it, the picker's catalog, merging
regenerated questions into an edited deck, and the teacher's lint.

The documented API is `from quizgen.deck import load_deck, save_deck, Deck, Question`.
"""

from quizgen.deck.model import (BLANK, FORMAT_VERSION, SCHEMA_NAME, TYPE_LABELS, TYPES, Deck, Question,
                                load_deck, save_deck, slugify)

__all__ = ["BLANK", "FORMAT_VERSION", "SCHEMA_NAME", "TYPE_LABELS", "TYPES", "Deck", "Question",
           "load_deck", "save_deck", "slugify"]
