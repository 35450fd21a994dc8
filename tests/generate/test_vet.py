"""The generator's last checks (quizgen/generate/vet/, options/vetting.py): one row per thing a
question must not be, and rows of good questions that must pass. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quizgen.generate.candidate import Candidate
from quizgen.generate.options.vetting import (
    is_ancient,
    mostly_ancient,
    option_problem,
    vet_options,
)
from quizgen.generate.resolve.registry import Registry
from quizgen.generate.vet.answers import answer_problem
from quizgen.generate.vet.fluency import (
    parsed_problem,
    without_courtesy_title,
    wording_problem,
)
from quizgen.generate.vet.names import capitalised_surnames, recase
from quizgen.generate.vet.standalone import description_problem
from quizgen.generate.vet.substance import title_subject
from quizgen.generate.vet.worth import (
    rare_spelling,
    rare_spellings,
    stem_giveaway,
    subject_answer,
    subject_definition,
)


def fill(prompt: str, answer: str, context: str, kind: str = "", rule: str = "fill_in_over_entity") -> Candidate:
    return Candidate(rule=rule, type="fill_in", prompt=prompt, answer=answer, context=context, sentence_index=0,
                     fact=f"{answer}|f", kind=kind)


def mc(prompt: str, answer: str, distractors: list[str], context: str = "", kind: str = "") -> Candidate:
    return Candidate(rule="wh_question_subject", type="multiple_choice", prompt=prompt, answer=answer,
                     context=context, sentence_index=0, fact=f"{answer}|m", kind=kind, distractors=list(distractors))


REG = Registry(kinds={"Kestrel": "product", "Kestrel Weekly": "work", "Harlow Motors": "company",
                      "Odile Brand": "person", "Tamsin Oduya": "person"},
               full_names={"Kestrel": "Kestrel Weekly", "Harlow": "Harlow Motors", "Brand": "Odile Brand"})

# (candidate, the start of the reason it is not asked) — an answer is a whole, correct constituent.
CUT = [
    # a number without its unit
    (fill("The mine shipped ____ metric tons of ore in 1998.", "41,200", "The mine shipped 41,200 metric tons of ore in 1998."),
     "number cut from its unit"),
    # a number without its scale
    (fill("The bank lost ____ bn yen last year.", "312", "The bank lost 312 bn yen last year."), "number cut from its unit"),
    # a sum without its currency sign
    (fill("The stadium cost $____ to build.", "40m", "The stadium cost $40m to build."), "number cut from its currency"),
    # an era cut off: '3rd century' of '3rd century BC' is a wrong key
    (fill("The temple has stood since the ____ BC.", "3rd century", "The temple has stood since the 3rd century BC."),
     "answer cut from its era"),
    # a blank over the second word of a firm's name
    (fill("Brokers at Wexley ____ cut their forecast.", "Partners", "Brokers at Wexley Partners cut their forecast."),
     "blank over part of a name"),
    # a blank over the first word of a place's name
    (fill("The ferry sails from ____ Harbour at dawn.", "Ardmore", "The ferry sails from Ardmore Harbour at dawn."),
     "blank over part of a name"),
    # a blank over one word of a law's title
    (fill("The council passed the Quiet Streets ____ in 2011.", "Act", "The council passed the Quiet Streets Act in 2011."),
     "blank over part of a name"),
    # a name that goes on through its 'of'
    (fill("The Great Tower of ____ is the tallest in the region.", "Arlo", "The Great Tower of Arlo is the tallest in the region."),
     "blank over part of a name"),
    # 'one' as in 'one of the few'
    (fill("Rowing is ____ of the few sports the school offers.", "one", "Rowing is one of the few sports the school offers."),
     "'one' is a function word"),
    # 'first' as in 'At first'
    (fill("At ____, the villagers ignored the warning.", "first", "At first, the villagers ignored the warning."),
     "'first' is a function word"),
    # a number that belongs to a description: 'How many firms signed?' asks what is taken as given
    (mc("How many firms signed the pact?", "two", ["three", "four", "five"], "The two firms signed the pact.", "number"),
     "'two' counts inside a description"),
    # a short name read as a longer, different thing
    (fill("Readers can borrow a ____ from the library.", "Kestrel Weekly", "Readers can borrow a Kestrel from the library.",
          kind="work"), "the sentence says 'Kestrel'"),
]

WHOLE = [
    # the number with its unit is a whole answer
    fill("The mine shipped ____ of ore in 1998.", "41,200 metric tons", "The mine shipped 41,200 metric tons of ore in 1998."),
    # a year before a capitalised noun is no part of a name ('the 2009 Harvest Festival' aside)
    fill("The ____ Atlantic season was quiet.", "1997", "The 1997 Atlantic season was quiet."),
    # a sentence-initial preposition is no name ('In ____, ...')
    fill("In ____, the villagers rebuilt the bridge.", "1921", "In 1921, the villagers rebuilt the bridge."),
    # a title before a full name
    fill("Mayor ____ opened the new library.", "Odile Brand", "Mayor Odile Brand opened the new library.", kind="person"),
    # a title's 'of' asks which country
    fill("Olaf became King of ____ in 1957.", "Norway", "Olaf became King of Norway in 1957.", kind="country"),
    # ... and so does a person's 'of' ('the runner Tamsin Oduya of Kenya')
    fill("Silver went to Tamsin Oduya of ____.", "Kenya", "Silver went to Tamsin Oduya of Kenya.", kind="country"),
    # a people's adjective before a name
    fill("The race was won by Kenyan runner ____.", "Tamsin Oduya", "The race was won by Kenyan runner Tamsin Oduya.", kind="person"),
    # a hyphenated list is no longer name
    fill("The plan links the Arlo-Brenn-____ railway.", "Castel", "The plan links the Arlo-Brenn-Castel railway."),
    # a company goes by its first word
    fill("The supplier has built vans for ____ since 2004.", "Harlow Motors", "The supplier has built vans for Harlow since 2004.",
         kind="org"),
    # a date after 'the' is no described count
    mc("When was the market worth $3bn?", "end of 2019", ["end of 2018", "end of 2020", "end of 2021"],
       "The market was worth $3bn at the end of 2019.", "date"),
    # 'two' counting decades is the fact
    fill("The club has rented the field for nearly ____ decades.", "two", "The club has rented the field for nearly two decades."),
]


@pytest.mark.parametrize("cand, reason", CUT)
def test_a_cut_answer_is_not_asked(cand, reason):
    assert str(answer_problem(cand, REG) or "").startswith(reason)


@pytest.mark.parametrize("cand", WHOLE)
def test_a_whole_answer_is_asked(cand):
    assert answer_problem(cand, REG) is None


FLUENCY = [
    ("And the river flooded the valley in ____.", "opens with a connective"),
    ("In particular, the mill employed ____ workers.", "opens with a connective"),
    ("Despite this, the mayor approved ____ new roads.", "opens with a connective"),
    ("- The harbour was dredged in ____.", "not fluent: list marker"),
    ("3. The harbour was dredged in ____.", "not fluent: list marker"),
    ("FOR DECADES fishermen have landed cod at ____.", "not fluent: all-caps run"),
    ("Mrs ____ opened the school in 1902.", "not fluent: a title before"),
    ("The guide said The tower is the oldest in ____.", "not fluent: capital 'The'"),
    ("How many% of the harvest was exported to Spain?", "not fluent: 'How many' before a share"),
    ("The crew crew rowed to ____ in a day.", "not fluent: a doubled word"),
    ("The crew reached the island but ____.", "not fluent: a blank where a cut clause was"),
    ("The crew reached ____ and then the.", "not fluent: nothing after a function word"),
    ("The crew reached the island of ____, which.", "not fluent: a clause cut"),
    ("(AP)The crew reached ____ at noon.", "not fluent: a bracketed tag"),
    ("The crew (of six reached ____ at noon.", "not fluent: a stray bracket"),
    ("How many boats available at the harbour will sail to Skye?", "not fluent: the question word on a described"),
    ("When did the tide turn at 4:15 pm near the pier?", "not fluent: a 'When' question that keeps another time"),
    ("Luckily, though, the crew had ____ on board.", "not fluent: a 'though' set off by commas"),
    ("Which city was norway 's oldest fishing port?", "not fluent: a possessive 's split"),
    ("Was appointed harbour master of ____ in 1840.", "not fluent: a statement that opens with its verb"),
    ("The new ferry — — sailed to ____ at noon.", "not fluent: a doubled dash"),
    ("How many gulls and a dozen terns nest on ____?", "not fluent: a count over two joined things"),
    ("How many eyes and four pairs of legs do crabs have?", "not fluent: a count over two joined things"),
    ("In which year did Ada Quill move to the University of Lund—, founded in 1666?", "not fluent: a dash run into a comma"),
    ("Mr. President ____ congratulated the crew.", "not fluent: a courtesy title before an office"),
    ("How many last ferries were taken to the yard at ____?", "not fluent: 'How many' before 'last'"),
    ("The great storm hit the harbour on 14–15 ____.", "not fluent: a day just before the blank"),
    ("The great storm hit the harbour on 3 ____.", "not fluent: a day just before the blank"),
    ("278 nominees included the poet ____ and a bishop.", "not fluent: a figure opening the sentence"),
]
FLUENT = [
    "The crew reached the island of ____ at noon.",
    "Which island did the crew reach at noon?",
    "The co-op has traded with Arlo and ____.",       # a blank at the end after 'and' is a list
    "Which city was Norway's oldest fishing port?",
    "Was the harbour dredged in 1840?",
    "How many gulls nest on the island of ____?",
    "The ferry sailed from Oslo to Kiel - a long route - in ____.",
    "The crew's boat reached ____ at noon.",
    "More than ____ boats sail from the harbour.",
    "The Mau Mau rising began in ____.",               # a doubled capitalised name is a name
    "Though tired, the crew rowed to ____ by noon.",   # 'though' opening its own clause answers nothing before
    "The great storm hit the harbour on ____.",        # the whole date is the blank
]


@pytest.mark.parametrize("prompt, reason", FLUENCY)
def test_a_prompt_that_is_not_fluent_is_not_asked(prompt, reason):
    assert str(wording_problem(prompt) or "").startswith(reason)


@pytest.mark.parametrize("prompt", FLUENT)
def test_a_fluent_prompt_passes(prompt):
    assert wording_problem(prompt) is None


@pytest.mark.parametrize("text, ok", [
    ("The ferry crossed the strait in two hours.", True),
    ("When did the ferry cross the strait?", True),
    ("The ferry across the strait in two hours.", False),     # no verb: a fragment
    ("Ferries, boats and the harbour of Arlo.", False),
])
def test_a_question_is_parsed_again(nlp, text, ok):
    assert (parsed_problem(nlp(text)) is None) is ok


@pytest.mark.parametrize("prompt, answer, out", [
    ("Mr Owen Pryce from Leeds was elected in ____.", "1998", "Owen Pryce from Leeds was elected in ____."),
    ("Mr ____ from Leeds was elected in 1998.", "Owen Pryce", "____ from Leeds was elected in 1998."),
    ("Mr ____ was elected in 1998.", "Pryce", "Mr ____ was elected in 1998."),  # a surname alone keeps it
])
def test_a_courtesy_title_before_a_full_name_goes(prompt, answer, out):
    assert without_courtesy_title(prompt, answer) == out


@pytest.mark.parametrize("prompt, leans", [
    ("The troubled province held elections in ____.", True),
    ("The 27-year-old striker joined ____ in May.", True),
    ("The following week, the dam burst near ____.", True),
    ("The three hospitals were merged in ____.", True),
    ("A newer model went on sale in ____.", True),
    ("The Leeds striker scored twice against ____.", True),
    ("The council promised to raise the issue in ____.", True),
    ("An identical letter was sent to ____.", True),
    ("In which year did Tom Varga solve the problem with a new gear?", True),   # which problem?
    ("The problem of damp walls was solved in ____.", False),                   # its of-phrase says which
    ("Similar modern dishes are eaten in ____.", True),                          # similar to what?
    ("Similar in size to the ____, only elephants are larger.", True),           # said of a subject the cut lost
    ("The town is similar in size to ____.", False),
    ("Dishes similar to sushi are eaten in ____.", False),
    ("The province of Arlo held elections in ____.", False),
    ("Odile Brand joined ____ in May.", False),
    ("The dam burst near ____ in 1911.", False),
])
def test_an_unresolved_description_is_not_asked(prompt, leans):
    assert (description_problem(prompt) is not None) is leans


@pytest.mark.parametrize("cand, title, dropped", [
    (fill("____ is a metal that rusts in damp air.", "Cobalt", "Cobalt is a metal that rusts in damp air."), "Cobalt", True),
    (fill("____ is a metal that rusts in damp air.", "Cobalt", "Cobalt is a metal that rusts in damp air."), "History of cobalt", True),
    (fill("____ is a metal mined in Arlo.", "Nickel", "Nickel is a metal mined in Arlo."), "Cobalt", False),
])
def test_the_subject_in_its_own_definition_is_not_asked(cand, title, dropped):
    assert (subject_definition(cand, title) is not None) is dropped


@pytest.mark.parametrize("answer, title, dropped", [
    ("Odile Brand", "Odile Brand", True),              # a biography's subject as an answer
    ("Arlo", "Arlo: Background", True),
    ("Arlo", "Arlo signs a trade pact with Brenn and Castel", False),  # a headline names several
    ("Brenn", "Arlo", False),
    # a title naming two ('The Heron and the Otter'): the hero the title names is no answer ...
    ("otter", "The Heron and the Otter", True),
    ("Arlo", "Arlo and Brenn", True),
])
def test_the_articles_own_subject_is_no_answer(answer, title, dropped):
    cand = mc("Who founded the guild in 1802?", answer, ["A", "B", "C"])
    assert (subject_answer(cand, title) is not None) is dropped
    assert (title_subject(cand, title) is not None) is dropped


@pytest.mark.parametrize("prompt, answer, dropped", [
    # ... and a prompt that names the other of the two leaves the answer to a guess anyone makes
    ("Who pulled the heron out of the river?", "otter", True),
    ("Who caught a fish for the otter?", "heron", True),
    ("Who felt very hungry one morning?", "otter", True),
])
def test_which_of_a_titles_two_did_it_is_no_question_when_the_prompt_names_the_other(prompt, answer, dropped):
    cand = mc(prompt, answer, ["A", "B", "C"])
    assert (subject_answer(cand, "The Heron and the Otter") is not None) is dropped
    assert (title_subject(cand, "The Heron and the Otter") is not None) is dropped


@pytest.mark.parametrize("prompt, answer, title, dropped", [
    # two of a kind (two animals): either could have won, so which one did is a question
    ("Who won the race in the end?", "tortoise", "The Tortoise and the Hare", False),
    # an animal and a fruit: only the animal can be hungry, and the title names it
    ("What felt very hungry one day?", "fox", "The Fox and the Grapes", True),
])
def test_which_of_a_titles_two_of_a_kind_did_it_is_a_question(prompt, answer, title, dropped):
    assert (subject_answer(mc(prompt, answer, ["A", "B", "C"]), title) is not None) is dropped


@pytest.mark.parametrize("prompt, answer, gives", [
    ("Ferrous alloys are made mostly of ____.", "iron", True),          # a derived form (data)
    ("Rusting slowly weakens bridges made of ____.", "iron", True),
    ("The glassworks was famous for its ____ vases.", "glassware", True),  # the same stem
    ("Bridges are often made of ____.", "iron", False),
    ("Ardent crowds met ____ at the port.", "Ardmore", False),          # names are the lint's business
])
def test_a_word_that_gives_the_answer_away(prompt, answer, gives):
    assert (stem_giveaway(fill(prompt, answer, "")) is not None) is gives


def test_a_rare_misspelling_of_a_name_is_not_asked():
    texts = ["Pellegrino sailed in 1520.", "Pellegrino mapped the coast.", "Pelegrino returned to Lisbon.",
             "Pellegrino died in 1533.", "Greece and Greene are different words, as are Greene and Greene."]
    rare = rare_spellings(texts)
    assert rare == {"Pelegrino": "Pellegrino"}
    assert rare_spelling(fill("By 1525, ____ had returned to Lisbon.", "Pelegrino", ""), rare)
    assert rare_spelling(fill("By 1525, Pellegrino had returned to ____.", "Lisbon", ""), rare) is None


@pytest.mark.parametrize("option, answer, others, ancient, kind, reason", [
    ("Lewis Mabry", "Odile Brand", ["Carl Lewis Mabry"], False, "person", "an alias"),
    ("Brand", "Odile Brand", [], False, "person", "an alias"),
    ("(AP)The crew", "the crew", [], False, "", "a stray bracket"),
    ("140%", "45%", [], False, "percent", "a share over 100%"),
    ("24th century", "5th century", [], False, "date", "a century still to come"),
    ("Oslo", "Arlo", [], True, "city", "a modern place"),
    ("Brenn", "Arlo", [], True, "city", None),          # a place the article names is of its period
    ("Oslo", "Arlo", [], False, "city", None),
    ("65%", "45%", [], False, "percent", None),
    ("Laos", "China", [], False, "country", "a country of another scale"),
    ("India", "China", [], False, "country", None),
])
def test_each_wrong_option_is_vetted(option, answer, others, ancient, kind, reason):
    reg = Registry(kinds={"Arlo": "city", "Brenn": "city"})
    got = option_problem(option, answer, others, reg, ancient, kind)
    assert (got or None) == reason if reason is None else got.startswith(reason)


@pytest.mark.parametrize("context, ancient", [
    ("The philosopher was born in 384 BC in Arlo.", True),
    ("The abbey was founded in the 9th century.", True),
    ("The port was rebuilt in 1650.", True),
    ("The port was rebuilt in 1950.", False),
    ("The port was rebuilt after the war.", False),
    ("She won the 100m in Rome in 2004.", False),        # a distance is no year
    ("The mill employed 1,200 workers in 1890.", False),
])
def test_an_event_before_about_1800(context, ancient):
    assert is_ancient(context) is ancient


def test_an_article_mostly_about_old_times():
    assert mostly_ancient(["He was born in 384 BC.", "He left in 347 BC.", "A museum opened in 1990.", "He wrote."])
    assert not mostly_ancient(["The port opened in 1950.", "It grew after 1990.", "It was founded in 1650."])


def test_numbers_are_offered_in_order_and_too_few_options_make_a_fill_in():
    years = mc("In which year did the mill close?", "1931", ["1933", "1929", "1930"], "The mill closed in 1931.", "year")
    assert vet_options(years, Registry()) is None and years.distractors == ["1929", "1930", "1933"]
    people = mc("Who opened the mill?", "Odile Brand", ["Brand", "Tamsin Oduya", "Carl Moss"], "", "person")
    assert str(vet_options(people, REG)).startswith("fewer than 3 adequate options")


def test_capitalised_surnames_are_written_in_the_ordinary_case():
    # 'HMS Tern' taken for a person keeps its prefix: a surname in capitals is never first
    reg = Registry(kinds={"Amara OKAFOR": "person", "UNESCO": "org", "Ben OKAFOR": "person", "HMS Tern": "person"},
                   acronyms={"UNESCO": "x"})
    names = capitalised_surnames(reg)
    assert names == {"OKAFOR": "Okafor"}
    c = mc("Who led UNESCO after Ben OKAFOR?", "Amara OKAFOR", ["Ben OKAFOR", "Jo Ede", "Kai Lum"])
    recase(c, names)
    assert (c.prompt, c.answer, c.distractors) == ("Who led UNESCO after Ben Okafor?", "Amara Okafor",
                                                   ["Ben Okafor", "Jo Ede", "Kai Lum"])


@pytest.mark.parametrize("cand, named", [
    (fill("Lina Osei finished just behind ____.", "Varga", ""), True),                  # the answer a surname alone
    (fill("Varga finished just behind ____ in Oslo.", "Lina Osei", ""), True),        # the prompt names him so
    (mc("Who finished behind Lina Osei?", "Tomas Varga", ["Varga", "Ada Ruiz", "Ola Berg"]), True),  # an option
    (fill("Tomas Varga finished just behind ____ in Oslo.", "Lina Osei", ""), False),  # in full
    (fill("The Varga Prize was won by ____ in 1990.", "Lina Osei", ""), False),        # part of another name
    (fill("Osei beat Varga Ruiz to the line in ____.", "Oslo", ""), True),             # 'Osei' alone, first
    (fill("____ beat Varga Ruiz to the line in Oslo.", "Lina Osei", ""), False),       # a first name 'Varga'...
])
def test_a_person_the_article_names_in_full_is_named_in_full(cand, named):
    from quizgen.generate.vet.standalone import short_person, surnames_alone

    reg = Registry(kinds={"Tomas Varga": "person", "Lina Osei": "person", "Varga": "person", "Ana Varga": "person"})
    assert (short_person(cand, surnames_alone(reg)) is not None) is named


def test_a_surname_the_registry_resolved_stands_for_that_person():
    from quizgen.generate.vet.standalone import surnames_alone

    reg = Registry(kinds={"Tomas Varga": "person", "Ana Varga": "person", "Varga": "person"},
                   full_names={"Varga": "Ana Varga"})
    assert surnames_alone(reg) == {"Varga": "Ana Varga"}
    # two people of one surname, one of them the article's subject: the surname alone is the subject
    reg = Registry(kinds={"Tomas Varga": "person", "Ana Varga": "person", "Varga": "person"})
    assert surnames_alone(reg, "Ana Varga: a life") == {"Varga": "Ana Varga"}
    assert surnames_alone(reg, "Chess in Pécs") == {"Varga": None}


@pytest.mark.parametrize("cand, prompt, answer", [
    (fill("Lina Osei finished just behind ____.", "Varga", ""), "Lina Osei finished just behind ____.", "Tomas Varga"),
    (fill("Varga finished behind ____ in Oslo.", "Lina Osei", ""), "Tomas Varga finished behind ____ in Oslo.", "Lina Osei"),
    (fill("Osei finished behind ____ in Oslo.", "Tomas Varga", ""), "Lina Osei finished behind ____ in Oslo.", "Tomas Varga"),
])
def test_a_surname_only_one_person_has_is_written_in_full(cand, prompt, answer):
    from quizgen.generate.vet.standalone import in_full, short_person, surnames_alone

    reg = Registry(kinds={"Tomas Varga": "person", "Lina Osei": "person", "Varga": "person"})
    names = surnames_alone(reg)
    in_full(cand, names)
    assert (cand.prompt, cand.answer, short_person(cand, names)) == (prompt, answer, None)
