"""The answer checker: each leniency rule a fair teacher applies, and the answers that must not pass."""

from __future__ import annotations

import pytest

from quizgen.quiz.answers import check_answer, edit_distance, normalize
from quizgen.deck.model import Question


def fill(answer: str, *accept: str) -> Question:
    return Question(id="q", type="fill_in", prompt="x ____.", answer=answer, accept=list(accept))


@pytest.mark.parametrize("answer, accept, typed", [
    ("Iran", (), "Iran"),                                           # exact
    ("Iran", (), "iran"),                                           # case
    ("Iran", (), "  IRAN \t"),                                      # surrounding whitespace
    ("Iran", (), "Iran."),                                          # trailing punctuation
    ("Iran", (), '"Iran"!'),                                        # quotes and marks around
    ("Shanghai Cooperation Organization", (), "the Shanghai cooperation organization"),  # leading "the"
    ("the Kremlin", (), "Kremlin"),                                 # article in the key, not typed
    ("an apple", (), "apple"),                                      # leading "an"
    ("a treaty", (), "the treaty"),                                 # one article for another
    ("Café", (), "cafe"),                                           # accents
    ("São Paulo", (), "Sao Paulo"),                                 # accents in a name
    ("ＳＣＯ", (), "SCO"),                                           # full-width letters (NFKC)
    ("ﬁve", (), "five"),                                            # ligature (NFKC)
    ("two", (), "2"),                                               # number word = digit
    ("2", (), "two"),                                               # digit = number word
    ("ninth", (), "9th"),                                           # ordinal word = digit ordinal
    ("ninth", (), "9"),                                             # ordinal = bare digit
    ("9th", (), "Ninth"),                                           # and back
    ("twenty-one", (), "21"),                                       # hyphenated compound
    ("21st", (), "twenty first"),                                   # compound ordinal
    ("one hundred and five", (), "105"),                            # "and" inside a number
    ("1,000", (), "one thousand"),                                  # thousands separator
    ("two decades", (), "2 decades"),                               # number inside a phrase
    ("Mongolia-China-Russia", (), "Mongolia China Russia"),         # hyphens as spaces
    ("Mongolia–China", (), "Mongolia-China"),                       # en dash as hyphen
    ("China’s", (), "China's"),                                     # curly apostrophe
    ("L. Oyun-Erdene", ("Oyun-Erdene",), "oyun-erdene"),            # an accept alternative
    ("Shanghai Cooperation Organization", ("SCO",), "sco"),         # acronym alternative
])
def test_lenient_matches_count_without_a_typo(answer, accept, typed):
    v = check_answer(fill(answer, *accept), typed)
    assert v.correct and not v.forgiven_typo
    assert v.expected == answer


@pytest.mark.parametrize("answer, accept, typed, matched", [
    ("Mongolia", (), "Mongolai", "Mongolia"),                       # swapped neighbours
    ("Mongolia", (), "Mongola", "Mongolia"),                        # a letter dropped
    ("Mongolia", (), "Mongoliaa", "Mongolia"),                      # a letter added
    ("Bishkek", (), "Bishkak", "Bishkek"),                          # a letter changed
    ("Li Qiang", (), "Li Quang", "Li Qiang"),                       # 7 letters over two words
    ("L. Oyun-Erdene", ("Oyun-Erdene",), "Oyun-Erdine", "Oyun-Erdene"),  # typo in an alternative
    ("the Kremlin", (), "Kremlim", "the Kremlin"),                  # typo after dropping "the"
])
def test_one_typo_is_forgiven_in_answers_of_five_letters_or_more(answer, accept, typed, matched):
    v = check_answer(fill(answer, *accept), typed)
    assert (v.correct, v.forgiven_typo, v.matched) == (True, True, matched)


