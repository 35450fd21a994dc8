"""Making a clause stand alone: full names for short ones, 'the company' as the one company just
before, and the checks that reject what cannot be resolved (demonstratives, stray pronouns); the
pronoun subjects are resolve/pronouns.py's."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.options.phrases import noun_class
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.simplify.clauses import SUBJECTS, Clause, agrees
from quizgen.generate.resolve.pronouns import ANY_PRONOUN, PERSON_PRONOUNS, is_title
from quizgen.generate.resolve.registry import Registry, strip_the
from quizgen.generate.simplify.sentences import quoted_tokens, sentence_ents

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEMONSTRATIVES = {"this", "these", "those", "such", "former", "latter"}
FIRST_SECOND_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
                       "you", "your", "yours", "yourself", "yourselves"}
FINITE = {"VBD", "VBZ", "VBP"}
ANAPHORIC_ADVERBS = {"there", "here", "thereafter", "thereby", "meanwhile"}


def expand_names(clause: Clause, reg: Registry) -> None:
    """Replace short person names with the article's full form ('Li' -> 'Li Qiang')."""
    for tok in clause.tokens:
        # A lone surname the parser missed as a name ("Merkel retired ...").
        if (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text in reg.full_names and tok.i not in clause.subst
                and not _after_the(tok)
                and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN")
                and not (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN")):
            clause.subst[tok.i] = reg.full_names[tok.text]
            clause.names.add(tok.i)
            _possessive_after(clause, tok.i + 1, reg.full_names[tok.text])
    for ent in sentence_ents(clause.sent):
        if not clause.has(ent):
            continue
        text = strip_the(ent.text)
        full = reg.full_names.get(text)
        if full and reg.kind(full) == "person" and _after_the(ent[0]):
            continue  # 'the Lewis and Clark Expedition', 'the Lincoln Memorial': a name's part, not the person
        if full and full != text and full not in clause.sent.text:
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            clause.subst[start] = full
            for i in range(start + 1, ent.end):
                clause.subst[i] = ""
            clause.names |= set(range(start, ent.end))
            _possessive_after(clause, ent.end, full)


def _after_the(tok: "Token") -> bool:
    """A capitalised word straight after 'the' ('the Lewis and Clark Expedition'): part of a name
    of a thing, which a person's full name would break."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"


def _possessive_after(clause: Clause, i: int, full: str) -> None:
    # "Mitsubishi's" written in full is "Mitsubishi Motors'", not "Mitsubishi Motors's".
    doc = clause.sent.doc
    if full.endswith("s") and i < len(doc) and doc[i].text in ("'s", "\u2019s"):
        clause.subst[i] = "'"


def resolved_subject(clause: Clause) -> tuple[str, str] | None:
    """The name a main clause's pronoun subject (or 'the boy') was resolved to, with its kind, to carry forward."""
    subj = clause.subject()
    role = resolved_role(clause)
    if clause.kind == "main" and role is not None:
        return role[2], "person"  # 'The boy' resolved to Sam: 'He' in the next sentence is Sam
    if clause.kind != "main" or len(subj) != 1 or subj[0].i not in clause.subst:
        return None
    name = clause.subst[subj[0].i]
    return name, ("person" if subj[0].lower_ in PERSON_PRONOUNS else "thing")


@lru_cache(maxsize=1)
def descriptions() -> dict[str, set[str]]:
    """'company' -> {'org'}: what a definite description may stand for."""
    return {noun: set(kinds.split(",")) for noun, kinds in data.rows("descriptions.tsv")}


def resolve_definite_subject(clause: Clause, recent: list["Span"], reg: Registry) -> None:
    """'The company opened a plant' -> 'Toyota opened a plant' when exactly one company was named
    in the sentence so far or the two before it, and it is the company the article names most;
    otherwise the description stays (and is asked as is)."""
    subj = clause.subject()
    if len(subj) != 2 or subj[0].lower_ != "the" or subj[1].pos_ != "NOUN" or subj[1].i in clause.subst:
        return
    kinds = descriptions().get(subj[1].lower_)
    if not kinds:
        _resolve_role(clause, subj, reg)
        return
    names: dict[str, "Span"] = {}
    ents = [e for sent in recent for e in sentence_ents(sent)]
    ents += [e for e in sentence_ents(clause.sent) if e.end <= subj[0].i]
    for ent in ents:
        name = reg.full(ent.text)
        if reg.kind(name) in kinds:
            names[name] = ent
    if len(names) != 1:
        return
    name, ent = next(iter(names.items()))
    # ... and only the article's main one of its kind: "Shares of RIM fell on the Nasdaq. The
    # company ..." is about RIM, though the Nasdaq was named last.
    if not any(reg.names_of_kind(k)[:1] == [name] for k in kinds):
        return
    the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" or ent[0].lower_ == "the"
    clause.subst[subj[0].i] = ""
    clause.subst[subj[1].i] = ("the " if the else "") + strip_the(name)
    clause.names.add(subj[1].i)


def resolved_role(clause: Clause) -> tuple[int, int, str] | None:
    """(start, end, name) of a subject like 'the boy' resolved to the person it stands for, or None."""
    subj = clause.subject()
    if (len(subj) == 2 and clause.subst.get(subj[0].i) == "" and subj[1].i in clause.subst
            and noun_class(subj[1]) == "person"):
        return subj[0].i, subj[1].i + 1, clause.subst[subj[1].i]
    return None


def _resolve_role(clause: Clause, subj: list["Token"], reg: Registry) -> None:
    """'The boy found a boat' -> 'Sam found a boat' when the article introduces one boy, by name
    ('Sam was a shy boy', 'a boy named Sam'), and speaks of no other boy; otherwise it stays."""
    people = reg.roles.get(subj[1].lemma_.lower(), set())
    if len(people) != 1 or "" in people or subj[1].tag_ != "NN":
        return
    name = reg.full(next(iter(people)))
    if reg.kind(name) != "person":
        return
    clause.subst[subj[0].i] = ""
    clause.subst[subj[1].i] = name
    clause.names.add(subj[1].i)


@lru_cache(maxsize=1)
def _quantifiers() -> frozenset[str]:
    """data/leaning.json `bare_quantifiers`: 'both', 'many', 'others' ..."""
    return frozenset(data.json_data("leaning.json")["bare_quantifiers"])


def _bare_quantifier(t: "Token") -> bool:
    """'Both were arrested in 1875', 'Many died': a quantifier standing alone for people or things
    the sentences before named (no noun, no of-phrase says which)."""
    return (t.lower_ in _quantifiers() and t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and t.pos_ in ("PRON", "DET", "ADJ", "NOUN") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))


def standalone_problem(clause: Clause, reg: Registry) -> Why | None:
    """Why a clause cannot stand alone, or None when it can."""
    seen_noun = False
    kept = [t for t in clause.tokens if t.i not in clause.subst]
    for t in clause.tokens:
        if t.i in clause.subst:
            seen_noun = True
            continue
        low = t.lower_
        if low == "such" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "as":
            continue
        if low in DEMONSTRATIVES and t.dep_ in ("det", "nsubj", "dobj", "pobj", "amod", "nsubjpass", "attr"):
            return Reason.UNRESOLVED_REFERENCE(t.text)
        if low == "that" and t.dep_ == "det":
            return Reason.UNRESOLVED_REFERENCE("that")
        if low in ANAPHORIC_ADVERBS and t.dep_ == "advmod":
            return Reason.UNRESOLVED_REFERENCE(t.text)
        if low == "same":
            return Reason.UNRESOLVED_REFERENCE("same")
        if _bare_quantifier(t):
            return Reason.UNRESOLVED_REFERENCE(t.text)
        if t.tag_ in ("WDT", "WP", "WP$") and not _antecedent_kept(t, clause):
            return Reason.NO_ANTECEDENT(t.text)
        if low in FIRST_SECOND_PERSON and t.pos_ == "PRON":
            return Reason.SPEAKER_UNKNOWN(t.text)
        # 'Her Royal Highness' mid-sentence is a title; at the start it reads as a pronoun to a reader
        # (and to every checker), so there it needs resolving like any 'Her'.
        if t.tag_ == "PRP$" and not (is_title(t) and t.i != clause.tokens[0].i) and not _possessor_named(t, clause):
            return Reason.UNRESOLVED_PRONOUN(t.text)
        if low in ANY_PRONOUN and t.pos_ == "PRON":
            if t.tag_ == "PRP$":
                continue
            if t.dep_ == "expl" or (low == "it" and t.dep_ == "nsubj" and _is_dummy_it(t)):
                continue
            if not seen_noun:
                return Reason.UNRESOLVED_PRONOUN(t.text)
            if t.tag_ == "PRP" and low not in ("itself", "himself", "herself", "themselves"):
                # A personal pronoun mid-clause ("gives it a chance") rarely points where a reader guesses.
                return Reason.UNRESOLVED_PRONOUN(t.text)
        if t.pos_ in ("PROPN", "NOUN"):
            seen_noun = True
    orphan = _misplaced_verb(clause)
    if orphan is not None:
        return Reason.UNSURE_PARSE(orphan.text)
    if len([t for t in kept if not t.is_punct]) < 4:
        return Reason.TOO_SHORT_TO_STAND_ALONE()
    if '"' in clause.render() and any(t.lemma_ in ("say", "tell", "add", "state") for t in clause.tokens):
        return Reason.QUOTED_SPEECH()
    quoted = quoted_tokens(clause.sent.doc)
    words = [t for t in clause.tokens if not t.is_punct]
    if sum(t.i in quoted for t in words) * 2 > len(words):
        return Reason.INSIDE_QUOTATION()
    return None


def _misplaced_verb(clause: Clause) -> "Token | None":
    """A verb the parser could not have placed right: a tensed one without a subject ("... toward
    conquest and his attitude was hostile" lost the subject of 'was'), the prefix of a hyphenated
    word ('co' of 'co-authored'), or one conjoined to a noun ("flows, hot rocks coming from ...")."""
    doc = clause.sent.doc
    for t in clause.tokens:
        if t.dep_ in ("ROOT", "ccomp", "advcl") and _finite(t) and not any(c.dep_ in SUBJECTS for c in t.children):
            return t
        # 'The bull, shot in Kenya in 1934, was ...' read as 'the bull shot': a subject never
        # stands apart from its own verb by a bare comma.
        if t.dep_ == "ROOT" and t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].dep_ in SUBJECTS \
                and doc[t.i - 2].head.i == t.i:
            return t
        # 'Two scientists Ernest Chain and Howard Florey, became ...': a comma that closes nothing
        # the subject opened stands between it and its verb (the text's slip; a question keeps it).
        # ('Marta Gomez 45, was ...' is an age the name rules see.)
        if t.dep_ == "ROOT" and t.i >= 2 and doc[t.i - 1].text == "," and not doc[t.i - 2].like_num and any(
                c.dep_ in SUBJECTS and c.right_edge.i in (t.i - 2, t.i - 1) and c.left_edge.i < t.i - 2
                and not any(x.text in (",", "(", "\u2014", "\u2013", "--") for x in c.subtree if x.i != t.i - 1)
                for c in t.children):
            return t
        # 'co' of 'co-authored' taken for the verb: the rest of the sentence hangs off a prefix.
        if (t.tag_.startswith("VB") and not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text == "-"
                and t.dep_ in ("ROOT", "conj", "ccomp", "advcl")):
            return t
    # 'Selmer, Keilwerth, Yamaha, and Yanagisawa are ...' with the list read as an appositive and
    # cut: 'Selmer are ...'. A subject cut short that no longer agrees with its verb was a list.
    kept = {t.i for t in clause.tokens}
    for s in (c for c in clause.verb.children if c.dep_ in SUBJECTS and c.i in kept):
        if any(t.i not in kept for t in s.subtree) and not agrees(s, clause.verb):
            return s
    return next((t for t in clause.tokens if t.dep_ == "conj" and t.pos_ == "VERB"
                 and t.head.pos_ in ("NOUN", "PROPN") and t.i != clause.verb.i), None)


def _finite(verb: "Token") -> bool:
    """A verb with a tense ('said', 'has said', 'was built'): it needs a subject."""
    return verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE | {"MD"} for c in verb.children)


def _possessor_named(t: "Token", clause: Clause) -> bool:
    """'his' can point back to the clause's subject when it comes after it ("Grant went to visit his
    children"), or to a name before it in the subject ("Aristotle and his wife"), not otherwise
    ("his wife died", "near the end of his life, Alexander ...")."""
    subj = {x.i for x in clause.subject()}
    if not subj:
        return False
    if t.i not in subj:
        return min(subj) < t.i
    return any(i < t.i and (i in clause.subst or t.doc[i].pos_ == "PROPN") for i in subj)


def _is_dummy_it(t: "Token") -> bool:
    # "It is possible that ..." / "it was decided to ..."
    head = t.head
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children) and head.lemma_ == "be"


def _antecedent_kept(t: "Token", clause: "Clause") -> bool:
    """A relative pronoun whose clause and noun the clause kept ('a path that is home to ...')."""
    ids = {x.i for x in clause.tokens}
    return t.head.dep_ == "relcl" and t.head.i in ids and t.head.head.i in ids and t.head.head.i < t.i
