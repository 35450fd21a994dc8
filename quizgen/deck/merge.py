"""Regenerating onto an edited deck: add new facts' questions, keep every byte the teacher wrote."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen import lexicon
from quizgen.atomic import atomic_write_bytes
from quizgen.deck.model import Deck, Question
from quizgen.deck.write import write_deck
from quizgen.deck.read import decode_text, parse_deck
from quizgen.errors import DeckError, PartlyWritten, QuizgenError, partly_written
from quizgen.paths import read_input
from quizgen.deck.merge_state import fingerprint, read_state, state_path, write_state
from quizgen.deck.merge_text import append_questions_text

if TYPE_CHECKING:
    from quizgen.deck.merge_force import ForceReport

# Typographic characters an article and a teacher's copy of a sentence may disagree on.
_PLAIN = lexicon.TYPOGRAPHIC


@dataclass
class MergeReport:
    """What a merge did (or, in a dry run, would do) to one deck file."""

    path: Path
    added: list[Question] = field(default_factory=list)
    kept: list[Question] = field(default_factory=list)
    stale: list[Question] = field(default_factory=list)
    previously_deleted: list[str] = field(default_factory=list)
    already_asked: list[tuple[str, Question]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        """True when the deck file gains questions."""
        return bool(self.added)

    def summary(self) -> str:
        """One line: 'PATH: added 3, kept 12, stale 1, previously deleted 2'."""
        counts = (f"added {len(self.added)}, kept {len(self.kept)}, stale {len(self.stale)}, "
                  f"previously deleted {len(self.previously_deleted)}")
        if self.dry_run:
            return f"{self.path}: dry run, nothing written: would have {counts}"
        return f"{self.path}: {counts}" + ("" if self.added else " (no new questions; file unchanged)")

    def details(self) -> list[str]:
        """One `path:LINE: ...` line per added and stale question, then any notes."""
        verb = "would add" if self.dry_run else "added"
        out = [f"{self.path}:{q.line}: {verb} {q.id}: {q.prompt}" for q in self.added]
        out += [f"{self.path}:{q.line}: stale: the source sentence of {q.id} is no longer in the article "
                "(kept; edit or delete it yourself)" for q in self.stale]
        out += [f"{self.path}:{q.line}: skipped {new_id}: the deck already asks it as {q.id}"
                for new_id, q in self.already_asked]
        return out + self.notes


def merge_deck_file(deck_path: Path, generated: Deck, article_text: str, dry_run: bool = False) -> MergeReport:
    """Append `generated` questions new to the deck at `deck_path`; keep its text, skip deleted ids, report stale ones."""
    deck_path = Path(deck_path)
    data = _read_bytes(deck_path)
    text = decode_text(data, deck_path)
    try:
        deck = parse_deck(text, deck_path)
    except DeckError as e:
        where = f"line {e.line}: " if e.line else ""
        raise QuizgenError(f"cannot add questions to it: {where}{e.message}; fix the deck (quizgen check "
                           f"{deck_path}) or regenerate from scratch with --force", deck_path) from None
    state = read_state(deck_path)
    report = MergeReport(path=deck_path, kept=list(deck.questions), dry_run=dry_run)
    if state.problem:
        report.notes.append(f"{deck_path}: {state.problem}")
    elif not state.found:
        report.notes.append(f"{deck_path}: no record of the questions offered before ({state_path(deck_path).name}); "
                            "any you deleted earlier may be back — delete them again and they will stay deleted")
    in_deck = {q.id for q in deck.questions}
    asked = {key: q for q in deck.questions for key in _sameness_keys(q)}
    seen: set[str] = set()
    for q in generated.questions:
        if q.id in seen or q.id in in_deck:
            continue
        seen.add(q.id)
        twin = next((asked[k] for k in _sameness_keys(q) if k in asked), None)
        if q.id in state.offered:
            report.previously_deleted.append(q.id)
        elif twin is not None:
            report.already_asked.append((q.id, twin))
        else:
            report.added.append(q)
            asked.update((k, q) for k in _sameness_keys(q))
    report.stale = stale_questions(deck.questions, article_text, generated)
    new_text = append_questions_text(text, report.added, deck_path)
    if report.added:
        merged = _check_merged(new_text, deck, report.added, deck_path)
        report.added = merged.questions[len(deck.questions):]  # with their lines in the new file
    if dry_run:
        return report
    if report.added:
        bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
        # Replaced only if it still holds what was read: a save made meanwhile raises Changed.
        atomic_write_bytes(deck_path, bom + new_text.encode("utf-8"), expect=data)
    offered = state.offered | {q.id for q in generated.questions}
    # A question is known as quizgen wrote it when it is added now, or the deck still holds it exactly.
    by_id = {q.id: q for q in deck.questions}
    prints = dict(state.generated)
    prints.update((q.id, fingerprint(q)) for q in generated.questions if by_id.get(q.id) == q)
    prints.update((q.id, fingerprint(q)) for q in report.added)
    if offered != state.offered or not state.found or prints != state.generated:
        _record(deck_path, offered, f"added {len(report.added)} questions to the deck" if report.added else None, prints)
    return report


def write_new_deck(deck_path: Path, generated: Deck, expect: bytes | object | None = None) -> None:
    """Write a brand-new deck and record its questions as offered (so deletions stay deleted)."""
    try:
        write_deck(generated, deck_path, expect)
        unfinished = None
    except PartlyWritten as e:
        unfinished = e  # the deck is written: record its questions all the same, then say so
    _record(Path(deck_path), {q.id for q in generated.questions}, f"wrote the deck ({generated.summary()})",
            {q.id: fingerprint(q) for q in generated.questions})
    if unfinished is not None:
        raise unfinished


def _record(deck_path: Path, offered: set[str], wrote: str | None, prints: dict[str, str]) -> None:
    """Write the offered-ids record; when it fails after the deck was written, say what now exists."""
    try:
        write_state(deck_path, offered, prints)
    except QuizgenError as e:
        if wrote is None:
            raise
        raise partly_written(deck_path, wrote, state_path(deck_path).name, e) from None


def stale_questions(questions: list[Question], article_text: str, generated: Deck | None = None) -> list[Question]:
    """Questions whose `context` sentence appears neither in the article nor among fresh contexts."""
    article = _plain(article_text)
    fresh = {_plain(q.context) for q in generated.questions if q.context} if generated else set()
    return [q for q in questions if q.context and _plain(q.context) not in fresh and _plain(q.context) not in article]


def _sameness_keys(q: Question) -> list[tuple]:
    """Keys under which two questions count as the same one asked twice, whatever their ids."""
    keys: list[tuple] = [("prompt", q.type, _plain(q.prompt))]
    if q.context:
        keys.append(("fact", q.type, _plain(q.context), _plain(q.answer_text)))
    return keys


def _plain(text: str) -> str:
    """Text compared loosely: Unicode-normalised, plain quotes and dashes, spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_PLAIN).split()).casefold()


