"""Benchmark: the quiz app on a 5,000-question deck against the seed deck (16-odd questions), same run, with Pilot.

Usage: python bench/quiz_app.py [--questions N] [--asked K] [--decks D] [--runs R] [--no-progress]

The big deck is the seed deck's questions repeated with new ids (same mix of types), written to
a YAML file. Each run is a fresh process, as `quizgen quiz DECK` is: it loads the deck with
`load_deck`, opens a QuizApp (no shuffle; answers saved to a temporary progress store unless
--no-progress) and drives it headless with Textual's Pilot at 100×30:
  - first question: from entering `run_test()` to the first question card mounted;
  - per key: the mean cost of one `pilot.press` (the key handled and the app idle again) for
    a typed character, Enter to submit a typed answer, a number key to choose an option, and
    Enter to go to the next question (the new card mounted) — over the first K questions
    (the seed deck: all of them, the last "next" excluded since it opens the results);
  - the slowest single key; the full (generation 2) garbage collections during the quiz (how
    many, and their mean pause); one full collection timed at the end of the quiz (what a
    learner waits for at that point of a session); and how many objects the app keeps alive per
    question answered, over all the questions and over their second half (about 0 when nothing
    leaks, once Textual's bounded caches have filled; a leak makes every full collection slower).
Each is measured as CPU time of the process (time.process_time: immune to the other users of
the machine, and not rounded up by Pilot's idle detection, which sleeps in 20 ms steps) and as
wall time (what Pilot waited; includes those steps). Seed and big runs alternate, R times
(default 3), and the least of each figure is kept. The picker is timed the same way with D deck
files in decks/ against one deck file, from reading the decks to the rows on screen.
Prints each figure and the ratio big / seed (goal: about 1, at most ~1.5).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DECK = ROOT / "decks" / "china-mongolia-sco.yaml"
SIZE = (100, 30)


def big_deck_file(n: int, folder: Path) -> Path:
    """The seed deck's questions repeated to `n`, each copy with fresh ids, saved as YAML."""
    from quizgen.deck.model import load_deck, save_deck

    seed = load_deck(SEED_DECK)
    questions = [replace(q, id=f"{q.id}-{i // len(seed.questions)}")
                 for i, q in zip(range(n), _cycle(seed.questions))]
    path = folder / "big.yaml"
    save_deck(replace(seed, title=f"{seed.title} ×{n}", id="bench-big", questions=questions), path)
    return path


def _cycle(items):
    while True:
        yield from items


class Clock:
    """Wall and CPU seconds since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def press_times(samples: dict[str, list[tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Mean (wall, CPU) seconds per key kind."""
    return {k: (statistics.fmean(w for w, _ in v), statistics.fmean(c for _, c in v)) for k, v in samples.items() if v}


