"""Worth asking: not what every pupil knows without the article. A question that names a thing
and asks for what everyone knows of its kind ("In which country do red kangaroos live?" ->
Australia, "What do bees make?" -> honey; the pairs are data, quizgen/data/known_facts.tsv), and a
blank over a word the title's own compound says ('honey' under 'Honeybees')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.deck.lint_text import loose_key, words
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate


@lru_cache(maxsize=1)
def known_facts() -> dict[str, frozenset[str]]:
    """'kangaroo' -> {'australia'}: a kind of thing -> the answers everyone knows of it (loose keys)."""
    return {noun: frozenset(loose_key(a) for a in answers.split("|")) for noun, answers in data.rows("known_facts.tsv")}


def _singular(word: str) -> str:
    """'kangaroos' -> 'kangaroo', 'bees' -> 'bee', 'honeybees' -> 'honeybee' (enough for the list's nouns)."""
    for plural, single in (("ies", "y"), ("sheep", "sheep"), ("fish", "fish"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: len(word) - len(plural)] + single
    return word


def common_knowledge(c: Candidate) -> Why | None:
    """The prompt names a kind of thing ('red kangaroos') and the answer is what everyone knows of
    that kind ('Australia'): no fact of the article is tested."""
    if c.type == "true_false":
        return None
    # An accepted form counts: 'Australia' typed for 'Eastern Australia' is right without the article.
    answers = {loose_key(a) for a in (str(c.answer), *c.accept)}
    said = [_singular(w.casefold()) for w in words(c.prompt.replace(BLANK, " "))]
    facts = known_facts()
    for i, w in enumerate(said):
        for noun in (w, f"{said[i - 1]} {w}" if i else ""):
            if noun in facts and answers & facts[noun] and not any(noun in a for a in answers):
                return Reason.COMMON_KNOWLEDGE(str(c.answer), noun)
    return None


MIN_PART = 3  # 'bee' of 'Honeybees' is a word; two letters ('ox') are too often chance


def title_compound(c: Candidate, title: str) -> Why | None:
    """'honey' (or 'bee') under the title 'Honeybees': a word the title's compound is made of is
    known before the first question."""
    answer = loose_key(str(c.answer))
    if c.type == "true_false" or " " in answer or len(answer) < MIN_PART or not answer.isalpha():
        return None
    for w in words(title):
        w = loose_key(w)
        stem = _singular(w)
        if stem != answer and len(stem) >= len(answer) + MIN_PART and (stem.startswith(answer) or stem.endswith(answer)):
            return Reason.TITLE_COMPOUND(str(c.answer), w)
    return None
