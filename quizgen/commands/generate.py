"""`quizgen generate ARTICLE...`: write a deck of questions for each article."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.commands import whole_number
from quizgen.wording import shown


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `generate` subcommand."""
    p = sub.add_parser("generate", help="write a deck of questions from articles",
                       description="Generate a deck of questions from each article (.txt, .md, .html, a folder, or - for stdin).")
    p.add_argument("articles", nargs="+", metavar="ARTICLE")
    p.add_argument("-o", "--output", metavar="PATH", help="deck file (one article) or folder (several); default decks/<article>.yaml")
    p.add_argument("--max", type=whole_number(0), metavar="N", dest="limit",
                   help="at most N questions (default or 0: about one per sentence, no fixed limit)")
    p.add_argument("--force", action="store_true", help="regenerate from scratch over an existing deck (keeps a .bak copy)")
    p.add_argument("--dry-run", action="store_true", help="print what would be written; change nothing")
    p.add_argument("--explain", action="store_true", help="list every dropped candidate with its rule and reason")
    p.add_argument("-j", "--jobs", type=whole_number(1), metavar="N",
                   help="articles generated at once, one process each (default: every core)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="generate on a Dask cluster (scheduler address, or 'local' for one on this machine); "
                        "needs pip install 'quizgen[dask]'")
    p.set_defaults(func=run)


def _outputs(articles: list[Path], output: str | None) -> list[Path]:
    from quizgen.atomic import output_folder
    from quizgen.errors import QuizgenError

    def stem(a: Path) -> str:
        return "stdin" if str(a) == "-" else a.stem

    folder = output_folder(output) if output else Path("decks")
    if output and folder is None:
        if len(articles) == 1:
            return [Path(output)]
        raise QuizgenError(f"-o {output}: with several articles, -o must be a folder (end it with / to create it)")
    # Articles with one name (a/index.html, b/index.html) get one deck each, named like their ids.
    from collections import Counter

    from quizgen.deck.model import source_id

    counts = Counter(stem(a).casefold() for a in articles)
    return [folder / (f"{source_id(_source_name(a))}.yaml" if counts[stem(a).casefold()] > 1 else f"{stem(a)}.yaml")
            for a in articles]


def _check_outputs(outputs: list[Path], named: bool) -> None:
    """Fail before the slow part when a deck could not be written (decks/, or a folder named with a
    trailing '/', is made when missing; `named`: -o named the deck file itself)."""
    import os

    from quizgen.atomic import check_writable
    from quizgen.errors import QuizgenError

    for out in outputs:
        if out.parent.exists() or named:
            check_writable(out)
        elif not os.access(_existing_parent(out.parent), os.W_OK | os.X_OK):
            raise QuizgenError(f"cannot create folder {out.parent}: Permission denied (use -o to write elsewhere)")


def _names_file(output: str | None) -> bool:
    from quizgen.atomic import output_folder

    return bool(output) and output_folder(output) is None


