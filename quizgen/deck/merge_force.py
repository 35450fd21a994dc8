"""`generate --force` onto an existing deck: say what the teacher would lose, keep a .bak, then replace."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quizgen.atomic import atomic_write_bytes
from quizgen.deck.model import Deck, Question
from quizgen.deck.read import decode_text, parse_deck
from quizgen.deck.write import dump_deck
from quizgen.errors import QuizgenError
from quizgen.deck.merge import new_deck, write_new_deck
from quizgen.deck.merge_state import MARKER, prior_offers, without_record

SCHEMA_COMMENT = "# yaml-language-server:"


@dataclass
class ForceReport:
    """What replacing a deck from scratch loses, and where the old file was kept."""

    path: Path
    edited: list[Question] = field(default_factory=list)
    own: list[Question] = field(default_factory=list)
    dropped: list[Question] = field(default_factory=list)
    returning: list[str] = field(default_factory=list)
    comments: int = 0
    unreadable: str | None = None
    backup: Path | None = None
    total: int = 0
    dry_run: bool = False
    limit: int | None = None

    @property
    def loses_anything(self) -> bool:
        """True when the old file holds edits, own questions, comments, or does not load."""
        return bool(self.edited or self.own or self.dropped or self.comments or self.unreadable)

    def losses(self) -> list[str]:
        """One line per thing of the teacher's that the new file will not have."""
        p = self.path
        if self.unreadable:
            return [f"{p}: --force replaces the whole file, which does not load as a deck ({self.unreadable})"]
        out = [f"{p}:{q.line}: --force replaces your edited question {q.id}" for q in self.edited]
        out += [f"{p}:{q.line}: --force drops your own question {q.id}" for q in self.own]
        out += [f"{p}:{q.line}: --force drops question {q.id} (not in the new generation)" for q in self.dropped]
        if self.comments:
            out.append(f"{p}: --force drops {self.comments} comment line{'s' * (self.comments != 1)}")
        if self.returning:
            out.append(f"{p}: --force brings back {len(self.returning)} question(s) you deleted: {', '.join(self.returning)}")
        return out

    def summary(self) -> str:
        """One line: what was (or would be) written and where the old file is kept."""
        kept = f"; the old file is kept as {self.backup}" if self.backup else ""
        if self.dry_run:
            return f"{self.path}: dry run, nothing written: --force would regenerate it from scratch ({self.total} questions)"
        return f"{self.path}: regenerated from scratch ({self.total} questions){kept}"


def plan_force(deck_path: Path, generated: Deck, dry_run: bool = False, limit: int | None = None) -> ForceReport:
    """What replacing the deck with `generated` would lose; writes nothing (print `losses()` first)."""
    deck_path = Path(deck_path)
    report = ForceReport(path=deck_path, total=len(generated.questions), dry_run=dry_run, limit=limit)
    data = _old_bytes(deck_path)
    if data is not None:
        _find_losses(report, data, generated)
    return report


def apply_force(report: ForceReport, generated: Deck) -> ForceReport:
    """Copy the old file to a .bak (unless it is already exactly `generated`), then write `generated`."""
    data = _old_bytes(report.path)
    if data is not None and data != dump_deck(new_deck(generated, report.limit)).encode("utf-8"):
        report.backup = backup_path(report.path, data)
        atomic_write_bytes(report.backup, data)
    write_new_deck(report.path, generated, report.limit)
    return report


def _old_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise QuizgenError(f"cannot read: {e.strerror}", path) from None


def backup_path(deck_path: Path, data: bytes) -> Path:
    """`DECK.bak`, or `DECK.bak2`, `DECK.bak3`... so an earlier, different backup is never overwritten."""
    n = 1
    while True:
        candidate = deck_path.with_name(deck_path.name + (".bak" if n == 1 else f".bak{n}"))
        try:
            if not candidate.exists() or candidate.read_bytes() == data:
                return candidate
        except OSError:
            pass
        n += 1


def _find_losses(report: ForceReport, data: bytes, generated: Deck) -> None:
    """Fill in the report's edited/own questions and comment count from the old file's bytes."""
    try:
        text = decode_text(data, report.path)
        old = parse_deck(text, report.path)
    except QuizgenError as e:
        report.unreadable = str(e.message)
        return
    fresh = {q.id: q for q in generated.questions}
    state = prior_offers(old, report.path)
    offered = state.offered
    for q in old.questions:
        if q.id not in fresh:
            # Without a record of what was offered, a question's origin is unknown: say so neutrally.
            (report.own if state.found and q.id not in offered else report.dropped).append(q)
        elif q != fresh[q.id]:
            report.edited.append(q)
    in_old = {q.id for q in old.questions}
    report.returning = [i for i in fresh if i in offered and i not in in_old]
    report.comments = sum(1 for line in without_record(text).splitlines()
                          if line.lstrip().startswith("#") and not line.startswith((SCHEMA_COMMENT, MARKER)))
