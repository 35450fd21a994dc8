"""The wrong options, vetted once the question is written: none that is the answer's (or another
option's) alias, no stray bracket, no impossible share or century, no modern gazetteer place for an
event before about 1800; numbers and years in order. Fewer than three left: ask a fill-in."""

from __future__ import annotations

from collections.abc import Container

import re
from typing import TYPE_CHECKING

from quizgen.deck.lint import same_name
from quizgen.generate import kinds
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import vet_data

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry

NEEDED = 3
PLACES = kinds.PLACES | {"place"}  # a place the NER could not tell apart is a place too
SHARE = re.compile(r"([\d.]+)\s*(%|percent|per cent)", re.IGNORECASE)
CENTURY = re.compile(r"\b(\d+)(st|nd|rd|th) century", re.IGNORECASE)
YEAR = re.compile(r"(?<![\d,.$£€])\b(1\d{3}|20\d{2})\b(?![,.]\d)")  # a year; not '100m', not '1,200'
ERA = re.compile(r"\b(BC|BCE|B\.C\.)\b|\b(\d{1,2})(st|nd|rd|th) century\b")
VALUE = re.compile(r"-?\d[\d,]*(\.\d+)?")


WHO = {"person", "org", "company"}


def thing_names(texts: list[str]) -> frozenset[str]:
    """Names the article writes before a noun that says they name a thing or a place ('Tham Luang'
    of 'Tham Luang cave', 'Ultium' of 'Ultium batteries'): no person's or company's stand-ins."""
    nouns = "|".join(map(re.escape, vet_data()["thing_nouns"]))
    found: set[str] = set()
    for m in re.finditer(r"((?:[A-Z][\w.'’-]*\s)+)(?:" + nouns + r")\b", " ".join(texts)):
        ws = m.group(1).split()
        found |= {" ".join(ws[i:]) for i in range(len(ws))}
    return frozenset(found)


def headline_like(option: str) -> bool:
    """'G.M. Reports Big Jump': a title-cased clause, not a name (a present-tense verb in it)."""
    ws = option.split()
    return len(ws) >= 3 and any(w[:1].isupper() and w.endswith("s") and w.lower()[:-1] in _verbs() for w in ws[1:])


def _verbs() -> frozenset[str]:
    return frozenset(vet_data()["headline_verbs"])


def option_problem(option: str, answer: str, others: list[str], reg: Registry, ancient: bool, kind: str,
                   things: frozenset[str] = frozenset(), people: Container[str] | None = None) -> str | None:
    """Why one wrong option does not fit beside the answer and the options kept before it."""
    if kind == "person" and people is not None and option not in people:
        return "nothing in the article says it names a person"
    if kind in WHO and (option in things or headline_like(option)):
        return "a name of another kind (a thing, a place or a headline)"
    if option.count("(") != option.count(")") or option.count("[") != option.count("]") or option[:1] in "([":
        return "a stray bracket"
    if same_name(option, answer) or option in reg.aliases(answer) or any(same_name(option, o) for o in others):
        return "an alias of the answer or of another option"
    share = SHARE.search(option)
    if share and SHARE.search(answer) and float(share.group(1).rstrip(".") or 0) > 100:
        return "a share over 100%"
    century = CENTURY.search(option)
    if century and int(century.group(1)) > 21:
        return "a century still to come"
    if kind == "country" and option not in reg.kinds and other_scale(option, answer):
        return "a country of another scale than the answer"
    if ancient and kind in PLACES and option not in reg.kinds and reg.full(option) not in reg.kinds:
        return "a modern place for an event before about 1800"
    return None


SCALE = 20  # a country a twentieth the answer's size is no plausible stand-in (China: not Laos)


def other_scale(option: str, answer: str) -> bool:
    """One of two countries has more than SCALE times the other's people."""
    from quizgen.generate.resolve import gazetteer

    countries = gazetteer.countries()
    a, o = countries.get(gazetteer.canonical(answer)), countries.get(gazetteer.canonical(option))
    if not a or not o or not a["population"] or not o["population"]:
        return False
    big, small = max(a["population"], o["population"]), min(a["population"], o["population"])
    return big > SCALE * small


def dated(context: str) -> bool:
    """The sentence names a year, a century or an era."""
    return bool(YEAR.search(context) or CENTURY.search(context) or ERA.search(context))


def mostly_ancient(texts: list[str]) -> bool:
    """Most of the article's dated sentences date events before about 1800 (for its undated ones)."""
    dates = [is_ancient(t) for t in texts if dated(t)]
    return bool(dates) and sum(dates) * 2 > len(dates)


def is_ancient(context: str) -> bool:
    """The sentence dates its event before about 1800 (a year, 'BC', an early century)."""
    limit = vet_data()["ancient_before_year"]
    if re.search(r"\b(BC|BCE|B\.C\.)\b", context):
        return True
    if any(int(m.group(1)) < limit // 100 for m in CENTURY.finditer(context)):
        return True
    years = [int(y) for y in YEAR.findall(context)]
    return bool(years) and max(years) < limit


def _value(text: str) -> float | None:
    m = VALUE.search(text)
    return float(m.group().replace(",", "")) if m else None


def vet_options(c: Candidate, reg: Registry, ancient_article: bool = False,
                things: frozenset[str] = frozenset(), people: Container[str] | None = None) -> Why | None:
    """Keep the options that fit (in order when they are numbers); the reason to drop the multiple
    choice when fewer than three are left, else None."""
    if c.type != "multiple_choice":
        return None
    answer = str(c.answer)
    ancient = is_ancient(c.context) if dated(c.context) else ancient_article
    kept: list[str] = []
    if c.rule == "story_who":
        people = None  # the story's other characters ('the cat', 'the dog'), met as such by the rule
    for option in c.distractors:
        if option_problem(option, answer, kept, reg, ancient, c.kind, things, people) is None:
            kept.append(option)
    values = [_value(o) for o in kept]
    if kept and all(v is not None for v in values) and _value(answer) is not None:
        kept = [o for _, o in sorted(zip(values, kept))]
    c.distractors = kept
    if len(kept) < NEEDED:
        return Reason.FEW_ADEQUATE_OPTIONS(c.kind or "name")
    return None
