"""The quiz core without a UI: ordering, options, --seed/--limit/--type, score, retry and the answer hook."""

from __future__ import annotations

from collections import Counter

import pytest

from quizgen.deck.model import Deck, Question
from quizgen.deck.read import parse_deck
from quizgen.quiz.session import QuizSession, build_items, format_duration, option_order

# A hand-written deck about the seed article: 3 multiple choice, 4 fill-in, 2 true/false, in this order.
DEMO = parse_deck("""\
# yaml-language-server: $schema=deck.schema.json
quizgen: 1
id: china-mongolia-sco
title: China Urges Mongolia to Join Regional Bloc
source: seeds/china-mongolia-sco.txt
questions:
- id: q-ninth-member
  type: multiple_choice
  prompt: Which country did the Shanghai Cooperation Organization recently admit as its ninth member?
  answer: Iran
  distractors: [Mongolia, Turkey, Afghanistan]
  context: Chinese Premier Li Qiang expressed China’s intention to enhance cooperation with Mongolia within the framework of the Eurasian security bloc, which recently admitted Iran as its ninth member.
  tags: [country]
- id: q-meeting-city
  type: multiple_choice
  prompt: In which city did Li Qiang meet Mongolian Prime Minister L. Oyun-Erdene?
  answer: Bishkek
  distractors: [Astana, Tashkent, Dushanbe]
  context: Li conveyed this message during a meeting with Mongolian Prime Minister L. Oyun-Erdene at an SCO gathering in Bishkek.
  tags: [city]
- id: q-observer-decades
  type: fill_in
  prompt: Mongolia has held observer status in the Shanghai Cooperation Organization for nearly ____ decades.
  answer: two
  accept: ['2']
  context: Mongolia has maintained its observer status in the Shanghai Cooperation Organization (SCO) for nearly two decades, while countries like India, Pakistan, and Iran have become full-fledged members.
- id: q-sco-stands-for
  type: fill_in
  prompt: SCO stands for the ____.
  answer: Shanghai Cooperation Organization
  context: Mongolia has maintained its observer status in the Shanghai Cooperation Organization (SCO) for nearly two decades, while countries like India, Pakistan, and Iran have become full-fledged members.
- id: q-economic-corridor
  type: fill_in
  prompt: Oyun-Erdene discussed plans to establish the Mongolia-China-____ economic corridor.
  answer: Russia
  context: He also discussed plans to establish the Mongolia-China-Russia economic corridor, without explicitly mentioning their intentions regarding SCO membership.
- id: q-prime-minister
  type: fill_in
  prompt: Mongolian Prime Minister ____ met Li Qiang at an SCO gathering in Bishkek.
  answer: L. Oyun-Erdene
  accept: [Oyun-Erdene]
  context: Li conveyed this message during a meeting with Mongolian Prime Minister L. Oyun-Erdene at an SCO gathering in Bishkek.
  tags: [person]
- id: q-third-neighbor
  type: multiple_choice
  prompt: Which country does the article name as one of Mongolia's "third neighbor" strategic partners?
  answer: Japan
  distractors: [India, Pakistan, Iran]
  context: It has also engaged in economic and security agreements with China and Russia, while maintaining a “third neighbor” diplomacy, establishing strategic partnerships with countries like the United States, Japan, and South Korea.
  tags: [country]
- id: q-military-alliance
  type: true_false
  prompt: According to the article, the SCO is a military alliance.
  answer: false
  context: While not a military alliance, the SCO has expanded cooperation in areas such as counter-terrorism and aims to extend its global influence by admitting new members.
- id: q-nato-alternative
  type: true_false
  prompt: According to the article, the SCO offers an alternative within the Eurasian region to Western blocs like NATO.
  answer: true
  context: It provides an alternative within the Eurasian region to Western blocs like the North Atlantic Treaty Organization (NATO).
""")


def mc(i: int, answer: str = "Iran", distractors=("Mongolia", "Turkey", "Afghanistan")) -> Question:
    return Question(id=f"m{i}", type="multiple_choice", prompt=f"Which {i}?", answer=answer, distractors=list(distractors))


