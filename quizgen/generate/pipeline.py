"""The generator: article -> analysis -> clauses -> candidate questions -> ranked deck."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.generate.candidate import Candidate, Skip
from quizgen.deck.model import Deck, slugify, source_id
from quizgen.generate.reasons import Reason
from quizgen.generate.read.reader import Article

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span

    from quizgen.generate.resolve.thing import Thing

    from quizgen.generate.ask.context import ClauseContext
    from quizgen.generate.resolve.registry import Registry
    from quizgen.generate.resolve.narrative import Narrative
    from quizgen.generate.resolve.topic import Topic

MIN_SENTENCE_WORDS = 6
WORD = re.compile(r"[\w'-]+")


@dataclass
class Generation:
    """A generated deck with every candidate considered (kept and dropped, for --explain)."""

    deck: Deck
    candidates: list[Candidate | Skip] = field(default_factory=list)  # in article order
    sentences: int = 0
    article: Article | None = None

    @property
    def dropped(self) -> list[Candidate | Skip]:
        """Every candidate not asked, each with its named reason (a Skip was refused before it was made)."""
        return [c for c in self.candidates if c.dropped is not None]


def default_limit(n_sentences: int) -> int:
    """About one question per substantive sentence (a few more for the facts beside them), at least 5."""
    return max(5, round(n_sentences * 1.3))


def _headline_like(sent) -> bool:
    """A headline-style line ('Chinese Premier encourages Mongolia ...'), a paragraph of its own: its
    subject is a bare singular noun that names nobody — prose would say 'The Chinese premier'."""
    if len(list(sent.doc.sents)) > 1:
        return False  # a sub-headline stands alone as its paragraph; this one opens the prose
    subj = next((t for t in sent.root.children if t.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NN", "NNP") or subj.ent_type_:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children)


def generate_article(article: Article, source: str | None = None, limit: int | None = None,
                     keep_dropped: bool = True) -> Generation:
    """Generate questions from a read article; without `keep_dropped` the candidates that were
    dropped are let go as soon as they are (what --explain lists; a long article has many)."""
    from quizgen.generate.parse import COMPACT_ABOVE, DocStore, parse_stream
    from quizgen.generate.rank import select
    from quizgen.generate.parse import load_model
    from quizgen.generate.resolve.registry import build_registry
    from quizgen.generate.vet.gate import lint_kept, vet_candidates

    heads = [article.title] + ([article.subtitle] if article.subtitle else [])
    paragraphs = [*heads, *article.paragraphs]
    store = DocStore(compact=sum(map(len, paragraphs)) > COMPACT_ABOVE)
    # Pass 1 collects the names (the title's and sub-headline's count: who "Lincoln" is, which
    # names are listed together); pass 2 asks questions, though never from the headings.
    reg = build_registry(store.keep(parse_stream(paragraphs)))
    docs = store.release()  # each paragraph's parse let go once its questions are asked
    for _ in heads:
        next(docs)
    sents = (s for d in docs for s in d.sents)
    first = next(sents, None)
    if first is not None and article.subtitle is None and _headline_like(first):
        article.subtitle = first.text.strip()
    elif first is not None:
        sents = itertools.chain([first], sents)
    from quizgen.generate.ask.referents import title_characters
    from quizgen.generate.resolve.thing import topic_thing
    from quizgen.generate.resolve.topic import topic_named, topic_person

    vocabulary = frozenset(w.lower() for p in paragraphs for w in WORD.findall(p))
    person = topic_person(article.title, reg, article.paragraphs)
    asked = ask_sentences(sents, reg, keep_dropped, person, topic_named(article.title, reg), vocabulary,
                          topic_thing(article.title, article.paragraphs, person), title_characters(article.title))
    cands, texts, substantive = asked.candidates, asked.texts, asked.substantive
    del asked  # its list of candidates is `cands`: not held twice when `cands` is let go below
    mentions = Counter({k.lower(): v for k, v in reg.counts.items()})
    for short, full in reg.full_names.items():
        mentions[full.lower()] += reg.counts[short]
    live = [c for c in cands if isinstance(c, Candidate)]
    vet_candidates(live, reg, article.title, texts, load_model())
    if not keep_dropped:
        # The gate's rejects (two in five on a long article) are let go before ranking builds its
        # indexes: ranking reads only the live ones, and nothing else lists them without --explain.
        live = cands = [c for c in live if c.dropped is None]
    kept = lint_kept(select(live, limit or default_limit(substantive), mentions, len(texts), article.title))
    if not keep_dropped:
        cands = kept
    deck_id = source_id(source) if source and source != "-" else slugify(article.title)
    deck = Deck(title=article.title, source=source if source != "-" else None, id=deck_id,
                questions=[c.to_question() for c in kept])
    _unique_ids(deck)
    return Generation(deck=deck, candidates=cands, sentences=substantive, article=article)


@dataclass
class Asked:
    """Every rule's output over an article's sentences, before ranking."""

    candidates: list[Candidate | Skip]
    texts: list[str]        # each sentence's text
    substantive: int        # sentences long enough to ask from


def ask_sentences(sents: "Iterable[Span]", reg: "Registry", keep_dropped: bool = True,
                  topic_name: str | None = None, named: tuple[str, str] | None = None, vocabulary: frozenset[str] = frozenset(),
                  thing: "Thing | None" = None, titled: frozenset[str] = frozenset()) -> Asked:
    """Run the registered rules over each sentence in turn (the two before it resolve its pronouns,
    else the article's `topic_name` person, or its topic `thing`, may; the title's characters
    `titled` count as introduced), then the article rules;
    without `keep_dropped` only live candidates are kept."""
    from quizgen.generate.ask.referents import Referents
    from quizgen.generate.resolve.cast import Cast
    from quizgen.generate.resolve.narrative import Narrative
    from quizgen.generate.resolve.topic import Topic

    topic = Topic(topic_name, named, thing=thing)
    referents = Referents(titled=titled)
    cast = Cast()
    narrative = Narrative(reg, titled=titled)
    texts: list[str] = []
    cands: list[Candidate | Skip] = []
    recent: list[Span] = []
    carried = None  # the previous sentence's pronoun subject, resolved ("He studied ... He wrote")
    substantive = 0
    shared: dict[str, str] = {}  # one copy of each text: a long article repeats its sentences and wordings
    for index, sent in enumerate(sents):
        texts.append(_one_copy(sent.text.strip(), shared))
        topic.read(sent)
        narrative.read(sent)
        words = [t for t in sent if not t.is_punct]
        subject = None
        if len(words) >= MIN_SENTENCE_WORDS and any(t.pos_ in ("VERB", "AUX") for t in sent):
            substantive += 1
            who = (cast.stands_for(sent, referents.known()) or carried
                   or topic.stands_for(recent[-1] if recent else None, sent, reg))
            new, subject = sentence_candidates(sent, recent, index, texts[index], reg, who, topic, vocabulary,
                                                 referents.known(), narrative)
        else:
            new = [Skip("sentence", index, texts[index], Reason.TOO_FEW_WORDS(MIN_SENTENCE_WORDS))]
        cands += new if keep_dropped else [_sharing(c, shared) for c in new if c.dropped is None]
        recent, carried = [*recent[-1:], sent], subject
        referents.read(sent)
        cast.meet(sent)
        cast.read(sent, referents.known())
    cands += [c for c in article_candidates(reg, texts) if keep_dropped or c.dropped is None]
    return Asked(cands, texts, substantive)


def _one_copy(text: str, shared: dict[str, str]) -> str:
    return shared.setdefault(text, text)


def _sharing(c: Candidate, shared: dict[str, str]) -> Candidate:
    """`c`, its texts replaced by the copies already kept of equal ones (the same values: a candidate
    that waits for ranking costs a few hundred bytes, not a kilobyte)."""
    c.prompt, c.context, c.fact = _one_copy(c.prompt, shared), _one_copy(c.context, shared), _one_copy(c.fact, shared)
    if isinstance(c.answer, str):
        c.answer = _one_copy(c.answer, shared)
    c.distractors[:] = [_one_copy(d, shared) for d in c.distractors]
    return c


def sentence_candidates(sent: "Span", recent: list["Span"], index: int, context: str, reg: "Registry",
                        carried: tuple[str, str] | None = None,
                        topic: "Topic | None" = None,
                        vocabulary: frozenset[str] = frozenset(),
                        known: frozenset[str] = frozenset(),
                        narrative: "Narrative | None" = None) -> tuple[list[Candidate | Skip], tuple[str, str] | None]:
    """Every rule's candidates for one sentence, clause by clause (the `recent` sentences before it
    resolve a leading pronoun or 'the company'), what was refused and why, and the name its pronoun
    subject stood for."""
    from quizgen.generate.ask.context import ClauseContext
    from quizgen.generate.resolve.pronouns import resolve_pronoun_subject
    from quizgen.generate.resolve.standalone import (expand_names, resolve_definite_subject, resolved_subject,
                                                     standalone_problem)
    from quizgen.generate.simplify.clauses import clauses_of
    from quizgen.generate.resolve.topic import name_description, reported_pronouns
    from quizgen.generate.simplify.events import event_clauses

    out: list[Candidate | Skip] = []
    subject = None
    for clause in clauses_of(sent) + event_clauses(sent):
        expand_names(clause, reg)
        resolve_definite_subject(clause, recent, reg)
        if topic is not None:
            name_description(clause, topic.named, recent, reg)
        problem = resolve_pronoun_subject(clause, recent[-1] if recent else None, reg, carried)
        if topic is not None and topic.thing is not None:
            problem, refused = topic.thing.settle(clause, recent[-1] if recent else None, problem)
            out += [Skip("clause", index, clause.render(), refused)] if refused else []
        if topic is not None and problem is None:
            topic.own_possessives(clause, reg)
        if narrative is not None:  # the pronouns the rules above left, when one person alone fits
            problem = narrative.settle(clause, problem)
        reported_pronouns(clause, reg)
        problem = problem or standalone_problem(clause, reg)
        subject = subject or resolved_subject(clause)
        ctx = ClauseContext(reg=reg, index=index, text=context, sentence=sent, recent=recent, clause=clause,
                            words=vocabulary, known=known,
                            characters=narrative.characters if narrative is not None else {})
        out += [ctx.skip("clause", problem)] if problem else ask_clause(ctx)
    return out, subject


def ask_clause(ctx: "ClauseContext") -> list[Candidate | Skip]:
    """The registered rules over a clause that stands alone: its clause rules, then the answer
    rules over each of its answers."""
    from quizgen.generate.ask.common import Answer, answers_in
    from quizgen.generate.ask.rules import Over, rules_over

    out: list[Candidate | Skip] = [made for rule in rules_over(Over.CLAUSE) for made in rule.ask(ctx)]
    for found in answers_in(ctx):
        if not isinstance(found, Answer):
            out.append(found)
            continue
        actx = ctx.over(found)
        for rule in rules_over(Over.ANSWER):
            actx.made += rule.ask(actx)
        out += actx.made
    return out


def article_candidates(reg: "Registry", texts: list[str]) -> list[Candidate | Skip]:
    """The registered article rules' candidates, once every sentence is read."""
    from quizgen.generate.ask.context import ClauseContext
    from quizgen.generate.ask.rules import Over, rules_over

    ctx = ClauseContext(reg=reg, texts=texts)
    return [made for rule in rules_over(Over.ARTICLE) for made in rule.ask(ctx)]


def _unique_ids(deck: Deck) -> None:
    seen: Counter = Counter()
    for q in deck.questions:
        seen[q.id] += 1
        if seen[q.id] > 1:
            q.id = f"{q.id}-{seen[q.id]}"


def generate_file(path: Path | str, limit: int | None = None, source: str | None = None,
                  keep_dropped: bool = True) -> Generation:
    """Read and generate; `source` is how the deck names its article (default: the path)."""
    from quizgen.generate.read.reader import read_bytes

    data, name = read_bytes(path)
    return generate_text(data, name, source=source or str(path), limit=limit, keep_dropped=keep_dropped)


def generate_text(data: bytes, name: str, source: str | None = None, limit: int | None = None,
                  keep_dropped: bool = True) -> Generation:
    """An article's bytes (and the name its messages give it) to its Generation: a pure function,
    with no file access, so it runs the same on a Dask worker on another machine."""
    from quizgen.generate.read.reader import article_from_bytes

    article = article_from_bytes(data, name)
    return generate_article(article, source=source or name, limit=limit, keep_dropped=keep_dropped)
