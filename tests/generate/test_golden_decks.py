"""The generated decks for the seed and the shared dev articles, pinned by hash.

A refactor must leave every deck byte-identical; a change that is meant to change questions
updates the pins on purpose: `QUIZGEN_UPDATE_GOLDEN=1 pytest tests/generate/test_golden_decks.py`,
and the diff of golden_decks.json is then reviewed with the decks it describes.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

PINS = Path(__file__).with_name("golden_decks.json")
DEV = ROOT.parent / "shared" / "eval" / "dev"
ARTICLES = [SEED, *sorted(DEV.glob("dev-*.txt"))]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def decks(nlp, tmp_path_factory) -> dict[str, str]:
    """Each article's deck as `quizgen generate` writes it, keyed by the article's file name."""
    from quizgen.deck.write import dump_deck
    from quizgen.generate.pipeline import generate_file

    return {a.name: dump_deck(generate_file(a, source=a.name).deck) for a in ARTICLES if a.exists()}


def test_the_dev_articles_are_there():
    # CI lays shared/ beside the checkout; without it this pin would test the seed alone.
    assert len(ARTICLES) == 11, f"expected the seed and 10 dev articles under {DEV}"


def test_generated_decks_match_their_pins(decks):
    if os.environ.get("QUIZGEN_UPDATE_GOLDEN"):
        PINS.write_text(json.dumps({k: _digest(v) for k, v in sorted(decks.items())}, indent=2) + "\n")
    pins = json.loads(PINS.read_text())
    changed = sorted(k for k in decks if pins.get(k) != _digest(decks[k]))
    assert not changed, f"decks changed: {changed} (see this module's docstring)"
    assert set(pins) == set(decks)


def test_every_generated_deck_passes_the_strict_lint(decks):
    """The generator never writes what its own linter flags: `quizgen check --strict` passes."""
    from quizgen.deck.lint import lint_deck
    from quizgen.deck.read import parse_deck

    flagged = {name: [w.format(name) for w in lint_deck(parse_deck(text, name))] for name, text in decks.items()}
    assert {k: v for k, v in flagged.items() if v} == {}


def test_without_explain_the_decks_are_the_same(decks):
    """`quizgen generate` without --explain lets dropped candidates go and re-parses only the
    questions the selection would keep: the decks are byte-identical all the same."""
    from quizgen.deck.write import dump_deck
    from quizgen.generate.pipeline import generate_file

    lean = {a.name: dump_deck(generate_file(a, source=a.name, keep_dropped=False).deck) for a in ARTICLES if a.exists()}
    assert lean == decks
