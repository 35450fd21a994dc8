"""A story's cast of unnamed characters ('a mighty lion', 'a small mouse'): whom 'he' and 'she'
stand for once the story has shown each one's pronoun ("The lion ... his lunch")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizgen.generate.options.phrases import noun_class
from quizgen.generate.resolve.topic import HE, SHE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ANIMATE = {"person", "animal"}


def _gender(t: "Token") -> str | None:
    low = t.lower_
    if t.pos_ != "PRON" and t.tag_ != "PRP$":
        return None
    return "he" if low in HE else "she" if low in SHE else None


@dataclass
class Cast:
    """Each character's pronoun, learnt from the story ('he' for the lion, 'she' for the mouse)."""

    genders: dict[str, str] = field(default_factory=dict)   # 'lion' -> 'he'
    mixed: set[str] = field(default_factory=set)            # called both: never resolved
    last_subject: str | None = None                         # the character the sentence before was about
    animate: set[str] = field(default_factory=set)          # every character introduced ('a lion')
    last_animate: str | None = None                         # whoever (any person or animal) it was about

    def read(self, sent: "Span", known: frozenset[str]) -> None:
        """Learn from a sentence: a character subject with a later 'his'/'her' in the sentence, or a
        sentence opening with 'He'/'She' right after one about a character."""
        subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                        and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in known
                        and noun_class(t) in ANIMATE), None)
        lead = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
        if lead is not None and _gender(lead) and self.last_subject and lead.i == sent.start:
            self._learn(self.last_subject, _gender(lead))
        if subject is not None:
            said = {_gender(t) for t in sent if t.i > subject.i} - {None}
            if len(said) == 1:
                self._learn(subject.lemma_.lower(), said.pop())
        self.last_subject = subject.lemma_.lower() if subject is not None else None
        root = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        self.last_animate = root.lemma_.lower() if root is not None and noun_class(root) in ANIMATE else None

    def _learn(self, who: str, gender: str) -> None:
        if self.genders.setdefault(who, gender) != gender:
            self.mixed.add(who)

    def stands_for(self, sent: "Span", known: frozenset[str]) -> tuple[str, str] | None:
        """('the lion', 'person') for a sentence whose first pronoun is 'he' when the lion is the
        only character called so, and the sentence says nothing of the other pronoun."""
        first = next((g for g in map(_gender, sent) if g), None)
        if first is None or any(_gender(t) not in (None, first) for t in sent):
            return None
        called = [w for w, g in self.genders.items() if g == first and w not in self.mixed and w in known]
        unknown = [w for w in known if w not in self.genders and w in self.animate]
        if len(called) != 1 or unknown or self.last_animate not in (None, called[0]):
            return None  # 'The wolf licked his paws. He ...': the wolf, whatever the story said before
        return f"the {called[0]}", "person"

    def meet(self, sent: "Span") -> None:
        """Note the characters a sentence introduces ('a mighty lion')."""
        for t in sent:
            if t.pos_ == "NOUN" and noun_class(t) in ANIMATE and any(c.lower_ in ("a", "an") for c in t.children):
                self.animate.add(t.lemma_.lower())
