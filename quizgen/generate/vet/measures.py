"""Other right ways to write a measure or a range: '25-90 kg' is also '25 to 90 kg', 'between 25
and 90 kg' and '25-90 kilograms'; '1853–1856' also '1853 to 1856'; '60 km' also '60 kilometres';
'four metres' also '4 metres'. The unit spellings are data (quizgen/data/vet.json)."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen import lexicon
from quizgen.generate.vet import vet_data

NUMBER = r"\d[\d,.]*"
# 'between 3-6 days', '25–90 kg', '10 to 12 years', 'between 120 and 190 pounds', '1853–1856'
RANGE = re.compile(rf"^(?:(between|from) )?({NUMBER})\s*(?:(-|–|—)|\s(to|and)\s)\s*({NUMBER})(?:( ?)([^\d\s].*))?$")
MAX_FORMS = 5  # an accept list a teacher reads at a glance


@lru_cache(maxsize=1)
def _units() -> dict[str, list[str]]:
    """Every spelling of a unit -> its other spellings ('km' -> ['kilometres', 'kilometers'])."""
    out: dict[str, list[str]] = {}
    hidden = set(vet_data()["unit_abbreviations_not_offered"])
    for abbr, spelled in vet_data()["unit_spellings"].items():
        group = ([] if abbr in hidden else [abbr]) + spelled
        out.setdefault(abbr, [s for s in spelled])
        for s in spelled:
            out.setdefault(s, [g for g in group if g != s])
    return out


def unit_forms(answer: str) -> list[str]:
    """'60 km' -> ['60 kilometres', '60 kilometers']; '4 feet' -> ['4 ft']: the unit spelled the
    other way, when the answer ends in a number and a unit."""
    for unit in sorted(_units(), key=len, reverse=True):
        m = re.match(rf"^(.*\d)\s?{re.escape(unit)}$", answer)
        if m:
            return [f"{m.group(1)}{'' if other.startswith('°') else ' '}{other}" for other in _units()[unit]]
    return []


def range_forms(answer: str) -> list[str]:
    """'25-90 kg' -> '25 to 90 kg', 'between 25 and 90 kg'; 'between 3-6 days' -> '3-6 days',
    '3 to 6 days', 'between 3 and 6 days'; '10-20%' -> '10 to 20%'; '1853–1856' -> '1853 to 1856' (a span of years is
    no measure: 'between 1853 and 1856' says another thing)."""
    m = RANGE.match(answer)
    if m is None:
        return []
    lead, low, dash, word, high, space, unit = m.groups()
    if (lead == "between") != (word == "and"):
        if not (lead == "between" and dash):
            return []  # 'from 5 and 9', '5 and 9 days': two numbers, no range
    if lead == "from" and word != "to":
        return []
    if len(high) < len(low):
        return []  # '2002–03', '1914-18': a span written short, never '2002 to 03'
    calendar = unit and unit.split()[0].lower() in {w.lower() for w in lexicon.calendar_words()}
    tail = f"{space}{unit}" if unit else ""  # '10-20%' keeps its sign close
    # The quiz reads any dash as any other: a dashed answer needs no second dash.
    forms = ([] if dash and not lead else [f"{low}-{high}{tail}"]) + [f"{low} to {high}{tail}"]
    if unit and not calendar:  # '9-10 May' is no measure between two amounts
        forms.append(f"between {low} and {high}{tail}")
    return [f for f in forms if f != answer]


def spelled_number(answer: str) -> list[str]:
    """'four metres' -> '4 metres', '4 feet' -> 'four feet' (up to twenty, never a date)."""
    m = re.match(r"^(\w+) ([a-z][a-z ]*)$", answer)
    if m is None or m.group(2).split()[0] in {w.lower() for w in lexicon.calendar_words()}:
        return []
    word, rest = m.group(1).lower(), m.group(2)
    cardinals = lexicon.cardinals()
    small = {n: w for w, n in cardinals.items() if n <= 20 and w not in lexicon.number_data()["collectives"]}
    if word in cardinals and cardinals[word] <= 100 and word not in lexicon.number_data()["scales"]:
        return [f"{cardinals[word]} {rest}"]
    if word.isdigit() and int(word) in small:
        return [f"{small[int(word)]} {rest}"]
    return []


def measure_forms(answer: str) -> list[str]:
    """The other ways to write a measure or a range (see the module's docstring), at most MAX_FORMS."""
    forms = range_forms(answer)
    for base in [answer, *forms[:2]]:
        forms += unit_forms(base)
    forms += spelled_number(answer)
    out: list[str] = []
    for f in forms:
        if f != answer and f not in out:
            out.append(f)
    return out[:MAX_FORMS]
