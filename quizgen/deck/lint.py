"""The teacher's lint: warnings about questions that load fine but ask badly (see `quizgen check`).

Each rule is a function from a Question to (rule name, message) pairs; a question tagged `nolint`
is skipped, one tagged `nolint:RULE` skips that rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from quizgen import lexicon
from quizgen.deck.model import BLANK, Deck, Question
from quizgen.deck.lint_text import aliases_of, demonyms_of, is_name, kind, loose_key, number_value_words, words, words_data

LONG_RATIO = 2.0  # an option this many times longer than every other one stands out ...
LONG_MIN_EXTRA = 12  # ... when it is also at least this many characters longer
MIN_DISTRACTORS = 3
ACRONYM_DEFINITION = re.compile(r"^[A-Z][A-Za-z.&-]{1,9} stands for (the )?_{3,}\.?$")
WORDLIKE = {"name", "text", "caseless"}  # caseless script says nothing about name vs common word


@dataclass(frozen=True)
class LintWarning:
    """One warning about the question starting on `line`."""

    line: int | None
    rule: str
    message: str

    def format(self, path: str | Path) -> str:
        """'path:LINE: warning: message [rule]', as `quizgen check` prints it."""
        where = f"{path}:{self.line}" if self.line else str(path)
        return f"{where}: warning: {self.message} [{self.rule}]"


def _say(rule: str, **fields: object) -> tuple[str, str]:
    return rule, words_data()["messages"][rule].format(**fields)


def _options(q: Question) -> list[str]:
    return [q.answer_text, *q.distractors]


def answer_in_prompt(q: Question) -> Iterator[tuple[str, str]]:
    """The answer, or an obvious variant of it, appears in the prompt."""
    if q.type == "true_false":
        return
    prompt = BLANK.sub(" ", q.prompt)
    for answer in [q.answer_text, *q.accept]:
        variant = variant_in(answer, prompt)
        if variant:
            yield _say("answer-in-prompt", variant=variant, answer=q.answer_text)
            return


@lru_cache(maxsize=1 << 12)  # the selection asks it of each candidate against the kept questions
def variant_in(answer: str, prompt: str) -> str | None:
    """The word or phrase of `prompt` that gives `answer` away, if any."""
    data = words_data()
    pwords, pkeys = _prompt_keys(prompt)
    akey = loose_key(answer)
    n = len(akey.split())
    if not akey:
        return None
    # The whole answer (case, 'the', plurals and 'two'/'2' ignored).
    for i in range(len(pwords) - n + 1):
        if " ".join(pkeys[i:i + n]) == akey:
            return " ".join(pwords[i:i + n])
    # A count inside a compound word ('the nine-car train' gives away 'nine').
    if n == 1 and (akey.isdigit() or akey in lexicon.cardinals()):
        for w in pwords:
            if "-" in w and akey in (loose_key(part) for part in w.split("-")):
                return w
    for alias in aliases_of(answer):
        # Another name of the same place ('America' for 'United States'); a short one by its case.
        short = alias.replace(".", "")
        if len(short) <= 3 and short.isupper():
            found = next((w for w in pwords if w.replace(".", "") == short), None)
        else:
            k = loose_key(alias)
            m = len(k.split())
            found = next((" ".join(pwords[i:i + m]) for i in range(len(pwords) - m + 1)
                          if " ".join(pkeys[i:i + m]) == k), None)
        if found:
            return found
    awords = words(answer)
    for w in awords:
        # A year or decade inside a dated answer ('late 1970s' <- 'in the 1970s').
        if len(awords) > 1 and re.fullmatch(r"\d{3,4}s?", w) and w in pwords:
            return w
    for alt in number_value_words(answer):
        if alt in (w.casefold() for w in pwords):
            return alt
    # 'Mexican' gives Mexico away, 'American' the United States (a name of any length).
    adjectives = demonyms_of(answer).union(*(demonyms_of(a) for a in aliases_of(answer)))
    for w in pwords:
        if w.casefold() in adjectives:
            return w
    if len(awords) == 1 and len(answer) >= 4 and answer[0].isupper():
        # 'Iran' -> 'Iranian', 'China' -> 'Chinese', 'Turkey' -> 'Turkish'.
        full = answer.casefold()
        cut = full.rstrip("aeiouy")  # 'China' -> 'chin' (+ 'ese'); too short a stem matches anything
        forms = {full + suffix for suffix in data["derived_suffixes"]}
        if len(cut) >= 4:
            forms |= {cut + suffix for suffix in data["derived_suffixes"] if suffix}
        forms |= demonyms_of(answer)
        for w in pwords:
            if w.casefold() in forms:
                return w
    if is_name(answer) and len(awords) > 1:
        # A person's or place's distinctive word ('Oyun-Erdene' for 'L. Oyun-Erdene').
        generic = set(data["generic_name_words"]) | set(data["name_connectors"])
        for a in awords:
            if len(a) >= 4 and a.casefold() not in generic and a in pwords:
                return a
    if answer.isupper() and 2 <= len(answer) <= 6:
        # An acronym answer given away by its expansion ('SCO' <- 'Shanghai Cooperation Organization').
        caps = [w for w in pwords if w[0].isupper()]
        for i in range(len(caps) - len(answer) + 1):
            if "".join(w[0] for w in caps[i:i + len(answer)]) == answer:
                return " ".join(caps[i:i + len(answer)])
    return None


def similar_options(q: Question) -> Iterator[tuple[str, str]]:
    """Two options that say the same thing ('the USA' and 'USA', '2' and 'two')."""
    seen: dict[str, str] = {}
    for option in _options(q) if q.type == "multiple_choice" else []:
        key = loose_key(option)
        if key in seen:
            yield _say("similar-options", a=seen[key], b=option)
        else:
            seen[key] = option


def few_distractors(q: Question) -> Iterator[tuple[str, str]]:
    """Fewer than three distractors."""
    n = len(q.distractors)
    if q.type == "multiple_choice" and n < MIN_DISTRACTORS:
        yield _say("few-distractors", n=n, s="" if n == 1 else "s")


def mixed_kinds(q: Question) -> Iterator[tuple[str, str]]:
    """A distractor of another kind than the answer (a number among names, 'decades' among 'years')."""
    if q.type != "multiple_choice":
        return
    names = words_data()["kind_names"]
    want = kind(q.answer_text)
    for d in q.distractors:
        got = kind(d)
        pair = {got[0], want[0]}
        if got != want and not ("caseless" in pair and pair <= WORDLIKE):
            yield _say("mixed-kinds", option=d, kind=_describe(got, names), answer=q.answer_text,
                       answer_kind=_describe(want, names))


def _describe(k: tuple[str, str], names: dict[str, str]) -> str:
    return names[k[0]] + (f" of {k[1]}s" if k[0] == "number" and k[1] else "")


def long_option(q: Question) -> Iterator[tuple[str, str]]:
    """One option much longer than all the others."""
    if q.type != "multiple_choice" or len(q.distractors) < 2:
        return
    options = _options(q)
    lengths = sorted((len(o.strip()), i) for i, o in enumerate(options))
    (longest, i), (second, _) = lengths[-1], lengths[-2]
    if longest >= LONG_RATIO * second and longest - second >= LONG_MIN_EXTRA:
        yield _say("long-option", which="the answer" if i == 0 else "distractor", option=options[i],
                   long=longest, other=second)


def above_option(q: Question) -> Iterator[tuple[str, str]]:
    """'All of the above', 'none of the above', 'A and B': meaningless once options are shuffled."""
    patterns = [re.compile(p) for p in words_data()["above_patterns"]]
    for option in _options(q) if q.type == "multiple_choice" else []:
        plain = " ".join(w.casefold() for w in words(option))
        if any(p.match(plain) for p in patterns):
            yield _say("above-option", option=option)


def blank_too_long(q: Question) -> Iterator[tuple[str, str]]:
    """A fill-in whose answer is more than half of the completed sentence's words."""
    if q.type != "fill_in" or ACRONYM_DEFINITION.match(q.prompt):
        return  # 'SCO stands for the ____.': the letters determine the answer
    full = BLANK.sub(lambda _: q.answer_text, q.prompt, count=1)
    a, n = len(words(q.answer_text)), len(words(full))
    if a * 2 > n:
        yield _say("blank-too-long", a=a, n=n)


