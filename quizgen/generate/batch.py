"""Generating many articles at once: one worker process per core, results in input order.

Workers only read and generate; the calling process writes every deck, so merging, backups and
messages stay in one place and in the order the articles were given.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from quizgen.errors import QuizgenError
from quizgen.generate.pipeline import Generation, generate_file, generate_text


PARENT_CHECK_SECONDS = 0.5


@dataclass
class Job:
    """One article to generate, with the deck's name for its source."""

    article: Path
    source: str
    limit: int | None = None
    explain: bool = False  # keep the dropped candidates, to list them
    data: bytes | None = None  # the article's bytes, read by the client (Dask workers read no files)


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def generate_all(jobs: list[Job], workers: int) -> Iterator[Generation | QuizgenError]:
    """Each job's Generation (or the QuizgenError it raised), in the order of `jobs`."""
    workers = max(1, min(workers, len(jobs)))
    if workers == 1 or any(str(j.article) == "-" for j in jobs):
        for job in jobs:
            yield run_job(job)
        return
    import multiprocessing

    from quizgen.generate.parse import load_model

    # Loaded once, before the fork: every worker starts with the model already in (shared) memory.
    load_model()
    _warm()
    # Out of the collector's sight: a worker's full collection would otherwise write to every
    # object of the model (their collector headers) and so copy the pages it shares with the parent.
    gc.freeze()
    # Ctrl-C is held while the workers fork: one arriving mid-fork would be swallowed by an at-fork
    # hook ("Exception ignored") and the run would go on; held, it is delivered just after.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(os.getpid(),))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        gc.unfreeze()  # the workers keep theirs frozen; the parent's own garbage is collected as before
    try:
        # The longest articles first, so that no worker is left with a long one at the end while
        # the other waits; the results are still given in the order of `jobs`.
        order = sorted(range(len(jobs)), key=lambda i: -_size(jobs[i]))
        done: dict[int, Generation | QuizgenError] = {}
        results = pool.imap_unordered(_run_indexed, [(i, jobs[i]) for i in order])
        for i in range(len(jobs)):
            while i not in done:
                k, result = next(results)
                done[k] = result
            yield done.pop(i)
        pool.close()
    finally:
        # On Ctrl-C (or any error) the workers are stopped at once, not left to finish an article.
        pool.terminate()
        pool.join()


def _warm() -> None:
    """What every article needs besides the model, loaded once before the fork (shared by the
    workers, not made again by each): the generator's modules and the gazetteer's tables."""
    import quizgen.generate.ask.rules  # noqa: F401 - imported for its side effect: loaded once
    import quizgen.generate.vet.gate  # noqa: F401
    from quizgen.generate.resolve.gazetteer import place_kind

    place_kind("Paris")  # a city: reads the alias, country, state and city tables


def _start_worker(parent: int) -> None:
    # Ctrl-C is the parent's to handle: a worker interrupted mid-article would print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM (the parent's pool.terminate(), or a kill of the whole group) ends a worker at once,
    # silently: the parent's handler, inherited through fork, would unwind it with a traceback.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})  # held while forking
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="quizgen-parent-watch").start()


def _exit_with(parent: int) -> None:
    """End this worker once its parent is gone (killed with -9, say): no orphan runs on alone."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _size(job: Job) -> int:
    """An article's size in bytes, to share the work out (0 when it cannot be known)."""
    if job.data is not None:
        return len(job.data)
    try:
        return os.stat(job.article).st_size
    except OSError:
        return 0


def _run_indexed(item: tuple[int, Job]) -> tuple[int, Generation | QuizgenError]:
    return item[0], run_job(item[1])


def run_job(job: Job) -> Generation | QuizgenError:
    """Generate one job's deck; a QuizgenError is returned (plain, so that it pickles), not raised."""
    try:
        if job.data is not None:
            name = "stdin" if str(job.article) == "-" else str(job.article)
            return generate_text(job.data, name, source=job.source, limit=job.limit,
                                 keep_dropped=job.explain)
        return generate_file(job.article, job.limit, source=job.source, keep_dropped=job.explain)
    except QuizgenError as e:
        # A plain error crosses the process boundary intact (subclasses may not pickle).
        return QuizgenError(e.message, e.path, e.line)
