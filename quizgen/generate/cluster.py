"""Generating on a Dask cluster (`generate --dask ADDRESS|local`): the same pure function per article.

The client reads every article and sends its bytes, so workers need quizgen and the model but no
access to the client's files; each worker loads the model once (ModelPreload, then the cached
loader). Results come back as they finish and the client writes them, through the same code as a
local run. Dask is an optional extra: nothing here is imported unless --dask is given.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

from quizgen.errors import QuizgenError
from quizgen.generate.batch import Job

if TYPE_CHECKING:
    from quizgen.generate.pipeline import Generation

EXTRA_HINT = "pip install 'quizgen[dask]'"
CONNECT_TIMEOUT = "5s"
IN_FLIGHT_PER_THREAD = 2  # articles sent ahead per worker thread: busy workers, bounded client memory


def import_distributed():
    """dask.distributed, or a one-line error naming the extra that installs it."""
    try:
        import distributed
    except ImportError:
        raise QuizgenError(f"--dask needs Dask, an optional extra: {EXTRA_HINT}") from None
    return distributed


def generate_on_dask(jobs: list[Job], address: str, workers: int) -> Iterator[tuple[int, "Generation | QuizgenError"]]:
    """(index in `jobs`, its Generation or QuizgenError) for each job, in the order they finish.

    `address` is a scheduler's (tcp://host:8786) or 'local' for a LocalCluster of `workers`
    single-threaded processes on this machine."""
    distributed = import_distributed()
    from quizgen.generate.cluster_worker import ModelPreload, run_one

    cluster = None
    if address == "local":
        # No more workers than articles: each one loads the model.
        cluster = distributed.LocalCluster(n_workers=max(1, min(workers, len(jobs))), threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
    try:
        try:
            client = distributed.Client(cluster or address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as e:
            raise QuizgenError(f"--dask {address}: cannot reach the Dask scheduler ({e})") from None
        with client:
            client.register_plugin(ModelPreload(), name="quizgen-model")
            yield from _map(client, distributed, jobs, run_one)
    finally:
        if cluster is not None:
            cluster.close()


def _map(client, distributed, jobs: list[Job], task) -> Iterator[tuple[int, "Generation | QuizgenError"]]:
    """Submit a bounded window of jobs, refilled as results arrive (a million articles never sit
    in the client's memory at once)."""
    from quizgen.generate.read.reader import read_bytes

    window = max(2, IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()))
    todo = iter(enumerate(jobs))
    where: dict[str, int] = {}
    done = distributed.as_completed()

    def refill() -> Iterator[tuple[int, QuizgenError]]:
        while len(where) < window:
            item = next(todo, None)
            if item is None:
                return
            i, job = item
            try:
                data, _ = read_bytes(job.article)
            except QuizgenError as e:
                yield i, e
                continue
            future = client.submit(task, replace(job, data=data), pure=False)
            where[future.key] = i
            done.add(future)

    yield from refill()
    for future in done:
        i = where.pop(future.key)
        try:
            result = future.result()
        except Exception as e:  # noqa: BLE001 - a lost worker or a bug there: this article fails, one line
            result = QuizgenError(f"the Dask worker failed: {type(e).__name__}: {e}", jobs[i].article)
        future.release()
        yield i, result
        yield from refill()
