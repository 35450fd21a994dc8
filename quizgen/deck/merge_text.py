"""Adding questions to a teacher's deck text without changing a byte of what is already there."""

from __future__ import annotations

import yaml

from quizgen.deck.model import Question
from quizgen.deck.write import dump_questions
from quizgen.deck.yaml_nodes import compose
from quizgen.errors import QuizgenError


def append_questions_text(text: str, questions: list[Question], path: object = "<deck>") -> str:
    """`text` with `questions` added at the end of its `questions:` list; every other character kept.

    The only change ever made to existing text is dropping an empty `[]`, `~` or `null` after
    `questions:` so that a block list can follow it.
    """
    if not questions:
        return text
    if "\r" in text and "\n" not in text:
        # Old Mac line ends: merge on "\n" lines (one for one, so every index is the same) and
        # give the deck back its own line ends.
        return append_questions_text(text.replace("\r", "\n"), questions, path).replace("\n", "\r")
    root = compose(text)  # the reader's own parse: the two never disagree about a file
    keys = [k.value if isinstance(k, yaml.ScalarNode) else None for k, _ in root.value]
    i = keys.index("questions")
    knode, qnode = root.value[i]
    nl = "\r\n" if "\r\n" in text else "\n"
    if isinstance(qnode, yaml.SequenceNode) and qnode.value:
        if qnode.flow_style:
            raise QuizgenError("cannot add questions: 'questions:' is written inline as [ ... ]; "
                               "write it as a block list ('- id: ...' lines) or regenerate with --force", path)
        later = root.value[i + 1][0] if i + 1 < len(root.value) else None
        # The list ends at the next top-level key, else at the document's end (before a closing '...').
        at = root.end_mark.index if later is None else _before_trailing_comments(text, later.start_mark.index, later.start_mark.column)
        block = _indent(dump_questions(questions), qnode.start_mark.column)
        return _splice(text, at, block, nl, separate=True)
    # An empty list (`[]`, `~`, `null` or nothing): drop the empty value, start the block below the key.
    start, end = qnode.start_mark.index, qnode.end_mark.index
    text = text[:start] + text[end:]
    eol = text.find("\n", start)
    at = len(text) if eol < 0 else eol + 1
    block = _indent(dump_questions(questions), knode.start_mark.column)
    return _splice(text, at, block, nl, separate=False)


def _indent(block: str, column: int) -> str:
    """Shift every non-empty line right by `column` spaces (matching an indented `- id:` list)."""
    if not column:
        return block
    pad = " " * column
    return "".join(pad + line if line.strip() else line for line in block.splitlines(keepends=True))


def _lines_before(text: str, index: int) -> list[tuple[int, str]]:
    """(start offset, line text without its break) for each line that ends before `index`, last first."""
    out = []
    end = text.rfind("\n", 0, index)
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        out.append((start, text[start:end].rstrip("\r")))
        end = start - 1
    return out


def _before_trailing_comments(text: str, key_index: int, key_column: int) -> int:
    """Where the list ends when a top-level key follows it: before that key's own comment lines.

    Comments at the key's indentation directly above it describe the key, so new questions go
    above them; blank lines stay right after the last question (they may belong to a `|+` text).
    """
    at = text.rfind("\n", 0, key_index) + 1
    run: list[tuple[int, str]] = []
    for start, line in _lines_before(text, at):
        stripped = line.lstrip(" ")
        is_top_comment = stripped.startswith("#") and len(line) - len(stripped) <= key_column
        if not (is_top_comment or not stripped):
            break
        run.append((start, line))
        at = start
    # Skip forward over the blank lines at the top of the run: they stay with the list above.
    for start, line in reversed(run):
        if line.strip():
            return start
        at = start + len(line) + (2 if text.startswith("\r\n", start + len(line)) else 1)
    return at


def _splice(text: str, at: int, block: str, nl: str, separate: bool) -> str:
    """Insert `block` at `at`, starting on a fresh line, a blank line before it when `separate`."""
    before, after = text[:at], text[at:]
    if before and not before.endswith("\n"):
        before += nl
    if separate and not before.endswith(("\n\n", "\n\r\n")):
        before += nl
    block = block.replace("\n", nl)
    if after.strip():
        block += nl  # a blank line between the new questions and whatever the teacher wrote below
    return before + block + after
