"""A story's or a report's 'he', 'she', 'his', 'her', 'him': resolved to the one person it can mean,
else left with a named reason (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.resolve.narrative import Narrative
from tests.generate.asking import analyse


def read_all(nlp, text: str) -> Narrative:
    """A Narrative that has read every sentence of `text` (its last sentence's findings kept)."""
    _, reg, sents = analyse(nlp, text)
    story = Narrative(reg)
    for sent in sents:
        story.read(sent)
    return story


def findings(nlp, text: str) -> dict[str, str]:
    """The last sentence's pronouns: 'he' -> whom it stands for, or the name of the reason it stays."""
    story = read_all(nlp, text)
    out: dict[str, str] = {}
    _, _, sents = analyse(nlp, text)
    last = sents[-1]
    for t in last:
        if t.i in story.resolved:
            out[t.lower_] = story.resolved[t.i].shown
        elif t.i in story.refused:
            out[t.lower_] = story.refused[t.i].reason.name
    return out


@pytest.mark.parametrize("text, pronoun, whom", [
    # one named person just before
    ("Mary planted three apple trees behind the school. She watered them every evening.", "she", "Mary"),
    # a chain of sentences about the same person, with a sentence about no one between
    ("Tomas rode his bike to the harbour. It was a windy morning. He bought two fish at the market.", "he", "Tomas"),
    # an unnamed character: the one boy of the story
    ("A boy lived in a small hut near the forest. He collected dry wood for the winter.", "he", "the boy"),
    # the object pronoun is not the subject of its own verb: the only other person
    ("A baker met a girl at the gate. The baker gave her a warm loaf of bread.", "her", "the girl"),
    # a possessive after its clause's subject is that subject's
    ("A farmer looked for a goat. A shepherd lost his hat in the storm.", "his", "the shepherd"),
    # gender tells two people apart
    ("A queen spoke with an old fisherman. He showed her a silver net.", "he", "the fisherman"),
    # before the main subject: the same pronoun there
    ("Marco ran to the station. When he arrived, he bought a ticket to the coast.", "he", "Marco"),
    # a name written with a lower-case first letter is a product, never a person
    ("Tomas Brandt showed the iPod to a crowd of reporters in Oslo. He said the device would sell well.", "he", "Tomas Brandt"),
    # one person's two names ('better known as'), and a name inside a bracketed aside, are no rivals
    ("Anna Petrova Lind, better known as Anna Lind (Lind was the name of her husband, Karl Lind), was a chemist. "
     "She won the Varga Prize in 1911.", "she", "Anna Lind"),
])
def test_a_pronoun_with_one_person_it_can_mean_is_resolved(nlp, text, pronoun, whom):
    assert findings(nlp, text)[pronoun] == whom


@pytest.mark.parametrize("text, pronoun, reason", [
    # two men just before
    ("John Smith met Peter Brown at the market. He paid for the oranges.", "he", "PRONOUN_TWO_CANDIDATES"),
    # 'the boy' the story never met as 'a boy': which boy?
    ("The boy walked to the river. He caught a silver fish.", "he", "PRONOUN_UNNAMED_CANDIDATE"),
    # past a sentence about no one, a second character of that gender
    ("A lion slept under a tree. A bear licked his paws. The tree was full of birds. He woke up.", "he",
     "PRONOUN_TWO_CANDIDATES"),
    # a man no question could name alone ('his father')
    ("The boy's father built boats for the village. He sold one boat every month.", "he", "PRONOUN_UNNAMED_CANDIDATE"),
    # a name the parser took for a place may be a person: unsure
    ("Nadia planted three apple trees behind the school. She watered them every evening.", "she",
     "PRONOUN_UNNAMED_CANDIDATE"),
    # nobody of her gender before
    ("The king walked through the garden. She picked a red rose for the table.", "she", "PRONOUN_NO_CANDIDATE"),
])
def test_a_pronoun_that_may_mean_several_people_stays_with_its_reason(nlp, text, pronoun, reason):
    assert findings(nlp, text)[pronoun] == reason


def test_a_resolved_pronoun_subject_is_asked_by_name(nlp):
    from quizgen.generate.candidate import Candidate
    from tests.generate.asking import asked

    text = "Priya found an old map in the attic. She followed the map to a hidden lake."
    prompts = [c.prompt for c in asked(nlp, text) if isinstance(c, Candidate)]
    assert any("Priya" in p for p in prompts)
    assert not any(p.startswith("She ") for p in prompts)
