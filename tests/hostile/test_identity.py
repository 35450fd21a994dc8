"""Decks from articles with one file name (a/index.html, b/index.html) keep their own identity: their
own id (progress, streaks, Anki deck ids) and, in one run, their own file."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.commands.deck_writer import _outputs
from quizgen.deck.model import Deck, source_id
from quizgen.export.anki import deck_id

PAGE = "<html><head><title>{title}</title></head><body><p>{body}</p></body></html>"


def test_same_named_articles_get_distinct_stable_ids():
    ids = {source_id(p) for p in ("a/index.html", "b/index.html", "index.html", "a/index.txt")}
    assert len(ids) == 4 and all(i.startswith("index-") for i in ids)
    assert source_id("a/index.html") == source_id("a/index.html")
    assert deck_id(Deck("T", id=source_id("a/index.html"))) != deck_id(Deck("T", id=source_id("b/index.html")))


@pytest.mark.parametrize("names, expected", [
    (["a/index.html", "b/index.html"], None),                               # one name twice: hashed names
    (["a/article.txt", "b/Article.md", "c/other.txt"], None),
    (["a/one.txt", "b/two.txt"], ["decks/one.yaml", "decks/two.yaml"]),     # distinct names: kept plain
])
def test_one_run_never_writes_two_articles_into_one_deck(tmp_path, monkeypatch, names, expected):
    monkeypatch.chdir(tmp_path)
    outputs = [str(p) for p in _outputs([Path(n) for n in names], None)]
    assert len(set(o.casefold() for o in outputs)) == len(names)
    if expected:
        assert outputs == expected


def test_generated_decks_of_two_index_pages_differ_in_id(nlp, tmp_path):
    from quizgen.generate.pipeline import generate_file

    ids = []
    for folder, title in (("a", "Rivers of Asia"), ("b", "Lakes of Africa")):
        page = tmp_path / folder / "index.html"
        page.parent.mkdir()
        page.write_text(PAGE.format(title=title, body="The Amur River flows through Russia and China. "
                                                      "Russian travellers explored the river in 1643."))
        ids.append(generate_file(page, source=f"{folder}/index.html").deck.id)
    assert ids[0] != ids[1] and ids == [source_id("a/index.html"), source_id("b/index.html")]
