"""Generate-or-merge `decks/<article>.yaml`: the one route from articles to deck files.

`quizgen generate` and `quizgen quiz ARTICLE` both call `write_decks`, so an article's deck is the
same file, merged the same way (a teacher's edits and deletions kept), whichever command made it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.paths import DEFAULT_DECKS as DEFAULT_FOLDER
from quizgen.wording import shown


@dataclass(frozen=True)
class WriteOptions:
    """How `write_decks` writes: where, how many questions, and what it may replace."""

    output: str | None = None
    limit: int | None = None  # --max: None = as the deck remembers, 0 = no limit
    force: bool = False
    dry_run: bool = False
    explain: bool = False
    jobs: int | None = None
    dask: str | None = None  # a Dask scheduler's address, or "local"


def write_decks(names: list[str], opts: WriteOptions) -> tuple[list[Path], int]:
    """Generate each article and write (or merge into) its deck; the decks written and the failures.

    With one article a failure is raised; with several, each is printed and counted.
    """
    from quizgen.paths import expand_articles

    skipped: list[tuple[Path, str]] = []
    articles = expand_articles(names, skipped)
    for path, why in skipped:
        print(shown(f"quizgen: skipped {path}: {why}"), file=sys.stderr)
    if articles == [Path("-")]:
        return [_write_stdin(opts)], 0
    outputs = _outputs(articles, opts.output)
    if not opts.dry_run:
        _check_outputs(outputs, bool(opts.output))
    from quizgen.commands.progress_bar import Progress
    from quizgen.generate.batch import Job, available_cores, generate_all

    limits = [_limit(out, opts.limit) for out in outputs]
    jobs = [Job(a, source_for(a, out), limit, opts.explain) for a, out, limit in zip(articles, outputs, limits)]
    workers = opts.jobs or available_cores()
    if opts.dask:
        from quizgen.generate.cluster import generate_on_dask

        # Decks are written as they arrive, each through the same code as a local run.
        results = generate_on_dask(jobs, opts.dask, workers)
    else:
        results = enumerate(generate_all(jobs, workers))
    bar = Progress(len(articles), enabled=len(articles) > 1)
    written, failures = [], 0
    for i, gen in results:
        article, out, limit = articles[i], outputs[i], limits[i]
        bar.step(str(article))
        try:
            if isinstance(gen, QuizgenError):
                raise gen
            _write(gen, article, out, limit, opts)
            written.append(out)
        except QuizgenError as e:
            if len(articles) == 1:
                raise
            bar.clear()
            print(shown(f"quizgen: {e}"), file=sys.stderr)
            failures += 1
    bar.clear()
    return written, failures


def _write_stdin(opts: WriteOptions) -> Path:
    """An article on standard input: its deck is named after its title, and never merged into another article's."""
    from quizgen.deck.model import load_deck, slugify
    from quizgen.generate.pipeline import generate_article
    from quizgen.generate.read.reader import read_article

    article = read_article("-")
    out = Path(opts.output) if opts.output and not Path(opts.output).is_dir() else \
        Path(opts.output or DEFAULT_FOLDER) / f"{slugify(article.title)}.yaml"
    if not opts.dry_run:
        _check_outputs([out], bool(opts.output))
    if out.is_file() and not opts.force:
        title = load_deck(out).title
        if " ".join(title.split()).casefold() != " ".join(article.title.split()).casefold():
            raise QuizgenError(f"this deck is for '{title}', not for the article on standard input "
                               f"('{article.title}'); write it elsewhere with -o, or replace it with --force", out)
    limit = _limit(out, opts.limit)
    gen = generate_article(article, source=None, limit=limit, keep_dropped=opts.explain)
    _write(gen, Path("-"), out, limit, opts)
    return out


def _outputs(articles: list[Path], output: str | None) -> list[Path]:
    """Each article's deck file: decks/<article>.yaml, or -o's file or folder."""
    if output and len(articles) == 1 and not Path(output).is_dir():
        return [Path(output)]
    folder = Path(output) if output else DEFAULT_FOLDER
    if output and not folder.is_dir():
        raise QuizgenError(f"-o {output}: with several articles, -o must be an existing folder")
    # Articles with one name (a/index.html, b/index.html) get one deck each, named like their ids.
    from collections import Counter

    from quizgen.deck.model import source_id

    counts = Counter(a.stem.casefold() for a in articles)
    return [folder / (f"{source_id(source_for(a, folder / a.name))}.yaml" if counts[a.stem.casefold()] > 1
                      else f"{a.stem}.yaml") for a in articles]


