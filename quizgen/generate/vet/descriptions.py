"""Bare definite descriptions ('the trial', 'the statue', 'the river'): a reader of one question has
no sentence before it to say which. Each is resolved to the one name of the article it can stand
for ('the statue' -> 'the Statue of Liberty'), or kept when its noun is unique in the world or made
unique by a modifier; otherwise the question is not asked. The word lists are data
(data/definite_nouns.json)."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.resolve.registry import strip_the
from quizgen.generate.resolve.standalone import descriptions
from quizgen.generate.vet import BLANK, article_memo
from quizgen.generate.vet.leaning import count_only, only_a_time, whole_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry

NOT_THINGS = {"date", "year", "time", "number", "quantity", "money", "percent", "ordinal", "nationality",
              "language"}


@lru_cache(maxsize=1)
def definite_data() -> dict:
    """quizgen/data/definite_nouns.json: unique nouns, unique-making modifiers, name words."""
    return data.json_data("definite_nouns.json")


def _unique_by_modifier(noun: Token) -> bool:
    """A modifier that says which one: an of-phrase, a phrase naming something, a relative clause,
    an owner, a proper-noun, ordinal or superlative modifier ('the first ascent', 'the Amazon basin')."""
    ordinals = set(definite_data()["ordinal_modifiers"])
    weak = ordinals if noun.lemma_.lower() in definite_data()["ordinal_not_enough"] else set()
    ordinals = ordinals - weak  # "the first ascent": of what?
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and noun.dep_ == "attr" and noun.head.lemma_ == "be":
            continue  # 'was the sonnet cast on a plaque?': a passive the parser read as a modifier
        if c.dep_ == "nummod" and count_only(c, noun):
            continue  # 'the two men', 'the $2 million project': how many or how much, not which
        if c.dep_ in ("relcl", "acl", "appos", "poss", "nummod"):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and _measure(c):
            continue  # 'the town of about 3,800 people': a size, not which town
        if c.dep_ == "prep" and c.lower_ != "of" and only_a_time(c):
            continue  # 'announced the discovery on 13 March': when it happened, not which one
        if c.dep_ == "prep" and (c.lower_ == "of" or any(t.pos_ == "PROPN" or t.like_num for t in c.subtree)):
            return True
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and (
                c.pos_ == "PROPN" or (c.text[:1].isupper() and c.i > 0) or c.tag_ in ("JJS", "RBS")
                or (c.like_num and c.lower_ not in weak and not count_only(c, noun))
                or c.lower_ in ordinals or any(g.tag_ in ("JJS", "RBS") for g in c.children)):
            return True
    return False


def _set_phrase(the: Token, noun: Token) -> bool:
    """'on the run', 'crossed the line': an idiom whose 'the <noun>' points back to nothing."""
    if the.i == 0 or noun.i != the.i + 1:
        return False
    word = the.doc[the.i - 1]
    phrases = set(definite_data()["set_phrases"])
    return any(f"{w} the {noun.lower_}" in phrases for w in (word.lower_, word.lemma_.lower()))


def _measure(prep: Token) -> bool:
    """An of-phrase that only counts or measures ('of about 3,800 people', 'of 40 metres'): no name
    and no other content word than the counted one."""
    sub = list(prep.subtree)
    counted = [t for t in sub if t.pos_ == "NOUN" and any(c.like_num for c in t.children)]
    return (len(counted) == 1 and not any(t.pos_ == "PROPN" for t in sub)
            and sum(t.pos_ in ("NOUN", "ADJ") for t in sub) <= 1)


def _clause_follows(noun: Token) -> bool:
    """'by the time the captain toured ...': a relative clause without 'that' the parser left
    unattached (the next words are a subject)."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return nxt is not None and (nxt.dep_ in ("nsubj", "nsubjpass") or nxt.head.dep_ in ("nsubj", "nsubjpass")
                                and nxt.head.i > noun.i and nxt.dep_ == "det")


