"""Selecting candidates: one question per fact, two per sentence and per answer, no near-duplicates,
the best first — checked on hand-made candidates, no parsing needed."""

from __future__ import annotations

from collections import Counter

import pytest

from quizgen.generate.candidate import Candidate
from quizgen.generate.rank import select


def cand(prompt: str, answer: str = "Paris", sentence: int = 0, fact: str | None = None, type: str = "fill_in",
         kind: str = "city") -> Candidate:
    return Candidate(rule="fill_in", type=type, prompt=prompt, answer=answer, context=f"sentence {sentence}",
                     sentence_index=sentence, fact=fact or prompt, kind=kind)


@pytest.mark.parametrize("second, kept", [
    ("The capital of France is ____.", False),                       # same words
    ("The capital of France is still ____.", False),                 # 6 of 7 words shared: Jaccard 0.86
    ("The old capital of France is still ____.", True),              # 6 of 8: 0.75 is not above 0.75
    ("The largest city of France is ____.", True),
    ("", True),                                                      # no words: never a near-duplicate
])
def test_near_duplicate_prompts(second, kept):
    first = cand("The capital of France is ____.", answer="Paris", sentence=0)
    other = cand(second, answer="Lyon", sentence=1)
    out = select([first, other], 10, Counter(), 2)
    assert (other in out) is kept
    assert first in out


def test_near_duplicates_are_found_among_many_kept_prompts():
    """The word index must find a near-duplicate however many prompts were kept before it."""
    many = [cand(f"Envoy a{i} met b{i} in c{i} on d{i}.", answer=f"A{i}", sentence=i, kind="person")
            for i in range(300)]
    late = cand("Envoy a7 met b7 in c7 on d7 today.", answer="B", sentence=400, kind="person")
    out = select([*many, late], 1000, Counter(), 401)
    assert late.dropped.name == "NEAR_DUPLICATE"
    assert len(out) == 300


@pytest.mark.parametrize("cands, limit, kept, reason", [
    ([cand("A ____ one.", fact="f"), cand("Another ____ two.", sentence=1, fact="f")], 5, 1,
     "DUPLICATE_FACT"),
    ([cand("One ____ here.", answer="x"), cand("Two ____ here now.", answer="y"),
      cand("Third ____ sits here too.", answer="z")], 5, 2, "SENTENCE_FULL"),
    ([cand("Alpha ____ went.", sentence=0), cand("Beta ____ came back.", sentence=1),
      cand("Gamma ____ stayed home.", sentence=2)], 5, 1, "SAME_ANSWER_ASKED"),
    ([cand("Alpha ____ went.", answer="a", sentence=0), cand("Beta ____ came back.", answer="b", sentence=1)], 1, 1,
     "OVER_LIMIT"),
])
def test_selection_limits(cands, limit, kept, reason):
    out = select(cands, limit, Counter(), 3)
    assert len(out) == kept
    assert {c.dropped.name for c in cands if c not in out} == {reason}


def test_kept_questions_come_back_in_article_order():
    cands = [cand("Late ____ question here.", answer="a", sentence=5, kind="person"),
             cand("Early ____ question there.", answer="b", sentence=1, kind="other")]
    assert [c.sentence_index for c in select(cands, 5, Counter(), 6)] == [1, 5]


def test_a_fact_beside_the_sentences_main_ones_is_not_counted_in_its_limit():
    """A rule marks such a fact `beside` (an acronym, a stated negation): rank reads the mark, not the rule's name."""
    cands = [cand("One ____ here.", answer="x"), cand("Two ____ here now.", answer="y"),
             cand("Third ____ sits here too.", answer="z")]
    cands[2].beside = True
    assert len(select(cands, 5, Counter(), 1)) == 3


def test_a_rules_priority_raises_its_candidate_above_an_equal_one():
    plain, preferred = cand("Alpha ____ went.", answer="a"), cand("Beta ____ came back.", answer="b")
    preferred.priority = 0.2
    select([plain, preferred], 1, Counter(), 1)
    assert preferred.dropped is None and plain.dropped.name == "OVER_LIMIT"


def tf(prompt: str, sentence: int = 0, fact: str = "f|tf") -> Candidate:
    return Candidate(rule="swapped_fact", type="true_false", prompt=prompt, answer=False, context=f"sentence {sentence}",
                     sentence_index=sentence, fact=fact, kind="year")