async def drive_quiz(deck, asked: int, hooks, pauses: GcPauses
                     ) -> tuple[tuple[float, float], dict[str, list[tuple[float, float]]], dict[str, float]]:
    """Open the app on `deck`, time the first card, then answer `asked` questions key by key.

    Also returns, as `memory`: how many objects the garbage collector tracks more after the
    questions than before them, per question answered (what the app keeps of every question it
    has shown), the same over the second half of the questions only (once Textual's own bounded
    caches have filled), and the seconds one full collection takes after the questions (not
    counted in `pauses`)."""
    from quizgen.quiz.session import QuizOptions
    from quizgen.tui.app import QuizApp
    from quizgen.tui.widgets.card import QuestionCard

    app = QuizApp(decks=[deck], options=QuizOptions(shuffle=False), answer_hooks=hooks)
    samples: dict[str, list[tuple[float, float]]] = defaultdict(list)
    start = Clock()
    async with app.run_test(size=SIZE) as pilot:
        while not app.screen.query(QuestionCard):
            await pilot.pause()
        first = start.read()
        screen = app.screen
        gc.collect()
        before = len(gc.get_objects())
        answered, halfway, midway = 0, max(min(asked, screen.session.total) // 2, 1), before
        for k in range(min(asked, screen.session.total)):
            if k == halfway:
                gc.collect()
                midway = len(gc.get_objects())
            item = screen.session.current
            if item.options:
                number = str(item.options.index(item.question.answer_text) + 1)
                samples["choose option (1-9)"].append(await timed_press(pilot, number))
            else:
                for ch in item.question.answer_text:
                    samples["type a character"].append(await timed_press(pilot, ch))
                samples["submit typed answer (Enter)"].append(await timed_press(pilot, "enter"))
            assert screen.session.pending is not None, "the answer was not taken"
            answered += 1
            if k == screen.session.total - 1:
                break  # the last Enter opens the results screen: not a question-to-question step
            t = Clock()
            await pilot.press("enter")
            while screen.query(QuestionCard).first().item is item:  # query_one would cache the card
                await pilot.pause()
            samples["next question (Enter)"].append(t.read())
        gc.collect()
        after = len(gc.get_objects())
        pauses.stop()
        t = time.perf_counter()
        gc.collect()
        memory = {"kept": (after - before) / max(answered, 1), "full GC after": time.perf_counter() - t,
                  "kept, second half": (after - midway) / max(answered - halfway, 1)}
    return first, samples, memory


async def timed_press(pilot, key: str) -> tuple[float, float]:
    t = Clock()
    await pilot.press(key)
    return t.read()


async def drive_picker(folder: Path) -> tuple[float, float]:
    """(wall, CPU) seconds from finding the decks in `folder`/decks to the picker on screen with its rows."""
    from textual.widgets import OptionList

    from quizgen.deck.catalog import find_decks
    from quizgen.tui.app import QuizApp

    start = Clock()
    app = QuizApp(entries=find_decks(folder / "decks"))
    async with app.run_test(size=SIZE) as pilot:
        while not app.screen.query("#decks"):
            await pilot.pause()
        assert app.screen.query_one("#decks", OptionList).option_count > 0
        return start.read()


def child_quiz(path: Path, asked: int, progress: bool) -> dict[str, dict]:
    """In this (fresh) process: load the deck, run the app; figures as (wall, CPU) seconds, and counts."""
    from quizgen.deck.model import load_deck

    t = Clock()
    deck = load_deck(path)
    load = t.read()
    hooks, store = [], None
    if progress:
        from quizgen.progress.hook import recorder
        from quizgen.progress.store import ProgressStore

        store = ProgressStore.open()
        hooks = [recorder(store)]
    pauses = GcPauses()
    first, samples, memory = asyncio.run(drive_quiz(deck, asked, hooks, pauses))
    if store is not None:
        store.close()
    every = [pair for kind in samples.values() for pair in kind]
    times = {"load_deck (before the app)": load, "first question shown": first, **press_times(samples),
             "slowest single key": max(every, key=lambda p: p[1]),
             "full GC pause (mean)": (pauses.seconds / max(pauses.count, 1),) * 2,
             "full GC after the quiz": (memory["full GC after"],) * 2}
    counts = {"full GCs during the quiz": pauses.count, "objects kept per question": memory["kept"],
              "  in the second half": memory["kept, second half"]}
    return {"times": times, "counts": counts}


class GcPauses:
    """Counts the full (generation 2) garbage collections from now on, and the time they took."""

    def __init__(self) -> None:
        self.count, self.seconds, self._start = 0, 0.0, 0.0
        gc.callbacks.append(self._seen)

    def _seen(self, phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count += 1
            self.seconds += time.perf_counter() - self._start

    def stop(self) -> None:
        """Count no more collections."""
        if self._seen in gc.callbacks:
            gc.callbacks.remove(self._seen)


def child_picker(folder: Path) -> dict[str, dict]:
    """In this (fresh) process: the picker over folder/decks."""
    return {"times": {"picker shown": asyncio.run(drive_picker(folder))}, "counts": {}}


def in_fresh_process(*args: str, flags: list[str] = ()) -> dict[str, dict]:
    """Run this script's child mode with `args` in a new interpreter; its figures."""
    r = subprocess.run([sys.executable, __file__, *flags, "--child", *args], capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        raise SystemExit(f"child {' '.join(args)} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.splitlines()[-1])


def best_of(runs: list[dict[str, dict]]) -> dict[str, tuple[float, float]]:
    """Per timed figure, the least wall and the least CPU time among runs (each taken on its own)."""
    times = [r["times"] for r in runs]
    return {k: (min(t[k][0] for t in times), min(t[k][1] for t in times)) for k in times[0]}


def median_counts(runs: list[dict[str, dict]]) -> dict[str, float]:
    """Per counted figure, the median among runs."""
    return {k: statistics.median(r["counts"][k] for r in runs) for k in runs[0]["counts"]}


def picker_folder(decks: int, root: Path) -> Path:
    """A folder whose decks/ holds `decks` copies of the seed deck."""
    import shutil

    folder = root / f"picker-{decks}"
    (folder / "decks").mkdir(parents=True)
    for i in range(decks):
        shutil.copy(SEED_DECK, folder / "decks" / f"deck-{i:04d}.yaml")
    return folder


def table(title: str, left: str, right: str, a: dict, b: dict) -> None:
    print(f"{title:<30} {'CPU ms: ' + left:>18} {right:>9} {'ratio':>6}   {'wall ms: ' + left:>18} {right:>9} {'ratio':>6}")
    for name in a:
        s, x = a[name], b[name]
        print(f"{name:<30} {s[1] * 1000:>18.1f} {x[1] * 1000:>9.1f} {x[1] / s[1]:>6.2f}   "
              f"{s[0] * 1000:>18.1f} {x[0] * 1000:>9.1f} {x[0] / s[0]:>6.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=5000, help="questions in the big deck")
    ap.add_argument("--asked", type=int, default=50, help="questions answered in the big deck")
    ap.add_argument("--decks", type=int, default=200, help="deck files for the picker (0: skip)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-progress", dest="progress", action="store_false",
                    help="do not save answers (by default a temporary progress store records each one)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        kind, *rest = a.child
        out = child_picker(Path(rest[0])) if kind == "picker" else child_quiz(Path(rest[0]), int(rest[1]), a.progress)
        print(json.dumps(out))
        return 0
    flags = [] if a.progress else ["--no-progress"]
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        root = Path(tmp)
        os.environ["QUIZGEN_HOME"] = str(root / "home")
        big = big_deck_file(a.questions, root)
        from quizgen.deck.model import load_deck

        seed_size = len(load_deck(SEED_DECK).questions)
        seed_runs, big_runs, one_runs, many_runs = [], [], [], []
        folders = (picker_folder(1, root), picker_folder(a.decks, root)) if a.decks else None
        for _ in range(a.runs):  # interleaved, so a busy spell on the machine hits both sides
            seed_runs.append(in_fresh_process("quiz", str(SEED_DECK), str(seed_size), flags=flags))
            big_runs.append(in_fresh_process("quiz", str(big), str(a.asked), flags=flags))
            if folders:
                one_runs.append(in_fresh_process("picker", str(folders[0])))
                many_runs.append(in_fresh_process("picker", str(folders[1])))
    print(f"quiz app, Pilot headless {SIZE[0]}×{SIZE[1]}, each run a fresh process, best of {a.runs}; "
          f"progress saved: {'yes' if a.progress else 'no'}\n")
    table("", f"seed ({seed_size})", f"{a.questions:,}", best_of(seed_runs), best_of(big_runs))
    seed_counts, big_counts = median_counts(seed_runs), median_counts(big_runs)
    for name in seed_counts:
        print(f"{name:<30} {seed_counts[name]:>18,.0f} {big_counts[name]:>9,.0f}   (median; seed: {seed_size} questions "
              f"answered, big: {a.asked})")
    if folders:
        print()
        table("", "1 deck", f"{a.decks} decks", best_of(one_runs), best_of(many_runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
