"""Spaced repetition: how an answer becomes an FSRS rating, and the next due date it gives.

The mapping (documented in the README):

| the answer                                              | rating |
| ------------------------------------------------------- | ------ |
| wrong                                                   | Again  |
| right, but a typo was forgiven                          | Hard   |
| overridden: "I was right" on a typed answer             | Good   |
| right, confident and fast (within `easy_within` seconds) | Easy   |
| right otherwise                                         | Good   |

An override is the learner telling the checker it missed a right answer (typed answers only), so
it counts as right, and is saved as an override (`reviews.overridden`), not as a weaker answer; it
is never Easy, since the checker could not confirm it.

"Fast" is relative to the question: the time to read the prompt at an unhurried pace plus the
time to pick or type the answer (see `easy_within`). Answering faster than that means the fact
came to mind at once, so the card can wait longer than after an answer that needed thought.
"""

from __future__ import annotations

from datetime import datetime, timezone

from fsrs import Card, Rating, Scheduler

from quizgen.deck.model import Question

# Why these figures: adults read about 15-20 characters a second; 0.05 s a character is an
# unhurried 20/s. A learner types about 3-5 characters a second; 0.3 s a character is the slow
# end. The base covers looking at the screen and pressing a key.
EASY_BASE_SECONDS = 2.0
EASY_SECONDS_PER_PROMPT_CHAR = 0.05
EASY_SECONDS_PER_TYPED_CHAR = 0.3


def easy_within(question: Question) -> float:
    """Seconds within which a right answer to `question` counts as fast (and so Easy)."""
    seconds = EASY_BASE_SECONDS + EASY_SECONDS_PER_PROMPT_CHAR * len(question.prompt)
    if question.type == "fill_in":
        seconds += EASY_SECONDS_PER_TYPED_CHAR * len(question.answer_text)
    return seconds


def rate(correct: bool, *, forgiven_typo: bool = False, overridden: bool = False,
         elapsed: float | None = None, easy_within: float | None = None) -> Rating:
    """The FSRS rating for one answer (the table in this module's docstring)."""
    if not correct:
        return Rating.Again
    if forgiven_typo:
        return Rating.Hard
    if overridden:
        return Rating.Good
    if elapsed is not None and easy_within is not None and elapsed <= easy_within:
        return Rating.Easy
    return Rating.Good


# Anki's default parameters and learning steps (1 and 10 minutes), without fuzz so that due dates
# are reproducible (a learner's tests and stats give the same answer twice).
SCHEDULER = Scheduler(enable_fuzzing=False)


def new_card(now: datetime) -> Card:
    """A card never reviewed, due at `now`."""
    return Card(card_id=0, due=to_utc(now))


def review(card: Card, rating: Rating, now: datetime, elapsed: float | None = None) -> Card:
    """The card after one review at `now` with `rating`."""
    duration = None if elapsed is None else max(0, int(elapsed * 1000))
    updated, _log = SCHEDULER.review_card(card, rating, review_datetime=to_utc(now),
                                                  review_duration=duration)
    return updated


def to_utc(moment: datetime) -> datetime:
    """`moment` as an aware UTC datetime (a naive one is taken to be local time)."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(timezone.utc)
