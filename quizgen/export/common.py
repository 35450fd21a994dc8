"""Helpers every export shares: a stable option order and splitting a fill-in prompt at its blank."""

from __future__ import annotations

import hashlib
import random
import re

from quizgen.deck.model import BLANK, Question


def stable_option_order(q: Question) -> list[str]:
    """A multiple-choice question's options in a fixed shuffled order (seeded by its id).

    The order must not give the answer away (it is never simply first), yet must stay the same
    from one export to the next so re-exports only change what a teacher changed.
    """
    options = [str(q.answer), *q.distractors]
    seed = int.from_bytes(hashlib.sha256(f"quizgen options {q.id}".encode()).digest()[:8], "big")
    random.Random(seed).shuffle(options)
    return options


def split_blank(prompt: str) -> tuple[str, str]:
    """The text before and after a fill-in prompt's blank (the whole prompt before, if none)."""
    m = BLANK.search(prompt)
    if not m:
        return prompt, ""
    return prompt[: m.start()], prompt[m.end():]


def flat_text(text: str) -> str:
    """Text with every run of line breaks and tabs turned into one space, for line-based formats."""
    return re.sub(r"[ \t]*[\r\n\t]+[ \t]*", " ", text).strip()
