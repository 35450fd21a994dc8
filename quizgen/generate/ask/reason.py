"""Fill-ins over a stated reason, purpose, result or means: "The road was closed because ____."
(heavy rain flooded the valley), "... in order to ____.", "... due to ____.", "... led to ____.",
"... by ____." (sharing one tractor). Only explicit markers count: a cause the reader must infer
is not asked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.generate.ask.common import finish
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.fill_in import BLANK, MIN_WORDS
from quizgen.generate.ask.wh_question import keeps_capital
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.reasons import Reason

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_ANSWER = 8
MAX_PROMPT = 30
PRONOUNS = {"PRP", "PRP$", "WP", "WDT", "EX"}
TIME_ENTS = {"DATE", "TIME"}


def reason_or_means(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A fill-in over each explicitly marked reason, purpose, result or means of the clause's verb,
    or why it is not asked."""
    clause = ctx.clause
    inside = {t.i for t in clause.tokens}
    for what, marker, ids in _marked(clause.verb):
        ids = _named_part(clause.sent.doc, ids) & inside
        if not ids or ids & set(clause.subst):
            continue  # the phrase belongs to another clause of the sentence, or was rewritten
        doc = clause.sent.doc
        words = [doc[i] for i in sorted(ids)]
        answer = " ".join(t.text for t in words if not t.is_punct or t.text in "-'").replace(" '", "'")
        pronoun = next((t for t in words if t.tag_ in PRONOUNS), None)
        if pronoun is not None:
            yield ctx.skip("reason_or_means", Reason.PRONOUN_IN_REASON(pronoun.text, marker))
            continue
        if len(words) > MAX_ANSWER or sorted(ids) != list(range(min(ids), max(ids) + 1)):
            yield ctx.skip("reason_or_means", Reason.REASON_TOO_LONG(marker, len(words)))
            continue
        first = min(ids)
        top = _top(doc[first], clause.verb)
        if top.left_edge.i < clause.verb.i and top.i < clause.verb.i:
            # "As a result of X, the depression remained weak" is asked as "The depression remained
            # weak as a result of ____." (a prompt opening with the marker reads as a dangling connective)
            fronted = {t.i for t in top.subtree} | {t.i for t in clause.tokens if t.i == top.right_edge.i + 1 and t.text == ","}
            rest = clause.render(skip=fronted)
            opening = min(t.i for t in clause.tokens if t.i not in fronted)
            if not keeps_capital(doc[opening]):
                rest = rest[:1].lower() + rest[1:]
            prompt = finish(f"{rest.rstrip(' .!?')} {marker} {BLANK}")
        else:
            prompt = finish(clause.render(replace={first: BLANK, **{i: "" for i in ids if i != first}}))
        n = len(prompt.split())
        cand = Candidate(rule=f"reason_or_means_{what}", type="fill_in", prompt=prompt, answer=answer,
                         context=ctx.text, sentence_index=ctx.index, kind=what,
                         fact=f"{answer.lower()}|{clause.verb.lemma_}|{ctx.index}")
        if n < MIN_WORDS or n > MAX_PROMPT or prompt.count(BLANK) != 1:
            cand.drop(Reason.REASON_SENTENCE_SIZE(n))
        elif len(words) * 2 > n + len(words) - 1:
            cand.drop(Reason.BLANK_TOO_LONG())
        yield cand


