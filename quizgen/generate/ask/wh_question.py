"""Multiple-choice wh-questions: the answer's phrase becomes who / which country / when / how many,
with subject–auxiliary inversion and do-support ("Li met X in Bishkek" -> "In which city did Li meet X?")."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from quizgen.generate.candidate import Candidate
from quizgen.generate.simplify.clauses import Clause, tidy
from quizgen.generate.resolve.registry import Registry, company_words
from quizgen.generate.ask.common import Answer, finish, mentions

if TYPE_CHECKING:
    from spacy.tokens import Token

DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do"}
MAX_WORDS = 30


@lru_cache(maxsize=1)
def question_words() -> dict:
    """The data file that says how each answer kind is asked about."""
    return json.loads(resources.files("quizgen.data").joinpath("question_words.json").read_text(encoding="utf-8"))


def _kind_words(answer: Answer, clause: Clause) -> dict:
    words = question_words()
    kind = answer.kind
    if kind == "org" and any(w in company_words() for w in answer.text.split()):
        kind = "company"
    return words["kinds"].get(kind, {})


def _head_of(clause: Clause, answer: Answer) -> "Token":
    span = clause.sent.doc[answer.start:answer.end]
    return span.root


def _role(clause: Clause, answer: Answer) -> tuple[str, "Token | None"]:
    """('subject' | 'object' | 'prep' | 'count-subject' | 'count-object' | '', the preposition)."""
    head = _head_of(clause, answer)
    verb = clause.verb
    if head.dep_ == "nummod" and head.head.head.i == verb.i and head.head.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return ("count-object" if head.head.dep_ == "dobj" else "count-subject"), None
    if head.dep_ == "pobj" and head.head.head.i == verb.i and clause.subst.get(head.head.i) == "":
        return "object", None  # an event's participant: "visit to Kenya" reads "visited Kenya"
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and _on_verb_phrase(head.head.head, verb):
        # "met X at a gathering in Bishkek": the place of the gathering is the place of the meeting.
        return "prep", head.head
    if head.head.i != verb.i and not (head.dep_ == "pobj" and head.head.head.i == verb.i):
        return "", None
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i:
        return "subject", None
    if head.dep_ == "dobj":
        return "object", None
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == verb.i:
        return "prep", head.head
    return "", None


def _describes_a_kind(verb: "Token") -> bool:
    """'X is a British scientist': 'Who is a British scientist?' has many right answers."""
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and any(d.lower_ in ("a", "an") for d in c.children)
                                       for c in verb.children)


def _on_verb_phrase(noun: "Token", verb: "Token") -> bool:
    """`noun` is the object of a preposition on the verb ('at a gathering')."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def _phrase_ids(tok: "Token", clause: Clause) -> set[int]:
    ids = {t.i for t in clause.tokens}
    return {t.i for t in tok.subtree if t.i in ids}


def _counted(number: "Token", clause: Clause, phrase: set[int]) -> str:
    """What is counted, with all its modifiers: 'the 15 games available on the launch date' ->
    'games available on the launch date' (the number, its hedges and the determiner go)."""
    noun = number.head
    skip = {t.i for t in number.subtree} | {t.i for c in noun.children if c.dep_ in ("det", "poss", "predet") for t in c.subtree}
    ids = {t.i for t in noun.subtree if t.i in phrase} - skip
    return clause.render(skip={t.i for t in clause.tokens if t.i not in ids})


def _exact(phrase: set[int], answer: Answer, clause: Clause) -> bool:
    """The phrase is the answer itself (give or take 'the'), not the answer plus more words."""
    doc = clause.sent.doc
    rest = phrase - set(range(answer.start, answer.end))
    return all(doc[i].lower_ in ("the", "a", "an") or doc[i].is_punct for i in rest)