class Clock:
    """A clock the test moves by hand, so times are exact."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_same_seed_gives_the_same_quiz_and_another_seed_another():
    a = build_items([DEMO], seed=7)
    b = build_items([DEMO], seed=7)
    c = build_items([DEMO], seed=8)
    assert a == b
    assert [(i.question.id, i.options) for i in a] != [(i.question.id, i.options) for i in c]


def test_no_shuffle_keeps_deck_order_and_never_puts_the_answer_by_position():
    items = build_items([DEMO], shuffle=False)
    assert [i.question.id for i in items] == [q.id for q in DEMO.questions]
    # The deck lists the answer first; unshuffled options are sorted instead.
    assert items[0].options == ("Afghanistan", "Iran", "Mongolia", "Turkey")


@pytest.mark.parametrize("answer, distractors, shown", [
    ("10", ["9", "100", "2"], ("2", "9", "10", "100")),            # numbers sort by value
    ("1,500", ["900", "2,000"], ("900", "1,500", "2,000")),         # with separators
    ("beta", ["Alpha", "gamma"], ("Alpha", "beta", "gamma")),       # text ignores case
])
def test_unshuffled_option_order(answer, distractors, shown):
    assert option_order(mc(0, answer, distractors), None) == shown


def test_shuffled_answers_are_spread_over_every_position():
    deck = Deck(title="T", questions=[mc(i) for i in range(400)])
    positions = Counter(item.options.index("Iran") for item in build_items([deck], seed=1))
    assert set(positions) == {0, 1, 2, 3}
    assert min(positions.values()) > 60  # about 100 each


@pytest.mark.parametrize("kwargs, expected_ids", [
    (dict(qtype="true_false"), ["q-military-alliance", "q-nato-alternative"]),   # --type
    (dict(limit=2), ["q-ninth-member", "q-meeting-city"]),                        # --limit
    (dict(qtype="fill_in", limit=1), ["q-observer-decades"]),                    # both
    (dict(limit=0), []),                                                          # nothing asked
])
def test_type_and_limit(kwargs, expected_ids):
    assert [i.question.id for i in build_items([DEMO], shuffle=False, **kwargs)] == expected_ids


def test_true_false_options_are_always_true_then_false():
    assert {i.options for i in build_items([DEMO], seed=3, qtype="true_false")} == {("True", "False")}


def test_a_whole_session_scores_times_overrides_and_retries():
    clock = Clock()
    s = QuizSession.from_decks([DEMO], shuffle=False, limit=4, clock=clock)
    heard = []
    s.subscribe(heard.append)
    clock.now += 5
    assert s.answer("Iran").correct                      # right
    assert len(heard) == 1                               # told the moment it is given
    s.advance()
    clock.now += 3
    assert not s.answer("Astana").correct                # wrong
    assert s.override() is None and s.score == 1         # a chosen option cannot be overridden
    s.advance()
    s.skip()                                             # skipped
    assert s.override() is None                          # nor can a skip
    s.advance()
    assert not s.answer("3").correct                     # a typed answer marked wrong
    assert s.override() is not None and s.score == 2     # 'I was right'
    s.advance()
    assert s.done and s.score == 2 and s.elapsed == 8
    assert heard[3] is heard[4]                          # the override: the same outcome told again
    del heard[4]
    assert [(o.item.question.id, o.correct, o.skipped, o.overridden) for o in heard] == [
        ("q-ninth-member", True, False, False),
        ("q-meeting-city", False, False, False),
        ("q-observer-decades", False, True, False),
        ("q-sco-stands-for", True, False, True),
    ]
    assert heard[0].elapsed == 5 and heard[1].elapsed == 3
    retry = s.retry_missed()
    assert [i.question.id for i in retry.items] == ["q-meeting-city", "q-observer-decades"]
    retry.answer("Bishkek")
    retry.advance()
    assert heard[-1].item.question.id == "q-meeting-city" and heard[-1].correct  # same hook


def test_answering_twice_or_after_the_end_is_an_error():
    s = QuizSession.from_decks([DEMO], shuffle=False, limit=1)
    s.answer("Iran")
    with pytest.raises(ValueError):
        s.answer("Iran")
    s.advance()
    with pytest.raises(ValueError):
        s.skip()


def test_close_counts_the_answer_on_screen_told_once():
    s = QuizSession.from_decks([DEMO], shuffle=False)
    heard = []
    s.subscribe(heard.append)
    s.answer("Iran")
    s.close()
    assert len(heard) == 1 and s.outcomes == heard and s.finished_at is not None


@pytest.mark.parametrize("seconds, text", [(42, "42s"), (185, "3m 05s"), (3720, "1h 02m")])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text
