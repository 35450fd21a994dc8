"""Fill-in questions: the clause, standing alone, with one blank over a key term."""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.generate.ask.common import finish, mentions
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.candidate import Candidate
from quizgen.generate.reasons import Reason

BLANK = "____"
MIN_WORDS, MAX_WORDS = 6, 38


def fill_in_over_entity(ctx: ClauseContext) -> Iterator[Candidate]:
    """A fill-in over the answer in the clause (dropped, with the reason, when it is no fair one)."""
    clause, answer, reg = ctx.clause, ctx.answer, ctx.reg
    repl = {answer.start: BLANK, **{i: "" for i in range(answer.start + 1, answer.end)}}
    prompt = finish(clause.render(replace=repl))
    cand = Candidate(rule="fill_in_over_entity", type="fill_in", prompt=prompt, answer=answer.text,
                     accept=answer.accept, context=ctx.text, sentence_index=ctx.index, kind=answer.kind,
                     fact=f"{answer.text.lower()}|{clause.verb.lemma_}|{ctx.index}")
    words = len(prompt.split())
    if prompt.count(BLANK) != 1:
        cand.drop(Reason.BLANK_NOT_ONCE())
    elif words < MIN_WORDS:
        cand.drop(Reason.TOO_LITTLE_AROUND_BLANK())
    elif words > MAX_WORDS:
        cand.drop(Reason.FILL_IN_TOO_LONG(words))
    elif mentions(prompt.replace(BLANK, " "), answer, reg):
        cand.drop(Reason.GIVEN_AWAY_IN_SENTENCE())
    elif len(answer.text.split()) * 2 > words:
        cand.drop(Reason.BLANK_TOO_LONG())
    yield cand
