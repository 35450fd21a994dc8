"""Worth asking: not the article's own subject in a definition of it, no word in the prompt that
gives the answer away, and names as the article mostly spells them."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from quizgen.deck.lint_text import aliases_of, demonyms_of, loose_key, words
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, vet_data

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry

DEFINITION = re.compile(r"^(the |an? )?____ (is|was|are|were|has been|have been|refers|means)\b", re.IGNORECASE)
CAPITALISED = re.compile(r"\b[A-Z][a-z]{4,}\b")


def subject_definition(c: Candidate, title: str) -> Why | None:
    """'____ is a metal ...' in an article about iron: the article's subject is no answer to its definition."""
    answer = loose_key(str(c.answer))
    if c.type == "true_false" or not answer or not DEFINITION.match(c.prompt):
        return None
    title_words = set(loose_key(title).split())
    if answer == loose_key(title) or set(answer.split()) <= title_words:
        return Reason.SUBJECT_DEFINED()
    return None


SHORT_TITLE = 3  # an encyclopedia-style title ('Aristotle', 'History of aluminium') names one subject


PAIR_MINOR = {"the", "a", "an", "of"}


def _other_of_pair(answer: str, title: str) -> set[str] | None:
    """The words of the other side of a title's pair ('lion' for 'mouse'), or None."""
    pair = [set(loose_key(side).split()) - PAIR_MINOR for side in re.split(r"\band\b", title.lower())]
    if len(pair) != 2 or not all(pair):
        return None
    mine = set(loose_key(answer).split())
    return pair[1] if mine == pair[0] else pair[0] if mine == pair[1] else None


def pair_question(c: Candidate, title: str) -> bool:
    """'Who freed the lion from the net?' -> mouse, under 'The Lion and the Mouse': which of the
    title's two did it is a question when the prompt names the other, and no 'her' says which.
    'What felt very hungry one day?' -> fox, under 'The Fox and the Grapes', is not: it asks for
    the story's hero, whom the title names."""
    other = _other_of_pair(str(c.answer), title)
    if other is None or GENDERED.search(c.prompt):
        return False
    if other <= {loose_key(w) for w in words(c.prompt.replace(BLANK, " "))}:
        return False  # 'Who invited the stork to dinner?' under 'The Fox and the Stork': the title's other one
    return _alike(str(c.answer), other)  # 'Who won the race?' under 'The Tortoise and the Hare': either could have


def _alike(answer: str, other: set[str]) -> bool:
    """The answer and the title's other one are of one kind (two animals, two people), so the other
    is a real option; a fox and grapes are not."""
    from quizgen.generate.options.phrases import noun_classes

    classes = noun_classes()

    def kind(word: str) -> str | None:  # 'hares' is of the class 'hare' is
        return classes.get(word) or classes.get(word.removesuffix("s"))

    mine = kind(loose_key(answer).split()[-1])
    return mine is not None and mine in {kind(w) for w in other}


LEADING_NAME = re.compile(r"^\s*((?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]+)(?:['’]s?)?(?=$|[\s:,(|–—-])")


def title_person(answer: str, title: str) -> bool:
    """'Samuel Finley Breese Morse' under 'Samuel Morse and the telegraph', 'Frida Kahlo' under
    'Kahlo's last paintings shown': the person the title opens with is whom the article is about."""
    m = LEADING_NAME.match(title)
    if not m:
        return False
    named = m.group(1).split()
    parts = answer.split()
    if len(parts) < 2 or parts[-1] != named[-1]:
        return False
    return len(named) == 1 or named[0] == parts[0] or named[0].rstrip(".") in vet_data()["person_titles"]


GENDERED = re.compile(r"(?i)\b(he|she|his|her|hers|him|himself|herself)\b")


