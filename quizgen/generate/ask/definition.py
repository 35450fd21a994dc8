"""Fill-ins over a defined term: "Photosynthesis is the process by which plants ..." ->
"____ is the process by which plants ...". The article's definitions are its key terms, and a
science text often has more of them than names or dates. With three other terms the article defines
(as many, singular or plural), it is also asked the other way, as multiple choice: "What is the
process by which plants ... called?" -> Photosynthesis · Osmosis · Respiration · Transpiration."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.generate.ask.common import finish
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.fill_in import BLANK, MAX_WORDS, MIN_WORDS
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.options.claims import definition_term, is_name
from quizgen.generate.reasons import Reason

if TYPE_CHECKING:
    from spacy.tokens import Token

PRONOUNS = {"PRP", "PRP$"}
NEEDED = 3


def defined_term(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A fill-in over the term a present-tense 'X is a Y ...' sentence defines (asked once, from
    its main clause); nothing when the sentence defines nothing."""
    if ctx.clause.kind != "main":
        return
    sent = ctx.sentence
    term = definition_term(sent)
    if term is None:
        return
    rest = sent[1:]
    pronoun = next((t for t in rest if t.tag_ in PRONOUNS), None)
    if any(t.lower_ == term.lower_ for t in rest):
        yield ctx.skip("defined_term", Reason.TERM_GIVEN_AWAY(term.text), what=ctx.text)
        return
    if pronoun is not None:
        yield ctx.skip("defined_term", Reason.PRONOUN_IN_DEFINITION(pronoun.text), what=ctx.text)
        return
    prompt = finish(BLANK + term.whitespace_ + rest.text.strip())
    if not MIN_WORDS <= len(prompt.split()) <= MAX_WORDS or "(" in prompt:
        yield ctx.skip("defined_term", Reason.DEFINITION_SIZE(len(prompt.split())), what=ctx.text)
        return
    fact = f"{term.lower_}|definition|{ctx.index}"
    yield Candidate(rule="defined_term", type="fill_in", prompt=prompt, answer=term.text, context=ctx.text,
                    sentence_index=ctx.index, kind="term", fact=fact)
    yield from _term_named(ctx, term, fact)


def _term_named(ctx: ClauseContext, term: "Token", fact: str) -> Iterator[Candidate | Skip]:
    """'What is the process by which ... called?' with the article's other defined terms as options."""
    if is_name(term):
        return  # a name ('Lagos is the largest city ...'): the rules for names ask it
    plural, verb = ctx.sentence.root.tag_ == "VBP", ctx.sentence.root
    definition = ctx.sentence[verb.i + 1 - ctx.sentence.start:].text.strip().rstrip(".;:!")
    options = [text for key, (text, many, name) in ctx.reg.terms.items()  # none the definition uses
               if key != term.lower_ and many == plural and not name and key not in definition.lower()]
    if len(options) < NEEDED:
        yield ctx.skip("defined_term_named", Reason.TOO_FEW_TERMS(len(options)), what=ctx.text)
        return
    prompt = finish(f"What {verb.text.lower()} {definition} called", "?")
    yield Candidate(rule="defined_term_named", type="multiple_choice", prompt=prompt, answer=term.text,
                    context=ctx.text, sentence_index=ctx.index, kind="term", fact=fact,
                    distractors=[_like(o, term) for o in options[:NEEDED]], priority=0.3)


def _like(option: str, term: "Token") -> str:
    """An option written like the answer: capitalised as it opens the sentence."""
    return option[0].upper() + option[1:] if term.text[0].isupper() else option
