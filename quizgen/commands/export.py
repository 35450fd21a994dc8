"""`quizgen export DECK... [-f FORMAT] [-o PATH]`: write decks as an Anki package or a classroom format."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `export` subcommand."""
    from quizgen.export import ALIASES, DEFAULT_FORMAT, FORMATS

    p = sub.add_parser(
        "export", help="write decks as an Anki package (.apkg) or GIFT, Aiken, TSV, Markdown, JSON",
        description="Write decks as an Anki package (the default) or a file for Moodle, Quizlet, print or other "
                    "programs. Several decks go into one file (Anki: subdecks quizgen::<title>).")
    p.add_argument("decks", nargs="*", metavar="DECK", help="deck .yaml files or folders (default: ./decks/*.yaml)")
    p.add_argument("-f", "--format", choices=[*FORMATS, *ALIASES], default=None, metavar="FORMAT",
                   help=f"apkg or anki (default), gift (Moodle), aiken (Moodle, multiple choice only), "
                        f"tsv (Anki text import), quizlet (plain question TAB answer), md (printable worksheet), "
                        f"json; default: from -o's extension, else {DEFAULT_FORMAT}")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="file to write (or an existing folder); default: beside the deck, DECK-STEM.EXT "
                        "(several decks: quizgen.EXT beside the first)")
    p.add_argument("--type-in", action="store_true",
                   help="apkg: fill-in questions become type-the-answer cards instead of cloze cards")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the decks, render the chosen format and write it atomically; print what was written."""
    from pathlib import Path

    from quizgen.atomic import atomic_write_bytes
    from quizgen.errors import QuizgenError
    from quizgen.export import ExportOptions, format_for_output
    from quizgen.export.summary import left_out, keep_types, summary_line
    from quizgen.paths import decks_or_default

    paths = decks_or_default(args.decks)
    if args.output and Path(args.output).resolve() in {p.resolve() for p in paths}:
        raise QuizgenError(f"refusing to overwrite the deck {args.output} with the export; choose another -o path")
    fmt = format_for_output(args.output, args.format)  # a wrong name fails before any deck is read
    decks = [_load(p) for p in paths]
    if args.type_in and fmt.name != "apkg":
        print(f"quizgen: warning: --type-in only changes Anki packages; ignored for {fmt.name}", file=sys.stderr)
    skipped = left_out(decks, fmt.types)
    if skipped:
        names = ", ".join(f"{q.id} ({label})" for q, label in skipped)
        print(f"quizgen: warning: {fmt.name} holds only {' and '.join(t.replace('_', ' ') for t in fmt.types)} "
              f"questions; left out {len(skipped)}: {names}", file=sys.stderr)
    decks = keep_types(decks, fmt.types)
    if not any(d.questions for d in decks):
        raise QuizgenError(f"nothing to export: no questions a {fmt.name} file can hold in {', '.join(map(str, paths))}")
    out = Path(args.output) if args.output else None
    stem = paths[0].name.removesuffix(paths[0].suffix) if len(paths) == 1 else "quizgen"
    if out is None:
        out = paths[0].parent / f"{stem}{fmt.extension}"
    elif out.is_dir():
        out = out / f"{stem}{fmt.extension}"
    if out.resolve() in {p.resolve() for p in paths}:
        raise QuizgenError(f"refusing to overwrite the deck {out} with the export; choose another -o path")
    data = fmt.render(decks, ExportOptions(type_in=args.type_in, replacing=out))
    atomic_write_bytes(out, data)
    print(summary_line(decks, fmt.unit, out))
    return 0


def _load(path):  # noqa: ANN001, ANN202 - a Path in, a Deck out
    """Load a deck; a broken one fails with its first problem and a pointer to `quizgen check`."""
    from quizgen.deck.model import load_deck
    from quizgen.errors import DeckError, QuizgenError

    try:
        return load_deck(path)
    except DeckError as e:
        more = len(e.problems) - 1
        hint = f"; {more} more problem{'s' if more != 1 else ''}" if more else ""
        raise QuizgenError(f"{e.message} (nothing exported{hint}; run 'quizgen check {path}')", e.path, e.line) from None
