"""Turning command-line paths into lists of deck or article files, with clear errors."""

from __future__ import annotations

from pathlib import Path

from quizgen.errors import QuizgenError

DECK_SUFFIXES = (".yaml", ".yml")
DEFAULT_DECKS = Path("decks")
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _expand(paths: list[str], suffixes: tuple[str, ...], what: str, skip=None) -> list[Path]:  # noqa: ANN001
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() in suffixes)
            if not found:
                raise QuizgenError(f"no {what} files ({', '.join(suffixes)}) in this folder", p)
            if skip is not None:
                found = [x for x in found if not skip(x)]
                if not found:
                    raise QuizgenError(f"no {what} files in this folder (every file was skipped)", p)
            out.extend(found)
        elif not p.exists():
            raise QuizgenError("no such file or folder", p)
        else:
            out.append(p)
    return out


def expand_decks(paths: list[str]) -> list[Path]:
    """Deck files named, or found in the folders named."""
    return _expand(paths, DECK_SUFFIXES, "deck")


def default_decks() -> list[Path]:
    """The deck files in ./decks, sorted (none when there is no such folder)."""
    if not DEFAULT_DECKS.is_dir():
        return []
    return sorted(p for p in DEFAULT_DECKS.glob("*") if p.is_file() and p.suffix.lower() in DECK_SUFFIXES)


def decks_or_default(names: list[str]) -> list[Path]:
    """Deck files named (or in the folders named); with none named, the decks in ./decks (one at least)."""
    found = expand_decks(names) if names else default_decks()
    if not found:
        raise QuizgenError("no decks named and no ./decks/*.yaml here (name deck files or folders)")
    return found


def expand_articles(paths: list[str], skipped: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Article files named, or found in the folders named ('-' is kept for stdin).

    A folder's files that are not articles (a README, a list or a table) are left out and added to
    `skipped` with the reason; a file named on its own is always taken.
    """
    if paths == ["-"]:
        return [Path("-")]
    from quizgen.generate.read.triage import not_an_article

    def skip(path: Path) -> bool:
        why = not_an_article(path)
        if why and skipped is not None:
            skipped.append((path, why))
        return why is not None

    return _expand(paths, ARTICLE_SUFFIXES, "article", skip)
