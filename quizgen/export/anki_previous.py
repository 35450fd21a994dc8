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

# A collection quizgen writes is a few MB for thousands of notes and deflates about 10:1.
MAX_COLLECTION = 256 * 2**20
MAX_RATIO = 200
CHUNK = 2**20
MAX_SQL_STEPS = 200_000  # x 1000 instructions: seconds of work at most, far more than any real package

@dataclass(frozen=True)
class PreviousNote:
    """A note as the previous package stored it."""

    model_id: int
    fields: str  # the fields joined by \x1f, as stored
    tags: frozenset[str]
    mod: int


def read_previous(path: Path | None) -> dict[str, PreviousNote]:
    """Notes by GUID from the .apkg at `path`; empty if there is none or it cannot be read.

    The file at `-o` may be anything (a zip bomb, a doctored collection): it is read with bounded
    work and memory, and whatever looks wrong counts as "no previous export", never as an error.
    """
    if path is None or not path.is_file():
        return {}
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as tmp:
            db = Path(tmp) / "collection.anki2"
            if not _extract_bounded(zf, "collection.anki2", db):
                return {}
            rows = _note_rows(db)
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, sqlite3.Error, NotImplementedError, RuntimeError,
            EOFError, ValueError):
        # Not a package we can read (or not ours): every note simply gets the new time.
        return {}
    return {guid: PreviousNote(mid, flds, frozenset(tags.split()), mod) for guid, mid, flds, tags, mod in rows
            if isinstance(guid, str) and isinstance(mid, int) and isinstance(flds, str) and isinstance(tags, str)
            and isinstance(mod, int)}


def _extract_bounded(zf: zipfile.ZipFile, name: str, dest: Path) -> bool:
    """Copy member `name` to `dest` in chunks; False (nothing kept) if it is missing or would be larger
    than MAX_COLLECTION or than MAX_RATIO times its compressed size, whatever its header claims."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return False
    limit = min(MAX_COLLECTION, max(info.compress_size, 1) * MAX_RATIO)
    if info.file_size > limit:
        return False
    written = 0
    with zf.open(info) as src, open(dest, "wb") as out:
        while chunk := src.read(CHUNK):
            written += len(chunk)
            if written > limit:
                return False
            out.write(chunk)
    return True


def _note_rows(db: Path) -> list[tuple]:
    """The notes table's rows, read-only, with the work SQLite may do bounded (a doctored 'notes' view
    could otherwise compute forever)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        kind = conn.execute("SELECT type FROM sqlite_master WHERE name = 'notes'").fetchone()
        if kind != ("table",):
            return []
        steps = iter(range(MAX_SQL_STEPS))
        # Called every 1000 virtual-machine instructions; a non-zero return aborts the query.
        conn.set_progress_handler(lambda: next(steps, None) is None, 1000)
        return conn.execute("SELECT guid, mid, flds, tags, mod FROM notes").fetchall()
    finally:
        conn.close()


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
