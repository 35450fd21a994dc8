"""Ranking and selecting candidates: one question per fact, at most two per sentence, no
near-duplicates, the best first, then in article order."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from quizgen.generate.kinds import KIND_WEIGHT
from quizgen.generate.candidate import Candidate
from quizgen.generate.one_fact import FactGuard
from quizgen.generate.reasons import Reason

TYPE_WEIGHT = {"multiple_choice": 1.0, "fill_in": 0.6, "true_false": 0.2}
PER_SENTENCE = 2


TITLE_BONUS = 0.2  # a fact about what the title names is central to the article


def score(c: Candidate, mentions: Counter, n_sentences: int, title: frozenset[str] = frozenset()) -> float:
    """How good a candidate looks: answer kind, question type, salience (mentions, the title),
    position, length."""
    s = KIND_WEIGHT.get(c.kind, 1.5) + TYPE_WEIGHT.get(c.type, 0)
    if title & _content_words(f"{c.prompt} {c.answer}"):
        s += TITLE_BONUS
    # A much-mentioned answer (the article's subject) stands in many other prompts: asking it
    # would rule those out (one fact, one question), so it comes after the rarer ones.
    s -= 0.25 * math.log1p(max(0, mentions[str(c.answer).lower()] - 1))
    s += 0.4 * (1 - c.sentence_index / max(1, n_sentences))
    words = len(c.prompt.split())
    s -= 0.04 * max(0, words - 18)
    s += c.priority  # what the rule knows of its form (a subject question needs no inversion)
    return round(s, 4)


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def _content_words(text: str) -> frozenset[str]:
    """The longer words of a text (a title's 'the', 'of', 'and' say nothing of its topic)."""
    return frozenset(w for w in _words(text) if len(w) > 3)


NEAR = 0.75  # word-set Jaccard similarity above which two prompts ask the same thing


class _KeptPrompts:
    """Kept prompts indexed by word, so a near-duplicate check looks at a few prompts, not all.

    Prefix filter: a prompt P with Jaccard(W, P) > NEAR shares more than NEAR*|W| words with W, so
    it contains at least one of W's |W| - floor(NEAR*|W|) rarest words."""

    def __init__(self, rarity: Counter) -> None:
        self.rarity = rarity
        self.by_word: dict[str, list[frozenset[str]]] = defaultdict(list)

    def near_duplicate(self, words: frozenset[str]) -> bool:
        """True when a kept prompt has nearly the same words."""
        if not words:
            return False
        probes = sorted(words, key=lambda w: (self.rarity[w], w))[:len(words) - math.floor(NEAR * len(words))]
        return any(len(words & kept) / len(words | kept) > NEAR for w in probes for kept in self.by_word.get(w, ()))

    def add(self, words: frozenset[str]) -> None:
        """Keep a prompt's words."""
        for w in words:
            self.by_word[w].append(words)


DATED = {"date", "year", "time"}
FREE_BLOCKS = 1  # a central answer may rule out a couple of questions: it is worth asking
BLOCKING = 0.3  # per log of the other sentences whose questions an answer would rule out


def blocked_sentences(live: list[Candidate]) -> dict[str, int]:
    """answer -> how many other sentences' questions show it (asking it rules them all out, one
    fact one question): 'US' in a dozen prompts costs a dozen questions."""
    by_word: dict[str, set[int]] = defaultdict(set)
    for c in live:
        for w in _words(f"{c.prompt} {' '.join(c.distractors)}"):
            by_word[w].add(c.sentence_index)
    out: dict[str, int] = {}
    for c in live:
        answer = str(c.answer)
        if c.type == "true_false" or answer in out or c.kind in DATED:
            continue  # a date shown elsewhere is mostly that date asked again, not another fact lost
        ws = _words(answer)
        shown = set.intersection(*(by_word.get(w, set()) for w in ws)) if ws else set()
        out[answer] = len(shown - {c.sentence_index})
    return out


def select(cands: list[Candidate], limit: int, mentions: Counter, n_sentences: int, title: str = "") -> list[Candidate]:
    """The kept candidates in article order; every other one is marked dropped with a reason."""
    live = [c for c in cands if c.dropped is None]
    blocks = blocked_sentences(live)
    for c in live:
        c.score = score(c, mentions, n_sentences, _content_words(title))
        c.score = round(c.score - BLOCKING * math.log1p(max(0, blocks.get(str(c.answer), 0) - FREE_BLOCKS)), 4)
    live.sort(key=lambda c: (-c.score, c.sentence_index, c.prompt))
    kept: list[Candidate] = []
    facts: set[str] = set()
    per_sentence: Counter = Counter()
    # Each prompt's words are made when it is checked, not all kept at once: a long article has a
    # hundred thousand candidates, and their word sets would be most of the generator's memory.
    prompts = _KeptPrompts(Counter(w for c in live for w in _words(c.prompt)))
    guard = FactGuard()
    for c in live:
        twin = None if c.fact in facts else guard.conflict(c)
        if c.fact in facts:
            c.drop(Reason.DUPLICATE_FACT())
        elif per_sentence[c.sentence_index] >= PER_SENTENCE and not c.beside:
            c.drop(Reason.SENTENCE_FULL())
        elif prompts.near_duplicate(words := _words(c.prompt)):
            c.drop(Reason.NEAR_DUPLICATE())
        elif twin:
            c.drop(twin)
        elif len(kept) >= limit:
            c.drop(Reason.OVER_LIMIT(limit))
        else:
            kept.append(c)
            guard.add(c)
            facts.add(c.fact)
            per_sentence[c.sentence_index] += not c.beside
            prompts.add(words)
    kept.sort(key=lambda c: (c.sentence_index, -c.score))
    return kept
