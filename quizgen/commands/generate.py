"""`quizgen generate ARTICLE...`: write a deck of questions for each article."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `generate` subcommand."""
    p = sub.add_parser("generate", help="write a deck of questions from articles",
                       description="Generate a deck of questions from each article (.txt, .md, .html, a folder, or - for stdin).")
    p.add_argument("articles", nargs="+", metavar="ARTICLE",
                   help="article files (.txt, .md, .html), folders of them (README, SOURCES, LICENSE-like files "
                        "and lists or tables are skipped), or - to read one article from standard input")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="deck file (one article) or folder (several); default decks/<article>.yaml "
                        "(stdin: decks/<title>.yaml)")
    p.add_argument("--max", type=int, metavar="N", dest="limit",
                   help="at most N questions, remembered by the deck for the next run (0: no limit; "
                        "default: the deck's, else about one per sentence)")
    p.add_argument("--force", action="store_true", help="regenerate from scratch over an existing deck (keeps a .bak copy)")
    p.add_argument("--dry-run", action="store_true", help="print what would be written; change nothing")
    p.add_argument("--explain", action="store_true", help="list every dropped candidate with its rule and reason")
    p.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="articles generated at once, one process each (default: every core)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="generate on a Dask cluster (scheduler address, or 'local' for one on this machine); "
                        "needs pip install 'quizgen[dask]'")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Generate, then write (or merge into) each deck."""
    from quizgen.commands.deck_writer import WriteOptions, write_decks
    from quizgen.errors import QuizgenError

    if args.limit is not None and args.limit < 0:
        raise QuizgenError("--max must be 0 (no limit) or more")
    if args.jobs is not None and args.jobs < 1:
        raise QuizgenError("--jobs must be 1 or more")
    if args.dask and args.dask != "local" and args.jobs is not None:
        raise QuizgenError("--jobs is for local runs; on a Dask cluster the workers' own settings decide")
    opts = WriteOptions(output=args.output, limit=args.limit, force=args.force, dry_run=args.dry_run,
                        explain=args.explain, jobs=args.jobs, dask=args.dask)
    _, failures = write_decks(args.articles, opts)
    return 1 if failures else 0
