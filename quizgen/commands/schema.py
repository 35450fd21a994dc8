"""`quizgen schema`: print the deck format's JSON Schema."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `schema` subcommand."""
    p = sub.add_parser("schema", help="print the deck JSON Schema", description="Print the JSON Schema (draft-07) of the deck format.")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema."""
    from quizgen.deck.write import schema_text

    print(schema_text(), end="")
    return 0
