"""Number answers: alternative spellings and same-form wrong values."""

from __future__ import annotations

import re

import pytest

from quizgen.generate.options.numbers import alternatives, perturb


@pytest.mark.parametrize("answer, alts", [
    ("two", ["2"]),          # number word -> digits
    ("12", ["twelve"]),      # digits -> word
    ("ninth", ["9th"]),      # ordinal word -> suffix form
    ("9th", ["ninth"]),
    ("30,000", ["30000"]),   # thousands separator optional
    ("Iran", []),            # not a number
])
def test_alternatives(answer, alts):
    assert alternatives(answer) == alts


@pytest.mark.parametrize("answer, kind", [
    ("two", "number"), ("ninth", "ordinal"), ("30,000", "number"), ("41%", "percent"), ("1865", "year"),
    ("1490s", "year"), ("11 March", "date"), ("April 2004", "date"), ("472bn yen", "money"), ("12", "number"),
])
def test_perturbation_gives_three_distinct_values_of_the_same_form(answer, kind):
    wrong = perturb(answer, kind)
    assert len(wrong) == 3 and len(set(wrong)) == 3 and answer not in wrong
    for w in wrong:
        assert w.isalpha() == answer.isalpha()           # words stay words, digits stay digits
        for unit in ("%", "yen", "s", "th"):
            assert w.endswith(unit) == answer.endswith(unit)  # the same unit or suffix


def test_decades_step_by_decades():
    assert all(w.endswith("0s") for w in perturb("1490s", "year"))


@pytest.mark.parametrize("answer, kind, options", [
    ("5th century", "date", {"3rd century", "4th century", "6th century"}),
    ("2nd century", "date", {"3rd century", "4th century", "5th century"}),
    ("the 21st week", "date", None),
])
def test_a_number_with_an_ordinal_suffix_stays_an_ordinal(answer, kind, options):
    out = perturb(answer, kind)
    assert not any(re.search(r"\d(1th|2th|3th)|1[123](st|nd|rd)|[02-9]1th", o) for o in out), out
    assert len(out) == 3 and (options is None or set(out) == options)


def test_answer_position_varies():
    # The right answer is not always the middle (or the smallest) of the numeric options.
    positions = set()
    for n in range(1, 13):
        opts = sorted(perturb(str(n), "number") + [str(n)], key=int) if n > 3 else []
        if opts:
            positions.add(opts.index(str(n)))
    assert len(positions) >= 3


def test_non_numbers_give_nothing():
    assert perturb("Iran", "country") == []
