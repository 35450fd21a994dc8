"""One fact, one question, deck-wide: no kept question's answer may stand in another kept
question's prompt or options (the `twin` lint, applied while the deck is chosen), and a
swapped-fact true/false only for a sentence nothing else asks about."""

from __future__ import annotations

from collections import defaultdict

from quizgen.deck.lint import same_name, variant_in
from quizgen.deck.lint_text import aliases_of, demonyms_of, loose_key, number_value_words, words
from quizgen.generate.candidate import Candidate
from quizgen.generate.reasons import Reason, Why

BLANK = "____"
STEM = 4  # words sharing their first four letters may be variants ('China'/'Chinese', 'decade'/'decades')


def wording(c: Candidate) -> str:
    """What a reader sees of a candidate besides its answer: the prompt and the wrong options."""
    return " ".join([c.prompt.replace(BLANK, " "), *c.distractors])


def _stems(text: str) -> set[str]:
    return {w.casefold()[:STEM] for w in words(text)}


def _answer_stems(answer: str) -> set[str]:
    """Stems a text must share with `answer` to give it away (its words, its other spelling as a
    number, its demonyms)."""
    out = _stems(answer)
    for alt in number_value_words(answer) | demonyms_of(answer) | aliases_of(answer):
        out |= _stems(alt)
    return out


def _asks(c: Candidate) -> str | None:
    """The answer a reader must not see elsewhere (none for a true/false)."""
    return None if c.type == "true_false" else str(c.answer)


def _is_acronym(answer: str) -> bool:
    return answer.isupper() and 2 <= len(answer) <= 6


QUALIFIERS = frozenset({"and", "the", "early", "late", "mid", "about", "around", "approximately", "nearly"})


def _answer_key(answer: str) -> frozenset[str]:
    """An answer as a set of words: 'Philips and Sony' is 'Sony and Philips', 'early August 14' is
    'August 14'."""
    return frozenset(loose_key(answer).split()) - QUALIFIERS


class FactGuard:
    """The kept questions' answers and wordings, indexed by word stem, so that checking one more
    candidate looks at a few kept questions, not all."""

    def __init__(self) -> None:
        self.texts: dict[str, list[str]] = defaultdict(list)      # stem -> kept wordings
        self.answers: dict[str, list[str]] = defaultdict(list)    # stem -> kept answers
        self.acronyms: list[str] = []                             # given away by initials: always checked
        self.sentences: dict[int, list[Candidate]] = defaultdict(list)
        self.asked: set[frozenset[str]] = set()                   # answers asked, as sets of words
        self.asked_names: list[str] = []                          # answers asked, as written

    def conflict(self, c: Candidate) -> Why | None:
        """Why `c` cannot join the kept questions, or None."""
        same = self.sentences.get(c.sentence_index, [])
        if c.rule == "swapped_fact" and same:
            return Reason.TF_SENTENCE_ASKED()
        if any(k.rule == "swapped_fact" for k in same):
            return Reason.SENTENCE_HAS_TF()
        text = wording(c)
        answer = _asks(c)
        if c.rule == "swapped_fact" and _answer_key(c.fact.split("|")[0]) in self.asked:
            # The statement swaps out an answer another question asks for: the same fact twice.
            return Reason.SAME_ANSWER_ASKED(c.fact.split("|")[0])
        if answer and _answer_key(answer) in self.asked:
            return Reason.SAME_ANSWER_ASKED(answer)
        named = next((a for a in self.asked_names if answer and same_name(answer, a)), None)
        if named:
            # 'Luis Urzúa' after 'Luis Alberto Urzúa': one person asked twice.
            return Reason.SAME_ANSWER_ASKED(named)
        if answer:
            stems = _answer_stems(answer)
            pool = {t for s in stems for t in self.texts.get(s, ())}
            if _is_acronym(answer):
                pool |= {t for ts in self.texts.values() for t in ts}
            for t in sorted(pool):  # in a fixed order: --explain says the same every run
                if variant_in(answer, t):
                    return Reason.TWIN_ANSWER_SHOWN(answer)
        mine = _stems(text)
        kept = {a for s in mine for a in self.answers.get(s, ())} | set(self.acronyms)
        for a in sorted(kept):
            variant = variant_in(a, text)
            if variant:
                return Reason.TWIN_GIVES_AWAY(a)
        return None

    def add(self, c: Candidate) -> None:
        """Keep `c`: its wording and answer now rule out others."""
        text = wording(c)
        for s in _stems(text):
            self.texts[s].append(text)
        answer = _asks(c)
        if answer:
            for s in _answer_stems(answer):
                self.answers[s].append(answer)
            if _is_acronym(answer):
                self.acronyms.append(answer)
            self.asked.add(_answer_key(answer))
            self.asked_names.append(answer)
        elif c.rule == "swapped_fact":
            self.asked.add(_answer_key(c.fact.split("|")[0]))
        self.sentences[c.sentence_index].append(c)
