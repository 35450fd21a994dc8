"""The Dask worker's side: load the model once when a worker joins (imported only with --dask)."""

from __future__ import annotations

import asyncio
import threading

from distributed import WorkerPlugin

from quizgen.errors import QuizgenError
from quizgen.generate.batch import Job, run_job
from quizgen.generate.pipeline import Generation

_ONE_AT_A_TIME = threading.Lock()


class ModelPreload(WorkerPlugin):
    """Loads spaCy's model as each worker starts, so the first article does not wait for it and
    every later one reuses it (quizgen.generate.parse.load_model caches it per process)."""

    async def setup(self, worker) -> None:
        """Load the model in this worker process, off the worker's event loop (a load of a few
        seconds there would stall its heartbeats)."""
        await asyncio.to_thread(_load_model)


def _load_model() -> None:
    from quizgen.generate.parse import load_model

    with _ONE_AT_A_TIME:  # a task arriving meanwhile waits for this load instead of starting another
        load_model()


def run_one(job: Job) -> Generation | QuizgenError:
    """The task each worker runs: one article to its Generation. One at a time per process: the
    generator's caches are not made for threads (run workers with --nthreads 1 to use every core)."""
    with _ONE_AT_A_TIME:
        return run_job(job)
