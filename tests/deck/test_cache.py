"""The parsed-deck cache: used only for the very bytes it was made from; anything odd is a miss."""

from __future__ import annotations

import os
import time

import pytest

from quizgen.deck import cache, read
from quizgen.deck.model import load_deck
from quizgen.errors import DeckError
from tests.conftest import SEED_DECK

HOUR_AGO_NS = int((time.time() - 3600) * 1e9)


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An empty QUIZGEN_HOME for this test."""
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def deck_file(tmp_path):
    """A copy of the seed deck, last changed an hour ago (older than the racy window)."""
    path = tmp_path / "deck.yaml"
    path.write_bytes(SEED_DECK.read_bytes())
    os.utime(path, ns=(HOUR_AGO_NS, HOUR_AGO_NS))
    return path


def _no_parsing(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("parsed the YAML although the cache had it")
    monkeypatch.setattr(read, "parse_deck", fail)


def _entries(home):
    return list((home / "cache" / "decks").glob("*.json"))


def test_a_deck_read_twice_is_parsed_once_and_is_the_same(home, deck_file, monkeypatch):
    first = load_deck(deck_file)
    assert len(_entries(home)) == 1
    _no_parsing(monkeypatch)
    second = load_deck(deck_file)
    assert second == first and second.path == deck_file
    assert [q.line for q in second.questions] == [q.line for q in first.questions]


def test_a_change_of_the_same_size_and_mtime_is_seen(home, deck_file):
    load_deck(deck_file)
    text = deck_file.read_text()
    changed = text.replace("answer: Iran", "answer: Iraq", 1)
    assert changed != text and len(changed) == len(text)
    deck_file.write_text(changed)
    os.utime(deck_file, ns=(HOUR_AGO_NS, HOUR_AGO_NS))
    assert load_deck(deck_file).questions[0].answer == "Iraq"


@pytest.mark.parametrize("damage", [
    lambda b: b[: len(b) // 2],                       # torn
    lambda b: b.replace(b"Iran", b"Iraq", 1),         # the payload edited, its digest not
    lambda b: b"\x00\xff garbage",
    lambda b: b"",
    lambda b: b'{"stamp": 1}\n[]',
])
def test_a_damaged_entry_is_a_miss(home, deck_file, damage):
    expected = load_deck(deck_file)
    (entry,) = _entries(home)
    entry.write_bytes(damage(entry.read_bytes()))
    assert load_deck(deck_file) == expected


def test_a_file_written_just_now_is_not_cached(home, tmp_path):
    path = tmp_path / "fresh.yaml"
    path.write_bytes(SEED_DECK.read_bytes())
    load_deck(path)
    assert _entries(home) == []


def test_an_invalid_deck_is_never_cached_and_keeps_its_errors(home, deck_file):
    deck_file.write_text(deck_file.read_text().replace("type: fill_in", "type: fill_inn", 1))
    os.utime(deck_file, ns=(HOUR_AGO_NS, HOUR_AGO_NS))
    for _ in range(2):
        with pytest.raises(DeckError, match="unknown type 'fill_inn'"):
            load_deck(deck_file)
    assert _entries(home) == []


def test_an_unwritable_cache_only_costs_speed(home, deck_file):
    home.mkdir()
    (home / "cache").write_text("a file where the folder would go")
    assert load_deck(deck_file).questions


def test_another_code_version_is_a_miss(home, deck_file, monkeypatch):
    load_deck(deck_file)
    monkeypatch.setattr(cache, "code_version", lambda: "another version")
    calls = []
    real = read.parse_deck
    monkeypatch.setattr(read, "parse_deck", lambda *a: calls.append(1) or real(*a))
    load_deck(deck_file)
    assert calls == [1]
