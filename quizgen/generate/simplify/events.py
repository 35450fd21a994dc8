"""Clauses from events named by a noun: "Li spoke during a meeting with Oyun-Erdene in Bishkek"
also says "Li met Oyun-Erdene in Bishkek", a fact that stands alone even when the main clause
("Li conveyed this message") does not."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.simplify.clauses import Clause, clause_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The event happened (not "before a meeting", which may never have taken place).
EVENT_PREPS = {"during", "at", "after", "in", "on"}


@lru_cache(maxsize=1)
def event_nouns() -> dict[tuple[str, str], tuple[str, str]]:
    """(noun, participant preposition) -> (past-tense words that replace them, their base form)."""
    return {(noun, prep): (past, base) for noun, prep, past, base in data.rows("event_nouns.tsv")}


def event_clauses(sent: "Span") -> list[Clause]:
    """One clause per event noun on the main verb of a past-tense sentence whose subject is named."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or root.tag_ != "VBD" or subj.i > root.i:
        return []
    keep = clause_tokens(root)
    out = []
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in EVENT_PREPS:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        clause = _event_clause(noun, subj, keep) if noun is not None else None
        if clause is not None:
            out.append(clause)
    return out


def _event_clause(noun: "Token", subj: "Token", keep: set[int]) -> Clause | None:
    nouns = event_nouns()
    part = next((c for c in noun.children if c.dep_ == "prep" and (noun.lower_, c.lower_) in nouns
                 and any(g.dep_ == "pobj" for g in c.children)), None)
    if part is None:
        return None
    if any(c.dep_ == "compound" for c in noun.children):
        return None  # "a phone call with": the compound would have to fold into the verb; rare
    # The event's own words, without its determiner and adjectives ("a brief meeting").
    ids = {t.i for t in subj.subtree} | {noun.i} | {t.i for c in noun.children if c.i > noun.i for t in c.subtree}
    ids &= keep
    tokens = [t for t in noun.doc[subj.left_edge.i:noun.right_edge.i + 1] if t.i in ids]
    past, base = nouns[(noun.lower_, part.lower_)]
    return Clause(verb=noun, tokens=tokens, subst={noun.i: past, part.i: ""}, kind="event",
                  subject_ids=[t.i for t in subj.subtree if t.i in ids], base_verb=base)