@lru_cache(maxsize=1 << 12)
def _name_words(name: str) -> frozenset[str]:
    """A name's words that say what it is, before any 'of' ('Statue' of 'Statue of Liberty')."""
    head = re.split(r"\s+(?:of|de|du|on|in)\s+", strip_the(name))[0]
    return frozenset(w.casefold().strip(".") for w in head.split())


def stands_for(noun: str, lemma: str, reg: Registry, title: str, texts: list[str]) -> str | None:
    """The one name of the article 'the <noun>' can stand for: one whose words say it is one
    ('the river' -> 'Amazon River'), or one the article writes before the noun ('Tham Luang cave');
    the title's own when several are, else None."""
    memo = article_memo("stands_for", texts, reg)
    key = (noun, lemma, title)
    if key not in memo:
        memo[key] = _stands_for(noun, lemma, reg, title, texts)
    return memo[key]


def _stands_for(noun: str, lemma: str, reg: Registry, title: str, texts: list[str]) -> str | None:
    words = set(definite_data()["name_words"].get(lemma, [])) | {noun, lemma}
    joined = " ".join([title, *texts])
    # A name written before the noun ends one of the texts before it, and starts with a capital:
    # every such ending, once (not a scan of every text before the noun for every name).
    ends = {p[i:] for p in set(_written_before(noun, joined)) for i in range(len(p)) if p[i].isupper()}
    full = set()
    body = " ".join(texts)
    headline = _headline_cased(title)
    for n, kind in reg.kinds.items():
        if kind in NOT_THINGS or not n[:1].isupper():
            continue
        if headline and n not in body:
            continue  # 'Revolutionary Telephone Wires' of a headline, 'Stolen Van Gogh' of 'Stolen Van Gogh painting
            # recovered in Ikea bag': a name only a headline writes is none the article uses
        if words & _name_words(n):
            full.add(reg.full(n))
        elif n + " " in ends:
            full.add(f"{n} {noun}")
    subject = title_subject(title)
    if not full and subject and re.search(r"(?i)\b" + re.escape(subject) + r"\s+(\([^()]*\)\s+)?" + re.escape(noun)
                                         + r"\b", joined):
        full = {subject}  # 'the metal' in 'History of aluminium', which writes 'Aluminium (or aluminum) metal'
    kinds = descriptions().get(lemma, set())
    if not full and kinds and kinds <= {"country", "state", "city"}:
        # 'the country' in an article whose title names one country (not 'the firm': a title often
        # names two firms, and the one a sentence means is its own).
        full = {reg.full(n) for n, kind in reg.kinds.items() if kind in kinds and n in title}
    if len(full) == 1:
        return full.pop()
    in_title = {n for n in full if n in title}
    in_title = {n for n in in_title if not any(n != m and n in m for m in in_title)}  # the longest
    return in_title.pop() if len(in_title) == 1 else None


HEADLINE_WORDS = 6  # a longer title is a headline, not the name of what an encyclopedia entry is about


def _headline_cased(title: str) -> bool:
    """'How Bell's Revolutionary Telephone Wires Forever Changed the Way We Communicate', 'Stolen Van
    Gogh painting recovered 3 years later in Ikea bag': a headline, whose capitals and word order
    say little of the article's names."""
    words = [w for w in title.split() if w[:1].isalpha() and len(w) > 3]
    return len(title.split()) > HEADLINE_WORDS or len(words) >= 4 and all(w[:1].isupper() for w in words)


BEFORE = 80  # characters kept before each 'noun': longer than any name written before one


_before = threading.local()  # per thread (Dask runs articles in threads): one article's nouns


def _written_before(noun: str, joined: str) -> tuple[str, ...]:
    """The text just before each '<noun>' of the article, found once per noun: a name written
    before it ('Tham Luang cave') ends one of these (one pass, not one search per name)."""
    if getattr(_before, "text", None) != joined:
        _before.text, _before.seen = joined, {}  # a big text: only the current article's is kept
    if noun not in _before.seen:
        _before.seen[noun] = tuple(joined[max(0, m.start() - BEFORE):m.start()]
                                   for m in re.finditer(r"(?<= )" + re.escape(noun) + r"\b", joined))
    return _before.seen[noun]


