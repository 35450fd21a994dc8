"""Regenerating onto an edited deck: add new facts' questions, keep every byte the teacher wrote."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quizgen import lexicon
from quizgen.atomic import atomic_write_bytes
from quizgen.deck.model import Deck, Question, Record
from quizgen.deck.read import decode_text, parse_deck
from quizgen.deck.write import write_deck
from quizgen.errors import DeckError, PartlyWritten, QuizgenError
from quizgen.paths import read_input
from quizgen.deck.merge_state import OfferState, legacy_state_path, prior_offers, retire_legacy, with_record, without_record
from quizgen.deck.merge_text import append_questions_text


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
    record_changed: bool = False

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
        if self.added:
            return f"{self.path}: {counts}"
        return f"{self.path}: {counts} (no new questions; " + ("record updated)" if self.record_changed else "file unchanged)")

    def details(self) -> list[str]:
        """One `path:LINE: ...` line per added and stale question, then any notes."""
        verb = "would add" if self.dry_run else "added"
        lines = {q.id: q.line for q in self.kept + self.added}  # a twin may be a question added just now

        def at(q: Question) -> str:
            line = lines.get(q.id) or q.line
            return f"{self.path}:{line}:" if line else f"{self.path}:"

        out = [f"{at(q)} {verb} {q.id}: {q.prompt}" for q in self.added]
        out += [f"{at(q)} stale: the source sentence of {q.id} is no longer in the article "
                "(kept; edit or delete it yourself)" for q in self.stale]
        out += [f"{at(q)} skipped {new_id}: the deck already asks it as {q.id}" for new_id, q in self.already_asked]
        return out + self.notes


def merge_deck_file(deck_path: Path, generated: Deck, article_text: str, dry_run: bool = False,
                    limit: int | None = None) -> MergeReport:
    """Append `generated` questions new to the deck at `deck_path`; keep its text, skip deleted ids, report stale ones.

    The deck's `generated:` record is updated to every id offered so far and `limit` (the --max in effect).
    """
    deck_path = Path(deck_path)
    data = _read_bytes(deck_path)
    text = decode_text(data, deck_path)
    try:
        deck = parse_deck(text, deck_path)
    except DeckError as e:
        where = f"line {e.line}: " if e.line else ""
        raise QuizgenError(f"cannot add questions to it: {where}{e.message}; fix the deck (quizgen check "
                           f"{deck_path}) or regenerate from scratch with --force", deck_path) from None
    state = prior_offers(deck, deck_path)
    report = MergeReport(path=deck_path, kept=list(deck.questions), dry_run=dry_run)
    if state.problem:
        report.notes.append(f"{deck_path}: {state.problem}")
    elif not state.found:
        report.notes.append(f"{deck_path}: no record of the questions offered before (no 'generated:' block); "
                            "any you deleted earlier may be back — delete them again and they will stay deleted")
    if state.legacy is not None and not dry_run:
        report.notes.append(f"{deck_path}: moved the record of offered questions from {state.legacy.name} into the "
                            "deck's 'generated:' block and removed that file (the deck alone is enough now)")
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
    record = Record(offered=sorted(state.offered | {q.id for q in generated.questions}), max=limit or None)
    new_text = text
    if report.added or not _same_record(deck.record, record):
        # Only the record's own lines change: out, new questions in, the record again at the very end.
        new_text = with_record(append_questions_text(without_record(text), report.added, deck_path), record)
    report.record_changed = new_text != text and not report.added
    merged = _check_merged(new_text, deck, report.added, record, deck_path)
    report.added = merged.questions[len(deck.questions):]  # with their lines in the new file
    if dry_run:
        return report
    if new_text != text:
        bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
        # Replaced only if it still holds what was read: a save made meanwhile raises Changed.
        atomic_write_bytes(deck_path, bom + new_text.encode("utf-8"), expect=data)
    _retire(state, deck_path, "the deck holds the record of offered questions" if new_text == text else
            "wrote the deck's record of offered questions" + (f" and {len(report.added)} new questions" if report.added else ""))
    return report


def new_deck(generated: Deck, limit: int | None = None) -> Deck:
    """`generated` with its quizgen record: every question offered, and the --max in effect."""
    return Deck(title=generated.title, questions=generated.questions, source=generated.source, id=generated.id,
                record=Record(offered=sorted({q.id for q in generated.questions}), max=limit or None))


def write_new_deck(deck_path: Path, generated: Deck, limit: int | None = None,
                   expect: bytes | object | None = None) -> None:
    """Write a brand-new deck with its record of offered questions (so deletions stay deleted).

    With `expect` (the bytes read earlier, or atomic.ABSENT) the deck is replaced only if it still
    holds them (else atomic.Changed); a schema that could not be written beside it raises PartlyWritten.
    """
    deck_path = Path(deck_path)
    try:
        write_deck(new_deck(generated, limit), deck_path, expect)
        unfinished = None
    except PartlyWritten as e:
        unfinished = e  # the deck (and its record) is written: still retire the old file, then say so
    # A leftover state file would only disagree with the deck.
    _retire(OfferState(legacy=legacy_state_path(deck_path)), deck_path, f"wrote the deck ({generated.summary()})")
    if unfinished is not None:
        raise unfinished


def _retire(state: OfferState, deck_path: Path, wrote: str) -> None:
    """Remove an old state file once the deck holds its ids; if that fails, say what exists now."""
    try:
        retire_legacy(state)
    except QuizgenError as e:
        raise PartlyWritten(f"{wrote}, but could not remove the old record {state.legacy.name}: {e.message} "
                            "(the deck is complete and holds the record; delete that file by hand)", deck_path) from None


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
    # An article and a teacher's copy of a sentence may differ in quotes, dashes and spaces.
    return " ".join(unicodedata.normalize("NFKC", text).translate(lexicon.TYPOGRAPHIC).split()).casefold()


def _read_bytes(path: Path) -> bytes:
    return read_input(path, "a deck")


def _same_record(a: Record | None, b: Record) -> bool:
    """Records that say the same (a hand-kept order or a repeated id does not matter)."""
    return a is not None and (set(a.offered), a.max) == (set(b.offered), b.max)


def _check_merged(new_text: str, old: Deck, added: list[Question], record: Record, path: Path) -> Deck:
    """Parse the merged text and make sure it holds the old questions unchanged, the new ones, and the record."""
    try:
        merged = parse_deck(new_text, path)
    except DeckError as e:
        merged = None
        problem = f"line {e.line}: {e.message}"
    if merged is not None:
        same = (merged.title, merged.source, merged.id) == (old.title, old.source, old.id)
        if merged.questions == old.questions + added and same and _same_record(merged.record, record):
            return merged
        problem = "the questions would not read back unchanged"
    raise QuizgenError(f"cannot add questions safely to this layout ({problem}); nothing was written — "
                       "regenerate from scratch with --force (a .bak copy is kept)", path)
