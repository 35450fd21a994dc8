"""What the question rules share: which entities can be answers, and how an answer is written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen import lexicon
from quizgen.deck.lint_text import aliases_of
from quizgen.generate.kinds import ANSWER_KINDS, NAME_KINDS
from quizgen.generate.candidate import Skip
from quizgen.generate.options import numbers
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.simplify.clauses import Clause
from quizgen.generate.resolve.registry import Registry, entity_kind, strip_the
from quizgen.generate.resolve.standalone import resolved_role
from quizgen.generate.simplify.sentences import sentence_ents
from quizgen.generate.vet import vet_data

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span

    from quizgen.generate.ask.context import ClauseContext

HEDGES = {"nearly", "about", "around", "almost", "over", "some", "approximately", "roughly", "more", "less",
          "than", "up", "to", "at", "least", "most", "only", "just", "the", "a", "an", "fewer", "under"}
MAX_ANSWER_WORDS = 6


@dataclass
class Answer:
    """An answer span inside a clause: which tokens, its text, kind and other accepted forms."""

    start: int
    end: int
    text: str
    kind: str
    accept: list[str]


def answers_in(ctx: "ClauseContext") -> "Iterator[Answer | Skip]":
    """Entity answers fully inside the clause, trimmed of hedges ('nearly two decades' -> 'two'),
    and for every other entity in it the reason it cannot be an answer."""
    clause = ctx.clause
    for ent in sentence_ents(clause.sent):
        if clause.has(ent):  # an entity of another clause of the sentence is asked there
            found = answer_of(ent, clause, ctx.reg)
            yield found if isinstance(found, Answer) else ctx.skip("answers_in", found)
    role = resolved_role(clause)
    if role is not None:  # 'The boy found a boat', the boy being Sam: 'Who found a boat?' -> Sam
        start, end, name = role
        yield Answer(start=start, end=end, text=name, kind="person", accept=[])


def answer_of(ent: "Span", clause: Clause, reg: Registry) -> "Answer | Why":
    """The answer an entity of the clause gives, or why it gives none."""
    span = _trim(ent)
    if span is None:
        return Reason.NOTHING_LEFT(ent.text)
    why = _not_standalone(span, ent)
    if why is not None:
        return why
    text = strip_the(span.text)
    kind = reg.kind(text) or entity_kind(ent.label_, text)
    if kind in NAME_KINDS and not any(c.isupper() for c in text):
        return Reason.DESCRIPTION_NOT_NAME(text)  # "the royal academy", "the west coast"
    words = text.lower().split()
    if kind == "person" and len(words) > 1 and words[-1].isdigit():
        return Reason.PERSON_WITH_AGE(text)  # 'Urzúa 54, was the shift commander': a name and an age
    if kind == "date" and len(words) == 2 and words[0] == "one" and words[1] in lexicon.story_times():
        return Reason.STORY_TIME(text)  # 'One day, a storm broke the pier': no '____ day'
    if kind in ("number", "quantity", "date", "year") and _number_only(span) is not None:
        num = _number_only(span)
        span, kind = num, ("number" if kind != "year" else kind)
        text = span.text
    if kind in ("date", "year") and re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?(\.\d+)?", text):
        kind = "quantity"  # a race time ("2:19:02") is a measure, not a date: no "When ...?"
    why = _unfit(text, kind, reg)
    if why is not None:
        return why
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    full = reg.full(text)
    # Other forms the article itself uses (not every surname guess).
    accept = [a for a in sorted(reg.aliases(text)) if a != full and a.lower() != full.lower()
              and (a in reg.kinds or a in reg.acronyms or a in reg.expansions)]
    accept += numbers.alternatives(full)
    return Answer(start=start, end=span.end, text=full, kind=kind, accept=list(dict.fromkeys(accept)))


def _not_standalone(span: "Span", ent: "Span") -> "Why | None":
    """Why the entity is only part of a larger word or name, or None."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return Reason.BEFORE_POSSESSIVE(span.text)  # "____'s intention" reads badly and tests little
    if span.start > 0 and doc[span.start - 1].tag_ == "POS":
        return Reason.IN_POSSESSIVE_NAME(span.text)  # "Ford's Theater"
    if (len(span) == 1 and span[0].like_num and span.start > 0 and doc[span.start - 1].pos_ == "PROPN"
            and span[0].head.pos_ == "PROPN"):
        return Reason.NUMBER_IN_NAME(span.text)  # "Super Mario 64 DS", "Apollo 11"
    if span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_:
        return Reason.IN_COMPOUND_WORD(span.text)  # "one-time items", "a two-year deal"
    if span.root.dep_ in ("compound", "amod", "nmod") and not span.root.like_num and not _in_hyphen_list(span):
        return Reason.NAME_AS_MODIFIER(span.text)  # "an April 11 speech", "US carmaker"
    if span.start > 0 and doc[span.start - 1].ent_type_ == "ORG" and doc[span.start - 1].whitespace_ \
            and ent.label_ in ("GPE", "LOC", "NORP"):
        return Reason.END_OF_ORG_NAME(span.text)  # "Amnesty International UK"
    return None


