"""Questions over content noun phrases that are not names: "The council promised the village a new
library" -> "What did the council promise the village?" (a new library), and a fill-in over the
phrase. The inversion and do-support are the wh-question rule's."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.ask.common import Answer, mentions
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.referents import story_phrase
from quizgen.generate.ask.fill_in import fill_in_over_entity
from quizgen.generate.ask.frames import BARE_USE, framed, in_frame, relational_of
from quizgen.generate.ask.wh_question import MAX_WORDS, keeps_capital, question_in_role
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.options.phrases import bare, content_phrase, noun_class, phrase_distractors
from quizgen.generate.reasons import Reason, Why

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLES = {"nsubj": "subject", "nsubjpass": "subject", "dobj": "object", "attr": "object", "oprd": "object"}
# Verbs whose object is part of a set phrase ("take place", "play a role", "make a decision"):
# "What did X take?" asks nothing.
LIGHT_VERBS = {"take", "make", "have", "do", "get", "play", "give", "pay", "hold", "see", "find", "say", "strike",
               "reach", "raise", "gain", "draw"}
# Prepositions a question can leave at its end ("What did his brothers die of?"); place and time
# phrases ("in", "at", "on") are asked as where/when over names.
STRANDED = {"of", "from", "about", "into", "by", "for"}
LIST_PRIORITY = 0.5
AGENTS = {"PERSON", "ORG", "NORP"}  # a list of these is asked with "Who"
SAYING = {"say", "tell", "add", "state", "report", "claim", "argue", "explain", "note", "write"}
MAX_STRANDED = 14  # a long question with its preposition at the end is hard to follow
LIGHT_SOMETIMES = {"give", "find", "see", "hold"}  # light only before an abstract noun: keep their concrete objects


def noun_phrase(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A what/who question and a fill-in over each content noun phrase that is the clause verb's
    subject, object or complement, or why the phrase is not asked."""
    clause = ctx.clause
    verb = clause.verb
    allowed = {t.i for t in clause.tokens}
    for head, role in _slots(verb):
        listed = [head, *(c for c in head.conjuncts if c.i > head.i)]
        if head.i not in allowed or head.i in clause.subst or not (
                head.pos_ == "NOUN" or (len(listed) > 1 and all(c.pos_ in ("PROPN", "NOUN") for c in listed))):
            continue  # one name is the wh-question rule's ("Philips and Sony" is this one's); pronouns are never answers
        unfit = _unfit(verb, head, role)
        if unfit is not None:
            yield ctx.skip("noun_phrase", unfit)
            continue
        found = content_phrase(head, allowed, clause.subst)
        if isinstance(found, Why) and found.reason is Reason.PHRASE_TOO_LONG:
            # "a small puppy under the old bridge": the phrase without its own prepositional phrase
            tail = {t.i for c in head.children if c.dep_ == "prep" and c.i > head.i for t in c.subtree}
            found = content_phrase(head, allowed - tail, clause.subst) if tail else found
        if isinstance(found, Why) and found.reason is Reason.BARE_NOUN and in_frame(verb, head):
            found = _bare_in_frame(head, allowed) or found  # "died of scurvy": the frame says what it is
        if isinstance(found, Why) and found.reason is Reason.PHRASE_POINTS_BACK:
            found = story_phrase(head, allowed, ctx.known) or found  # 'the fox' of a story that introduced 'a fox'
        if isinstance(found, Why):
            yield ctx.skip("noun_phrase", found)
            continue
        who = noun_class(head) == "person" or (len(listed) > 1 and all(c.ent_type_ in AGENTS for c in listed))
        names = len(listed) > 1 and all(c.pos_ == "PROPN" for c in listed)
        kind = "role" if who else "phrase"
        if names:  # "Philips and Sony": a list of names is asked whole, before a blank over one of them
            kind = ctx.reg.kind(listed[0].text) or kind
        text = found.text
        if found.start == ctx.sentence.start and not keeps_capital(found[0]):
            text = text[0].lower() + text[1:]  # "The old bridge" opened its sentence
        answer = Answer(start=found.start, end=found.end, text=text, kind=kind,
                        accept=[bare(text)] if bare(text) != text else [])
        actx = ctx.over(answer)
        named = [c.text for c in listed if c.pos_ == "PROPN"]
        rest = ctx.clause.render(skip=set(range(found.start, found.end))).lower()
        given = next((n for n in named if n.lower() in rest), None) if len(listed) > 1 else None
        if given is not None:  # "Germany and the UK divided the region, with the UK taking the north"
            yield ctx.skip("noun_phrase", Reason.LIST_MEMBER_GIVEN_AWAY(given, answer.text))
            continue
        if names:  # a list of names is a key term; any other phrase only as a question with options
            for cand in fill_in_over_entity(actx):
                cand.rule, cand.priority = "noun_phrase_fill_in", LIST_PRIORITY
                yield cand
        # A blank over a common-noun phrase ("____ slipped 16%" -> "pre-tax profit", "admitted ____"
        # -> "female students") was the kind blind raters rejected most (7 of 11 on fresh articles):
        # many phrases fit such a blank, so it is not asked as a fill-in.
        particular = _particular(clause)
        if particular is not None:
            yield ctx.skip("noun_phrase", Reason.SOME_PARTICULAR_ONES(particular))
            continue
        wh = _wh(actx, head, role, who)
        yield wh
        unasked = (isinstance(wh, Candidate) and wh.dropped is not None and wh.dropped.reason is Reason.TOO_FEW_DISTRACTORS) \
            or (isinstance(wh, Skip) and wh.dropped.reason is Reason.STRANDED_NOT_LAST)
        if unasked and framed(verb, head):
            if _negated(clause):
                yield ctx.skip("noun_phrase_frame", Reason.BLANK_UNDER_NEGATION(answer.text))
            else:
                yield from _framed_fill_in(actx, found)


