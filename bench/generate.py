"""Benchmark: `quizgen generate` against a bare spaCy `nlp.pipe` over the same text, same run.

Usage: python bench/generate.py [ARTICLE] [--words N] [--varied DIR] [--runs R] [--batch N] [--dask]
Each side runs in a fresh process with the model load included; the two sides alternate within
each of R rounds (default 3), and the median ratio is printed with its spread, in wall time and
in CPU time (the child's user + system time: the machine is shared, and wall time then measures
the other users too). Two texts:
  - repeated: ARTICLE (default: the seed) repeated to about N words (default 40,000);
  - varied: every .txt article of DIR (default ../shared/eval/dev, when it is there) in turn,
    repeated to about N words, each repetition with its numbers changed (a sentence without a
    number still recurs).
With --batch N it also times `quizgen generate DIR` over N articles of about 5,000 words each
with --jobs 1 and with --jobs 2 (the speed-up on two cores), and with --dask (when Dask is
installed) also on a local Dask cluster of two worker processes (`--dask local --jobs 2`).
Besides wall time, each batch run's CPU time is taken apart (Linux: /proc sampled every 20 ms):
the CPU of each worker process and of the parent itself. The parent's own CPU (start-up, model,
writing decks) is serial and the workers run side by side, so parent + the busiest worker is the
run's critical path: the wall time it would take on cores of its own. `--jobs 1` CPU over that
path is the speed-up two idle cores would give, a figure the other users of a shared machine
hardly disturb (unlike wall time).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
BARE = """
import sys
from quizgen.generate.read.reader import read_article
from quizgen.generate.parse import load_model, _chunks
a = read_article(sys.argv[1])
nlp = load_model()
n = sum(len(d) for d in nlp.pipe(_chunks([a.title, *a.paragraphs]), batch_size=32))
"""


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of a fresh child process."""
    wall, cpu, _ = timed_parts(cmd, sample=False)
    return wall, cpu


TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _children_cpu(pid: int) -> dict[int, float]:
    """CPU seconds so far of each live child process of `pid` (Linux /proc; {} elsewhere)."""
    out: dict[int, float] = {}
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for kid in kids:
        try:
            fields = Path(f"/proc/{kid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        out[int(kid)] = (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
    return out


def timed_parts(cmd: list[str], sample: bool = True) -> tuple[float, float, list[float]]:
    """Wall and CPU seconds of a fresh child process (its children included), and the CPU seconds of
    each of its own child processes (the workers), sampled every 20 ms while it runs."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: dict[int, float] = {}
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG if sample else 0)
        if pid:
            break
        workers.update(_children_cpu(proc.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd[:5])} ... failed:\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, sorted(workers.values(), reverse=True)


def repeated(article: Path, words: int) -> str:
    """An article's body repeated to about `words` words, under its title."""
    title, _, body = article.read_text(encoding="utf-8").partition("\n")
    reps = max(1, words // max(1, len(body.split())))
    return title + "\n\n" + "\n\n".join([body.strip()] * reps)


def varied(folder: Path, words: int) -> str:
    """Every article of `folder` in turn, repeated to about `words` words, each repetition with its
    numbers changed (2003 -> 2004, 70% -> 71%)."""
    bodies = [f.read_text(encoding="utf-8").partition("\n")[2].strip() for f in sorted(folder.glob("*.txt"))]
    parts, count, i = ["Varied prose"], 0, 0
    while count < words:
        for body in bodies:
            parts.append(re.sub(r"\d+", lambda m, i=i: str(int(m[0]) + i), body))
            count += len(body.split())
        i += 1
    return "\n\n".join(parts)


def spread(values: list[float]) -> str:
    """Median, and the range, of some ratios."""
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def compare(name: str, text: str, runs: int) -> None:
    """Time bare parse and generate on `text`, alternating, `runs` rounds; print the ratios."""
    with tempfile.TemporaryDirectory() as tmp:
        art = Path(tmp) / "big.txt"
        art.write_text(text, encoding="utf-8")
        words = len(text.split())
        bare_cmd = [sys.executable, "-c", BARE, str(art)]
        gen_cmd = [sys.executable, "-m", "quizgen", "generate", str(art), "-o", str(Path(tmp) / "out.yaml"), "--force"]
        rounds = [(timed(bare_cmd), timed(gen_cmd)) for _ in range(runs)]
    walls = [g[0] / b[0] for b, g in rounds]
    cpus = [g[1] / b[1] for b, g in rounds]
    print(f"{name}: {words:,} words, {runs} rounds")
    print("  bare nlp.pipe wall/CPU s:   " + ", ".join(f"{b[0]:.1f}/{b[1]:.1f}" for b, _ in rounds))
    print("  quizgen generate wall/CPU s: " + ", ".join(f"{g[0]:.1f}/{g[1]:.1f}" for _, g in rounds))
    print(f"  ratio generate / bare parse: wall {spread(walls)}, CPU {spread(cpus)}  (goal: <= 1.10)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article", nargs="?", default=str(ROOT / "seeds" / "china-mongolia-sco.txt"))
    ap.add_argument("--words", type=int, default=40_000)
    ap.add_argument("--varied", metavar="DIR", default=str(DEV), help="articles for the varied text")
    ap.add_argument("--runs", type=int, default=3, help="rounds, alternating the sides (median and range kept)")
    ap.add_argument("--batch", type=int, default=0, metavar="N", help="also time a folder of N articles, 1 vs 2 jobs")
    ap.add_argument("--dask", action="store_true", help="with --batch: also on a local Dask cluster of 2 workers")
    a = ap.parse_args()
    print(f"load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    compare("repeated", repeated(Path(a.article), a.words), a.runs)
    if Path(a.varied).is_dir():
        compare("varied", varied(Path(a.varied), a.words), a.runs)
    if a.batch:
        # Each article of the folder: the text repeated to about 5,000 words, a long news feature.
        batch(repeated(Path(a.article), 5_000), a.batch, a.dask, a.runs)
    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


def batch(text: str, n: int, dask: bool = False, runs: int = 3) -> None:
    """Time a folder of `n` articles with one worker and with two (and on a local Dask cluster);
    the variants alternate within each round; the speed-up of each round is its --jobs 1 time over
    the variant's, in wall time and along the CPU critical path (see the module's docstring)."""
    variants = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"]}
    if dask:
        variants["--dask local --jobs 2"] = ["--dask", "local", "--jobs", "2"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(n):
            (folder / f"a{i:03}.txt").write_text(text, encoding="utf-8")
        times: dict[str, list[tuple[float, float, list[float]]]] = {k: [] for k in variants}
        for _ in range(runs):
            for k, extra in variants.items():
                out = Path(tmp) / f"out-{len(times[k])}-{k.replace(' ', '')}"
                out.mkdir()
                times[k].append(timed_parts([sys.executable, "-m", "quizgen", "generate", str(folder), "-o", str(out),
                                             "--force", *extra]))
    for k, rounds in times.items():
        ups = [one[0] / r[0] for one, r in zip(times["--jobs 1"], rounds)]
        print(f"folder of {n} articles of {len(text.split()):,} words, {k}: wall {', '.join(f'{r[0]:.1f}' for r in rounds)} s; "
              f"speed-up over --jobs 1: {spread(ups)}  (goal for --jobs 2: >= 1.8)")
        paths = [critical_path(*r[1:]) for r in rounds]
        print(f"  CPU s: {', '.join(f'{r[1]:.1f}' for r in rounds)}; per worker: "
              f"{'; '.join(', '.join(f'{w:.1f}' for w in r[2]) or '-' for r in rounds)}; critical path (parent + busiest "
              f"worker): {', '.join(f'{p:.1f}' for p in paths)}")
        if k != "--jobs 1":
            cpu_ups = [one[1] / p for one, p in zip(times["--jobs 1"], paths)]
            print(f"  speed-up on two idle cores (--jobs 1 CPU / critical path): {spread(cpu_ups)}  (goal: >= 1.8)")


def critical_path(cpu: float, workers: list[float]) -> float:
    """A parallel run's CPU seconds along its critical path: its parent's own CPU (all of the run's
    CPU but its workers') plus its busiest worker's. Without workers: all of it."""
    return cpu - sum(workers) + (workers[0] if workers else 0.0)


if __name__ == "__main__":
    sys.exit(main())
