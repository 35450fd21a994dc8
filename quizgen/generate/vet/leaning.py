"""Questions copied from a sentence that leans on the article around it: a blank over one item of a
list ('____, oranges and browns appear'), a list the clause cut ('Lancaster Sound and the Mackenzie
River' from 'Lancaster Sound, the Bering Strait and the Mackenzie River'), some one unnamed thing
told of as a particular ('In which year was an Argentine church built?'), and a prompt with nothing
in it that says what it is about ('____ made the decision'); and what only seems to say which
one a 'the <noun>' is (a count, a price, a date, a name the parser cut), for vet/descriptions.py.
The word lists are data (data/leaning.json)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data, lexicon
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, compiled

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quizgen.generate.candidate import Candidate


@lru_cache(maxsize=1)
def leaning_data() -> dict:
    """quizgen/data/leaning.json: list markers, kinds of particular things, nouns that say nothing."""
    return data.json_data("leaning.json")


# Descriptions that only seem to say which one (vet/descriptions.py asks these).

def only_a_time(prep: Token) -> bool:
    """A phrase whose only name or number is a date ('on 13 March 1930', 'in 1932'): it says
    when, and the parser hangs it on the noun as often as on the verb."""
    months = {m.lower() for m in lexicon.months()}
    marks = [t for t in prep.subtree if t.i != prep.i and (t.pos_ == "PROPN" or t.like_num)]
    return bool(marks) and all(t.lower_ in months or re.fullmatch(r"\d{1,2}|1\d{3}|20\d{2}|\d{4}s", t.text)
                               for t in marks)


def count_only(num: Token, noun: Token) -> bool:
    """A number before a noun that counts or prices it ('the two men', 'the $2 million project'),
    not a year or a model number that names it ('the 2005 season', 'the 747 jet')."""
    money = any(t.text in ("$", "£", "€", "¥") or t.lower_ in ("million", "billion", "trillion")
                for t in num.doc[noun.left_edge.i:noun.i])
    small = num.lower_ in lexicon.cardinals() or (num.text.isdigit() and int(num.text) < 100)
    return noun.dep_ not in ("compound",) and (money or (small and noun.tag_ in ("NNS", "NNPS")))


NAME_BEFORE = re.compile(r"([A-Z][\w-]+(?:'s|\u2019s| and| &) )$")


def whole_name(name: str, title: str, texts: list[str]) -> str:
    """'Lewis and Clark Expedition' for 'Clark Expedition', "Franklin's Lost Expedition" for 'Lost
    Expedition': a name the article only ever writes after another name and 'and' or "'s" is a
    piece of a longer one (the parser cut it), and the whole is what it stands for."""
    before = set()
    for text in (title, *texts):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            got = NAME_BEFORE.search(text[:m.start()])
            before.add(got.group(1) if got else "")
    return before.pop() + name if len(before) == 1 else name


def _answer_tokens(c: Candidate, doc: Doc) -> list[Token]:
    """The tokens of a fill-in's answer in its re-parsed question (blank filled in), else []."""
    if c.type != "fill_in" or BLANK not in c.prompt:
        return []
    start = c.prompt.index(BLANK)
    end = start + len(str(c.answer))
    return [t for t in doc if start <= t.idx < end]


def _item_text(t: Token) -> str:
    """An item of a list as written, without the items joined to it ('in London' of 'in London and
    in Marseille')."""
    words = [w for w in t.subtree if w.i == t.i or not any(a.dep_ == "conj" and a.head.i == t.i for a in [w, *w.ancestors]
                                                          if a.i != t.i)]
    return " ".join(w.text for w in words if w.dep_ not in ("cc", "punct"))


LONG_LIST = 5  # items of a list of names past which one missing item tests rote recall


