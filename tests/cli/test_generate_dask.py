"""`quizgen generate DIR --dask ADDRESS|local`: the same decks as a local run, written by the client.

Dask is in the test extra, so CI always runs these; a developer's venv without it skips them.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from quizgen.errors import QuizgenError
from tests.conftest import ROOT

DEV = ROOT.parent / "shared" / "eval" / "dev"

if os.environ.get("CI"):
    import distributed  # noqa: F401 - CI installs the test extra: a missing Dask must fail there
else:
    pytest.importorskip("distributed")


def test_a_local_cluster_of_two_workers_writes_the_same_decks_as_one_process(cli, nlp, tmp_path):
    from quizgen.deck.merge import new_deck
    from quizgen.deck.write import dump_deck
    from quizgen.generate.pipeline import generate_file
    from quizgen.paths import expand_articles

    articles = expand_articles([str(DEV)])
    assert len(articles) >= 10
    out = tmp_path / "decks"
    out.mkdir()
    r = cli("generate", str(DEV), "-o", str(out), "--dask", "local", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    written = sorted(line.split(":")[0] for line in r.stdout.splitlines())
    assert written == sorted(f"wrote {out / (a.stem + '.yaml')}" for a in articles)
    for a in articles:
        # Articles and decks outside the project (the folder the command ran in): the source is absolute.
        expected = generate_file(a, source=str(a.resolve()), keep_dropped=False).deck
        assert (out / f"{a.stem}.yaml").read_text() == dump_deck(new_deck(expected)), a.name

    # A second run merges into the decks exactly as a local run does: nothing new, nothing touched.
    edited = out / f"{articles[0].stem}.yaml"
    edited.write_text(edited.read_text() + "# a teacher's note\n")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    r = cli("generate", str(DEV), "-o", str(out), "--dask", "local", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("no new questions; file unchanged") == len(articles)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_unreachable_scheduler_is_one_line(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Ada Lovelace wrote the first published program in 1843.\n")
    r = cli("generate", str(article), "-o", str(tmp_path / "a.yaml"), "--dask", "tcp://127.0.0.1:9")
    assert r.returncode == 1
    assert r.stderr.startswith("quizgen: --dask tcp://127.0.0.1:9: cannot reach the Dask scheduler")
    assert r.stderr.count("\n") == 1


def test_without_the_extra_dask_is_a_one_line_error_naming_it(monkeypatch):
    from quizgen.generate.cluster import import_distributed

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed: importing it fails
    with pytest.raises(QuizgenError, match=r"^--dask needs Dask, an optional extra: pip install 'quizgen\[dask\]'$"):
        import_distributed()


def test_a_run_without_dask_never_imports_it():
    code = ("import sys, quizgen.cli, quizgen.commands.generate, quizgen.generate.batch, quizgen.generate.cluster\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
