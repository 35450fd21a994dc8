"""The teacher's lint: one row per rule that must warn, and rows of good questions that must not."""

from __future__ import annotations

import pytest

from quizgen.deck.model import Question
from quizgen.deck.lint import DECK_RULES, RULES, lint_deck, lint_question
from quizgen.deck.model import Deck


def mc(prompt: str, answer: str, *distractors: str, tags: tuple[str, ...] = ()) -> Question:
    return Question(id="q", type="multiple_choice", prompt=prompt, answer=answer, distractors=list(distractors), tags=list(tags))


def fill(prompt: str, answer: str, *accept: str) -> Question:
    return Question(id="q", type="fill_in", prompt=prompt, answer=answer, accept=list(accept))


WARN = [
    # the answer itself in the prompt
    (mc("Which country, Iran or Iraq, joined the SCO as its ninth member?", "Iran", "Iraq", "Turkey", "Oman"), "answer-in-prompt"),
    # a derived form of the answer: 'Mongolian' gives away 'Mongolia'
    (mc("Which country's prime minister met Li Qiang in the Mongolian delegation?", "Mongolia", "Kazakhstan", "Russia", "Japan"), "answer-in-prompt"),
    # 'Turkish' gives away 'Turkey'
    (mc("Which country's army, the Turkish one, joined the exercise?", "Turkey", "Iran", "Russia", "India"), "answer-in-prompt"),
    # the answer in other case, without 'the', elsewhere in a fill-in sentence
    (fill("The ____ summit in Bishkek was the shanghai cooperation organization's first in years.", "the Shanghai Cooperation Organization"), "answer-in-prompt"),
    # the number spelled the other way
    (fill("Mongolia, an observer for 2 decades, has waited nearly ____ decades to decide.", "two"), "answer-in-prompt"),
    # a count inside a compound word gives it away
    (fill("The nine-car train left the rails near ____.", "nine"), "answer-in-prompt"),
    # a person's distinctive name
    (mc("Who is Mongolia's prime minister, as Oyun-Erdene told reporters?", "L. Oyun-Erdene", "U. Khurelsukh", "Kh. Battulga", "Ts. Elbegdorj"), "answer-in-prompt"),
    # an acronym answer given away by its expansion
    (mc("What is the Shanghai Cooperation Organization usually called?", "SCO", "NATO", "ASEAN", "BRICS"), "answer-in-prompt"),
    # an accepted alternative in the prompt
    (fill("Nearly 2 decades, or ____ decades, have passed.", "two", "2"), "answer-in-prompt"),
    # 'the United States' repeats 'United States'
    (mc("Which country is a 'third neighbor' of Mongolia?", "United States", "the United States", "Kazakhstan", "Iran"), "similar-options"),
    # '2' repeats 'two'
    (mc("For how many decades has Mongolia been an observer?", "two", "2", "three", "four"), "similar-options"),
    # two distractors only
    (mc("In which city did Li Qiang meet L. Oyun-Erdene?", "Bishkek", "Astana", "Tashkent"), "few-distractors"),
    # a number among cities
    (mc("In which city did Li Qiang meet L. Oyun-Erdene?", "Bishkek", "Astana", "Tashkent", "two"), "mixed-kinds"),
    # a proper name among common words
    (mc("In which area has the SCO expanded cooperation?", "counter-terrorism", "tourism", "farming", "NATO"), "mixed-kinds"),
    # years among decades: same kind of thing, different unit
    (mc("How long has Mongolia been an observer?", "two decades", "three decades", "four decades", "five years"), "mixed-kinds"),
    # a count among years
    (mc("When did Iran join the SCO?", "2023", "2019", "2021", "nine"), "mixed-kinds"),
    # an ordinal among counts
    (mc("How many members does the SCO have?", "nine", "seven", "eight", "tenth"), "mixed-kinds"),
    # the one long, careful option is the answer
    (mc("What does the SCO provide?", "an alternative to Western blocs like NATO in Eurasia", "trade", "tourism", "sport"), "long-option"),
    # 'all of the above' breaks when shuffled
    (mc("In which area has the SCO expanded cooperation?", "counter-terrorism", "tourism", "farming", "All of the above."), "above-option"),
    # 'none of these' too
    (mc("In which area has the SCO expanded cooperation?", "counter-terrorism", "tourism", "farming", "none of these"), "above-option"),
    # 'A and B' refers to positions that shuffling changes
    (mc("Which are SCO areas?", "counter-terrorism", "tourism", "farming", "both a and b"), "above-option"),
    # the blank is most of the sentence
    (fill("____ in Bishkek.", "Li Qiang met L. Oyun-Erdene"), "blank-too-long"),
    # one runner twice: a short and a full name of the same man
    (mc("Who won the heat in Oslo?", "Petra Lund", "Karl Ove Strand", "Ove Strand", "Mia Holt"), "alias-option"),
    # the answer beside its own short form
    (mc("Who opened the bridge in Ghent?", "Anna De Smet", "De Smet", "Luc Peeters", "Els Maes"), "alias-option"),
    # an acronym beside its expansion
    (mc("Which body set the fishing quota?", "Nordic Fisheries Board", "NFB", "Baltic Council", "Sea Office"), "alias-option"),
]

