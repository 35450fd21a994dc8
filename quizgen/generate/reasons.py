"""Every reason a candidate question is not asked, by name: `--explain` prints the wording, tests
and code use the name. A reason's wording is a template filled from what the rule saw.

A new reason: a member below, in its step's group (`NAME = "wording, {0} filled in"`, worded
unlike any other), given as `Reason.NAME(arg, ...)` to `cand.drop(...)` or `ctx.skip(...)`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Reason(Enum):
    """Why a candidate was not asked (the value is the wording, `{0}`... filled per case)."""

    # read: a sentence too short to ask from
    TOO_FEW_WORDS = "fewer than {0} words, or no verb: not a sentence to ask from"
    # resolve: a clause that cannot stand alone
    UNRESOLVED_PRONOUN = "unresolved pronoun '{0}'"
    PRONOUN_NOTHING_BEFORE = "unresolved pronoun '{0}' (nothing before it)"
    PRONOUN_NO_NAMED_SUBJECT = "unresolved pronoun '{0}' (the sentence before has no named subject)"
    PRONOUN_DOES_NOT_FIT = "unresolved pronoun '{0}' ('{1}' does not fit)"
    TOPIC_OTHER_CANDIDATE = "'{0}' is not surely the topic '{2}' ('{1}' just before may be meant)"
    TOPIC_NOUN_DEFINED_TWICE = "'{0}' is not surely the topic: the article calls something else a '{1}' too"
    PRONOUN_TWO_CANDIDATES = "unresolved pronoun '{0}' (it may stand for '{1}' or '{2}')"
    PRONOUN_UNNAMED_CANDIDATE = "unresolved pronoun '{0}' (it may stand for '{1}', whom no question could name alone)"
    PRONOUN_NO_CANDIDATE = "unresolved pronoun '{0}' (nobody of its gender and number just before it)"
    SPEAKER_UNKNOWN = "unresolved pronoun '{0}' (who is speaking?)"
    UNRESOLVED_REFERENCE = "unresolved reference '{0}'"
    NO_ANTECEDENT = "'{0}' without what it refers to"
    UNSURE_PARSE = "'{0}' is attached where no verb can be (a parse too unsure to rewrite)"
    TOO_SHORT_TO_STAND_ALONE = "too short to stand alone"
    QUOTED_SPEECH = "quoted speech"
    INSIDE_QUOTATION = "someone's words (inside a quotation)"
    # ask: which names, dates and numbers can be answers
    NOTHING_LEFT = "nothing of '{0}' is left once hedges and punctuation are trimmed"
    BEFORE_POSSESSIVE = "'{0}' owns what follows ('____'s ...' reads badly and tests little)"
    IN_POSSESSIVE_NAME = "'{0}' is part of a possessive name"
    NUMBER_IN_NAME = "'{0}' is a number inside a name"
    IN_COMPOUND_WORD = "'{0}' is part of a hyphenated compound word"
    NAME_AS_MODIFIER = "'{0}' is a name used as a modifier"
    SUBJECT_HALF_SET_OFF = "the subject '{0}' opens a phrase set off by a comma and the question would not close it"
    PERSON_WITH_AGE = "'{0}' is a name run into a number (an age): not a name to ask for"
    HALF_QUOTED = "'{0}' holds a quotation mark without its pair"
    PART_OF_QUOTED_TITLE = "'{0}' is part of a quoted title"
    END_OF_ORG_NAME = "'{0}' is the end of an organization's name"
    DESCRIPTION_NOT_NAME = "'{0}' is a description, not a name (no capital letter)"
    RELATIVE_DATE = "'{0}' is counted from when the article was written"
    STORY_TIME = "'{0}' is a story's 'once upon a time': no date and no number"
    NOT_AN_ANSWER_KIND = "'{0}' is a {1}: not a kind of answer questions ask for"
    ANSWER_TOO_LONG = "'{0}' is too long for an answer ({1} words)"
    UNEXPLAINED_ABBREVIATION = "'{0}' is an abbreviation the article never spells out"
    NO_WORD = "'{0}' has no word in it"
    # ask: fill-ins
    BLANK_NOT_ONCE = "the blank could not be placed once"
    TOO_LITTLE_AROUND_BLANK = "too little sentence around the blank to determine the answer"
    FILL_IN_TOO_LONG = "sentence too long for a fill-in ({0} words)"
    GIVEN_AWAY_IN_SENTENCE = "answer given away (it appears elsewhere in the sentence)"
    BLANK_TOO_LONG = "blank longer than half the sentence"
    # ask: wh-questions (which step refused)
    NO_ROLE = "'{0}' is not the subject, object or place/time of the verb: no question form fits"
    UNLABELLED_PARSE = "a word the parser could not label: too risky to rearrange"
    NO_SUBJECT = "the clause has no subject to build the question around"
    NO_QUESTION_WORD = "no question word asks for a {0} as the {1}"
    NOT_EXACT = "the {0} is more than the answer (the question would lose its other words)"
    DESCRIBES_A_KIND = "'... is a ...': asking who or which one is has many right answers"
    PLURAL_SUBJECT = "plural agreement would not fit '{0}'"
    PERFECT_NO_POINT = "the present perfect ('has ...') with '{0} ...' names no point in time to ask 'when' about"
    PREPOSITION_NOT_ASKED = "'{0} ...' is not asked with a {1} (the question would mean something else)"
    NO_INVERSION = "no auxiliary to put before the subject (negated, or no tense to carry)"
    QUESTION_TOO_LONG = "question too long ({0} words)"
    GIVEN_AWAY_IN_QUESTION = "answer given away (it appears in the question)"
    TOO_FEW_DISTRACTORS = "fewer than 3 same-kind distractors for a {0} (asked as fill-in instead)"
    # ask: content noun phrases (not names)
    PHRASE_BROKEN = "the phrase around '{0}' is broken up in the clause"
    PHRASE_IS_NAME = "'{0}' is a name, date or number (asked by the rules for those)"
    PRONOUN_IN_PHRASE = "a pronoun ('{0}') in '{1}': the answer would not stand alone"
    PHRASE_POINTS_BACK = "'{0}' points back to something named before ('the plan', 'this move')"
    GENERIC_NOUN = "'{0}' is headed by a generic noun ('people', 'a number of'): no content to test"
    BARE_NOUN = "'{0}' is a noun with no modifier and no known class: the verb carries the fact"
    QUANTIFIED_PHRASE = "'{0}' quantifies '{1}': the answer would be a quantity, not a thing"
    PHRASE_TOO_LONG = "'{0}' is too long, or punctuated, for an answer"
    SPEAKER_WITHOUT_WORDS = "'{0}' {1} something the clause leaves out: who said it is no fact alone"
    LIST_MEMBER_GIVEN_AWAY = "'{0}' of the list '{1}' appears again in the clause"
    STRANDED_NOT_LAST = "'{0}' would be left mid-question, before other words: not fluent"
    LIGHT_VERB = "'{0} {1}' is a set phrase: its object is no fact to ask about"
    VAGUE_VERB = "'{0} {1}' with nothing to say what for: many things would fit ('What did Cai Lun use?')"
    SOME_PARTICULAR_ONES = "'{0}' are particular ones the sentence tells of ('found concrete floors, which were made of ...'): alone it reads as a general claim"
    BLANK_UNDER_NEGATION = "'{0}' is what the clause says did not happen ('No ships reported ____'): a blank there asks nothing"
    # ask: a story's characters and things (ask/story.py)
    STORY_NO_DEED = "'{0}' says nothing the character did that a question could ask 'who' about"
    STORY_MAIN_CHARACTER = "'{0}' is the character the story is most about: the answer to every 'who', and never named again once asked"
    STORY_FEW_THINGS = "only {0} other things of the story (none in the asked sentence) to offer as options"
    STORY_FEW_CHARACTERS = "only {0} other characters of the story named the same way: too few options"
    STORY_NOT_A_THING = "'{0}' is no concrete thing of the story to blank"
    STORY_THING_UNSAID = "nothing before '{0}' says which one ('a ____'): many words would fit the blank"
    STORY_THING_COMPOUND = "'{0}' ends the compound noun '{1} {0}': a blank over half a word of two parts"
    # ask: which one the article ranks first ('the largest', 'the first')
    TOO_FEW_UNRANKED = "fewer than 3 names (kind: {0}) the article does not also call the '{1}' (the fill-in asks it)"
    RANKED_AMONG_OTHERS = "'{0}' (a {1}) is ranked among '{2}'s: a kind the question word would not fit"
    RANKED_ELSEWHERE = "'{0}' is ranked ('the largest ...'): only the ranked-name rule asks it (its options leave out the same rank)"
    # ask: who a name is (appositives)
    DESCRIPTION_OF_SEVERAL = "'{0}' describes several names together: no one of them is its answer"
    DESCRIPTION_NOT_UNIQUE = "'{0}' may describe more than one (no 'the', no modifier, or too long)"
    # ask: reasons, purposes, results and means
    PRONOUN_IN_REASON = "a pronoun ('{0}') in the phrase after '{1}': the answer would not stand alone"
    REASON_TOO_LONG = "the phrase after '{0}' is too long or broken up for a blank ({1} words)"
    REASON_SENTENCE_SIZE = "a reason fill-in of {0} words: too short to determine it, or too long"
    # ask: definitions and true/false
    NAMED_TERM_IS_NAME = "'{0}' is a name: the rules over names ask it"
    NAMED_TERM_SHAPE = "'{0}' is no term (too long, or a pronoun, verb or punctuation in it)"
    TERM_GIVEN_AWAY = "the term '{0}' appears again in its definition"
    TERM_IS_NAME = "'{0}' is a name, not a term: the rules for names ask it"
    PRONOUN_IN_DEFINITION = "a pronoun the definition question cannot show ('{0}')"
    DEFINITION_SIZE = "definition of {0} words, or with brackets: not a fair fill-in"
    TOO_FEW_TERMS = "only {0} other terms the article defines (as many in number): too few options (the fill-in asks it)"
    BOUNDED_NUMBER = "a bounded number ('more than ...'): the swap may be true"
    NOTHING_TO_SWAP = "no wrong same-kind name to swap in (the multiple-choice question gave no options)"
    SWAPPED_NAME = "a swapped {0} makes a statement false in a way nobody would ask"
    OPPOSITE_ALREADY_THERE = "'{0}' turned into '{1}' says the same: '{1}' is in the clause already"
    OPPOSITE_UNDER_NEGATION = "'{0}' is under a negation: its opposite may be true as well"
    OPPOSITE_NAMES_ANOTHER = "'{0}' is in the subject: its opposite names another thing, one the article may say nothing of"
    OPPOSITE_AGAINST_NUMBERS = "'{0}' is a change the clause's numbers measure: its opposite would contradict them"
    OPPOSITE_PAIRED = "'{0}' is paired with '{1}': turning one makes an odd pair ('closest and slowest'), not a false claim"
    OPPOSITE_IN_A_CAUSE = "'{0}' is in the clause's cause or condition ('{1}'): turning it makes nonsense, not a false claim"
    OPPOSITE_SIZE = "a statement of {0} words: too short to stand alone, or too long to judge"
    OPPOSITE_NOT_SIMPLE = "the statement is not one short, simple sentence ({0}): its opposite reads awkwardly"
    OPPOSITE_OF_DEGREE = "'{0}' is a matter of degree here ('{1}'): its opposite is not clearly false"
    OPPOSITE_LINKING_VERB = "'{0}' only links its subject to a description ('grew brighter'): its opposite says nothing"
    OPPOSITE_SUPERLATIVE = "'{0}' is a record ('the largest'): its opposite is guessed false without the article"
    # vet: an answer is a whole, correct constituent (generate/vet/answers.py)
    ERA_CUT = "answer cut from its era ('BC', 'AD')"
    UNIT_CUT = "number cut from its unit or scale ('{0}')"
    CURRENCY_CUT = "number cut from its currency sign"
    PART_OF_NAME = "blank over part of a name ('{0}')"
    FUNCTION_WORD_ANSWER = "'{0}' is a function word here, rarely the fact ('one of', 'the second wave')"
    IDIOM_NUMBER = "blank over a function word ('one of', 'at first')"
    SHORT_NAME_EXPANDED = "the sentence says '{0}', not '{1}'"
    NAME_KEY_SPANS_WORDS = "the key '{0}' is a name with other words joined to it ('{1}')"
    ERA_MODIFIER = "'{0}' only describes a noun ('the ____ landmark'): other words of the sentence fit the blank"
    CUT_AFTER_THE = "blank after 'the' over '{0}': the answer is cut from its noun phrase"
    NUMBER_IN_DESCRIPTION = "'{0}' counts inside a description ('the two firms'): no fact of its own"
    # vet: fluent (generate/vet/fluency.py; the patterns' names are in data/vet.json)
    LEADING_CONNECTIVE = "opens with a connective ('{0}')"
    NOT_FLUENT = "not fluent: {0}"
    NO_VERB_REPARSED = "not fluent: no verb when parsed again"
    FRAGMENT_REPARSED = "not fluent: nothing but a fragment when parsed again"
    ROOT_NOT_VERB = "not fluent: its root is '{0}', not a verb, when parsed again"
    JOINED_ACROSS_CLAUSE = "its words join two clauses of the sentence across '{0}' ('Shares in ____ fell 20%' when earnings fell)"
    CUT_LEFT_BEHIND = "not fluent: {0} (left by cutting the sentence, or lost from the text)"
    WH_WITHOUT_DO = "not fluent: '{0}' put before its subject without 'did'/'does' ('When became ...?')"
    # vet: standalone, worth asking, options, the lint
    UNRESOLVED_DESCRIPTION = "leans on an unresolved description ('{0}')"
    APPOSITIVE_AS_SUBJECT = "'{0}' describes the sentence's subject; the question makes it the subject"
    UNANCHORED_FIGURE = "'{0}' is asked in a prompt that names nothing (no name, no word of the title): a figure of what?"
    ROLE_WITHOUT_OWNER = "'{0}' says not whose (the article's topic, a place or a group): cut from what it belongs to"
    INDEFINITE_SUBJECT = "'{0}' says not which one: a subject with nothing that names it, cut from its sentence"
    INDEFINITE_PARTICULAR = "'{0}' is some one particular thing the question never names (the sentence around it said which)"
    LIST_ITEM_BLANK = "a blank over one item of the list '{0}' (any item could be the one missing, or the list only gives examples)"
    UNANCHORED_PROMPT = "nothing in the prompt says what it is about (no name, number or word of the title; only '{0}'): it leans on the article"
    POINTS_AT_TEXT = "'{0}' points at the article's other sentences"
    LIST_CUT = "the prompt lost an item of its sentence's list ('{0}'): it states a different list"
    TWO_PEOPLE_BLANK = "blank over two people ('{0}') the article never calls brothers or sisters: no one answer to type"
    EXISTENTIAL_SUBJECT = "'{0}' comes from 'there are {0} that ...': some of them, not all"
    SETTING_PLACE = "'{0}' is where the whole article happens (or a place everyone knows): no fact to test"
    COUNT_OF_LISTED = "the prompt lists the {0} things it asks to count (counting them answers it)"
    UNRESOLVED_POSSESSIVE = "'{0}' has no owner in the question (no name or blank before it)"
    PERSON_NOT_IN_FULL = "'{0}' is a person the article names in full ('{1}')"
    SUBJECT_DEFINED = "the article's own subject in a definition of it"
    SUBJECT_ANSWER = "the answer is the article's own subject"
    DOMINANT_ANSWER = "'{0}' is what the whole article is about (named far more than anything else): a guess, not a fact"
    TITLE_GIVES_AWAY = "'{0}' is named in the article's title: every reader knows it"
    COMMON_KNOWLEDGE = "'{0}' is what every pupil knows of a {1} without the article"
    TITLE_COMPOUND = "'{0}' is part of the title's '{1}': every reader knows it"
    USUAL_COUNT = "'{0} {1}' is the count everyone assumes: no fact to test"
    COMPARISON_FITS_MANY = "a blank subject of a bare comparison ('{0}'): many things fit"
    SUBJECT_HOME = "'{0}' is where everyone knows the article's subject ('{1}') is: no fact to test"
    HOME_IN_PROMPT = "'{0}' is where everyone knows '{1}', which the prompt names, is: no fact to test"
    FAMILY_GIVEAWAY = "the prompt gives the person away ('{0}': their spouse or another part of their name)"
    STEM_GIVEAWAY = "the prompt gives the answer away ('{0}')"
    RARE_SPELLING = "'{0}' is a rare spelling: the article mostly writes '{1}'"
    FEW_ADEQUATE_OPTIONS = "fewer than 3 adequate options for a {0} (asked as fill-in instead)"
    FILL_IN_NOT_ASKED = "its fill-in was not asked: {0}"
    LINT_FLAGS = "the lint flags it [{0}]"
    LINT_FLAGS_IN_DECK = "the lint flags it in the deck [{0}]"
    # vet: a fact of substance (generate/vet/substance.py)
    VAGUE_QUANTITY = "'{0}' is a vague quantity, no fact to test"
    NOT_A_KEY_TERM = "'{0}' is no key term (it says the fact is elsewhere, or names nothing in particular)"
    BLANK_OVER_LIST_ITEMS = "one blank over several items of a list ('{0}')"
    TITLE_SUBJECT = "'{0}' is what the title is about: every reader knows it"
    FIGURE_OF_SPEECH = "a figure of speech ('{0}'): no fact to test"
    SUPERLATIVE_SCOPE = "the blank is where a superlative holds ('{0}'): many answers fit it"
    TRIVIA = "trivia ('{0}'), not a fact of substance"
    TOO_LITTLE_CONTEXT = "only {0} content words around the blank: too little to determine the answer"
    # vet: a question shaped to its answer (generate/vet/shapes.py)
    QUESTION_SHAPE = "the question's shape does not fit: {0}"
    WHEN_NOT_A_TIME = "'When' asks for a time, and '{0}' is none"
    BOUNDED_NUMBER_ASKED = "a bounded number or range ('{0}'): other options may be true too"
    RANGE_END = "a blank over one end of a range ('{0}'), the other end cut"
    COMPLEMENT_LOST = "'the {0} ...' without what it was the {0} to do ('to {1}')"
    HALF_OF_PAIR = "'{0}' is half of '{0} and {1}', who together do what the question asks"
    JOINED_CLAUSE = "a wh-question over one of two joined clauses with different subjects"
    SURNAME_WITHOUT_TITLE = "'{0}' stands alone where the article says '{1}'"
    SWAP_MAY_BE_TRUE = "the article puts '{0}' beside the statement's names too: the swapped statement may be true"
    SAME_ANSWER_ASKED = "the answer '{0}' is already asked (one fact, one question)"
    # rank: one fact, one question (generate/one_fact.py)
    TF_SENTENCE_ASKED = "true/false restates a sentence another question asks about (one fact, one question)"
    SENTENCE_HAS_TF = "a kept true/false restates this sentence (one fact, one question)"
    TWIN_ANSWER_SHOWN = "twin: a kept question's wording gives '{0}' away"
    TWIN_GIVES_AWAY = "twin: its wording gives away the answer '{0}' of a kept question"
    # rank
    DUPLICATE_FACT = "duplicate fact (a better question asks it)"
    SENTENCE_FULL = "sentence already has two questions"
    NEAR_DUPLICATE = "near-duplicate of a kept question"
    OVER_LIMIT = "over the limit of {0} questions"

    def __call__(self, *args: object) -> "Why":
        """This reason for one case: `Reason.NO_ROLE("Paris")`."""
        return Why(self, tuple(str(a) for a in args))


@dataclass(frozen=True, slots=True)
class Why:
    """A reason with the words of its case; prints as the reason's wording."""

    reason: Reason
    args: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.reason.value.format(*self.args)

    @property
    def name(self) -> str:
        """The reason's name ('UNRESOLVED_PRONOUN')."""
        return self.reason.name
