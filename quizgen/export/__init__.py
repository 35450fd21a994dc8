"""Exports: the registry of formats a deck can be written as (format name -> writer module)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from quizgen.deck.model import TYPES, Deck
from quizgen.errors import QuizgenError


@dataclass(frozen=True)
class ExportOptions:
    """Choices that change what a writer produces."""

    type_in: bool = False  # apkg: fill-in questions as type-the-answer cards instead of cloze
    replacing: Path | None = None  # the file this export will replace (apkg reuses unchanged notes' times)


@dataclass(frozen=True)
class Format:
    """One export format: its name on the command line, file extension and the writer module."""

    name: str
    extension: str
    module: str
    unit: str = "question"  # what the summary counts ("note" for Anki)
    types: tuple[str, ...] = TYPES  # question types the format can hold

    def render(self, decks: list[Deck], options: ExportOptions | None = None) -> bytes:
        """The file's bytes for `decks` (questions of unsupported types already left out)."""
        writer = importlib.import_module(f"quizgen.export.{self.module}")
        return writer.render(decks, options or ExportOptions())


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("apkg", ".apkg", "anki", unit="note"),
    Format("gift", ".gift.txt", "gift"),
    Format("aiken", ".aiken.txt", "aiken", types=("multiple_choice",)),
    Format("tsv", ".tsv", "tsv", unit="card"),
    Format("quizlet", ".quizlet.tsv", "quizlet", unit="card"),
    Format("md", ".md", "markdown"),
    Format("json", ".json", "json_export"),
)}
DEFAULT_FORMAT = "apkg"
# What people call the formats ("export to Anki", "a Markdown worksheet") works too.
ALIASES = {"anki": "apkg", "markdown": "md", "moodle": "gift"}


def get_format(name: str) -> Format:
    """The format called `name`, or a clear error listing the ones there are."""
    try:
        return FORMATS[ALIASES.get(name.lower(), name.lower())]
    except KeyError:
        raise QuizgenError(f"unknown export format '{name}'; choose one of {', '.join(FORMATS)}") from None


def format_for_path(path: str) -> Format | None:
    """The format a file name asks for by its extension ('quiz.gift.txt' -> gift), if any."""
    lower = path.lower()
    matches = [f for f in FORMATS.values() if lower.endswith(f.extension)]
    return max(matches, key=lambda f: len(f.extension)) if matches else None


# Extensions no format owns, and the formats that suit a file named so.
SUGGEST = {".txt": "gift (Moodle), aiken or quizlet", ".csv": "tsv or quizlet", ".tab": "tsv or quizlet",
           ".markdown": "md", ".colpkg": "apkg", ".xml": "gift (Moodle XML is not written; GIFT imports the same)"}


def format_for_output(output: str | None, given: str | None) -> Format:
    """The format to write: `-f` when given, else `-o`'s extension; refuses a name that says another format."""
    named = format_for_path(output) if output else None
    if given:
        fmt = get_format(given)
        if named is not None and named != fmt:
            raise QuizgenError(f"-o {output} is a name for {named.name} files, but -f {given} writes {fmt.name}: "
                               f"name it *{fmt.extension}, or leave out -f to write {named.name}")
        return fmt
    if not output or Path(output).is_dir():
        return FORMATS[DEFAULT_FORMAT]
    if named is None:
        suffix = Path(output).suffix.lower()
        hint = SUGGEST.get(suffix, ", ".join(FORMATS))
        what = f"'{suffix}'" if suffix else "a name without an extension"
        raise QuizgenError(f"-o {output}: no format writes {what}; choose one with -f ({hint}), or name the "
                           f"file {' '.join('*' + f.extension for f in FORMATS.values())}")
    return named