"""Benchmark: exporting 10,000 questions — quizgen's .apkg against the same notes written with bare genanki.

Usage: python bench/export.py [--questions N] [--runs R] [--profile]

The deck is the seed deck's questions repeated to N (default 10,000) with fresh ids, held in
memory, so neither side pays for reading YAML. Each run, interleaved, best of R (default 3):
  - quizgen: what `quizgen export DECK -f apkg -o OUT` does once the deck is loaded — render the
    package (note types, fields, tags, GUIDs, note times, SQLite, zip) and write it atomically;
  - bare genanki: one genanki.Model per note type with the same fields and templates, one note per
    question with its text HTML-escaped and `guid_for` GUIDs, `Package.write_to_file`.
Prints both (wall time, and CPU time, which leaves out waiting for the disk) and the ratio
(goal: wall <= 1.3), then the other formats (gift, aiken, tsv, md, json) of the
same deck for the record, and `quizgen export` end to end on the deck file (YAML load included).
--profile prints the top of a cProfile of one quizgen .apkg export.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import html
import io
import pstats
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DECK = ROOT / "decks" / "china-mongolia-sco.yaml"


def big_deck(n: int):
    """The seed deck's questions repeated to `n`, each copy with fresh ids."""
    from quizgen.deck.model import load_deck

    seed = load_deck(SEED_DECK)
    qs = seed.questions
    questions = [replace(qs[i % len(qs)], id=f"{qs[i % len(qs)].id}-{i // len(qs)}") for i in range(n)]
    return replace(seed, id="bench-export", title=f"{seed.title} ×{n}", questions=questions, path=None)


def quizgen_export(deck, out: Path, fmt_name: str = "apkg") -> None:
    """quizgen's export path after loading: render the format, write it atomically."""
    from quizgen.atomic import atomic_write_bytes
    from quizgen.export import ExportOptions, get_format
    from quizgen.export.summary import keep_types

    fmt = get_format(fmt_name)
    data = fmt.render(keep_types([deck], fmt.types), ExportOptions(replacing=out))
    atomic_write_bytes(out, data)


def bare_genanki(deck, out: Path) -> None:
    """The same notes with genanki alone: same note types (fields, templates), escaped text, write_to_file."""
    import genanki

    from quizgen.export.anki import model

    models = {kind: model(kind) for kind in ("multiple_choice", "cloze", "true_false")}
    models = {kind: genanki.Model(m.model_id, m.name, fields=m.fields, templates=m.templates, css=m.css,
                                  model_type=m.model_type) for kind, m in models.items()}
    anki_deck = genanki.Deck(2059400110, deck.title)
    for q in deck.questions:
        e = html.escape
        if q.type == "multiple_choice":
            options = "<ol>" + "".join(f"<li>{e(o)}</li>" for o in [q.answer, *q.distractors]) + "</ol>"
            kind, fields = "multiple_choice", [e(q.prompt), options, e(q.answer), e(q.context or "")]
        elif q.type == "fill_in":
            cloze = e(q.prompt).replace("____", "{{c1::" + e(q.answer) + "}}", 1)
            kind, fields = "cloze", [cloze, ", ".join(map(e, q.accept)), e(q.context or "")]
        else:
            kind, fields = "true_false", [e(q.prompt), q.answer_text, e(q.context or "")]
        anki_deck.add_note(genanki.Note(model=models[kind], fields=fields, tags=[deck.key, q.type],
                                        guid=genanki.guid_for("quizgen", deck.key, q.id)))
    genanki.Package(anki_deck).write_to_file(str(out))


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def timed_both(fn, *args) -> tuple[float, float]:
    """Wall and CPU seconds of one call (CPU leaves out waiting for the disk)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args()
    from quizgen.deck.model import save_deck

    deck = big_deck(a.questions)
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        folder = Path(tmp)
        quizgen_export(deck, folder / "warm.apkg")  # imports, note types and templates, once
        bare_genanki(deck, folder / "warm-bare.apkg")
        ours, bare = [], []
        for i in range(a.runs):
            ours.append(timed_both(quizgen_export, deck, folder / f"q{i}.apkg"))
            bare.append(timed_both(bare_genanki, deck, folder / f"b{i}.apkg"))
        sizes = (folder / "q0.apkg").stat().st_size, (folder / "b0.apkg").stat().st_size
        others = {}
        for name in ("gift", "aiken", "tsv", "md", "json"):
            others[name] = min(timed(quizgen_export, deck, folder / f"x.{name}", name) for _ in range(a.runs))
        deck_file = folder / "big.yaml"
        save_deck(deck, deck_file)
        from quizgen.cli import main as cli
        with contextlib.redirect_stdout(io.StringIO()):  # its one-line summary
            end_to_end = min(timed(cli, ["export", str(deck_file), "-o", str(folder / "cli.apkg")]) for _ in range(a.runs))
        if a.profile:
            prof = cProfile.Profile()
            prof.runcall(quizgen_export, deck, folder / "p.apkg")
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
    n = len(deck.questions)
    print(f"export of {n:,} questions ({deck.summary().split('(')[1].rstrip(')')}), best of {a.runs}\n")
    (bw, bc), (ow, oc) = [(min(w for w, _ in r), min(c for _, c in r)) for r in (bare, ours)]
    print(f"{'':<28} {'wall':>7} {'CPU':>7}  {'notes/s (wall)':>14}  file")
    for name, w, c, size, how in (("bare genanki write_to_file", bw, bc, sizes[1], "stored"),
                                  ("quizgen .apkg export", ow, oc, sizes[0], "deflated")):
        print(f"{name:<28} {w:>5.2f} s {c:>5.2f} s  {n / w:>14,.0f}  {size / 1e6:.1f} MB ({how})")
    print(f"ratio quizgen / bare genanki: wall {ow / bw:.2f} (goal: <= 1.3), CPU {oc / bc:.2f}\n")
    for name, t in others.items():
        print(f"quizgen {name:<5} export: {t:6.3f} s")
    print(f"quizgen export DECK.yaml -f apkg, end to end in-process (YAML load included): {end_to_end:.2f} s")
    if a.profile:
        print("\n" + out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
