"""One question on screen: the prompt, then numbered options or an input box, then feedback."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quizgen.deck.model import BLANK, TYPE_LABELS
from quizgen.quiz.session import Item, Outcome
from quizgen.tui.gc_workarounds import DetachingInput
from quizgen.tui.widgets.feedback import Feedback


def prompt_content(item: Item) -> Content:
    """The prompt, with a fill-in blank made visible."""
    text = item.question.prompt
    m = BLANK.search(text) if item.question.type == "fill_in" else None
    if not m:
        return Content(text)
    return Content.assemble(text[: m.start()], ("_____", "bold $text-accent"), text[m.end():])


def option_content(number: int, text: str, mark: str = "", style: str = "") -> Content:
    """An option row: '1  Iran', with a ✓/✗ mark once answered."""
    return Content.assemble((f"{number} ", "bold $text-accent"), " ", (text, style), (f"  {mark}" if mark else "", style))


class QuestionCard(Vertical):
    """The card for one item; `show_outcome` turns it into the answered state."""

    def __init__(self, item: Item, show_deck: bool = False) -> None:
        super().__init__(classes="card")
        self.item = item
        self.show_deck = show_deck

    @property
    def is_choice(self) -> bool:
        """Multiple choice or true/false (options), as opposed to fill-in (typed)."""
        return bool(self.item.options)

    def compose(self) -> ComposeResult:
        q = self.item.question
        self.border_title = Content(TYPE_LABELS[q.type].capitalize() + (f" · {self.item.deck_title}" if self.show_deck else ""))
        yield Static(prompt_content(self.item), classes="prompt")
        if self.is_choice:
            yield OptionList(*(Option(option_content(i, o)) for i, o in enumerate(self.item.options, 1)), classes="options")
            n = len(self.item.options)
            yield Static(f"Press 1–{n}, or ↑ ↓ and Enter, or click an option.", classes="hint")
        else:
            yield DetachingInput(placeholder="Type your answer, then press Enter", classes="answer-input")
            yield Static("Enter answers · Ctrl+S skips · F1 help · Escape leaves", classes="hint")
        yield Feedback(classes="feedback")

    def focus_answer(self) -> None:
        """Put the keyboard on the options or the input box."""
        self.query_one(OptionList if self.is_choice else Input).focus()

    def show_outcome(self, outcome: Outcome) -> None:
        """Mark the options, lock the answer widgets and show the feedback."""
        if self.is_choice:
            options = self.query_one(OptionList)
            for i, text in enumerate(self.item.options):
                if text == outcome.verdict.expected:
                    options.replace_option_prompt_at_index(i, option_content(i + 1, text, "✓ right answer", "bold $text-success"))
                elif text == outcome.typed:
                    options.replace_option_prompt_at_index(i, option_content(i + 1, text, "✗ your answer", "$text-error"))
            options.highlighted = None
            options.disabled = True
        else:
            box = self.query_one(Input)
            box.disabled = True
            if outcome.skipped:
                box.placeholder = "(skipped)"
        self.query_one(".hint").display = False
        self.query_one(Feedback).show(outcome)
