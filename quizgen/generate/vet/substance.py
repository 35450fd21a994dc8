"""A blank over a fact of substance, in enough of a sentence to determine it: not a vague
quantifier ('Dozens'), not 'another ...', not two items of a list at once, not the title's own
subject or a figure of speech, not trivia (a house number, the colour of someone's eyes)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen import lexicon
from quizgen.deck.lint_text import loose_key
from quizgen.generate.vet.worth import pair_question
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, around, as_written, compiled, vet_data

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate

MAX_SUBJECT_TITLE = 4  # 'When did the Roman Empire fall?': a subject; a long headline is news
MIN_CONTENT_WORDS = 3  # 'The map of ____ was redrawn.' (two) says too little to determine the answer
WORD = re.compile(r"[A-Za-z0-9][\w'-]*")  # a number in the sentence says something too ('4,035 species')


def vague_answer(c: Candidate) -> Why | None:
    """An answer that is a vague quantity ('Dozens', 'hundreds of thousands') or opens with a word
    that says the fact is elsewhere ('another FA Cup', 'new players')."""
    if c.type == "true_false":
        return None
    data = vet_data()
    low = loose_key(str(c.answer))
    first = low.split()[0] if low else ""
    vague = {loose_key(q) for q in data["vague_quantities"]}
    if low in vague or first in vague:
        return Reason.VAGUE_QUANTITY(c.answer)
    heads = {loose_key(h) for h in data["vague_heads"]}
    indefinite = str(c.answer).lower().startswith(("a ", "an "))  # 'a source of concern'
    if (first in data["non_key_openers"] and not str(c.answer)[:1].isupper()) or (low.split() or [""])[-1] in heads \
            or (indefinite and any(w in heads for w in low.split())):
        return Reason.NOT_A_KEY_TERM(c.answer)
    return None


def list_blank(c: Candidate) -> Why | None:
    """One blank over two items of a list ('the ____, and Lombards' for 'Vandals, Ostrogoths')."""
    if c.type != "fill_in":
        return None
    if re.search(r"[,;]\s(?!\d)", str(c.answer)):  # 'April 15, 1452' is one date
        return Reason.BLANK_OVER_LIST_ITEMS(c.answer)
    return None


ITEM = r"[\w'-]+(?: [\w'-]+){0,2}"


def counted_list(c: Candidate) -> Why | None:
    """'Shearing, tension, and compression are ____ types of stress.' -> three: the prompt lists
    as many items as the answer counts, so counting them answers it."""
    if c.type == "true_false":
        return None
    answer = str(c.answer).strip().lower()
    n = int(answer) if answer.isdigit() else lexicon.cardinals().get(answer)
    if n is None or not 3 <= n <= 12:
        return None
    # The list is what is counted when the blank follows it through a copula ('..., and C are ____').
    listed = rf"(?<!, )(?<![\w'-])({ITEM}(?:, {ITEM}){{{n - 2}}},? (?:and|or) {ITEM}) (?:are|were|make up|form) (?:the |all )?{BLANK}"
    if re.search(listed, c.prompt):
        return Reason.COUNT_OF_LISTED(n)
    return None


def _same_stem(a: str, b: str) -> bool:
    """'Rome' and 'Roman', 'honeybee' and 'honeybees': one word's stem begins the other and only an
    ending follows ('north' is no stem of 'Northlink')."""
    sa, sb = a.rstrip("aeiouys"), b.rstrip("aeiouys")
    if min(len(sa), len(sb)) < 3:
        return False
    return (b.startswith(sa) and len(b) - len(sa) <= 3) or (a.startswith(sb) and len(a) - len(sb) <= 3)


def title_subject(c: Candidate, title: str) -> Why | None:
    """The answer is what a short title is about ('The fall of ____' under 'When did the Roman
    Empire fall?'): every reader knows it. A headline of many words names more than a subject."""
    if c.type == "true_false" or not title or pair_question(c, title):
        return None
    minor = set(vet_data()["stop_words"])
    title_words = [w for w in loose_key(re.sub(r"[:(].*", "", title)).split() if w not in minor and w.isalpha()]
    answer = [w for w in loose_key(str(c.answer)).split() if w.isalnum() and w not in minor]
    if not answer or not title_words or len(title_words) > MAX_SUBJECT_TITLE or len(answer) > MAX_SUBJECT_TITLE:
        return None
    if all(any(_same_stem(a, t) for t in title_words) for a in answer):
        return Reason.TITLE_SUBJECT(c.answer)
    return None


def figure_of_speech(c: Candidate) -> Why | None:
    """A metaphor ('the sun had set on ____', '____ rose from the ashes'): no fact to test."""
    text = as_written(c.prompt, c.answer, c.type)
    for pattern in vet_data()["figures_of_speech"]:
        m = compiled(pattern).search(text)
        if m:
            return Reason.FIGURE_OF_SPEECH(m.group(0))
    return None


STREET = re.compile(r"\b(Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Terrace|Crescent)\.?$")
HOME = re.compile(r"(?i)\b(home|homes|apartment|flat|house|lived|lives|live)\b")


def trivia(c: Candidate) -> Why | None:
    """A house number ('____ South Charlotte Street'), the street someone lives on, or how someone
    looks ('big green eyes')."""
    answer = str(c.answer)
    site = around(answer, c.prompt, c.context) if c.type != "true_false" else None
    if site and re.fullmatch(r"\d{1,4}[a-z]?", answer.strip()) and re.match(
            r"\s+([A-Z][\w'-]*\s+){0,3}(Street|St|Road|Rd|Avenue|Ave|Lane|Square|Place|Drive|Terrace|Crescent|Way)\b",
            site[1]):
        return Reason.TRIVIA("a house number")
    if STREET.search(answer) and HOME.search(c.prompt):
        return Reason.TRIVIA("the street someone lives on")
    for pattern in vet_data()["trivia_patterns"]:
        m = compiled(pattern).search(c.prompt)
        if m:
            return Reason.TRIVIA(m.group(0))
    return None


def superlative_scope(c: Candidate) -> Why | None:
    """'one of the most important architects of the ____' -> 20th century: the blank is where the
    superlative holds, and many answers fit it ('world', 'modern era')."""
    if c.type != "fill_in":
        return None
    for pattern in vet_data()["superlative_scopes"]:
        m = compiled(pattern).search(c.prompt)
        if m:
            return Reason.SUPERLATIVE_SCOPE(m.group(0))
    return None


def too_little_context(c: Candidate) -> Why | None:
    """A fill-in with fewer than three content words besides the blank ('NATO stands for the ____.'
    names its term: an acronym's expansion needs nothing more)."""
    if c.type != "fill_in" or c.rule == "acronym_definition":
        return None
    stop = set(vet_data()["stop_words"])
    content = [w for w in WORD.findall(c.prompt.replace(BLANK, " ")) if w.lower() not in stop]
    if len(content) < MIN_CONTENT_WORDS:
        return Reason.TOO_LITTLE_CONTEXT(len(content))
    if c.kind == "person" and c.prompt.startswith(BLANK) and len(content) < MIN_CONTENT_WORDS + 2:
        # '____ put on a big smile.' -> Sam: one of a story's people, and nothing says which
        return Reason.TOO_LITTLE_CONTEXT(len(content))
    return None


def usual_count(c: Candidate) -> Why | None:
    """'Octopuses have ____ eyes' -> two: the count everyone assumes (vet.json `usual_counts`) tests
    nothing; 'Spiders have ____ eyes' -> eight is a fact."""
    if c.type == "true_false":
        return None
    answer = str(c.answer).strip().lower()
    n = int(answer) if answer.isdigit() else lexicon.cardinals().get(answer)
    site = around(str(c.answer), c.prompt, c.context)
    if n is None or not site:
        return None
    m = re.match(r"\s+([a-z-]+)(?:\s+([a-z]+))?", site[1])  # 'two eyes', 'two large eyes'
    usual = vet_data()["usual_counts"]
    for noun in (g for g in (m.groups() if m else ()) if g):
        key = noun if noun in usual else noun.rstrip("s")
        if usual.get(key) == n:
            return Reason.USUAL_COUNT(c.answer, noun)
    # 'A bicycle is a vehicle with ____ wheels' -> two: the word itself says how many
    counted = vet_data()["counted_words"]
    for word in re.findall(r"[a-z]+", c.prompt.lower()):
        if counted.get(word, counted.get(word.removesuffix("s"))) == n:
            return Reason.USUAL_COUNT(c.answer, word)
    return None


COMPARISON = re.compile(r"(?i)^(the |an? )?____\s+(is|are|was|were|has been|have been)\s+(\w+er|more \w+|less \w+|over|under|at least|nearly|almost|about)\s+(than\s+)?[$£€]?\d[\d,.]*\s*[\w%.-]*\s*(long|high|tall|deep|wide|old|in length|in size)?\s*[.?!]?\s*$")


def bare_comparison(c: Candidate) -> Why | None:
    """'The ____ is longer than 2,000 miles.': a subject blank whose sentence says only that it
    passes a measure; many things do (the river it flows into, too)."""
    if c.type != "fill_in":
        return None
    m = COMPARISON.match(c.prompt)
    return Reason.COMPARISON_FITS_MANY(c.prompt.strip()) if m else None


def substance_problem(c: Candidate, title: str) -> Why | None:
    """The first reason the blank or question is over no fact of substance, or None."""
    return (vague_answer(c) or list_blank(c) or counted_list(c) or title_subject(c, title) or figure_of_speech(c)
            or trivia(c) or superlative_scope(c) or too_little_context(c) or usual_count(c) or bare_comparison(c))
