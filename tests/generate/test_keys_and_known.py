"""Accepted forms a teacher expects (ranges, units, a name's safe short form), answers every pupil
knows without the article, and statements too loose to turn into their opposite: one row per kind
the blind raters rejected, on sentences written for these tests, with rows that must stay."""

from __future__ import annotations

import pytest

from quizgen.deck.model import Question
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.resolve.registry import Registry
from quizgen.generate.vet.known import common_knowledge, title_compound
from quizgen.generate.vet.measures import measure_forms
from quizgen.generate.vet.short_form import named_as_thing, one_word_form
from quizgen.name_order import family_name_first
from quizgen.quiz.answers import check_answer
from tests.generate.asking import asked


def cand(prompt: str, answer: str, type_: str = "fill_in", kind: str = "") -> Candidate:
    return Candidate(rule="r", type=type_, prompt=prompt, answer=answer, context=prompt.replace("____", answer),
                     sentence_index=0, fact=f"{answer}|f", kind=kind)


@pytest.mark.parametrize("answer, forms", [
    ("30-75 kg", ["30 to 75 kg", "between 30 and 75 kg", "30-75 kilograms", "30 to 75 kilograms",
                  "between 30 and 75 kilograms"]),
    ("1712–1719", ["1712 to 1719"]),                      # a span of years: no 'between', no second dash
    ("8 to 11 years", ["8-11 years", "between 8 and 11 years"]),
    ("between 2-5 weeks", ["2-5 weeks", "2 to 5 weeks", "between 2 and 5 weeks"]),
    ("45 km", ["45 kilometres", "45 kilometers"]),
    ("7 feet", ["7 ft", "seven feet"]),
    ("three metres", ["3 metres"]),
    ("2.5 metres", ["2.5 meters"]),                      # 'm' is never offered: '2.5 m' reads as millions
    ("12 May", []),                                      # a date, no measure
    ("15-25%", ["15 to 25%", "between 15 and 25%"]),
    ("1998–99 season", []),                              # a span written short: never '1998 to 99'
    ("3-4 June", ["3 to 4 June"]),                       # days of a month: no 'between'

    ("1840", []),
    ("4 and 9", []),                                     # two numbers, no range
])
def test_a_measure_or_range_is_accepted_in_its_other_spellings(answer, forms):
    assert measure_forms(answer) == forms


@pytest.mark.parametrize("name, first", [
    ("Mei Xiang", True), ("Yao Ming", True), ("Xi Jinping", True), ("Kim Jong-un", True), ("Sun Yat-sen", True),
    ("Nguyen Van Thieu", True),
    ("Henry Rathbone", False), ("Lee Harvey Oswald", False), ("Jeremy Lin", False), ("Clara Harris", False),
])
def test_names_written_family_name_first_are_known(name, first):
    assert family_name_first(name) is first


REG = Registry(kinds={"Zhao Lun": "person", "Hui Lan": "person", "Tom Keller": "person", "Anna Keller": "person",
                      "Edwin Marsh": "person", "Ada Lind": "person", "Paul Dover": "person", "Dover": "city"})
SURNAMES = {"Lun": "Zhao Lun", "Lan": "Hui Lan", "Keller": None, "Marsh": "Edwin Marsh", "Lind": "Ada Lind",
            "Dover": "Paul Dover"}


@pytest.mark.parametrize("name, texts, form", [
    # Western order, the one person of that surname: the surname alone
    ("Edwin Marsh", ["Colonel Edwin Marsh led the column north."], "Marsh"),
    # the article's own short form, even of a family-first name ('Zhao' of 'Zhao Lun')
    ("Zhao Lun", ["Zhao Lun joined the club in 1999.", "Zhao scored twice."], "Zhao"),
    # the given name alone is another thing ('the Lun dynasty'), never the person
    ("Zhao Lun", ["Zhao Lun joined the club in 1999.", "The vase dates from the Lun period."], None),
    # family name first and never shortened by the article: no given name alone
    ("Zhao Lun", ["Zhao Lun joined the club in 1999."], None),
    # an animal with a given name: no short form at all
    ("Hui Lan", ["The zoo's giant panda Hui Lan had twins."], None),
    ("Ada Lind", ["Ada Lind, the oldest elephant in the park, died on Monday."], None),
    # a surname that is also a place of the article says the place as well
    ("Paul Dover", ["Paul Dover sailed from Dover in May."], None),
    # a surname two people share says neither
    ("Tom Keller", ["Tom Keller and Anna Keller ran the farm.", "Keller sold it."], None),
])
def test_a_one_word_form_of_a_name_is_accepted_only_where_safe(name, texts, form):
    assert one_word_form(name, REG, texts, SURNAMES) == form


