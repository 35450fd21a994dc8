"""The second round of the generator's last checks (quizgen/generate/vet/substance.py, shapes.py,
the titled-surname and description rules, one answer per deck): one row per kind of question the
blind raters rejected, written as a sentence of our own, and rows of good questions that must pass."""

from __future__ import annotations

import pytest

from quizgen.deck.lint import variant_in
from quizgen.generate.candidate import Candidate
from quizgen.generate.one_fact import FactGuard
from quizgen.generate.vet.fluency import parsed_problem, wording_problem
from quizgen.generate.vet.gate import swap_may_be_true
from quizgen.generate.vet.names import common_words, sentence_case
from quizgen.generate.vet.shapes import shape_problem
from quizgen.generate.vet.standalone import description_problem, possessive_problem, titled_surnames, with_title
from quizgen.generate.vet.substance import substance_problem


def fill(prompt: str, answer: str, context: str = "", rule: str = "fill_in_over_entity") -> Candidate:
    return Candidate(rule=rule, type="fill_in", prompt=prompt, answer=answer, context=context or prompt.replace("____", answer),
                     sentence_index=0, fact=f"{answer.lower()}|f|0")


def mc(prompt: str, answer: str, context: str, distractors: tuple[str, ...] = ("a", "b", "c")) -> Candidate:
    return Candidate(rule="wh_question_object", type="multiple_choice", prompt=prompt, answer=answer, context=context,
                     sentence_index=0, fact=f"{answer.lower()}|m|0", distractors=list(distractors))


# (candidate, article title, the reason's name) — a blank over no fact of substance.
NO_SUBSTANCE = [
    (fill("____ of farmers marched on the capital to demand lower fuel prices.", "Hundreds"), "Farmers march", "VAGUE_QUANTITY"),
    (fill("The strike left hundreds of thousands of commuters without ____ for a week.", "hundreds of thousands",
          "The strike left hundreds of thousands of commuters stranded."), "Rail strike", "VAGUE_QUANTITY"),
    (fill("In the 1990s the club won three league titles, and ____ after the merger.", "another Welsh Cup"), "Club history",
     "NOT_A_KEY_TERM"),
    (fill("The lighthouse became ____ of the harbour town's pride.", "a lasting source"), "Lighthouses", "NOT_A_KEY_TERM"),
    (fill("Seafaring peoples, like the ____, and Frisians, settled the northern coasts.", "Angles, Jutes"), "Migrations",
     "BLANK_OVER_LIST_ITEMS"),
    (fill("The siege of ____ ended the long war between the two kingdoms.", "Carthage"), "How did Carthage fall?",
     "TITLE_SUBJECT"),
    (fill("The defeat of the ____ changed the balance of power across all of Greece.", "Spartans"),
     "How did Sparta fall?", "TITLE_SUBJECT"),
    (fill("At last the curtain had finally fallen, and the sun had finally set on ____.", "Carthage"), "Old ports",
     "FIGURE_OF_SPEECH"),
    (fill("From the ruins of the old order, ____ rose from the ashes in the west.", "merchant guilds"), "Old ports",
     "FIGURE_OF_SPEECH"),
    (fill("The painter's studio was at ____ Harbour Street in the old town.", "42"), "Painters", "TRIVIA"),
    (fill("____ stared at the blackboard with her big brown eyes.", "Priya"), "First day", "TRIVIA"),
    (fill("The coast of ____ was flooded.", "Frisia"), "Storm tides", "TOO_LITTLE_CONTEXT"),
]
SUBSTANCE = [
    (fill("Brewers in ____ exported 4,000 barrels of ale to Norway in 1820.", "Bremen"), "Hanseatic trade"),
    (fill("More than ____ barrels of ale were exported to Norway in 1820.", "4,000"), "Hanseatic trade"),
    (fill("The ferry company was sold to ____ in 1998 for a large sum.", "Northlink"), "Ferries of the north"),
    (fill("HSE stands for the ____.", "Health and Safety Executive", rule="acronym_definition"), "Workplaces"),
    (fill("The guild hall was designed by ____ in the Gothic style.", "Jan van Loon"), "When did Bremen rise?"),
    (fill("Jan van Loon was born on ____, in the port of Arlo.", "March 3, 1702"), "Painters"),
    (fill("Jan van Loon sailed to ____ to buy pigments.", "New Amsterdam"), "Painters"),
    (fill("In 1702, the burghers adopted ____ in a vote.", "a new charter"), "Bremen"),
    (fill("The bitter ____ began in 1612.", "Salt War"), "Bremen"),
    (fill("____ eventually merged with Storm Ten over the sea.", "Storm Eleven"), "Storm Ten (1998)"),  # not the title's
]


@pytest.mark.parametrize("cand, title, reason", NO_SUBSTANCE)
def test_a_blank_over_no_fact_of_substance_is_not_asked(cand, title, reason):
    why = substance_problem(cand, title)
    assert why is not None and why.name == reason


@pytest.mark.parametrize("cand, title", SUBSTANCE)
def test_a_blank_over_a_fact_of_substance_passes(cand, title):
    assert substance_problem(cand, title) is None


