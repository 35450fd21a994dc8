"""Other right ways to write a typed answer, as `accept:` keys the quiz, the exports and a rating
sheet show: a person's first and last name without the middle ones ('Marie Sklodowska') or the
title ('Amyntas'), an institution's short form ('Fort Hare'), the answer in plain letters ('Althing'
for 'Alþing'), both orders of 'X and Y' or of a day and month, numbers in words or figures, and
another name the article or the gazetteer gives the same thing."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from quizgen import lexicon
from quizgen.deck.lint_text import aliases_of, words_data
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.resolve import gazetteer
from quizgen.generate.vet import article_memo, vet_data
from quizgen.generate.vet.measures import measure_forms
from quizgen.generate.vet.short_form import one_word_form

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry

PLAIN = str.maketrans({"þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O",
                       "ß": "ss", "œ": "oe", "Œ": "Oe", "ł": "l", "Ł": "L", "đ": "d", "ı": "i"})
PAIR = re.compile(r"^([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) (and|&) ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)$")


def plain_letters(text: str) -> str:
    """'Alþing' -> 'Althing', 'Piñera' -> 'Pinera': the answer as typed on an English keyboard."""
    text = text.translate(PLAIN)
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)))


ROMAN = re.compile(r"^[IVX]{1,5}$")


def first_and_last(name: str) -> str | None:
    """'Marie Salomea Sklodowska' -> 'Marie Sklodowska' (a person with middle names); a ruler by
    name and number ('King Ptolemy V Epiphanes' -> 'Ptolemy V'), never title and epithet."""
    ws = name.split()
    numeral = next((i for i, w in enumerate(ws) if ROMAN.match(w)), None)
    if numeral:
        return " ".join(ws[numeral - 1:numeral + 1])
    if titled_name(name):
        return None
    connectors = set(words_data()["name_connectors"])
    if len(ws) < 3 or any(w.casefold() in connectors or w.endswith(".") for w in ws):
        return None
    return f"{ws[0]} {ws[-1]}"


SCALED = re.compile(r"^(\w+) (thousand|million|billion|trillion)\b(.*)$")
ORDINAL_DIGITS = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b")


def number_forms(answer: str) -> list[str]:
    """'six billion' is also '6 billion'; 'late 19th century' also 'late nineteenth century'."""
    out = []
    m = SCALED.match(answer)
    if m and m.group(1).lower() in lexicon.cardinals():
        out.append(f"{lexicon.cardinals()[m.group(1).lower()]} {m.group(2)}{m.group(3)}")
    words = {n: w for w, n in lexicon.ordinals().items()}
    spelled = ORDINAL_DIGITS.sub(lambda d: words.get(int(d.group(1)), d.group(0)), answer)
    if spelled != answer:
        out.append(spelled)
    share = PERCENT.match(answer)
    if share:  # '97 percent' is also '97%' and '97 per cent', and the other way round
        out += [f"{share.group(1)}{form}" for form in ("%", " percent", " per cent") if f"{share.group(1)}{form}" != answer]
    return out


PERCENT = re.compile(r"^(\d[\d,.]*)\s?(?:%|percent|per cent)$")


SHORT_SCALE = re.compile(r"^([$£€]?\d[\d,.]*)\s?(bn|m|tn|k)\b(.*)$")
SCALE_WORDS = {"bn": "billion", "m": "million", "tn": "trillion", "k": "thousand"}


def written_out(answer: str) -> list[str]:
    """'472bn yen' is also '472 billion yen'; '17' also 'seventeen', 'seventeen' also '17'."""
    m = SHORT_SCALE.match(answer)
    if m:
        return [f"{m.group(1)} {SCALE_WORDS[m.group(2)]}{m.group(3)}"]
    words = {n: w for w, n in {**lexicon.number_data()["units"], **lexicon.number_data()["tens"]}.items() if n <= 20}
    low = answer.strip().lower()
    if low.isdigit() and int(low) in words:
        return [words[int(low)]]
    if low in lexicon.cardinals() and lexicon.cardinals()[low] <= 20:
        return [str(lexicon.cardinals()[low])]
    # 'every 4 years' is also 'every four years' (a small count before a plural noun, inside the key)
    m = re.search(r"(?<![\w/.,])(\d{1,2}|[a-z]+)\s+([a-z]+s)\b", answer)
    if m and " " in answer.strip():
        n = m.group(1)
        if n.isdigit() and int(n) in words:
            return [answer[:m.start(1)] + words[int(n)] + answer[m.end(1):]]
        if n in lexicon.cardinals() and 1 < lexicon.cardinals()[n] <= 20:
            return [answer[:m.start(1)] + str(lexicon.cardinals()[n]) + answer[m.end(1):]]
    return []


MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
DAY_MONTH = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({MONTHS})(,? \d{{3,4}})?$")
MONTH_DAY = re.compile(rf"^({MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{3,4}}))?$")


def date_forms(answer: str) -> list[str]:
    """'April 15' is also '15 April'; '7th of November 1867' also '7 November 1867' and
    'November 7, 1867': the day and month in either order."""
    m = DAY_MONTH.match(answer)
    if m:
        year = (m.group(3) or "").lstrip(",").strip()
        return [f"{m.group(1)} {m.group(2)}" + (f" {year}" if year else ""),
                f"{m.group(2)} {m.group(1)}" + (f", {year}" if year else "")]
    m = MONTH_DAY.match(answer)
    if m:
        return [f"{m.group(2)} {m.group(1)}" + (f" {m.group(3)}" if m.group(3) else "")]
    return []


def without_title(name: str) -> str | None:
    """'King Amyntas' -> 'Amyntas', 'Doctor Ann Lee' -> 'Ann Lee': the name a title stands before."""
    ws = name.split()
    return " ".join(ws[1:]) if len(ws) >= 2 and titled_name(name) and ws[1][:1].isupper() else None


def short_institution(name: str) -> str | None:
    """'Fort Hare University College' -> 'Fort Hare': the name without the words that say what
    kind of body it is, when what is left is still a name of its own."""
    heads = set(vet_data()["institution_heads"])
    ws = name.split()
    while len(ws) > 1 and ws[-1].casefold() in heads:
        ws = ws[:-1]
    short = " ".join(ws)
    generic = set(words_data()["generic_name_words"])
    if short == name or len(short) < 4 or all(w.casefold() in generic for w in ws) or len(ws) == len(name.split()):
        return None
    if re.search(r"['’]s?$", short):
        return None  # 'Plato's' of 'Plato's Academy' is an owner, not the institution
    return short


MEASURE = re.compile(r"^(\d[\d,.]*)-(foot|metre|meter|mile|inch|kilometre|kilometer)$")
MEASURE_UNITS = {"foot": ("feet", "ft", "foot"), "metre": ("metres", "m", "meters"), "meter": ("meters", "m", "metres"),
                 "mile": ("miles", "mi"), "inch": ("inches", "in"), "kilometre": ("kilometres", "km"),
                 "kilometer": ("kilometers", "km")}
MOUNT = re.compile(r"^(?:Mount|Mt\.?) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)$")


def shared_surname(m: re.Match) -> str | None:
    """'Wilbur and Orville Wright' -> 'Wright': two first names before one family name, else None."""
    first, second = m.group(1).split(), m.group(3).split()
    return second[-1] if len(first) == 1 and len(second) == 2 else None


def family_word(surname: str, texts: list[str]) -> str | None:
    """'brothers' where the article calls them 'the Wright brothers' or 'the brothers' ('sisters'
    likewise), else None."""
    joined = " ".join(texts)
    for word in ("brothers", "sisters"):
        if re.search(rf"\b(?:{re.escape(surname)}|[Tt]he|[Tt]wo) {word}\b", joined):
            return word
    return None


def pair_forms(m: re.Match, texts: list[str]) -> list[str]:
    """Both orders of 'X and Y', each name kept whole ('Orville and Wilbur Wright', never 'Orville
    Wright and Wilbur'), and 'the Wright brothers' where the article says they are brothers."""
    surname = shared_surname(m)
    if surname is None:
        forms = [f"{m.group(3)} {m.group(2)} {m.group(1)}"]
        a, b = m.group(1).split(), m.group(3).split()
        if len(a) == len(b) == 2:
            # 'Kate Middleton and Meghan Markle': 'Middleton and Markle', and 'Kate and Meghan' where
            # the article calls them so
            joined = " ".join(texts)
            forms += [f"{a[1]} {m.group(2)} {b[1]}", f"{b[1]} {m.group(2)} {a[1]}"]
            firsts = f"{a[0]} {m.group(2)} {b[0]}"
            if firsts in joined:
                forms += [firsts, f"{b[0]} {m.group(2)} {a[0]}"]
        return forms
    other = m.group(3).split()[0]
    forms = [f"{other} {m.group(2)} {m.group(1)} {surname}"]
    word = family_word(surname, texts)
    if word:
        forms += [f"the {surname} {word}", f"{surname} {word}"]
    return forms


def two_people_blank(c: Candidate, texts: list[str]) -> Why | None:
    """A blank over two people of one family ('Wilbur and Orville Wright') where the article never
    calls them 'the brothers'/'sisters': no one short answer a learner could type."""
    m = PAIR.match(str(c.answer)) if c.type != "true_false" else None
    if m is None or shared_surname(m) is None or c.type == "multiple_choice":
        return None
    if family_word(shared_surname(m), texts) is None:
        return Reason.TWO_PEOPLE_BLANK(str(c.answer))
    return None


def named_also(answer: str, texts: list[str]) -> list[str]:
    """Another name the article itself gives: 'the Alþing (Althing)', 'Kibo, also known as Uhuru'."""
    memo = article_memo("named_also", texts)
    if None not in memo:  # the texts that can give another name at all: a bracket, 'known/called as'
        memo[None] = [t for t in texts if "(" in t or " known as " in t or " called as " in t]
    if answer not in memo:
        memo[answer] = _named_also(answer, memo[None])
    return list(memo[answer])  # the caller adds to it


def _named_also(answer: str, texts: list[str]) -> list[str]:
    out = []
    pattern = re.escape(answer) + r"(?:\s*\(([A-Z][^()\d]{1,40})\)|,? (?:also|better|commonly) (?:known|called) as ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}))"
    for text in texts:
        if answer not in text:
            continue  # most texts do not hold the answer at all: no pattern search for them
        for m in re.finditer(pattern, text):
            alias = (m.group(1) or m.group(2)).strip()
            if len(alias.split()) <= 4 and not alias.isupper():  # an acronym is the registry's
                out.append(alias)
    return out


def other_forms(answer: str, kind: str, reg: Registry | None = None, texts: list[str] | None = None) -> list[str]:
    """The other right ways to write `answer`, in a stable order, without the answer itself."""
    forms: list[str] = named_also(answer, texts or [])
    if kind == "person":
        forms += [first_and_last(answer) or "", without_title(answer) or ""]
    if kind in ("org", "facility", "company"):
        forms.append(short_institution(answer) or "")
    m = PAIR.match(answer)
    if m:
        forms += pair_forms(m, texts or [])
    measure = MEASURE.match(answer)
    if measure:  # '24-foot' (a modifier in the sentence) is typed as '24 feet' or '24 ft'
        forms += [f"{measure.group(1)} {unit}" for unit in MEASURE_UNITS[measure.group(2)]]
    mount = MOUNT.match(answer)
    if mount:
        forms.append(mount.group(1))
    forms += [wider_place(answer) or "", *river_forms(answer), *fraction_forms(answer), *number_forms(answer), *written_out(answer),
              *date_forms(answer), *measure_forms(answer)]
    # Another name of the place in words ('America'); initials ('US') read as words in a prompt.
    # Names that also mean another thing (ancient Macedon) or a disputed one are not offered.
    if answer not in vet_data()["aliases_not_accepted"]:
        forms += sorted(a for a in aliases_of(answer) if any(ch.islower() for ch in a)
                        and a not in vet_data()["aliases_not_accepted"])
    if reg is not None:
        if answer in reg.acronyms:
            forms.append(reg.acronyms[answer])
        elif answer in reg.expansions:
            forms.append(reg.expansions[answer])
    forms += [plain_letters(f) for f in [answer, *forms] if f]
    out: list[str] = []
    for f in forms:
        if f and f != answer and f not in out:
            out.append(f)
    return out


COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|"
                     r"Southeast|Southwest|North-East|North-West|South-East|South-West)(?:ern)? (.+)$")
