"""A quiz in progress, without any UI: question order, option order, answers, score and retries.

`QuizSession.from_decks` picks and orders the questions (`--shuffle`, `--seed`, `--limit`,
`--type`); `answer`/`skip`/`override` record what the learner did; `advance` moves on. Each
answer is announced the moment it is given (so a quiz killed right after loses nothing) to the
functions passed to `subscribe` — the one place learning history (progress, FSRS) hooks in — and
announced again, the same Outcome object with its new verdict, if the learner overrides it.
"""

from __future__ import annotations

import random
import re
import shlex
import time
from dataclasses import dataclass, field, replace
from typing import Callable

from quizgen.quiz.answers import Verdict, check_answer
from quizgen.deck.model import Deck, Question

_NUMBER = re.compile(r"^\s*-?\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Item:
    """One question as asked: its deck (title, key) and its options in the order shown."""

    question: Question
    deck_key: str
    deck_title: str
    options: tuple[str, ...] = ()


@dataclass
class Outcome:
    """What happened to one item: the text given, the verdict, skipped or overridden, seconds taken."""

    item: Item
    typed: str
    verdict: Verdict
    elapsed: float
    skipped: bool = False
    overridden: bool = False
    run_id: int | None = None  # the saved run it belongs to (quizgen.progress.runs), if any

    @property
    def correct(self) -> bool:
        """Right, counting an override ('I was right')."""
        return self.verdict.correct or self.overridden


Listener = Callable[[Outcome], None]


def option_order(question: Question, rng: random.Random | None) -> tuple[str, ...]:
    """The options as shown: shuffled by `rng`, else in an order that does not depend on the answer."""
    if question.type == "true_false":
        return ("True", "False")
    if question.type != "multiple_choice":
        return ()
    options = [question.answer_text, *question.distractors]
    if rng is not None:
        rng.shuffle(options)
        return tuple(options)
    # Unshuffled, the deck lists the answer first; sort so position never gives it away.
    if all(_NUMBER.match(o) for o in options):
        return tuple(sorted(options, key=lambda o: float(_NUMBER.match(o).group().replace(",", ""))))
    return tuple(sorted(options, key=str.casefold))


def build_items(decks: list[Deck], *, shuffle: bool = True, seed: int | None = None,
                limit: int | None = None, qtype: str | None = None) -> list[Item]:
    """The questions of `decks` to ask, filtered by type, ordered, and cut to `limit`."""
    rng = random.Random(seed) if shuffle else None
    questions = [(d, q) for d in decks for q in d.questions if qtype is None or q.type == qtype]
    if rng is not None:
        rng.shuffle(questions)
    if limit is not None:
        questions = questions[:limit]
    return [Item(q, d.key, d.title, option_order(q, rng)) for d, q in questions]


@dataclass(frozen=True)
class QuizOptions:
    """How to pick and order questions: `--shuffle/--no-shuffle`, `--seed`, `--limit`, `--type`."""

    shuffle: bool = True
    seed: int | None = None
    limit: int | None = None
    qtype: str | None = None

    def start(self, decks: list[Deck], clock: Callable[[], float] = time.monotonic) -> QuizSession:
        """A new session over `decks` with these options."""
        return QuizSession.from_decks(decks, shuffle=self.shuffle, seed=self.seed, limit=self.limit,
                                      qtype=self.qtype, clock=clock)

    def command_line(self, decks: list[Deck], seed: int | None) -> str:
        """The `quizgen quiz` command that asks the same questions in the same order again."""
        args = ["quizgen", "quiz"]
        if not self.shuffle:
            args.append("--no-shuffle")
        elif seed is not None:
            args += ["--seed", str(seed)]
        if self.limit is not None:
            args += ["--limit", str(self.limit)]
        if self.qtype is not None:
            args += ["--type", self.qtype]
        return shlex.join(args + [_shown_path(d) for d in decks])


def _shown_path(deck: Deck) -> str:
    """A deck's file as typed at the prompt: relative when under the current folder, else absolute."""
    from pathlib import Path

    if deck.path is None:
        return deck.title
    path = Path(deck.path).resolve()
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass
class QuizSession:
    """The learner's way through a list of items; `clock` gives seconds (injectable for tests)."""

    items: list[Item]
    title: str = ""
    seed: int | None = None
    clock: Callable[[], float] = time.monotonic
    index: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    pending: Outcome | None = None
    listeners: list[Listener] = field(default_factory=list)
    run_id: int | None = None        # the saved run (resumable) this session asks, if any
    earlier: tuple[int, int] = (0, 0)  # (right, answered) in the run before this sitting (a resumed run)
    command: str | None = None       # the command that repeats this quiz, shown on the results

    def __post_init__(self) -> None:
        self.started = self.clock()
        self.asked_at = self.started
        self.finished_at: float | None = None

    @classmethod
    def from_decks(cls, decks: list[Deck], *, shuffle: bool = True, seed: int | None = None,
                   limit: int | None = None, qtype: str | None = None,
                   clock: Callable[[], float] = time.monotonic) -> QuizSession:
        """A session over `decks`; with shuffling and no seed, a random seed is drawn and kept."""
        if shuffle and seed is None:
            seed = random.SystemRandom().randrange(10**6)
        items = build_items(decks, shuffle=shuffle, seed=seed, limit=limit, qtype=qtype)
        return cls(items, title=deck_titles(decks), seed=seed if shuffle else None, clock=clock)

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(outcome)` when an answer is given (or skipped), and again on an override."""
        self.listeners.append(listener)

    @property
    def total(self) -> int:
        """How many items this session asks."""
        return len(self.items)

    @property
    def current(self) -> Item | None:
        """The item being asked, or None when the quiz is over."""
        return self.items[self.index] if self.index < len(self.items) else None

    @property
    def done(self) -> bool:
        """True once every item has been answered or skipped and the learner moved on."""
        return self.index >= len(self.items)

    @property
    def score(self) -> int:
        """Items answered right so far (overrides count), the pending one included."""
        return sum(o.correct for o in self.finished())

    def finished(self) -> list[Outcome]:
        """Every outcome so far, the pending one (shown in feedback) included."""
        return self.outcomes + ([self.pending] if self.pending else [])

    def answer(self, typed: str) -> Outcome:
        """Check `typed` for the current item; the outcome stays pending until `advance`."""
        item = self._require_open()
        verdict = check_answer(item.question, typed)
        self.pending = Outcome(item, typed, verdict, self.clock() - self.asked_at, run_id=self.run_id)
        self._tell(self.pending)
        return self.pending

    def skip(self) -> Outcome:
        """Give up on the current item: it counts as missed and is shown with its answer."""
        item = self._require_open()
        verdict = Verdict(False, False, item.question.answer_text)
        self.pending = Outcome(item, "", verdict, self.clock() - self.asked_at, skipped=True, run_id=self.run_id)
        self._tell(self.pending)
        return self.pending

    def can_override(self) -> bool:
        """'I was right' is offered for a typed answer marked wrong: the checker may have missed it.

        Never for a chosen option (true/false, multiple choice): there the pick was simply wrong.
        """
        p = self.pending
        return p is not None and not p.skipped and not p.overridden and not p.verdict.correct and not p.item.options

    def override(self) -> Outcome | None:
        """'I was right': mark the pending wrong typed answer as right; None if it cannot be."""
        if not self.can_override():
            return None
        self.pending.overridden = True
        self._tell(self.pending)
        return self.pending

    def _tell(self, outcome: Outcome) -> None:
        for listener in self.listeners:
            listener(outcome)

    def advance(self) -> None:
        """Commit the pending outcome (the listeners have it already) and move to the next item."""
        if self.pending is None:
            return
        outcome, self.pending = self.pending, None
        self.outcomes.append(outcome)
        self.index += 1
        self.asked_at = self.clock()
        if self.done:
            self.finished_at = self.asked_at

    def close(self) -> None:
        """Leaving early: the answer still on screen counts (it was saved when given)."""
        if self.pending is not None:
            self.advance()
        if self.finished_at is None:
            self.finished_at = self.clock()

    @property
    def elapsed(self) -> float:
        """Seconds from the start to the end (or to now, while running)."""
        end = self.finished_at if self.finished_at is not None else self.clock()
        return end - self.started

    def missed(self) -> list[Outcome]:
        """Outcomes answered wrong or skipped (overridden ones count as right)."""
        return [o for o in self.outcomes if not o.correct]

    def retry_missed(self) -> QuizSession:
        """A new session over just the missed items, in a fresh order, with the same listeners."""
        rng = random.Random(self.seed) if self.seed is not None else None
        items = [o.item for o in self.missed()]
        if rng is not None:
            rng.shuffle(items)
            items = [replace(i, options=option_order(i.question, rng)) for i in items]
        # No run: a retry practises what was missed; the run's score stays what it was.
        return QuizSession(items, title=self.title, seed=self.seed, clock=self.clock, listeners=list(self.listeners),
                           command=self.command)

    @property
    def run_total(self) -> int:
        """Questions in the whole run: this sitting's and those answered before it was resumed."""
        return self.total + self.earlier[1]

    def _require_open(self) -> Item:
        item = self.current
        if item is None:
            raise ValueError("the quiz is over; there is no current question")
        if self.pending is not None:
            raise ValueError("the current question is already answered; call advance() first")
        return item


def deck_titles(decks: list[Deck]) -> str:
    """A header title for one or more decks ('A', or 'A + 2 more decks')."""
    if not decks:
        return "quizgen"
    more = len(decks) - 1
    return decks[0].title + (f" + {more} more deck{'s' if more > 1 else ''}" if more else "")


def format_duration(seconds: float) -> str:
    """'42s', '3m 05s' or '1h 02m'."""
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m {s % 60:02d}s"
    return f"{s // 3600}h {s % 3600 // 60:02d}m"
