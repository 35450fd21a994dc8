"""The generator's record inside a deck file: a comment block at its end.

    # quizgen record (keep it with the deck): the questions generate offered; one you delete stays deleted
    # max: 5
    # offered: q-0639011d q-08cd3f91 q-17350b5f ...

It lists the question ids `quizgen generate` has offered for the deck, so a question the teacher
deleted is not offered again, and the `--max` it was given. It lives in the deck itself, so the YAML
file is all a teacher shares; it is made of comments, so the deck's data, its schema, `check`,
quizzes and exports are untouched by it, and a teacher may add questions below it. A merge rewrites
only these lines and moves them to the end; every other byte stays. Decks made before it kept the
ids in a hidden file beside them (`.NAME.quizgen-state.json`): that file is read once, merged into
the block, and removed, so there is one record in one place, never two that disagree.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.deck.model import Deck, Record

MARKER = "# quizgen record"
HEADER = MARKER + " (keep it with the deck): the questions generate offered; one you delete stays deleted"
FIELD = re.compile(r"^#\s*([A-Za-z_]+)\s*:(.*)$")
FIELDS = ("max", "offered")
ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")  # as quizgen.deck.read.ID_PATTERN
WIDTH = 100
RESET = "(or delete the quizgen record lines: quizgen then forgets which questions it offered)"


@dataclass
class OfferState:
    """Ids offered so far; `found` is False when there was no record; `legacy` is an old state file to retire."""

    offered: set[str] = field(default_factory=set)
    found: bool = False
    problem: str | None = None
    legacy: Path | None = None


def read_record(text: str) -> tuple[Record | None, list[tuple[int, str]]]:
    """The record in a deck's text, and (line, message) for each hand edit that broke it."""
    span = _span(text)
    if span is None:
        return None, []
    record, problems = Record(), []
    first = text.count("\n", 0, span[0]) + 1
    for n, line in enumerate(text[span[0]:span[1]].splitlines()[1:], start=first + 1):
        key, value = _field(line)
        if key == "max":
            if value.isdigit() and int(value) >= 1:
                record.max = int(value)
            elif value:
                problems.append((n, f"the quizgen record's max must be a whole number of 1 or more, not '{value}' "
                                    "(delete the line for no limit)"))
        elif key == "offered":
            for qid in value.split():
                if ID.match(qid):
                    record.offered.append(qid)
                else:
                    problems.append((n, f"'{qid}' in the quizgen record is not a question id {RESET}"))
        else:
            problems.append((n, f"unknown line '{key}:' in the quizgen record; did you mean "
                                f"'{difflib.get_close_matches(key, FIELDS, n=1, cutoff=0)[0]}:'?"))
    return record, problems


def record_text(record: Record, nl: str = "\n") -> str:
    """The record's comment lines (ids sorted, wrapped), each ending with `nl`."""
    lines = [HEADER] + ([f"# max: {record.max}"] if record.max else [])
    line = "# offered:"
    for qid in sorted(set(record.offered)):
        if len(line) + 1 + len(qid) > WIDTH and line != "# offered:":
            lines.append(line)
            line = "# offered:"
        line += " " + qid
    lines.append(line)
    return "".join(item + nl for item in lines)


def without_record(text: str) -> str:
    """`text` without its record lines (a record at the very end takes the blank lines before it too)."""
    span = _span(text)
    if span is None:
        return text
    before, after = text[:span[0]], text[span[1]:]
    if not after.strip():
        nl = "\r\n" if "\r\n" in text else "\n"
        return before.rstrip("\r\n") + nl if before.strip() else before
    # The blank line above the record is the one `with_record` put there: it goes with the record.
    for blank in ("\n\r\n", "\n\n"):
        if before.endswith(blank):
            return before[:len(before) - len(blank) + 1] + after
    return before + after


def with_record(text: str, record: Record) -> str:
    """`text` (without a record) with `record` added at its end, after a blank line."""
    nl = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith("\n"):
        text += nl
    return text + nl + record_text(record, nl)


def prior_offers(deck: Deck, deck_path: Path) -> OfferState:
    """The ids offered for this deck so far: its record, plus an old state file if one is left."""
    state = OfferState()
    if deck.record is not None:
        state.offered, state.found = set(deck.record.offered), True
    path = legacy_state_path(Path(deck_path))
    if not path.exists():
        return state
    state.legacy = path
    try:
        offered = json.loads(path.read_text(encoding="utf-8"))["offered"]
        if not (isinstance(offered, list) and all(isinstance(i, str) for i in offered)):
            raise ValueError("'offered' is not a list of ids")
    except (OSError, ValueError, KeyError, TypeError) as e:
        if not state.found:
            state.problem = f"{path} is unreadable ({e}); ignoring it"
        return state
    state.offered |= set(offered)
    state.found = True
    return state


def legacy_state_path(deck_path: Path) -> Path:
    """Where decks made before the in-file record kept it: `.NAME.quizgen-state.json` beside `NAME.yaml`."""
    return deck_path.with_name(f".{deck_path.stem}.quizgen-state.json")


def retire_legacy(state: OfferState) -> None:
    """Remove the old state file once its ids are in the deck's own record."""
    if state.legacy is not None:
        state.legacy.unlink(missing_ok=True)


def _field(line: str) -> tuple[str | None, str]:
    m = FIELD.match(line.rstrip("\r"))
    return (m.group(1), m.group(2).strip()) if m else (None, "")


def _span(text: str) -> tuple[int, int] | None:
    """(start, end) offsets of the record: the last marker line and the field lines right after it.

    A field line is `# NAME: ...` with a NAME close to max/offered; any other line ends the block,
    so a teacher's own comment below the record stays theirs.
    """
    at = text.rfind("\n" + MARKER)
    if at < 0 and not text.startswith(MARKER):
        return None
    start = at + 1  # 0 when the file opens with it
    end = text.find("\n", start) + 1 or len(text)
    while end < len(text):
        nxt = text.find("\n", end) + 1 or len(text)
        key, _ = _field(text[end:nxt])
        if key is None or not difflib.get_close_matches(key, FIELDS, n=1, cutoff=0.6):
            break
        end = nxt
    return start, end
