"""Reading a deck file: YAML nodes to a Deck, every text kept as typed, every problem with its line."""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

import yaml

from quizgen.deck.cache import cached_deck, keep_deck
from quizgen.deck.yaml_nodes import compose
from quizgen.deck.model import BLANK, FORMAT_VERSION, TYPES, Deck, Question
from quizgen.deck.merge_state import read_record
from quizgen.wording import BIDI_CONTROLS
from quizgen.errors import DeckError, QuizgenError, one_line

TOP_KEYS = ("quizgen", "id", "title", "source", "questions")
QUESTION_KEYS = ("id", "type", "prompt", "answer", "distractors", "accept", "context", "tags")
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")  # fullmatch: '$' would let a final newline in
STR = "tag:yaml.org,2002:str"
_DECK_KEY = re.compile(rb"^(?:\xef\xbb\xbf)?(?:quizgen|questions)[ \t]*:", re.M)
# Text is shown in terminals and cards: a control character (an escape sequence) or a lone
# surrogate (not a character: nothing can encode it) is refused, and so is a bidi control (U+202E
# shows text backwards: an option could read as another); tab and line breaks are text.
TEXT_CONTROLS = frozenset("\t\n")


class _Alias(Exception):
    """An anchor (&name) or alias (*name): the format never needs them, and aliases multiply work."""

    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__()
        self.line = mark.line + 1