def subject_answer(c: Candidate, title: str) -> Why | None:
    """In an article titled 'Aristotle', 'Who was born in Stagira?' -> Aristotle asks what every
    reader knows; a headline ('China urges Mongolia to join ...') names more than a subject."""
    minor = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "history", "life", "geography"}
    title_words = [w for w in loose_key(re.sub(r"[:(].*", "", title)).split() if w not in minor]
    answer = loose_key(str(c.answer))
    if c.type == "true_false" or not answer:
        return None
    if c.kind == "person" and title_person(str(c.answer), title):
        return Reason.SUBJECT_ANSWER()
    if not title_words or len(title_words) > SHORT_TITLE:
        return None
    # Which of a story's two did it is a question, unless 'her home' says which ('the Ant').
    if pair_question(c, title):
        return None
    if set(answer.split()) <= set(title_words) or answer == " ".join(title_words):
        return Reason.SUBJECT_ANSWER()
    # 'Marrakesh or Marrakech' under 'Marrakesh': one of the answer's two spellings is the title's
    if any(set(part.split()) <= set(title_words) for part in answer.split(" or ") if " or " in answer):
        return Reason.SUBJECT_ANSWER()
    return None


def subject_home(c: Candidate, title: str) -> Why | None:
    """'Venice lies in the northeast of ____' in an article titled 'Venice': the country or
    continent everyone knows the article's own city is in is no fact to test."""
    from quizgen.generate.resolve.gazetteer import canonical, home_of

    if c.type == "true_false" or c.kind not in ("country", "continent", "place", "location", ""):
        return None
    subject = re.sub(r"\s*[:(].*", "", title).strip()
    answer = canonical(str(c.answer))
    if len(subject.split()) <= SHORT_TITLE and answer in home_of(subject):
        return Reason.SUBJECT_HOME(str(c.answer), subject)
    # 'The Sydney Opera House is one of the most visited places in ____' -> Australia: a city the
    # prompt names, alone or opening a longer name, says the country.
    for run in CAPITALISED_RUN.findall(c.prompt.replace(BLANK, " ")):
        run = run.removeprefix("The ")
        for city in {run, run.split()[0]}:
            if answer in home_of(city):
                return Reason.HOME_IN_PROMPT(str(c.answer), city)
    return None


CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}")


# 'of ____' too: 'the ruling dynasty of ____' in an article set in China asks what every reader knows.
LOCATIVE = re.compile(r"(?i)\b(in|across|throughout|around|all over|up and down|of)( the)?\s*$")
SETTING_MENTIONS = 3  # a country the article names this often, and more than any other, is its setting


def setting_place(c: Candidate, reg: Registry) -> Why | None:
    """'Ten million people gathered in streets up and down ____' -> Britain, in an article about
    Britain: the country the whole article happens in (named most, and often) is no fact to test,
    nor the city a whole story happens in ('In which city does the witness live?' -> Paris);
    nor is 'Earth' ('the opposite side of the ____')."""
    if c.type == "true_false":
        return None
    answer = str(c.answer)
    if answer.removeprefix("the ").casefold() in vet_data()["trivial_answers"]:
        return Reason.SETTING_PLACE(answer)
    # Only where the country is the place things happen ('in', 'across', 'up and down' ____), not
    # where it acts or is acted on ('Li Qiang urged ____ to join'): a participant is a fact.
    before = c.prompt.partition(BLANK)[0] if BLANK in c.prompt else ""
    where = LOCATIVE.search(before) if before else re.match(r"(?i)(in|across|from|to) which (country|city)\b", c.prompt)
    if c.kind not in ("country", "city") or not where:
        return None
    forms = {answer, *aliases_of(answer)}
    counts = {}
    for name in reg.names_of_kind(c.kind):
        key = answer if name in forms else name
        counts[key] = counts.get(key, 0) + reg.counts[name]
    top = max(counts, key=counts.get, default=None)
    if top == answer and counts[answer] >= SETTING_MENTIONS and list(counts.values()).count(counts[answer]) == 1:
        return Reason.SETTING_PLACE(answer)
    return None


PLACE_THEN_BLANK = re.compile(r"\b[A-Z][\w.'-]+, " + re.escape(BLANK) + r"(?:,|$|\.)")


