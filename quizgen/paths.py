"""Turning command-line paths into lists of deck or article files, with clear errors."""

from __future__ import annotations

from pathlib import Path

from quizgen.errors import QuizgenError

DECK_SUFFIXES = (".yaml", ".yml")
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _expand(paths: list[str], suffixes: tuple[str, ...], what: str) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() in suffixes)
            if not found:
                raise QuizgenError(f"no {what} files ({', '.join(suffixes)}) in this folder", p)
            out.extend(found)
        elif not p.exists():
            raise QuizgenError("no such file or folder", p)
        else:
            out.append(p)
    return out


def expand_decks(paths: list[str]) -> list[Path]:
    """Deck files named, or found in the folders named."""
    return _expand(paths, DECK_SUFFIXES, "deck")


def expand_articles(paths: list[str]) -> list[Path]:
    """Article files named, or found in the folders named ('-' is kept for stdin)."""
    return [Path("-")] if paths == ["-"] else _expand(paths, ARTICLE_SUFFIXES, "article")
