"""A number or date asked in a prompt that names nothing: 'About ____ people had returned' (to
where?), 'World production continued to rise, reaching 58 million tons in ____' (of what?). With
no name of the article and no word of its title, the reader cannot tell what the figure is of."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen import lexicon
from quizgen.deck.lint_text import loose_key
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, vet_data

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry

NUMERIC = re.compile(r"\d")
FIGURES = {"date", "year", "time", "number", "quantity", "money", "percent", "ordinal"}  # no name of a thing
CAPITAL = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’.-]*")
WORD = re.compile(r"[A-Za-z][\w'-]*")


def _figure(answer: str) -> bool:
    """A number, a quantity or a date ('1,100', 'seventeen', 'August 18')."""
    low = answer.strip().lower()
    return bool(NUMERIC.search(low)) or low in lexicon.cardinals()


def unanchored_figure(c: Candidate, reg: Registry, title: str) -> Why | None:
    """The first reason a figure's prompt is about nothing in particular, or None: no name (a
    capitalised word after the first, or a name of the article's registry) and no content word of
    the title ('octopuses' under 'Octopus')."""
    if c.type == "true_false" or not _figure(str(c.answer)):
        return None
    text = c.prompt.replace(BLANK, " ").strip()
    first = WORD.match(text)
    rest = text[first.end():] if first else text
    if CAPITAL.search(rest) or any(reg.kinds.get(n) not in FIGURES for n in reg.names_in(text)):
        return None
    stop = set(vet_data()["stop_words"])
    topic = [loose_key(w) for w in WORD.findall(title) if w.lower() not in stop and len(w) > 2]
    for w in WORD.findall(text):
        key = loose_key(w)
        if any(key[:5] == t[:5] and min(len(key), len(t)) >= 4 for t in topic):
            return None  # 'Octopuses' under 'Octopus', 'amphibians' under 'Amphibian: Conservation'
    return Reason.UNANCHORED_FIGURE(str(c.answer))