def _existing_parent(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def run(args: argparse.Namespace) -> int:
    """Generate, then write (or merge into) each deck."""
    from quizgen.errors import QuizgenError
    from quizgen.paths import expand_articles

    articles = expand_articles(args.articles)
    outputs = _outputs(articles, args.output)
    if not args.dry_run:
        _check_outputs(outputs, _names_file(args.output))
    from quizgen.generate.batch import Job, available_cores, generate_all
    from quizgen.commands.progress_bar import Progress

    if args.dask and args.dask != "local" and args.jobs is not None:
        raise QuizgenError("--jobs is for local runs; on a Dask cluster the workers' own settings decide")
    failures = 0
    bar = Progress(len(articles), enabled=len(articles) > 1)
    jobs = [Job(a, _source_name(a), args.limit or None, args.explain) for a in articles]
    workers = args.jobs or available_cores()
    if args.dask:
        from quizgen.generate.cluster import generate_on_dask

        # Decks are written as they arrive, each through the same code as a local run.
        results = generate_on_dask(jobs, args.dask, workers)
    else:
        results = enumerate(generate_all(jobs, workers))
    for i, gen in results:
        article, out = articles[i], outputs[i]
        bar.step(str(article))
        try:
            if isinstance(gen, QuizgenError):
                raise gen
            if args.explain:
                _explain(gen, article)  # before the error below: it is where --explain is suggested
            if not gen.deck.questions:
                raise QuizgenError("no questions could be made from this article"
                                   + ("" if args.explain else
                                      " (run with --explain to see why each candidate was dropped)"), article)
            _write(gen, out, args)
        except QuizgenError as e:
            if len(articles) == 1:
                raise
            bar.clear()
            print(shown(f"quizgen: {e}"), file=sys.stderr)
            failures += 1
    bar.clear()
    return 1 if failures else 0


def _source_name(article: Path) -> str:
    """The article's path as the deck names it: relative to the current folder when possible,
    so a project folder can move."""
    import os

    if str(article) == "-":
        return "-"
    try:
        return os.path.relpath(article.resolve(), Path.cwd().resolve()).replace(os.sep, "/")
    except ValueError:
        return str(article)


def _write(gen, out: Path, args: argparse.Namespace) -> None:
    """Write a new deck, merge into an existing one, or (--force) regenerate it with a backup."""
    from quizgen.atomic import Changed, atomic_write_bytes, folder_lock, make_folder, target
    from quizgen.deck.write import dump_deck
    from quizgen.errors import QuizgenError

    deck = gen.deck
    if out.is_dir():
        raise QuizgenError("is a directory; give a deck file path with -o", out)
    if not out.exists() and not out.is_symlink():
        if args.dry_run:
            print(shown(f"# would write {out}: {deck.summary()}"), file=sys.stderr)
            sys.stdout.write(dump_deck(deck))
            return
        if not out.parent.exists():
            if _names_file(args.output):
                raise QuizgenError(f"folder {out.parent} does not exist (create it first)", out)
            make_folder(out.parent)
    where = target(out)  # a symlink's target; refuses a read-only deck, a block device, a socket
    if where.stream:
        # A FIFO or device (/dev/stdout): the deck is written into it, with nothing to merge or record.
        if not args.dry_run:
            atomic_write_bytes(where.path, dump_deck(deck).encode("utf-8"))
        print(shown(f"{'# would write' if args.dry_run else 'wrote'} {out}: {deck.summary()}"), file=sys.stderr)
        return
    # One process at a time reads, merges and replaces a deck in this folder; a save by an editor
    # meanwhile is caught just before the replace, and the merge is done again on what it saved.
    with folder_lock(where.path.parent):
        for attempt in range(1, 4):
            try:
                details, summary = _write_once(gen, where.path, args)
                break
            except Changed:
                if attempt == 3:
                    raise
    for line in details:
        print(shown(line), file=sys.stderr)
    print(shown(summary))


def _write_once(gen, out: Path, args: argparse.Namespace) -> tuple[list[str], str]:
    """One try at writing `out` (a regular file or none yet): (detail lines, summary line)."""
    from quizgen.atomic import ABSENT
    from quizgen.deck.merge import merge_deck_file, write_new_deck
    from quizgen.deck.merge_force import apply_force, plan_force

    deck = gen.deck
    if out.exists() and not args.force:
        # Merging keeps every byte a teacher wrote and appends only new facts.
        report = merge_deck_file(out, deck, gen.article.body if gen.article else "", dry_run=args.dry_run)
        return report.details(), report.summary()
    if out.exists():
        plan = plan_force(out, deck, dry_run=args.dry_run)
        if not args.dry_run:
            apply_force(plan, deck)
        return plan.losses(), plan.summary()
    write_new_deck(out, deck, expect=ABSENT)  # another run that created it meanwhile: merge instead
    return [], f"wrote {out}: {deck.summary()}"


def _explain(gen, article: Path) -> None:
    """Every candidate not asked, with the rule (or step) and the named reason: two lines each."""
    from quizgen.generate.candidate import Skip

    print(shown(f"# {article}: {len(gen.deck.questions)} kept, {len(gen.dropped)} dropped"), file=sys.stderr)
    for c in gen.dropped:
        # A refusal came before any question was made: it shows what the rule looked at ("-" for no type).
        type_, text = ("-", c.what) if isinstance(c, Skip) else (c.type, c.prompt)
        what = shown(f"{type_} '{text[:80]}'" + (f" -> {c.answer}" if c.answer != "" else ""))
        print(f"  [{c.rule}] sentence {c.sentence_index + 1}: {what}\n      dropped: {c.dropped}", file=sys.stderr)
