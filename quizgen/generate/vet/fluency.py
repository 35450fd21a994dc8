"""A fluent question: one well-formed sentence or question, checked by its wording (patterns in
data/vet.json) and by parsing the rendered question again."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, compiled, vet_data
from quizgen.generate.vet.shapes import joined_clause

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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


SUBORDINATORS = {"after", "when", "while", "because", "although", "though", "whereas", "before", "until", "once"}
WORDS = re.compile(r"[\w$%£€.,'’-]+")


def joined_across_clause(c: Candidate) -> Why | None:
    """A fill-in whose words, found in order in the sentence, skip a subordinate clause between two
    of them: the prompt joined one clause's subject to another clause's verb ('Shares in ____ fell
    20% to $3.6bn' from 'Shares in Shell slumped 5% after earnings fell 20% to $3.6bn')."""
    if c.type != "fill_in" or not c.context:
        return None
    said = [w.strip(".,").lower() for w in WORDS.findall(c.prompt.replace(BLANK, str(c.answer), 1))]
    said = [w for w in said if w]
    ctx = [w.strip(".,").lower() for w in WORDS.findall(c.context)]
    at = 0
    for prev, word in zip([None, *said], said):
        try:
            found = ctx.index(word, at)
        except ValueError:
            return None  # the prompt was reworded: nothing to align
        gap = ctx[at:found] if prev is not None else []
        if len(gap) > 2 and SUBORDINATORS & set(gap):
            return Reason.JOINED_ACROSS_CLAUSE(next(w for w in gap if w in SUBORDINATORS))
        at = found + 1
    return None


def rendered(c: Candidate) -> str:
    """The question as a reader would complete it: a fill-in with its answer in the blank."""
    return c.prompt.replace(BLANK, str(c.answer), 1) if c.type == "fill_in" else c.prompt


def reparsed(cands: list[Candidate], nlp: Language) -> Iterator[tuple[Candidate, Doc]]:
    """Each candidate with its question as a reader would complete it, parsed again (in one batch,
    with the model already loaded). Each distinct text is parsed once, its candidates given
    together: an article that repeats itself words many questions alike (the Doc is only read)."""
    alike: dict[str, list[Candidate]] = {}
    for c in cands:
        alike.setdefault(rendered(c), []).append(c)
    for text, doc in zip(alike, nlp.pipe(alike, batch_size=64, disable=["ner"])):
        for c in alike[text]:
            yield c, doc


WH_ADVERBS = {"when", "where", "why", "how"}
AUXILIARIES = {"be", "have", "do", "will", "would", "can", "could", "shall", "should", "may", "might", "must"}


def inverted_verb(doc) -> str | None:  # noqa: ANN001 - a spaCy Doc
    """'When became twelve boys stranded ...?': a lexical verb straight after a question word that
    is not its subject (only an auxiliary may stand there)."""
    if len(doc) < 3 or not doc.text.rstrip().endswith("?"):
        return None
    first = doc[0]
    i = 1
    if first.lower_ in ("in", "on", "at", "since", "until", "by", "from") and doc[1].lower_ in ("which", "what"):
        i = 3  # 'In which year became ...'
    elif first.lower_ not in WH_ADVERBS:
        return None
    if i >= len(doc) or doc[i].lower_ in ("many", "much", "long", "far", "old", "often"):
        return None
    verb = doc[i]
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.lemma_.lower() not in AUXILIARIES:
        return verb.text
    return None


def many_singular(doc) -> str | None:  # noqa: ANN001 - a spaCy Doc
    """'How many calf per cycle ...?': 'How many' before a singular noun, the count's noun cut from
    its plural."""
    if len(doc) > 2 and doc[0].lower_ == "how" and doc[1].lower_ == "many" and doc[1].head.tag_ == "NN":
        return doc[1].head.text
    return None


def parsed_problem(doc) -> Why | None:
    """No verb at all, or a root that is not a verb in a sentence without a finite verb: a fragment;
    or a wh-question over one of two joined clauses with their own subjects.
    (The small model misreads some sound sentences; only what it cannot read as a clause is dropped.)"""
    if joined_clause(doc):
        return Reason.JOINED_CLAUSE()
    singular = many_singular(doc)
    if singular:
        return Reason.NOT_FLUENT(f"'How many' before a singular noun ('{singular}')")
    inverted = inverted_verb(doc)
    if inverted:
        return Reason.WH_WITHOUT_DO(inverted)
    if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in doc):
        return Reason.NO_VERB_REPARSED()
    roots = [s.root for s in doc.sents if len([t for t in s if not t.is_punct]) > 2]
    if not roots:
        return Reason.FRAGMENT_REPARSED()
    verbal = any(r.pos_ in ("VERB", "AUX") or r.tag_.startswith("VB")
                 or any(c.dep_ in ("cop", "aux", "auxpass") for c in r.children) for r in roots)
    if not verbal and not any(t.tag_ in FINITE for t in doc):
        return Reason.ROOT_NOT_VERB(roots[0].text)
    if not doc.text.rstrip().endswith("?") and not any(t.tag_ in FINITE for t in doc):
        # 'Great Barrier Reef long, in the Coral Sea, forming a breakwater for ____.': a participle
        # is no statement's verb
        return Reason.ROOT_NOT_VERB(roots[0].text)
    return None
