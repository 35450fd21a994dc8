"""The article's topic thing: what an encyclopedia article's 'It'/'Its' (or a plural topic's
'They'/'Their') and its opening description ('the metal') stand for when nothing else can be meant
("Venice is a city in Italy. It is built on a lagoon.")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.generate.options.phrases import noun_class
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.resolve.pronouns import dummy_it

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quizgen.generate.simplify.clauses import Clause

SINGULAR = {"it": False, "its": True}
PLURAL = {"they": False, "their": True}
SUBJECTS = ("nsubj", "nsubjpass")
# Where a noun is one a reader may take the pronoun for: a subject or object, or (in the same sentence
# before the pronoun) inside a phrase ("When the bridge opened, it ...").
BEFORE = ("nsubj", "nsubjpass", "dobj")
EARLIER = (*BEFORE, "pobj", "conj", "appos")
TITLE_SHAPES = [r"^(.+?)\s*[:(].*$", r"^how (the .+?) works?$", r"^history of (.+)$"]
MAX_WORDS = 4
# 'Until the early 20th century, it was hunted': no reader takes 'it' for a time or an amount.
NOT_THINGS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}


def topic_core(title: str) -> str | None:
    """The one thing a title names, lower-cased ('How the Heart Works' -> 'heart', 'The Amazon
    River' -> 'amazon river'); None for a title of more than a few words."""
    core = " ".join(title.split()).lower()
    for shape in TITLE_SHAPES:
        core = re.sub(shape, r"\1", core)
    core = re.sub(r"^(the|a|an) ", "", core).strip()
    words = core.split()
    if not words or len(words) > MAX_WORDS or not all(re.fullmatch(r"[\w'-]+", w) for w in words):
        return None
    return core


def topic_form(core: str, paragraphs: list[str]) -> str | None:
    """The topic as the article writes it mid-sentence ('the platypus', 'Venice', 'the Amazon River'),
    None when the article names it fewer than twice."""
    pattern = re.compile(r"(?:\b(the)\s+)?\b(" + r"\s+".join(map(re.escape, core.split())) + r")\b", re.I)
    found = [(m, p) for p in paragraphs for m in pattern.finditer(p)]
    if len(found) < 2:
        return None
    # The case a sentence start does not force: a common noun is lower-case inside a sentence.
    inner = [m for m, p in found if not re.search(r"(^|[.!?]\s+)$", p[:m.start()])] or [m for m, _ in found]
    words = max({m.group(2) for m in inner}, key=lambda w: sum(x.group(2) == w for x in inner))
    the = sum(bool(m.group(1)) for m in inner) * 2 > len(inner)
    return ("the " if the else "") + " ".join(words.split())


@dataclass
class Thing:
    """The topic thing: its core words, its form in the article, its number, and the noun the
    opening defines it by ('Aluminium is a metal' -> 'metal')."""

    core: str
    form: str
    plural: bool | None = None                        # learnt from the first sentence naming it
    noun: str | None = None                           # 'metal'
    others: set[str] = field(default_factory=set)     # nouns the article defines something else by

    def read(self, sent: "Span") -> None:
        """Learn the topic's number and defining noun from a sentence; note other definitions."""
        span = self.span_in(sent)
        # Learnt where the topic is a noun of its own ('amphibian populations' names no amphibian).
        if span is not None and self.plural is None and span[-1].dep_ not in ("compound", "amod", "nmod"):
            self.plural = span[-1].tag_ in ("NNS", "NNPS")
        root = sent.root
        if root.lemma_ != "be":
            return
        subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
        attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if subj is None or attr is None or not any(c.lower_ in ("a", "an") for c in attr.children):
            return
        ids = {t.i for t in subj.subtree}
        if span is not None and span[-1].i in ids and subj.i == span[-1].i:
            self.noun = self.noun or attr.lemma_.lower()
        else:
            self.others.add(attr.lemma_.lower())

    def span_in(self, sent: "Span") -> "list[Token] | None":
        """The topic's tokens in a sentence, if it names it."""
        words = self.core.split()
        toks = list(sent)
        for n in range(len(toks) - len(words) + 1):
            if [t.lower_ for t in toks[n:n + len(words)]] == words:
                return toks[n:n + len(words)]
        return None

    def is_topic(self, t: "Token", sent: "Span") -> bool:
        """The token is part of the topic's name in its sentence ('River' of 'the Amazon River')."""
        span = self.span_in(sent)
        return span is not None and any(x.i == t.i for x in span)

    def settle(self, clause: "Clause", prev: "Span | None", problem: Why | None) -> tuple[Why | None, Why | None]:
        """(the clause's problem, a refusal to show beside it) once the topic is tried: a resolved
        pronoun clears the problem, a refused one becomes it; a refused description ('the metal')
        is only shown, for the clause stands as it did before."""
        written = dict(clause.subst)
        why = self.resolve(clause, prev)
        if why is None:
            return (None if clause.subst != written else problem), None
        subj = clause.subject()
        if subj[0].lower_ in (PLURAL if self.plural else SINGULAR):
            return why, None
        return problem, why

    def resolve(self, clause: "Clause", prev: "Span | None") -> Why | None:
        """Write the topic for the clause's leading 'It'/'Its'/'They'/'Their' or its opening noun
        ('the metal') when nothing else can be meant; a reason when something else may be; None
        when there is nothing of the topic's to resolve (the clause is left as it was)."""
        subj = clause.subject()
        if not subj or subj[0].i in clause.subst or prev is None or self.plural is None:
            return None
        lead = subj[0]
        low = lead.lower_
        words = SINGULAR if not self.plural else PLURAL
        pronoun = (low in words and not words[low] and len(subj) == 1 and lead.dep_ in SUBJECTS
                   or low in words and words[low] and lead.tag_ == "PRP$" and lead.dep_ == "poss")
        noun = (not pronoun and len(subj) == 2 and low == "the" and subj[1].pos_ == "NOUN"
                and subj[1].lemma_.lower() == self.noun and subj[1].tag_ == "NN" and not self.plural)
        if not pronoun and not noun or pronoun and dummy_it(lead):
            return None
        said = lead.text if pronoun else f"{lead.text} {subj[1].text}"
        if noun and self.noun in self.others:
            return Reason.TOPIC_NOUN_DEFINED_TWICE(said, self.noun)
        other = self._other_candidate(clause, prev, subj[-1] if noun else lead)
        if other is not None:
            return Reason.TOPIC_OTHER_CANDIDATE(said, other.text, self.form)
        if pronoun:
            name = self.form if not words[low] else self.form + ("'" if self.form.endswith("s") else "'s")
            clause.subst[lead.i] = name
        else:
            clause.subst[lead.i] = ""
            clause.subst[subj[1].i] = self.form
        clause.names.add(subj[-1].i if noun else lead.i)
        return None

    def _other_candidate(self, clause: "Clause", prev: "Span", at: "Token") -> "Token | None":
        """A noun of the topic's number (and, for 'it', no person) in the sentence before, as its
        subject or object, or in this sentence before the pronoun: one a reader may take it for.
        A sentence before about the topic itself (or 'it') leaves its objects aside."""
        main = next((c for c in prev.root.children if c.dep_ in (*SUBJECTS, "csubj", "csubjpass")), None)
        if main is None or main.dep_.startswith("csubj") or main.pos_ == "VERB":
            # 'Understanding how the heart works is ... It is ...': the understanding (or, with no
            # subject found at all, whatever the parse missed)
            return main if main is not None else prev.root
        about = main is not None and (self.is_topic(main, prev) or main.lower_ == ("they" if self.plural else "it"))
        before = [] if about else [t for t in prev if t.dep_ in BEFORE]
        before += [t for t in clause.sent if t.i < at.i and t.dep_ in EARLIER and t.i != at.i]
        for t in before:
            if not self._fits(t) or self.is_topic(t, prev if t.i < clause.sent.start else clause.sent):
                continue
            if self.noun and t.lemma_.lower() == self.noun and _definite(t) and t.i != at.i:
                continue  # 'the metal' again: the topic
            return t
        return None

    def _fits(self, t: "Token") -> bool:
        """A noun the pronoun could stand for by number (and animacy, for 'it')."""
        if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in NOT_THINGS:
            return False
        if self.plural:
            return t.tag_ in ("NNS", "NNPS")
        return t.tag_ in ("NN", "NNP") and noun_class(t) != "person" and t.ent_type_ != "PERSON"


def _definite(t: "Token") -> bool:
    return any(c.lower_ == "the" for c in t.children)


def topic_thing(title: str, paragraphs: list[str], person: str | None) -> Thing | None:
    """The thing an article's title names, when it is no person and the article names it."""
    if person is not None:
        return None
    core = topic_core(title)
    if core is None:
        return None
    core = _as_written(core, paragraphs)
    # 'Amazon River' may be written 'the Amazon' throughout.
    for words in (core, " ".join(core.split()[:-1])):
        form = topic_form(words, paragraphs) if words else None
        if form:
            return Thing(words, form)
    return None


def _as_written(core: str, paragraphs: list[str]) -> str:
    """The title's thing in the number the article mostly writes it ('Hummingbird' titles an article
    about 'hummingbirds', whose 'they' is then theirs)."""
    last = core.split()[-1]
    plural = last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else last + ("es" if re.search(r"(s|x|ch|sh)$", last) else "s")
    many = core[: len(core) - len(last)] + plural

    def said(words: str) -> int:
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words.split())) + r"\b", re.I)
        return sum(len(pattern.findall(p)) for p in paragraphs)

    return many if said(many) > said(core) else core