# (candidate, the reason's name) — a question whose shape does not fit its answer.
MISSHAPEN = [
    (mc("When was Jan van Loon apprenticed to a carpenter?", "age of 12",
        "Jan van Loon was apprenticed to a carpenter at the age of 12."), "WHEN_NOT_A_TIME"),
    (mc("How many ships did the port of Arlo build?", "80", "The port of Arlo built more than 80 ships."),
     "BOUNDED_NUMBER_ASKED"),
    (mc("How many pupils attend the village schools?", "900", "Anywhere from 300 to 900 pupils attend the village schools."),
     "BOUNDED_NUMBER_ASKED"),
    (mc("How many litres can one barrel hold up?", "160", "One barrel can hold up to 160 litres."), "QUESTION_SHAPE"),
    (fill("The Salt War was fought between ____.", "May 1612", "The Salt War was fought between May 1612 and June 1614."),
     "RANGE_END"),
    (mc("In which year was Bremen the first port in the north?", "1358",
        "In 1358 Bremen became the first port in the north to join the Hanseatic League."), "COMPLEMENT_LOST"),
    (fill("In 1612, the duke made ____.", "a plan", "In 1612, the duke made a plan with his cousins to seize the port."),
     "COMPLEMENT_LOST"),
    (fill("____ came together to design a common standard.", "Arlex",
          "The standard owes much to Arlex and Bontem, who came together to design a common standard."), "HALF_OF_PAIR"),
    (mc("How many methods are known as dead reckoning?", "three", "Sailors used three methods known as dead reckoning."),
     "QUESTION_SHAPE"),
    (mc("What do moths even eat?", "nectar", "Moths eat nectar."), "QUESTION_SHAPE"),
]
WELL_SHAPED = [
    mc("When was Jan van Loon apprenticed to a carpenter?", "1702", "Jan van Loon was apprenticed to a carpenter in 1702."),
    mc("How many ships did the port of Arlo build in 1820?", "80", "The port of Arlo built 80 ships in 1820."),
    fill("The port of Arlo built more than ____ ships.", "80", "The port of Arlo built more than 80 ships."),
    fill("Anywhere from 300 to ____ pupils attend the village schools.", "900",
         "Anywhere from 300 to 900 pupils attend the village schools."),
    mc("In which year did Bremen become the first port in the north to join the Hanseatic League?", "1358",
       "In 1358 Bremen became the first port in the north to join the Hanseatic League."),
    fill("Arlex and ____ came together to design a common standard.", "Bontem",
         "Arlex and Bontem, who came together, designed a common standard."),
]


@pytest.mark.parametrize("cand, reason", MISSHAPEN)
def test_a_question_whose_shape_does_not_fit_its_answer_is_not_asked(cand, reason):
    why = shape_problem(cand)
    assert why is not None and why.name == reason


@pytest.mark.parametrize("cand", WELL_SHAPED)
def test_a_question_shaped_to_its_answer_passes(cand):
    assert shape_problem(cand) is None


@pytest.mark.parametrize("text, joined", [
    ("In which year did Danish ships blockade Bremen and Jan van Loon was forced to leave?", True),
    ("When did the rebels take the castle and the duke fled to the coast?", True),
    ("Who was born in Arlo and died in Bremen?", False),        # one subject for both verbs
    ("Which towns brew ale and export beer to Norway?", False),
    ("In which year did Arlex and Bontem set up a joint team?", False),   # two subjects, one clause
])
def test_a_wh_question_over_two_joined_clauses_is_not_asked(nlp, text, joined):
    why = parsed_problem(nlp(text))
    assert (why is not None and why.name == "JOINED_CLAUSE") is joined


@pytest.mark.parametrize("prompt, reason", [
    ('The "old harbour,", closed to the ____ in winter.', "not fluent: broken punctuation"),
    ("The harbour  closed to ____ in winter.", "not fluent: a doubled space"),
    ("the harbour closed to ____ in winter.", "not fluent: a lowercase start"),
    ("By noon, ____ had not only mended the nets.", "not fluent: 'not only' without 'but'"),
    ("In which year was the harbour dredged by the Danish crew for example?", "not fluent: an example marker"),
])
def test_broken_wording_is_not_asked(prompt, reason):
    assert str(wording_problem(prompt) or "").startswith(reason)


@pytest.mark.parametrize("prompt", [
    "____ closed the harbour to ships in winter.",
    "The harbour closed not only to ships but also to ferries in ____.",
    '"Old Harbour", a song by ____, was a hit in 1962.',
])
def test_sound_wording_passes(prompt):
    assert wording_problem(prompt) is None