def _check_outputs(outputs: list[Path], named: bool) -> None:
    """Fail before the slow part when a deck could not be written (decks/ is made when missing)."""
    from quizgen.atomic import check_writable

    for out in outputs:
        if out.parent.exists() or named:
            check_writable(out)
        elif not os.access(".", os.W_OK | os.X_OK):
            raise QuizgenError(f"cannot create folder {out.parent}: Permission denied (use -o to write elsewhere)")


def _limit(out: Path, given: int | None) -> int | None:
    """The --max in effect: the one given (0 = none), else the one the deck remembers (said on stderr)."""
    if given is not None:
        return given or None
    if not out.is_file():
        return None
    from quizgen.deck.model import load_deck

    try:
        record = load_deck(out).record
    except QuizgenError:
        return None  # the merge reports what is wrong with the deck
    if record is not None and record.max:
        print(shown(f"quizgen: {out}: at most {record.max} questions, as this deck remembers "
                    "(--max N to change it, --max 0 for no limit)"), file=sys.stderr)
        return record.max
    return None


def source_for(article: Path, deck: Path) -> str:
    """How a deck names its article: relative to the deck's folder when both are in this project
    (the current folder), so the project can move; otherwise the absolute path."""
    target, folder, project = article.resolve(), deck.parent.resolve(), Path.cwd().resolve()
    if target.is_relative_to(project) and folder.is_relative_to(project):
        return os.path.relpath(target, folder).replace(os.sep, "/")
    return target.as_posix()


def _write(gen, article: Path, out: Path, limit: int | None, opts: WriteOptions) -> None:
    """Write a new deck, merge into an existing one, or (--force) regenerate it with a backup."""
    from quizgen.deck.merge import merge_deck_file, write_new_deck
    from quizgen.deck.merge_force import apply_force, plan_force
    from quizgen.deck.write import dump_deck

    if opts.explain:
        _explain(gen, article)  # before the error below: it is where --explain is suggested
    deck = gen.deck
    if not deck.questions:
        raise QuizgenError("no questions could be made from this article"
                           + ("" if opts.explain else " (run with --explain to see why each candidate was dropped)"),
                           article)
    if out.is_dir():
        raise QuizgenError("is a directory; give a deck file path with -o", out)
    if out.exists() and not opts.force:
        # Merging keeps every byte a teacher wrote and appends only new facts.
        report = merge_deck_file(out, deck, gen.article.body if gen.article else "", opts.dry_run, limit)
        for line in report.details():
            print(shown(line), file=sys.stderr)
        print(shown(report.summary()))
        return
    if out.exists():
        plan = plan_force(out, deck, opts.dry_run, limit)
        for line in plan.losses():
            print(shown(line), file=sys.stderr)
        if not opts.dry_run:
            apply_force(plan, deck)
        print(shown(plan.summary()))
        return
    if opts.dry_run:
        from quizgen.deck.merge import new_deck

        print(shown(f"# would write {out}: {deck.summary()}"), file=sys.stderr)
        sys.stdout.write(dump_deck(new_deck(deck, limit)))
        return
    if not out.parent.exists():
        if opts.output:
            raise QuizgenError(f"folder {out.parent} does not exist (create it first)", out)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise QuizgenError(f"cannot create folder {out.parent}: {e.strerror}", out) from None
    write_new_deck(out, deck, limit)
    print(shown(f"wrote {out}: {deck.summary()}"))


def _explain(gen, article: Path) -> None:
    """Every candidate not asked, with the rule (or step) and the named reason: two lines each."""
    from quizgen.generate.candidate import Skip

    print(shown(f"# {article}: {len(gen.deck.questions)} kept, {len(gen.dropped)} dropped"), file=sys.stderr)
    for c in gen.dropped:
        # A refusal came before any question was made: it shows what the rule looked at ("-" for no type).
        type_, text = ("-", c.what) if isinstance(c, Skip) else (c.type, c.prompt)
        what = shown(f"{type_} '{text[:80]}'" + (f" -> {c.answer}" if c.answer != "" else ""))
        print(f"  [{c.rule}] sentence {c.sentence_index + 1}: {what}\n      dropped: {c.dropped}", file=sys.stderr)
