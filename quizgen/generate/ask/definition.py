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
from quizgen.generate.options.claims import appositive_definitions, definition_term, is_name
from quizgen.generate.reasons import Reason

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PRONOUNS = {"PRP", "PRP$"}
NEEDED = 3
# Below the fill-in over the same term: one fact per deck forbids a kept answer among another
# question's options, so one such question would cost the three terms it offers their own
# questions. It is asked where the fill-in is not (a blank the vetting refuses).
MC_PRIORITY = -0.5


def defined_term(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A fill-in over the term a present-tense 'X is a Y ...' sentence or an 'X, a Y that ...,'
    appositive defines, asked once, from the main clause (and as multiple choice with three other
    terms); nothing when the sentence defines nothing."""
    if ctx.clause.kind != "main":
        return
    sent = ctx.sentence
    term = definition_term(sent)
    if term is not None and is_name(term):
        # 'Lagos is the largest city ...': the fill-in over the name (the same blank) and the
        # ranked or wh-question ask it; a second fill-in here would be its twin.
        yield ctx.skip("defined_term", Reason.TERM_IS_NAME(term.text), what=ctx.text)
    elif term is not None:
        verb = sent.root
        yield from _asked(ctx, term, sent[verb.i + 1 - sent.start:], verb.text, sent[1:].text.strip())
    for term, desc in appositive_definitions(sent):
        be = "are" if term.tag_ in ("NNS", "NNPS") else "is"
        yield from _asked(ctx, term, desc, be, f"{be} {desc.text}")


def _asked(ctx: ClauseContext, term: "Token", definition: "Span", be: str, rest: str) -> Iterator[Candidate | Skip]:
    """The fill-in '____ {rest}' and the multiple choice 'What {be} {definition} called?', or why not."""
    pronoun = next((t for t in definition if t.tag_ in PRONOUNS), None)
    if any(t.lower_ == term.lower_ for t in definition):
        yield ctx.skip("defined_term", Reason.TERM_GIVEN_AWAY(term.text), what=ctx.text)
        return
    if pronoun is not None:
        yield ctx.skip("defined_term", Reason.PRONOUN_IN_DEFINITION(pronoun.text), what=ctx.text)
        return
    prompt = finish(BLANK + " " + rest)
    if not MIN_WORDS <= len(prompt.split()) <= MAX_WORDS or "(" in prompt:
        yield ctx.skip("defined_term", Reason.DEFINITION_SIZE(len(prompt.split())), what=ctx.text)
        return
    fact = f"{term.lower_}|definition|{ctx.index}"
    answer = term.text[0].upper() + term.text[1:]
    yield Candidate(rule="defined_term", type="fill_in", prompt=prompt, answer=answer, context=ctx.text,
                    sentence_index=ctx.index, kind="term", fact=fact)
    yield from _term_named(ctx, term, answer, definition, be, fact)


def _term_named(ctx: ClauseContext, term: "Token", answer: str, defining: "Span", be: str,
                fact: str) -> Iterator[Candidate | Skip]:
    """'What is the process by which ... called?' with the article's other defined terms as options
    (those defined as the same kind of thing first: a process among processes)."""
    plural, definition = be.lower() == "are", defining.text.strip().rstrip(".;:!")
    what = defining.root.lemma_.lower()
    terms = sorted(ctx.reg.terms.items(), key=lambda item: item[1][3] != what)
    options = [text for key, (text, many, name, _) in terms  # none the definition uses
               if key != term.lower_ and many == plural and not name and key not in definition.lower()]
    if len(options) < NEEDED:
        yield ctx.skip("defined_term_named", Reason.TOO_FEW_TERMS(len(options)), what=ctx.text)
        return
    prompt = finish(f"What {be.lower()} {definition} called", "?")
    yield Candidate(rule="defined_term_named", type="multiple_choice", prompt=prompt, answer=answer,
                    context=ctx.text, sentence_index=ctx.index, kind="term", fact=fact,
                    distractors=[_like(o, answer) for o in options[:NEEDED]], priority=MC_PRIORITY)


def _like(option: str, answer: str) -> str:
    """An option written like the answer: capitalised as it opens the sentence."""
    return option[0].upper() + option[1:] if answer[0].isupper() else option
