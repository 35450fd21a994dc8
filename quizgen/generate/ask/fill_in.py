"""Fill-in questions: the clause, standing alone, with one blank over a key term."""

from __future__ import annotations

from quizgen.generate.candidate import Candidate
from quizgen.generate.simplify.clauses import Clause
from quizgen.generate.resolve.registry import Registry
from quizgen.generate.ask.common import Answer, finish, mentions

BLANK = "____"
MIN_WORDS, MAX_WORDS = 6, 38


def fill_in_over_entity(clause: Clause, answer: Answer, reg: Registry, index: int, context: str) -> Candidate:
    """A fill-in over `answer` in the clause, or a dropped candidate saying why not."""
    repl = {answer.start: BLANK, **{i: "" for i in range(answer.start + 1, answer.end)}}
    prompt = finish(clause.render(replace=repl))
    cand = Candidate(rule="fill_in_over_entity", type="fill_in", prompt=prompt, answer=answer.text,
                     accept=answer.accept, context=context, sentence_index=index, kind=answer.kind,
                     fact=f"{answer.text.lower()}|{clause.verb.lemma_}|{index}")
    words = len(prompt.split())
    if prompt.count(BLANK) != 1:
        return cand.drop("the blank could not be placed once")
    if words < MIN_WORDS:
        return cand.drop("too little sentence around the blank to determine the answer")
    if words > MAX_WORDS:
        return cand.drop(f"sentence too long for a fill-in ({words} words)")
    if mentions(prompt.replace(BLANK, " "), answer, reg):
        return cand.drop("answer given away (it appears elsewhere in the sentence)")
    if len(answer.text.split()) * 2 > words:
        return cand.drop("blank longer than half the sentence")
    return cand
