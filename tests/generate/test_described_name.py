"""Who a name is, from an appositive (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate
from tests.generate.asking import asked

PEOPLE = ("Helen Ward opened the fair. Tom Price sold apples at the fair. Anna Berg sang two songs. "
          "Mark Stone baked a large cake for the fair. ")


@pytest.mark.parametrize("text, question", [
    # a unique description of a person: who, with the article's other people as options
    (PEOPLE + "The prizes were given by Li Qiang, the mayor of the small town, on Sunday.",
     ("multiple_choice", "Who was the mayor of the small town?", "Li Qiang")),
    (PEOPLE + "Li Qiang, the Chinese premier, met Anna Berg in Bishkek.",
     ("multiple_choice", "Who was the Chinese premier?", "Li Qiang")),
    # the present tense when the sentence is in the present
    (PEOPLE + "Li Qiang, the owner of the village bakery, sells bread every morning.",
     ("multiple_choice", "Who is the owner of the village bakery?", "Li Qiang")),
    # too few people for options: a fill-in
    ("Li Qiang, the owner of the village bakery, sells fresh bread every morning.",
     ("fill_in", "____ is the owner of the village bakery.", "Li Qiang")),
])
def test_an_appositive_says_who_a_name_is(nlp, text, question):
    made = [(c.type, c.prompt, c.answer) for c in asked(nlp, text) if isinstance(c, Candidate)
            and c.rule.startswith("described_name") and c.dropped is None]
    assert question in made


@pytest.mark.parametrize("text", [
    PEOPLE + "Li Qiang, a British scientist, met Anna Berg in Leeds.",      # many are British scientists
    PEOPLE + "Li Qiang, the librarian, met Anna Berg in Leeds.",            # the librarian of what?
    PEOPLE + "Li Qiang, her oldest friend, met Anna Berg in Leeds.",        # whose friend?
    # a description of two named together is no answer's alone ('____ was the spokespersons')
    PEOPLE + "In 2012, Li Qiang and Anna Berg, the leaders of the Arlo project, spoke in Leeds.",
])
def test_a_description_that_may_fit_others_is_not_asked(nlp, text):
    refused = [c.dropped.name for c in asked(nlp, text) if c.rule == "described_name" and c.dropped is not None]
    assert refused and refused[0] in ("DESCRIPTION_NOT_UNIQUE", "PRONOUN_IN_PHRASE", "DESCRIPTION_OF_SEVERAL")
