"""`quizgen quiz`: not built yet."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `quiz` subcommand."""
    p = sub.add_parser("quiz", help="(coming soon)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Not built yet."""
    from quizgen.errors import QuizgenError

    raise QuizgenError("'quiz' is not built yet")
