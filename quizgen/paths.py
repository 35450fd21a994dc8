"""Turning command-line paths into lists of deck or article files, with clear errors."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import BinaryIO

from quizgen.errors import QuizgenError

DECK_SUFFIXES = (".yaml", ".yml")
DEFAULT_DECKS = Path("decks")
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# Articles and decks are text a person writes: far below this. A bigger input (or an endless one
# such as /dev/zero) is refused with a clear line rather than read until memory runs out.
MAX_INPUT_BYTES = 50_000_000


def read_input(path: str | Path, what: str = "file") -> bytes:
    """The bytes of an article or deck file ('-': standard input), refusing what is not a regular
    file (a FIFO would block, a device may never end) and anything over MAX_INPUT_BYTES."""
    if str(path) == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise QuizgenError("standard input is closed; pipe an article in, e.g. 'quizgen generate - < article.txt'")
        return _capped(sys.stdin.buffer, "stdin", what)
    p = Path(path)
    mode = _mode(p, "no such file")
    if stat.S_ISDIR(mode):
        raise QuizgenError(f"is a directory, not {what} file", p)
    if not stat.S_ISREG(mode):
        raise QuizgenError(f"not a regular file (a FIFO, device or socket); give {what} file, or '-' to read a pipe", p)
    try:
        with open(p, "rb") as f:
            return _capped(f, p, what)
    except OSError as e:
        raise QuizgenError(f"cannot read: {e.strerror}", p) from None


def _mode(p: Path, missing: str) -> int:
    """`p`'s file mode (following links), or the one-line error a user sees."""
    try:
        return p.stat().st_mode
    except FileNotFoundError:
        raise QuizgenError(missing, p) from None
    except OSError as e:
        raise QuizgenError(f"cannot read: {e.strerror}", p) from None


def _capped(stream: BinaryIO, name: str | Path, what: str) -> bytes:
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise QuizgenError(f"too big for {what} (over {MAX_INPUT_BYTES // 1_000_000} MB); split it into smaller files", name)
    return data


def list_folder(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The files in `folder` with one of `suffixes`, sorted; one line saying why it cannot be listed."""
    try:
        entries = list(folder.iterdir())
    except OSError as e:
        raise QuizgenError(f"cannot list this folder: {e.strerror}", folder) from None
    return sorted(x for x in entries if x.suffix.lower() in suffixes and x.is_file())


def _expand(paths: list[str], suffixes: tuple[str, ...], what: str, skip=None) -> list[Path]:  # noqa: ANN001
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        mode = _mode(p, "no such file or folder")
        if stat.S_ISDIR(mode):
            found = list_folder(p, suffixes)
            if not found:
                raise QuizgenError(f"no {what} files ({', '.join(suffixes)}) in this folder", p)
            if skip is not None:
                found = [x for x in found if not skip(x)]
                if not found:
                    raise QuizgenError(f"no {what} files in this folder (every file was skipped)", p)
            out.extend(found)
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
    return list_folder(DEFAULT_DECKS, DECK_SUFFIXES)


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
