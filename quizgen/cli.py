"""The `quizgen` command line: parses arguments and runs a subcommand; errors become one line."""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading

from quizgen import __version__
from quizgen.atomic import Terminated, stop_requested
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


def _on_sigterm(signum: int, frame: object) -> None:
    stop_requested.append(Terminated)
    raise Terminated


def _on_sigint(signum: int, frame: object) -> None:
    stop_requested.append(KeyboardInterrupt)
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 input/work problem, 2 usage)."""
    raw = sys.argv[1:] if argv is None else argv
    if raw and raw[0].startswith("-") and raw[0] not in ("-h", "--help", "--version"):
        # Options with no subcommand belong to the quiz: `quizgen --type fill_in`.
        raw = ["quiz", *raw]
    if threading.current_thread() is not threading.main_thread():
        return _main(raw)
    stop_requested.clear()
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    # Only where Python's own Ctrl-C handler is in place (not where SIGINT is ignored).
    previous_int = signal.signal(signal.SIGINT, _on_sigint) if signal.getsignal(signal.SIGINT) is signal.default_int_handler else None
    try:
        code = _main(raw)
        if stop_requested and argv is None:
            # A stop that landed mid-import can leave a library complaining while the interpreter
            # shuts down ('Exception ignored in ...'): the user asked to stop and has had their line.
            sys.stderr.flush()
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())
        return code
    finally:
        signal.signal(signal.SIGTERM, previous)
        if previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)


def _main(raw: list[str]) -> int:
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
    except (KeyboardInterrupt, Terminated) as e:
        return _stopped(type(e))
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); silence the flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as e:  # noqa: BLE001 - a user never sees a traceback
        if stop_requested:
            # The signal's exception was turned into another one inside a library (seen under load:
            # a TypeError from C code interrupted mid-import); the user asked to stop, and that is what happened.
            return _stopped(stop_requested[0])
        if os.environ.get("QUIZGEN_DEBUG"):
            raise
        print(shown(f"quizgen: internal error: {type(e).__name__}: {e}") + " (set QUIZGEN_DEBUG=1 for details and please report it)",
              file=sys.stderr)
        return 1


def _stopped(kind: type[BaseException]) -> int:
    """The one line and exit code for a Ctrl-C (130) or SIGTERM (143)."""
    word, code = ("terminated", 143) if kind is Terminated else ("interrupted", 130)
    print(f"quizgen: {word}; nothing half-written was left behind", file=sys.stderr)
    return code
