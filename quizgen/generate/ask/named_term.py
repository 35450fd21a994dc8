"""Fill-ins over the word a sentence says something is called: "Bats use a skill called
echolocation to find their way" -> "Bats use a skill called ____ to find their way." (echolocation);
"A group of owls is called a parliament" -> "... is called a ____." The article's own sentence
stands alone already; the blank is the term it names, which is what a reader should learn."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.generate.ask.common import finish
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.fill_in import BLANK, MAX_WORDS, MIN_WORDS
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.reasons import Reason

if TYPE_CHECKING:
    from spacy.tokens import Token

NAMING_VERBS = {"call", "name", "term", "dub"}  # '... called X', '... is termed X'
MAX_TERM_WORDS = 3
PRIORITY = 0.5  # a key term the article teaches: before a swapped name, after a stated date


def named_term(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A fill-in over the term after 'called', 'termed', 'known as' in the main clause, or why not."""
    if ctx.clause.kind != "main":
        return
    clause = ctx.clause
    kept = {t.i for t in clause.tokens}
    for verb in clause.tokens:
        term = _term_of(verb)
        if term is None or term.i not in kept:
            continue
        words = [t for t in term.subtree if t.dep_ not in ("det", "punct")]
        if term.ent_type_ or any(t.ent_type_ for t in words):
            yield ctx.skip("named_term", Reason.NAMED_TERM_IS_NAME(term.text), what=ctx.text)
            continue
        if len(words) > MAX_TERM_WORDS or any(t.pos_ in ("PRON", "VERB") or t.is_punct for t in words):
            yield ctx.skip("named_term", Reason.NAMED_TERM_SHAPE(" ".join(t.text for t in words)), what=ctx.text)
            continue
        if any(t.i not in kept for t in words):
            continue
        answer = " ".join(t.text for t in words)
        if answer.lower() in clause.render().lower().replace(answer.lower(), "", 1):
            yield ctx.skip("named_term", Reason.TERM_GIVEN_AWAY(answer), what=ctx.text)
            continue
        first, rest = words[0].i, {t.i for t in words[1:]}
        prompt = finish(clause.render(replace={first: BLANK}, skip=rest))
        size = len(prompt.split())
        cand = Candidate(rule="named_term", type="fill_in", prompt=prompt, answer=answer, context=ctx.text,
                         sentence_index=ctx.index, kind="term", fact=f"{answer.lower()}|named", priority=PRIORITY)
        if not MIN_WORDS <= size <= MAX_WORDS:
            cand.drop(Reason.DEFINITION_SIZE(size))
        yield cand


def _term_of(verb: "Token") -> "Token | None":
    """The term a naming verb gives: 'called X' (X its object predicate), 'known as X'."""
    if verb.tag_ != "VBN":
        return None
    if verb.lemma_.lower() in NAMING_VERBS:
        return next((c for c in verb.children if c.dep_ == "oprd"), None)
    if verb.lemma_.lower() == "know":
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    return None
