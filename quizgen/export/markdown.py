"""A printable Markdown worksheet: numbered questions with lettered options, then an answer key."""

from __future__ import annotations

import re
import string

from quizgen.deck.model import Deck, Question
from quizgen.export import ExportOptions
from quizgen.export.common import flat_text, stable_option_order, split_blank

BLANK = "__________"
# Characters Markdown could read as markup; each is shown literally with a backslash.
MARKUP = re.compile(r"([\\`*_\[\]<>#|~])")
ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
BREAK = "  \n"  # two spaces: a hard line break, so options stay one per line when rendered


def text(value: str) -> str:
    """Plain text safe in Markdown: on one line, markup characters escaped."""
    return ENTITY.sub(r"\\&", MARKUP.sub(r"\\\1", flat_text(value)))


def letter(index: int) -> str:
    """The option label for a 0-based index: a … z, then aa, ab … (no option is ever left out)."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = string.ascii_lowercase[rest] + label
    return label


def prompt(q: Question) -> str:
    """The question as the learner reads it (a fill-in's blank as a line to write on)."""
    if q.type == "fill_in":
        before, after = split_blank(q.prompt)
        # Escape the prompt as a whole so the spaces around the blank survive.
        return text(f"{before}\x00{after}").replace("\x00", BLANK)
    if q.type == "true_false":
        return f"True or false: {text(q.prompt)}"
    return text(q.prompt)


def question_block(n: int, q: Question) -> str:
    """One numbered question with its options or answer line."""
    head = f"{n}. {prompt(q)}"
    indent = " " * (len(str(n)) + 2)
    if q.type == "multiple_choice":
        options = BREAK.join(f"{indent}{letter(i)}) {text(o)}" for i, o in enumerate(stable_option_order(q)))
        return f"{head}\n\n{options}"
    if q.type == "true_false":
        return f"{head}\n\n{indent}True / False"
    return head


def key_entry(n: int, q: Question) -> str:
    """The answer key's entry for question n, with the source sentence when there is one."""
    indent = " " * (len(str(n)) + 2)
    if q.type == "multiple_choice":
        entry = f"{n}. **{letter(stable_option_order(q).index(str(q.answer)))})** {text(q.answer_text)}"
    else:
        entry = f"{n}. **{text(q.answer_text)}**"
        if q.accept:
            entry += " (also accepted: " + ", ".join(text(a) for a in q.accept) + ")"
    if q.context:
        entry += f"{BREAK}{indent}*From the article:* {text(q.context)}"
    return entry


def worksheet(deck: Deck) -> str:
    """One deck's worksheet and answer key."""
    parts = [f"# {text(deck.title)}", "Name: ____________________ Date: ____________"]
    parts += [question_block(n, q) for n, q in enumerate(deck.questions, 1)]
    parts.append("## Answer key")
    parts.append("\n".join(key_entry(n, q) for n, q in enumerate(deck.questions, 1)))
    return "\n\n".join(parts) + "\n"


def render(decks: list[Deck], options: ExportOptions) -> bytes:
    """The worksheet file; several decks follow one another, separated by a rule."""
    return "\n---\n\n".join(worksheet(d) for d in decks).encode("utf-8")
