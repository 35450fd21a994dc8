"""Pronoun subjects made to stand alone: a leading 'He'/'It'/'They' (or 'His' in 'His father') as the
name the sentence before is about, when nothing else in reach can be meant; a reason when it cannot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.generate.options.phrases import noun_class
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.resolve.antecedent import club_they, previous_subject
from quizgen import lexicon
from quizgen.generate.resolve.registry import Registry, entity_of, plainly_an_org
from quizgen.generate.simplify.clauses import Clause

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PERSON_PRONOUNS = {"he", "she"}
ANY_PRONOUN = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs",
               "we", "us", "our", "i", "me", "my", "you", "your", "himself", "herself", "itself", "themselves"}


def _subject_entity(sent: "Span", reg: Registry) -> tuple[str, str] | None:
    """The named subject of a sentence's main verb: (full name, kind); None when the parse gives the
    verb two subjects ('Mount Kilimanjaro with its cones, "Kibo", "Mawenzi" ..., is'): which one is meant
    is a guess."""
    if sum(c.dep_ in ("nsubj", "nsubjpass") for c in sent.root.children) > 1:
        return None
    for child in sent.root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            ent = entity_of(child)
            # 'Flybe UK' is not 'UK': a subject whose head is one name inside another is no one name
            inside = ent is not None and ent.label_ != "PERSON" and any(
                (t.ent_type_ not in ("", "NORP") or t.pos_ == "PROPN") and t.i < ent.start for t in child.subtree)
            if ent is not None and child.i == ent.end - 1 and not inside:
                name = reg.full(ent.text)
                the = "the " if ent.start > 0 and sent.doc[ent.start - 1].lower_ == "the" and child.left_edge.i < ent.start else ""
                if ent[0].lower_ == "the":
                    the, name = "the ", reg.full(ent.text[4:])
                kind = reg.kind(name) or ""
                return (name if kind == "person" else the + name), kind
    return None


def _known_subject(sent: "Span", reg: Registry) -> tuple[str, str] | None:
    """A one-word name subject the parser tagged no entity here but the article names elsewhere."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or len(list(subj.subtree)) != 1 or not reg.kind(subj.text):
        return None
    return subj.text, reg.kind(subj.text) or ""


def resolve_pronoun_subject(clause: Clause, prev: "Span | None", reg: Registry,
                            carried: tuple[str, str] | None = None) -> Why | None:
    """Replace a pronoun subject ('He', or 'His' in 'His father') with the previous sentence's named
    subject when that is safe; `carried` is that sentence's own resolved pronoun subject ("Aristotle
    ... He studied ... He wrote"). Returns a reason when the clause must be dropped instead."""
    subj = clause.subject()
    if not subj:
        return None
    pron = subj[0]
    possessive = (pron.tag_ == "PRP$" and pron.dep_ == "poss" and pron.lower_ in ("his", "her", "its")
                  and not is_title(pron))
    if not possessive and (len(subj) != 1 or pron.lower_ not in ANY_PRONOUN):
        return None
    if dummy_it(pron):
        return None  # 'It is thought that ...' stands for nothing: the checks decide
    thing = previous_subject(pron, prev) if prev is not None and not possessive else None
    if thing is not None and _subject_entity(prev, reg) is None:
        clause.subst[pron.i] = thing  # 'Octopuses have ... They are ...': the octopuses
        return None
    if pron.lower_ == "they" and prev is not None:
        named = _subject_entity(prev, reg) or _known_subject(prev, reg) or carried
        if named is not None and named[1] == "org" and club_they(pron, clause.verb, prev):
            clause.subst[pron.i] = named[0][:1].upper() + named[0][1:] if pron.i == clause.sent.start else named[0]
            return None
    if pron.lower_ in ("they", "we", "i", "you"):
        return Reason.UNRESOLVED_PRONOUN(pron.text)
    if prev is None:
        return Reason.PRONOUN_NOTHING_BEFORE(pron.text)
    named = _subject_entity(prev, reg) or carried
    if named is None:
        return Reason.PRONOUN_NO_NAMED_SUBJECT(pron.text)
    name, kind = named
    wants_person = pron.lower_ in PERSON_PRONOUNS | {"his", "her"}
    if wants_person != (kind == "person"):
        return Reason.PRONOUN_DOES_NOT_FIT(pron.text, name)
    if not wants_person and maybe_a_person(name, kind, reg):
        # 'Julius Caesar made it a municipium. ... it was ruled by ...': a two-word name the tagger
        # called an organization, with no word of one, may be a person, and 'it' someone else's
        return Reason.PRONOUN_DOES_NOT_FIT(pron.text, name)
    rival = _earlier_in_sentence(pron, wants_person, name)
    if rival is not None:
        # 'Though coffee is sold everywhere, it has a long history': the 'it' is the coffee of its
        # own sentence, not the sentence before's subject
        return Reason.PRONOUN_TWO_CANDIDATES(pron.text, name, rival.text)
    if _other_of_gender(pron, prev):
        # 'Theo introduced him to Gauguin. He discovered ...': 'him' is a second man, and 'He'
        # may be either.
        return Reason.UNRESOLVED_PRONOUN(pron.text)
    if possessive:
        name = name + ("'" if name.endswith("s") else "'s")
    clause.subst[pron.i] = name
    return None


def maybe_a_person(name: str, kind: str, reg: Registry) -> bool:
    """An 'organization' of two or three capitalised words with no word an organization's or a
    company's name has ('Julius Caesar'), nor an acronym: the tagger's guess, perhaps a person."""
    words = name.removeprefix("the ").split()
    return (kind == "org" and 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not plainly_an_org(name, reg) and not lexicon.is_company(name))


def _earlier_in_sentence(pron: "Token", person: bool, name: str) -> "Token | None":
    """A subject or object of a clause before the pronoun in its own sentence that the pronoun could
    stand for (by animacy and number), other than the name the sentence before offers."""
    for t in pron.sent:
        if t.i >= pron.i:
            return None
        if t.dep_ not in ("nsubj", "nsubjpass", "dobj") or t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS"):
            continue
        if t.text in name.split() or (t.ent_type_ == "PERSON" or noun_class(t) == "person") != person:
            continue
        return t
    return None


def _other_of_gender(pron: "Token", prev: "Span") -> bool:
    """The sentence before names a second person of the pronoun's gender as an object ('him' beside
    its subject), so 'he' may be either."""
    objects = {"he": "him", "his": "him", "she": "her", "her": "her"}.get(pron.lower_)
    return objects is not None and any(t.lower_ == objects and t.dep_ in ("dobj", "pobj", "dative", "iobj")
                                       for t in prev)


HONORIFICS = {"majesty", "highness", "excellency", "holiness", "grace", "lordship", "ladyship", "honour", "honor"}


def is_title(t: "Token") -> bool:
    """'Her Royal Highness', 'His Excellency': a title, not a pronoun to resolve."""
    return any(x.lower_ in HONORIFICS for x in t.doc[t.i + 1:t.i + 3])


def dummy_it(t: "Token") -> bool:
    """'It is estimated that ...', 'It was easy to ...': an 'it' that stands for no thing."""
    head = t.head
    return t.lower_ == "it" and any(c.dep_ in ("ccomp", "csubj", "csubjpass") or c.dep_ == "xcomp" and head.lemma_ == "be"
                                    for c in head.children)
