"""Anki/Quizlet text import: a header Anki understands, then one card per line, term TAB answer."""

from __future__ import annotations

from quizgen.deck.model import Deck, Question
from quizgen.export import ExportOptions
from quizgen.export.common import flat_text

HEADER = ["#separator:tab", "#html:false", "#tags column:3", "#deck column:4"]


def cell(text: str) -> str:
    """One field: tabs and line breaks become spaces; a field with a quote, or opening with '#', is
    quoted CSV-style."""
    text = flat_text(text)
    # Anki's reader treats a field that contains '"' as quoted (double the quotes and wrap it), and a
    # line that opens with '#' as a comment: quoted, a first field '#...' is text.
    return '"' + text.replace('"', '""') + '"' if '"' in text or text.startswith("#") else text


def term(q: Question) -> str:
    """The front of the card."""
    return f"True or false: {q.prompt}" if q.type == "true_false" else q.prompt


def answer(q: Question) -> str:
    """The back of the card (a fill-in's other accepted answers in brackets)."""
    if q.type == "fill_in" and q.accept:
        return f"{q.answer_text} (also: {', '.join(q.accept)})"
    return q.answer_text


def tags(deck: Deck, q: Question) -> str:
    """Space-separated tags: deck, type and the question's own (spaces inside a tag become `_`)."""
    items = [deck.key, q.type, *("_".join(t.split()) for t in q.tags)]
    return " ".join(dict.fromkeys(t for t in items if t))


def render(decks: list[Deck], options: ExportOptions) -> bytes:
    """The TSV file: header lines, then one line per question."""
    rows = ["\t".join(cell(c) for c in (term(q), answer(q), tags(d, q), d.title.replace("::", ":")))
            for d in decks for q in d.questions]
    return ("\n".join(HEADER + rows) + "\n").encode("utf-8")