CONTINENTS = {"Africa", "Asia", "Europe", "Australia", "Antarctica"}


def wider_place(answer: str) -> str | None:
    """'North Africa' -> 'Africa', 'Eastern Australia' -> 'Australia': a region of a continent or
    country is also rightly answered by its whole; never for a place of its own name ('South
    Africa', 'West Virginia', 'Northern Ireland')."""
    m = COMPASS.match(answer)
    if m is None or answer in vet_data()["compass_names"] or gazetteer.place_kind(answer):
        return None
    rest = m.group(1)
    return rest if rest in CONTINENTS or gazetteer.place_kind(rest) == "country" else None


RIVER = re.compile(r"^(?:the )?(?:River ([A-Z][\w-]+(?: [A-Z][\w-]+)?)|([A-Z][\w-]+(?: [A-Z][\w-]+)?) River)$")


def river_forms(answer: str) -> list[str]:
    """'River Tagus' is also 'Tagus' and 'Tagus River' (and the other way round)."""
    m = RIVER.match(answer)
    if m is None:
        return []
    name = m.group(1) or m.group(2)
    return [name, f"{name} River" if m.group(1) else f"River {name}"]


FRACTION = re.compile(r"^(\d+) (1/2|1/4|3/4)\b(.*)$")
FRACTIONS = {"1/2": (".5", "and a half"), "1/4": (".25", "and a quarter"), "3/4": (".75", "and three quarters")}


