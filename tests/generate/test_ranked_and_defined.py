"""Questions over what an article ranks first ('the largest', 'the first') and over its defined
terms asked the other way round (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate, Skip
from tests.generate.asking import asked

CITIES = "Chicago lies on a lake. Boston has an old harbour. Seattle lies in the north. Denver lies in the mountains. "


def live(nlp, text: str, rule: str) -> list[tuple[str, str, list[str]]]:
    """(prompt, answer, options) of every question `rule` made and did not drop, last sentence."""
    return [(c.prompt, c.answer, c.distractors) for c in asked(nlp, text)
            if isinstance(c, Candidate) and c.rule == rule and c.dropped is None]


def refused(nlp, text: str, rule: str) -> set[str]:
    """The names of the reasons `rule` gave for not asking, last sentence."""
    return {c.dropped.name for c in asked(nlp, text) if c.rule == rule
            and (isinstance(c, Skip) or c.dropped is not None)}


@pytest.mark.parametrize("text, prompt, answer", [
    # the name first, then the rank
    (CITIES + "Houston is the largest city in Texas.", "Which is the largest city in Texas?", "Houston"),
    # the rank first, then the name
    (CITIES + "The largest city in Texas is Houston.", "Which is the largest city in Texas?", "Houston"),
    # a past tense and a time phrase are kept
    (CITIES + "In 1900, Boston was the busiest port in America.", "Which was the busiest port in America in 1900?", "Boston"),
])
def test_a_ranked_name_is_asked_among_the_articles_names(nlp, text, prompt, answer):
    made = live(nlp, text, "ranked_name")
    assert [(p, a) for p, a, _ in made] == [(prompt, answer)]
    options = made[0][2]
    assert len(options) == 3 and answer not in options
    assert set(options) <= {"Chicago", "Boston", "Seattle", "Denver", "Houston"}  # the article's own, no gazetteer's


@pytest.mark.parametrize("other", ["Dallas was once the largest city in Texas.", "Dallas was once the biggest city in Texas."])
def test_a_name_the_article_also_ranks_the_same_is_never_an_option(nlp, other):
    text = (f"{other} Chicago lies on a lake. Boston has an old harbour. Seattle lies in the north. "
            "Denver lies in the mountains. Houston is the largest city in Texas.")  # Dallas first: the first option
    (_, _, options), = live(nlp, text, "ranked_name")
    assert "Dallas" not in options and len(options) == 3


@pytest.mark.parametrize("text, reason", [
    # too few of the article's cities left to choose from
    ("Chicago lies on a lake. Houston is the largest city in Texas.", "TOO_FEW_UNRANKED"),
    # which region? the description points back
    (CITIES + "Houston is the largest city in the region.", "PHRASE_POINTS_BACK"),
    # a name is not ranked among a kind of thing its question word does not fit
    (CITIES + "Houston is the largest market in Texas.", "RANKED_AMONG_OTHERS"),
    # the name is only part of the subject
    (CITIES + "Downtown Houston is the largest city centre in Texas.", "NOT_EXACT"),
])
def test_ranked_names_not_asked(nlp, text, reason):
    assert live(nlp, text, "ranked_name") == []
    assert reason in refused(nlp, text, "ranked_name")


@pytest.mark.parametrize("text", [
    CITIES + "Houston is one of the largest cities in America.",  # ranks several, not one
    CITIES + "Houston is a large city in Texas.",                 # no rank at all
])
def test_no_rank_no_ranked_question(nlp, text):
    assert [c for c in asked(nlp, text) if c.rule == "ranked_name"] == []


def test_the_wh_question_leaves_a_ranked_name_to_the_ranked_rule(nlp):
    text = "Chicago lies on a lake. Houston is the largest city in Texas."
    assert not any(isinstance(c, Candidate) and c.rule.startswith("wh_question") and c.answer == "Houston"
                   for c in asked(nlp, text))


TERMS = ("Transpiration is the loss of water vapour through the leaves. Respiration is the process that "
         "releases energy from sugar. Chlorophyll is a green pigment that absorbs light in the leaves. ")


@pytest.mark.parametrize("text, prompt, answer", [
    (TERMS + "Photosynthesis is the process by which green plants make sugar from sunlight.",
     "What is the process by which green plants make sugar from sunlight called?", "Photosynthesis"),
    (TERMS + "Germination is the growth of a seed into a young plant.",
     "What is the growth of a seed into a young plant called?", "Germination"),
])
def test_a_defined_term_is_asked_by_its_definition(nlp, text, prompt, answer):
    (got, key, options), = live(nlp, text, "defined_term_named")
    assert (got, key) == (prompt, answer)
    assert len(options) == 3 and answer not in options
    assert set(options) <= {"Transpiration", "Respiration", "Chlorophyll"}


@pytest.mark.parametrize("text", [
    # fewer than three other defined terms
    "Chlorophyll is a green pigment that absorbs light in the leaves. "
    "Photosynthesis is the process by which green plants make sugar from sunlight.",
    # a plural term among singular ones: the options would not agree with 'are'
    TERMS + "Stomata are tiny openings that let air into a leaf.",
])
def test_defined_terms_without_three_like_terms_are_left_to_the_fill_in(nlp, text):
    assert live(nlp, text, "defined_term_named") == []
    assert "TOO_FEW_TERMS" in refused(nlp, text, "defined_term_named")
    assert [c.rule for c in asked(nlp, text) if isinstance(c, Candidate) and c.rule == "defined_term"]


def test_a_term_the_definition_uses_is_no_option(nlp):
    text = TERMS + "Guttation is the loss of water as drops, unlike transpiration and respiration."
    assert all("Transpiration" not in o for _, _, o in live(nlp, text, "defined_term_named"))


def test_a_name_defined_is_left_to_the_rules_for_names(nlp):
    text = TERMS + "Houston is the largest city in Texas."
    assert not [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.rule.startswith("defined_term")]
    assert "TERM_IS_NAME" in refused(nlp, text, "defined_term")


def test_the_fill_in_over_a_term_ranks_above_its_multiple_choice(nlp):
    """One fact per deck: the multiple choice would keep the three terms it offers from being asked."""
    text = TERMS + "Germination is the growth of a seed into a young plant."
    made = {c.type: c for c in asked(nlp, text) if isinstance(c, Candidate) and c.rule.startswith("defined_term")}
    assert made["fill_in"].fact == made["multiple_choice"].fact
    assert made["multiple_choice"].priority < 0 <= made["fill_in"].priority


@pytest.mark.parametrize("text, fill, prompt", [
    # an appositive right after a one-word term, closed by a comma
    (TERMS + "Xylem, a tissue that carries water up the stem, runs through every leaf.",
     "____ is a tissue that carries water up the stem.", "What is a tissue that carries water up the stem called?"),
])
def test_an_appositive_defines_a_term_both_ways(nlp, text, fill, prompt):
    made = {(c.type, c.prompt, c.answer) for c in asked(nlp, text) if isinstance(c, Candidate) and c.dropped is None}
    assert ("fill_in", fill, "Xylem") in made
    assert ("multiple_choice", prompt, "Xylem") in made


@pytest.mark.parametrize("text", [
    # set off at the end after another noun: the parser may hang it on the wrong one
    TERMS + "Water moves up the stem by osmosis, the movement of water through a membrane.",
    # an adjective alone does not say which one
    TERMS + "Xylem, a woody tissue, runs through every leaf.",
    # a name described is the appositive rule's ('Who is ...?')
    TERMS + "Marie Curie, a scientist from Poland, studied radium.",
])
def test_appositives_that_define_nothing(nlp, text):
    assert not [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.rule.startswith("defined_term")]


def test_one_of_several_is_no_who_question(nlp):
    text = ("Roald Amundsen led a team to the South Pole. Robert Scott reached it later. Ernest Shackleton sailed "
            "south in 1914. Matthew Henson was one of the first men to reach the North Pole.")
    assert not [c for c in asked(nlp, text) if isinstance(c, Candidate) and c.type == "multiple_choice"
                and c.prompt.startswith("Who was one of")]
    assert any(isinstance(c, Skip) and c.dropped.name == "DESCRIBES_A_KIND" for c in asked(nlp, text))
