"""Parsed decks kept between runs, so a big deck or a folder of decks opens without parsing YAML.

One JSON file per deck file under $QUIZGEN_HOME/cache/decks (else the user's cache folder), named
by a hash of the deck's absolute path. An entry is used only when everything matches: the cache's
own layout, quizgen's version and the reader's code, the deck format version, the deck file's size
and mtime_ns and the SHA-256 of its bytes (read anyway; hashing is cheap next to parsing). Anything
else (a missing, stale, corrupt or unreadable entry) is a miss, and the file is parsed as usual.
Only decks that passed validation are kept; writes are atomic and a failed write is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from quizgen.deck.model import FORMAT_VERSION, Deck, Question, Record

LAYOUT = 1
RACY_SECONDS = 2.0  # a file changed this recently may change again within its mtime's resolution
_FIELDS = tuple(f.name for f in fields(Question))  # an entry stores each question as these, in order


def cache_folder() -> Path:
    """$QUIZGEN_HOME/cache/decks, else the user's cache folder for quizgen."""
    return _cache_folder(os.environ.get("QUIZGEN_HOME"))


@lru_cache(maxsize=4)
def _cache_folder(home: str | None) -> Path:
    if home:
        return Path(home).expanduser() / "cache" / "decks"
    import platformdirs

    return platformdirs.user_cache_path("quizgen") / "decks"


@lru_cache(maxsize=1)
def code_version() -> str:
    """quizgen's version and the size and mtime of the code that decides what a deck holds, so an
    upgrade (or an edit in a development checkout) drops every entry."""
    import quizgen
    from quizgen.deck import merge_state, model, read, yaml_nodes

    stamps = [f"{os.stat(m.__file__).st_size}:{os.stat(m.__file__).st_mtime_ns}"
              for m in (model, read, yaml_nodes, merge_state)]
    return "/".join([str(LAYOUT), quizgen.__version__, str(FORMAT_VERSION), *stamps])


def _entry_path(path: Path) -> Path:
    # abspath, not resolve(): no system calls; a deck reached through two links is kept twice, harmlessly
    name = hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()
    return cache_folder() / (name + ".json")


def _stamp(st: os.stat_result, data: bytes) -> list:
    return [code_version(), st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest()]


def cached_deck(path: Path, st: os.stat_result, data: bytes) -> Deck | None:
    """The deck parsed earlier from exactly these bytes (`st` taken before reading them), or None."""
    try:
        head, _, payload = _entry_path(path).read_bytes().partition(b"\n")
        if json.loads(head) != {"stamp": _stamp(st, data), "payload": hashlib.sha256(payload).hexdigest()}:
            return None  # stale, or a damaged entry (the payload's own digest catches a torn or edited one)
        d = json.loads(payload)
        record = Record(offered=d["record"][0], max=d["record"][1]) if d["record"] is not None else None
        return Deck(title=d["title"], questions=[Question(*q) for q in d["questions"]], source=d["source"], id=d["id"],
                    record=record)
    except Exception:  # noqa: BLE001 - a cache is never trusted: anything odd is a miss
        return None


def keep_deck(path: Path, st: os.stat_result, data: bytes, deck: Deck) -> None:
    """Remember `deck` as parsed from `data`; files that may still be changing are not kept."""
    if time.time() - st.st_mtime_ns / 1e9 < RACY_SECONDS:
        return
    from quizgen.atomic import atomic_write_bytes

    record = [deck.record.offered, deck.record.max] if deck.record is not None else None
    payload = json.dumps({"title": deck.title, "source": deck.source, "id": deck.id, "record": record,
                          "questions": [[getattr(q, f) for f in _FIELDS] for q in deck.questions]},
                         ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    head = json.dumps({"stamp": _stamp(st, data), "payload": hashlib.sha256(payload).hexdigest()}).encode("ascii")
    try:
        target = _entry_path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, head + b"\n" + payload)
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs speed next time
        pass
