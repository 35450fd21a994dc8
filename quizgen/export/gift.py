"""Moodle GIFT: readable `::name::` titles (the id in a `//` comment), `{=right ~wrong}`, short answers with
every alternative, {T}/{F}."""

from __future__ import annotations

import html
import re

from quizgen.deck.model import BLANK, Deck, Question
from quizgen.export import ExportOptions
from quizgen.export.common import flat_text, split_blank, stable_option_order

SPECIAL = re.compile(r"([\\~=#{}:])")
NAME_WORDS = 8


def escape(text: str) -> str:
    """GIFT-escape `\\ ~ = # { } :` with a backslash; line breaks as GIFT's `\\n`."""
    return SPECIAL.sub(r"\\\1", text).replace("\r\n", "\n").replace("\n", r"\n")


def shown(text: str) -> str:
    """Text Moodle displays: HTML-escaped (so `<b>` shows literally, under [html]), `%` as an entity (a
    choice opening with `%50%` would be a 50% weight), then GIFT-escaped."""
    return escape(html.escape(text, quote=False).replace("%", "&#37;"))


def short_answer(text: str) -> str:
    """A short answer as `=text`: plain (students type it), so a leading `%` gets an explicit 100%
    weight before it rather than an entity ('=%100%%50%' is the answer '%50%')."""
    return ("=%100%" if text.startswith("%") else "=") + escape(text)


def feedback(q: Question) -> str:
    """The question's source sentence as GIFT general feedback, if it has one."""
    return f"\n####{shown(q.context)}" if q.context else ""


def name(q: Question, words: int = NAME_WORDS) -> str:
    """A short readable question name for Moodle's bank: the prompt's first words, a blank as '…'."""
    parts = BLANK.sub("…", q.prompt).split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def question_text(q: Question) -> str:
    """One question in GIFT: its id in a comment line, then a `::short name::` title."""
    head = f"// {flat_text(q.id)}\n::{escape(name(q))}::[html]"
    if q.type == "multiple_choice":
        lines = [("=" if o == q.answer else "~") + shown(o) for o in stable_option_order(q)]
        return f"{head}{shown(q.prompt)} {{\n" + "\n".join(lines) + f"{feedback(q)}\n}}"
    if q.type == "true_false":
        return f"{head}{shown(q.prompt)} {{{'T' if q.answer is True else 'F'}{feedback(q)}}}"
    # Short answers are compared with what a student types, so they are plain (GIFT-escaped) text.
    answers = " ".join(short_answer(a) for a in dict.fromkeys([q.answer_text, *q.accept]))
    before, after = split_blank(q.prompt)
    if before.strip():
        return f"{head}{shown(before)}{{{answers}{feedback(q)}}}{shown(after)}"
    # GIFT cannot open a question with its answer: keep the drawn blank and put the answers last.
    return f"{head}{shown(q.prompt)} {{{answers}{feedback(q)}}}"


def category(deck: Deck) -> str:
    """The deck title as a `$CATEGORY:` line (Moodle reads '/' as a path separator, '//' as a slash)."""
    title = " ".join(deck.title.split()).replace("/", "//")
    return f"$CATEGORY: {title}"


def render(decks: list[Deck], options: ExportOptions) -> bytes:
    """The GIFT file: a category per deck, questions separated by blank lines (UTF-8)."""
    blocks = ["// quizgen export: import in Moodle under Question bank > Import > GIFT format"]
    for deck in decks:
        blocks.append(category(deck))
        blocks.extend(question_text(q) for q in deck.questions)
    return ("\n\n".join(blocks) + "\n").encode("utf-8")
