"""What the article claims of its terms and names, noted once before any rule runs: the terms it
defines ("Osmosis is the movement of ...") and who or what it calls the largest, oldest or first
("Lagos is the largest city in Nigeria"). A definition question takes the other defined terms as
options; a superlative question never offers a name the article also calls the same superlative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.generate.options.phrases import noun_class
from quizgen.generate.resolve.registry import Registry, entity_of, org_heads, strip_the

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# What makes "X is a Y" a definition: Y says which Y ("the process by which ...", "a chemical element").
DEFINING = {"prep", "relcl", "acl", "amod", "compound"}
NOT_TERMS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
# Ranks that pick out one of a kind, besides the -est adjectives ('first', 'last', 'only').
RANKS = {"first", "last", "only"}
COPULAS = {"be", "become", "remain"}
SAME_RANK = {"biggest": "largest", "greatest": "largest", "tallest": "highest", "most populous": "largest"}
# Nouns that say whose ('his mother'): a pronoun resolves those, 'the mother' alone is no one's.
RELATIONS = {"mother", "father", "brother", "sister", "son", "daughter", "uncle", "aunt", "cousin", "grandmother",
             "grandfather", "grandparent", "wife", "husband", "friend", "neighbour", "neighbor", "parent", "child"}
GROUPS = {"company", "firm", "organization", "organisation", "group", "party", "team", "club", "brand", "band",
          "people", "tribe", "nation"}  # what a name, not a term, is described as
NAMES = {"PERSON", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}


def definition_term(sent: "Span") -> "Token | None":
    """The term of a present-tense 'X is a Y that ...' sentence, or None when it is no definition."""
    root = sent.root
    if root.lemma_ != "be" or root.tag_ not in ("VBZ", "VBP"):
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    attrs = [c for c in root.children if c.dep_ == "attr"]
    if len(subjects) != 1 or len(attrs) != 1 or not _term(subjects[0], sent) or not _defining(attrs[0]):
        return None
    return subjects[0]


def appositive_definitions(sent: "Span") -> "list[tuple[Token, Span]]":
    """(term, definition) of every 'X, a Y that ..., ...' in the sentence: a one-word common term set
    beside a description that says which Y (a relative clause or a phrase, not an adjective alone)."""
    out = []
    for tok in sent:
        desc = next((c for c in tok.children if c.dep_ == "appos"), None)
        if desc is None or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_alpha or tok.ent_type_ in NOT_TERMS \
                or tok.ent_type_ in NAMES or tok.text.isupper() or desc.lemma_.lower() in GROUPS | org_heads():
            continue  # a name described ('Li Qiang, the premier'; 'NATO, an alliance ...'): not a term
        if any(c.dep_ not in ("appos", "punct", "det") or (c.dep_ == "det" and c.lower_ != "the") for c in tok.children):
            continue  # 'the new pigment, ...': a term is one word
        dets = [c.lower_ for c in desc.children if c.dep_ == "det"]
        if desc.pos_ != "NOUN" or dets not in (["a"], ["an"], ["the"]) \
                or not any(c.dep_ in ("relcl", "acl", "prep") for c in desc.children):
            continue
        words = [t for t in desc.subtree]
        if any(t.is_punct for t in words) or len(words) > 14:
            continue  # a description with its own commas or brackets is hard to cut out cleanly
        doc = sent.doc
        if words[0].i != tok.i + 2 or doc[tok.i + 1].text != "," or words[-1].i + 1 >= sent.end \
                or doc[words[-1].i + 1].text not in (",", "."):
            continue  # set off right after the term, or the parser attached it to the wrong noun
        out.append((tok, sent.doc[words[0].i:words[-1].i + 1]))
    return out


def is_name(term: "Token") -> bool:
    """A defined 'term' that is a name ('Lagos is the largest city ...'), not a word of the subject.
    The tagger takes many a term for an organization or a people ('Osmosis', 'Amphibians'): only
    a proper noun is believed there."""
    return term.ent_type_ in NAMES or (term.ent_type_ in ("ORG", "NORP") and term.pos_ == "PROPN")


def _term(tok: "Token", sent: "Span") -> bool:
    # One word opening the sentence, with no article; the parser often takes a term for a name
    # ("Photosynthesis" as an organization), so only numbers and dates are ruled out.
    return (tok.i == sent.start and tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha
            and tok.ent_type_ not in NOT_TERMS and not any(True for _ in tok.children))


def _defining(attr: "Token") -> bool:
    return attr.pos_ == "NOUN" and any(c.dep_ in DEFINING for c in attr.children)


def superlative(verb: "Token") -> "tuple[Token, Token] | None":
    """(the named one, the superlative description) of 'X is/was/became the largest Y ...' or 'The
    largest Y ... is X'; None when the copula ranks nothing ('one of the largest' ranks several)."""
    if verb.lemma_ not in COPULAS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    attrs = [c for c in verb.children if c.dep_ == "attr"]
    if len(subjects) != 1 or len(attrs) != 1:
        return None
    subj, attr = subjects[0], attrs[0]
    if ranks(attr) and not ranks(subj):
        return subj, attr
    if ranks(subj) and not ranks(attr) and attr.pos_ == "PROPN":
        return attr, subj
    return None