def region_after_place(c: Candidate) -> Why | None:
    """'around Fredericton, ____, about 200 miles away' -> New Brunswick: the region written after a
    place only says where that place is; the place is the fact."""
    if c.type != "fill_in" or c.kind not in ("city", "country", "place", "region", "state"):
        return None
    m = PLACE_THEN_BLANK.search(c.prompt)
    return Reason.HOME_IN_PROMPT(str(c.answer), m.group(0).split(",")[0]) if m else None


DOMINANT_MENTIONS = 5  # a name said this often, and twice as often as any other, is what the article is about
DOMINANT_MARGIN = 2
DOMINANT_RIVAL = 3  # another name of its kind said this often makes 'which one' a question


def dominant_answer(c: Candidate, reg: Registry) -> Why | None:
    """'Like other countries, even ____ used coins' -> China, in a history of Chinese paper money; the
    girl's name in a story about her alone: the name the whole article is about (said at least five
    times, with its short forms and people's adjective, and twice as often as any other) is the
    answer a reader guesses without knowing the fact."""
    if c.type == "true_false":
        return None
    answer = str(c.answer)
    forms = reg.aliases(answer) | aliases_of(answer) | {answer}
    adjectives = demonyms_of(answer) | {d for a in aliases_of(answer) for d in demonyms_of(a)}
    grouped, ranked = reg.memo("dominance", lambda: _mention_totals(reg))
    keys = forms | {reg.full(f) for f in forms}
    mine = sum(grouped.get(k, 0) for k in keys) + sum(reg.counts.get(a.title(), 0) for a in adjectives)
    if mine < DOMINANT_MENTIONS:
        return None
    kind = reg.kind(answer)
    def other(n: str) -> bool:
        return n not in keys and reg.full(n) not in keys and n.casefold() not in adjectives

    others = next((count for n, count in ranked if other(n)), 0)
    rival = next((count for n, count in ranked if other(n) and kind and reg.kind(n) == kind), 0)
    # 'Which country ...?' between Mongolia and China, both named often, is a question
    if mine >= DOMINANT_MENTIONS and mine >= DOMINANT_MARGIN * others and rival < DOMINANT_RIVAL:
        return Reason.DOMINANT_ANSWER(answer)
    return None


def _mention_totals(reg: Registry) -> tuple[dict[str, int], list[tuple[str, int]]]:
    """Mentions under each full name, and every name by its own mentions, most first: built once per
    article, so the check costs the same on a long article's thousands of names."""
    grouped: Counter = Counter()
    for name, count in reg.counts.items():
        grouped[reg.full(name)] += count
    return dict(grouped), sorted(reg.counts.items(), key=lambda x: -x[1])


TITLE_MINOR = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by", "with"}


def title_giveaway(c: Candidate, title: str, reg: Registry) -> Why | None:
    """'Which country did the English players praise?' -> Spain, under 'Spain beat England in the
    final': the one name of its kind the headline says that the prompt does not already use (nor
    its people's adjective) is known before the first question. Under 'China urges Mongolia to
    join', which of the two did something is still a question."""
    answer = str(c.answer)
    if c.type == "true_false" or not answer[:1].isupper() or not title:
        return None
    if pair_question(c, title):
        return None
    said = {loose_key(w) for w in words(title)} - TITLE_MINOR
    if not _in_title(answer, said):
        return None
    prompt = {loose_key(w) for w in words(c.prompt.replace(BLANK, " "))}
    kind = reg.kinds.get(answer) or c.kind
    others = [n for n, k in reg.kinds.items() if k == kind and n != answer and n not in aliases_of(answer)
              and not set(n.split()) <= set(answer.split()) and _in_title(n, said) and not _in_title(n, prompt)]
    return None if others else Reason.TITLE_GIVES_AWAY(answer)


def _in_title(name: str, said: set[str]) -> bool:
    """The name, one of its other names, or its people's adjective is among the `said` words."""
    forms = [name, *aliases_of(name)]
    for form in forms:
        names = [loose_key(w) for w in words(form) if w[:1].isupper() and loose_key(w) not in TITLE_MINOR]
        if names and all(n in said for n in names):
            return True
    return bool(said & {loose_key(d) for f in forms for d in demonyms_of(f)})