def _unfit(text: str, kind: str, reg: Registry) -> "Why | None":
    """Why an answer of this text and kind makes no fair question, or None."""
    if kind == "date" and not _absolute_date(text):
        return Reason.RELATIVE_DATE(text)  # "the next twelve years", "last month"
    if kind not in ANSWER_KINDS:
        return Reason.NOT_AN_ANSWER_KIND(text, kind)
    n = len(text.split())
    if n > MAX_ANSWER_WORDS or (kind in ("date", "number", "quantity", "money") and n > 4):
        return Reason.ANSWER_TOO_LONG(text, n)
    if kind == "org" and text.isupper() and text not in reg.acronyms and len(text) <= 4:
        return Reason.UNEXPLAINED_ABBREVIATION(text)  # "UTC" is rarely the organization it is tagged as
    if not re.search(r"\w", text):
        return Reason.NO_WORD(text)
    return None


def _in_hyphen_list(span: "Span") -> bool:
    """One of several names joined by hyphens ('the Mongolia-China-Russia corridor'): each is a fact."""
    doc, kind = span.doc, span[0].ent_type_
    left = span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].ent_type_ == kind
    right = span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].ent_type_ == kind
    return bool(kind) and (left or right)


RELATIVE_DATE = re.compile(r"\b(ago|later|earlier|next|last|previous|past|coming|this|today|yesterday|tomorrow)\b", re.I)


def _absolute_date(text: str) -> bool:
    """A date a reader can place: it has a number, a month or a century, and is not
    counted from the day the article was written ('12 years ago', 'last March')."""
    if RELATIVE_DATE.search(text):
        return False
    # A weekday alone ("on Thursday") is the week the article was written: not placeable either.
    return bool(re.search(r"\d|\bcentury\b|\bmillennium\b", text, re.I)) or any(w.strip(",.") in numbers.MONTHS
                                                                                  for w in text.split())


def _trim(ent: "Span") -> "Span | None":
    s, e = ent.start, ent.end
    doc = ent.doc
    while s < e and doc[s].lower_ in HEDGES - {"the"} and ent.label_ in ("DATE", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME"):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].text in ("'s", "’s")):
        e -= 1
    return doc[s:e] if e > s else None


def _number_only(span: "Span") -> "Span | None":
    """In 'two decades' or '30,000 vehicles', the number alone is the answer (in '200 mm', not)."""
    nums = [t for t in span if t.like_num]
    if len(nums) != 1 or len(span) == 1:
        return None
    rest = [t for t in span if not t.like_num]
    if any(t.lower_ in vet_data()["unit_words"] for t in rest):
        return None  # '200 mm', '40 km': a measure is its number with its unit (the vet drops '200' alone)
    if all(t.pos_ == "NOUN" for t in rest) and nums[0].i == span.start:
        return span.doc[nums[0].i:nums[0].i + 1]
    return None


def finish(text: str, mark: str = ".") -> str:
    """Capitalise the first letter and end with `mark`."""
    text = text.strip().rstrip(".;:,!?")
    if not text:
        return text
    return text[0].upper() + text[1:] + mark


def mentions(text: str, answer: Answer, reg: Registry) -> bool:
    """True when the answer (or an alias) is written in `text` — a prompt that gives it away."""
    low = text.lower()
    aliases = reg.aliases(answer.text) | aliases_of(answer.text)
    for a in aliases | {answer.text}:
        if len(a) > 1 and a.lower() in low and re.search(r"(?<!\w)" + re.escape(a.lower()) + r"(?!\w)", low):
            return True
    # 'the States' biggest telco' beside a blank for the USA: a multi-word alias's last word written
    # as a name of its own (capitalised, no capitalised word before it) is that alias said short
    for a in aliases:
        last = a.split()[-1]
        if a.count(" ") and len(last) > 3 and last[0].isupper():
            for m in re.finditer(r"(\S*)\s*(?<!\w)" + re.escape(last) + r"(?!\w)", text):
                if not m.group(1)[:1].isupper():
                    return True
    return False
