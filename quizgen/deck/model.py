"""The deck: the question file teachers edit — its model, `load_deck` and `save_deck`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FORMAT_VERSION = 1
TYPES = ("multiple_choice", "fill_in", "true_false")
TYPE_LABELS = {"multiple_choice": "multiple choice", "fill_in": "fill-in", "true_false": "true/false"}
BLANK = re.compile(r"_{3,}")
SCHEMA_NAME = "deck.schema.json"


@dataclass
class Question:
    """One question; `answer` is text, except a bool for true_false."""

    id: str
    type: str
    prompt: str
    answer: str | bool
    distractors: list[str] = field(default_factory=list)
    accept: list[str] = field(default_factory=list)
    context: str | None = None
    tags: list[str] = field(default_factory=list)
    line: int | None = field(default=None, compare=False, repr=False)

    @property
    def answer_text(self) -> str:
        """The answer as display text ("True"/"False" for true_false)."""
        if isinstance(self.answer, bool):
            return "True" if self.answer else "False"
        return self.answer


@dataclass
class Record:
    """What `quizgen generate` keeps in the deck's `generated:` block: the question ids it has offered
    (so a question the teacher deleted is not offered again) and the `--max` it was given."""

    offered: list[str] = field(default_factory=list)
    max: int | None = None


@dataclass
class Deck:
    """A titled list of questions, optionally tied to its source article."""

    title: str
    questions: list[Question] = field(default_factory=list)
    source: str | None = None
    id: str | None = None
    path: Path | None = field(default=None, compare=False, repr=False)
    # The generator's bookkeeping, not content: exports and quizzes ignore it.
    record: Record | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> str:
        """The deck's stable identity: its `id`, else a slug of its title."""
        return self.id or slugify(self.title)

    def counts(self) -> dict[str, int]:
        """Number of questions of each type, in TYPES order."""
        return {t: sum(q.type == t for q in self.questions) for t in TYPES}

    def summary(self) -> str:
        """'N questions (a multiple choice, b fill-in, c true/false)'."""
        n = len(self.questions)
        parts = ", ".join(f"{c} {TYPE_LABELS[t]}" for t, c in self.counts().items())
        return f"{n} question{'s' if n != 1 else ''} ({parts})"


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ('China Urges Mongolia' -> 'china-urges-mongolia')."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "deck"


def source_id(source: str) -> str:
    """A deck id for an article path: its name's slug and a short hash of the whole path
    ('index-3f9a2c'), so a/index.html and b/index.html never share progress or an Anki deck."""
    import hashlib

    return f"{slugify(Path(source).stem)}-{hashlib.sha256(source.encode('utf-8', 'surrogateescape')).hexdigest()[:6]}"


def load_deck(path: str | Path) -> Deck:
    """Read and validate a deck file; raise DeckError listing every problem with its line."""
    from quizgen.deck.read import read_deck

    return read_deck(Path(path))


def save_deck(deck: Deck, path: str | Path) -> None:
    """Write a deck atomically in the canonical layout, with deck.schema.json beside it."""
    from quizgen.deck.write import write_deck

    write_deck(deck, Path(path))
