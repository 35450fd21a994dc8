"""The CLI as a user runs it: exit codes, one-line errors, no tracebacks, light imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

GOOD = "quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: x\n"
BAD = "quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: P.\n  anwser: x\n"


def test_version_and_help(cli):
    assert cli("--version").stdout.startswith("quizgen ")
    r = cli("--help")
    assert r.returncode == 0 and "check" in r.stdout and "generate" in r.stdout


def test_check_ok_line(cli, tmp_path):
    (tmp_path / "d.yaml").write_text(GOOD)
    r = cli("check", str(tmp_path / "d.yaml"))
    assert r.returncode == 0
    assert r.stdout == f"OK  {tmp_path / 'd.yaml'}: 1 question (0 multiple choice, 1 fill-in, 0 true/false)\n"


def test_check_reports_every_problem_and_exits_1(cli, tmp_path):
    (tmp_path / "good.yaml").write_text(GOOD)
    (tmp_path / "bad.yaml").write_text(BAD)
    r = cli("check", str(tmp_path))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert f"{tmp_path / 'bad.yaml'}:7: unknown question key 'anwser'; did you mean 'answer'?" in lines
    assert f"{tmp_path / 'bad.yaml'}:6: a fill_in prompt needs exactly one blank (a run of 3+ underscores, ____); it has 0" in lines
    assert "OK  " in r.stdout and "Traceback" not in r.stderr


@pytest.mark.parametrize("args, code, fragment", [
    (["generate"], 2, "the following arguments are required"),    # usage error (check and export default to ./decks)
    (["nonsense"], 2, "invalid choice"),                            # unknown command
    (["check", "missing.yaml"], 1, "missing.yaml: no such file"),   # missing input
    (["check", "--bogus", "x"], 2, "unrecognized arguments"),
])
def test_errors_are_one_line_with_the_right_code(cli, tmp_path, args, code, fragment):
    r = cli(*args, cwd=tmp_path)
    assert r.returncode == code
    assert fragment in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_check_a_directory_as_deck_path(cli, tmp_path):
    (tmp_path / "x.yaml").mkdir()
    r = cli("check", str(tmp_path / "x.yaml"))
    assert r.returncode == 1 and "no deck files" in r.stderr


def test_schema_prints_json(cli):
    r = cli("schema")
    assert r.returncode == 0 and json.loads(r.stdout)["title"] == "quizgen deck"


# Each command as a user runs it, in a fresh interpreter; the heavy packages it may load, and no others.
# The quiz runs the real app headless (Textual's own TEXTUAL_DRIVER) and leaves at once
# (TEXTUAL_PRESS: Escape, then y) once the first question is up.
HEADLESS_QUIZ = {"TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver", "TEXTUAL_PRESS": "escape,y"}


@pytest.mark.parametrize("argv, env, allowed", [
    (["--help"], {}, []),
    (["check", "decks/china-mongolia-sco.yaml"], {}, []),
    (["schema"], {}, []),
    (["export", "decks/china-mongolia-sco.yaml", "-f", "apkg", "-o", "{tmp}/x.apkg"], {}, ["genanki"]),
    (["export", "decks/china-mongolia-sco.yaml", "-f", "gift", "-o", "{tmp}/x.gift.txt"], {}, []),
    (["quiz", "decks/china-mongolia-sco.yaml", "--no-shuffle"], HEADLESS_QUIZ, ["textual"]),
])
def test_light_commands_never_import_spacy(tmp_path, argv, env, allowed):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code = ("import sys\nfrom quizgen.cli import main\n"
            "try:\n    code = main(%r)\nexcept SystemExit as e:\n    code = e.code\n"
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'textual', 'genanki'})\n"
            "print(code, heavy, 'quizgen.tui.screens.quiz' in sys.modules)\n") % (argv,)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, **env}, stdin=subprocess.DEVNULL, timeout=120)
    # The quiz must have reached its first question, or a late import would go unseen.
    assert r.stdout.strip().splitlines()[-1] == f"0 {allowed} {argv[0] == 'quiz'}", r.stdout + r.stderr


def test_python_dash_m_works(cli):
    assert cli("--version").returncode == 0
