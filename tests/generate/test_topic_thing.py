"""An encyclopedia article's 'It'/'Its' (a plural topic's 'They'/'Their') and its opening
description ('the metal') stand for the thing the title names, when nothing else can be meant
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.pipeline import ask_sentences
from quizgen.generate.resolve.registry import build_registry
from quizgen.generate.resolve.thing import topic_core, topic_form, topic_thing
from quizgen.generate.resolve.topic import topic_person


def last_sentence(nlp, title: str, text: str) -> list:
    """What the rules make of the text's last sentence, in an article with this title."""
    heading, doc = nlp(title), nlp(text)
    reg = build_registry([heading, doc])
    sents = list(doc.sents)
    person = topic_person(title, reg, [text])
    made = ask_sentences(sents, reg, topic_name=person, thing=topic_thing(title, [text], person)).candidates
    return [c for c in made if c.sentence_index == len(sents) - 1]


def prompts(made: list) -> list[str]:
    return [c.prompt for c in made if isinstance(c, Candidate)]


@pytest.mark.parametrize("title, core", [
    ("Venice", "venice"),
    ("The Amazon River", "amazon river"),
    ("How the Heart Works", "heart"),
    ("History of tin", "tin"),
    ("Kestrel: habits", "kestrel"),
    ("How the Lung Works: A Short Guide", "lung"),
    ("Greene sets sights on a world title", None),
])
def test_the_title_names_one_thing(title, core):
    assert topic_core(title) == core


@pytest.mark.parametrize("core, text, form", [
    ("kestrel", "The kestrel is a bird. Farmers like the kestrel.", "the kestrel"),
    ("oslo", "Oslo is a city. Ships sail to Oslo.", "Oslo"),
    ("amazon river", "The Amazon River is long. Boats use the Amazon River.", "the Amazon River"),
    ("kestrel", "The kestrel is a bird.", None),  # named once: not the article's topic
])
def test_the_topic_is_written_as_the_article_writes_it(core, text, form):
    assert topic_form(core, [text]) == form


@pytest.mark.parametrize("title, text, clause", [
    # the sentence before is about the topic: 'It' is the topic (a place keeps its capital)
    ("Oslo", "Oslo is the capital of Norway. Oslo lies at the head of a long fjord. "
     "It was founded by King Harald in about 1040.", "Oslo was founded by King Harald"),
    # an animal: 'It' is 'the kestrel', with its article
    ("Kestrel", "The kestrel is a small falcon. The kestrel lives in open country. "
     "It was first described by Carl Linnaeus in 1758.", "The kestrel was first described by"),
    # 'Its' as a possessive subject
    ("Kestrel", "The kestrel is a small falcon. The kestrel lives in open country. "
     "Its eggs usually hatch in the nest after 27 days.", "The kestrel's eggs usually hatch"),
    # a title that names the thing inside a phrase
    ("How the Lung Works", "The lung is an organ of the chest. The lung fills with air. "
     "It was first drawn in detail by Andreas Vesalius in 1543.", "The lung was first drawn"),
    # a plural topic: 'They' (and 'Their') is the topic
    ("Beavers", "Beavers are large rodents. Beavers build dams on streams. "
     "They were hunted for their fur in Canada until 1930.", "Beavers were hunted for"),
    ("Beavers", "Beavers are large rodents. Beavers build dams on streams. "
     "Their teeth were studied by Charles Darwin in 1871.", "Beavers' teeth were studied"),
    # a singular title over an article that writes the thing in the plural: 'They' is the topic
    ("Hummingbird", "Hummingbirds are small birds. Hummingbirds feed on nectar. "
     "They were first described by Carl Linnaeus in 1758.", "Hummingbirds were first described"),
    # the description the opening defines: 'the metal' is the topic
    ("Tin", "Tin is a metal with a low melting point. Tin was mined in Cornwall for centuries. "
     "The metal was first smelted in Anatolia around 3000 BC.", "Tin was first smelted"),
])
def test_a_pronoun_or_description_with_nothing_else_to_mean_is_the_topic(nlp, title, text, clause):
    assert any(shown.startswith(clause) for shown in shown_clauses(last_sentence(nlp, title, text)))


