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


ROLES = {"males": "Male", "females": "Female", "adults": "Adult", "juveniles": "Juvenile"}
ROLE_AT_START = re.compile(r"^(?:The )?(Males|Females|Adults|Juveniles)\b")
ROLE_AFTER_VERB = re.compile(r"\b(do|did|does|can|could|are|were|will|would|have|had|may|might) (?:the )?(males|females|adults|juveniles)\b")


def topic_plural(title: str, texts: list[str]) -> str | None:
    """'giraffes' for 'Giraffe', 'African elephants' for 'The African elephant': the title's kind in
    the plural the article itself writes; None for a title of more than a kind."""
    words = [w for w in re.sub(r"\s*[:(].*", "", title).split() if w.lower() not in ("the", "a", "an")]
    if not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words):
        return None
    last = words[-1].lower()
    forms = [last + "s", last + "es", last[:-1] + "ies" if last.endswith("y") else ""]
    joined = " ".join(texts).lower()
    plural = next((f for f in forms if f and re.search(rf"\b{f}\b", joined)), None)
    if plural is None:
        return None
    return " ".join([*(w if w[:1].isupper() and i == 0 and len(words) > 1 else w.lower() for i, w in enumerate(words[:-1])),
                     plural])


def own_topic(c: Candidate, plural: str | None) -> None:
    """'Males can reach 5 metres' in 'Giraffe' -> 'Male giraffes can reach 5 metres': a sex or age
    that the article's topic owns says whose; `plural` is the topic's (`topic_plural`, found once
    per article). Without one, the check on roles without an owner drops it."""
    if plural is None:
        return
    c.prompt = ROLE_AT_START.sub(lambda m: f"{ROLES[m.group(1).lower()]} {plural}", c.prompt)
    c.prompt = ROLE_AFTER_VERB.sub(lambda m: f"{m.group(1)} {ROLES[m.group(2)].lower()} {plural}", c.prompt)