CLEAN = [
    # the guide's examples of good questions
    mc("Which country did the Shanghai Cooperation Organization recently admit as its ninth member?", "Iran", "Mongolia", "Turkey", "Afghanistan"),
    mc("In which city did Li Qiang meet Mongolian Prime Minister L. Oyun-Erdene?", "Bishkek", "Astana", "Tashkent", "Dushanbe"),
    fill("Mongolia has held observer status in the Shanghai Cooperation Organization for nearly ____ decades.", "two", "2"),
    fill("Oyun-Erdene discussed plans to establish the Mongolia-China-____ economic corridor.", "Russia"),
    fill("Mongolian Prime Minister ____ met Li Qiang at an SCO gathering in Bishkek.", "L. Oyun-Erdene", "Oyun-Erdene"),
    # the acronym in the prompt does not give its expansion away
    fill("SCO stands for the ____.", "Shanghai Cooperation Organization"),
    # a true/false statement names its subject by design
    Question(id="q", type="true_false", prompt="According to the article, the SCO is a military alliance.", answer=False),
    # the answer's letters inside another word are not the answer
    mc("Which country did the Tirana summit admit?", "Iran", "Iraq", "Oman", "Qatar"),
    # a short stem is not a variant: 'per' is not a form of 'Peru'
    mc("Which country grew 3 per cent a year?", "Peru", "Chile", "Bolivia", "Ecuador"),
    # numbers with the same unit, singular or plural
    mc("How long has Mongolia been an observer?", "two decades", "one decade", "three decades", "four decades"),
    # names with lower-case particles are names
    mc("Who leads Syria?", "Bashar al-Assad", "Recep Tayyip Erdogan", "Vladimir Putin", "Xi Jinping"),
    # years among years
    mc("When did Iran join the SCO?", "2023", "2019", "2021", "2017"),
    # one longer name is not a giveaway
    mc("Which Gulf country is named?", "Saudi Arabia", "Iran", "Iraq", "Oman"),
    # capitalized single words all alike
    mc("Which area is named first?", "Trade", "Security", "Energy", "Tourism"),
    # exactly half the words blanked is still answerable
    fill("Iran joined ____.", "the SCO"),
    # scripts without capitals cannot be told apart as names or common words
    mc("Which city is the capital of Mongolia?", "Улан-Батор", "ბათუმი", "北京", "Astana"),
    # 'all' as a real option, not 'all of the above'
    mc("How many members voted?", "all nine", "six", "seven", "eight"),
    # two people of one family are two people, not one name twice
    mc("Who founded the party?", "Jonas Berg", "Lina Berg", "Otto Falk", "Ida Holm"),
    # names sharing only a generic word ('North') are different places
    mc("Which region voted first?", "North Kivu", "North Tyrol", "Anhalt", "Lapland"),
]


@pytest.mark.parametrize("question, rule", WARN)
def test_each_rule_warns(question, rule):
    assert [w.rule for w in lint_question(question)] == [rule]


@pytest.mark.parametrize("question", CLEAN)
def test_good_questions_get_no_warning(question):
    assert lint_question(question) == []


def test_every_rule_has_a_row_that_triggers_it():
    assert {rule for _, rule in WARN} == set(RULES)
    assert {rule for _, _, rule in TWINS} == set(DECK_RULES)


def tf(prompt: str) -> Question:
    return Question(id="q", type="true_false", prompt=prompt, answer=False)


