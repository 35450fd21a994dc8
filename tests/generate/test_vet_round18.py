"""Kinds the blind raters rejected in the final round of the session (held-out articles): a
sentence's first verb read into a name, a headline's words taken for a name, a pronoun read through
a parse that gives its verb two subjects, unmatched quotation marks, a colon's list cut to its first
item, a prompt that ends at its blank where the sentence went on, 'the elephants' read as one name,
and a statement whose only verb is a participle. Sentences written for these tests, with rows of
sound questions that must stay."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate
from quizgen.generate.resolve.registry import build_registry
from quizgen.generate.vet.fluency import parsed_problem
from quizgen.generate.vet.surgery import broken_quotes, cut_after_blank, cut_after_colon
from tests.generate.asking import asked


def cand(prompt: str, answer: str, context: str) -> Candidate:
    return Candidate(rule="r", type="fill_in", prompt=prompt, answer=answer, context=context, sentence_index=0,
                     fact=f"{answer}|f")


def test_a_sentences_first_verb_is_no_part_of_a_name(nlp):
    doc = nlp("Orvan is the sixth planet from its sun. Surrounding Orvan is a faint ring of dust and ice. "
              "Orvan has twelve moons.")
    reg = build_registry([doc])
    assert not any(n.startswith("Surrounding") for n in reg.kinds)


@pytest.mark.parametrize("prompt, flagged", [
    ('Mount Arlo with its three cones, ", "Tarn", and "Shira, is a volcano in ____.', True),
    ('Mount Arlo with its three cones, "Kibo", "Tarn", and "Shira", is a volcano in ____.', False),
    ('The mayor said "we will rebuild" in ____.', False),
    ('The mayor said "we will rebuild in ____.', True),
])
def test_unmatched_quotation_marks_are_not_fluent(prompt, flagged):
    assert (broken_quotes(prompt) is not None) == flagged


@pytest.mark.parametrize("prompt, answer, context, flagged", [
    ("Mount Arlo has three cones: ____.", "Kibo",
     "Mount Arlo has three cones: Kibo, the highest; Tarn at 5,149 metres and Shira.", True),
    ("Mount Arlo has ____ cones: Kibo.", "three",
     "Mount Arlo has three cones: Kibo, the highest; Tarn at 5,149 metres and Shira.", True),
    ("The town has one bakery: ____.", "Brot & Co", "The town has one bakery: Brot & Co.", False),
])
def test_a_colons_list_cut_to_its_first_item_is_not_fluent(prompt, answer, context, flagged):
    assert (cut_after_colon(cand(prompt, answer, context)) is not None) == flagged


@pytest.mark.parametrize("prompt, answer, context, flagged", [
    ("Keepers made sure to keep ____.", "Farha",
     "Keepers made sure to keep Farha \u2014 already a mother of three \u2014 away from the younger cow.", True),
    ("The calf was born to ____.", "Farha", "The calf was born to Farha \u2014 a cow of 33 \u2014 on Sunday.", True),  # lost 'on Sunday'
    ("The calf was born to ____.", "Farha", "The calf was born to Farha \u2014 a cow of 33.", False),
    ("The calf was born to ____.", "Farha", "The calf was born to Farha.", False),
])
def test_a_prompt_that_ends_at_its_blank_where_the_sentence_went_on_is_not_fluent(prompt, answer, context, flagged):
    assert (cut_after_blank(cand(prompt, answer, context)) is not None) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Great Arlo Reef long, in the Coral Sea, forming a natural breakwater for the coast of ____.", True),
    ("The Great Arlo Reef lies in the Coral Sea, off the coast of ____.", False),
    ("How many moons does Orvan have?", False),
])
def test_a_statement_whose_only_verb_is_a_participle_is_a_fragment(nlp, text, flagged):
    assert (parsed_problem(nlp(text)) is not None) == flagged


def test_a_pronoun_is_not_read_through_a_verb_with_two_subjects(nlp):
    text = ('Mount Arlo with its three volcanic cones, "Kibo", "Tarn", and "Shira", is a dormant volcano in Norland. '
            "It is the highest mountain in Vesland.")
    made = [str(getattr(c, "prompt", "")) + str(getattr(c, "what", "")) for c in asked(nlp, text)]
    assert not any(m.startswith(("Tarn is", "Kibo is", "Shira is")) for m in made)


@pytest.mark.parametrize("title, texts, meant", [
    # a headline's words are no name the article uses
    ("Stolen Arvel painting recovered 3 years later in sports bag", ["A missing painting by Arvel turned up."], None),
    ("How Arvel's Revolutionary Telephone Wires Changed the Way We Talk", ["The telephone changed the world."], None),
])
def test_a_name_only_a_headline_writes_stands_for_nothing(title, texts, meant):
    from quizgen.generate.resolve.registry import Registry
    from quizgen.generate.vet.descriptions import forget_article, stands_for

    forget_article()
    reg = Registry(kinds={"Stolen Arvel": "other", "Revolutionary Telephone Wires": "org"})
    noun = "painting" if "painting" in title else "telephone"
    assert stands_for(noun, noun, reg, title, texts) == meant


def test_a_surname_key_is_written_in_full_where_one_name_of_the_article_ends_so():
    from quizgen.generate.resolve.registry import Registry
    from quizgen.generate.vet.standalone import in_full, name_endings

    reg = Registry(kinds={"Novak Varga": "org", "Roger Brandt": "person", "Arlon": "city"})
    c = cand("____ edged Roger Brandt in the final.", "Varga", "Varga edged Brandt in the final.")
    c.kind = "person"
    in_full(c, {}, name_endings(reg))
    assert (c.answer, c.accept) == ("Novak Varga", ["Varga"])


@pytest.mark.parametrize("text, flagged", [
    ("How many 1st Ancient Games had only one event?", True),
    ("How many first prizes did the school win?", False),   # a count of first prizes is sound
    ("How many games had only one event?", False),
])
def test_how_many_before_an_ordinal_is_not_fluent(nlp, text, flagged):
    assert (parsed_problem(nlp(text)) is not None) == flagged


@pytest.mark.parametrize("answer, form", [
    ("every 4 years", "every four years"),
    ("every four years", "every 4 years"),
    ("3 1/2 metres", None),          # no word inside a fraction
])
def test_a_small_count_inside_a_key_is_accepted_in_words_and_figures(answer, form):
    from quizgen.generate.vet.keys import other_forms

    got = other_forms(answer, "date", None, [])
    assert (form in got) if form else not any("/two" in g for g in got)


@pytest.mark.parametrize("prompt, answer, context, flagged", [
    ("How many edges of cloth does a zip join?", "two", "A zip joins two edges of cloth.", True),   # every zip does
    ("How many sides of the valley did the army hold?", "three", "The army held three sides of the valley.", False),
])
def test_the_two_ends_or_edges_everything_has_are_no_count_to_ask(prompt, answer, context, flagged):
    from quizgen.generate.vet.substance import usual_count

    c = Candidate(rule="r", type="multiple_choice", prompt=prompt, answer=answer, context=context, sentence_index=0,
                  fact="f", distractors=["one", "three", "four"])
    assert (usual_count(c) is not None) == flagged


@pytest.mark.parametrize("answer, forms", [
    ("River Tagus", ["Tagus", "Tagus River"]),
    ("Arno River", ["Arno", "River Arno"]),
    ("Red River Valley", []),
])
def test_a_river_is_also_named_without_its_word_or_with_it_the_other_side(answer, forms):
    from quizgen.generate.vet.keys import river_forms

    assert river_forms(answer) == forms


@pytest.mark.parametrize("prompt, answer, flagged", [
    ("How many Oktoberfest has the mayor opened?", "2013", True),   # a year counts nothing
    ("How many tents were put up?", "14", False),
])
def test_how_many_over_a_year_is_no_question(prompt, answer, flagged):
    from quizgen.generate.vet.shapes import count_of_a_year

    c = Candidate(rule="r", type="multiple_choice", prompt=prompt, answer=answer, context="", sentence_index=0,
                  fact="f", distractors=["1", "2", "3"])
    assert (count_of_a_year(c) is not None) == flagged


@pytest.mark.parametrize("name, maybe", [
    ("Julius Caesar", True),          # the tagger's 'organization', two plain words: perhaps a person
    ("Velmar Motors", False),         # a company word
    ("Arlo Agency", False),           # an organization's word
    ("Nintendo", False),              # one word: the tagger is seldom wrong there
])
def test_an_it_is_not_read_as_an_organization_that_may_be_a_person(name, maybe):
    from quizgen.generate.resolve.pronouns import maybe_a_person
    from quizgen.generate.resolve.registry import Registry

    assert maybe_a_person(name, "org", Registry()) == maybe


def test_a_swapped_statement_falls_with_a_fill_in_the_reparse_drops():
    from quizgen.generate.pipeline import generate_article
    from quizgen.generate.read.reader import parse_article

    text = ("Velmar Abbey\n\nVelmar Abbey is a monastery in the town of Arlon in Norland. The abbey was built by "
            "monks in 1320. A restoration project began in 1996. The monks planted a large garden beside the "
            "abbey in 1850. Visitors come to Arlon every summer to see the garden.")
    gen = generate_article(parse_article(text), source="t.txt", limit=40)
    assert not any("restoration project" in q.prompt for q in gen.deck.questions)


def test_the_other_units_a_sentence_gives_in_brackets_are_accepted():
    from quizgen.generate.resolve.registry import Registry
    from quizgen.generate.vet.keys import add_accepted

    c = cand("Newts can grow to about ____ long.", "12 inches", "Newts can grow to about 12 inches (30 centimeters) long.")
    add_accepted(c, Registry(), [c.context])
    assert "30 centimeters" in c.accept and "twelve inches" in c.accept


@pytest.mark.parametrize("prompt, answer, flagged", [
    ("The axolotl is named after the god ____.", "Xolotl", True),     # inside the word
    ("The feast honours the god ____.", "Xolotl", False),
    ("Only the Antarctic and ____ deserts are bigger.", "Arctic", False),   # inside another name: no giveaway
])
def test_an_answer_written_inside_a_prompt_word_gives_it_away(prompt, answer, flagged):
    from quizgen.generate.vet.worth import stem_giveaway

    assert (stem_giveaway(cand(prompt, answer, prompt.replace("____", answer))) is not None) == flagged


def test_half_a_range_with_its_between_is_no_answer():
    from quizgen.generate.vet.shapes import bounded_number

    c = cand("The Classic period lasted ____ and 900.", "between roughly 250",
             "The Classic period lasted between roughly 250 and 900.")
    assert bounded_number(c) is not None


def test_one_of_an_answers_two_spellings_that_is_the_title_is_the_subject():
    from quizgen.generate.vet.worth import subject_answer

    assert subject_answer(cand("____ is the fourth largest city in Norland.", "Arlon or Arlonne", ""), "Arlon") is not None


@pytest.mark.parametrize("prompt, answer, kind, flagged", [
    ("The ____ shaped its layout for centuries to come.", "Almoravids", "org", True),   # whose layout?
    ("The ____ opened its first shop in 1901.", "Velmar Company", "org", False),        # the blank owns it
    ("The bloc admitted ____ as its ninth member.", "Norland", "country", False),        # the bloc's
])
def test_an_its_with_no_owner_in_the_question_is_not_asked(nlp, prompt, answer, kind, flagged):
    from quizgen.generate.vet.leaning import ownerless_its

    c = cand(prompt, answer, prompt.replace("____", answer))
    c.kind = kind
    assert (ownerless_its(c, nlp(prompt.replace("____", answer if kind == "country" else "____"))) is not None) == flagged


@pytest.mark.parametrize("prompt, context, flagged", [
    ("In which year was the protectorate established Tahir?", "In 1912 the protectorate was established and Tahir El Glaoui became pasha.", True),
    ("In which year was the town renamed Arlon?", "In 1920 the town was renamed Arlon by the council.", False),
])
def test_a_question_ending_on_the_first_word_of_a_cut_name_is_not_fluent(prompt, context, flagged):
    from quizgen.generate.vet.surgery import name_cut_at_end

    c = Candidate(rule="r", type="multiple_choice", prompt=prompt, answer="1912", context=context, sentence_index=0,
                  fact="f", distractors=["1910", "1911", "1913"])
    assert (name_cut_at_end(c) is not None) == flagged


@pytest.mark.parametrize("prompt, flagged", [
    ("____ put on a big smile.", True),                             # one of a story's people: which?
    ("____ shifted from one foot to the other.", True),
    ("____ sailed from Arlon to Velmar with forty men in 1520.", False),
])
def test_a_short_who_fill_in_says_too_little(prompt, flagged):
    from quizgen.generate.vet.substance import too_little_context

    c = cand(prompt, "Sam", prompt.replace("____", "Sam"))
    c.kind = "person"
    assert (too_little_context(c) is not None) == flagged


def test_the_other_units_of_a_range_end_are_not_accepted():
    from quizgen.generate.resolve.registry import Registry
    from quizgen.generate.vet.keys import add_accepted

    c = cand("Adult otters weigh between 14 and ____.", "45 kg", "Adult otters weigh between 14 and 45 kg (31 and 99 lb).")
    add_accepted(c, Registry(), [c.context])
    assert not any("lb" in a for a in c.accept)


@pytest.mark.parametrize("texts, titled", [
    # a word the article writes alone far more often than with the title is no titled surname
    (["Arvo created Velmish in 1887 under the pen name Dr. Velmish. Velmish spread fast. Velmish clubs met.",
      "The Velmish movement grew."], {}),
    (["Mr. Brandt ran the shop. Every morning Mr. Brandt opened it at six."], {"Brandt": "Mr. Brandt"}),
])
def test_a_surname_is_titled_only_where_the_article_writes_it_so(texts, titled):
    from quizgen.generate.vet.standalone import titled_surnames

    assert titled_surnames(texts, {}) == titled


@pytest.mark.parametrize("before, after, idiom", [
    ("means that no ", " finger prints are ever alike.", True),     # 'no two ... alike'
    ("The team scored ", " goals in the final.", False),
])
def test_no_two_is_an_idiom_not_a_count(before, after, idiom):
    from quizgen.generate.vet.answers import function_word

    assert (function_word("two", before, after) is not None) == idiom
