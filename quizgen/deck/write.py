"""Writing a deck: canonical block YAML, fixed key order, quoting only where a YAML 1.1 reader needs it."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from quizgen import data
from quizgen.atomic import atomic_write_text
from quizgen.deck.model import FORMAT_VERSION, SCHEMA_NAME, Deck, Question

FLOW_LIMIT = 90  # a list fits on one line up to this width, else one entry per line


class _Flow(list):
    """A list written inline: [a, b, c]."""


class _Dumper(yaml.SafeDumper):
    """SafeDumper that writes multi-line text as | blocks and short lists inline."""


# Line breaks to YAML 1.1 that PyYAML writes raw in plain and quoted text, so they read back as a
# space; double quotes escape them (\N, \L, \P).
_RAW_BREAKS = ("\x85", "\u2028", "\u2029")


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.strip("\n") else None
    if any(b in value for b in _RAW_BREAKS):
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _flow(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_Flow, _flow)


def _list(items: list[str]) -> list[str]:
    inline = len(", ".join(items)) + 2 <= FLOW_LIMIT and all("\n" not in i for i in items)
    return _Flow(items) if inline else list(items)


def question_dict(q: Question) -> dict:
    """A question as a plain dict in the canonical key order, empty optional fields left out."""
    d: dict = {"id": q.id, "type": q.type, "prompt": q.prompt, "answer": q.answer}
    if q.distractors:
        d["distractors"] = _list(q.distractors)
    if q.accept:
        d["accept"] = _list(q.accept)
    if q.context:
        d["context"] = q.context
    if q.tags:
        d["tags"] = _list(q.tags)
    return d


def dump_questions(questions: list[Question]) -> str:
    """The YAML of a `questions:` list's items, a blank line between questions."""
    if not questions:
        return ""
    text = yaml.dump([question_dict(q) for q in questions], Dumper=_Dumper, sort_keys=False,
                     allow_unicode=True, width=10**6, default_flow_style=False)
    return text.replace("\n- id: ", "\n\n- id: ")


def deck_header(deck: Deck) -> dict:
    """The deck's top-level keys before `questions`, in file order, empty optional ones left out."""
    head: dict = {"quizgen": FORMAT_VERSION}
    if deck.id:
        head["id"] = deck.id
    head["title"] = deck.title
    if deck.source:
        head["source"] = deck.source
    return head


def dump_deck(deck: Deck) -> str:
    """The whole deck file's text."""
    out = f"# yaml-language-server: $schema={SCHEMA_NAME}\n"
    out += yaml.dump(deck_header(deck), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10**6)
    if deck.questions:
        out += "questions:\n" + dump_questions(deck.questions)
    else:
        out += "questions: []\n"
    if deck.record is not None:
        from quizgen.deck.merge_state import with_record

        out = with_record(out, deck.record)
    return out


def schema_text() -> str:
    """The deck JSON Schema shipped in the package."""
    return data.text(SCHEMA_NAME)


def write_schema_beside(path: Path) -> None:
    """Put deck.schema.json next to a deck so editors validate it; leave an identical one alone."""
    target = path.parent / SCHEMA_NAME
    text = schema_text()
    try:
        if target.exists() and json.loads(target.read_text(encoding="utf-8")) == json.loads(text):
            return
    except (OSError, ValueError):
        pass
    atomic_write_text(target, text)


def write_deck(deck: Deck, path: Path) -> None:
    """Atomically write `deck` to `path` (see quizgen.deck.model.save_deck)."""
    atomic_write_text(path, dump_deck(deck))
    write_schema_beside(path)