def forget_article() -> None:
    """Let go of the article's text and nouns kept by `_written_before`."""
    _before.__dict__.clear()


TITLE_FRAME = re.compile(r"(?i)^(the )?((a )?(short |brief )?(history|geography|biography|economy|culture|overview"
                         r"|evolution|invention) of (the )?|life in (the )?)?")  # 'The Tundra', 'Life in the Desert' too


def title_subject(title: str) -> str | None:
    """What a short encyclopedic title is about: 'History of aluminium' -> 'aluminium'."""
    subject = TITLE_FRAME.sub("", re.sub(r"\s*\(.*\)\s*$", "", title.strip()))
    return subject if subject and len(subject.split()) <= 3 else None


def _with_article(name: str, texts: list[str]) -> str:
    """'the Amazon River' where the article mostly writes the name after 'the', else the name."""
    joined = " ".join(texts)
    with_the = len(re.findall(r"\b[Tt]he " + re.escape(name) + r"\b", joined))
    if not joined.count(name):  # named only in the title: 'the' when its last word says what it is
        said = {w for ws in definite_data()["name_words"].values() for w in ws}
        return f"the {name}" if name.split()[-1].casefold() in said else name
    return f"the {name}" if with_the * 2 >= joined.count(name) else name


def bare_descriptions(doc: Doc, answer_span: tuple[int, int] | None) -> list[tuple[Token, Token]]:
    """Every 'the <noun>' of `doc` (outside the answer) that no modifier makes unique and whose noun
    is not unique in the world: (the, noun) pairs."""
    unique = set(definite_data()["unique_nouns"])
    out = []
    for t in doc:
        noun = t.head
        common = noun.pos_ == "NOUN" or re.fullmatch(r"[A-Z]{2,}s", noun.text)  # 'the SUVs'
        if t.lower_ != "the" or t.dep_ != "det" or not common or noun.i < t.i:
            continue
        if answer_span and answer_span[0] <= noun.idx < answer_span[1]:
            continue
        if (noun.lower_ in unique or noun.lemma_.lower() in unique or _unique_by_modifier(noun)
                or any(ch.isdigit() for ch in noun.text) or _clause_follows(noun) or _set_phrase(t, noun)):
            continue
        # Modifiers between 'the' and the noun that name or rank it ('the Brazilian border').
        between = doc[t.i + 1:noun.i]
        weak = set(definite_data()["ordinal_modifiers"]) if noun.lemma_.lower() in definite_data()["ordinal_not_enough"] else set()
        if any(w.text[:1].isupper() or w.tag_ in ("JJS", "RBS") or (w.like_num and w.lower_ not in weak and not count_only(w, noun))
               for w in between):
            continue
        out.append((t, noun))
    relational = set(definite_data()["relational_nouns"])
    for noun in doc:
        # 'Prototypes were developed by ____', 'For the half, ...': of what? (never resolved)
        dets = [c for c in noun.children if c.dep_ == "det"]
        # Without 'the', only a bare subject with nothing on it: 'Prototypes were developed'.
        bare = not dets and (noun.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ != "punct" for c in noun.children))
        if (noun.pos_ != "NOUN" or noun.lemma_.lower() not in relational or (dets and dets[0].lower_ != "the")
                or bare or noun.dep_ == "compound"
                or any(noun.i == n.i for _, n in out) or _unique_by_modifier(noun)
                or any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN") for c in noun.children)
                or (answer_span and answer_span[0] <= noun.idx < answer_span[1])):
            continue
        out.append((dets[0] if dets else noun, noun))
    return out


def answer_span(c: Candidate) -> tuple[int, int] | None:
    """Where the answer stands in the rendered question (a fill-in's blank), else None."""
    if BLANK not in c.prompt or c.type != "fill_in":
        return None
    start = c.prompt.index(BLANK)
    return start, start + len(str(c.answer))


