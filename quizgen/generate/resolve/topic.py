"""The article's topic person: whom a biography's 'He' or 'Her' stands for when the sentence
before names nobody ("The family home was in Leith. He had two brothers.")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.generate.options.phrases import noun_class
from quizgen.generate.resolve.registry import Registry, strip_the
from quizgen.generate.simplify.sentences import sentence_ents

if TYPE_CHECKING:
    from spacy.tokens import Span

    from quizgen.generate.resolve.thing import Thing

    from quizgen.generate.simplify.clauses import Clause

HE = {"he", "him", "his", "himself"}
SHE = {"she", "her", "hers", "herself"}


def topic_person(title: str, reg: Registry, paragraphs: list[str] | None = None) -> str | None:
    """The person an article is about: its title is that person's name, or holds the person the
    article names most ('Marie Curie: early life'); None for other titles, and for a title the
    article writes in lower case ('Hummingbird': the tagger's person, the text's 'hummingbirds')."""
    title = strip_the(title.strip())
    lower = re.compile(r"\b" + re.escape(title.lower()) + r"(s|es)?\b") if title and not title.islower() else None
    if lower is not None and any(lower.search(p) for p in paragraphs or ()):
        return None
    if title and reg.kind(title) == "person":
        return reg.full(title)
    people = reg.names_of_kind("person")
    if people and people[0] in title:
        return people[0]
    return None


@dataclass
class Topic:
    """The topic person, and which of 'he'/'she' the article has used for someone so far."""

    name: str | None
    named: tuple[str, str] | None = None   # the title's company, country or city, with its kind
    seen: dict[str, int] = field(default_factory=lambda: {"he": 0, "she": 0})
    thing: "Thing | None" = None            # the title's thing ('the platypus'), when it is no person

    def read(self, sent: "Span") -> None:
        """Count the sentence's third-person singular pronouns (before resolving it), and learn
        what it says of the topic thing."""
        if self.thing is not None:
            self.thing.read(sent)
        for t in sent:
            low = t.lower_
            if t.pos_ == "PRON" or t.tag_ == "PRP$":
                if low in HE:
                    self.seen["he"] += 1
                elif low in SHE:
                    self.seen["she"] += 1

    def stands_for(self, prev: "Span | None", sent: "Span", reg: Registry) -> tuple[str, str] | None:
        """(name, 'person') when the topic person is the only one a leading 'he'/'she' in `sent`
        can stand for: the article's pronouns are mostly that one's gender, and neither this
        sentence (before the pronoun) nor the one before names or describes anybody else ('His
        father was a teacher. He ...' is the father)."""
        if self.name is None or prev is None:
            return None
        pron = next((t for t in sent if t.pos_ == "PRON" or t.tag_ == "PRP$"), None)
        if pron is None:
            return None
        gender = "he" if pron.lower_ in HE else "she" if pron.lower_ in SHE else None
        other = "she" if gender == "he" else "he"
        if gender is None or self.seen[gender] <= 2 * self.seen[other]:
            return None
        for ent in [*sentence_ents(prev), *(e for e in sentence_ents(sent) if e.end <= pron.i)]:
            if ent.label_ == "PERSON" and not self._is_topic(ent.text, reg):
                return None
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass", "attr", "dobj", "appos") and noun_class(t) == "person":
                return None
        return self.name, "person"

    def _is_topic(self, text: str, reg: Registry) -> bool:
        # "Alexander Graham Bell's birthplace", "Bell" and "Alexander Bell" are all the topic.
        text = text.removesuffix("'s").removesuffix("\u2019s").strip()
        words, mine = text.split(), self.name.split()
        return (reg.full(text) == self.name or text in reg.aliases(self.name)
                or bool(words) and set(words) <= set(mine) and words[-1] == mine[-1])

    def own_possessives(self, clause: "Clause", reg: Registry) -> None:
        """Mark 'his'/'her' as the topic's in a clause whose subject is the topic person ("On his
        return, Darwin worked up his notes"): a reader takes them so, and the checks may keep them."""
        if self.name is None:
            return
        subj = clause.subject()
        if not subj:
            return
        named = " ".join(clause.subst.get(t.i, t.text) for t in subj if clause.subst.get(t.i) != "")
        if not self._is_topic(named, reg):
            return
        gender = "he" if self.seen["he"] > 2 * self.seen["she"] else "she" if self.seen["she"] > 2 * self.seen["he"] else None
        mine = {"he": "his", "she": "her"}.get(gender or "")
        for t in clause.tokens:
            if t.tag_ == "PRP$" and t.lower_ == mine and t.i not in clause.subst:
                clause.subst[t.i] = t.text


def topic_named(title: str, reg: Registry) -> tuple[str, str] | None:
    """(name, kind) when the title is a company, country or city the article names most of its
    kind ('Comcast'), so that 'the company' with no other company near is that one."""
    name = reg.full(strip_the(title.strip()))
    kind = reg.kind(name)
    if kind and reg.names_of_kind(kind)[:1] == [name]:
        return name, kind
    return None


def name_description(clause: "Clause", named: tuple[str, str] | None, recent: list["Span"], reg: Registry) -> None:
    """'The company agreed to merge ...' -> 'Comcast agreed to merge ...' in an article titled
    'Comcast' when no other name of its kind is in the sentence (before it) or the one before."""
    from quizgen.generate.resolve.standalone import descriptions

    subj = clause.subject()
    if named is None or len(subj) != 2 or subj[0].lower_ != "the" or subj[1].i in clause.subst:
        return
    name, kind = named
    if kind not in descriptions().get(subj[1].lower_, set()):
        return
    near = [e for s in recent[-1:] for e in sentence_ents(s)] + [e for e in sentence_ents(clause.sent) if e.end <= subj[0].i]
    if any(reg.kind(reg.full(e.text)) == kind and reg.full(e.text) != name for e in near):
        return
    clause.subst[subj[0].i] = ""
    clause.subst[subj[1].i] = name
    clause.names.add(subj[1].i)


REPORTING = {"say", "announce", "expect", "hope", "believe", "claim", "insist", "warn", "state", "confirm",
             "deny", "add", "think", "predict", "promise", "decide"}


def reported_pronouns(clause: "Clause", reg: Registry) -> None:
    """'Flybe says it will cut 300 jobs': the 'it' of what a named subject says is that subject,
    for any reader, when the clause keeps the name and the saying verb (marked as resolved)."""
    ids = {t.i for t in clause.tokens}
    for t in clause.tokens:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ not in ("it", "he", "she") or t.i in clause.subst:
            continue
        said = t.head
        saying = said.head if said.dep_ == "ccomp" else None
        if saying is None or saying.lemma_ not in REPORTING or saying.i not in ids:
            continue
        speaker = next((c for c in saying.children if c.dep_ == "nsubj" and c.i in ids and c.i < t.i), None)
        if speaker is None or not (speaker.pos_ == "PROPN" or speaker.i in clause.subst):
            continue
        name = clause.subst.get(speaker.i) or " ".join(x.text for x in speaker.subtree if x.i in ids)
        person = reg.kind(name) == "person" or (speaker.ent_type_ == "PERSON")
        if (t.lower_ == "it") != (not person):
            continue
        clause.subst[t.i] = t.text
