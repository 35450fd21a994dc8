"""Bare 'the <noun>' descriptions, fragments and keys from clause splitting, and twins across a deck:
what a blind rater rejected on unseen articles, one row per kind. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate
from quizgen.generate.resolve.registry import Registry
from quizgen.generate.vet.answers import name_key
from quizgen.generate.vet.descriptions import resolve_descriptions
from quizgen.generate.vet.fluency import inverted_verb, wording_problem
from quizgen.generate.vet.standalone import appositive_subject


def fill(prompt: str, answer: str) -> Candidate:
    return Candidate(rule="fill_in_over_entity", type="fill_in", prompt=prompt, answer=answer, context="",
                     sentence_index=0, fact=f"{answer}|f")


REG = Registry(kinds={"Pellworth Statue of Unity": "facility", "Brannock River": "place", "Osk River": "place",
                      "Mount Tarvel": "place", "Kellan Ridge": "place", "Quillon Motors": "org", "Varro Ilse": "person"})
TITLE = "Brannock River"
TEXTS = ["The Brannock River rises in the hills. The Osk River joins it. The Pellworth Statue of Unity stands near "
         "Mount Tarvel, north of the Kellan Ridge cave."]

# (prompt, answer, the prompt as asked or None when it is not asked)
DESCRIPTIONS = [
    # a name whose head word is the noun: resolved
    ("The statue was carried across the sea in ____.", "1887", "The Pellworth Statue of Unity was carried across the sea in ____."),
    # two rivers named: the title's one
    ("Traders sailed up the river as far as ____.", "Dunmere", "Traders sailed up the Brannock River as far as ____."),
    # 'Mount' says a mountain
    ("Climbers reached the top of the mountain in ____.", "1921", "Climbers reached the top of Mount Tarvel in ____."),
    # a name the article writes before the noun
    ("Divers found Varro Ilse deep inside the cave on ____.", "2 July", "Divers found Varro Ilse deep inside the Kellan Ridge cave on ____."),
    # no name the noun can stand for: not asked
    ("The trial ended in ____.", "March 1961", None),
    ("The package is broken into ____.", "small parcels", None),
    ("Who led the expedition in 1911?", "Varro Ilse", None),
    # an adjective the name would lose: not asked
    ("Sales of the earlier statue reached ____.", "400", None),
    # unique in the world, or made unique by a modifier: kept as written
    ("The sun rises over ____ first.", "Kiribati", "The sun rises over ____ first."),
    ("The first bridge was built by ____.", "Varro Ilse", "The first bridge was built by ____."),
    ("The first ascent was made by ____.", "Varro Ilse", None),   # the first ascent of what?
    ("The first ascent of Mount Tarvel was made by ____.", "Varro Ilse", "The first ascent of Mount Tarvel was made by ____."),
    ("The roof of Pellworth Abbey was rebuilt by ____.", "Varro Ilse", "The roof of Pellworth Abbey was rebuilt by ____."),
    ("The tallest tower in Pellworth was finished in ____.", "1931", "The tallest tower in Pellworth was finished in ____."),
    ("The Pellworth bridge was opened by ____.", "Varro Ilse", "The Pellworth bridge was opened by ____."),
    ("By the time Varro Ilse arrived, ____ had left.", "Osk", "By the time Varro Ilse arrived, ____ had left."),
    # an idiom's 'the <noun>' points back to nothing: kept as written
    ("After ten days on the run, Varro Ilse was found in ____.", "Dunmere", "After ten days on the run, Varro Ilse was found in ____."),
    ("____ crossed the line two seconds ahead of Varro Ilse.", "Osk", "____ crossed the line two seconds ahead of Varro Ilse."),
    # ... but the same noun outside the idiom still needs its name
    ("Varro Ilse reached the line in ____.", "1902", None),
    # the description is the answer itself
    ("The ____ rises near Mount Tarvel.", "Brannock River", "The ____ rises near Mount Tarvel."),
]


@pytest.mark.parametrize("prompt, answer, asked", DESCRIPTIONS)
def test_a_bare_description_is_resolved_to_the_one_name_it_stands_for_or_not_asked(nlp, prompt, answer, asked):
    c = fill(prompt, answer) if "____" in prompt else Candidate(
        rule="wh_question_subject", type="multiple_choice", prompt=prompt, answer=answer, context="",
        sentence_index=0, fact="x")
    doc = nlp(prompt.replace("____", answer, 1) if c.type == "fill_in" else prompt)
    problem = resolve_descriptions(c, doc, REG, TITLE, TEXTS)
    if asked is None:
        assert problem is not None and problem.reason.name == "UNRESOLVED_DESCRIPTION"
    else:
        assert problem is None and c.prompt == asked


# (prompt, reason it is not fluent, or None)
FRAGMENTS = [
    (", ____ quoted the statement as saying.", "punctuation before the first word"),
    ("The ridge has three peaks, with the highest, ____.", "an absolute 'with' phrase"),
    ('"____ " shouted the parrot.', "a blank that is a whole quotation"),
    ("How many cars did Quillon Motors sell in May, an increase of 6 percent?", "a dangling appositive"),
    ("When did the bell reach the town almost a year later to a warm welcome?", "a 'When' question that keeps a relative time"),
    # good questions pass
    ("How many cars did Quillon Motors sell in May?", None),
    ("The ridge has three peaks, with the highest called ____.", None),
]


@pytest.mark.parametrize("prompt, reason", FRAGMENTS)
def test_fragments_left_by_clause_splitting_are_not_asked(prompt, reason):
    problem = wording_problem(prompt)
    if reason is None:
        assert problem is None
    else:
        assert problem is not None and reason in str(problem)


@pytest.mark.parametrize("question, verb", [
    ("When became the twelve boys stranded in the cave?", "became"),
    ("Where lived the poet in 1820?", "lived"),
    ("In which year became Varro Ilse mayor?", "became"),
    ("When did the boys become stranded?", None),
    ("When was the cave flooded?", None),
    ("How many boys were stranded?", None),
])
def test_a_question_word_before_a_lexical_verb_needs_do_support(nlp, question, verb):
    assert inverted_verb(nlp(question)) == verb


@pytest.mark.parametrize("answer, kind, bad", [
    ("pat Amy", "person", "pat"),          # a verb joined to the name
    ("Ortiz 54", "person", "54"),          # an age joined to the name
    ("Ludwig van Beethoven", "person", None),
    ("Luis Alberto Ortiz", "person", None),
    ("Apollo 11", "product", None),        # only people are checked
])
def test_a_persons_key_is_the_name_alone(answer, kind, bad):
    problem = name_key(answer, kind)
    assert (problem is None) if bad is None else (problem is not None and bad in str(problem))


@pytest.mark.parametrize("prompt, context, dropped", [
    ("A four-chambered pump beats about ____ times a day.",
     "The heart, a four-chambered pump, beats about 100,000 times a day.", True),
    ("A heat pump moves ____ from outside to inside.", "A heat pump moves heat from outside to inside.", False),
])
def test_a_description_of_the_subject_is_not_made_the_subject(prompt, context, dropped):
    assert (appositive_subject(prompt, context) is not None) is dropped



@pytest.mark.parametrize("prompt, reason", [
    ("Who resigned six months later?", "unresolved description"),
    ("Who took office later that year?", "unresolved description"),
    ("How many girls from the choir, and their teacher were stranded on the island?", "a count over one of two joined subjects"),
    ("Who resigned six months after the vote of 1990?", None),
])
def test_a_relative_time_or_a_count_over_joined_subjects_is_not_asked(prompt, reason):
    from quizgen.generate.vet.standalone import description_problem

    problem = wording_problem(prompt) or description_problem(prompt)
    assert (problem is None) if reason is None else (problem is not None and reason in str(problem))


@pytest.mark.parametrize("answer, kind, forms", [
    ("Oda Lise Varnes", "person", ["Oda Varnes"]),                      # first and last name
    ("Ludwig van Beethoven", "person", []),                             # no middle name to drop
    ("Pellworth University College", "org", ["Pellworth"]),           # the institution's short form
    ("National Weather Centre", "org", []),                             # not an institution of learning
    ("Þórsmörk", "place", ["Thorsmork"]),                             # plain letters
    ("Sørvik Hall", "facility", ["Sorvik Hall"]),
    ("Quillon and Brask", "org", ["Brask and Quillon"]),              # both orders of a pair
    ("United States", "country", ["America", "United States of America"]),  # another name in words
])
def test_other_right_ways_to_write_an_answer_are_accepted(answer, kind, forms):
    from quizgen.generate.vet.keys import other_forms

    assert other_forms(answer, kind) == forms


def test_the_quiz_takes_the_plain_letters_of_an_answer():
    from quizgen.deck.model import Question
    from quizgen.quiz.answers import check_answer

    q = Question(id="q1", type="fill_in", prompt="The ____ first met in 930.", answer="Alþing")
    assert check_answer(q, "Althing").correct


@pytest.mark.parametrize("option, kind, texts, dropped", [
    ("Tham Vell", "person", ["Divers reached Tham Vell cave at dawn."], True),    # a cave, not a person
    ("Ultra Cell", "company", ["The Ultra Cell batteries last longer."], True),   # a product, not a firm
    ("Quillon Posts Big Loss", "company", [], True),                            # a headline
    ("Oda Varnes", "person", ["Oda Varnes reached the cave at dawn."], False),
])
def test_options_are_names_of_the_answers_kind(option, kind, texts, dropped):
    from quizgen.generate.options.vetting import option_problem, thing_names

    problem = option_problem(option, "Ada Ruiz", [], Registry(), False, kind, thing_names(texts))
    assert (problem is not None) is dropped


def test_one_person_is_not_asked_twice_under_two_forms_of_the_name():
    from quizgen.generate.one_fact import FactGuard

    guard = FactGuard()
    first = fill("____ was hoisted to safety first.", "Luis Alberto Ortiz")
    guard.add(first)
    second = fill("The miners had ____ to keep them calm.", "Luis Ortiz")
    second.sentence_index = 3
    assert guard.conflict(second).reason.name == "SAME_ANSWER_ASKED"


@pytest.mark.parametrize("answer, accept, other, twin", [
    ("America", [], "The spire was a gift to the United States from France.", True),   # another name of the place
    ("United States", [], "Trade with America grew after 1900.", True),
    ("Thomas Ilves", ["Ilves"], "Ilves estimated the ship would sink within the hour.", True),  # an accepted form
    ("America", [], "The spire was a gift to Canada from France.", False),
    ("United States", [], "Let us look at the map of Canada.", False),  # 'us' is no 'US'
])
def test_a_twin_is_found_through_aliases_and_accepted_forms(answer, accept, other, twin):
    from quizgen.deck.lint import lint_deck
    from quizgen.deck.model import Deck, Question

    asked = Question(id="q1", type="fill_in", prompt="The statue was a joint effort of ____ and France.", answer=answer,
                     accept=accept)
    shown = Question(id="q2", type="true_false", prompt=other, answer=True)
    warnings = lint_deck(Deck(title="t", questions=[asked, shown]))
    assert any(w.rule == "twin" for w in warnings) is twin


@pytest.mark.parametrize("prompt, answer, context, joined", [
    # the subject of one clause joined to the verb of another: a wrong fact
    ("Shares in ____ fell 9% to $2bn.", "Quillon Motors",
     "Shares in Quillon Motors slid 3% to 410p after first-half profit, on an adjusted basis, fell 9% to $2bn.", True),
    # a relative clause left out: the same clause
    ("The mill closed in ____.", "1931", "The mill, which had stood since 1850, closed in 1931 after the war.", False),
    ("The mill closed in ____ after the war.", "1931", "The mill closed in 1931 after the war when prices fell.", False),
])
def test_a_fill_in_does_not_join_two_clauses(prompt, answer, context, joined):
    from quizgen.generate.vet.fluency import joined_across_clause

    c = fill(prompt, answer)
    c.context = context
    assert (joined_across_clause(c) is not None) is joined


@pytest.mark.parametrize("prompt, title, asked", [
    ("Varro Ilse was the country's first female mayor.", "Norland's mayor resigns",
     "Varro Ilse was Norland's first female mayor."),                                   # one country in the title
    ("____ took charge of the firm last spring.", "Quillon Motors to build vans for Brask",
     None),                                                                              # a firm: not guessed
])
def test_a_country_description_is_the_titles_country_and_a_firm_is_not_guessed(nlp, prompt, title, asked):
    reg = Registry(kinds={"Norland": "country", "Quillon Motors": "org", "Brask": "org", "Varro Ilse": "person"})
    c = fill(prompt, "Varro Ilse") if "____" in prompt else Candidate(
        rule="swapped_fact", type="true_false", prompt=prompt, answer=True, context="", sentence_index=0, fact="x")
    problem = resolve_descriptions(c, nlp(prompt.replace("____", "Varro Ilse")), reg, title, [])
    assert (problem is None and c.prompt == asked) if asked else problem is not None


@pytest.mark.parametrize("prompt, answer, unresolved", [
    ("Prototypes were developed by ____ in 1977.", "Quillon Motors", "Prototypes"),   # of what?
    ("For the half, ____ slipped 16%.", "pre-tax profit", "the half"),                # which half-year?
    ("Brask is the capital.", "", "the capital"),                                     # of what?
    ("Brask is the capital of ____.", "Norland", None),
    ("Sales of the Quillon van rose by ____.", "4 percent", None),
    ("Quillon Motors knocked ____ off sales.", "$500m", None),                          # not a subject: kept
])
def test_a_noun_that_says_nothing_without_its_owner_is_not_asked_bare(nlp, prompt, answer, unresolved):
    c = fill(prompt, answer)
    problem = resolve_descriptions(c, nlp(prompt.replace("____", answer, 1)), Registry(), "", [])
    assert (problem is None) if unresolved is None else (problem is not None and unresolved in str(problem))


def test_a_range_cut_in_half_is_not_asked():
    assert "a range cut in half" in str(wording_problem("The war was fought between ____."))
    assert wording_problem("The war was fought between ____ and 1856.") is None


@pytest.mark.parametrize("answer, texts, forms", [
    ("Þingvöllur", ["The Þingvöllur (Thingvellir) plain lies east of the city."], ["Thingvellir"]),
    ("Kibo", ["Its highest cone, Kibo, also known as Uhuru Peak, is dormant."], ["Uhuru Peak"]),
    ("Kibo", ["Kibo (UHP) is dormant."], []),                       # an acronym is the registry's to give
    ("Kibo", ["Kibo (5,895 m) is dormant."], []),                   # a figure is no name
])
def test_another_name_the_article_gives_is_accepted(answer, texts, forms):
    from quizgen.generate.vet.keys import named_also

    assert named_also(answer, texts) == forms


def test_a_description_the_article_writes_after_its_titles_subject_stands_for_it(nlp):
    c = fill("World production of the metal grew to ____ in 1990.", "2 million tonnes")
    texts = ["Tellurium (or tellurite) metal is rare.", "World production of the metal grew."]
    problem = resolve_descriptions(c, nlp(c.prompt.replace("____", "2 million tonnes")), Registry(),
                                   "History of tellurium", texts)
    assert problem is None and c.prompt == "World production of tellurium grew to ____ in 1990."


@pytest.mark.parametrize("prompt, unresolved", [
    ("Monday's summit was the first of its kind in ____ years.", True),   # which Monday?
    ("Last year's harvest was the largest since ____.", True),
    ("The Monday summit in Oslo was chaired by ____.", False),
])
def test_a_day_counted_from_the_writing_says_no_event(prompt, unresolved):
    from quizgen.generate.vet.standalone import description_problem

    assert (description_problem(prompt) is not None) is unresolved


@pytest.mark.parametrize("prompt, context, dropped", [
    ("Birds can use echolocation in order to ____.",
     "There are also birds that can use echolocation in order to navigate.", True),
    ("Blind people use echolocation to ____.", "There are blind people who use echolocation to navigate.", True),
    ("Bats use echolocation in order to ____.", "Bats use echolocation in order to navigate.", False),
])
def test_a_there_are_relative_clause_is_not_said_of_all(prompt, context, dropped):
    from quizgen.generate.vet.standalone import existential_subject

    assert (existential_subject(prompt, context) is not None) is dropped


def test_the_titles_own_common_noun_is_kept_as_the_article_writes_it(nlp):
    """'The wombat' under the title 'Wombat' already names the subject: not rewritten to 'Wombat'."""
    reg = Registry(kinds={"Wombat": "other", "Tasmania": "state"})
    c = fill("The wombat lives in the grassy forests of ____.", "Tasmania")
    problem = resolve_descriptions(c, nlp("The wombat lives in the grassy forests of Tasmania."), reg, "Wombat",
                                   ["The wombat is a burrowing marsupial."])
    assert problem is None and c.prompt == "The wombat lives in the grassy forests of ____."


def test_the_titles_subject_named_by_its_common_noun_is_resolved(nlp):
    """'the numbat' under the title 'Numbat', which the registry knows no name for, is the subject."""
    reg = Registry(kinds={"Perth": "city"})
    c = fill("The numbat eats up to ____ termites a day.", "20,000")
    problem = resolve_descriptions(c, nlp("The numbat eats up to 20,000 termites a day."), reg, "Numbat", [])
    assert problem is None and c.prompt == "The numbat eats up to ____ termites a day."


def test_a_name_written_before_a_common_noun_keeps_the_article(nlp):
    """'the flight' -> 'the New Dorn flight', even where the article puts an adjective between
    ('the packed New Dorn flight'): never 'New Dorn flight left ...'."""
    reg = Registry(kinds={"New Dorn": "city", "Varro Ilse": "person"})
    c = fill("The flight was flown by ____ in 1902.", "Varro Ilse")
    texts = ["The last to land was the packed New Dorn flight, flown by Varro Ilse in 1902."]
    problem = resolve_descriptions(c, nlp("The flight was flown by Varro Ilse in 1902."), reg, "Last flights", texts)
    assert problem is None and c.prompt == "The New Dorn flight was flown by ____ in 1902."


def test_a_description_stands_only_for_a_name_written_by_its_sentence(nlp):
    """'The ship had 20 lifeboats' in the second sentence is not the SS Morvan a later one names."""
    reg = Registry(kinds={"SS Morvan": "facility"})
    texts = ["The great liner sailed from Belfast in April.", "The ship had 20 lifeboats.",
             "The SS Morvan reached the wreck at dawn."]
    early = Candidate(rule="wh_question_object", type="multiple_choice", prompt="How many lifeboats did the ship have?",
                      answer="20", context=texts[1], sentence_index=1, fact="x")
    problem = resolve_descriptions(early, nlp(early.prompt), reg, "Lifeboats", texts)
    assert problem is not None and problem.reason.name == "UNRESOLVED_DESCRIPTION"
    late = Candidate(rule="wh_question_object", type="multiple_choice", prompt="When did the ship reach Belfast?",
                     answer="dawn", context="The ship reached Belfast at dawn.", sentence_index=3, fact="y")
    assert resolve_descriptions(late, nlp(late.prompt), reg, "Lifeboats", [*texts, late.context]) is None
    assert late.prompt == "When did the SS Morvan reach Belfast?"
