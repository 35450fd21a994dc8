"""Benchmark: start-up of the light commands — import time from `python -X importtime`, and spaCy never loaded.

Usage: python bench/startup.py [DECK] [--runs N] [--top K]

Each command runs as a user runs it (`python -X importtime -m quizgen ...`), in a fresh process,
N times (default 3); the fastest run is reported. `quizgen quiz DECK` runs the real app with
Textual's own switches: TEXTUAL_DRIVER picks the headless driver and TEXTUAL_PRESS presses
Escape then `y` once the first question is up, so the app leaves at once (no answer is saved).
The baseline is the bare interpreter (`python -c pass`) in the same run. Exits 1 when a command
imported spaCy (or thinc) or failed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)$")
HEAVY = ("spacy", "thinc", "textual", "genanki", "yaml", "fsrs", "sqlite3")
HEADLESS = {"TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver", "TEXTUAL_PRESS": "escape,y"}


@dataclass
class Run:
    """One measured process: wall seconds and its import-time lines (self µs, cumulative µs, depth, name)."""

    wall: float
    imports: list[tuple[int, int, int, str]]

    @property
    def total_ms(self) -> float:
        """Time spent importing, all modules (the sum of self times)."""
        return sum(i[0] for i in self.imports) / 1000

    def packages(self) -> set[str]:
        """Top-level package names that were imported."""
        return {i[3].split(".")[0] for i in self.imports}

    def top(self, k: int) -> list[tuple[float, str]]:
        """The k top-level imports with the largest cumulative time, in ms."""
        outer = sorted(((i[1] / 1000, i[3]) for i in self.imports if i[2] == 0), reverse=True)
        return outer[:k]


def measure(argv: list[str], env: dict[str, str], cwd: Path) -> Run:
    """Run `python -X importtime ARGV` once; fail loudly on a non-zero exit."""
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-X", "importtime", *argv], cwd=cwd, env=env, capture_output=True,
                       text=True, stdin=subprocess.DEVNULL, timeout=300)
    wall = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed (exit {r.returncode}):\n{r.stderr[-2000:]}")
    imports = []
    for line in r.stderr.splitlines():
        m = LINE.match(line)
        if m:
            imports.append((int(m[1]), int(m[2]), len(m[3]) // 2, m[4]))
    return Run(wall, imports)


def best(argv: list[str], env: dict[str, str], cwd: Path, runs: int) -> Run:
    """The fastest of `runs` runs (the least disturbed by the other users of the machine)."""
    return min((measure(argv, env, cwd) for _ in range(runs)), key=lambda r: r.wall)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("deck", nargs="?", default=str(ROOT / "decks" / "china-mongolia-sco.yaml"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--top", type=int, default=6, help="top-level imports listed per command")
    a = ap.parse_args()
    deck = str(Path(a.deck).resolve())
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        env = {**os.environ, "QUIZGEN_HOME": str(Path(tmp) / "home")}
        env.pop("QUIZGEN_DEBUG", None)
        commands = [
            ("python -c pass (baseline)", ["-c", "pass"], {}),
            ("import spacy (for scale)", ["-c", "import spacy"], {}),
            ("quizgen --help", ["-m", "quizgen", "--help"], {}),
            ("quizgen check DECK", ["-m", "quizgen", "check", deck], {}),
            ("quizgen export DECK -f apkg",
             ["-m", "quizgen", "export", deck, "-f", "apkg", "-o", str(Path(tmp) / "x.apkg")], {}),
            ("quizgen quiz DECK (headless)", ["-m", "quizgen", "quiz", deck, "--no-shuffle"], HEADLESS),
        ]
        results = [(label, best(argv, {**env, **extra}, Path(tmp), a.runs)) for label, argv, extra in commands]
    base = results[0][1]
    failed = False
    print(f"start-up, best of {a.runs} fresh processes each (python {sys.version.split()[0]})\n")
    print(f"{'command':<30} {'wall':>8} {'× python':>9} {'imports':>9}  spaCy  heavy packages loaded")
    for label, run in results:
        pk = run.packages()
        spacy = bool(pk & {"spacy", "thinc"})
        loaded = ", ".join(h for h in HEAVY if h in pk and h not in ("spacy", "thinc")) or "-"
        print(f"{label:<30} {run.wall * 1000:>6.0f} ms {run.wall / base.wall:>8.1f}× {run.total_ms:>6.0f} ms  "
              f"{'YES' if spacy else 'no ':<5}  {loaded}")
        failed |= spacy and label.startswith("quizgen")
    for label, run in results[2:]:
        print(f"\n{label}: import time {run.total_ms:.0f} ms in {len(run.imports)} modules; largest top-level imports:")
        for ms, name in run.top(a.top):
            print(f"  {ms:>7.1f} ms  {name}")
    print("\nspaCy imported by a light command: " + ("YES — see above" if failed else "no"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
