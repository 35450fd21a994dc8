"""Whom a story's or a report's 'he', 'she', 'his', 'her' and 'him' stand for: the one person (or
animal) it can mean. A pronoun is resolved only when, among the people of the sentence before it
(or the nearest one before that names anybody) and of its own sentence up to it, exactly one is
of its gender and number ("Fred stumbled on a stone. He laid his coat on it." -> Fred); otherwise
it stays unresolved, with the reason named (two people it may mean, or one the story never names)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.generate.options.phrases import noun_class
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.resolve import gazetteer
from quizgen.generate.resolve.mentions import (ANIMATE, LOOK_BACK, NOT_PEOPLE, OBJECTS, Mention, bound_subject,
                                               is_title, noun_genders, own_subject, pronoun_gender)
from quizgen.generate.resolve.registry import Registry
from quizgen.generate.simplify.sentences import bracketed, quoted_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quizgen.generate.simplify.clauses import Clause

@dataclass
class Narrative:
    """The people of the sentences read so far, and each one's pronoun as the story has used it."""

    reg: Registry
    genders: dict[str, str] = field(default_factory=dict)   # learnt: 'Fred' -> 'he'
    mixed: set[str] = field(default_factory=set)            # called both 'he' and 'she': never resolved
    past: list[list[Mention]] = field(default_factory=list)  # each sentence's people, last one last
    introduced: dict[str, int] = field(default_factory=dict)  # 'man' -> how many 'a man's the story met
    characters: dict[str, int] = field(default_factory=dict)  # everyone met so far -> how often spoken of
    resolved: dict[int, Mention] = field(default_factory=dict)  # this sentence: pronoun -> whom
    refused: dict[int, Why] = field(default_factory=dict)       # this sentence: pronoun -> why not
    titled: frozenset[str] = frozenset()  # characters the title introduces ('The Tortoise and the Hare')

    def _gender(self, key: str | None, head: "Token | None") -> str | None:
        if key is not None and key in self.mixed:
            return None
        if key is not None and key in self.genders:
            return self.genders[key]
        return noun_genders().get(head.lemma_.lower()) if head is not None else None

    def _mention(self, t: "Token") -> Mention | None:
        """The person or animal `t` names, as a mention, or None when it names nobody."""
        if t.ent_type_ == "PERSON":
            if t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON" and t.doc[t.i + 1].ent_iob_ == "I":
                return None  # only the last word of a name counts
            start = t.i
            while start > t.sent.start and t.doc[start].ent_iob_ == "I":
                start -= 1
            name = self.reg.full(t.doc[start:t.i + 1].text.removesuffix("'s"))
            return Mention(name, name, self._gender(name, None), t.i)
        if (t.pos_ == "PROPN" and t.tag_ == "NNP" and not t.ent_type_ and noun_class(t) not in ANIMATE
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and self.reg.kind(t.text) in (None, "person")
                and not any(c.dep_ == "compound" for c in t.children)):
            # A first name the parser did not tag ('Fred hopped ...'): a person, if the story says 'he'.
            name = self.reg.full(t.text)
            return Mention(name, name, self._gender(name, None), t.i)
        if (t.pos_ == "PROPN" and t.ent_type_ not in NOT_PEOPLE and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative")
                and not t.text[:1].islower()  # 'iPhone', 'eBay': a product, never a person
                and t.ent_iob_ == "B" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
                and gazetteer.place_kind(t.text) is None):
            return Mention(None, t.text, None, t.i)  # 'Nadia planted', 'met Yusuf' tagged no person: maybe one
        if t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS") or noun_class(t) not in ANIMATE:
            return None
        if t.dep_ == "compound" or any(c.dep_ == "conj" for c in t.children) or t.dep_ == "conj":
            return Mention(None, t.text, None, t.i)  # one of several ('a man and his wife'): unsure
        lemma = t.lemma_.lower()
        owned = any(c.dep_ == "poss" for c in t.children)
        people = self.reg.roles.get(lemma, set())
        if not owned and len(people) == 1 and "" not in people:
            name = self.reg.full(next(iter(people)))  # 'the boy' the article names ('a boy named Sam')
            return Mention(name, name, self._gender(name, t), t.i)
        if owned:
            owner = self._owner(t)
            if owner is None:
                return Mention(None, t.text, self._gender(None, t), t.i)  # 'his father': whose?
            key = f"{owner}'s {lemma}"  # 'Fred's mother', 'his mother' once 'his' is Fred
            return Mention(key, key, self._gender(key, t), t.i)
        met = self.introduced.get(lemma, 0) or int(lemma in self.titled)  # the title's 'the hare' and 'a hare' are one
        if met > 1:
            return Mention(None, t.text, self._gender(None, t), t.i)  # one of two men
        if met != 1:
            return Mention(None, t.text, self._gender(None, t), t.i)  # 'the boy' never met as 'a boy': which?
        key = f"the {lemma}"  # 'the little boy' is the boy: the story meets one
        return Mention(key, key, self._gender(key, t), t.i)

    @staticmethod
    def named(key: str) -> bool:
        """A character called by name ('Fred'), not by what it is ('the fox', "Fred's mother")."""
        return not key.startswith("the ") and "'" not in key

    def _owner(self, t: "Token") -> str | None:
        """Who owns `t` ('his' resolved to Fred, or 'Fred's'): a named character only."""
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is None or any(c.dep_ == "conj" for c in poss.children):
            return None
        if poss.tag_ == "PRP$":
            m = self.resolved.get(poss.i)
        else:
            m = self._mention(poss)
        return m.key if m is not None and m.key is not None and self.named(m.key) else None

    def read(self, sent: "Span") -> None:
        """Resolve the sentence's pronouns (before its clauses are asked), in order, each against
        the people named before it."""
        quoted = quoted_tokens(sent.doc)
        self.resolved, self.refused = {}, {}
        for t in sent:
            if t.pos_ in ("NOUN", "PROPN") and any(c.lower_ in ("a", "an") for c in t.children):
                self.introduced[t.lemma_.lower()] = self.introduced.get(t.lemma_.lower(), 0) + 1
        here: list[Mention] = []
        main = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        deferred: list["Token"] = []
        aside = bracketed(sent)
        for t in sent:
            if t.i in quoted or t.i in aside:
                continue  # words in quotation marks, and a bracketed aside ('(Curie was her husband's name)')
            gender = pronoun_gender(t)
            if gender is None:
                m = self._mention(t)
                if m is not None:
                    here.append(m)
                continue
            if (t.tag_ == "PRP$" and is_title(t)) or t.lower_.endswith("self"):
                continue  # a title ('Her Majesty'), or a reflexive: its clause's subject, never asked
            if main is not None and t.i < main.i and self._cataphor(t, gender, main) and t.i != main.i:
                deferred.append(t)  # 'When he reached home, he ...', 'On his way, the son ...': the main subject's
                continue
            if t.i in self.resolved and main is not None and t.i == main.i:
                continue
            found = self._resolve(t, gender, here, sent)
            if isinstance(found, Why):
                self.refused[t.i] = found
                here.append(Mention(None, t.text, gender, t.i))
            else:
                self.resolved[t.i] = found
                here.append(Mention(found.key, found.shown, gender, t.i))
                self._learn(found.key, gender)
        for t in deferred:
            if main.i in self.resolved:
                self.resolved[t.i] = Mention(self.resolved[main.i].key, self.resolved[main.i].shown, pronoun_gender(t), t.i)
            elif main.i in self.refused:
                self.refused[t.i] = self.refused[main.i]
            else:
                m = self._mention(main)
                if m is not None and m.key is not None:
                    self.resolved[t.i] = Mention(m.key, m.shown, pronoun_gender(t), t.i)
                    self._learn(m.key, pronoun_gender(t))
                else:
                    self.refused[t.i] = Reason.PRONOUN_UNNAMED_CANDIDATE(t.text, main.text)
        self._learn_possessors(sent, here)
        for m in here:
            if m.key is not None:
                self.characters[m.key] = self.characters.get(m.key, 0) + 1
        for t in sent:  # 'a fox, a crow and a goat': each one a character, though no pronoun's
            lemma = t.lemma_.lower()
            if (t.tag_ == "NN" and noun_class(t) in ANIMATE and self.introduced.get(lemma) == 1
                    and any(c.lower_ in ("a", "an") for c in t.children)):
                self.characters.setdefault(f"the {lemma}", 1)
        self.past = [*self.past[-LOOK_BACK:], here]

    def _cataphor(self, t: "Token", gender: str, main: "Token") -> bool:
        """A pronoun before the sentence's main subject that a reader takes for it: the subject is
        the same pronoun, or a character of its gender ('On his way to town, the boy ...')."""
        if pronoun_gender(main) is not None:
            return pronoun_gender(main) == gender
        # Not a name: 'Without his bodyguard, Ward Hill Lamon, Lincoln left' may be parsed with the
        # bodyguard's name as the subject.
        m = self._mention(main) if main.pos_ == "NOUN" else None
        return m is not None and m.key is not None and m.gender in (None, gender)

    def _before(self) -> list[Mention]:
        """The people of the nearest sentence before that names anybody."""
        return next((ms for ms in reversed(self.past[-LOOK_BACK:]) if ms), [])

    def _now(self, m: Mention) -> str | None:
        """A mention's pronoun as the story has shown it so far ('The mouse looked out of her hole')."""
        if m.key is None or m.key in self.mixed:
            return m.gender if m.key is None else None
        return self.genders.get(m.key, m.gender)

    def _skipped(self) -> bool:
        """The sentence just before names nobody: the people looked at are further back."""
        return bool(self.past) and not self.past[-1]

    def _resolve(self, t: "Token", gender: str, here: list[Mention], sent: "Span") -> Mention | Why:
        own = own_subject(t)
        mine = next((m for m in here if own is not None and m.i == own), None)
        if mine is not None and mine.key is not None and mine.gender in (None, gender):
            return Mention(mine.key, mine.shown, gender, t.i)  # 'the son thought about his family': the son's
        bound = bound_subject(t)
        bound_key = next((m.key for m in here if m.i == bound and m.key is not None), None)
        pool = [m for m in [*self._before(), *here] if m.i != bound and (bound_key is None or m.key != bound_key)]
        fits = [m for m in pool if self._now(m) in (None, gender)]
        keys = {m.key for m in fits}
        if not fits:
            return Reason.PRONOUN_NO_CANDIDATE(t.text)
        if None in keys:
            unnamed = next(m.shown for m in fits if m.key is None)
            return Reason.PRONOUN_UNNAMED_CANDIDATE(t.text, unnamed)
        if len(keys) > 1:
            a, b = sorted(k for k in keys if k)[:2]
            return Reason.PRONOUN_TWO_CANDIDATES(t.text, a, b)
        chosen = fits[-1]
        if self._skipped() and not here:
            # 'The bear licked his paws. The tree was full of birds. He woke up': past a sentence
            # about no one, only the story's one character of that gender.
            rival = next((k for k in self.characters if k != chosen.key and k not in self.mixed
                          and self.genders.get(k, noun_genders().get(k.removeprefix("the "))) in (None, gender)), None)
            if rival is not None:
                return Reason.PRONOUN_TWO_CANDIDATES(t.text, chosen.shown, rival)
        # 'While he sat there, a king crossed the plain': the sentence's main subject, after the
        # pronoun, may be the one meant.
        later = next((self._mention(x) for x in sent if x.i > t.i and x.dep_ in ("nsubj", "nsubjpass")
                      and x.head.dep_ == "ROOT" and t.head.i != x.head.i), None)
        if later is not None and later.key != chosen.key and later.gender in (None, gender):
            return Reason.PRONOUN_TWO_CANDIDATES(t.text, chosen.shown, later.shown)
        return Mention(chosen.key, chosen.shown, gender, t.i)

    def _learn(self, key: str | None, gender: str) -> None:
        if key is None:
            return
        if self.genders.setdefault(key, gender) != gender:
            self.mixed.add(key)

    def _learn_possessors(self, sent: "Span", here: list[Mention]) -> None:
        """'Leo lost his tail': the subject is the 'his' of its own clause, so Leo is a 'he'."""
        by_i = {m.i: m for m in here}
        for t in sent:
            gender = pronoun_gender(t)
            if gender is None or t.tag_ != "PRP$" or t.i in self.resolved:
                continue
            verb = t.head.head if t.head.dep_ in OBJECTS else None
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if subj is not None and subj.i < t.i and subj.i in by_i:
                self._learn(by_i[subj.i].key, gender)

    def settle(self, clause: "Clause", problem: Why | None) -> Why | None:
        """Write the clause's resolved pronouns in (a person's first mention in the clause by name,
        later ones kept as they are), and say why one that could not be resolved stays."""
        shown: set[str] = {clause.subst[i] for i in clause.subst if clause.subst[i]}
        shown |= {t.text for t in clause.tokens if t.i not in clause.subst and t.ent_type_ == "PERSON"}
        subj = clause.subject()
        if len(subj) == 1 and pronoun_gender(subj[0]) and clause.subst.get(subj[0].i, "").startswith("the "):
            # The cast's 'the lion' for a 'He' this reading finds unsure, or someone else: too unsure.
            given, t = clause.subst[subj[0].i], subj[0]
            if t.i in self.refused:
                return self.refused[t.i]
            if t.i in self.resolved and self.resolved[t.i].shown != given:
                return Reason.PRONOUN_TWO_CANDIDATES(t.text, given, self.resolved[t.i].shown)
        first_refused = None
        for t in clause.tokens:
            if t.i in clause.subst:
                continue
            if t.i in self.refused and first_refused is None:
                first_refused = self.refused[t.i]
            m = self.resolved.get(t.i)
            if m is None:
                continue
            earlier = (self._mention(x) for x in clause.tokens if x.i < t.i and x.i not in clause.subst)
            if m.shown in shown or any(e is not None and e.key == m.key for e in earlier):
                clause.subst[t.i] = t.text  # 'Fred laid his coat': 'his' after Fred is Fred's
                continue
            text = m.shown
            if t.tag_ == "PRP$":
                text += "'" if text.endswith("s") else "'s"
            clause.subst[t.i] = text
            shown.add(m.shown)
        if problem is not None and problem.reason in PRONOUN_PROBLEMS:
            subj = clause.subject()
            if subj and subj[0].i in clause.subst:
                return None
            generic = problem.reason in (Reason.UNRESOLVED_PRONOUN, Reason.PRONOUN_NO_NAMED_SUBJECT)
            return (first_refused or problem) if generic else problem
        return problem if problem is not None else None


PRONOUN_PROBLEMS = {Reason.UNRESOLVED_PRONOUN, Reason.PRONOUN_NOTHING_BEFORE, Reason.PRONOUN_NO_NAMED_SUBJECT,
                    Reason.PRONOUN_DOES_NOT_FIT}
