"""Benchmark: opening big decks and many decks, each a ratio to a baseline measured in the same run.

Usage: python bench/decks.py [--questions 5000] [--decks 200] [--runs 5]

Every figure is the wall time of a fresh process, as a user runs it; the commands of one figure
alternate within each round, and the best of R rounds is reported (with the median, to show the
noise of a shared machine):

- `quizgen quiz BIG.yaml` (5,000 questions) to the first question and out, against the same for
  a 4-question deck (headless, Textual's TEXTUAL_DRIVER / TEXTUAL_PRESS switches). Goal ≤ 1.5.
- `quizgen quiz` showing the picker over decks/ with 200 deck files, against decks/ with one.
  Goal ≤ 1.2.
- `quizgen check BIG.yaml`, against reading the same bytes with libyaml in a fresh interpreter
  (`yaml.load(text, Loader=yaml.CSafeLoader)`). Goal ≤ 2.

Each is measured cold (an empty QUIZGEN_HOME per run: no cached decks) and warm (the decks'
cache entries made by a first run). Deck files are dated an hour back, as files a user opens
usually are (a file changed in the last 2 s is never cached).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from quiz_app import SEED_DECK, big_deck_file  # noqa: E402

HEADLESS = {"TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver"}
HOUR_AGO = time.time() - 3600


def _aged(path: Path) -> Path:
    os.utime(path, (HOUR_AGO, HOUR_AGO))
    return path


def make_files(folder: Path, questions: int, decks: int) -> dict[str, Path]:
    """The big deck, a 4-question deck, and two project folders: decks/ with 1 and with `decks` files."""
    from quizgen.deck.model import load_deck, save_deck

    seed = load_deck(SEED_DECK)
    big = _aged(big_deck_file(questions, folder))
    small = folder / "small.yaml"
    save_deck(replace(seed, questions=seed.questions[:4]), small)
    _aged(small)
    one, many = folder / "one", folder / "many"
    for project, n in ((one, 1), (many, decks)):
        (project / "decks").mkdir(parents=True)
        for i in range(n):
            path = project / "decks" / f"deck-{i:03}.yaml"
            save_deck(replace(seed, title=f"{seed.title} {i}", id=f"deck-{i}"), path)
            _aged(path)
    return {"big": big, "small": small, "one": one, "many": many}


def run(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    """Wall seconds of one fresh process; fail loudly on a non-zero exit."""
    start = time.perf_counter()
    r = subprocess.run([sys.executable, *argv], cwd=cwd, env=env, capture_output=True, text=True,
                       stdin=subprocess.DEVNULL, timeout=600)
    wall = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed (exit {r.returncode}):\n{r.stderr[-2000:]}")
    return wall


def figures(files: dict[str, Path], tmp: Path) -> list[tuple[str, list[str], dict, Path, list[str], dict, Path]]:
    """(label, measured argv, env, cwd, baseline argv, env, cwd) per figure."""
    quiz = {**HEADLESS, "TEXTUAL_PRESS": "escape,y"}
    picker = {**HEADLESS, "TEXTUAL_PRESS": "q"}
    read_libyaml = ["-c", "import sys, yaml; yaml.load(open(sys.argv[1], encoding='utf-8').read(), "
                          "Loader=yaml.CSafeLoader)", str(files["big"])]
    return [
        ("first question: 5,000 vs 4 questions", ["-m", "quizgen", "quiz", str(files["big"]), "--no-shuffle"], quiz, tmp,
         ["-m", "quizgen", "quiz", str(files["small"]), "--no-shuffle"], quiz, tmp),
        ("picker: 200 decks vs 1", ["-m", "quizgen", "quiz"], picker, files["many"],
         ["-m", "quizgen", "quiz"], picker, files["one"]),
        ("check 5,000 vs libyaml read", ["-m", "quizgen", "check", str(files["big"])], {}, tmp,
         read_libyaml, {}, tmp),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=5000)
    ap.add_argument("--decks", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-decks-") as tmp_name:
        tmp = Path(tmp_name)
        files = make_files(tmp, a.questions, a.decks)
        base_env = {k: v for k, v in os.environ.items() if k != "QUIZGEN_DEBUG"}
        warm_home = tmp / "warm-home"
        rows = []
        for label, argv, env, cwd, b_argv, b_env, b_cwd in figures(files, tmp):
            for mode in ("cold", "warm"):
                got: list[float] = []
                base: list[float] = []
                for r in range(a.runs + (mode == "warm")):
                    home = warm_home if mode == "warm" else tmp / f"cold-home-{r}"
                    e = {**base_env, "QUIZGEN_HOME": str(home)}
                    t = run(argv, {**e, **env}, cwd)
                    b = run(b_argv, {**e, **b_env}, b_cwd)
                    if mode == "cold":
                        shutil.rmtree(home, ignore_errors=True)
                    elif r == 0:
                        continue  # the first warm round fills the cache
                    got.append(t)
                    base.append(b)
                rows.append((label, mode, min(got), min(base), statistics.median(got), statistics.median(base)))
    print(f"decks, fresh processes, best (median) of {a.runs} alternating rounds; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores\n")
    print(f"{'figure':<40} {'cache':<5} {'measured':>16} {'baseline':>16} {'ratio':>12}")
    for label, mode, t, b, tm, bm in rows:
        print(f"{label:<40} {mode:<5} {t:7.3f} s ({tm:5.2f}) {b:7.3f} s ({bm:5.2f}) {t / b:6.2f} ({tm / bm:4.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
