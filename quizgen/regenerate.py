"""What `generate` does when its output deck already exists (until merging lands: refuse or force)."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from quizgen.deck import Deck
from quizgen.errors import QuizgenError


def merge_or_refuse(out: Path, deck: Deck, args: argparse.Namespace) -> None:
    """Refuse to overwrite a deck that may hold a teacher's edits."""
    raise QuizgenError("already exists and may hold your edits; use --force to regenerate it from scratch "
                       "(a .bak copy is kept) or -o to write elsewhere", out)


def force_backup(out: Path, deck: Deck) -> Path:
    """Keep `out` as `out.bak` before it is regenerated from scratch."""
    bak = out.with_name(out.name + ".bak")
    try:
        shutil.copy2(out, bak)
    except OSError as e:
        raise QuizgenError(f"cannot keep a backup copy at {bak}: {e.strerror}", out) from None
    return bak
