"""Moodle Aiken: one-line question, options A) B) C) …, then `ANSWER: X` (multiple choice only)."""

from __future__ import annotations

import re
import string

from quizgen.deck.model import Deck, Question
from quizgen.errors import QuizgenError
from quizgen.export import ExportOptions
from quizgen.export.common import flat_text, stable_option_order

# Moodle reads a line starting "A) " / "A. " as an option and "ANSWER:" as the key; question text
# that happens to start that way is kept apart with a no-break space Moodle does not match.
LOOKS_LIKE_OPTION = re.compile(r"^([A-Z][).])[ \t]")
LOOKS_LIKE_KEY = re.compile(r"^(ANSWER)\s*:", re.IGNORECASE)


def line(text: str) -> str:
    """Text on one line that Moodle cannot mistake for an option or the answer key."""
    text = flat_text(text)
    text = LOOKS_LIKE_OPTION.sub("\\1\u00a0", text)
    return LOOKS_LIKE_KEY.sub("\\1\u00a0:", text)


def question_text(q: Question) -> str:
    """One multiple-choice question in Aiken."""
    options = stable_option_order(q)
    if len(options) > len(string.ascii_uppercase):
        raise QuizgenError(f"question {q.id} has {len(options)} options; Aiken allows at most 26")
    lines = [line(q.prompt)]
    lines += [f"{letter}) {line(o)}" for letter, o in zip(string.ascii_uppercase, options)]
    lines.append(f"ANSWER: {string.ascii_uppercase[options.index(str(q.answer))]}")
    return "\n".join(lines)


def render(decks: list[Deck], options: ExportOptions) -> bytes:
    """The Aiken file (only multiple-choice questions reach it), a blank line between questions."""
    return ("\n\n".join(question_text(q) for d in decks for q in d.questions) + "\n").encode("utf-8")
