"""Kinds the blind raters rejected on unseen articles (round 16): a pronoun read as the sentence
before's subject when its own sentence names what it is, an alias said short beside its blank, the
name a whole article is about as the answer, the region after a place, the end of a compound noun
as a story's thing, and a measure left where its noun was cut. Sentences written for these tests,
with rows of sound questions that must stay."""

from __future__ import annotations

import pytest

from quizgen.generate.ask.common import Answer, mentions
from quizgen.generate.candidate import Candidate
from quizgen.generate.resolve.registry import Registry
from quizgen.generate.simplify.clauses import clauses_of
from quizgen.generate.read.reader import unshout_lead
from quizgen.generate.vet.substance import trivia, usual_count
from quizgen.generate.vet.surgery import cut_measure_noun, lost_article
from quizgen.generate.vet.worth import dominant_answer, region_after_place, stem_giveaway
from tests.generate.asking import asked


def cand(prompt: str, answer: str, context: str = "", type_: str = "fill_in", kind: str = "") -> Candidate:
    context = context or prompt.replace("____", answer)
    return Candidate(rule="r", type=type_, prompt=prompt, answer=answer, context=context, sentence_index=0,
                     fact=f"{answer}|f", kind=kind)


@pytest.mark.parametrize("text, fragment, refused", [
    # the 'it' of 'Though tea ..., it ...' is the tea, not the sentence before's named subject
    ("Brazil grows much of the coffee sold in Europe. Though tea is now sold everywhere, it has a long "
     "history tied closely to the markets around the Black Sea.", "Brazil has a long history", True),
    # nothing else in its own sentence: the sentence before's subject stands
    ("Velmar Motors was founded in Turin in 1921. It moved its factory to Milan in 1950.",
     "Velmar Motors moved its factory to Milan", False),
])
def test_a_pronoun_is_not_the_sentence_befores_subject_when_its_own_sentence_names_one(nlp, text, fragment, refused):
    made = [str(getattr(c, "prompt", "")) + " " + str(getattr(c, "what", "")) for c in asked(nlp, text)]
    assert any(fragment in m for m in made) != refused


@pytest.mark.parametrize("prompt, flagged", [
    ("The phone will launch in the ____, with the States' biggest telco.", True),   # 'United States' said short
    ("The phone will launch in the ____, with the country's biggest telco.", False),
    ("The phone will launch in the ____, beside the Papal States museum.", False),  # another name ending so
])
def test_an_alias_said_short_gives_the_answer_away(prompt, flagged):
    answer = Answer(start=0, end=1, text="USA", kind="country", accept=[])
    assert mentions(prompt.replace("____", " "), answer, Registry(kinds={"USA": "country"})) == flagged


@pytest.mark.parametrize("counts, answer, flagged", [
    ({"Korvia": 4, "Korvian": 4, "Sichuan": 1}, "Korvia", False),     # no demonyms known for a made-up land
    ({"China": 4, "Chinese": 4, "Sichuan": 1}, "China", True),        # the country and its people's adjective
    ({"Gina": 8, "Tom": 1}, "Gina", True),                            # the story's one girl
    ({"Gina": 8, "Tom": 1}, "Tom", False),
    ({"Apple": 6, "iPhone": 5}, "Apple", False),                      # two things the article is about
    ({"Lyon": 3}, "Lyon", False),                                     # named too seldom to be the subject
    ({"Norland": 11, "Brask": 3}, "Norland", False),                  # another of its kind named often: which one
])
def test_the_name_a_whole_article_is_about_is_no_answer(counts, answer, flagged):
    reg = Registry(kinds={k: "country" for k in counts}, counts=counts)
    assert (dominant_answer(cand("Like other lands, even ____ used coins.", answer), reg) is not None) == flagged


def test_a_true_false_statement_may_name_the_articles_subject():
    reg = Registry(kinds={"China": "country"}, counts={"China": 9})
    assert dominant_answer(cand("China used coins.", "True", type_="true_false"), reg) is None


@pytest.mark.parametrize("prompt, kind, flagged", [
    ("Warnings were issued around Fredericton, ____, about 200 miles away.", "place", True),
    ("Warnings were issued around ____, Norland, about 200 miles away.", "city", False),
    ("Warnings were issued in ____ about 200 miles away.", "place", False),
])
def test_the_region_written_after_a_place_is_no_answer(prompt, kind, flagged):
    assert (region_after_place(cand(prompt, "Brask", kind=kind)) is not None) == flagged


@pytest.mark.parametrize("prompt, answer, context, flagged", [
    ("The largest species is the 23 cm, weighing ____.", "20 grams",
     "The largest species is the 23 cm (9 in) giant warbler, weighing 20 grams.", True),
    ("The smallest species is the ____.", "5 cm", "The smallest species is the 5 cm bee warbler.", True),
    ("She won the 100 m, setting a record of ____.", "9.9 seconds", "She won the 100 m, setting a record of 9.9 seconds.", False),
])
def test_a_measure_left_where_its_noun_was_cut_is_not_fluent(prompt, answer, context, flagged):
    assert (cut_measure_noun(cand(prompt, answer, context)) is not None) == flagged


