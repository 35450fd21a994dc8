"""Deck YAML to nodes: libyaml's speed where it agrees with PyYAML's pure parser, which judges the rest.

The deck reader and merge_text both compose through `compose`, so they can never disagree about a
file. libyaml (`yaml.CSafeLoader`) is three times faster but accepts some text the pure parser
rejects (a tab after 'key:', '?' in a flow list, a comment glued to '|', ...), and gives plain
scalars the style '' instead of None. So: text with any construct outside the plain subset that
quizgen writes and teachers type goes to the pure parser, and so does any text libyaml rejects
(its messages and line numbers are the pure parser's, as before). Inside that subset the two
were checked to build the same nodes (tests/deck/test_yaml_nodes.py; a differential fuzz of
several hundred thousand texts, see bench/README.md).
"""

from __future__ import annotations

import re
from typing import Iterator

import yaml

try:
    from yaml import CSafeLoader as _LibYAML
except ImportError:  # PyYAML built without libyaml: the pure parser alone
    _LibYAML = None

# Any of these sends the text to the pure parser (a false alarm only costs speed). Each check is a
# scan at C speed (str.find), the few hits looked at one by one: together a small part of
# libyaml's own time.
_OUTSIDE = re.compile(r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")  # tab, CR, NEL, BOM...
_INDICATORS = "!&*%@`?"  # tags, anchors, aliases, directives, reserved, explicit keys...
_TOKEN_BOUNDARY = frozenset(" \n[]{},")  # ... where a token starts


def needs_pure_parser(text: str) -> bool:
    """True when `text` holds a construct on which libyaml and the pure parser may disagree."""
    if _LibYAML is None or text.count("[") != text.count("]") or text.count("{") != text.count("}"):
        return True
    if "&" in text or "*" in text:
        return True  # an anchor or alias, wherever it hides, is the pure loader's to judge (and refuse)
    if _OUTSIDE.search(text) or text.startswith(("---", "...")) or "\n---" in text or "\n..." in text:
        return True  # unusual characters, document markers
    if any(i == 0 or text[i - 1] in _TOKEN_BOUNDARY for c in _INDICATORS for i in _found(text, c)):
        return True
    if any(_glued_comment(text, i) for c in "|>" for i in _found(text, c)):
        return True
    return any(_odd_flow(text, i) for c in "[{" for i in _found(text, c))


def _found(text: str, char: str) -> Iterator[int]:
    """Every index of `char` in `text`."""
    i = text.find(char)
    while i >= 0:
        yield i
        i = text.find(char, i + 1)


def _glued_comment(text: str, i: int) -> bool:
    """'|' or '>' followed by indentation and chomping indicators, then '#' with no space."""
    j = i + 1
    while j < len(text) and text[j] in "-+0123456789":
        j += 1
    return text[j:j + 1] == "#"


def _odd_flow(text: str, start: int) -> bool:
    """A flow collection opening at `start` that holds a '?' or a ':' (libyaml places an empty
    value after 'key:' one column on) or goes on past its line."""
    end = text.find("\n", start)
    rest = text[start:] if end < 0 else text[start:end]
    return "?" in rest or ":" in rest or max(rest.rfind("]"), rest.rfind("}")) < max(rest.rfind("["), rest.rfind("{"))


def compose(text: str, pure: type = yaml.SafeLoader) -> yaml.Node | None:
    """The node tree of `text` exactly as `yaml.compose(text, Loader=pure)` builds it (same nodes,
    marks and errors), through libyaml when that is safe. `pure` is SafeLoader or a subclass that
    refuses more (the reader's refuses anchors: text with '&' or '*' anywhere always goes to it)."""
    if not needs_pure_parser(text):
        try:
            root = yaml.compose(text, Loader=_LibYAML)
        except (yaml.YAMLError, RecursionError):
            pass  # the pure parser below gives the error (its message and line) or the nodes
        else:
            _plain_style_as_none(root)
            return root
    return yaml.compose(text, Loader=pure)


def _plain_style_as_none(root: yaml.Node | None) -> None:
    """libyaml marks a plain scalar with style '', the pure parser with None (iterative: a deep
    file must not exhaust the stack). Block lists say flow_style False or None: both are falsy,
    and only truth is ever asked of it."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            if node.style == "":
                node.style = None
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        else:
            for key, value in node.value:
                stack.append(key)
                stack.append(value)
