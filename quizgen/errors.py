"""The one error type quizgen raises for problems a user can fix."""

from __future__ import annotations

from pathlib import Path

from quizgen.wording import shown

# A message quoting deck text or a file name stays one line and cannot drive the terminal.
one_line = shown


class QuizgenError(Exception):
    """A user-facing problem: printed as one line, exit code 1."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.path = one_line(str(path)) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message


class DeckError(QuizgenError):
    """A deck file that cannot be used; `problems` lists every (line, message) found."""

    def __init__(self, path: str | Path, problems: list[tuple[int | None, str]]):
        line, message = problems[0]
        super().__init__(message, path, line)
        self.problems = problems


class PartlyWritten(QuizgenError):
    """A write that got halfway: the main file is complete, a companion file is not."""


def partly_written(path: str | Path, wrote: str, missing: str | Path, error: QuizgenError) -> PartlyWritten:
    """The one line for a write that got halfway: what now exists, and what could not be written."""
    return PartlyWritten(f"{wrote}, but could not write {missing}: {error.message} "
                        "(the deck is complete; fix that and run again to finish)", path)