def ranks(noun: "Token") -> str:
    """The rank word of 'the largest city', 'the first woman', 'the most visited park', or ''."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return ""
    for mod in (c for c in noun.children if c.dep_ in ("amod", "advmod") and c.i < noun.i):
        if mod.tag_ == "JJS" or mod.lower_ in RANKS:
            return mod.lower_
        if any(m.lower_ in ("most", "least") and m.dep_ == "advmod" for m in mod.children):
            return "most " + mod.lower_
    return ""


def _capital(word: str) -> str:
    return word[0].upper() + word[1:]


def rank_key(desc: "Token") -> str:
    """What a superlative claims, for comparing claims: 'largest city' (also for 'the biggest city':
    a name called either is never a wrong option for the other)."""
    rank = ranks(desc)
    return f"{SAME_RANK.get(rank, rank)} {desc.lemma_.lower()}"


def introduced(tok: "Token") -> "Span | None":
    """The person a role noun introduces by name: 'Sam was a shy boy', 'Sam, a shy boy, ...', 'a boy
    named Sam', 'the writer Sam Reed' -> Sam (for 'boy'); None when the noun names no one."""
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return _person(subj)
    if tok.dep_ == "appos":
        return _person(tok.head)
    named = next((c for c in tok.children if c.dep_ == "appos"), None)
    if named is not None:  # 'the writer Anna Berg', 'their teacher, Mrs Green,'
        return _person(named)
    for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_ in ("name", "call")):
        named = next((c for c in acl.children if c.dep_ in ("oprd", "xcomp", "attr", "dobj", "npadvmod")), None)
        return _person(named)
    return None


def _person(tok: "Token | None") -> "Span | None":
    ent = entity_of(tok) if tok is not None else None
    return ent if ent is not None and tok.ent_type_ == "PERSON" and tok.i == ent.end - 1 else None


def _note_role(tok: "Token", reg: Registry) -> None:
    """A role noun ('the boy') stands for the one person the article introduces as one, and for
    no one if it also speaks of another ('a boy from the city', 'the boys', 'another boy')."""
    noun = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or noun_class(tok) != "person" or noun in RELATIONS:
        return
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "nummod", "poss")}
    person = introduced(tok) if dets & {"a", "an", "the", "our", "their", "my"} else None
    if person is not None:
        reg.roles.setdefault(noun, set()).add(strip_the(person.text))
    elif tok.tag_ == "NNS" or dets & {"a", "an", "another", "other", "one", "some", "two", "second"}:
        reg.roles.setdefault(noun, set()).add("")  # someone else of the same role: ambiguous


def collect_claims(doc: "Doc", reg: Registry) -> None:
    """Note the article's defined terms, its superlative claims and the roles it introduces people by."""
    for sent in doc.sents:
        for tok in sent:
            _note_role(tok, reg)
        term = definition_term(sent)
        if term is not None:
            plural = term.tag_ in ("NNS", "NNPS") or sent.root.tag_ == "VBP"
            attr = next(c for c in sent.root.children if c.dep_ == "attr")
            reg.terms.setdefault(term.lower_, (term.text, plural, is_name(term), attr.lemma_.lower()))
        for term, desc in appositive_definitions(sent):
            plural = term.tag_ in ("NNS", "NNPS")
            reg.terms.setdefault(term.lower_, (_capital(term.text), plural, False, desc.root.lemma_.lower()))
        for tok in sent:
            found = superlative(tok) if tok.pos_ in ("AUX", "VERB") else None
            if found is not None:
                named, desc = found
                name = " ".join(t.text for t in named.subtree if not t.is_punct)
                reg.superlatives.setdefault(rank_key(desc), set()).add(name)
