"""Multiple-choice wh-questions: the answer's phrase becomes who / which country / when / how many,
with subject–auxiliary inversion and do-support ("Li met X in Bishkek" -> "In which city did Li meet X?")."""

from __future__ import annotations

from functools import lru_cache
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.ask.common import Answer, finish, mentions
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.options.distractors import distractors_for
from quizgen.generate.reasons import Reason, Why
from quizgen.lexicon import is_company
from quizgen.generate.simplify.clauses import Clause, tidy

if TYPE_CHECKING:
    from spacy.tokens import Token

DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do"}
MAX_WORDS = 30


@lru_cache(maxsize=1)
def question_words() -> dict:
    """The data file that says how each answer kind is asked about."""
    return data.json_data("question_words.json")


def _kind_words(answer: Answer, clause: Clause) -> dict:
    words = question_words()
    kind = answer.kind
    if kind == "org" and is_company(answer.text):
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
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.i == verb.i:
        return "agent", head.head  # "X was killed by Y" -> "By whom was X killed?"
    return "", None


def _describes_a_kind(verb: "Token") -> bool:
    """'X is a British scientist' or 'one of the first men to ...': 'Who is a British scientist?' has
    many right answers."""
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and (any(d.lower_ in ("a", "an") for d in c.children)
                                                             or (c.lower_ == "one" and any(d.lower_ == "of" for d in c.children)))
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


