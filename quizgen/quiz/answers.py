"""Checking a learner's answer like a fair teacher: `check_answer(question, typed) -> Verdict`.

Pure core (no Textual, no spaCy); the quiz app, the exports and the review feature share it.
Leniency, in order: Unicode form (NFKC), accents (and letters like 'ø' = 'o'), case, surrounding
space and punctuation, a leading "the/a/an", hyphens as spaces, number words as digits ("two" =
"2", "ninth" = "9th" = "9"), numbers by value ("2.6bn" = "2.6 billion", "70%" = "70 percent",
".5" = "0.5", but "-5" is not "5"), every `accept` alternative, the number alone when the answer
is a number with a unit ("58,500,000" for "58,500,000 metric tons"), a surname alone for a
person's full name in Western order (not 'Ming' for 'Yao Ming'); then one typo (Damerau-Levenshtein distance 1) is forgiven when the expected
answer has 5 or more letters and the numbers in it are unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from quizgen import lexicon
from quizgen.deck.model import Question
from quizgen.name_order import family_name_first

TYPO_MIN_LETTERS = 5
# An answer this much longer than every accepted one is wrong without reading it (a paste, not a typo).
MAX_EXTRA_CHARS = 100
# A minus sign is a minus before a number ("-5", "−0.5"), a hyphen between words or numbers ("1990-2000").
_MINUS = re.compile(r"(?<![\w.])[\u2212-](?=\.?\d)")
_SIGN = "\x00"  # stands for a minus while dashes become spaces
_PERCENT = re.compile(r"(?<=\d)\s*%")
_LEADING_POINT = re.compile(r"(?<![\w.])\.(?=\d)")  # '.5' is '0.5' (the point is no punctuation to strip)
_NUMERAL = re.compile(r"^(-?(?:\d+(?:\.\d+)?|\.\d+))([a-z]*)$")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_-]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_DIGITS = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Verdict:
    """The result of checking one answer.

    correct: the answer counts as right. forgiven_typo: right only thanks to the one-typo rule
    (show `matched`, the exact spelling). expected: the question's answer as display text.
    matched: the answer or `accept` alternative the typed text matched ("" when wrong).
    """

    correct: bool
    forgiven_typo: bool
    expected: str
    matched: str = ""


@lru_cache(maxsize=1)
def _words() -> dict:
    """The number words and other word lists from quizgen/data/number_words.json."""
    return lexicon.number_data()


def check_answer(question: Question, typed: str) -> Verdict:
    """Judge `typed` (an option's text, or what the learner typed) against `question`."""
    expected = question.answer_text
    if question.type == "true_false":
        return _check_true_false(question, typed)
    alternatives = [question.answer_text] if question.type == "multiple_choice" else [question.answer_text, *question.accept]
    if question.type == "fill_in" and (surname := person_surname(question)):
        alternatives.append(surname)
    if len(typed) > max(map(len, alternatives)) * 2 + MAX_EXTRA_CHARS:
        return Verdict(False, False, expected)
    said = normalize(typed)
    if not said:
        return Verdict(False, False, expected)
    forms = [(alt, normalize(alt)) for alt in alternatives]
    for alt, form in forms:
        if form == said:
            return Verdict(True, False, expected, alt)
    if question.type == "fill_in":
        for alt, form in forms:
            if is_number_without_unit(said, form):
                return Verdict(True, False, expected, alt)
        for alt, form in forms:
            if is_forgivable_typo(said, form):
                return Verdict(True, True, expected, alt)
    return Verdict(False, False, expected)


def person_surname(question: Question) -> str | None:
    """The last word of an answer that is a person's full name ('Ørsted' of 'Hans Christian Ørsted'), else None.

    A question tagged `person` is one; an untagged one when its answer looks like a name: 2-4
    capitalised words, no digits, none that names a place or body ('Shanghai Cooperation Organization').
    """
    words = question.answer_text.split()
    if len(words) < 2 or (question.tags and "person" not in question.tags):
        return None
    last = words[-1].strip(".,")
    if not question.tags:
        stop = set(_words()["not_person_words"])
        if len(words) > 4 or any(not _name_word(w) or w.casefold() in stop for w in words):
            return None
    if len(last) < 2 or last.isupper() or not last[0].isupper() or family_name_first(question.answer_text):
        return None  # 'Ming' of 'Yao Ming' is his given name
    return last


def _name_word(word: str) -> bool:
    """A word a name is made of: capitalised letters, maybe with hyphens, apostrophes or an initial's dot."""
    core = word.replace("-", "").replace("'", "").replace("\u2019", "").rstrip(".")
    return bool(core) and core.isalpha() and word[0].isupper()


def is_number_without_unit(said: str, expected: str) -> bool:
    """'58500000' (or '58500000 tons') for '58500000 metric tons': the number, with none or the end of its unit.

    Only when the answer is a number followed by words (its unit), not a date ('5 may').
    """
    have, want = said.split(), expected.split()
    if len(want) < 2 or not _NUMERAL.match(want[0]) or _NUMERAL.match(want[0]).group(2):
        return False
    unit = want[1:]
    if any(c.isdigit() for w in unit for c in w) or unit[0] in lexicon.calendar_words():
        return False
    return have[0] == want[0] and len(have) <= len(want) and (len(have) == 1 or unit[-(len(have) - 1):] == have[1:])


def _check_true_false(question: Question, typed: str) -> Verdict:
    said = normalize(typed)
    words = _words()
    value = True if said in words["true_words"] else False if said in words["false_words"] else None
    correct = value is not None and value == question.answer
    return Verdict(correct, False, question.answer_text, question.answer_text if correct else "")


def normalize(text: str) -> str:
    """The comparable form of an answer: 'The  Ninth-Century Café!' -> '9 century cafe'."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text).casefold().translate(lexicon.TYPOGRAPHIC).translate(_plain_letters())
    text = _THOUSANDS.sub("", text)
    text = _PERCENT.sub(" percent ", text)
    text = _MINUS.sub(_SIGN, text)
    text = _LEADING_POINT.sub("0.", text)
    text = _DASHES.sub(" ", text)
    words = [w.replace(_SIGN, "-") for w in (_strip_punct(w) for w in text.split()) if w]
    if len(words) > 1 and words[0] in _words()["leading_articles"]:
        words = words[1:]
    return " ".join(_numbers_to_digits(_percent_words(words)))


@lru_cache(maxsize=1)
def _plain_letters() -> dict[int, str]:
    """str.translate's table for letters whose accent is no combining mark ('ø' -> 'o')."""
    return str.maketrans(_words()["plain_letters"])


def _percent_words(words: list[str]) -> list[str]:
    """'per cent' and 'pct' as 'percent'."""
    out: list[str] = []
    for w in words:
        if w == "cent" and out and out[-1] == "per":
            out[-1] = "percent"
        else:
            out.append("percent" if w in _words()["percent_words"] else w)
    return out


def _numeral(word: str) -> Decimal | None:
    """The value of a written number ('2.6', '.5', '-5', '472bn'), or None."""
    m = _NUMERAL.match(word)
    if not m or (m.group(2) and m.group(2) not in _words()["scale_suffixes"]):
        return None
    try:
        value = Decimal(m.group(1))
    except InvalidOperation:
        return None
    return value * _words()["scale_suffixes"][m.group(2)] if m.group(2) else value


def _number_text(value: Decimal) -> str:
    """One spelling per value: '2600000000', '0.5', '-5'."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _strip_punct(word: str) -> str:
    """A word without the punctuation around it ("(SCO)," -> "sco"); inner marks are kept."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(word[end - 1]).startswith("P"):
        end -= 1
    return word[start:end]


def _numbers_to_digits(words: list[str]) -> list[str]:
    """Runs of number words become one number ('twenty one' -> '21', 'ninth' -> '9', '9th' -> '9')."""
    out: list[str] = []
    scales = _words()["scales"]
    i = 0
    while i < len(words):
        value, used = _read_number(words, i)
        if used:
            out.append(str(value))
            i += used
            continue
        number = _numeral(words[i])
        if number is not None:
            # A numeral and the scale words after it are one value: '2.6 billion' = '2.6bn' = '2600000000'.
            i += 1
            while i < len(words) and (words[i] in scales or words[i] in _words()["scale_suffixes"]):
                number *= scales.get(words[i]) or _words()["scale_suffixes"][words[i]]
                i += 1
            out.append(_number_text(number))
            continue
        m = _DIGIT_ORDINAL.match(words[i])
        out.append(m.group(1) if m else words[i])
        i += 1
    return out


def _read_number(words: list[str], start: int) -> tuple[int, int]:
    """The value of the number words starting at `start` and how many words it took (0: none)."""
    table = _words()
    small = {**table["units"], **table["tens"]}
    total = current = 0
    used = 0
    i = start
    while i < len(words):
        w = words[i]
        if w == "and" and used and i + 1 < len(words) and words[i + 1] in small and current % 100 == 0 and current:
            i += 1
            continue
        ordinal = table["ordinals"].get(w)
        if w in small or (ordinal is not None and ordinal < 100):
            v = small.get(w, ordinal)
            # 'twenty one' reads as 21, but 'one two' is two numbers, not 3.
            if current % 100 and not (current % 10 == 0 and current % 100 >= 20 and v < 10):
                break
            current += v
        elif w in table["scales"] or ordinal is not None:
            scale = table["scales"].get(w, ordinal)
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            break
        i += 1
        used = i - start
        if ordinal is not None:
            break
    return total + current, used


def is_forgivable_typo(said: str, expected: str) -> bool:
    """One typo (insert, delete, substitute or swap) in an answer of 5+ letters, numbers unchanged."""
    if sum(c.isalpha() for c in expected) < TYPO_MIN_LETTERS:
        return False
    if _DIGITS.findall(said) != _DIGITS.findall(expected):
        return False
    return edit_distance(said, expected) == 1


def edit_distance(a: str, b: str, limit: int = 1) -> int:
    """Damerau-Levenshtein distance (optimal string alignment; a swap of neighbours costs 1), up to `limit`.

    Any distance over `limit` is reported as `limit + 1`. Only the diagonal band of width
    2*limit+1 is computed, so a 10,000-character answer costs O(n*limit), not O(n*m).
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    over = limit + 1
    prev2: dict[int, int] = {}
    prev = {j: j for j in range(min(len(b), limit) + 1)}
    for i in range(1, len(a) + 1):
        cur = {0: i} if i <= limit else {}
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(prev.get(j, over) + 1, cur.get(j - 1, over) + 1, prev.get(j - 1, over) + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2.get(j - 2, over) + 1)
            cur[j] = min(best, over)
        if min(cur.values(), default=over) >= over:
            return over  # every path already costs more than the limit
        prev2, prev = prev, cur
    return min(prev.get(len(b), over), over)
