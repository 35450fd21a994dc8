"""A question whose shape fits its answer: 'When' asks for a time, a bounded number or one end of a
range is never offered among options that may also be true, a superlative keeps what it is the
first or only one to do, and a wh-question over one of two joined clauses is not asked."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, around, as_written, compiled, vet_data

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate

TIME = re.compile(r"\b(\d{3,4}s?|January|February|March|April|May|June|July|August|September|October|"
                  r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|"
                  r"summer|autumn|fall|winter|century|centuries|decade|today|yesterday|tomorrow|morning|"
                  r"evening|night|noon|midnight|BC|BCE|AD|CE|\d{1,2}:\d\d)\b", re.IGNORECASE)
RANGE_AFTER = re.compile(r"^\s*(to|and|-|–|—)\s*[$£€¥]?\d")
RANGE_BEFORE = re.compile(r"(\d[\d,.]*\s*(to|-|–|—)|\b(between|from))\s*$", re.IGNORECASE)
SUPERLATIVE = re.compile(r"\bthe (first|last|only|second|third|youngest|oldest|earliest|latest|fastest|"
                         r"largest|biggest|smallest|highest|lowest)\b[^.,;:]*?\bto ([a-z]+)\b")


def when_not_a_time(c: Candidate) -> Why | None:
    """'When was he apprenticed?' -> 'age of 15': 'When' over an answer that names no time."""
    if c.type == "true_false" or not re.match(r"(?i)^(when|in which year|what year|on which date)\b", c.prompt):
        return None
    return None if TIME.search(str(c.answer)) else Reason.WHEN_NOT_A_TIME(c.answer)


def count_of_a_year(c: Candidate) -> Why | None:
    """'How many Oktoberfest has the mayor opened?' -> 2013: 'How many' over a year, which counts nothing."""
    if c.type != "true_false" and re.match(r"(?i)^how many\b", c.prompt) and re.fullmatch(r"1\d{3}|20\d{2}", str(c.answer).strip()):
        return Reason.QUESTION_SHAPE("'How many' over a year")
    return None


def bounded_number(c: Candidate) -> Why | None:
    """'more than 90', 'up to 60,000', '1,000 to 5,000': as options, larger or smaller numbers may
    be true too, and a question that drops the bound says something else ('hold up?')."""
    if c.type == "true_false":
        return None
    answer = str(c.answer)
    if not re.search(r"\d|^(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred)", answer, re.I):
        return None
    site = around(answer, "", c.context)
    if not site:
        return None
    before, after = site
    bounds = "|".join(re.escape(b) for b in vet_data()["number_bounds"])
    bounded = re.search(rf"(?i)\b({bounds})\s*[$£€¥]?$", before)
    ranged = RANGE_AFTER.match(after) or RANGE_BEFORE.search(before)
    if c.type == "fill_in":
        # The bound stays in the sentence ('more than ____ pages') and the blank is exact; a range
        # cut to one end ('fought between ____.') is not.
        before_blank, _, after_blank = c.prompt.partition(BLANK)
        if re.search(r"(?i)\b(between|from)\s*$", before_blank) and not re.match(r"\s*(and|to|-|–)\s", after_blank):
            return Reason.RANGE_END(answer)
        if re.match(r"(?i)(between|from)\b", answer) and not re.search(r"\s(and|to)\s", answer):
            return Reason.RANGE_END(answer)  # '____ and 900' over 'between roughly 250': half a range and its 'between'
        return None
    if bounded or ranged:
        return Reason.BOUNDED_NUMBER_ASKED((bounded or ranged).group(0).strip() or answer)
    return None


def lost_complement(c: Candidate) -> Why | None:
    """'Arsenal became the first club from the south to join the League' asked without 'to join'
    (the first to do what?); 'formulated a plan with others to kill ...' asked as 'formulate a plan?'."""
    prompt = as_written(c.prompt, c.answer, c.type)
    m = SUPERLATIVE.search(c.context)
    if m and re.search(rf"\bthe {m.group(1)}\b", prompt) and not re.search(rf"\bto {m.group(2)}\b", prompt):
        return Reason.COMPLEMENT_LOST(m.group(1), m.group(2))
    nouns = "|".join(vet_data()["complement_nouns"])
    for m in re.finditer(rf"\b(an?|the|its|his|her|their) ({nouns})\b[^.,;:]{{0,40}}?\bto ([a-z]+)\b", c.context):
        if re.search(rf"\b{m.group(2)}\b", prompt) and not re.search(rf"\bto {m.group(3)}\b", prompt):
            return Reason.COMPLEMENT_LOST(m.group(2), m.group(3))
    return None


def half_of_pair(c: Candidate) -> Why | None:
    """'Philips and Sony, who came together ...' asked of Philips alone: the relative clause is about
    both, so the key is half the answer."""
    answer = str(c.answer)
    if c.type == "true_false" or not answer[:1].isupper() or " and " not in c.context:
        return None
    a = re.escape(answer)
    m = re.search(rf"(?<![\w-])({a} and ([A-Z][\w-]+(?: [A-Z][\w-]+)*)|([A-Z][\w-]+(?: [A-Z][\w-]+)*) and {a}),? (who|which|that)\b",
                  c.context)
    if not m:
        return None
    other = m.group(2) or m.group(3)
    return None if other in c.prompt else Reason.HALF_OF_PAIR(answer, other)


def stop_in_sequence(c: Candidate) -> Why | None:
    """'In which city did he spend months at the rectory in Nuenen?' -> Antwerp, from '... in Nuenen,
    then in Antwerp': one stop of a sequence, asked with the stop before it, reads as if it were there."""
    if c.type != "multiple_choice":
        return None
    if re.search(rf"(?i),\s*then\s+(?:\w+\s+)?{re.escape(str(c.answer))}\b", c.context):
        return Reason.QUESTION_SHAPE("one stop of a sequence ('..., then in Antwerp')")
    return None


def shape_problem(c: Candidate) -> Why | None:
    """The first reason the question's shape does not fit its answer, or None."""
    for name, pattern in vet_data()["question_shapes"].items():
        if c.type != "fill_in" and compiled(pattern).search(c.prompt):
            return Reason.QUESTION_SHAPE(name)
    return (when_not_a_time(c) or count_of_a_year(c) or bounded_number(c) or lost_complement(c) or half_of_pair(c)
            or stop_in_sequence(c))


def joined_clause(doc) -> bool:
    """A re-parsed question whose verb is joined by 'and'/'but' to a clause with a subject of its
    own ('In which year did troops invade Milan and Leonardo was forced to flee?'): after the
    conjunction, a noun phrase and then a finite verb. ('Who was born in Vinci and died in Cloux?'
    shares its subject, and passes.)"""
    if not doc.text.rstrip().endswith("?"):
        return False
    toks = list(doc)
    root = next((t.i for t in toks if t.dep_ == "ROOT"), 0)
    for i, t in enumerate(toks):
        # After the question's own verb: 'did Sony and Philips set up ...' joins two subjects, not clauses.
        if t.lower_ not in ("and", "but") or i < root:
            continue
        j = i + 1
        while j < len(toks) and toks[j].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON") and toks[j].tag_ != "WDT":
            j += 1
        if j > i + 1 and j < len(toks) and toks[j].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False
