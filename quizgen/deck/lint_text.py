"""Reading short option texts for the lint: words, a loose comparison key, and what kind of thing each is."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quizgen import data as package_data, lexicon

WORD = re.compile(r"\d[\d,]*(?:\.\d+)?[a-z]*|[\w’']+(?:[-.][\w’']+)*\.?|[$€£%&]")
DIGITS = re.compile(r"^[$€£]?\d[\d,]*(\.\d+)?(%|[a-z]+)?$")
ORDINAL_DIGITS = re.compile(r"^\d+(st|nd|rd|th)$")
CASED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")
YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})(s|’s|'s)?$")


@lru_cache(maxsize=1)
def words_data() -> dict:
    """quizgen/data/lint.json: the lint's word lists and message wording."""
    return package_data.json_data("lint.json")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for adjective, country, *_ in package_data.rows("demonyms.tsv"):
        out.setdefault(country.strip().casefold(), set()).add(adjective.strip().casefold())
    return {k: frozenset(v) for k, v in out.items()}


def demonyms_of(country: str) -> frozenset[str]:
    """The adjectives of a country, lower case ('Norway' -> {'norwegian'}), from data/demonyms.tsv."""
    return _demonyms().get(country.strip().casefold(), frozenset())


def is_demonym(word: str) -> bool:
    """True for a people's or country's adjective ('Norwegian', 'American')."""
    low = word.casefold()
    return any(low in adjectives for adjectives in _demonyms().values())


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for alias, name, *_ in package_data.rows("place_aliases.tsv"):
        groups.setdefault(name.strip(), {name.strip()}).add(alias.strip())
    return {a.casefold(): frozenset(g) for g in groups.values() for a in g}


def aliases_of(name: str) -> frozenset[str]:
    """The other names of a place ('America', 'USA' for 'United States'), from data/place_aliases.tsv."""
    group = _alias_groups().get(name.strip().removeprefix("the ").casefold(), frozenset())
    return frozenset(a for a in group if a.casefold() != name.strip().removeprefix("the ").casefold())


def words(text: str) -> list[str]:
    """The words of `text` as written (hyphenated and dotted words kept whole, trailing '.' dropped)."""
    return [w.rstrip(".") or w for w in WORD.findall(text)]


@lru_cache(maxsize=1 << 16)  # the lint keys every prompt word: a big deck repeats its words
def loose_key(text: str) -> str:
    """A comparison key: case, punctuation, a leading article, plurals and number spelling ignored."""
    data = words_data()
    ws = [w.casefold().translate(lexicon.TYPOGRAPHIC) for w in words(text)]
    if len(ws) > 1 and ws[0] in data["articles"]:
        ws = ws[1:]
    out = []
    for w in ws:
        w = w[:-2] if w.endswith("'s") else w
        w = str(lexicon.cardinals().get(w, w))
        w = w.replace(",", "") if DIGITS.match(w) else w
        out.append(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return " ".join(out)


def number_value_words(text: str) -> set[str]:
    """The other spellings of a small whole number: {'2'} for 'two', {'two'} for '2'."""
    low = text.strip().casefold()
    by_value = _small_numbers_by_value()
    if low in lexicon.cardinals():
        return {str(lexicon.cardinals()[low])}
    return {by_value[low]} if low in by_value else set()


@lru_cache(maxsize=1)
def _small_numbers_by_value() -> dict[str, str]:
    return {str(v): k for k, v in lexicon.cardinals().items() if v <= 100}


def is_name(text: str) -> bool:
    """True when every word that is not a connector ('of', 'de', 'bin') starts with a capital or digit."""
    connectors = set(words_data()["name_connectors"])
    ws = [w for w in words(text) if w.casefold() not in connectors and w[0].isalpha()]
    # 'al-Assad', 'bin-Salman': the part after a lower-case particle carries the capital.
    return bool(ws) and all(w[0].isupper() or w.split("-")[-1][:1].isupper() for w in ws)


@lru_cache(maxsize=1 << 12)  # asked of every answer against every kept one: a deck repeats its answers
def kind(text: str) -> tuple[str, str]:
    """(kind, unit): year, date, ordinal, number (with its unit, e.g. 'decade'), name or text."""
    data = words_data()
    ws = words(text)
    low = [w.casefold() for w in ws]
    if not ws:
        return ("text", "")
    core = [w for w in low if w not in ("in", "the", "of", "by", "since", "around", "about")]
    if core and all(YEAR.match(w) for w in core):
        return ("year", "")
    if any(w in lexicon.calendar_words() for w in low) and (len(ws) == 1 or any(c.isdigit() for c in text)):
        return ("date", "")
    if any((w in lexicon.ordinals() or w in data["ordinal_like"]) or ORDINAL_DIGITS.match(w) for w in low) and len(ws) <= 3:
        return ("ordinal", "")
    # 'nearly two decades', 'at least 5%', 'all nine': qualifiers before the number do not change its kind.
    lead = next((w for w in low if w not in data["number_qualifiers"]), "")
    if lead in lexicon.cardinals() or DIGITS.match(lead) or lead in ("$", "€", "£"):
        return ("number", _unit(text, low))
    if not any(_bicameral(c) for c in text):
        return ("caseless", "")  # Georgian, Arabic, Chinese...: no capitals to tell a name by
    return ("name" if is_name(text) else "text", "")


def _bicameral(c: str) -> bool:
    """A letter of a script whose writers capitalize names (Georgian has capitals in Unicode, not in use)."""
    return c.isalpha() and unicodedata.name(c, "").split(" ")[0] in CASED_SCRIPTS


def _unit(text: str, low: list[str]) -> str:
    """What a number counts ('two decades' -> 'decade', '5%' -> 'percent', '$3 million' -> 'dollar')."""
    data = words_data()
    aliases = data["unit_aliases"]
    low_text = text.casefold()
    for alias in sorted(aliases, key=len, reverse=True):
        if alias in ("$", "€", "£", "%") and alias in low_text:
            return aliases[alias]
    rest = []
    for w in low:
        m = DIGITS.match(w)
        if m and m.group(2) and m.group(2) != "%":
            rest.append(m.group(2))  # '5km' -> 'km'
        elif not (m or w in lexicon.cardinals() or w in data["scale_words"] or w in data["number_qualifiers"]):
            rest.append(w)
    unit = " ".join(rest)
    unit = unit[:-1] if len(unit) > 3 and unit.endswith("s") and not unit.endswith("ss") else unit
    return aliases.get(unit, unit)