class _DeckLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases before composing anything from them."""

    def compose_node(self, parent, index):  # noqa: ANN001, ANN201 - PyYAML's signature
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Alias(event.start_mark)
        return super().compose_node(parent, index)


def bad_character(value: str, allowed: frozenset[str] = TEXT_CONTROLS) -> str | None:
    """Why `value` cannot be deck text (a control character or lone surrogate, named), or None."""
    for c in value:
        kind = unicodedata.category(c)
        if kind == "Cc" and c not in allowed:
            return f"a control character (U+{ord(c):04X})"
        if kind == "Cs":
            return f"a lone surrogate (\\u{ord(c):04x}), which is not a character"
        if c in BIDI_CONTROLS:
            return f"a bidirectional control (U+{ord(c):04X}), which reorders what is shown"
    return None


class _Problems:
    """Collects (line, message) pairs; lines are 1-based."""

    def __init__(self) -> None:
        self.items: list[tuple[int | None, str]] = []

    def add(self, node: yaml.Node | None, message: str) -> None:
        self.items.append((node.start_mark.line + 1 if node is not None else None, one_line(message)))


def decode_text(data: bytes, path: Path) -> str:
    """Decode a deck's bytes as UTF-8 (a BOM is allowed) or raise a clear error."""
    if b"\x00" in data:
        raise QuizgenError("not a text file (it holds NUL bytes); a deck is UTF-8 YAML text", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise QuizgenError("not UTF-8 text; save the file as UTF-8 and try again", path, line) from None


def read_deck(path: Path) -> Deck:
    """Load `path` as a deck (see quizgen.deck.model.load_deck)."""
    if not path.exists():
        raise QuizgenError("no such file", path)
    if path.is_dir():
        raise QuizgenError("is a directory, not a deck file (give a .yaml file)", path)
    try:
        st = path.stat()  # before the read: a file changed after it no longer matches its cache entry
        data = path.read_bytes()
    except OSError as e:
        raise QuizgenError(f"cannot read: {e.strerror}", path) from None
    if looks_like_article(path, data):
        raise QuizgenError("this looks like an article, not a deck: run quizgen generate on it", path)
    deck = cached_deck(path, st, data)
    if deck is None:
        deck = parse_deck(decode_text(data, path), path)
        keep_deck(path, st, data, deck)
    deck.path = path
    return deck


def looks_like_article(path: Path, data: bytes) -> bool:
    """An article's file name (.txt, .md, .html) and none of a deck's top-level keys."""
    from quizgen.paths import ARTICLE_SUFFIXES

    return path.suffix.lower() in ARTICLE_SUFFIXES and not _DECK_KEY.search(data)


def parse_deck(text: str, path: str | Path = "<deck>") -> Deck:
    """Parse deck YAML text; raise DeckError with every problem found."""
    try:
        root = compose(text, pure=_DeckLoader)
    except _Alias as e:
        raise DeckError(path, [(e.line, "YAML anchors and aliases (&name, *name) are not allowed in a deck; "
                                        "write the text out in full")]) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join((e.problem or "invalid YAML").split())
        raise DeckError(path, [(line, f"YAML syntax error: {what} (check indentation, quotes and colons)")]) from None
    except yaml.reader.ReaderError as e:
        line = text[: e.position].count("\n") + 1
        raise DeckError(path, [(line, f"a character YAML does not allow (#x{e.character:04x}); delete it")]) from None
    except yaml.YAMLError as e:
        raise DeckError(path, [(None, "YAML error: " + " ".join(str(e).split()))]) from None
    except RecursionError:
        # PyYAML composes nested lists and mappings recursively; a deck is never this deep.
        raise DeckError(path, [(None, "lists or mappings nested too deeply (hundreds of levels); a deck is never this deep")]) from None
    problems = _Problems()
    if root is None:
        raise DeckError(path, [(None, "the file is empty; a deck needs quizgen, title and questions")])
    if not isinstance(root, yaml.MappingNode):
        raise DeckError(path, [(root.start_mark.line + 1, "a deck must be a mapping with quizgen, title and questions")])
    top = _mapping(root, TOP_KEYS, "top-level key", problems)
    deck = Deck(title="", questions=[])
    if "quizgen" not in top:
        problems.add(root, "missing 'quizgen: 1' (the format version) at the top")
    else:
        node = top["quizgen"]
        if not (isinstance(node, yaml.ScalarNode) and node.value.strip() == str(FORMAT_VERSION)):
            problems.add(node, f"unsupported format version {_show(node)}; this quizgen reads 'quizgen: {FORMAT_VERSION}'")
    deck.title = _text(top.get("title"), "title", problems, root) or ""
    if "source" in top:
        deck.source = _text(top["source"], "source", problems, root, optional=True)
    if "id" in top:
        deck.id = _text(top["id"], "id", problems, root, optional=True, allowed=frozenset())
    qnode = top.get("questions")
    if qnode is None:
        problems.add(root, "missing 'questions:' (a list of questions)")
    elif _is_null(qnode):
        pass
    elif not isinstance(qnode, yaml.SequenceNode):
        problems.add(qnode, "'questions' must be a list (each question starts with '- id: ...')")
    else:
        seen: dict[str, int] = {}
        for item in qnode.value:
            q = _question(item, problems)
            if q is None:
                continue
            if q.id in seen:
                problems.add(item, f"duplicate id '{q.id}' (also on line {seen[q.id]}); ids must be unique in a deck")
            else:
                seen[q.id] = q.line or 0
            deck.questions.append(q)
    # The generator's record is a comment block (quizgen.deck.merge_state); a hand edit that broke it is a problem here.
    deck.record, record_problems = read_record(text)
    problems.items += record_problems
    if problems.items:
        raise DeckError(path, sorted(problems.items, key=lambda p: p[0] or 0))
    return deck


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.style is None and node.value in ("", "~")


def _show(node: yaml.Node) -> str:
    return repr(node.value) if isinstance(node, yaml.ScalarNode) else "(not a single value)"


def _mapping(node: yaml.MappingNode, known: tuple[str, ...], what: str, problems: _Problems) -> dict[str, yaml.Node]:
    """Keys to value nodes; reports unknown and repeated keys."""
    out: dict[str, yaml.Node] = {}
    for knode, vnode in node.value:
        key = knode.value if isinstance(knode, yaml.ScalarNode) else None
        if key is None:
            problems.add(knode, f"invalid {what}")
            continue
        if key in out:
            problems.add(knode, f"'{key}' appears twice; keep one")
            continue
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else "known keys: " + ", ".join(known)
            problems.add(knode, f"unknown {what} '{key}'; {hint}")
            continue
        out[key] = vnode
    return out


def _text(node: yaml.Node | None, key: str, problems: _Problems, parent: yaml.Node, optional: bool = False,
          allowed: frozenset[str] = TEXT_CONTROLS) -> str | None:
    """A text field exactly as typed: 'No', '2' and '1.10' stay text."""
    if node is None:
        if not optional:
            problems.add(parent, f"missing '{key}'")
        return None
    if _is_null(node):
        if not optional:
            problems.add(node, f"'{key}' is empty; write the text after '{key}:'")
        return None
    if not isinstance(node, yaml.ScalarNode):
        problems.add(node, f"'{key}' must be text, not a list or mapping (quote it if it holds ': ' or starts with '[')")
        return None
    value = node.value
    if (why := bad_character(value, allowed)) is not None:
        problems.add(node, f"'{key}' holds {why}; delete it")
        return None
    if not value.strip():
        if optional:
            return None
        problems.add(node, f"'{key}' is empty; write the text after '{key}:'")
        return None
    return value


def _text_list(node: yaml.Node | None, key: str, problems: _Problems) -> list[str]:
    if node is None or _is_null(node):
        return []
    if isinstance(node, yaml.ScalarNode):
        problems.add(node, f"'{key}' must be a list, e.g. {key}: [A, B, C]")
        return []
    if not isinstance(node, yaml.SequenceNode):
        problems.add(node, f"'{key}' must be a list of text, e.g. {key}: [A, B, C]")
        return []
    out = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode):
            problems.add(item, f"each entry of '{key}' must be text (quote entries that hold ', ' or ': ')")
        elif (why := bad_character(item.value)) is not None:
            problems.add(item, f"an entry of '{key}' holds {why}; delete it")
        elif not item.value.strip():
            problems.add(item, f"'{key}' has an empty entry; remove it")
        else:
            out.append(item.value)
    return out