def list_item_blank(c: Candidate, doc: Doc) -> Why | None:
    """A blank over one item of a list: of common things in a list of three or more ('____,
    oranges, yellows and browns appear'), where any item could be the missing one and the sentence
    alone says nothing of it; or of a list that only gives examples ('including Australia and
    ____'), which the answer never completes."""
    answer = _answer_tokens(c, doc)
    if not answer:
        return None
    ids = {t.i for t in answer}
    head = next((t for t in answer if t.head.i not in ids or t.head.i == t.i), None)
    listed = lambda t: t.dep_ == "conj" or any(k.dep_ == "conj" for k in t.children)  # noqa: E731
    if head is not None and head.dep_ == "pobj" and not listed(head) and listed(head.head):
        head = head.head  # 'notably in ____ and in Marseille': the list is of the phrases
    if head is None or not listed(head):
        return None
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first, *first.conjuncts] if first.i != head.i else [head, *head.conjuncts]
    items = sorted({t.i: t for t in items}.values(), key=lambda t: t.i)
    # The marker stands just before the list, or opens its first item ('notably in London and ...').
    lead = doc[max(0, first.left_edge.i - 2):first.i]
    examples = set(leaning_data()["example_markers"])
    by_example = any(t.lower_ in examples or doc[t.i:t.i + 2].text.lower() in examples for t in lead)
    # Common things: the other items are written in lower case ('Reds' opening the sentence is
    # capitalised, and may be read as a name).
    common = all(t.text[:1].islower() for t in items if t.i != head.i)
    # A long list of names ('Algeria, Chad, Egypt, ... and ____') is rote recall of one of many.
    if by_example or (len(items) >= 3 and common) or len(items) >= LONG_LIST:
        return Reason.LIST_ITEM_BLANK(", ".join(_item_text(t) for t in items))
    return None


def cut_list(c: Candidate) -> Why | None:
    """'... were Lancaster Sound and over land' from '... were Lancaster Sound, the Bering Strait and
    over land': a list the clause lost an item of (the word before 'and' has a comma after it in the
    sentence and a named item follows), so the prompt states a different list."""
    text = c.prompt.replace(BLANK, str(c.answer), 1) if c.type == "fill_in" else c.prompt
    for m in re.finditer(r"([\w'-]+) (and|or) ", text):
        word, conj = re.escape(m.group(1)), m.group(2)
        if re.search(rf"(?<![\w-]){word} {conj} ", c.context):
            continue
        cut = re.search(rf"(?<![\w-]){word}, ([^,;]+?)(,?) {conj} ", c.context)
        # Without a comma before 'and' the lost words are an item; with one, only a name is (not
        # 'Li Qiang, the premier, and ...', an aside on the name before).
        if cut and (not cut.group(2) or re.match(r"(?:the )?[A-Z]", cut.group(1))):
            return Reason.LIST_CUT(cut.group(1))
    return None


def _past(doc: Doc) -> bool:
    """The question tells of a time gone ('was built', 'did it open'), not of what is always so."""
    return any(t.tag_ == "VBD" or (t.lower_ in ("was", "were", "did") and t.dep_ in ("aux", "auxpass", "ROOT"))
               for t in doc)


def _particular(noun: Token) -> bool:
    """A noun for one particular thing (a church, a ship, a man, a firm: data's `particular_kinds`
    of noun_classes.tsv, and `particular_nouns`), singular."""
    from quizgen.generate.options.phrases import noun_classes

    lemma = noun.lemma_.lower()
    kinds = set(leaning_data()["particular_kinds"])
    return noun.tag_ == "NN" and (noun_classes().get(lemma) in kinds or lemma in leaning_data()["particular_nouns"])


def indefinite_particular(c: Candidate, doc: Doc) -> Why | None:
    """'In which year was an Argentine church built?', 'A church in Flagstaff was named after Lowell':
    an 'a'/'an' thing of a kind that is one particular thing, told of in the past, that the question
    never names (the sentence said which through what it was about); not a story's, whose 'a fox'
    is how a story meets it, nor one 'named'/'called' something."""
    if c.rule.startswith("story_") or not _past(doc):
        return None
    for t in doc:
        asks = doc.text.rstrip().endswith("?") and t.dep_ == "attr"
        if t.dep_ not in ("nsubj", "nsubjpass") and not asks or t.pos_ != "NOUN" or not _particular(t):
            continue
        dets = [k for k in t.children if k.dep_ == "det"]
        if not dets or dets[0].lower_ not in ("a", "an"):
            continue
        # 'was an Argentine church built?': the passive verb the parser hung on the noun is the
        # question's own, not a modifier.
        told = [k for k in t.children if k.dep_ in ("appos", "relcl")
                or (k.dep_ == "acl" and not (asks and k.tag_ == "VBN" and k.i == len(doc) - 2))]
        if told or any(k.lower_ in ("named", "called", "known") for k in t.children):
            continue  # named, or told apart by what it did or was ('a cargo ship dating back to 200 BC')
        if any(k.like_num for k in t.subtree if k.dep_ != "acl" and k.head.dep_ != "acl"):
            continue  # a date or count on it says which ('a ship of 1851', 'a 40-gun frigate')
        if len(list(t.children)) == 1:
            continue  # a bare 'a church': INDEFINITE_SUBJECT names it
        return Reason.INDEFINITE_PARTICULAR(doc[t.left_edge.i:t.i + 1].text)
    return None