def fraction_forms(answer: str) -> list[str]:
    """'2 1/2 feet' is also typed '2.5 feet' or '2 and a half feet'."""
    m = FRACTION.match(answer)
    if m is None:
        return []
    decimal, words = FRACTIONS[m.group(2)]
    return [f"{m.group(1)}{decimal}{m.group(3)}", f"{m.group(1)} {words}{m.group(3)}"]


def titled_name(name: str) -> bool:
    """'Shah Jahan', 'Queen Isaura': a name that opens with a title, whose last word is no surname."""
    first = name.split()[0].casefold().rstrip(".")
    titles = {t.casefold() for t in vet_data()["person_titles"]} | set(vet_data()["person_evidence"]["roles"])
    return first in titles


def add_accepted(c: Candidate, reg: Registry, texts: list[str] | None = None,
                 surnames: dict[str, str | None] | None = None) -> None:
    """Add the other right ways to write a typed answer to `c.accept` (choices need none); a person
    named in full also by the one word of the name that is safe alone (`short_form`)."""
    if c.type in ("true_false", "multiple_choice"):
        return
    answer = str(c.answer)
    forms = other_forms(answer, c.kind, reg, texts)
    # 'about 12 inches (30 centimeters) long': the other units the sentence gives in brackets
    m = re.search(re.escape(answer) + r"\s*\((\d[\d.,]*\s*[A-Za-z]+\.?)\)", c.context or "")
    if m and not re.search(r"(?i)\b(and|to|between)\s*$", c.context[:c.context.find(answer)]):
        # (never for the end of a range: '14 and 45 kg (31 and 99 lb)')
        forms += [m.group(1).strip(), *other_forms(m.group(1).strip(), c.kind, reg, texts)]
    last = answer.split()[-1] if answer.split() else ""
    person = c.kind == "person" or reg.kinds.get(answer) == "person" or (surnames or {}).get(last) == answer
    if " " in answer and person and not PAIR.match(answer) and not titled_name(answer):
        forms.append(one_word_form(answer, reg, texts or [], surnames or {}) or "")
    for form in forms:
        if form and form not in c.accept:
            c.accept.append(form)