def _slots(verb) -> Iterator[tuple["Token", str]]:
    """The verb's subject, object and complement heads, and the objects of prepositions a question
    can leave at its end, with their roles."""
    related = relational_of(verb)
    if related is not None:  # "an evolution of LaserDisc technology": the of-phrase, not "an evolution"
        yield related, "object"
    for child in verb.children:
        if related is not None and child.dep_ == "attr":
            continue
        if child.dep_ in ROLES:
            yield child, ROLES[child.dep_]
        elif child.dep_ in ("prep", "agent") and child.lower_ in STRANDED:
            yield from ((c, "object") for c in child.children if c.dep_ == "pobj")


def _unfit(verb, head, role: str) -> Why | None:
    """Why the verb and the phrase make no question (a set phrase, a speaker whose words are gone)."""
    if role == "subject" and verb.lemma_ in SAYING:
        return Reason.SPEAKER_WITHOUT_WORDS(head.text, verb.text)
    if role == "object" and head.dep_ == "dobj" and verb.lemma_ in BARE_USE \
            and not any(c.dep_ in ("xcomp", "advcl", "prep", "dative", "oprd") for c in verb.children):
        return Reason.VAGUE_VERB(verb.lemma_, head.text)
    if role == "object" and head.dep_ == "dobj" and verb.lemma_ in LIGHT_VERBS:
        concrete = noun_class(head) not in ("", "generic")
        if verb.lemma_ not in LIGHT_SOMETIMES or not concrete:
            return Reason.LIGHT_VERB(verb.lemma_, head.text)
    return None