FAMILY_GIVEAWAY = re.compile(r"\b(First Lady|First Gentleman|his wife|her husband|his widow|her widower)\s+[A-Z]")


def family_giveaway(c: Candidate) -> Why | None:
    """'US President ____ watched ... alongside First Lady Melania': a person's spouse named in the
    prompt, or another part of the answer's own name ('Orville ____' for 'Wilbur Wright'), gives
    the person away."""
    if c.type == "true_false" or c.kind != "person":
        return None
    m = FAMILY_GIVEAWAY.search(c.prompt)
    if m:
        return Reason.FAMILY_GIVEAWAY(m.group(0)[:-1].strip())
    parts = [w for w in str(c.answer).split() if len(w) > 2 and w[:1].isupper()]
    said = set(re.findall(r"[A-Z][\w'-]+", c.prompt.replace(BLANK, " ")))
    shared = [w for w in parts if w in said] if len(parts) > 1 else []
    return Reason.FAMILY_GIVEAWAY(shared[0]) if shared else None


def stem_giveaway(c: Candidate) -> Why | None:
    """A prompt word of the answer's stem or a derived form ('ferrous', 'rusting' for iron)."""
    if c.type == "true_false":
        return None
    derived = vet_data()["derived_forms"]
    # Capitalised words are names: the lint's answer-in-prompt weighs those ('Germans' for Germany).
    prompt_words = [w.casefold() for i, w in enumerate(words(c.prompt.replace(BLANK, " ")))
                    if i == 0 or not w[:1].isupper()]
    units = set(vet_data()["unit_words"])
    for a in words(str(c.answer)):
        low = a.casefold()
        if len(low) < 4 or not low.isalpha() or low in units:
            continue
        stem = low[:max(5, len(low) - 3)]
        forms = set(derived.get(low, ()))
        for w in prompt_words:
            if (len(low) >= 5 and w.startswith(stem)) or w in forms or any(w.startswith(f) for f in forms):
                return Reason.STEM_GIVEAWAY(w)
    for a in words(str(c.answer)):
        for w in words(c.prompt.replace(BLANK, " ")):
            if len(a) < 5 or len(w) <= len(a) or not a[:1].isupper():
                continue
            if c.kind == "person" and w.startswith(a) and w[len(a)].islower():
                return Reason.STEM_GIVEAWAY(w)  # 'Adansonia digitata' -> Michel Adanson: a name made from his
            if w.islower() and a.casefold() in w and not w.startswith(a.casefold()):
                return Reason.STEM_GIVEAWAY(w)  # 'The axolotl refers to the god ____' -> Xolotl: inside a common word
    return None


def rare_spellings(texts: list[str]) -> dict[str, str]:
    """Capitalised words the article spells another way far more often: {'Artistotle': 'Aristotle'}."""
    counts = Counter(w for t in texts for w in CAPITALISED.findall(t))
    buckets: dict[tuple[str, int], list[str]] = {}
    for w in counts:
        buckets.setdefault((w[0], len(w)), []).append(w)
    out = {}
    for w, n in counts.items():
        near = [o for d in (-1, 0, 1) for o in buckets.get((w[0], len(w) + d), ())]
        best = max((o for o in near if counts[o] >= max(2, 2 * n) and _close(w, o)), key=counts.get, default=None)
        if best:
            out[w] = best
    return out


def _close(a: str, b: str) -> bool:
    """One or two letters apart (a typo), and plainly not another word."""
    if a == b or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        # Two letters swapped ('Aristolte'); one letter changed is as often another name ('Greece', 'Greene').
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = sorted((a, b), key=len)
    # A letter more at the end is another form ('Mongolian', 'Americans'), not a typo.
    return any(long[:i] + long[i + 1:] == short for i in range(len(long) - 1))


def rare_spelling(c: Candidate, rare: dict[str, str]) -> Why | None:
    """A name the article spells another way far more often ('Artistotle' once, 'Aristotle' often)."""
    for w in CAPITALISED.findall(f"{c.prompt} {c.answer if c.type != 'true_false' else ''}"):
        if w in rare:
            return Reason.RARE_SPELLING(w, rare[w])
    return None
