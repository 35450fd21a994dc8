"""What every question rule is given: the clause (or sentence, or article) in its context."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.reasons import Why

if TYPE_CHECKING:
    from spacy.tokens import Span

    from quizgen.generate.ask.common import Answer
    from quizgen.generate.resolve.registry import Registry
    from quizgen.generate.simplify.clauses import Clause


@dataclass
class ClauseContext:
    """One rule's input. A clause rule sees `clause`; an answer rule also `answer`; an article rule
    neither (it sees every sentence's text in `texts`)."""

    reg: "Registry"                       # the article's names, kinds and acronyms
    index: int = 0                        # the sentence's position among the article's sentences
    text: str = ""                        # the sentence's text (every question's context)
    sentence: "Span | None" = None
    recent: list["Span"] = field(default_factory=list)   # the sentences just before it
    texts: list[str] = field(default_factory=list)       # every sentence's text so far
    words: frozenset[str] = frozenset()                  # every word of the article, lower-cased
    known: frozenset[str] = frozenset()                  # nouns introduced once before ('a fox'): 'the fox'
    characters: dict[str, int] = field(default_factory=dict)  # a story's people and animals met so far -> how often
    clause: "Clause | None" = None
    answer: "Answer | None" = None
    made: list[Candidate | Skip] = field(default_factory=list)  # earlier rules' output for this answer
    # The clause as --explain shows it, rendered once and shared with the per-answer copies (a
    # clause with many names that cannot be answers would render once for each).
    shown: list[str] = field(default_factory=list, repr=False)

    def over(self, answer: "Answer") -> "ClauseContext":
        """The same context, asking about `answer` (nothing made for it yet)."""
        return replace(self, answer=answer, made=[])

    def skip(self, rule: str, why: Why, what: str | None = None) -> Skip:
        """A refusal by `rule` here: what it looked at (the clause by default) and why."""
        if what is None and self.clause is None:
            what = self.text
        elif what is None:
            if not self.shown:
                self.shown.append(self.clause.render())
            what = self.shown[0]
        return Skip(rule=rule, sentence_index=self.index, what=what, dropped=why,
                    answer=self.answer.text if self.answer is not None else "")

    def made_of_type(self, type_: str) -> Candidate | None:
        """The question of this type an earlier rule made for this answer, if any."""
        return next((c for c in self.made if isinstance(c, Candidate) and c.type == type_), None)
