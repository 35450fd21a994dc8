"""The record, kept beside a deck, of which question ids the generator has already offered for it.

A hidden JSON file next to the deck (`.NAME.quizgen-state.json` for `NAME.yaml`) rather than a key
inside the deck: the teacher's YAML is never rewritten to update it, editing or reformatting the
YAML cannot damage it, and the deck format and its schema stay as they are.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.atomic import atomic_write_text
from quizgen.deck.model import Question

STATE_VERSION = 1


@dataclass
class OfferState:
    """Ids offered so far; `found` is False when there was no readable record."""

    offered: set[str] = field(default_factory=set)
    found: bool = False
    problem: str | None = None
    # id -> fingerprint of the question as quizgen last wrote it, to tell a teacher's edit from a
    # question the generator now words differently (older records have none).
    generated: dict[str, str] = field(default_factory=dict)


def fingerprint(q: Question) -> str:
    """A short hash of everything a question says (not its line): equal iff nobody changed it."""
    from quizgen.deck.write import question_dict

    return hashlib.sha256(json.dumps(question_dict(q), ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def state_path(deck_path: Path) -> Path:
    """The state file that belongs to `deck_path`."""
    return deck_path.with_name(f".{deck_path.stem}.quizgen-state.json")


def read_state(deck_path: Path) -> OfferState:
    """The ids offered for this deck so far (empty, `found=False`, if there is no usable record)."""
    path = state_path(deck_path)
    if not path.exists():
        return OfferState()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        offered = data["offered"]
        if not (isinstance(offered, list) and all(isinstance(i, str) for i in offered)):
            raise ValueError("'offered' is not a list of ids")
        generated = data.get("generated", {})
        if not (isinstance(generated, dict) and all(isinstance(v, str) for v in generated.values())):
            generated = {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        return OfferState(problem=f"{path} is unreadable ({e}); ignoring it")
    return OfferState(offered=set(offered), found=True, generated=generated)


def write_state(deck_path: Path, offered: set[str], generated: dict[str, str] | None = None) -> None:
    """Record `offered` as every id the generator has offered for this deck, and the fingerprints
    of the questions as generated (atomically)."""
    data = {"quizgen_state": STATE_VERSION, "deck": deck_path.name, "offered": sorted(offered),
            "generated": dict(sorted((generated or {}).items()))}
    atomic_write_text(state_path(deck_path), json.dumps(data, indent=1, ensure_ascii=False) + "\n")
