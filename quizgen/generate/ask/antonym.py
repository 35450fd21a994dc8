"""True/false statements with one word turned into its opposite: "Shorter migrations are common
along the coast" -> "Shorter migrations are rare along the coast." (false). The clause is the
article's own, standing alone; only the swapped word is new (quizgen/data/antonyms.tsv)."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.ask.common import finish
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.fill_in import MAX_WORDS, MIN_WORDS, QUOTES
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.reasons import Reason

if TYPE_CHECKING:
    from spacy.tokens import Token

# The prepositions that carry a cause or a concession: the opposite inside one makes nonsense.
CAUSE_MARKERS = ("due to", "because of", "owing to", "thanks to", "result of", "despite", "spite of")
PRIORITY = -0.8  # like a swapped name: asked where nothing better is
OPENING_WORDS = 3  # an opening phrase before a comma this short keeps a sentence simple


@lru_cache(maxsize=1)
def opposites() -> dict[str, str]:
    """Word form -> its opposite, both ways ('rose' -> 'fell', 'fell' -> 'rose')."""
    out: dict[str, str] = {}
    for a, b, *_ in data.rows("antonyms.tsv"):
        out.setdefault(a, b)
        out.setdefault(b, a)
    return out


@lru_cache(maxsize=1)
def changes() -> frozenset[str]:
    """The word forms of the list that name a change of amount ('rose', 'fell', 'increased')."""
    return _marked("change")


@lru_cache(maxsize=1)
def said_only() -> frozenset[str]:
    """The word forms swapped only where they are said of something ('is common', not 'common name')."""
    return _marked("said")


def _marked(mark: str) -> frozenset[str]:
    """The word forms of the rows whose third column is `mark`."""
    return frozenset(w for a, b, *rest in data.rows("antonyms.tsv") if mark in rest for w in (a, b))


def _said_of(t: "Token") -> bool:
    """'Wolves are common', 'is a common sight': the word is what the clause says (not 'common name')."""
    return t.dep_ == "acomp" or (t.dep_ == "amod" and t.head.dep_ == "attr")


def opposite_statement(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A false statement: the clause with its first word of the opposites list swapped, or why not."""
    clause = ctx.clause
    table = opposites()
    quoted = _quoted(clause)
    # Never in a name, a quotation or a rewritten word; 'the fall of Rome' is no change of amount.
    word = next((t for t in clause.tokens if t.lower_ in table and t.i not in clause.subst and t.i not in quoted
                 and t.pos_ != "PROPN" and not t.ent_type_
                 and not (t.lower_ in changes() and t.pos_ == "NOUN")
                 and (t.lower_ not in said_only() or _said_of(t))), None)
    if word is None:
        return
    if word.i in {t.i for t in clause.subject()}:
        # 'The eastern half is forested' -> 'The western half ...': a claim about another thing,
        # which the article may never settle; only what the clause says of its subject is turned.
        yield ctx.skip("opposite_statement", Reason.OPPOSITE_NAMES_ANOTHER(word.text))
        return
    other = table[word.lower_]
    lowers = {t.lower_ for t in clause.tokens}
    if other in lowers:  # 'from east to west': the swapped clause says the same
        yield ctx.skip("opposite_statement", Reason.OPPOSITE_ALREADY_THERE(word.text, other))
        return
    pairs = [t for t in word.children if t.dep_ == "conj"] + ([word.head] if word.dep_ == "conj" else [])
    pair = pairs[0] if pairs else None
    if pair is not None and pair.pos_ == word.pos_ and word.pos_ in ("ADJ", "ADV"):
        yield ctx.skip("opposite_statement", Reason.OPPOSITE_PAIRED(word.text, pair.text))
        return
    cause = _in_cause(word, clause.verb)
    if cause is not None:
        yield ctx.skip("opposite_statement", Reason.OPPOSITE_IN_A_CAUSE(word.text, cause))
        return
    if any(t.dep_ == "neg" or t.lower_ in ("no", "never", "neither", "nor") for t in clause.tokens):
        yield ctx.skip("opposite_statement", Reason.OPPOSITE_UNDER_NEGATION(word.text))
        return  # 'is not common' -> 'is not rare' may be true as well
    if word.lower_ in changes() and any(t.like_num for t in clause.tokens):
        yield ctx.skip("opposite_statement", Reason.OPPOSITE_AGAINST_NUMBERS(word.text))
        return  # 'fell from 6,800 tons to 2,810,000 tons' contradicts itself
    said = clause.render()
    refusal = _not_plain(word, clause, said)
    if refusal is not None:
        yield ctx.skip("opposite_statement", refusal)
        return
    swapped = other.capitalize() if word.text[:1].isupper() else other
    # About half are asked as the article says them (true): a deck whose true/false questions are
    # all false teaches the pattern, not the facts. Which half is fixed by the clause's words.
    true = told_true(said)
    prompt = finish(said if true else clause.render(replace={word.i: swapped}))
    cand = Candidate(rule="opposite_statement", type="true_false", prompt=prompt, answer=true,
                     context=ctx.text, sentence_index=ctx.index, kind="statement",
                     fact=f"{clause.render().lower()}|opposite", priority=PRIORITY)
    words = len(prompt.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        cand.drop(Reason.OPPOSITE_SIZE(words))
    yield cand


@lru_cache(maxsize=1)
def limits() -> dict:
    """quizgen/data/opposite_limits.json: degree words, the longest sentence turned, joiners."""
    return data.json_data("opposite_limits.json")


def _not_plain(word: "Token", clause, said: str):  # noqa: ANN001 - a Clause; returns Why | None
    """Why the clause is no plain claim whose opposite is clearly false, or None: a record ('the
    largest' -> 'the smallest' is guessed without the article), a matter of degree ('slightly
    smaller', 'very common', 'tend to be'), or no short, simple sentence."""
    if word.tag_ in ("JJS", "RBS"):
        return Reason.OPPOSITE_SUPERLATIVE(word.text)
    degree = set(limits()["degree_words"])
    near = [t for t in word.children if t.dep_ in ("advmod", "npadvmod")]
    hedge = next((t.text for t in [*near, *clause.tokens] if t.lower_ in degree and t.pos_ != "PROPN"), None)
    if hedge is not None:
        return Reason.OPPOSITE_OF_DEGREE(word.text, hedge)
    if word.pos_ in ("VERB", "AUX") and any(c.dep_ in ("acomp", "oprd") for c in word.children):
        # 'grew brighter' -> 'shrank brighter': here the verb only links its subject to a description
        return Reason.OPPOSITE_LINKING_VERB(word.text)
    words = said.split()
    joiner = next((w for w in words if w.lower().strip(",") in limits()["joiners"]), None)
    # One comma may close a short opening ('After meandering, the storm ...'); any other joins parts.
    commas = [m.start() for m in re.finditer(r",(?!\d{3})", said)]
    opening = len(commas) == 1 and len(said[:commas[0]].split()) <= OPENING_WORDS
    if joiner is not None or len(words) > limits()["max_words"] or (commas and not opening):
        what = f"'{joiner}'" if joiner else f"{len(words)} words" if len(words) > limits()["max_words"] else "a comma"
        return Reason.OPPOSITE_NOT_SIMPLE(what)
    return None


def _in_cause(word: "Token", verb: "Token") -> str | None:
    """The marker of a cause, condition or concession the word sits in ('due to the decreased
    resistance', 'because ...', 'if ...'), or None: the claim is what the verb says, not its cause."""
    t = word
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "advcl":
            return next((c.text for c in t.children if c.dep_ == "mark"), t.text)
        if t.dep_ == "prep":
            # 'due to', 'because of': the parser hangs either word of the pair as the preposition
            said = t.doc[max(t.i - 1, 0):t.i + 2].text.lower()
            marker = next((m for m in CAUSE_MARKERS if m in said), None)
            if marker is not None:
                return marker
        t = t.head
    return None


def told_true(statement: str) -> bool:
    """Whether a statement is asked as written (true) or turned (false): a fixed half, by its words."""
    words = statement.lower().strip().rstrip(".;:,!?").strip()
    return zlib.crc32(words.encode("utf-8")) % 2 == 0


def _quoted(clause) -> set[int]:  # noqa: ANN001 - a Clause
    """Token ids inside quotation marks (someone's words are not the article's claim)."""
    out, inside = set(), False
    for t in clause.sent:
        if t.text in QUOTES:
            inside = not inside
        elif inside:
            out.add(t.i)
    return out