def alias_option(q: Question) -> Iterator[tuple[str, str]]:
    """Two options that name the same thing in other words: a short and a full name ('Lewis Francis'
    beside 'Mark Lewis Francis'), an acronym beside its expansion."""
    options = _options(q) if q.type == "multiple_choice" else []
    for i, a in enumerate(options):
        for b in options[i + 1:]:
            if same_name(a, b):
                yield _say("alias-option", a=a, b=b)
                return


@lru_cache(maxsize=1 << 10)
def _prompt_keys(prompt: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A prompt's words and their keys, made once per prompt (each is checked against many answers)."""
    pwords = tuple(words(prompt))
    # A possessive is its owner's name ("Paris' cathedral", "Kenya's coast").
    return pwords, tuple(loose_key(re.sub(r"['’]s?$", "", w)) for w in pwords)


@lru_cache(maxsize=1 << 12)  # the selection asks it of each candidate against every kept answer
def same_name(a: str, b: str) -> bool:
    """True when two different texts name one thing: one name's words all inside the other's
    ('Gatlin', 'Justin Gatlin'), or one the initials of the other ('SCO')."""
    if kind(a)[0] != "name" or kind(b)[0] != "name" or loose_key(a) == loose_key(b):
        return False
    connectors = set(words_data()["name_connectors"])
    wa = [w.casefold() for w in words(a) if w.casefold() not in connectors]
    wb = [w.casefold() for w in words(b) if w.casefold() not in connectors]
    short, long = sorted((wa, wb), key=len)
    if short and set(short) <= set(long) and _distinctive(short):
        return True
    for x, y in ((a, b), (b, a)):
        caps = [w for w in words(y) if w[0].isupper()]
        if x.isupper() and 2 <= len(x) <= 6 and "".join(w[0] for w in caps) == x:
            return True
    return False


def _distinctive(ws: list[str]) -> bool:
    """Some word is a name's own, not 'North' or 'Republic' (which many names share)."""
    generic = set(words_data()["generic_name_words"])
    return any(len(w) >= 3 and w not in generic for w in ws)


def twins(deck: Deck) -> Iterator[tuple[Question, str, str]]:
    """A question whose answer (or an obvious variant) appears in another question's prompt or
    options: the other question gives it away (one fact, one question)."""
    texts = [(q, BLANK.sub(" ", " ".join([q.prompt, *q.distractors]))) for q in deck.questions]
    for q in deck.questions:
        if q.type == "true_false" or "nolint" in q.tags or "nolint:twin" in q.tags:
            continue
        for other, text in texts:
            # An accepted form of the answer ('Andrews' for 'Thomas Andrews') gives it away as well.
            variant = None if other is q else next(
                (v for a in [q.answer_text, *q.accept] if (v := variant_in(a, text))), None)
            if variant:
                yield q, *_say("twin", variant=variant, answer=q.answer_text, other=other.prompt[:60])
                break


DECK_RULES: dict[str, Callable[[Deck], Iterator[tuple[Question, str, str]]]] = {"twin": twins}

RULES: dict[str, Callable[[Question], Iterator[tuple[str, str]]]] = {
    "answer-in-prompt": answer_in_prompt,
    "similar-options": similar_options,
    "few-distractors": few_distractors,
    "mixed-kinds": mixed_kinds,
    "long-option": long_option,
    "above-option": above_option,
    "blank-too-long": blank_too_long,
    "alias-option": alias_option,
}


def lint_question(q: Question) -> list[LintWarning]:
    """Every warning for one question, in RULES order, minus those its `nolint` tags silence."""
    if "nolint" in q.tags:
        return []
    return [LintWarning(q.line, rule, message) for name, check in RULES.items()
            if f"nolint:{name}" not in q.tags for rule, message in check(q)]


def lint_deck(deck: Deck) -> list[LintWarning]:
    """Every warning for every question of a loaded deck (its own rules, then those that compare it
    with the rest of the deck), in file order."""
    found = {id(q): lint_question(q) for q in deck.questions}
    for rule in DECK_RULES.values():
        for q, name, message in rule(deck):
            found[id(q)].append(LintWarning(q.line, name, message))
    return [w for q in deck.questions for w in found[id(q)]]
