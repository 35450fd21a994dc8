"""Anki packages (.apkg): quizgen's note types, stable ids and GUIDs, and field rendering."""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import re
import sqlite3
import tempfile
import time
import zipfile
from contextlib import closing
from functools import cache
from pathlib import Path

from quizgen import data
from quizgen.deck.model import Deck, Question
from quizgen.export import ExportOptions
from quizgen.export.anki_previous import note_time, read_previous
from quizgen.export.common import stable_option_order, split_blank
from quizgen.wording import source_label

# Never change a note type's fields or templates' shape without a new id: Anki would skip every
# note of the old shape as "conflicting" on import. (CSS and wording changes are fine.)
MODEL_IDS = {"multiple_choice": 1233848698, "cloze": 1106195084, "type_in": 1770074540, "true_false": 1244676826}
MODEL_NAMES = {"multiple_choice": "quizgen multiple choice", "cloze": "quizgen fill-in (cloze)",
               "type_in": "quizgen fill-in (type the answer)", "true_false": "quizgen true/false"}
MODEL_FIELDS = {"multiple_choice": ["Prompt", "Options", "Answer", "Context"], "cloze": ["Text", "Accept", "Context"],
                "type_in": ["Prompt", "Answer", "Accept", "Context"], "true_false": ["Statement", "Answer", "Context"]}
TEMPLATE_FILES = {"multiple_choice": "mc", "cloze": "cloze", "type_in": "type", "true_false": "tf"}
BLANK_HTML = '<span class="qg-blank">_____</span>'
# Anki reads '[sound:x]' as audio and '[latex]', '[$]', '[$$]' as LaTeX images in any field, and its
# MathJax typesets \(...\) and \[...\] in the shown text. A '[' as an entity shows the same but
# is no tag; an empty <span> between the backslash and its bracket splits the MathJax delimiter.
ANKI_TAG_OPEN = "&#91;"
MATHJAX = re.compile(r"\\(?=[()\[\]])")


def _data(name: str) -> str:
    return data.text(f"anki/{name}")


def field_text(text: str) -> str:
    """Plain text as an Anki field: HTML-escaped (quotes too), Anki's media/LaTeX tags and MathJax
    delimiters made inert, line breaks as <br>."""
    escaped = MATHJAX.sub(r"\\<span></span>", html.escape(text, quote=True)).replace("[", ANKI_TAG_OPEN)
    return escaped.replace("\r\n", "\n").replace("\n", "<br>") if "\n" in escaped else escaped


def cloze_safe(text: str, answer: bool = False) -> str:
    """A field_text that Anki's cloze parser cannot mistake for markup ({{c2::, }}, or :: in an answer)."""
    text = field_text(text).replace("{", "&#123;").replace("}", "&#125;")
    # Inside {{c1::...}} a '::' would start a hint; outside it a colon is plain text.
    return text.replace(":", "&#58;") if answer else text


def cloze_text(q: Question) -> str:
    """A fill-in prompt with its blank replaced by {{c1::answer}}."""
    before, after = split_blank(q.prompt)
    return f"{cloze_safe(before)}{{{{c1::{cloze_safe(q.answer_text, answer=True)}}}}}{cloze_safe(after)}"


def blank_prompt(q: Question) -> str:
    """A fill-in prompt as HTML with its blank drawn as a styled line."""
    before, after = split_blank(q.prompt)
    return f"{field_text(before)}{BLANK_HTML}{field_text(after)}"


def options_html(q: Question) -> str:
    """A multiple-choice question's options as a numbered list, in the stable shuffled order."""
    return "<ol>" + "".join(f"<li>{field_text(o)}</li>" for o in stable_option_order(q)) + "</ol>"


def note_kind(q: Question, options: ExportOptions) -> str:
    """Which quizgen note type a question becomes."""
    if q.type == "fill_in":
        return "type_in" if options.type_in else "cloze"
    return q.type


def note_fields(q: Question, kind: str) -> list[str]:
    """The note's field values (HTML), in MODEL_FIELDS order."""
    context = field_text(q.context or "")
    accept = ", ".join(field_text(a) for a in q.accept)
    if kind == "multiple_choice":
        return [field_text(q.prompt), options_html(q), field_text(q.answer_text), context]
    if kind == "cloze":
        return [cloze_text(q), accept, context]
    if kind == "type_in":
        return [blank_prompt(q), field_text(q.answer_text), accept, context]
    return [field_text(q.prompt), q.answer_text, context]


def tag(text: str) -> str:
    """A tag Anki accepts: no whitespace (runs of it become `_`)."""
    return "_".join(text.split())


