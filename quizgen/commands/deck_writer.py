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
        _check_outputs(outputs, _names_file(opts.output))
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
    folder = _output_folder(opts.output)
    out = Path(opts.output) if opts.output and folder is None else \
        (folder or DEFAULT_FOLDER) / f"{slugify(article.title)}.yaml"
    if not opts.dry_run:
        _check_outputs([out], _names_file(opts.output))
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
    folder = _output_folder(output) or DEFAULT_FOLDER
    if _names_file(output):
        if len(articles) == 1:
            return [Path(output)]
        raise QuizgenError(f"-o {output}: with several articles, -o must be a folder (end it with / to create it)")
    # Articles with one name (a/index.html, b/index.html) get one deck each, named like their ids.
    from collections import Counter

    from quizgen.deck.model import source_id

    counts = Counter(a.stem.casefold() for a in articles)
    return [folder / (f"{source_id(source_for(a, folder / a.name))}.yaml" if counts[a.stem.casefold()] > 1
                      else f"{a.stem}.yaml") for a in articles]


def _output_folder(output: str | None) -> Path | None:
    """The folder -o names (an existing one, or one written with a trailing '/'), if it names one."""
    from quizgen.atomic import output_folder

    return output_folder(output) if output else None


def _names_file(output: str | None) -> bool:
    """-o names the deck file itself (not a folder)."""
    return bool(output) and _output_folder(output) is None


def _check_outputs(outputs: list[Path], named: bool) -> None:
    """Fail before the slow part when a deck could not be written (decks/, or a folder named with a
    trailing '/', is made when missing; `named`: -o named the deck file itself)."""
    from quizgen.atomic import check_writable

    for out in outputs:
        if out.parent.exists() or named:
            check_writable(out)
        elif not os.access(_existing_parent(out.parent), os.W_OK | os.X_OK):
            raise QuizgenError(f"cannot create folder {out.parent}: Permission denied (use -o to write elsewhere)")


def _existing_parent(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


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
    from quizgen.atomic import Changed, atomic_write_bytes, folder_lock, make_folder, target
    from quizgen.deck.merge import new_deck
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
    if not out.exists() and not out.is_symlink():
        if opts.dry_run:
            print(shown(f"# would write {out}: {deck.summary()}"), file=sys.stderr)
            sys.stdout.write(dump_deck(new_deck(deck, limit)))
            return
        if not out.parent.exists():
            if _names_file(opts.output):
                raise QuizgenError(f"folder {out.parent} does not exist (create it first)", out)
            make_folder(out.parent)
    where = target(out)  # a symlink's target; refuses a read-only deck, a block device, a socket
    if where.stream:
        # A FIFO or device (/dev/stdout): the deck is written into it, with nothing to merge.
        if not opts.dry_run:
            atomic_write_bytes(where.path, dump_deck(new_deck(deck, limit)).encode("utf-8"))
        print(shown(f"{'# would write' if opts.dry_run else 'wrote'} {out}: {deck.summary()}"), file=sys.stderr)
        return
    # One process at a time reads, merges and replaces a deck in this folder; a save by an editor
    # meanwhile is caught just before the replace, and the merge is done again on what it saved.
    with folder_lock(where.path.parent):
        for attempt in range(1, 4):
            try:
                details, summary = _write_once(gen, where.path, limit, opts)
                break
            except Changed:
                if attempt == 3:
                    raise
    for line in details:
        print(shown(line), file=sys.stderr)
    print(shown(summary))


def _write_once(gen, out: Path, limit: int | None, opts: WriteOptions) -> tuple[list[str], str]:
    """One try at writing `out` (a regular file or none yet): (detail lines, summary line)."""
    from quizgen.atomic import ABSENT
    from quizgen.deck.merge import merge_deck_file, write_new_deck
    from quizgen.deck.merge_force import apply_force, plan_force

    deck = gen.deck
    if out.exists() and not opts.force:
        # Merging keeps every byte a teacher wrote and appends only new facts.
        report = merge_deck_file(out, deck, gen.article.body if gen.article else "", opts.dry_run, limit)
        return report.details(), report.summary()
    if out.exists():
        plan = plan_force(out, deck, opts.dry_run, limit)
        if not opts.dry_run:
            apply_force(plan, deck)
        return plan.losses(), plan.summary()
    write_new_deck(out, deck, limit, expect=ABSENT)  # another run that created it meanwhile: merge instead
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
