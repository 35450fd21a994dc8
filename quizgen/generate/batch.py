"""Generating many articles at once: one worker process per core, results in input order.

Workers only read and generate; the calling process writes every deck, so merging, backups and
messages stay in one place and in the order the articles were given.
"""

from __future__ import annotations

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
    # Ctrl-C is held while the workers fork: one arriving mid-fork would be swallowed by an at-fork
    # hook ("Exception ignored") and the run would go on; held, it is delivered just after.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(os.getpid(),))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    try:
        yield from pool.imap(run_job, jobs)
        pool.close()
    finally:
        # On Ctrl-C (or any error) the workers are stopped at once, not left to finish an article.
        pool.terminate()
        pool.join()


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
