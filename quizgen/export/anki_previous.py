"""The Anki package an export replaces: which notes it held, so unchanged notes keep their old time.

Anki updates a note on import when the package's note is newer, and counts every such note as
"updated" even when nothing in it changed. Reusing the previous package's time for notes whose
content is the same makes a re-import after one edit report exactly one updated note.
"""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PreviousNote:
    """A note as the previous package stored it."""

    model_id: int
    fields: str  # the fields joined by \x1f, as stored
    tags: frozenset[str]
    mod: int


def read_previous(path: Path | None) -> dict[str, PreviousNote]:
    """Notes by GUID from the .apkg at `path`; empty if there is none or it cannot be read."""
    if path is None or not path.is_file():
        return {}
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as tmp:
            if "collection.anki2" not in zf.namelist():
                return {}
            db = zf.extract("collection.anki2", tmp)
            conn = sqlite3.connect(db)
            try:
                rows = conn.execute("SELECT guid, mid, flds, tags, mod FROM notes").fetchall()
            finally:
                conn.close()
    except (OSError, zipfile.BadZipFile, sqlite3.Error):
        # Not a package we can read (or not ours): every note simply gets the new time.
        return {}
    return {guid: PreviousNote(int(mid), flds, frozenset(tags.split()), int(mod)) for guid, mid, flds, tags, mod in rows}


def note_time(previous: dict[str, PreviousNote], guid: str, model_id: int, fields: list[str], tags: list[str],
              timestamp: float) -> int:
    """The note's modification time: the old one if its content is unchanged, else a newer one."""
    old = previous.get(guid)
    if old is None:
        return int(timestamp)
    if old.model_id == model_id and old.fields == "\x1f".join(fields) and old.tags == frozenset(tags):
        return old.mod
    # Changed: newer than the last export even if the deck file's time went backwards (a git checkout).
    return max(int(timestamp), old.mod + 1)