def test_an_animal_is_known_by_the_noun_the_article_puts_before_or_after_its_name():
    assert named_as_thing("Hui Lan", ["Visitors watched the panda Hui Lan eat."]) == "panda"
    assert named_as_thing("Ada Lind", ["Ada Lind, the director, spoke."]) is None


@pytest.mark.parametrize("answer, typed, right", [
    ("Edwin Marsh", "Marsh", True),
    ("Yao Ming", "Ming", False),      # his given name
    ("Mei Xiang", "Xiang", False),
])
def test_the_quiz_takes_a_surname_alone_only_in_western_order(answer, typed, right):
    q = Question(id="q", type="fill_in", prompt="x ____.", answer=answer, tags=["person"])
    assert check_answer(q, typed).correct is right


@pytest.mark.parametrize("prompt, answer, flagged", [
    ("In which country do red kangaroos live?", "Australia", True),
    ("Emperor penguins are native to ____.", "Antarctica", True),
    ("Bees store ____ in wax cells.", "honey", True),
    ("Koalas live in the forests of ____.", "Eastern Australia", True),      # accepted as plain Australia
    # what the article tells of its animal, not what everyone knows
    ("Red kangaroos live in groups called ____.", "mobs", False),
    ("Rock penguins nest on the islands of ____.", "Tristan da Cunha", False),
    ("The kangaroo was first described by ____.", "Joseph Banks", False),
])
def test_what_every_pupil_knows_of_a_kind_is_not_asked(prompt, answer, flagged):
    c = cand(prompt, answer)
    c.accept = ["Australia"] if answer == "Eastern Australia" else []
    assert (common_knowledge(c) is not None) is flagged


@pytest.mark.parametrize("prompt, answer, title, flagged", [
    ("The ____ may visit two hundred flowers in a day.", "bee", "Honeybees", True),
    ("Worker bees collect ____ from flowers.", "nectar", "Honeybees", False),
    ("The ____ hatches in spring.", "egg", "Eggs of the river", False),     # the title's word itself, not a part
])
def test_a_word_the_titles_compound_is_made_of_is_not_asked(prompt, answer, title, flagged):
    assert (title_compound(cand(prompt, answer), title) is not None) is flagged


def refused(nlp, text: str) -> str | None:
    """The reason the opposite-statement rule gave for `text`, or None when it made a live statement."""
    out = [c for c in asked(nlp, text) if c.rule == "opposite_statement"]
    made = [c for c in out if isinstance(c, Candidate) and c.dropped is None]
    return None if made else next((c.dropped.name for c in out if isinstance(c, Skip)), "none")


@pytest.mark.parametrize("text, reason", [
    ("Walruses are the largest seals of the northern seas.", "OPPOSITE_SUPERLATIVE"),
    ("Female moose are slightly smaller than the bulls.", "OPPOSITE_OF_DEGREE"),
    ("Copper is very common in the rocks of the valley.", "OPPOSITE_OF_DEGREE"),
    ("The lake is usually warmer than the river in early June.", "OPPOSITE_OF_DEGREE"),
    ("The old lamp grew dim in the dark hall.", "OPPOSITE_LINKING_VERB"),   # not 'shrank dim'
    ("Moths, beetles, and ants are common in the valley.", "OPPOSITE_NOT_SIMPLE"),
    ("The small grey moths of the northern valley are common in the old orchards and gardens beside the "
     "river in early summer.", "OPPOSITE_NOT_SIMPLE"),
])
def test_a_statement_turned_only_when_short_plain_and_no_record(nlp, text, reason):
    assert refused(nlp, text) == reason


@pytest.mark.parametrize("text", [
    "The storm moved slowly towards the west over the open sea.",
    "After the flood, the river turned eastward near the town.",     # one short opening phrase
])
def test_a_short_plain_statement_is_still_turned(nlp, text):
    assert refused(nlp, text) is None


@pytest.mark.parametrize("answer, before, after, flagged", [
    ("Southern", "Lynx live in the forests of ", " and Central Norland.", True),
    ("Central Norland", "Lynx live in the forests of Southern and ", ".", True),
    ("Norland", "Lynx live in the forests of ", " and Brask.", False),      # two places of their own
])
def test_a_blank_over_half_of_two_regions_sharing_one_name_is_refused(answer, before, after, flagged):
    from quizgen.generate.vet.answers import part_of_name

    assert (part_of_name(answer, before, after) is not None) is flagged
