"""Deck YAML through libyaml where it is safe: always the nodes and errors of PyYAML's pure parser."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.deck.yaml_nodes import compose, needs_pure_parser
from tests.conftest import SEED_DECK


def _tree(node):
    """A node as comparable data: kind, tag, value, style, every mark (block lists: falsy style)."""
    if node is None:
        return None
    marks = (node.start_mark.line, node.start_mark.column, node.start_mark.index, node.end_mark.index)
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    if isinstance(node, yaml.SequenceNode):
        return ("list", node.tag, bool(node.flow_style), marks, [_tree(n) for n in node.value])
    return ("map", node.tag, bool(node.flow_style), marks, [(_tree(k), _tree(v)) for k, v in node.value])


def _pure(text: str):
    try:
        return _tree(yaml.compose(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as e:
        return ("error", str(e))


def _ours(text: str):
    try:
        return _tree(compose(text))
    except yaml.YAMLError as e:
        return ("error", str(e))


# Where libyaml and the pure parser disagree (found by a differential fuzz): each goes to the pure one.
DISAGREEING = [
    "key:\tvalue\n",                       # a tab after 'key:' (libyaml accepts it)
    "distractors: [Who?, B]\n",           # '?' in a flow list (libyaml: a plain scalar)
    "tags: [country: ]\n",                # an empty value in a flow mapping (libyaml: one column on)
    "answer: |#note\n  text\n",           # a comment glued to a block scalar's header
    "a: [b,\n  'c']\n",                   # a flow list over several lines
    "!tag a: b\n",                        # tags
    "a: &x b\nc: *x\n",                   # anchors and aliases (the reader refuses them)
    "a: {b:&x c}\n",                      # ... even where no space comes before them
    "--- \na: b\n",                       # document markers
    "a: 😀\n",                            # astral characters (marks counted differently)
    "a: b\r\nc: d\r\n",                   # CR
    "a: b\u2028c\n",                      # a line separator
]


@pytest.mark.parametrize("text", DISAGREEING)
def test_text_where_the_parsers_may_disagree_goes_to_the_pure_one(text):
    assert needs_pure_parser(text)
    assert _ours(text) == _pure(text)


def test_a_written_deck_goes_through_libyaml_with_the_same_nodes():
    text = SEED_DECK.read_text(encoding="utf-8")
    assert not needs_pure_parser(text)
    assert _ours(text) == _pure(text)


def test_a_plain_scalar_has_the_pure_parsers_style():
    assert compose("a: b\n").value[0][1].style is None


TOKENS = ["a", "b", "é", "1", "~", "null", ": ", ":", "- ", "-", "\n", "\n  ", "\n    ", " ", "\t", "?", "? ",
          "a?", "[", "]", "{", "}", ", ", ",", "'", '"', "#", " #c", "|", "|-", ">", ">+", "|2", "&x ", "*x", "!",
          "!!str ", "%", "@", "`", "---", "...", "--", "..", "\\", "\\n", '\\"', "\r\n", "\x85", "\u2028", "\xa0",
          "\ufeff", "\x07", "😀", "''"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=16).map("".join))
def test_any_text_gives_the_pure_parsers_nodes_or_error(text):
    assert _ours(text) == _pure(text)
