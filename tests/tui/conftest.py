"""Fixtures the app's tests share."""

from __future__ import annotations

import pytest

from quizgen.progress.store import FILE_NAME, ProgressStore
from tests.tui.support import learner_decks


@pytest.fixture
def learner(tmp_path, monkeypatch):
    """Three decks in ./decks and an empty progress store of their own; yields the store."""
    monkeypatch.chdir(tmp_path)
    learner_decks(tmp_path)
    store = ProgressStore.open(tmp_path / "home" / FILE_NAME)
    yield store
    store.close()
