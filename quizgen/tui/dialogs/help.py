"""The help dialog: the keys from quizgen/data/help.md, compact enough for 80x24, the close key first."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from quizgen import data
from quizgen.tui.gc_workarounds import KeyFooter

KEY_WIDTH = 16
_MARKS = re.compile(r"`([^`]*)`|\*\*([^*]+)\*\*|\*([^*]+)\*")


def help_text() -> str:
    """The help Markdown shipped in the package."""
    return data.text("help.md")


def inline(text: str) -> Content:
    """A line of the help's Markdown: `keys` and **words** bold, *examples* italic; nothing else is markup."""
    parts: list = []
    end = 0
    for m in _MARKS.finditer(text):
        parts.append(text[end:m.start()])
        code, strong, emphasis = m.groups()
        parts.append((code, "bold $text-accent") if code is not None else (strong, "bold") if strong else (emphasis, "italic"))
        end = m.end()
    parts.append(text[end:])
    return Content.assemble(*parts)


def help_content(markdown: str) -> Content:
    """The help as one block: headings, one line per key (the tables' header rows dropped), paragraphs."""
    lines: list[Content] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            lines.append(inline(" ".join(paragraph)))
            paragraph.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        if line.startswith("## "):
            flush()
            lines += [Content("")] if lines else []
            lines.append(Content.styled(line[3:], "bold $text-primary"))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) == 2 and "`" in cells[0]:  # not the header, not the --- row
                keys = cells[0].replace("` `", " ").replace("`", "")
                lines.append(Content.assemble((keys.ljust(KEY_WIDTH), "bold $text-accent"), inline(cells[1])))
        elif line:
            paragraph.append(line)
        else:
            flush()
    flush()
    return Content("\n").join(lines)


class HelpDialog(ModalScreen[None]):
    """Shows the keys; any of Escape, q, ? or F1 closes it; its own footer replaces the screen's beneath."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1,enter", "close", "Close help", key_display="esc"),
        Binding("pagedown", "scroll('page_down')", "More", key_display="PgDn"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Content.assemble(("Keys", "bold $text-primary"),
                                          ("   Escape closes this help · ↑ ↓ PgDn scroll", "$text-muted")),
                         id="help-title")
            yield Static(help_content(help_text()), id="help-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)

    def action_scroll(self, where: str) -> None:
        """Scroll the help a page."""
        box = self.query_one("#help-box", VerticalScroll)
        getattr(box, f"scroll_{where}")(animate=False)
