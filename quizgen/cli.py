"""The `quizgen` command line: parses arguments and runs a subcommand; errors become one line."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from quizgen import __version__
from quizgen.errors import QuizgenError
from quizgen.wording import shown

# Each subcommand lives in quizgen/commands/<name>.py with register(subparsers) and imports its
# heavy dependencies (spaCy, Textual, genanki) inside run(), so --help and check stay light.
COMMANDS = ("generate", "quiz", "check", "export", "review", "stats", "progress", "schema")  # as in the README


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {shown(message)} (see '{self.prog} --help')\n")
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand registered."""
    parser = _Parser(prog="quizgen", description="Turn articles into quizzes: generate, take, check and export decks.")
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"quizgen.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 input/work problem, 2 usage)."""
    raw = sys.argv[1:] if argv is None else argv
    if raw and raw[0].startswith("-") and raw[0] not in ("-h", "--help", "--version"):
        # Options with no subcommand belong to the quiz: `quizgen --type fill_in`.
        raw = ["quiz", *raw]
    try:
        # Inside the try: a Ctrl-C while the subcommands load is still one line, not a traceback.
        parser = build_parser()
        args = parser.parse_args(raw)
        if not getattr(args, "func", None):
            # No subcommand: the quiz app's deck picker is the home screen.
            args = parser.parse_args(["quiz"])
        return int(args.func(args) or 0)
    except QuizgenError as e:
        print(shown(f"quizgen: {e}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("quizgen: interrupted; nothing half-written was left behind", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); silence the flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as e:  # noqa: BLE001 - a user never sees a traceback
        if os.environ.get("QUIZGEN_DEBUG"):
            raise
        print(shown(f"quizgen: internal error: {type(e).__name__}: {e}") + " (set QUIZGEN_DEBUG=1 for details and please report it)",
              file=sys.stderr)
        return 1
