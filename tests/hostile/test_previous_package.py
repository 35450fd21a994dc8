"""An existing file at `export -o` is read defensively: bounded work and memory, and anything odd in
it counts as "no previous export" — never an internal error."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.export import anki_previous
from quizgen.export.anki_previous import read_previous

DECK = "quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: x\n"


def package(path: Path, build) -> Path:
    """A .apkg whose collection.anki2 is the SQLite database `build(conn)` makes."""
    db = path.with_suffix(".anki2")
    with sqlite3.connect(db) as conn:
        build(conn)
    conn.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(db, "collection.anki2")
        zf.writestr("media", "{}")
    return path


def notes_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE notes (guid TEXT, mid INTEGER, flds TEXT, tags TEXT, mod INTEGER)")


def test_a_zip_bomb_is_not_extracted(tmp_path, monkeypatch):
    monkeypatch.setattr(anki_previous, "MAX_COLLECTION", 2**20)
    bomb = tmp_path / "bomb.apkg"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("collection.anki2", "w") as member:
            for _ in range(16):
                member.write(bytes(2**20))                 # 16 MiB of zeros: a few KB compressed
    assert bomb.stat().st_size < 100_000
    assert read_previous(bomb) == {}


def test_a_member_bigger_than_its_header_says_is_cut_off(tmp_path, monkeypatch):
    # A lying header: zipfile stops at the declared size and the CRC check fails; still no error.
    path = package(tmp_path / "p.apkg", notes_table)
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x01\x02")                           # the central directory entry of the first member
    data[at + 24:at + 28] = (16).to_bytes(4, "little")       # its uncompressed size: 16 bytes
    path.write_bytes(bytes(data))
    assert read_previous(path) == {}


@pytest.mark.parametrize("build", [
    lambda c: (notes_table(c), c.execute("INSERT INTO notes VALUES (NULL, 1, 'f', 't', 5)"),
               c.execute("INSERT INTO notes VALUES ('g', NULL, NULL, NULL, NULL)"),
               c.execute("INSERT INTO notes VALUES ('h', 'one', X'00', 3, 'x')")),       # NULLs and wrong types
    lambda c: c.execute("CREATE TABLE other (x)"),                                          # no notes table
    lambda c: c.execute("CREATE VIEW notes AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
                        "SELECT 'g' AS guid, 1 AS mid, 'f' AS flds, '' AS tags, x AS mod FROM r"),  # endless
    lambda c: (notes_table(c), c.execute("CREATE TRIGGER t AFTER INSERT ON notes BEGIN SELECT 1; END")),
], ids=["null-fields", "no-notes", "endless-view", "trigger"])
def test_a_malformed_collection_counts_as_no_previous_export(tmp_path, build):
    assert read_previous(package(tmp_path / "p.apkg", build)) == {}


def test_good_rows_are_kept_beside_bad_ones(tmp_path):
    def build(c):
        notes_table(c)
        c.execute("INSERT INTO notes VALUES ('good', 7, 'a\x1fb', 'x y', 9)")
        c.execute("INSERT INTO notes VALUES ('bad', 7, NULL, 'x', 9)")

    previous = read_previous(package(tmp_path / "p.apkg", build))
    assert list(previous) == ["good"] and previous["good"].tags == frozenset({"x", "y"})


def test_export_over_a_damaged_package_at_the_output_path_succeeds(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.yaml").write_text(DECK)
    package(tmp_path / "d.apkg", lambda c: (notes_table(c), c.execute("INSERT INTO notes VALUES (NULL, 1, NULL, NULL, 5)")))
    assert main(["export", "d.yaml"]) == 0
    with zipfile.ZipFile(tmp_path / "d.apkg") as zf:
        assert zf.namelist() == ["collection.anki2", "media"]
    (tmp_path / "d.apkg").write_bytes(b"PK\x03\x04 cut short")
    assert main(["export", "d.yaml"]) == 0
