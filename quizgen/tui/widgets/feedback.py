"""What the learner sees after answering: the verdict, the right answer, the source sentence."""

from __future__ import annotations

import re

from textual.content import Content
from textual.widgets import Static

from quizgen.deck.model import BLANK, Question
from quizgen.quiz.session import Outcome

HIGHLIGHT = "bold reverse $text-accent"


def highlight(sentence: str, needles: list[str]) -> Content:
    """`sentence` with the first occurrence of the longest needle found highlighted (no markup parsed)."""
    content = Content(sentence)
    for needle in sorted({n for n in needles if n and n.strip()}, key=len, reverse=True):
        m = re.search(r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)", sentence, re.IGNORECASE)
        if m:
            return content.stylize(HIGHLIGHT, m.start(), m.end())
    return content


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def adds_to_prompt(question: Question) -> bool:
    """Whether the source sentence tells more than the fill-in just shown: not when it is the prompt
    with the blank filled in (the full sentence when the prompt was simplified, so it does)."""
    if not question.context:
        return False
    if question.type != "fill_in":
        return True
    filled = BLANK.sub(question.answer_text, question.prompt)
    return _words(filled) != _words(question.context)


def feedback_content(outcome: Outcome) -> Content:
    """The feedback panel's text for `outcome`."""
    q = outcome.item.question
    v = outcome.verdict
    parts: list[str | tuple[str, str] | Content] = []
    if outcome.skipped:
        parts.append(("→ Skipped", "bold $text-warning"))
    elif v.correct and v.forgiven_typo:
        parts += [("✓ Correct", "bold $text-success"), " — one typo forgiven. The exact spelling is ",
                  (v.matched, "bold"), "."]
    elif v.correct:
        parts.append(("✓ Correct", "bold $text-success"))
    else:
        parts += [("✗ Incorrect", "bold $text-error"), " — you answered ", (f"“{outcome.typed.strip()}”", "italic"), "."]
    if outcome.overridden:
        parts += ["\n", ("✓ Counted as right: you pressed o (I was right).", "$text-success")]
    parts += ["\n", "The answer: ", (v.expected, "bold")]
    others = [a for a in q.accept if a != v.expected]
    if others:
        parts += [("   also accepted: " + ", ".join(others), "$foreground-muted")]
    if adds_to_prompt(q):
        needles = [] if q.type == "true_false" else [v.matched, v.expected, *q.accept]
        parts += ["\n\n", ("From the article:", "$foreground-muted"), "\n", highlight(q.context, needles)]
    return Content.assemble(*parts)


class Feedback(Static):
    """The feedback panel; hidden until an answer is given."""

    def show(self, outcome: Outcome) -> None:
        """Display the feedback for `outcome`."""
        self.update(feedback_content(outcome))
        self.set_class(outcome.correct, "-correct")
        self.set_class(not outcome.correct, "-wrong")
        self.display = True