def test_a_noun_after_a_measure_keeps_its_article(nlp):
    context = "The smallest species is the 5 cm (2 in) bee warbler, which weighs less than 2 g."
    assert lost_article(nlp("Bee warbler weighs less than 2 g."), context) is not None


@pytest.mark.parametrize("sentence, clause", [
    # a measure's noun the parser hung on it as an appositive stays with it
    ("The smallest species is the 5 cm (2 in) bee warbler.", "The smallest species is the 5 cm bee warbler."),
    # the region after a place says where it is: kept, with its commas
    ("Floods were feared around Fredericton, New Brunswick, about 200 miles from the border.",
     "Floods were feared around Fredericton, New Brunswick, about 200 miles from the border."),
    # a sentence-opening 'But' / 'And' goes: the fact stands without its link to the sentence before
    ("But Lord Arvel still fought many wars in Gascony.", "Lord Arvel still fought many wars in Gascony."),
    ("Bread and butter were sold at the market in Arlon.", "Bread and butter were sold at the market in Arlon."),
    # a closing comment on the whole sentence goes
    ("Lena Varga took the lead after winning the sprint in Arlon on stage 6 of the race, a day that "
     "will be long remembered for the crash.", "Lena Varga took the lead after winning the sprint in Arlon on stage 6 of the race."),
])
def test_clause_surgery_keeps_a_measures_noun_and_a_places_region(nlp, sentence, clause):
    assert clauses_of(next(nlp(sentence).sents))[0].render() == clause


def test_the_end_of_a_compound_noun_is_no_storys_thing(nlp):
    text = ("Gina walked slowly toward the school building. Gina smiled at her new teacher. "
            "Gina sat down beside a quiet boy.")
    made = asked(nlp, text, 0)
    assert not any(getattr(c, "rule", "") == "story_thing" and getattr(c, "answer", "") == "building"
                   and getattr(c, "dropped", None) is None for c in made)


@pytest.mark.parametrize("paragraph, read", [
    ("FOR CENTURIES traders crossed the sea.", "For centuries traders crossed the sea."),
    ("AUGUST 24, A.D. 79, dawned like any other day.", "August 24, A.D. 79, dawned like any other day."),
    ("NASA said on Monday it would launch.", "NASA said on Monday it would launch."),    # an acronym stays
    ("THE BBC said on Monday it would close.", "THE BBC said on Monday it would close."),
    ("US forces landed at dawn.", "US forces landed at dawn."),
])
def test_a_drop_capped_lead_is_read_in_sentence_case(paragraph, read):
    assert unshout_lead(paragraph) == read


@pytest.mark.parametrize("prompt, flagged", [
    ("A spokesman for the ____ could not immediately be reached for comment.", True),
    ("A spokesman for the ____ could no immediately be reached for comment.", True),   # the article's typo too
    ("The ____ declined to comment.", True),
    ("The ____ did not respond to a request for comment.", True),
    ("The ____ commented on the fire on Tuesday.", False),
])
def test_a_no_comment_line_is_no_fact(prompt, flagged):
    assert (trivia(cand(prompt, "Sheriff's Office")) is not None) == flagged


@pytest.mark.parametrize("prompt, answer, flagged", [
    ("____ gave the first description of Velmaria digitata.", "Piet Velmar", True),   # a name made from his
    ("____ gave the first description of the baobab.", "Piet Velmar", False),
    ("____ was born in Velmar.", "Anna Velmar", False),                               # the same word: a place
])
def test_a_name_made_from_the_answers_gives_it_away(prompt, answer, flagged):
    assert (stem_giveaway(cand(prompt, answer, kind="person")) is not None) == flagged


@pytest.mark.parametrize("sentence, clause", [
    ("A genetic analysis further suggests that the tree came from Madagascar.",
     "A genetic analysis suggests that the tree came from Madagascar."),            # 'further': as well as what came before
    ("The ship moved further south in 1820.", "The ship moved further south in 1820."),
    ("Further study showed that the tree was old.", "Further study showed that the tree was old."),
])
def test_further_before_its_verb_leans_on_what_came_before(nlp, sentence, clause):
    assert clauses_of(next(nlp(sentence).sents))[0].render() == clause


@pytest.mark.parametrize("prompt, answer, flagged", [
    ("A bicycle is a human-powered vehicle with ____ wheels.", "two", True),   # the word says how many
    ("An octopus has ____ arms.", "8", True),
    ("A bicycle of 1885 had wheels of ____ sizes.", "two", True),             # refused too: two is the guess
    ("The tricycle was built with ____ gears.", "five", False),
    ("A rickshaw is a vehicle with ____ wheels.", "two", False),               # a fact to learn
])
def test_a_count_the_word_itself_says_is_no_fact(prompt, answer, flagged):
    assert (usual_count(cand(prompt, answer)) is not None) == flagged