def wh_question(clause: Clause, answer: Answer, reg: Registry, index: int, context: str) -> Candidate | None:
    """A wh-question whose answer is `answer`, or None when no question form fits its role."""
    role, prep = _role(clause, answer)
    kw = _kind_words(answer, clause)
    if not role or any(t.dep_ == "dep" for t in clause.tokens):
        return None  # no role, or a parse the parser itself could not label: too risky to rearrange
    verb = clause.verb
    doc = clause.sent.doc
    head = _head_of(clause, answer)
    subj_tokens = clause.subject()
    subj = {t.i for t in subj_tokens}
    if not subj:
        return None
    first_subj = min(subj)
    fronted = {t.i for t in clause.tokens if t.i < first_subj and t.i not in subj}
    if role in ("subject", "count-subject"):
        if role == "subject":
            if "subject" not in kw or not _exact(subj, answer, clause) or _describes_a_kind(verb):
                return None
            wh = kw["subject"]
        else:
            wh = "How many " + _counted(head, clause, subj)
        if verb.tag_ == "VBP" or any(c.tag_ == "VBP" for c in verb.children if c.dep_ in ("aux", "auxpass")):
            if role == "subject":
                return None  # plural agreement would not fit "Who" / "Which country"
        # A phrase set off by commas between subject and verb ("X, in a speech, said") is dropped.
        between = {t.i for t in clause.tokens if max(subj) < t.i < verb.i and t.dep_ not in ("aux", "auxpass", "neg", "advmod")}
        if not any(doc[i].text == "," for i in between):
            between = set()
        rest = clause.render(skip=subj | fronted | between)
        prompt = f"{wh} {rest}"
        moved = _moved(clause, fronted)
        prompt = finish(tidy(f"{prompt.rstrip(' .!?')} {moved.strip(' ,.')}"), "?")
    else:
        if role == "object":
            if "object" not in kw or not _exact(_phrase_ids(head, clause), answer, clause):
                return None
            wh = kw["object"]
            moved_ids = _phrase_ids(head, clause)
        elif role == "count-object":
            moved_ids = _phrase_ids(head.head, clause)
            wh = "How many " + _counted(head, clause, moved_ids)
        else:
            if kw.get("prep") is None or not _exact(_phrase_ids(head, clause), answer, clause):
                return None
            p = prep.lower_
            words = question_words()
            if kw.get("time"):
                perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
                if perfect and p not in words["span_preps"]:
                    return None  # "has been ... in 1864" is no point in time: "*When has it been ...?"
                if p in words["span_preps"]:
                    wh = f"{p.capitalize()} " + ("when" if kw["prep"] == "when" else "which year")
                elif p not in words["time_preps"]:
                    return None
                else:
                    wh = "When" if kw["prep"] == "when" or p != "in" else "In which year"
            elif kw["prep"] == "where":
                if p not in ("in", "at"):
                    return None
                wh = "Where"
            else:
                if p not in words["place_preps"] and answer.kind in ("country", "city", "state"):
                    return None
                wh = f"{prep.text.capitalize()} {kw['prep']}"
            moved_ids = _phrase_ids(prep, clause)
        inv = _invert(verb, clause)
        if inv is None:
            return None
        fronted -= moved_ids  # the answer's own phrase may be the fronted one ("In 1969, ...")
        front, skip_ids, verb_text = inv
        subject_text = clause.render(skip={t.i for t in clause.tokens if t.i not in subj})
        if subject_text and not (first_subj in clause.subst or _keeps_capital(doc[first_subj])):
            subject_text = subject_text[0].lower() + subject_text[1:]
        replace = {verb.i: verb_text} if verb_text is not None else {}
        conj_ids = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        conj_ids |= {c.i for c in verb.children if c.dep_ == "cc" and c.i > verb.i}
        rest = clause.render(replace=replace, skip=subj | moved_ids | skip_ids | fronted | conj_ids)
        moved = _moved(clause, fronted)
        prompt = finish(tidy(f"{wh} {front} {subject_text} {rest.rstrip(' .!?')} {moved.strip(' ,.')}"), "?")
    cand = Candidate(rule=f"wh_question_{role.replace('-', '_')}", type="multiple_choice", prompt=prompt,
                     answer=answer.text, context=context, sentence_index=index, kind=answer.kind,
                     fact=f"{answer.text.lower()}|{verb.lemma_}|{index}")
    if len(prompt.split()) > MAX_WORDS:
        return cand.drop(f"question too long ({len(prompt.split())} words)")
    if mentions(prompt, answer, reg):
        return cand.drop("answer given away (it appears in the question)")
    return cand


def _moved(clause: Clause, fronted: set[int]) -> str:
    """A fronted adverbial ('In January,') as it reads at the end of a question ('in January')."""
    if not fronted:
        return ""
    text = clause.render(skip={t.i for t in clause.tokens if t.i not in fronted}).strip(" ,.")
    if text and not _keeps_capital(clause.sent.doc[min(fronted)]):
        text = text[0].lower() + text[1:]
    return text


NAME_TYPES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def _keeps_capital(tok: "Token") -> bool:
    """A word that keeps its capital away from the start of a sentence: a name, 'I', an acronym
    (but not the article 'A', nor 'More' in 'More than 120')."""
    return (tok.pos_ == "PROPN" or tok.ent_type_ in NAME_TYPES or tok.text == "I"
            or (len(tok.text) > 1 and tok.text.isupper()))


def _invert(verb: "Token", clause: Clause) -> tuple[str, set[int], str | None] | None:
    """(word put before the subject, token ids it replaces, new verb text) for a question."""
    if clause.base_verb:
        return "did", set(), clause.base_verb  # an event clause is always in the past tense
    auxes = sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
                    and c.lower_ != "to"), key=lambda c: c.i)
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if auxes:
        return auxes[0].lower_, {auxes[0].i}, None
    if verb.lemma_ == "be":
        return verb.lower_, {verb.i}, ""
    do = DO_FORMS.get(verb.tag_)
    if do is None:
        return None
    return do, set(), verb.lemma_
