"""Questions a teacher asks of a story: who did what ("Who dropped an axe into the river?" -> the
woodcutter, the story's other characters as options), what a character found, carried or made
("What did the fox pick up?" -> cheese, the story's other things as options), and a blank over the
key noun of it ("One day a crow found a piece of ____." -> cheese)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.ask.common import finish
from quizgen.generate.ask.context import ClauseContext
from quizgen.generate.ask.fill_in import BLANK
from quizgen.generate.ask.frames import BARE_USE
from quizgen.generate.ask.wh_question import MAX_WORDS, question_in_role, subject_question
from quizgen.generate.candidate import Candidate, Skip
from quizgen.generate.options.phrases import QUANTIFIERS, noun_class
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.resolve.narrative import Narrative

if TYPE_CHECKING:
    from spacy.tokens import Token

ANIMATE = {"person", "animal"}
MIN_FILL_WORDS, MAX_FILL_WORDS = 6, 24  # a story's sentences are short; a long one is hard to blank fairly
NEEDED = 3
MAIN_AT_LEAST = 3  # mentions (a pronoun counts) that make the most-spoken-of character the main one


def _words() -> dict:
    return data.json_data("story.json")


def _character(ctx: ClauseContext) -> tuple[str, list["Token"]] | None:
    """(how the question names the subject, its tokens) when the clause's subject is one of the
    story's characters: a pronoun resolved to one, or 'the fox' the story introduced once."""
    subj = ctx.clause.subject()
    if len(subj) == 1 and subj[0].pos_ == "PRON" and ctx.clause.subst.get(subj[0].i) in ctx.characters:
        return ctx.clause.subst[subj[0].i], subj
    if len(subj) == 1 and subj[0].pos_ == "PROPN" and not subj[0].ent_type_ and subj[0].text in ctx.characters:
        return subj[0].text, subj  # 'Fred', a name the parser did not tag (a tagged one is the wh-question's)
    head = next((t for t in subj if t.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None or head.tag_ != "NN" or noun_class(head) not in ANIMATE:
        return None
    key = f"the {head.lemma_.lower()}"
    if key in ctx.characters and subj[0].lower_ in ("the", "a", "an") and all(t.dep_ in ("det", "amod", "nsubj", "nsubjpass") for t in subj):
        return key, subj
    return None


def _trivial(ctx: ClauseContext) -> Why | None:
    """Why the clause says too little of the character to ask about ('He said hello', 'She was sad')."""
    verb = ctx.clause.verb
    if verb.lemma_ in _words()["not_deeds"]:
        return Reason.STORY_NO_DEED(verb.lemma_)
    said = [t for t in ctx.clause.tokens if t.i > verb.i and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")]
    if not said:
        return Reason.STORY_NO_DEED(verb.lemma_)
    return None


def story_who(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """'Who dropped an axe into the river?' -> the woodcutter, with three other characters of the
    story named the same way (names with names, 'the fox' with 'the crow')."""
    found = _character(ctx)
    if found is None or ctx.clause.kind != "main":
        return
    who, subj = found
    if _trivial(ctx) is not None:
        yield ctx.skip("story_who", _trivial(ctx))
        return
    if _main(ctx, who):
        yield ctx.skip("story_who", Reason.STORY_MAIN_CHARACTER(who))
        return
    named = Narrative.named(who)
    others = [c for c in ctx.characters if Narrative.named(c) == named and c != who]
    prompt = subject_question(ctx.clause, _whole(subj, who), "subject", {"subject": "Who"})
    if isinstance(prompt, Why):
        yield ctx.skip("story_who", prompt)
        return
    low = prompt.lower()
    others = [c for c in others if c.lower().removeprefix("the ") not in low][:NEEDED]
    cand = Candidate(rule="story_who", type="multiple_choice", prompt=prompt, answer=who,
                     context=ctx.text, sentence_index=ctx.index, kind="person",
                     fact=f"{who.lower()}|{ctx.clause.verb.lemma_}|{ctx.index}", distractors=others)
    if len(prompt.split()) > MAX_WORDS:
        cand.drop(Reason.QUESTION_TOO_LONG(len(prompt.split())))
    elif who.lower().removeprefix("the ") in low:
        cand.drop(Reason.GIVEN_AWAY_IN_QUESTION())
    elif len(others) < NEEDED:
        yield from _character_blank(ctx, who, subj, len(ctx.characters) - 1)
        return
    yield cand


def _main(ctx: ClauseContext, who: str) -> bool:
    """The character the story speaks of most so far: every 'Who ...?' would be them, and a deck
    that asks them once can name them in no other question."""
    mine = ctx.characters.get(who, 0)
    rest = [n for c, n in ctx.characters.items() if c != who]
    return mine >= MAIN_AT_LEAST and mine >= 2 * max(rest, default=0)


def _character_blank(ctx: ClauseContext, who: str, subj: list["Token"], others: int) -> Iterator[Candidate]:
    """'____ stumbled against a big round stone.' -> Fred, 'The ____ picked up the cheese.' -> fox,
    when the story has another character too (with one only, every blank would be that one)."""
    answer = who.removeprefix("the ")
    shown = BLANK if answer == who else f"the {BLANK}"
    repl = {subj[0].i: shown, **{t.i: "" for t in subj[1:]}}
    prompt = finish(ctx.clause.render(replace=repl))
    words = len(prompt.split())
    cand = Candidate(rule="story_who_fill_in", type="fill_in", prompt=prompt, answer=answer, context=ctx.text,
                     sentence_index=ctx.index, kind="person", fact=f"{who.lower()}|{ctx.clause.verb.lemma_}|{ctx.index}")
    if others < 1:
        cand.drop(Reason.STORY_FEW_CHARACTERS(others))
    elif words < MIN_FILL_WORDS:
        cand.drop(Reason.TOO_LITTLE_AROUND_BLANK())
    elif words > MAX_FILL_WORDS:
        cand.drop(Reason.FILL_IN_TOO_LONG(words))
    yield cand


def _whole(subj: list["Token"], who: str):
    """The subject as the answer span the wh-question form replaces."""
    from quizgen.generate.ask.common import Answer
    return Answer(start=subj[0].i, end=subj[-1].i + 1, text=who, kind="person", accept=[])


def story_thing(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """A blank over the head noun of what a character acted on, when words before it say which
    ('a big round ____', 'a piece of ____'): the story's things, one per blank."""
    subj = ctx.clause.subject()
    named = len(subj) >= 1 and all(t.ent_type_ == "PERSON" for t in subj) and " ".join(t.text for t in subj) in ctx.characters
    if _character(ctx) is None and not named:
        return
    if _trivial(ctx) is not None:
        return  # story_who said why
    clause = ctx.clause
    ids = {t.i for t in clause.tokens}
    for head in _things(clause.verb):
        if head.i not in ids or head.i in clause.subst or head.pos_ != "NOUN" or head.ent_type_:
            continue
        why = _unfit_thing(ctx, head, ids)
        if why is not None:
            yield ctx.skip("story_thing", why)
            continue
        prompt = finish(clause.render(replace={head.i: BLANK}))
        words = len(prompt.split())
        cand = Candidate(rule="story_thing", type="fill_in", prompt=prompt, answer=head.text,
                         accept=[head.lemma_] if head.lemma_ != head.text else [], context=ctx.text,
                         sentence_index=ctx.index, kind=noun_class(head) or "thing",
                         fact=f"{head.lemma_.lower()}|{clause.verb.lemma_}|{ctx.index}")
        if words < MIN_FILL_WORDS:
            cand.drop(Reason.TOO_LITTLE_AROUND_BLANK())
        elif words > MAX_FILL_WORDS:
            cand.drop(Reason.FILL_IN_TOO_LONG(words))
        elif prompt.lower().count(head.lower_) or prompt.count(BLANK) != 1:
            cand.drop(Reason.GIVEN_AWAY_IN_SENTENCE())
        yield cand


def _things(verb: "Token") -> Iterator["Token"]:
    """The heads of the verb's object and of the objects of its prepositions ('found a key under the mat')."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _words()["portions"]:
            yield from (o for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        elif c.dep_ == "dobj":
            yield c
        elif c.dep_ == "prep":
            yield from (o for o in c.children if o.dep_ == "pobj")


def _unfit_thing(ctx: ClauseContext, head: "Token", ids: set[int]) -> Why | None:
    """Why the noun is no key term to blank: not a concrete thing, nothing before it says which, or
    the blank would be a word of a set phrase."""
    if noun_class(head) in ANIMATE | {"", "generic"} and head.lemma_.lower() not in _words()["things"]:
        return Reason.STORY_NOT_A_THING(head.text)
    before = [c for c in head.children if c.i < head.i and c.i in ids and c.dep_ in ("amod", "compound")
              and c.lower_ not in QUANTIFIERS]
    of = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _words()["portions"]
    if not before and not of:
        return Reason.STORY_THING_UNSAID(head.text)
    if head.dep_ == "conj" or any(k.dep_ == "conj" for k in head.children):
        # 'noticed a dark ____ and a horse-shaped head': one of the things a sentence lists in passing
        return Reason.LIST_ITEM_BLANK(head.text)
    if not of and all(c.dep_ == "compound" for c in before):
        # 'toward the school ____' (building): the end of a compound noun, not a thing the words
        # before describe
        return Reason.STORY_THING_COMPOUND(head.text, " ".join(c.text for c in before))
    return None


def story_what(ctx: ClauseContext) -> Iterator[Candidate | Skip]:
    """'What did the fox pick up?' -> cheese: the thing a character acted on, with three other
    things of the story as options (none in the asked sentence)."""
    subj = ctx.clause.subject()
    named = bool(subj) and all(t.ent_type_ == "PERSON" for t in subj) and " ".join(t.text for t in subj) in ctx.characters
    if _character(ctx) is None and not named:
        return
    clause, verb = ctx.clause, ctx.clause.verb
    if verb.lemma_ in _words()["no_what"]:
        return
    ids = {t.i for t in clause.tokens}
    head = next((c for c in verb.children if c.dep_ == "dobj" and c.i in ids and c.pos_ == "NOUN"), None)
    if head is None or head.i in clause.subst:
        return
    thing = next(_things_of(head), head)
    if verb.lemma_ in BARE_USE and not any(c.dep_ in ("xcomp", "advcl", "prep", "dative") for c in verb.children):
        yield ctx.skip("story_what", Reason.VAGUE_VERB(verb.lemma_, head.text))  # 'What did Lun use?': what for?
        return
    if _thing_word(thing) is None:
        yield ctx.skip("story_what", Reason.STORY_NOT_A_THING(thing.text))
        return
    span = sorted(t.i for t in head.subtree if t.i in ids)
    # 'his axe' is fine: the question replaces the whole object ('What did the woodcutter drop?')
    if span != list(range(span[0], span[-1] + 1)) or any(clause.sent.doc[i].tag_ in ("PRP", "WDT", "WP") for i in span):
        yield ctx.skip("story_what", Reason.PHRASE_BROKEN(head.text))
        return
    from quizgen.generate.ask.common import Answer
    answer = Answer(start=span[0], end=span[-1] + 1, text=thing.text, kind="thing", accept=[])
    prompt = question_in_role(clause, answer, "object", None, {"object": "What"})
    if isinstance(prompt, Why):
        yield ctx.skip("story_what", prompt)
        return
    phrase = clause.sent.doc[span[0]:span[-1] + 1].text
    cand = Candidate(rule="story_what", type="multiple_choice", prompt=prompt, answer=thing.text,
                     accept=[w for w in (phrase, thing.lemma_) if len(w.split()) <= 4 and w != thing.text],
                     context=ctx.text, sentence_index=ctx.index, kind="thing",
                     fact=f"{phrase.lower()}|{verb.lemma_}|{ctx.index}")
    said = {w.lower() for w in ctx.text.replace(",", " ").replace(".", " ").split()}
    plural = thing.tag_ == "NNS"
    # Options of the answer's own kind (food among foods): 'fuel · box · coat' mixes kinds.
    kind = noun_class(thing)
    alike = set(_classes().get(kind, ())) if kind else set()
    cand.distractors = [w for w in _story_things(ctx) if w not in said and w != thing.lemma_.lower()
                        and (w.endswith("s") == plural) and w in alike][:NEEDED]
    if len(prompt.split()) > MAX_WORDS:
        cand.drop(Reason.QUESTION_TOO_LONG(len(prompt.split())))
    elif thing.lower_ in prompt.lower().split():
        cand.drop(Reason.GIVEN_AWAY_IN_QUESTION())
    elif len(cand.distractors) < NEEDED:
        cand.drop(Reason.STORY_FEW_THINGS(len(cand.distractors)))
    yield cand


def _things_of(head: "Token") -> Iterator["Token"]:
    """'a piece of cheese' is the cheese."""
    if head.lemma_.lower() in _words()["portions"]:
        yield from (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _thing_word(t: "Token") -> str | None:
    """The noun, when it names a concrete thing a story's reader would recall."""
    cls = noun_class(t)
    if cls in CONCRETE or t.lemma_.lower() in _words()["things"]:
        return t.lemma_.lower()
    return None


CONCRETE = {"food", "material", "device", "document", "vehicle", "plant", "building"}


def _story_things(ctx: ClauseContext) -> list[str]:
    """The story's other concrete things, as single nouns ('branch', 'beak', 'tree'), in a fixed order."""
    words = set(_words()["things"]) | {w for cls, words in _classes().items() if cls in CONCRETE for w in words}
    seen = set(ctx.words) | {t.lemma_.lower() for t in ctx.sentence.doc if t.pos_ == "NOUN"}
    return sorted(w for w in seen if w in words)


def _classes() -> dict[str, list[str]]:
    from quizgen.generate.options.phrases import noun_classes
    out: dict[str, list[str]] = {}
    for word, cls in noun_classes().items():
        out.setdefault(cls, []).append(word)
    return out
