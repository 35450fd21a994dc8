"""Telling a folder's articles from the files beside them (README, SOURCES, a list or a table)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

TABLE_ROW = re.compile(r"^\s*\|.*\||^[^\t]*\t[^\t]*\t")  # '| a | b |', or two tabs: a TSV row
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
HEADING_OR_RULE = re.compile(r"^\s*(?:#{1,6}\s|[-=*_|: ]{3,}$)")
MOSTLY = 0.5  # more than this share of a file's lines are rows or items: not prose
SAMPLE_BYTES = 200_000


@lru_cache(maxsize=1)
def paperwork_names() -> frozenset[str]:
    """quizgen/data/not_articles.txt: file names that are never articles in a folder run."""
    text = resources.files("quizgen.data").joinpath("not_articles.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def not_an_article(path: Path) -> str | None:
    """Why the file at `path`, found in a folder, is not an article to ask about; None when it is one."""
    stem = path.name.split(".")[0]
    if stem.casefold() in paperwork_names():
        return f"a {stem} file, not an article (name it on its own to generate from it anyway)"
    if path.suffix.lower() not in (".txt", ".md"):
        return None
    try:
        with path.open("rb") as f:
            text = f.read(SAMPLE_BYTES).decode("utf-8", "replace")
    except OSError:
        return None  # generating reports why it cannot be read
    return list_or_table(text)


def list_or_table(text: str) -> str | None:
    """Why `text` is mostly table rows or list items rather than sentences; None for prose."""
    lines = [line for line in text.splitlines() if line.strip() and not HEADING_OR_RULE.match(line)]
    rows = sum(1 for line in lines if TABLE_ROW.match(line))
    items = sum(1 for line in lines if not TABLE_ROW.match(line) and LIST_ITEM.match(line))
    if lines and (rows + items) / len(lines) > MOSTLY:
        return (f"mostly table rows and list items ({rows + items} of {len(lines)} lines), not sentences "
                "(name it on its own to generate from it anyway)")
    return None