def note_tags(deck: Deck, q: Question) -> list[str]:
    """The deck's slug, the question type and the question's own tags, without repeats."""
    return _tags(tag(deck.key), q)


def _tags(deck_tag: str, q: Question) -> list[str]:
    return list(dict.fromkeys(filter(None, [deck_tag, q.type, *map(tag, q.tags)])))


def deck_id(deck: Deck) -> int:
    """A stable Anki deck id from SHA-256 of the deck's identity (53 bits, safe in JavaScript)."""
    return int.from_bytes(hashlib.sha256(f"quizgen deck {deck.key}".encode()).digest()[:8], "big") >> 11


def deck_names(decks: list[Deck]) -> list[str]:
    """Anki deck names: the title alone, or `quizgen::<title>` subdecks when there are several."""
    titles = [d.title.replace("::", ":").strip() or d.key for d in decks]
    if len(decks) == 1:
        return titles
    return [f"quizgen::{t}" + (f" ({d.key})" if titles.count(t) > 1 else "") for t, d in zip(titles, decks)]


@cache
def model(kind: str):
    """The genanki Model for a note type (fixed id, fields, templates and the shared CSS)."""
    import genanki

    stem = TEMPLATE_FILES[kind]
    script = _data("mc_script.html") if kind == "multiple_choice" else ""
    template = {"name": MODEL_NAMES[kind], "qfmt": _data(f"{stem}_front.html") + script,
                "afmt": _data(f"{stem}_back.html") + script}
    return genanki.Model(MODEL_IDS[kind], MODEL_NAMES[kind], fields=[{"name": f} for f in MODEL_FIELDS[kind]],
                         templates=[template], css=_data("quizgen.css"),
                         model_type=genanki.Model.CLOZE if kind == "cloze" else genanki.Model.FRONT_BACK)


def package_time(decks: list[Deck]) -> float:
    """The newest deck file's modification time: an edited deck makes a newer package."""
    times = [d.path.stat().st_mtime for d in decks if d.path is not None and Path(d.path).exists()]
    return max(times) if times else time.time()


@cache
def _note_class():
    import genanki

    class StampedNote(genanki.Note):
        """A genanki Note with its own modification time (genanki gives every note the package's)."""

        mod: float | None = None

        def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # noqa: ANN001 - genanki's signature
            super().write_to_db(cursor, self.mod if self.mod is not None else timestamp, deck_id, id_gen)

    return StampedNote


def build_package(decks: list[Deck], options: ExportOptions, timestamp: float):
    """A genanki Package holding one Anki deck per quizgen deck."""
    import genanki

    previous = read_previous(options.replacing)
    anki_decks = []
    for deck, name in zip(decks, deck_names(decks)):
        anki_deck = genanki.Deck(deck_id(deck), name, description=field_text(source_label(deck.source) if deck.source else ""))
        key = deck.key  # a slug of the title when the deck has no id: made once, not per note
        deck_tag = tag(key)
        for q in deck.questions:
            kind = note_kind(q, options)
            note = _note_class()(model=model(kind), fields=note_fields(q, kind), tags=_tags(deck_tag, q),
                                 guid=genanki.guid_for("quizgen", key, q.id))
            note.mod = note_time(previous, note.guid, MODEL_IDS[kind], note.fields, note.tags, timestamp)
            anki_deck.add_note(note)
        anki_decks.append(anki_deck)
    return genanki.Package(anki_decks)


def render(decks: list[Deck], options: ExportOptions) -> bytes:
    """The .apkg file's bytes (a zip of the SQLite collection and an empty media list), built in memory."""
    timestamp = package_time(decks)
    package = build_package(decks, options, timestamp)
    buffer = io.BytesIO()
    # Level 1: a tenth of the collection's size already, at half level 6's time (bench/export.py).
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("collection.anki2", collection_bytes(package, timestamp))
        zf.writestr("media", "{}")
    return buffer.getvalue()


def collection_bytes(package, timestamp: float) -> bytes:  # noqa: ANN001 - a genanki.Package
    """The package's SQLite collection file as bytes."""
    # In memory: no temporary file and no fsync for a database that only lives inside the zip.
    if hasattr(sqlite3.Connection, "serialize"):
        with closing(sqlite3.connect(":memory:")) as conn:
            _fill(conn, package, timestamp)
            return conn.serialize()
    with tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as tmp:  # Python 3.10: no serialize()
        path = Path(tmp) / "collection.anki2"
        with closing(sqlite3.connect(path)) as conn:
            _fill(conn, package, timestamp)
        return path.read_bytes()


def _fill(conn: sqlite3.Connection, package, timestamp: float) -> None:  # noqa: ANN001
    package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
    conn.commit()
