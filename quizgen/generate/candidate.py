"""A candidate question: what a rule proposes, before ranking decides whether it is kept."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from quizgen.deck.model import Question
from quizgen.generate.reasons import Why


@dataclass(slots=True)  # a long article has hundreds of thousands: no per-instance dict
class Candidate:
    """One proposed question with where it came from and how good it looks."""

    rule: str
    type: str
    prompt: str
    answer: str | bool
    context: str
    sentence_index: int
    fact: str                      # what it tests, for de-duplication ('Iran|admit')
    kind: str = ""                 # the answer's kind (person, country, year, ...)
    distractors: list[str] = field(default_factory=list)
    accept: list[str] = field(default_factory=list)
    score: float = 0.0
    priority: float = 0.0          # what the rule adds to the score (a safer or rarer form)
    beside: bool = False           # a fact beside the sentence's main ones: not in its two-question limit
    dropped: Why | None = None     # why it was dropped, for --explain

    def drop(self, why: Why) -> "Candidate":
        """Mark as dropped with a named reason; returns self."""
        self.dropped = why
        return self

    def question_id(self) -> str:
        """A stable id from the fact: type + answer + source sentence."""
        h = hashlib.sha256(f"{self.type}|{self.answer}|{self.context}".encode()).hexdigest()
        return f"q-{h[:8]}"

    def to_question(self) -> Question:
        """The deck question for this candidate."""
        tags = [self.kind] if self.kind else []
        return Question(id=self.question_id(), type=self.type, prompt=self.prompt, answer=self.answer,
                        distractors=list(self.distractors), accept=list(self.accept), context=self.context, tags=tags)


@dataclass(slots=True)
class Skip:
    """What a rule or step refused before any question was made (a clause that cannot stand alone,
    a name that cannot be an answer, a wh-question no form fits), with the named reason."""

    rule: str                      # the rule or step that refused ('wh_question', 'answers_in', 'clause')
    sentence_index: int
    what: str                      # the clause or sentence it looked at
    dropped: Why                   # why (named like a dropped candidate's reason, for --explain)
    answer: str = ""               # the answer it would have asked for, if any