@lru_cache(maxsize=1)
def alike_sets() -> dict[str, list[tuple[str, ...]]]:
    """class -> its sets of alike one-word answers (quizgen/data/alike_nouns.tsv)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for cls, words in data.rows("alike_nouns.tsv"):
        out.setdefault(cls, []).append(tuple(words.split()))
    return out


def alike_distractors(answer: str, head: "Token", used: frozenset[str]) -> list[str]:
    """Three words alike in kind to a one-word answer ('tuberculosis' -> 'malaria', ...) that the
    article never uses (so none is also true there), or none."""
    word = bare(answer).lower()
    for words in alike_sets().get(noun_class(head), ()):
        if word in words:
            out = [w for w in words if w != word and w not in used][:3]
            return out if len(out) == 3 else []
    return []


def _framed_fill_in(ctx: ClauseContext, found) -> Iterator[Candidate]:
    """A blank over a phrase whose slot's frame says its kind ("died of ____"): 'the' stays outside
    the blank, since it says nothing of the answer."""
    answer = ctx.answer
    if found[0].lower_ == "the" and answer.end - answer.start > 1:
        rest = found[1:]
        answer = Answer(start=rest.start, end=rest.end, text=rest.text, kind=answer.kind, accept=[])
    for cand in fill_in_over_entity(ctx.over(answer)):
        cand.rule = "noun_phrase_frame"
        yield cand


def _bare_in_frame(head, allowed: set[int]):
    """A bare common noun and its article ('scurvy', 'a fever'), when nothing else is attached to it."""
    ids = sorted(t.i for t in head.subtree if t.i in allowed)
    span = head.doc[ids[0]:ids[-1] + 1]
    if ids != list(range(ids[0], ids[-1] + 1)) or any(t.i != head.i and t.dep_ != "det" for t in span) \
            or head.ent_type_ or (span[0].dep_ == "det" and span[0].lower_ not in ("a", "an")):
        return None
    return span


def _particular(clause) -> str | None:
    """The antecedent of a relative clause when it is an indefinite phrase of common nouns
    ("found concrete floors, which were made of lime"): the clause tells of those ones only."""
    if clause.kind != "relative" or not clause.subject_ids:
        return None
    words = [t for t in clause.sent.doc if t.i in clause.subject_ids]
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in words) or any(t.lower_ in ("the", "this", "these", "those") for t in words):
        return None
    return " ".join(t.text for t in words)


def _negated(clause) -> bool:
    """Whether the clause says its verb did not happen ('not', 'never', or a subject with 'no')."""
    verb = clause.verb
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) \
        or any(d.lower_ in ("no", "neither") and d.dep_ == "det" for s in subj for d in s.children)


def _plural(phrase: str) -> bool:
    """Whether a phrase's last word looks plural ('greatest painters'; not 'glass' or 'bus')."""
    last = phrase.split()[-1].lower() if phrase.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _wh(ctx: ClauseContext, head, role: str, who: bool) -> Candidate | Skip:
    """The what/who question, with options of the phrase's class from the article (dropped without three)."""
    clause, answer = ctx.clause, ctx.answer
    word = "Who" if who else "What"
    kw = {"subject": word, "object": word}
    prompt = question_in_role(clause, answer, role, None, kw)
    if isinstance(prompt, Why):
        return ctx.skip("noun_phrase", prompt)
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and not prompt.endswith(f" {prep.text}?"):
        # "Who was the library built by in an old station?": a stranded preposition must end the question
        return ctx.skip("noun_phrase", Reason.STRANDED_NOT_LAST(prep.text))
    cand = Candidate(rule=f"noun_phrase_{role}", type="multiple_choice", prompt=prompt, answer=bare(answer.text),
                     context=ctx.text, sentence_index=ctx.index, kind=answer.kind,
                     fact=f"{answer.text.lower()}|{clause.verb.lemma_}|{ctx.index}")
    if len(prompt.split()) > (MAX_STRANDED if prompt.rstrip("?").split()[-1] in STRANDED else MAX_WORDS):
        cand.drop(Reason.QUESTION_TOO_LONG(len(prompt.split())))
    elif mentions(prompt, answer, ctx.reg) or head.lower_ in prompt.lower().split():
        cand.drop(Reason.GIVEN_AWAY_IN_QUESTION())
    else:
        found = phrase_distractors(answer.text, head, ctx.reg, ctx.text)
        found = found if len(found) >= 3 else alike_distractors(answer.text, head, ctx.words) or found
        # 'skilled scientist and engineer' is not offered beside 'greatest painters': the odd one out
        cand.distractors = [d for d in found if _plural(d) == (head.tag_ in ("NNS", "NNPS"))]
        if len(cand.distractors) < 3:
            cand.drop(Reason.TOO_FEW_DISTRACTORS(noun_class(head) or "phrase of no known class"))
    return cand