# (the better candidate, the later one, the later one's reason or None when both are kept): a
# deck asks each fact once, so no kept answer stands in another kept question's wording.
ONE_FACT = [
    # the year asked by the first question stands in the second's sentence
    (cand("In which year did the Arden mill close?", answer="1931", kind="year", type="multiple_choice"),
     cand("The Arden mill closed in 1931 after the ____ flood.", answer="Teign", sentence=1, kind="event"),
     "twin: its wording gives away the answer '1931' of a kept question"),
    # the reverse: the later question's answer stands in the kept one's wording
    (cand("The Arden mill closed after the ____ flood.", answer="Teign", kind="person"),
     cand("In which year did the mill close after the Teign flood?", answer="1931", sentence=1, kind="other"),
     "twin: its wording gives away the answer 'Teign' of a kept question"),
    # an answer among a kept question's options
    (Candidate(rule="wh", type="multiple_choice", prompt="Where did the envoys meet first?", answer="Ghent",
               distractors=["Utrecht", "Namur", "Liège"], context="s0", sentence_index=0, fact="g", kind="city"),
     cand("The treaty was signed in ____.", answer="Utrecht", sentence=1),
     "twin: a kept question's wording gives 'Utrecht' away"),
    # a people's adjective gives its country away
    (cand("The Norwegian delegation arrived on ____.", answer="Monday", kind="person"),
     cand("Which country signed the pact in ____?", answer="Norway", sentence=1, kind="other"),
     "twin: a kept question's wording gives 'Norway' away"),
    # a swapped-fact statement of a sentence another question already asks about
    (cand("The ferry to ____ sank in 1954.", answer="Lundy", sentence=3),
     tf("The ferry to Arran sank in 1954.", sentence=3),
     "true/false restates a sentence another question asks about (one fact, one question)"),
    # different facts, different names: both kept
    (cand("The ferry to ____ sank in 1954.", answer="Lundy", sentence=3),
     cand("The Tay bridge opened in ____.", answer="1878", sentence=4, kind="year"),
     None),
]


@pytest.mark.parametrize("first, second, reason", ONE_FACT)
def test_one_fact_one_question(first, second, reason):
    out = select([first, second], 10, Counter(), 5)
    assert first in out
    assert (str(second.dropped) if second.dropped else None) == reason


def test_a_kept_true_false_keeps_its_sentence_to_itself():
    statement = tf("The ferry to Arran sank in 1954.", sentence=3)
    later = cand("The ferry to Lundy sank in ____ after a storm.", answer="1954", sentence=3, kind="year")
    guard_order = select([statement, later], 10, Counter(), 5)
    assert statement in guard_order or later in guard_order
    assert len(guard_order) == 1


def test_a_fact_about_what_the_title_names_ranks_first():
    """Of two otherwise equal questions, the one about the title's topic is kept under a limit of one."""
    topic = cand("The village library opened in ____.", answer="March", sentence=1, kind="date")
    aside = cand("The old bakery opened in ____.", answer="June", sentence=1, kind="date")
    out = select([aside, topic], 1, Counter(), 2, title="A Village Library Opens")
    assert out == [topic]
    assert aside.dropped.name == "OVER_LIMIT"


def test_an_answer_shown_in_many_other_questions_comes_after_them():
    # 'Oslo' stands in three other sentences' prompts: asking it would rule all three out
    oslo = cand("The ministry moved to ____ in May.", answer="Oslo", sentence=0, kind="city")
    others = [cand("The museum in Oslo was built by a firm from ____.", answer="Bergen", sentence=1),
              cand("A ferry from Oslo sails every night to ____ in summer.", answer="Kiel", sentence=2),
              cand("Most tourists who visit Oslo also travel on to ____.", answer="Tromso", sentence=3)]
    kept = select([oslo, *others], 10, Counter(), 4)
    assert kept == others and oslo.dropped is not None


def test_blocked_sentences_count_other_sentences_only_and_not_dates():
    from quizgen.generate.rank import blocked_sentences

    live = [cand("The ministry moved to ____ in May.", answer="Oslo", sentence=0),
            cand("The ministry in Oslo moved in ____.", answer="May", sentence=0, kind="date"),
            cand("The museum in Oslo opened in ____.", answer="1901", sentence=1, kind="year"),
            cand("A museum opened in May in ____.", answer="Bergen", sentence=2)]
    assert blocked_sentences(live) == {"Oslo": 1, "Bergen": 0}