@pytest.mark.parametrize("prompt, leans", [
    ("The immediate cause involved a quarrel over fishing rights in ____.", True),
    ("The longer-term causes included the decline of ____.", True),
    ("When did the company agree to buy ____?", True),
    ("The family home was near ____.", True),
    ("Jan van Loon was apprenticed to the noted painter in ____.", True),
    ("Various towns were fighting for trade during the ____.", True),
    ("In which city was the last held in 2016?", True),           # 'the last' what?
    ("The other ____ are the pump, the valve and the coil.", True),
    ("Who resigned eight days after winning such a vote?", True),
    ("Tilda Varga won a second term as mayor in ____.", True),   # second after which?
    # 'a second and final term' says which one by itself: the last
    ("Tilda Varga won a second and final term as mayor in ____.", False),
    ("The band released a second and last album in ____.", False),
    ("Crops such as wheat grow well in ____.", False),
    ("The immediate cause of the Salt War was a tax imposed by ____.", False),
    ("The company's founder moved to ____ in 1902.", False),
    ("The Company of Merchant Adventurers traded with ____.", False),
])
def test_an_unresolved_definite_subject_is_not_asked(prompt, leans):
    assert (description_problem(prompt) is not None) is leans


def test_a_surname_the_article_only_writes_with_a_title_keeps_it():
    texts = ["Mrs. Okafor runs the bakery.", "Every morning Okafor bakes bread.",
             "Captain Ruiz sailed at dawn.", "Lena Ruiz is his niece."]
    titled = titled_surnames(texts, {"Ruiz": "Lena Ruiz"})
    assert titled == {"Okafor": "Mrs. Okafor"}      # Ruiz is named in full: that rule applies there
    c = fill("Okafor sold ____ to the school.", "bread")
    with_title(c, titled)
    assert c.prompt == "Mrs. Okafor sold ____ to the school."
    who = fill("____ runs the bakery on Mill Lane.", "Okafor")
    with_title(who, titled)
    assert who.answer == "Mrs. Okafor" and "Okafor" in who.accept


def test_an_answer_is_asked_once_per_deck():
    guard = FactGuard()
    guard.add(fill("Arlex and Bontem built the first ____ in 1982.", "disc player"))
    second = fill("The ____ was sold in Japan from 1983.", "disc player")
    assert guard.conflict(second).name == "SAME_ANSWER_ASKED"
    guard.add(fill("____ set up a joint team in 1979.", "Arlex and Bontem"))
    assert guard.conflict(fill("In 1980, ____ agreed a standard.", "Bontem and Arlex")).name == "SAME_ANSWER_ASKED"


@pytest.mark.parametrize("answer, prompt, gives", [
    ("late 1970s", "Prototypes were built in the 1970s by ____.", "1970s"),
    ("early 1850", "The bridge opened in 1850 over the ____.", "1850"),
    ("late 1970s", "Prototypes were built in 1979 by ____.", None),
])
def test_a_decade_in_another_prompt_gives_a_dated_answer_away(answer, prompt, gives):
    assert variant_in(answer, prompt) == gives


@pytest.mark.parametrize("prompt, context, out", [
    ("How many crops do Bumblebees visit in a day?", "Bumblebees visit about 40 crops in a day.",
     "How many crops do bumblebees visit in a day?"),
    ("Which town do Hansa ships visit each spring?", "Hansa ships visit Bergen each spring.",
     "Which town do Hansa ships visit each spring?"),          # never written in lower case: a name
    ("When did Mayor Odile Brand open the bridge?", "Mayor Odile Brand opened the bridge in 1911.",
     "When did Mayor Odile Brand open the bridge?"),          # a title before a name, though 'mayor' occurs
])
def test_a_word_capitalised_only_at_the_start_of_its_sentence_is_lowered(prompt, context, out):
    c = mc(prompt, "Bergen", context)
    sentence_case(c, common_words(["In May, bumblebees wake early.", "The mayor spoke.", context]))
    assert c.prompt == out


@pytest.mark.parametrize("statement, texts, dropped", [
    # Jan van Loon is placed in Bremen elsewhere: 'worked in Bremen' may well be true too
    ("Jan van Loon painted portraits in Bremen for rich merchants.",
     ["Jan van Loon was born in Bremen.", "Jan van Loon painted portraits in Arlo for rich merchants."], True),
    ("Jan van Loon painted portraits in Hamburg for rich merchants.",
     ["Jan van Loon was born in Bremen.", "Jan van Loon painted portraits in Arlo for rich merchants."], False),
])
def test_a_swapped_statement_the_article_may_make_true_is_not_asked(statement, texts, dropped):
    why = swap_may_be_true(statement, "Jan van Loon painted portraits in ____ for rich merchants.", texts)
    assert (why is not None) is dropped


NAMES = {"Mongolia": "country", "Acme Motors": "org"}


@pytest.mark.parametrize("prompt, unresolved", [
    ("Strong sales of small cars helped raise its profit to ____ in May.", "its"),   # whose profit?
    ("Its shares fell to ____ on Monday.", "Its"),
    ("Mongolia has kept its observer status for nearly ____ decades.", None),        # the name owns it
    ("Acme Motors raised their outlook for ____.", None),
    ("____ raised its outlook for the rest of the year.", None),                      # the answer owns it
    ("Farmers sold the wheat at the market in ____.", None),
])
def test_an_its_or_their_needs_its_owner_in_the_question(prompt, unresolved):
    why = possessive_problem(prompt, NAMES)
    assert (why.args[0] if why else None) == unresolved
    assert why is None or why.name == "UNRESOLVED_POSSESSIVE"
