"""Which one the article ranks first: "Lagos is the largest city in Nigeria" (or "The largest city
in Nigeria is Lagos") -> "Which is the largest city in Nigeria?" with the article's other names of
the same kind as options. Never an option the article also calls the largest: with fewer than three
that are left, the fill-in over the name asks it instead."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from quizgen import data

from quizgen.generate.ask.common import Answer, finish, mentions
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.wh_question import subject_question
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.options.claims import rank_key, superlative
from quizgen.generate.options.distractors import distractors_for
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.simplify.clauses import tidy

WHO = {"person": "Who"}  # every other kind: 'Which is the largest ...?'
MAX_WORDS = 20
WHOLE = {"world", "universe", "galaxy"}  # 'in the world' says where without pointing back
PRONOUNS = {"PRP", "PRP$", "WP", "WDT", "EX"}


def ranked_name(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A multiple-choice question over the name a copula ranks ('the largest', 'the first'), or why not."""
    clause, answer, reg = ctx.clause, ctx.answer, ctx.reg
    found = superlative(clause.verb)
    if found is None:
        return
    named, desc = found
    if not answer.start <= named.i < answer.end:
        return
    if any(not answer.start <= t.i < answer.end and t.dep_ != "det" for t in named.subtree):
        yield ctx.skip("ranked_name", Reason.NOT_EXACT("ranked name"))  # 'Mount Kenya' is no 'Kenya'
        return
    if desc.lemma_.lower() not in ranked_heads().get(answer.kind, ()):
        yield ctx.skip("ranked_name", Reason.RANKED_AMONG_OTHERS(answer.text, answer.kind, desc.lemma_))
        return
    ids = {t.i for t in clause.tokens}
    words = [t for t in desc.subtree if not (t.is_punct and t.i == desc.right_edge.i)]
    desc_text = " ".join(t.text for t in words)
    bare = _bare(clause.verb, named, desc)  # 'X was the first woman to ...': nothing else to keep
    if not bare and any(t.i not in ids for t in words):
        yield ctx.skip("ranked_name", Reason.PHRASE_BROKEN(desc_text))  # a part cut off into another clause
        return
    back = next((t for t in words if _points_back(t)), None)
    if back is not None:
        yield ctx.skip("ranked_name", Reason.PHRASE_POINTS_BACK(f"the {back.text}"))  # 'the oldest in the region'
        return
    if any(t.tag_ in PRONOUNS for t in words):
        yield ctx.skip("ranked_name", Reason.PRONOUN_IN_PHRASE(next(t.text for t in words if t.tag_ in PRONOUNS), desc_text))
        return
    prompt = _question(ctx, answer, named, desc, words, bare)
    if isinstance(prompt, Why):
        yield ctx.skip("ranked_name", prompt)
        return
    cand = Candidate(rule="ranked_name", type="multiple_choice", prompt=prompt, answer=answer.text,
                     accept=answer.accept, context=ctx.text, sentence_index=ctx.index, kind=answer.kind,
                     fact=f"{answer.text.lower()}|{clause.verb.lemma_}|{ctx.index}", priority=0.4)
    if len(prompt.split()) > MAX_WORDS:
        yield cand.drop(Reason.QUESTION_TOO_LONG(len(prompt.split())))
        return
    if mentions(prompt, answer, reg):
        yield cand.drop(Reason.GIVEN_AWAY_IN_QUESTION())
        return
    # Only the article's own names (the compared ones), none the article also ranks the same way.
    claimed = {a for n in reg.superlatives.get(rank_key(desc), ()) for a in reg.aliases(n)}
    pool = distractors_for(answer.text, answer.kind, reg, reg.names_in(prompt) | claimed)
    cand.distractors = [d for d in pool if reg.kind(d) is not None]  # not a gazetteer's: the article compares
    if len(cand.distractors) < 3:
        cand.drop(Reason.TOO_FEW_UNRANKED(answer.kind, rank_key(desc)))
    yield cand


def _points_back(tok) -> bool:
    """'the region' in 'the oldest city in the region': which region the reader must look up."""
    dets = [c for c in tok.children if c.dep_ == "det"]
    return (tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.lower_ not in WHOLE and len(dets) == 1
            and dets[0].lower_ in ("the", "this", "that", "these", "those")
            and not any(c.dep_ not in ("det", "punct") for c in tok.children))


@lru_cache(maxsize=1)
def ranked_heads() -> dict[str, frozenset[str]]:
    """Kind -> the head nouns a name of that kind can be ranked among ('city' -> city, town, port ...)."""
    return {kind: frozenset(words.split()) for kind, words in data.rows("ranked_heads.tsv")}


def _bare(verb, named, desc) -> bool:
    """The sentence is the copula, the name and the description alone (no aux, negation, time or place)."""
    rest = [c for c in verb.children if c.i not in (named.i, desc.i) and not c.is_punct]
    return not rest


def _question(ctx: ClauseContext, answer: Answer, named, desc, words, bare: bool) -> str | Why:
    """'Which is the largest city in Nigeria?' from either order of the copula."""
    clause = ctx.clause
    wh = WHO.get(answer.kind, "Which")
    verb = clause.verb
    if named.dep_ == "nsubj" and not bare:
        return subject_question(clause, answer, "subject", {"subject": wh})
    if verb.i < min(named.i, desc.i) or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return Reason.NOT_EXACT("description")  # 'Is the largest ...' or 'The largest ... has been X'
    text = " ".join(t.text for t in words)
    return finish(tidy(f"{wh} {verb.text} {text[0].lower()}{text[1:]}"), "?")

