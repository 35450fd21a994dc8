"""A biography's 'He'/'Her' stands for the person the article is about, when nobody else can be
meant (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.pipeline import ask_sentences
from quizgen.generate.resolve.registry import build_registry
from quizgen.generate.resolve.topic import topic_person


def last_sentence(nlp, title: str, text: str) -> list:
    """What the rules make of the text's last sentence, in an article with this title."""
    heading, doc = nlp(title), nlp(text)
    reg = build_registry([heading, doc])
    sents = list(doc.sents)
    made = ask_sentences(sents, reg, topic_name=topic_person(title, reg)).candidates
    return [c for c in made if c.sentence_index == len(sents) - 1]


@pytest.mark.parametrize("title, text, prompt", [
    # the sentence before names no one: 'He' is the article's person
    ("Tomas Varga", "Tomas Varga was born in Pecs in 1901. The family house stood near the old market. "
     "He studied chemistry at the university in Vienna.", "Tomas Varga studied chemistry at the university in ____."),
    # 'Her' as a possessive subject
    ("Anna Lindqvist", "Anna Lindqvist was born in Berlin in 1880. The town had a busy harbour then. "
     "Her first book was printed in Hamburg.", "Anna Lindqvist's first book was printed in ____."),
    # a shorter form of the title's name before is the same person
    ("Pavel Ivanovich Orlov", "Pavel Orlov was born in London. The school in the town had a large library. "
     "He moved to Moscow with his family in 1920.", "Pavel Ivanovich Orlov moved to ____ with his family in 1920."),
])
def test_a_pronoun_with_no_one_else_to_mean_is_the_topic_person(nlp, title, text, prompt):
    prompts = [c.prompt for c in last_sentence(nlp, title, text) if isinstance(c, Candidate)]
    assert prompt in prompts


@pytest.mark.parametrize("title, text", [
    # another person named just before: 'He' may be him
    ("Tomas Varga", "Tomas Varga was born in Pecs in 1901. His teacher was Karl Weiss. He studied chemistry at the university in Vienna."),
    # a person described just before ('his father'): 'He' may be the father
    ("Tomas Varga", "Tomas Varga was born in Pecs in 1901. The best doctor in the town was his father. "
     "He studied chemistry at the university in Vienna."),
    # the article's pronouns are mostly the other gender's
    ("Tomas Varga", "Tomas Varga was born in Pecs in 1901. She said she liked the town. She had a farm there. "
     "The town had a market. He studied chemistry at the university in Vienna."),
    # the title is no person
    ("Harbours of Hungary", "The harbour at Pecs was built in 1901. The family house stood near the old market. "
     "He studied chemistry at the university in Vienna."),
])
def test_a_pronoun_that_may_mean_someone_else_stays_unresolved(nlp, title, text):
    made = last_sentence(nlp, title, text)
    assert any(isinstance(c, Skip) and c.rule == "clause" and "He" in str(c.dropped) for c in made)
    assert not any(isinstance(c, Candidate) and "Tomas Varga studied" in c.prompt for c in made)


@pytest.mark.parametrize("text, kept", [
    ("Tomas Varga was born in Pecs in 1901. On his return from Vienna, Tomas Varga opened a laboratory in Pecs.", True),
    # 'her' is not the topic's (the article says 'he' of the topic): whose?
    ("Tomas Varga was born in Pecs in 1901. He was the son of a baker in the town. "
     "On her return from Vienna, Tomas Varga opened a laboratory in Pecs.", False),
])
def test_a_possessive_before_the_topic_subject_is_the_topics(nlp, text, kept):
    made = last_sentence(nlp, "Tomas Varga", text)
    refused = [c for c in made if isinstance(c, Skip) and c.rule == "clause"]
    assert (refused == []) is kept


def last_with_named(nlp, title: str, text: str) -> list[str]:
    """Every prompt or refused clause of the last sentence, in an article titled `title`."""
    from quizgen.generate.resolve.topic import topic_named

    heading, doc = nlp(title), nlp(text)
    reg = build_registry([heading, doc])
    sents = list(doc.sents)
    made = ask_sentences(sents, reg, named=topic_named(title, reg)).candidates
    return [getattr(c, "prompt", None) or c.what for c in made if c.sentence_index == len(sents) - 1]


@pytest.mark.parametrize("text, named", [
    # the title's company, and no other company near: 'the company' is it
    ("Boeing builds aircraft in Seattle. Boeing employs many engineers. Sales rose sharply in 2019. "
     "In March 2020 the company agreed to buy a small factory in Texas.", True),
    # another company named just before: which one?
    ("Boeing builds aircraft in Seattle. Boeing employs many engineers. Airbus opened a plant in 2019. "
     "In March 2020 the company agreed to buy a small factory in Texas.", False),
])
def test_the_company_is_the_titles_company_when_no_other_is_near(nlp, text, named):
    shown = last_with_named(nlp, "Boeing", text)
    assert any("Boeing agreed" in p or "Boeing agree" in p for p in shown) is named


def shown_last(nlp, text: str) -> list[tuple[str, str]]:
    """(what, why) of every candidate or refusal in the last sentence."""
    from tests.generate.asking import asked

    return [(getattr(c, "prompt", None) or c.what, str(c.dropped)) for c in asked(nlp, text)]


@pytest.mark.parametrize("text, kept", [
    # what a named subject says of 'it' / 'she' is about that subject
    ("Norbank says it will close 40 branches in Scotland next year.", "Norbank says it will close ____ branches"),
    ("Anna Berg said she would visit Oslo in the spring of 2021.", "Anna Berg said she would visit ____"),
])
def test_a_pronoun_in_what_a_named_subject_says_is_that_subject(nlp, text, kept):
    assert any(p.startswith(kept) for p, _ in shown_last(nlp, text))


@pytest.mark.parametrize("text", [
    "Norbank says he will close 40 branches in Scotland next year.",         # 'he' is not a bank
    "The bank says it will close 40 branches in Scotland next year.",        # no name says whose
    # 'Norbank UK' is not 'UK': the 'It' of the next sentence is not resolved to a country
    "Flybank UK will close forty branches in Scotland. It says it will cut 300 jobs in the north of Scotland.",
])
def test_a_pronoun_no_named_speaker_takes_stays_unresolved(nlp, text):
    assert any("unresolved pronoun" in why for _, why in shown_last(nlp, text))