def _named_by_then(name: str, c: Candidate, title: str, texts: list[str]) -> bool:
    """The name is written in the title or by the candidate's sentence: 'The ship had 20 lifeboats'
    is not the RMS Carpathia, which a later paragraph names (the Titanic of the title never said
    'ship')."""
    said = [title, *texts[:c.sentence_index + 1]]
    return any(part in text for text in said for part in {name, strip_the(name), name.split()[-1]})


# 'a lion', 'a big lion', 'an old apple tree': the story meeting one (its noun within two words).
MET = "(?i)\\b(?:a|an)\\s+(?:[a-z-]+\\s+){{0,2}}{0}\\b"
MANY = "(?i)\\b(?:another|other|two|three|some|second)\\s+(?:[a-z-]+\\s+){{0,2}}{0}|\\b{0}s\\b"


def story_met_once(lemma: str, index: int, title: str, texts: list[str]) -> bool:
    """A story's 'the lion' says which one when the story met 'a lion' exactly once before the
    sentence `index` (or only the title named it: 'The Lion and the Mouse'), and never two of them."""
    from quizgen.generate.ask.referents import title_characters

    before = " ".join(texts[:index + 1])
    if not lemma.isalpha() or re.search(MANY.format(re.escape(lemma)), before):
        return False
    met = len(re.findall(MET.format(re.escape(lemma)), before))
    return met == 1 or (met == 0 and lemma in title_characters(title))


def resolve_descriptions(c: Candidate, doc: Doc, reg: Registry, title: str, texts: list[str]) -> Why | None:
    """Rewrite each bare 'the <noun>' of `c`'s prompt to the name it stands for, or name the first
    one that stands for no single name (the question is then not asked)."""
    found = bare_descriptions(doc, answer_span(c))
    edits = []
    subject = (title_subject(title) or "").casefold()
    for the, noun in found:
        if noun.i == the.i + 1 and subject in (noun.lower_, noun.lemma_.lower()):
            continue  # 'the platypus' under the title 'Platypus': the article's own subject
        if c.rule.startswith("story_") and story_met_once(noun.lemma_.lower(), c.sentence_index, title, texts):
            continue  # 'the lion' of a fable that met 'a lion' once before, or whose title names it
        name = stands_for(noun.lower_, noun.lemma_.lower(), reg, title, texts)
        phrase = doc[the.i:noun.i + 1].text
        if name is not None and noun.tag_ == "NNS" and not name.endswith("s"):
            name = None  # 'the elephants' are no one elephant park, ship or company
        if name is None or noun.i != the.i + 1 or not _named_by_then(name, c, title, texts):
            return Reason.UNRESOLVED_DESCRIPTION(phrase)
        if title.casefold().startswith(name.casefold() + " of ") and len(title.split()) <= 6:
            name = title  # 'Discovery' the parser cut from the title 'Discovery of Vesta'
        if name.casefold() == noun.text.casefold():
            continue  # 'the koala' under the title 'Koala' already says what it is: kept as written
        name = whole_name(name, title, texts)
        if name.split()[0].casefold() in (noun.lower_, noun.lemma_.lower()) and len(name.split()) > 1 \
                and name not in " ".join(texts):
            # 'the discovery' under the title 'Discovery of Pluto' -> 'the discovery of Pluto'
            edits.append((phrase, f"{the.text} {noun.text}{name[len(name.split()[0]):]}"))
            continue
        if name.split()[-1] == noun.text and noun.text.islower():
            # 'the flight' -> 'the New York flight': a name before a common noun keeps the article
            edits.append((phrase, f"{the.text} {name}"))
            continue
        edits.append((phrase, _with_article(name, texts)))
    for phrase, name in edits:
        name = name[:1].upper() + name[1:] if phrase[:1].isupper() else name
        c.prompt = re.sub(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", name, c.prompt, count=1)
    return None
