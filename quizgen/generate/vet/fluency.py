"""A fluent question: one well-formed sentence or question, checked by its wording (patterns in
data/vet.json) and by parsing the rendered question again."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, compiled, vet_data
from quizgen.generate.vet.shapes import joined_clause

if TYPE_CHECKING:
    from spacy.language import Language

    from quizgen.generate.candidate import Candidate

FINITE = {"VBD", "VBZ", "VBP", "MD"}


def leading_connective(prompt: str) -> Why | None:
    """A prompt that opens with a connective ('And', 'In particular', 'Despite this') leans on what
    came before it."""
    low = prompt.strip().lower()
    for phrase, pattern in _connectives():
        if pattern.match(low):
            return Reason.LEADING_CONNECTIVE(prompt.strip()[:len(phrase)])
    return None


@lru_cache(maxsize=1)
def _connectives() -> list[tuple[str, re.Pattern]]:
    """Each leading connective of vet.json with its pattern, compiled once (checked per candidate)."""
    return [(phrase, re.compile(re.escape(phrase) + r"\b")) for phrase in vet_data()["leading_connectives"]]


COURTESY = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?=[A-Z][\w'-]+\s+[A-Z][\w'-]+)")
COURTESY_BLANK = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?=____)")


def without_courtesy_title(prompt: str, answer: str) -> str:
    """'Mr Feroz Abbasi' -> 'Feroz Abbasi' (news style before a full name; a quiz names people in
    full without it); 'Mr ____' loses it too when the answer is a full name."""
    prompt = COURTESY.sub("", prompt)
    if len(answer.split()) > 1:
        prompt = COURTESY_BLANK.sub("", prompt)
    return prompt[:1].upper() + prompt[1:]


def wording_problem(prompt: str) -> Why | None:
    """The first wording pattern the prompt matches (a list marker, an all-caps run, ...), named."""
    problem = leading_connective(prompt)
    if problem:
        return problem
    for name, pattern in vet_data()["fluency_patterns"].items():
        if compiled(pattern).search(prompt):
            return Reason.NOT_FLUENT(name)
    return None


def rendered(c: Candidate) -> str:
    """The question as a reader would complete it: a fill-in with its answer in the blank."""
    return c.prompt.replace(BLANK, str(c.answer), 1) if c.type == "fill_in" else c.prompt


# What parsed_problem reads: tags, parts of speech (the attribute ruler's), dependencies and
# sentences; the lemmatizer and the entity recogniser would only cost time.
REPARSE_DISABLED = ("lemmatizer", "ner")
AHEAD = 16  # candidates re-parsed ahead in one batch when the selection asks about one


class ParseCheck:
    """The re-parse of written questions, each distinct text parsed once (an article that repeats
    itself words many questions alike), in batches with the model already loaded."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.disabled = [name for name in REPARSE_DISABLED if name in nlp.pipe_names]
        self.problems: dict[str, Why | None] = {}

    def _parse(self, texts: Iterable[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self.problems]
        for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=64, disable=self.disabled)):
            self.problems[text] = parsed_problem(doc)

    def all(self, cands: list[Candidate]) -> list[Why | None]:
        """Per candidate, why its re-parsed question is not one well-formed sentence, or None."""
        texts = [rendered(c) for c in cands]
        self._parse(texts)
        return [self.problems[t] for t in texts]

    def __call__(self, c: Candidate, after: Iterable[Candidate]) -> Why | None:
        """The same for one candidate about to be kept, parsing the next few in the same batch
        (a selection's `accept`: only the questions that survive everything else are parsed)."""
        text = rendered(c)
        if text not in self.problems:
            self._parse([text, *(rendered(a) for a in itertools.islice(after, AHEAD))])
        return self.problems[text]


def parse_problems(cands: list[Candidate], nlp: Language) -> list[Why | None]:
    """Per candidate, why its re-parsed question is not one well-formed sentence, or None."""
    return ParseCheck(nlp).all(cands)


def parsed_problem(doc) -> Why | None:
    """No verb at all, or a root that is not a verb in a sentence without a finite verb: a fragment;
    or a wh-question over one of two joined clauses with their own subjects.
    (The small model misreads some sound sentences; only what it cannot read as a clause is dropped.)"""
    if joined_clause(doc):
        return Reason.JOINED_CLAUSE()
    if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in doc):
        return Reason.NO_VERB_REPARSED()
    roots = [s.root for s in doc.sents if len([t for t in s if not t.is_punct]) > 2]
    if not roots:
        return Reason.FRAGMENT_REPARSED()
    verbal = any(r.pos_ in ("VERB", "AUX") or r.tag_.startswith("VB")
                 or any(c.dep_ in ("cop", "aux", "auxpass") for c in r.children) for r in roots)
    if not verbal and not any(t.tag_ in FINITE for t in doc):
        return Reason.ROOT_NOT_VERB(roots[0].text)
    return None