@pytest.mark.parametrize("answer, accept, typed", [
    ("Iran", (), "Iraq"),                                           # 4 letters: no typo forgiven
    ("Iran", (), "Irn"),                                            # likewise a dropped letter
    ("Mongolia", (), "Mangolai"),                                   # two typos
    ("Austria", (), "Australia"),                                   # a different country
    ("two", (), "3"),                                               # a different number
    ("ninth", (), "eighth"),                                        # a different ordinal
    ("1990s", (), "1980s"),                                         # a typo in a number is a new number
    ("2010 census", (), "2011 census"),                             # numbers must match exactly
    ("Iran", (), ""),                                               # nothing typed
    ("Iran", (), "   "),                                            # only spaces
    ("Iran", (), "..."),                                            # only punctuation
    ("Shanghai Cooperation Organization", (), "Shanghai"),          # part of the answer
    ("Shanghai Cooperation Organization", (), "SCO"),               # acronym not accepted unless listed
    ("Russia", (), "Russia China"),                                 # extra words
    ("the", (), "a"),                                               # an article as the whole answer stays a word
])
def test_answers_that_must_not_pass(answer, accept, typed):
    assert not check_answer(fill(answer, *accept), typed).correct


@pytest.mark.parametrize("answer, typed, correct", [
    (False, "False", True),       # the option text
    (False, "false", True),       # case
    (False, "f", True),           # a letter
    (True, "yes", True),          # yes means true
    (True, "no", False),          # no means false
    (True, "False", False),       # wrong
    (True, "maybe", False),       # not a truth value
    (True, "", False),            # nothing
])
def test_true_false(answer, typed, correct):
    q = Question(id="t", type="true_false", prompt="The SCO is a military alliance.", answer=answer)
    v = check_answer(q, typed)
    assert v.correct is correct and v.expected == ("True" if answer else "False")


@pytest.mark.parametrize("typed, correct", [
    ("Iran", True),         # the right option
    ("iran", True),         # case does not matter
    ("Iraq", False),        # a distractor
    ("Mongolai", False),    # no typo forgiven: options are chosen, not typed
])
def test_multiple_choice_checks_the_chosen_option(typed, correct):
    q = Question(id="m", type="multiple_choice", prompt="Which?", answer="Iran", distractors=["Iraq", "Mongolia"])
    assert check_answer(q, typed).correct is correct


@pytest.mark.parametrize("text, form", [
    ("The  Ninth-Century Café!", "9 century cafe"),  # every rule at once
    ("one two", "1 2"),                               # two numbers stay two numbers
    ("twenty first", "21"),                           # compound ordinal
    ("three thousand two hundred", "3200"),           # scales
    ("(SCO),", "sco"),                                # punctuation around
    ("The", "the"),                                   # a lone article is kept
    ("-5", "-5"),                                     # a minus before a number is a sign
    ("1990-2000", "1990 2000"),                       # a hyphen between numbers is a dash
    (".5", "0.5"),                                    # a leading point
    ("2.6bn", "2600000000"),                          # one spelling per value
    ("70%", "70 percent"),
    ("Ørsted", "orsted"),
])
def test_normalize(text, form):
    assert normalize(text) == form


@pytest.mark.parametrize("a, b, d", [
    ("mongolia", "mongolia", 0),    # same
    ("mongolia", "mongolai", 1),    # a swap costs one
    ("mongolia", "mangolai", 2),    # substitution + swap
    ("", "abc", 3),                 # all insertions
    ("kitten", "sitting", 3),       # the textbook case
    ("abcdef", "badcfe", 3),        # three swaps
])
def test_edit_distance(a, b, d):
    assert edit_distance(a, b, limit=5) == d


@pytest.mark.parametrize("a, b, limit, d", [
    ("kitten", "sitting", 1, 2),    # over the limit: limit + 1
    ("mongolia", "mangolai", 1, 2),
    ("a" * 10_000, "b" * 9_999, 1, 2),       # an absurd answer is cut off early
    ("a" * 10_000, "a" * 9_999, 1, 1),       # long and one apart: still exact
    ("x" * 10_000, "Mongolia", 1, 2),        # lengths far apart: no work at all
])
def test_edit_distance_stops_at_its_limit(a, b, limit, d):
    assert edit_distance(a, b, limit) == d