# (the deck's questions, the index of the one that must be flagged, rule) — one fact, one question.
TWINS = [
    # the year asked in one question stands in the other's sentence
    ([mc("In which year did the Arden mill close?", "1931", "1929", "1930", "1932"),
      fill("The Arden mill closed in 1931 after the ____ flood.", "Teign")], 0, "twin"),
    # a swapped-fact statement repeats the sentence around a fill-in's blank
    ([fill("The ferry to ____ sank in 1954.", "Lundy"), tf("The ferry to Arran sank in 1954.")], None, "twin"),
    # the answer among another question's options
    ([fill("The treaty was signed in ____.", "Utrecht"),
      mc("Where did the envoys meet first?", "Ghent", "Utrecht", "Liège", "Namur")], 0, "twin"),
    # a surname gives the full name away
    ([fill("____ painted the chapel ceiling in 1790.", "Tomas Varga"),
      mc("In which year did Varga leave Pécs?", "1801", "1799", "1800", "1802")], 0, "twin"),
    # a possessive names its owner ("Lyon' ..." is rare; "Paris' cathedral", "Kenya's coast")
    ([fill("The spire of the cathedral in ____ fell in 1901.", "Arles"),
      fill("The mayor toured Arles' old cathedral on ____.", "Monday")], 0, "twin"),
    ([fill("Pirates raided ____ in 1602.", "Lundy"),
      fill("Lundy's harbour was rebuilt in ____.", "1610")], 0, "twin"),
    # an adjective gives its country away
    ([mc("Which country signed the pact?", "Norway", "Sweden", "Finland", "Denmark"),
      fill("The Norwegian delegation arrived on ____.", "Monday")], 0, "twin"),
]


@pytest.mark.parametrize("questions, flagged, rule", TWINS)
def test_a_question_another_gives_away_is_a_twin(questions, flagged, rule):
    for i, q in enumerate(questions):
        q.line = i + 1
    warned = sorted({w.line - 1 for w in lint_deck(Deck(title="t", questions=questions)) if w.rule == rule})
    assert warned == ([] if flagged is None else [flagged])


def test_questions_on_different_facts_are_no_twins():
    deck = Deck(title="t", questions=[fill("The ferry to ____ sank in 1954.", "Lundy"),
                                      mc("In which year did the Tay bridge open?", "1878", "1876", "1877", "1879")])
    assert lint_deck(deck) == []


@pytest.mark.parametrize("tags, rules", [
    ((), ["few-distractors", "mixed-kinds"]),       # both rules fire
    (("nolint:mixed-kinds",), ["few-distractors"]),  # one rule silenced
    (("nolint",), []),                               # all silenced
])
def test_nolint_tags_silence_warnings(tags, rules):
    q = mc("In which city did Li Qiang meet L. Oyun-Erdene?", "Bishkek", "Astana", "two", tags=tags)
    assert [w.rule for w in lint_question(q)] == rules


def test_warning_names_the_question_line_and_rule():
    q = mc("Where?", "Bishkek", "Astana", "Tashkent")
    q.line = 12
    (w,) = lint_question(q)
    assert w.format("decks/x.yaml") == "decks/x.yaml:12: warning: only 2 distractors; 3 or more make guessing harder [few-distractors]"


DECK = """\
quizgen: 1
title: T
questions:
- id: good
  type: fill_in
  prompt: SCO stands for the ____.
  answer: Shanghai Cooperation Organization

# this one gives itself away
- id: weak
  type: multiple_choice
  prompt: Which country, Iran or Iraq, joined?
  answer: Iran
  distractors: [Iraq, Turkey, Oman]
"""


@pytest.mark.parametrize("strict, code", [(False, 0), (True, 1)])
def test_check_prints_warnings_with_lines_and_exits_by_strictness(cli, tmp_path, strict, code):
    path = tmp_path / "d.yaml"
    path.write_text(DECK)
    r = cli("check", *(["--strict"] if strict else []), str(path))
    assert r.returncode == code
    assert r.stdout.startswith(f"OK  {path}: 2 questions")
    assert r.stderr.splitlines() == [f"{path}:10: warning: the prompt gives the answer away: it contains 'Iran' "
                                     "(the answer is 'Iran'); reword the prompt [answer-in-prompt]"]


def test_strict_passes_a_clean_deck(cli, tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text(DECK.split("\n# this one")[0] + "\n")
    r = cli("check", "--strict", str(path))
    assert r.returncode == 0 and r.stderr == ""
