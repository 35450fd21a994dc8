"""Checking a learner's answer like a fair teacher: `check_answer(question, typed) -> Verdict`.

Pure core (no Textual, no spaCy); the quiz app, the exports and the review feature share it.
Leniency, in order: Unicode form (NFKC), accents, case, surrounding space and punctuation, a
leading "the/a/an", hyphens as spaces, number words as digits ("two" = "2", "ninth" = "9th" =
"9"), every `accept` alternative; then one typo (Damerau-Levenshtein distance 1) is forgiven
when the expected answer has 5 or more letters and the numbers in it are unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from quizgen import lexicon
from quizgen.deck.model import Question

TYPO_MIN_LETTERS = 5
_DASHES = re.compile(r"[\u2010-\u2015\u2212_-]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


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
    said = normalize(typed)
    if not said:
        return Verdict(False, False, expected)
    for alt in alternatives:
        if normalize(alt) == said:
            return Verdict(True, False, expected, alt)
    if question.type == "fill_in":
        for alt in alternatives:
            if is_forgivable_typo(said, normalize(alt)):
                return Verdict(True, True, expected, alt)
    return Verdict(False, False, expected)


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
    text = unicodedata.normalize("NFC", text).casefold().translate(lexicon.TYPOGRAPHIC)
    text = _THOUSANDS.sub("", text)
    text = _DASHES.sub(" ", text)
    words = [w for w in (_strip_punct(w) for w in text.split()) if w]
    if len(words) > 1 and words[0] in _words()["leading_articles"]:
        words = words[1:]
    return " ".join(_numbers_to_digits(words))


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
    i = 0
    while i < len(words):
        value, used = _read_number(words, i)
        if used:
            out.append(str(value))
            i += used
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


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): a swap of neighbours costs 1."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]
