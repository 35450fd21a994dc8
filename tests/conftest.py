"""Shared fixtures: paths, a CLI runner, and one spaCy model per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Tests never touch a real learner's progress store; the stand-in home goes when the run ends,
# so repeated runs do not fill /tmp.
if "QUIZGEN_HOME" not in os.environ:
    os.environ["QUIZGEN_HOME"] = tempfile.mkdtemp(prefix="quizgen-test-home-")
    atexit.register(shutil.rmtree, os.environ["QUIZGEN_HOME"], ignore_errors=True)
SEED = ROOT / "seeds" / "china-mongolia-sco.txt"
SEED_DECK = ROOT / "decks" / "china-mongolia-sco.yaml"


def run_cli(*args: str, cwd: Path | None = None, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m quizgen ARGS` as a user would; returns the finished process."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("QUIZGEN_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "quizgen", *args], cwd=cwd or ROOT, input=input,
                          capture_output=True, text=True, env=full_env, timeout=600)


@pytest.fixture
def cli():
    """The run_cli function, as a fixture."""
    return run_cli


@pytest.fixture(scope="session")
def nlp():
    """The spaCy English model, loaded once for the whole session."""
    from quizgen.generate.parse import load_model

    return load_model()
