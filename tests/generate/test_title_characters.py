"""A story's title introduces its characters: under 'The Goat and the Rabbit' the text may say
'the goat' at once, and 'the goat' is that one (stories written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.ask.referents import Referents, title_characters
from quizgen.generate.candidate import Candidate
from quizgen.generate.pipeline import ask_sentences, generate_article
from quizgen.generate.read.reader import parse_article
from tests.generate.asking import analyse


@pytest.mark.parametrize("title, characters", [
    ("The Goat and the Rabbit", {"goat", "rabbit"}),
    ("The Owl and the Moon", {"owl"}),             # the moon is no character
    ("The Boy Who Fed the Ducks", {"boy"}),         # ducks: many, not one
    ("The Three Little Pigs", set()),               # three of them: 'the pig' says not which
    ("A Short History of the Company", set()),      # no person or animal
    ("", set()),
])
def test_the_title_s_person_and_animal_nouns_are_its_characters(title, characters):
    assert title_characters(title) == characters


@pytest.mark.parametrize("text, known", [
    # named by the title only
    ("The goat climbed a steep hill.", True),
    # by the title and once in the text: still one goat
    ("A grey goat lived on a farm. The goat climbed a steep hill.", True),
    # two goats in the text: 'the goat' says not which
    ("A grey goat and a white goat lived on a farm. The goat climbed a steep hill.", False),
    # goats, plural: not one
    ("Some goats lived on a farm. The goat climbed a steep hill.", False),
])
def test_a_title_s_character_is_known_unless_the_text_makes_it_one_of_many(nlp, text, known):
    referents = Referents(titled=title_characters("The Goat and the Rabbit"))
    for sent in nlp(text).sents:
        referents.read(sent)
    assert ("goat" in referents.known()) is known


RACE = ("A proud rabbit lived in a green meadow. The rabbit laughed at the slow goat every morning. "
        "The goat challenged the rabbit to a long race across the meadow.")


def test_the_title_s_character_is_asked_about_by_its_noun(nlp):
    _, reg, sents = analyse(nlp, RACE)
    def blanks(titled):
        cands = ask_sentences(sents, reg, titled=titled).candidates
        return [c for c in cands if isinstance(c, Candidate) and c.rule == "story_who_fill_in" and c.sentence_index == 2]
    assert blanks(frozenset()) == []  # 'the goat' never met as 'a goat': which goat?
    made = blanks(title_characters("The Goat and the Rabbit"))
    assert [(c.prompt, c.answer) for c in made] == [("The ____ challenged the rabbit to a long race across the meadow.", "goat")]


FABLE = """The Goat and the Rabbit

A proud rabbit lived in a green meadow near a river. She laughed at the slow goat every single morning. The goat grew tired of her laughing. One morning the rabbit fell asleep under an old apple tree. The goat carried a basket of fresh carrots across the wooden bridge.
"""


def test_a_story_character_s_noun_is_kept_as_an_answer_not_read_as_a_broken_name(nlp):
    kept = generate_article(parse_article(FABLE), source="fable.txt").deck.questions
    # 'rabbit' is lowercase: no name with a verb joined to it ('pat Amy'), which the vet refuses
    assert [q.answer for q in kept if q.prompt.startswith(("The ____", "One morning the ____"))] == ["rabbit"]


from quizgen.generate.vet.descriptions import story_met_once  # noqa: E402

MEADOW = ["A big goat slept under an old apple tree.", "A rabbit hopped past the goat.", "The rabbit woke the goat."]


@pytest.mark.parametrize("lemma, title, texts, met", [
    ("goat", "Spring", MEADOW, True),                      # 'a big goat', once
    ("tree", "Spring", MEADOW, True),                      # 'an old apple tree': two words between
    ("rabbit", "The Goat and the Rabbit", MEADOW, True),   # the title and 'a rabbit': one rabbit
    ("fox", "The Fox and the Goat", MEADOW, True),         # the title's only
    ("fox", "Spring", MEADOW, False),                      # never met: which fox?
    ("goat", "Spring", [*MEADOW, "A young goat came too."], False),    # two goats
    ("goat", "Spring", [*MEADOW, "Two goats came too."], False),       # goats, plural
])
def test_a_story_s_the_noun_says_which_when_the_story_met_one(lemma, title, texts, met):
    assert story_met_once(lemma, len(texts) - 1, title, texts) is met


MEADOW_RACE = """A Race in the Meadow

A proud rabbit lived in a green meadow near a river. A slow goat lived on the other side of the river. The goat challenged the rabbit to a long race across the meadow.
"""


def test_a_story_question_naming_another_character_by_its_noun_is_kept(nlp):
    # 'the rabbit' and 'the meadow' were each met once ('a proud rabbit', 'a green meadow'): they say which
    kept = generate_article(parse_article(MEADOW_RACE), source="meadow.txt").deck.questions
    assert [(q.prompt, q.answer) for q in kept] == [
        ("The ____ challenged the rabbit to a long race across the meadow.", "goat")]


WOOD = """Spring in the Wood

A fox, a crow, a goat and a rabbit lived in a green wood. One morning the goat pushed a heavy wooden cart up a steep hill.
"""


def test_who_did_it_keeps_the_story_s_other_characters_as_options(nlp):
    # 'the fox' is a character the story met, not a person's name the article must vouch for
    [q] = generate_article(parse_article(WOOD), source="wood.txt").deck.questions
    assert (q.prompt, q.answer) == ("Who pushed a heavy wooden cart up a steep hill one morning?", "the goat")
    assert sorted(q.distractors) == ["the crow", "the fox", "the rabbit"]