def _read_bytes(path: Path) -> bytes:
    return read_input(path, "a deck")


def _check_merged(new_text: str, old: Deck, added: list[Question], path: Path) -> Deck:
    """Parse the merged text and make sure it holds the old questions unchanged, then the new ones."""
    try:
        merged = parse_deck(new_text, path)
    except DeckError as e:
        merged = None
        problem = f"line {e.line}: {e.message}"
    if merged is not None:
        if merged.questions == old.questions + added and (merged.title, merged.source, merged.id) == (old.title, old.source, old.id):
            return merged
        problem = "the questions would not read back unchanged"
    raise QuizgenError(f"cannot add questions safely to this layout ({problem}); nothing was written — "
                       "regenerate from scratch with --force (a .bak copy is kept)", path)


def regenerate(deck_path: Path, generated: Deck, article_text: str, force: bool = False,
               dry_run: bool = False) -> MergeReport | ForceReport | None:
    """What `quizgen generate -o DECK` does: write a new deck, merge into an existing one, or --force.

    Returns None for a brand-new deck (written unless `dry_run`).
    """
    from quizgen.deck.merge_force import force_overwrite  # here: merge_force imports this module

    deck_path = Path(deck_path)
    if force:
        return force_overwrite(deck_path, generated, dry_run)
    if deck_path.exists():
        return merge_deck_file(deck_path, generated, article_text, dry_run)
    if not dry_run:
        write_new_deck(deck_path, generated)
    return None