def wh_question(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A multiple-choice wh-question whose answer is the context's answer, or the step that refused."""
    clause, answer, reg = ctx.clause, ctx.answer, ctx.reg
    if any(m.rule == "ranked_name" for m in ctx.made):  # its options leave out what is ranked the same
        yield ctx.skip("wh_question", Reason.RANKED_ELSEWHERE(answer.text))
        return
    formed = _form(clause, answer)
    if isinstance(formed, Why):
        yield ctx.skip("wh_question", formed)
        return
    role, prompt = formed
    cand = Candidate(rule=f"wh_question_{role.replace('-', '_')}", type="multiple_choice", prompt=prompt,
                     answer=answer.text, context=ctx.text, sentence_index=ctx.index, kind=answer.kind,
                     fact=f"{answer.text.lower()}|{clause.verb.lemma_}|{ctx.index}",
                     priority=0.2 if role == "subject" else 0.0)  # no inversion needed: the safest form
    if len(prompt.split()) > MAX_WORDS:
        cand.drop(Reason.QUESTION_TOO_LONG(len(prompt.split())))
    elif mentions(prompt, answer, reg):
        cand.drop(Reason.GIVEN_AWAY_IN_QUESTION())
    else:
        cand.distractors = distractors_for(answer.text, answer.kind, reg, reg.names_in(prompt))
        if len(cand.distractors) < 3:
            cand.drop(Reason.TOO_FEW_DISTRACTORS(answer.kind))
    yield cand


def _form(clause: Clause, answer: Answer) -> tuple[str, str] | Why:
    """(the answer's role, the question) or why no question form fits."""
    role, prep = _role(clause, answer)
    if not role:
        return Reason.NO_ROLE(answer.text)
    prompt = question_in_role(clause, answer, role, prep, _kind_words(answer, clause))
    return prompt if isinstance(prompt, Why) else (role, prompt)


def question_in_role(clause: Clause, answer: Answer, role: str, prep: "Token | None", kw: dict) -> str | Why:
    """The question asking for `answer` in `role` with the question words `kw`, or the step that refused."""
    if any(t.dep_ == "dep" for t in clause.tokens):
        return Reason.UNLABELLED_PARSE()  # a parse the parser itself could not label
    if not clause.subject():
        return Reason.NO_SUBJECT()
    if role in ("subject", "count-subject"):
        return subject_question(clause, answer, role, kw)
    return inverted_question(clause, answer, role, prep, kw)


def _fronted(clause: Clause, subj: set[int]) -> set[int]:
    """The words before the subject ('In 1969, ...'): they move to the end of the question."""
    return {t.i for t in clause.tokens if t.i < min(subj) and t.i not in subj}


def subject_question(clause: Clause, answer: Answer, role: str, kw: dict) -> str | Why:
    """'Who discovered polonium?': the question word takes the subject's place."""
    verb = clause.verb
    doc = clause.sent.doc
    subj = {t.i for t in clause.subject()}
    if role == "subject":
        if "subject" not in kw:
            return Reason.NO_QUESTION_WORD(answer.kind, "subject")
        if not _exact(subj, answer, clause):
            return Reason.NOT_EXACT("subject")
        if _describes_a_kind(verb):
            return Reason.DESCRIBES_A_KIND()
        wh = kw["subject"]
        if verb.tag_ == "VBP" or any(c.tag_ == "VBP" for c in verb.children if c.dep_ in ("aux", "auxpass")):
            return Reason.PLURAL_SUBJECT(wh)
    else:
        wh = "How many " + _counted(_head_of(clause, answer), clause, subj)
    fronted = _fronted(clause, subj)
    # A phrase set off by commas between subject and verb ("X, in a speech, said") is dropped.
    between = {t.i for t in clause.tokens if max(subj) < t.i < verb.i and t.dep_ not in ("aux", "auxpass", "neg", "advmod")}
    if not any(doc[i].text == "," for i in between):
        between = set()
    aside = _trailing_participle(clause) if fronted else set()
    rest = clause.render(skip=subj | fronted | between | aside)
    prompt = f"{wh} {rest}"
    moved = _moved(clause, fronted)
    return finish(tidy(f"{prompt.rstrip(' .!?')} {moved.strip(' ,.')}{_aside_text(clause, aside)}"), "?")


def inverted_question(clause: Clause, answer: Answer, role: str, prep: "Token | None", kw: dict) -> str | Why:
    """'In which year did Curie discover polonium?': the question word in front, then an auxiliary."""
    worded = _question_word(clause, answer, role, prep, kw)
    if isinstance(worded, Why):
        return worded
    wh, moved_ids = worded
    verb = clause.verb
    doc = clause.sent.doc
    inv = _invert(verb, clause)
    if inv is None:
        return Reason.NO_INVERSION()
    subj = {t.i for t in clause.subject()}
    first_subj = min(subj)
    fronted = _fronted(clause, subj) - moved_ids  # the answer's own phrase may be the fronted one
    front, skip_ids, verb_text = inv
    subject_text = clause.render(skip={t.i for t in clause.tokens if t.i not in subj})
    if subject_text.count(",") % 2:
        return Reason.SUBJECT_HALF_SET_OFF(subject_text)  # 'When was X, better known as Y born?'
    if subject_text and not (first_subj in clause.subst or keeps_capital(doc[first_subj])):
        subject_text = subject_text[0].lower() + subject_text[1:]
    replace = {verb.i: verb_text} if verb_text is not None else {}
    conj_ids = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    conj_ids |= {c.i for c in verb.children if c.dep_ == "cc" and c.i > verb.i}
    aside = _trailing_participle(clause) - moved_ids if fronted else set()
    rest = clause.render(replace=replace, skip=subj | moved_ids | skip_ids | fronted | conj_ids | aside)
    moved = _moved(clause, fronted)
    return finish(tidy(f"{wh} {front} {subject_text} {rest.rstrip(' .!?')} {moved.strip(' ,.')}"
                       f"{_aside_text(clause, aside)}"), "?")


def _question_word(clause: Clause, answer: Answer, role: str, prep: "Token | None",
                   kw: dict) -> tuple[str, set[int]] | Why:
    """(the question words, the ids of the phrase they replace) for an object or a prepositional phrase."""
    head = _head_of(clause, answer)
    if role == "object":
        if "object" not in kw:
            return Reason.NO_QUESTION_WORD(answer.kind, "object")
        if not _exact(_phrase_ids(head, clause), answer, clause):
            return Reason.NOT_EXACT("object")
        return kw["object"], _phrase_ids(head, clause)
    if role == "agent":
        if "subject" not in kw:
            return Reason.NO_QUESTION_WORD(answer.kind, "agent")
        if not _exact(_phrase_ids(head, clause), answer, clause):
            return Reason.NOT_EXACT("phrase after 'by'")
        wh = "whom" if kw["subject"] == "Who" else kw["subject"][0].lower() + kw["subject"][1:]
        return f"{prep.text.capitalize()} {wh}", _phrase_ids(prep, clause)
    if role == "count-object":
        moved_ids = _phrase_ids(head.head, clause)
        return "How many " + _counted(head, clause, moved_ids), moved_ids
    if kw.get("prep") is None:
        return Reason.NO_QUESTION_WORD(answer.kind, f"object of '{prep.lower_}'")
    if not _exact(_phrase_ids(head, clause), answer, clause):
        return Reason.NOT_EXACT(f"phrase after '{prep.lower_}'")
    wh = _prep_word(clause.verb, prep, answer, kw)
    return wh if isinstance(wh, Why) else (wh, _phrase_ids(prep, clause))


def _prep_word(verb: "Token", prep: "Token", answer: Answer, kw: dict) -> str | Why:
    """'In which year', 'Since when', 'Where', 'To which country' — or why the preposition is not asked."""
    p = prep.lower_
    words = question_words()
    if kw.get("time"):
        perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
        if perfect and p not in words["span_preps"]:
            return Reason.PERFECT_NO_POINT(p)  # "*When has it been a toll bridge?"
        if p in words["span_preps"]:
            return f"{p.capitalize()} " + ("when" if kw["prep"] == "when" else "which year")
        if p not in words["time_preps"]:
            return Reason.PREPOSITION_NOT_ASKED(p, "time")  # "by 2010": a later year is true too
        return "When" if kw["prep"] == "when" or p != "in" else "In which year"
    if kw["prep"] == "where":
        if p not in ("in", "at"):
            return Reason.PREPOSITION_NOT_ASKED(p, "place")
        return "Where"
    if p not in words["place_preps"] and answer.kind in ("country", "city", "state"):
        return Reason.PREPOSITION_NOT_ASKED(p, answer.kind)
    return f"{prep.text.capitalize()} {kw['prep']}"


def _trailing_participle(clause: Clause) -> set[int]:
    """', costing 40 million rupees' at the end of the clause: a moved phrase goes before it, or
    the participle reads as said of the moved phrase ('worked, costing 40 million rupees for 24 years')."""
    ids = {t.i for t in clause.tokens}
    doc = clause.sent.doc
    for t in clause.tokens:
        if (t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and t.i > clause.verb.i
                and t.left_edge.i - 1 in ids and doc[t.left_edge.i - 1].text == ","):
            tail = {x.i for x in t.subtree if x.i in ids}
            if not any(i > max(tail) and not doc[i].is_punct for i in ids):
                return tail | {t.left_edge.i - 1}
    return set()


def _aside_text(clause: Clause, aside: set[int]) -> str:
    """The trailing participle, set off by its comma, or ''."""
    if not aside:
        return ""
    text = clause.render(skip={t.i for t in clause.tokens if t.i not in aside}).strip(" ,.")
    return f", {text}" if text else ""


def _moved(clause: Clause, fronted: set[int]) -> str:
    """A fronted adverbial ('In January,') as it reads at the end of a question ('in January')."""
    if not fronted:
        return ""
    text = clause.render(skip={t.i for t in clause.tokens if t.i not in fronted}).strip(" ,.")
    if text and not keeps_capital(clause.sent.doc[min(fronted)]):
        text = text[0].lower() + text[1:]
    return text


NAME_TYPES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def keeps_capital(tok: "Token") -> bool:
    """A word that keeps its capital away from the start of a sentence: a name, 'I', an acronym
    (but not the article 'A', nor 'More' in 'More than 120', nor the 'The' that only opens its
    sentence: 'The Sydney Opera House was ...' -> 'When was the Sydney Opera House completed?')."""
    if tok.lower_ == "the" and tok.is_sent_start:
        # 'The' belongs to the name only where the text writes it so mid-sentence ('in The Hague').
        nxt = tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""
        return any(t.text == "The" and not t.is_sent_start and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == nxt
                   for t in tok.doc)
    return (tok.pos_ == "PROPN" or tok.ent_type_ in NAME_TYPES or tok.text == "I"
            or (len(tok.text) > 1 and tok.text.isupper()))


INVERTIBLE = frozenset({"be", "have", "do", "will", "would", "can", "could", "shall", "should", "may",
                        "might", "must"})


def _invert(verb: "Token", clause: Clause) -> tuple[str, set[int], str | None] | None:
    """(word put before the subject, token ids it replaces, new verb text) for a question."""
    if clause.base_verb:
        return "did", set(), clause.base_verb  # an event clause is always in the past tense
    auxes = sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
                    and c.lower_ != "to"), key=lambda c: c.i)
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if auxes and auxes[0].lemma_ not in INVERTIBLE:
        # 'became stranded' is parsed as a passive auxiliary, but only true auxiliaries move in
        # front ('*When became the boys stranded?'); do-support would have to rewrite it too.
        return None
    if auxes:
        return auxes[0].lower_, {auxes[0].i}, None
    if verb.lemma_ == "be":
        return verb.lower_, {verb.i}, ""
    do = DO_FORMS.get(verb.tag_)
    if do is None:
        return None
    return do, set(), verb.lemma_