def _marked(verb: "Token") -> Iterator[tuple[str, str, set[int]]]:
    """(what it is, the marker, the ids of the phrase it marks) for each marked reason of the verb."""
    for c in verb.children:
        marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
        if c.dep_ == "advcl" and marks == ["because"]:
            yield "reason", "because", _sub(c, exclude={m.i for m in c.children if m.dep_ == "mark"})
        elif c.dep_ == "advcl" and marks == ["since"] and _causal_since(verb, c):
            yield "reason", "since", _sub(c, exclude={m.i for m in c.children if m.dep_ == "mark"})
        elif c.dep_ == "advcl" and marks == ["so", "as"] and any(a.lower_ == "to" for a in c.children):
            yield "purpose", "so as to", _sub(c, exclude={m.i for m in c.children if m.dep_ == "mark" or m.lower_ == "to"})
        elif c.dep_ == "prep" and c.lower_ == "because" and any(o.lower_ == "of" for o in c.children):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)  # 'because of X': X hangs on 'because'
            if obj is not None:
                yield "reason", "because of", _sub(obj)
        elif c.dep_ == "prep" and c.lower_ == "owing":
            to = next((t for t in c.children if t.lower_ == "to"), None)
            obj = next((o for o in to.children if o.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                yield "reason", "owing to", _sub(obj)
        elif c.dep_ == "advcl" and marks == ["so", "that"]:
            yield "purpose", "so that", _sub(c, exclude={m.i for m in c.children if m.dep_ == "mark"})
        elif c.dep_ == "prep" and c.lower_ == "in":
            order = next((o for o in c.children if o.dep_ == "pobj" and o.lower_ == "order"), None)
            act = next((a for a in order.children if a.dep_ == "acl"), None) if order is not None else None
            if act is not None:
                yield "purpose", "in order to", _sub(act, exclude={a.i for a in act.children if a.lower_ == "to"})
        elif c.dep_ == "prep" and c.lower_ == "due":
            to = next((t for t in c.children if t.lower_ == "to"), None)
            obj = next((o for o in (to.children if to is not None else c.children) if o.dep_ == "pobj"), None)
            if obj is not None:
                yield "reason", "due to", _sub(obj)
        elif c.dep_ == "prep" and c.lower_ == "as":
            result = next((o for o in c.children if o.dep_ == "pobj" and o.lower_ == "result"), None)
            of = next((p for p in result.children if p.lower_ == "of"), None) if result is not None else None
            obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            if obj is not None:
                yield "reason", "as a result of", _sub(obj)
        elif c.dep_ == "prep" and c.lower_ == "to" and verb.lemma_ == "lead":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                yield "result", "led to", _sub(obj)
        elif c.dep_ == "prep" and c.lower_ == "by":
            means = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if means is not None:
                yield "means", "by", _sub(means)


CALLED = {"call", "name", "know"}


def _named_part(doc, ids: set[int]) -> set[int]:
    """'a phenomenon called Rayleigh scattering': the name is the key term; the words before it
    stay in the prompt ('... because of a phenomenon called ____.')."""
    for i in sorted(ids):
        t = doc[i]
        if t.dep_ == "acl" and t.lemma_ in CALLED and t.tag_ == "VBN":
            named = next((c for c in t.children if c.dep_ in ("oprd", "attr", "dobj")), None)
            if named is None and t.lemma_ == "know":  # 'known as X'
                as_ = next((c for c in t.children if c.lower_ == "as"), None)
                named = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
            if named is not None and {x.i for x in named.subtree} <= ids:
                return {x.i for x in named.subtree}
    return ids


def _top(tok: "Token", verb: "Token") -> "Token":
    """The child of the verb whose phrase holds `tok` (the marker's own phrase)."""
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _sub(tok: "Token", exclude: set[int] = frozenset()) -> set[int]:
    """The ids of the token's phrase, less the marker words and trailing punctuation."""
    ids = {t.i for t in tok.subtree} - set(exclude)
    doc = tok.doc
    while ids and doc[max(ids)].is_punct:
        ids.discard(max(ids))
    return ids


def _causal_since(verb: "Token", clause_verb: "Token") -> bool:
    """'since' gives a reason, not a starting time: no perfect tense ('has lived there since ...'),
    no date or time in the clause it marks."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    timed = any(t.ent_type_ in TIME_ENTS for t in clause_verb.subtree)
    return not perfect and not timed and clause_verb.tag_ != "VBG"