def _question(node: yaml.Node, problems: _Problems) -> Question | None:
    """One question node to a Question, reporting every problem; None if unusable."""
    if not isinstance(node, yaml.MappingNode):
        problems.add(node, "each question must be a mapping starting with '- id: ...'")
        return None
    before = len(problems.items)
    f = _mapping(node, QUESTION_KEYS, "question key", problems)
    qid = _text(f.get("id"), "id", problems, node)
    if qid is not None and not ID_PATTERN.fullmatch(qid):
        problems.add(f["id"], f"id '{qid}' may hold only letters, digits and . _ : - (no spaces)")
    qtype = _text(f.get("type"), "type", problems, node)
    if qtype is not None and qtype not in TYPES:
        close = difflib.get_close_matches(qtype, TYPES, n=1, cutoff=0.5)
        hint = f"did you mean '{close[0]}'?" if close else "use one of: " + ", ".join(TYPES)
        problems.add(f["type"], f"unknown type '{qtype}'; {hint}")
        qtype = None
    prompt = _text(f.get("prompt"), "prompt", problems, node)
    answer: str | bool | None
    if qtype == "true_false":
        answer = _bool_answer(f.get("answer"), problems, node)
    else:
        answer = _text(f.get("answer"), "answer", problems, node)
    distractors = _text_list(f.get("distractors"), "distractors", problems)
    accept = _text_list(f.get("accept"), "accept", problems)
    context = _text(f.get("context"), "context", problems, node, optional=True)
    tags = _text_list(f.get("tags"), "tags", problems)
    if qtype == "multiple_choice":
        _check_options(f, str(answer) if answer is not None else None, distractors, problems, node)
        if accept:
            problems.add(f["accept"], "'accept' is for fill_in questions; remove it here")
    elif qtype in ("fill_in", "true_false"):
        if distractors:
            problems.add(f["distractors"], f"{qtype} questions have no distractors; remove them (or change the type to multiple_choice)")
        if qtype == "true_false" and accept:
            problems.add(f["accept"], "'accept' is for fill_in questions; remove it here")
    if qtype == "fill_in" and prompt is not None:
        blanks = len(BLANK.findall(prompt))
        if blanks != 1:
            problems.add(f["prompt"], f"a fill_in prompt needs exactly one blank (a run of 3+ underscores, ____); it has {blanks}")
    if len(problems.items) > before or None in (qid, qtype, prompt, answer):
        return None
    return Question(id=qid, type=qtype, prompt=prompt, answer=answer, distractors=distractors,
                    accept=accept, context=context, tags=tags, line=node.start_mark.line + 1)


def _bool_answer(node: yaml.Node | None, problems: _Problems, parent: yaml.Node) -> bool | None:
    if node is None:
        problems.add(parent, "missing 'answer' (true or false)")
        return None
    value = node.value.strip().lower() if isinstance(node, yaml.ScalarNode) else None
    if value in ("true", "false") and node.style is None:
        return value == "true"
    problems.add(node, f"a true_false answer must be true or false, not {_show(node)}")
    return None


def _check_options(f: dict, answer: str | None, distractors: list[str], problems: _Problems, node: yaml.Node) -> None:
    where = f.get("distractors", node)
    if len(distractors) < 2:
        problems.add(where, f"a multiple_choice question needs 2 or more distractors; it has {len(distractors)}")
    seen: set[str] = set()
    for d in distractors:
        k = d.strip().casefold()
        if answer is not None and k == answer.strip().casefold():
            problems.add(where, f"the answer '{answer}' is also a distractor; remove it from distractors")
        elif k in seen:
            problems.add(where, f"distractor '{d}' is listed twice; remove one")
        seen.add(k)
