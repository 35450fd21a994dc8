"""`quizgen progress`: not built yet."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `progress` subcommand."""
    p = sub.add_parser("progress", help="(coming soon)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not built yet."""
    from quizgen.errors import QuizgenError

    raise QuizgenError("'progress' is not built yet")
