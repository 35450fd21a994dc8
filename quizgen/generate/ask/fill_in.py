"""Fill-in questions: the clause, standing alone, with one blank over a key term."""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.generate.ask.common import finish, mentions
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.candidate import Candidate
from quizgen.generate.reasons import Reason

BLANK = "____"
QUOTES = ('"', "\u201c", "\u201d")
MIN_WORDS, MAX_WORDS = 6, 30  # raters call a blank in a 35-word sentence overlong


def fill_in_over_entity(ctx: ClauseContext) -> Iterator[Candidate]:
    """A fill-in over the answer in the clause (dropped, with the reason, when it is no fair one)."""
    clause, answer, reg = ctx.clause, ctx.answer, ctx.reg
    repl = {answer.start: BLANK, **{i: "" for i in range(answer.start + 1, answer.end)}}
    prompt = finish(clause.render(replace=repl))
    cand = Candidate(rule="fill_in_over_entity", type="fill_in", prompt=prompt, answer=answer.text,
                     accept=answer.accept, context=ctx.text, sentence_index=ctx.index, kind=answer.kind,
                     fact=f"{answer.text.lower()}|{clause.verb.lemma_}|{ctx.index}")
    words = len(prompt.split())
    if sum(answer.text.count(q) for q in QUOTES) % 2:
        cand.drop(Reason.HALF_QUOTED(answer.text))  # '"Mona Lisa' keyed, the closing mark left in the prompt
    elif _inside_quoted_title(ctx):
        cand.drop(Reason.PART_OF_QUOTED_TITLE(answer.text))  # '"The ____"' for "The Last Supper"
    elif prompt.count(BLANK) != 1:
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


def _inside_quoted_title(ctx: ClauseContext) -> bool:
    """The answer starts inside a quotation, after some of its words ('"The Last Supper"' -> 'Last Supper')."""
    doc, start = ctx.clause.sent.doc, ctx.answer.start
    sent_start = ctx.clause.sent.start
    marks = sum(t.text in QUOTES for t in doc[sent_start:start])
    return marks % 2 == 1 and start > 0 and doc[start - 1].text not in QUOTES