def test_a_huge_answer_is_judged_without_comparing_it_letter_by_letter():
    # A 10,000-character paste is wrong at once (no O(n*m) table over it).
    assert not check_answer(fill("Mongolia"), "Mongolia" * 1250).correct
    assert not check_answer(fill("Mongolia"), "M" + "o" * 9_999).correct


@pytest.mark.parametrize("answer, typed", [
    ("70 percent", "70%"),                                  # percent sign = the word
    ("70%", "70 per cent"),                                 # and 'per cent'
    ("70%", "seventy percent"),                             # number words too
    ("58,500,000 metric tons", "58,500,000"),               # the number alone: the blank is about it
    ("58,500,000 metric tons", "58500000"),                 # without thousands separators
    ("58,500,000 metric tons", "58.5 million metric tons"), # the same value in words
    ("58,500,000 metric tons", "58,500,000 tons"),          # the end of the unit
    ("472bn yen", "472bn"),                                 # scale abbreviation, unit left out
    ("472bn yen", "472 billion yen"),                       # scale word = abbreviation
    ("472bn yen", "472 bn yen"),                            # abbreviation as a word
    ("2.6bn", "2.6 billion"),                               # decimal with a scale
    ("2.6 billion", "2,600,000,000"),                       # written out
    ("1.2 trillion", "1.2tn"),                              # trillions
    ("0.5", ".5"),                                          # a leading point
    ("0.5", "0.50"),                                        # a trailing zero
    ("-5", "−5"),                                           # a minus sign is a hyphen-minus
    ("-5 degrees", "-5"),                                   # negative with a unit left out
    ("Hans Christian Ørsted", "Ørsted"),                    # surname alone
    ("Hans Christian Ørsted", "Orsted"),                    # diacritics optional (ø is no combining mark)
    ("Hans Christian Ørsted", "hans christian orsted"),     # the full name without them
    ("Marie Curie", "curie"),                               # any untagged two-word name
    ("Jean-Paul Sartre", "Sartre"),                         # a hyphenated first name
])
def test_numbers_units_and_names_compare_by_value(answer, typed):
    v = check_answer(fill(answer), typed)
    assert v.correct and not v.forgiven_typo, (answer, typed)


@pytest.mark.parametrize("answer, typed", [
    ("5", "-5"),                                            # the sign matters
    ("-5", "5"),
    ("-5 degrees", "5 degrees"),                            # not even as a typo
    ("0.5", "5"),                                           # the point matters
    ("2.6bn", "2.6 million"),                               # another scale
    ("472bn yen", "472bn dollars"),                         # another unit
    ("58,500,000 metric tons", "58,500,000 kilograms"),
    ("70%", "70 degrees"),
    ("5 May", "5"),                                         # a date is no number with a unit
    ("1990-2000", "1990"),                                  # a range is no number with a unit
    ("Hans Christian Ørsted", "Hans"),                      # the first name is not enough
    ("Hans Christian Ørsted", "Christian"),
    ("Shanghai Cooperation Organization", "Organization"),  # a body is no person
    ("United Nations", "Nations"),
    ("Li Qiang", "Li"),                                     # the last word, never the first
])
def test_values_and_names_that_must_not_pass(answer, typed):
    assert not check_answer(fill(answer), typed).correct, (answer, typed)


@pytest.mark.parametrize("tags, surname_counts", [
    (["person"], True),        # the generator's tag says so
    (["org"], False),          # tagged as anything else: never
    ([], True),                # untagged: it looks like a name
])
def test_surnames_follow_the_questions_tag(tags, surname_counts):
    q = Question(id="q", type="fill_in", prompt="x ____.", answer="Hans Christian Ørsted", tags=tags)
    assert check_answer(q, "Orsted").correct is surname_counts


def test_a_surname_with_a_typo_is_a_forgiven_typo():
    v = check_answer(fill("Hans Christian Ørsted"), "Orstedd")
    assert (v.correct, v.forgiven_typo, v.matched) == (True, True, "Ørsted")