def shown_clauses(made: list) -> list[str]:
    """The last sentence's questions, and the clauses the rules looked at, capitalised."""
    shown = prompts(made) + [c.what for c in made if isinstance(c, Skip) and c.rule not in ("clause", "sentence")]
    return [s[:1].upper() + s[1:] for s in shown]


@pytest.mark.parametrize("title, text, said", [
    # another singular thing is the subject of the sentence before
    ("Oslo", "Oslo is the capital of Norway. Oslo lies on a fjord. The royal palace was finished in 1849. "
     "It was founded by King Harald in about 1040.", "It"),
    # another thing is the object of the sentence before, which is not about the topic
    ("Kestrel", "The kestrel is a small falcon. The kestrel lives in open country. Farmers cleared the forest near the river. "
     "It was first described by Carl Linnaeus in 1758.", "It"),
    # another thing earlier in the same sentence
    ("Kestrel", "The kestrel is a small falcon. The kestrel lives in open country. "
     "When the nest box was opened in 1990, it was empty and dry.", "it"),
    # a plural topic, but other plural things just before
    ("Beavers", "Beavers are large rodents. Beavers build dams. Farmers planted willows near the streams. "
     "They were hunted for their fur in Canada until 1930.", "They"),
    # the sentence before has a clause for its subject: 'It' may be what it says
    ("How the Lung Works", "The lung is an organ of the chest. The lung fills with air. "
     "Knowing how the lung works is useful. It was first drawn in detail by Andreas Vesalius in 1543.", "It"),
    # 'the metal' when something else was named just before as the subject
    ("Tin", "Tin is a metal with a low melting point. Tin is soft. Copper was mined in Cornwall for centuries. "
     "The metal was first smelted in Anatolia around 3000 BC.", "The metal"),
    # 'the metal' when the article calls something else a metal too
    ("Tin", "Tin is a metal with a low melting point. Lead is a metal too. Tin was mined in Cornwall. "
     "The metal was first smelted in Anatolia around 3000 BC.", "The metal"),
])
def test_a_pronoun_or_description_that_may_mean_something_else_is_refused(nlp, title, text, said):
    made = last_sentence(nlp, title, text)
    refused = [c for c in made if isinstance(c, Skip) and f"'{said}' is not surely the topic" in str(c.dropped)]
    assert refused
    assert not any(p.startswith(("Oslo was", "The kestrel was", "Beavers were", "Tin was")) for p in shown_clauses(made))


def test_an_it_that_stands_for_no_thing_is_left_alone(nlp):
    made = last_sentence(nlp, "Oslo", "Oslo is the capital of Norway. It lies at the head of a long fjord. "
                         "It is thought that Oslo was founded by King Harald in 1040.")
    assert not any(shown.startswith("Oslo is thought") for shown in shown_clauses(made))


def test_a_person_title_is_no_thing(nlp):
    heading, doc = nlp("Tomas Varga"), nlp("Tomas Varga was born in Pecs. Tomas Varga was a chemist.")
    reg = build_registry([heading, doc])
    assert topic_thing("Tomas Varga", [doc.text], topic_person("Tomas Varga", reg)) is None


@pytest.mark.parametrize("title, text, person", [
    # a title the article writes in lower case is a thing, whatever the tagger calls it
    ("Hummingbird", "Hummingbirds are small birds. A hummingbird feeds on nectar.", None),
    ("Tomas Varga", "Tomas Varga was born in Pecs. Tomas Varga was a chemist.", "Tomas Varga"),
])
def test_a_title_written_in_lower_case_is_no_person(nlp, title, text, person):
    reg = build_registry([nlp(title), nlp(text)])
    reg.kinds.setdefault(title, "person")  # as the tagger may have it
    assert topic_person(title, reg, [text]) == person
