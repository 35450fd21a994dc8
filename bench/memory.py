"""Benchmark: peak memory (and wall time) of `quizgen generate` on a large article, against a bare spaCy parse.

Usage: python bench/memory.py [--mb SIZE] [--runs N] [--keep PATH]

The article is the seed article's paragraphs repeated to SIZE megabytes (default 5), each
repetition with its paragraphs rotated and its numbers changed ("two decades" -> "three decades",
"ninth" -> "tenth", ...), so that it is not one text over and over. Three fresh processes, each
timed and measured with os.wait4 (ru_maxrss of that child alone):
  - model only: load the spaCy model, parse nothing (the floor every side pays);
  - bare parse: read the article, `nlp.pipe` over its paragraphs with the same model, each Doc
    dropped as soon as it is made (streaming: the least memory a parse can take);
  - generate: `quizgen generate ARTICLE -o OUT --force`.
Prints peak RSS and wall time of each and the ratios generate / bare parse. Takes minutes at 5 MB.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "china-mongolia-sco.txt"
MODEL_ONLY = "from quizgen.generate.parse import load_model\nload_model()\n"
BARE = """
import sys
import quizgen.generate.parse as nlp_module
from quizgen.generate.read.reader import read_article
a = read_article(sys.argv[1])
nlp = nlp_module.load_model()
chunks = getattr(nlp_module, "_chunks", lambda ps: ps)  # long paragraphs split as the generator does
n = sum(len(d) for d in nlp.pipe(chunks([a.title, *a.paragraphs]), batch_size=32))
print(n)
"""
WORDS = {"two": ("two", "three", "four", "five", "six", "seven", "eight"),
         "ninth": ("ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth")}


def build_article(megabytes: float) -> str:
    """The seed article's body repeated to about `megabytes` MB, varied per repetition."""
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    target = int(megabytes * 1_000_000)
    parts, size, i = [title.strip()], len(title), 0
    pattern = re.compile(r"\b(" + "|".join(WORDS) + r")\b")
    while size < target:
        k = i % len(paragraphs)
        for p in paragraphs[k:] + paragraphs[:k]:
            p = pattern.sub(lambda m, i=i: WORDS[m[1]][i % len(WORDS[m[1]])], p)
            p = re.sub(r"\d+", lambda m, i=i: str(int(m[0]) + i), p)
            parts.append(p)
            size += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def measure(argv: list[str], cwd: Path) -> tuple[float, float]:
    """Run `argv` as a child; its wall seconds and peak resident memory in MB (this child alone)."""
    start = time.perf_counter()
    with open(cwd / "child.log", "wb") as log:
        proc = subprocess.Popen(argv, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = (cwd / "child.log").read_text(encoding="utf-8", errors="replace")[-2000:]
        raise SystemExit(f"{' '.join(argv[:4])} ... failed (exit {proc.returncode}):\n{tail}")
    return wall, usage.ru_maxrss / 1024  # Linux reports KiB


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="article size in megabytes (default 5)")
    ap.add_argument("--runs", type=int, default=1, help="runs of each side; the least time and memory are kept")
    ap.add_argument("--keep", metavar="PATH", help="also save the article built to PATH")
    a = ap.parse_args()
    text = build_article(a.mb)
    if a.keep:
        Path(a.keep).write_text(text, encoding="utf-8")
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        folder = Path(tmp)
        article = folder / "big.txt"
        article.write_text(text, encoding="utf-8")
        sides = {
            "model only": [py, "-c", MODEL_ONLY],
            "bare parse (nlp.pipe)": [py, "-c", BARE, str(article)],
            "quizgen generate": [py, "-m", "quizgen", "generate", str(article), "-o", str(folder / "out.yaml"), "--force"],
        }
        results = {name: [] for name in sides}
        for _ in range(a.runs):
            for name, argv in sides.items():
                results[name].append(measure(argv, folder))
        summary = (folder / "child.log").read_text(encoding="utf-8", errors="replace").strip().splitlines()
    best = {name: (min(w for w, _ in r), min(m for _, m in r)) for name, r in results.items()}
    print(f"article: {len(text.encode('utf-8')) / 1e6:.1f} MB, {len(text.split()):,} words, "
          f"{text.count(chr(10) * 2):,} paragraphs; runs: {a.runs}")
    print(f"generate said: {summary[-1] if summary else '(nothing)'}\n")
    print(f"{'':<24} {'wall':>9} {'peak RSS':>10}")
    for name, (wall, rss) in best.items():
        print(f"{name:<24} {wall:>7.1f} s {rss:>7.0f} MB")
    (bw, bm), (gw, gm), (_, mm) = best["bare parse (nlp.pipe)"], best["quizgen generate"], best["model only"]
    print(f"\nratio generate / bare parse: wall {gw / bw:.2f}, peak RSS {gm / bm:.2f}")
    print(f"above the loaded model: bare parse +{bm - mm:.0f} MB, generate +{gm - mm:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
