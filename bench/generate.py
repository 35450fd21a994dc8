"""Benchmark: `quizgen generate` against a bare spaCy `nlp.pipe` over the same text, same run.

Usage: python bench/generate.py [ARTICLE] [--words N] [--batch N]
Each side runs in a fresh process with the model load included; prints words/second and the ratio.
The default text is the seed article repeated to about N words (default 40,000).
With --batch N it also times `quizgen generate DIR` over N articles of about 5,000 words each
with --jobs 1 and with --jobs 2 (the speed-up on two cores), and with --dask (when Dask is
installed) also on a local Dask cluster of two worker processes (`--dask local --jobs 2`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys
from quizgen.generate.read.reader import read_article
from quizgen.generate.parse import load_model, _chunks
a = read_article(sys.argv[1])
nlp = load_model()
n = sum(len(d) for d in nlp.pipe(_chunks([a.title, *a.paragraphs]), batch_size=32))
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article", nargs="?", default=str(ROOT / "seeds" / "china-mongolia-sco.txt"))
    ap.add_argument("--words", type=int, default=40_000)
    ap.add_argument("--batch", type=int, default=0, metavar="N", help="also time a folder of N articles, 1 vs 2 jobs")
    ap.add_argument("--dask", action="store_true", help="with --batch: also on a local Dask cluster of 2 workers")
    ap.add_argument("--runs", type=int, default=2, help="with --batch: rounds, alternating the variants (best kept)")
    a = ap.parse_args()
    text = Path(a.article).read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    reps = max(1, a.words // max(1, len(body.split())))
    with tempfile.TemporaryDirectory() as tmp:
        art = Path(tmp) / "big.txt"
        art.write_text(title + "\n\n" + "\n\n".join([body.strip()] * reps), encoding="utf-8")
        words = len(art.read_text(encoding="utf-8").split())
        bare = timed([sys.executable, "-c", BARE, str(art)])
        gen = timed([sys.executable, "-m", "quizgen", "generate", str(art), "-o", str(Path(tmp) / "out.yaml"), "--force"])
    print(f"words: {words}")
    print(f"bare nlp.pipe: {bare:.2f} s ({words / bare:,.0f} words/s)")
    print(f"quizgen generate: {gen:.2f} s ({words / gen:,.0f} words/s)")
    print(f"ratio generate / bare parse: {gen / bare:.2f}  (goal: <= 1.3)")
    if a.batch:
        # Each article of the folder: the text repeated to about 5,000 words, a long news feature.
        per = max(1, 5_000 // max(1, len(body.split())))
        batch(title + "\n\n" + "\n\n".join([body.strip()] * per), a.batch, a.dask, a.runs)
    return 0


def batch(text: str, n: int, dask: bool = False, runs: int = 2) -> None:
    """Time a folder of `n` articles with one worker and with two (and on a local Dask cluster);
    the variants alternate within each round, the best of `runs` rounds is kept."""
    variants = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"]}
    if dask:
        variants["--dask local --jobs 2"] = ["--dask", "local", "--jobs", "2"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(n):
            (folder / f"a{i:03}.txt").write_text(text, encoding="utf-8")
        times: dict[str, list[float]] = {k: [] for k in variants}
        for _ in range(runs):
            for k, extra in variants.items():
                out = Path(tmp) / f"out-{len(times[k])}-{k.replace(' ', '')}"
                out.mkdir()
                times[k].append(timed([sys.executable, "-m", "quizgen", "generate", str(folder), "-o", str(out),
                                       "--force", *extra]))
    one = min(times["--jobs 1"])
    for k, ts in times.items():
        print(f"folder of {n} articles, {k}: best {min(ts):.2f} s (all: {', '.join(f'{t:.2f}' for t in ts)}), "
              f"speed-up over --jobs 1: {one / min(ts):.2f}x")


if __name__ == "__main__":
    sys.exit(main())
