"""Wrong options of the same kind as the answer: from the article first, then the gazetteer,
then number and date perturbation — never a name the article makes true in the same slot."""

from __future__ import annotations

import re
import unicodedata

from quizgen.deck.lint_text import loose_key
from quizgen.generate.kinds import NUMERIC, PLACES
from quizgen.generate.resolve import gazetteer
from quizgen.generate.options import numbers
from quizgen.lexicon import is_company
from quizgen.generate.resolve.registry import Registry, plainly_an_org, strip_the

NEEDED = 3


def _same_form(answer: str, option: str) -> bool:
    # Parallel options: an all-caps acronym among full names (or the reverse) stands out.
    return answer.isupper() == option.isupper()


def distractors_for(answer: str, kind: str, reg: Registry, exclude: set[str]) -> list[str]:
    """Up to three wrong options for `answer` of `kind`; fewer when no good ones exist."""
    if kind in NUMERIC:
        return numbers.perturb(answer, kind)[:NEEDED]
    if kind == "org" and not is_company(answer) and not plainly_an_org(answer, reg):
        return []
    banned_names = set(reg.aliases(answer) | exclude)
    for alias in reg.aliases(answer):
        banned_names |= reg.peers.get(alias, set())
    pool = reg.names_of_kind(kind)
    if kind in PLACES:
        # The article's places first, those on the answer's continent before the others.
        home = gazetteer.continent(answer)
        near = [n for n in pool if gazetteer.continent(n) == home]
        far = [n for n in pool if n not in near]
        pool = near + _gazetteer_places(answer, kind) + far
    out: list[str] = []
    seen = {_key(x, kind) for x in banned_names}
    for name in pool:
        n = _key(name, kind)
        if not n or n in seen or not _same_form(answer, name) or not _parallel(answer, name, kind, reg):
            continue
        # An acronym and its expansion are one name.
        if any(_key(a, kind) in seen for a in reg.aliases(name)):
            continue
        seen.add(n)
        out.append(strip_the(name) if not answer.lower().startswith("the ") else name)
        if len(out) == NEEDED:
            break
    return out


def _parallel(answer: str, name: str, kind: str, reg: Registry) -> bool:
    """Whether `name` can stand beside `answer` as an option of its kind."""
    if kind == "org" and not is_company(answer):
        return plainly_an_org(name, reg)
    if kind == "place":
        # "Place" mixes rivers, rooms, regions and ambiguous cities: only a parallel name will do
        # ("Indian Ocean" -> "Atlantic Ocean"), never "Virginia" for "East Room".
        return len(name.split()) > 1 and name.split()[-1].lower() == answer.split()[-1].lower()
    if kind == "person":
        # A full name among bare ones stands out (and 'Yorkshire' may be no person); "Déby Itno"
        # for "Idriss Déby" is likely the same person, spelt another way.
        return not (len(answer.split()) > 1 and len(name.split()) == 1) and not _name_words(name) & _name_words(answer)
    return True


def _name_words(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return {w for w in re.findall(r"[a-z][a-z'-]{2,}", folded)}


def _gazetteer_places(answer: str, kind: str) -> list[str]:
    if kind == "country":
        return gazetteer.similar_countries(answer, 12)
    if kind == "city":
        return gazetteer.similar_cities(answer, 12)
    return gazetteer.similar_states(answer, 12)


def _key(name: str, kind: str) -> str:
    """What makes two options the same: 'Britain' and 'United Kingdom' are one country."""
    return loose_key(gazetteer.canonical(name) if kind in PLACES else name)