def owner_outside(doc: Doc) -> Why | None:
    """'Galileo, Herschel and Lowell became his heroes': a 'his'/'her' beside a subject of several
    people means none of them but someone of the sentences before (whom the question never names)."""
    for t in doc:
        if t.lower_ not in ("his", "her") or t.dep_ != "poss":
            continue
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        if subj is not None and any(k.dep_ == "conj" for k in subj.children) and t.i > subj.right_edge.i:
            return Reason.UNRESOLVED_POSSESSIVE(t.text)
    return None


def _title_words(title: str) -> frozenset[str]:
    """The title's words of four letters or more, by their first five letters ('octop' for 'Octopus')."""
    return frozenset(w.lower()[:5] for w in re.findall(r"[A-Za-z][\w'-]*", title) if len(w) >= 4)


def unanchored_prompt(c: Candidate, doc: Doc, title: str) -> Why | None:
    """'____ made the decision', 'Who said it was a mistake?', 'The controversial ____ drew praise and
    criticism from residents': besides the answer, no name, no number, no word of the title and no
    noun but ones that say nothing alone (data's `vague_nouns`, the generic class of
    noun_classes.tsv): only the article says what the prompt is about."""
    from quizgen.generate.options.phrases import noun_classes

    if c.type == "true_false":
        return None
    answer = {t.i for t in _answer_tokens(c, doc)}
    vague = set(leaning_data()["vague_nouns"])
    titled = _title_words(title)
    nouns = []
    for t in doc:
        if t.i in answer or t.is_punct or t.lower_ in ("who", "what", "which", "whom", "whose"):
            continue
        if t.like_num or t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > 0) or (len(t.text) >= 4 and t.lower_[:5] in titled):
            return None
        if t.pos_ == "NOUN":
            nouns.append(t)
    if any(t.lemma_.lower() not in vague and t.lower_ not in vague and noun_classes().get(t.lemma_.lower()) != "generic"
           for t in nouns):
        return None
    return Reason.UNANCHORED_PROMPT(", ".join(t.text for t in nouns) or "no noun")


def pointing_phrase(prompt: str) -> Why | None:
    """'... ice-skating one day, speaking of cool kids', 'as mentioned above': words that point at
    the article's other sentences (data's `pointing_phrases`)."""
    for pattern in leaning_data()["pointing_phrases"]:
        m = compiled(pattern).search(prompt)
        if m:
            return Reason.POINTS_AT_TEXT(m.group(0))
    return None


def ownerless_its(c: Candidate, doc: Doc) -> Why | None:
    """'The ____ shaped its layout for centuries' -> Almoravids, from '... structures in the city and
    shaped its layout': an 'its' with nothing before it in the question that could own it."""
    answer = str(c.answer)
    plural = answer.split()[-1].endswith("s") if answer.split() else False
    blank_owns = not plural or c.kind in ("country", "city", "place", "state") or lexicon.is_company(answer)
    for t in doc:
        if t.lower_ != "its" or t.dep_ != "poss":
            continue
        before = doc[:t.i]
        if BLANK in before.text and c.type == "fill_in" and blank_owns:
            return None
        if not any(x.pos_ in ("NOUN", "PROPN") and x.tag_ in ("NN", "NNP") and BLANK not in x.text for x in before):
            return Reason.UNRESOLVED_POSSESSIVE(t.text)
        return None
    return None


def leaning_problem(c: Candidate, doc: Doc, title: str = "") -> Why | None:
    """The first way the re-parsed question leans on the article around its sentence, or None."""
    return (pointing_phrase(c.prompt) or list_item_blank(c, doc) or cut_list(c) or indefinite_particular(c, doc)
            or owner_outside(doc) or ownerless_its(c, doc) or unanchored_prompt(c, doc, title))
