"""Who a name is, from an appositive: "Li Qiang, the Chinese premier, met ..." -> "Who is the
Chinese premier?" (Li Qiang, with the article's other people as options; a fill-in without three).
Only "the ..." descriptions that say which one: "a British scientist" has many right answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.generate.ask.common import answer_of, finish, mentions, Answer
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.fill_in import BLANK, MIN_WORDS
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.options.distractors import distractors_for
from quizgen.generate.options.phrases import MAX_WORDS, MODIFIERS, QUANTIFIERS
from quizgen.generate.reasons import Reason
from quizgen.generate.resolve.registry import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Token

WHO = {"person": "Who", "org": "Which organization", "company": "Which company", "country": "Which country",
       "city": "Which city"}
PRONOUNS = {"PRP", "PRP$", "WP", "WDT", "EX"}


def described_name(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A question asking which name an appositive describes, once per sentence (from its main clause)."""
    if ctx.clause.kind != "main":
        return
    for desc in (t for t in ctx.sentence if t.dep_ == "appos" and t.pos_ == "NOUN"):
        ent = entity_of(desc.head)
        if ent is None:
            continue  # a description of a common noun: nothing to ask "who" about
        found = answer_of(ent, ctx.clause, ctx.reg) if ctx.clause.has(ent) else None
        if not isinstance(found, Answer) or found.kind not in WHO:
            continue
        words = [t for t in desc.subtree if not (t.is_punct and t.i == desc.right_edge.i)]
        text = " ".join(t.text for t in words)
        why = _unfit(desc, words)
        if why is not None:
            yield ctx.skip("described_name", why, what=ctx.text)
            continue
        root = ctx.sentence.root
        past = root.tag_ == "VBD" or any(c.tag_ == "VBD" for c in root.children if c.dep_ in ("aux", "auxpass"))
        be = "was" if past else "is"  # the description holds at the time the sentence tells of
        text = text[0].lower() + text[1:]
        prompt = finish(f"{WHO[found.kind]} {be} {text}", "?")
        cand = Candidate(rule="described_name", type="multiple_choice", prompt=prompt, answer=found.text,
                         accept=found.accept, context=ctx.text, sentence_index=ctx.index, kind=found.kind,
                         fact=f"{found.text.lower()}|described|{ctx.index}", beside=True)
        shared = {w.lower() for w in found.text.split() if len(w) > 2} & {w.lower().strip("?,") for w in prompt.split()}
        if mentions(prompt, found, ctx.reg) or shared:  # "the son of Jomo Kenyatta" -> Uhuru Kenyatta
            cand.drop(Reason.GIVEN_AWAY_IN_QUESTION())
            yield cand
            continue
        cand.distractors = distractors_for(found.text, found.kind, ctx.reg, ctx.reg.names_in(prompt))
        if len(cand.distractors) >= 3:
            yield cand
            continue
        fill = finish(f"{BLANK} {be} {text}")
        if len(fill.split()) < MIN_WORDS:
            yield cand.drop(Reason.TOO_FEW_DISTRACTORS(found.kind))
            continue
        yield Candidate(rule="described_name_fill_in", type="fill_in", prompt=fill, answer=found.text,
                        accept=found.accept, context=ctx.text, sentence_index=ctx.index, kind=found.kind,
                        fact=cand.fact, beside=True)


def _unfit(desc: "Token", words: list["Token"]):
    """Why the description does not pick out one name, or None."""
    if desc.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in desc.head.children):
        # 'Ann Lark and Tom Reed, the founders of ...': the description is of both, not of one
        return Reason.DESCRIPTION_OF_SEVERAL(" ".join(t.text for t in words))
    det = next((c for c in desc.children if c.dep_ in ("det", "poss")), None)
    if det is None or det.lower_ in ("a", "an") or det.lower_ in QUANTIFIERS:
        return Reason.DESCRIPTION_NOT_UNIQUE(" ".join(t.text for t in words))  # "a British scientist"
    if det.tag_ in PRONOUNS or any(t.tag_ in PRONOUNS for t in words):
        return Reason.PRONOUN_IN_PHRASE(next(t.text for t in words if t.tag_ in PRONOUNS), " ".join(t.text for t in words))
    if not any(c.dep_ in MODIFIERS for c in desc.children) or len(words) > MAX_WORDS + 2:
        return Reason.DESCRIPTION_NOT_UNIQUE(" ".join(t.text for t in words))  # "the librarian": of what?
    return None
