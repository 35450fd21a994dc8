"""Simple clauses from complex sentences: main, conjoined and relative clauses, rendered as text.

A Clause is a subset of a sentence's tokens plus substitutions (a resolved pronoun, a full name,
a relative pronoun replaced by its antecedent). Questions are written from clauses, so they are
short and stand alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.generate.simplify.discourse import strip_discourse
from quizgen.generate.simplify.sentences import bracketed

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
DROP_DEPS = {"relcl", "appos", "parataxis"}
RELATIVIZERS = {"which", "who", "that"}
SET_OFF = {",", "\u2013", "\u2014", "--", "-"}  # the marks that set a dropped phrase off


@dataclass
class Clause:
    """A verb with the tokens of its clause; `subst` maps token index -> replacement text."""

    verb: "Token"
    tokens: list["Token"]
    subst: dict[int, str] = field(default_factory=dict)
    kind: str = "main"  # main | conj | relative
    names: set[int] = field(default_factory=set)  # token ids whose substitution is a fuller name
    subject_ids: list[int] | None = None           # set for relative clauses: the antecedent
    base_verb: str | None = None                    # set for events: the past verb's base ("meet")

    @property
    def sent(self) -> "Span":
        """The sentence the clause comes from."""
        return self.verb.sent

    def has(self, span: "Span") -> bool:
        """True when every token of `span` is in the clause, unreplaced (a fuller name is fine)."""
        ids = {t.i for t in self.tokens}
        return all(i in ids and (i not in self.subst or i in self.names) for i in range(span.start, span.end))

    def subject(self) -> list["Token"]:
        """The subject tokens of the clause's verb (through auxiliaries of a conjoined verb)."""
        if self.subject_ids is not None:
            return [t for t in self.tokens if t.i in self.subject_ids]
        verb = self.verb
        # A conjoined verb without a subject of its own shares the first verb's ("X met Y and said ...").
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "conj":
            verb = verb.head
        ids = {t.i for t in self.tokens}
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return [t for t in child.subtree if t.i in ids]
        return []

    def render(self, replace: dict[int, str] | None = None, skip: set[int] | None = None) -> str:
        """The clause as text, with extra replacements (e.g. a blank) and skipped tokens.

        A replacement of several tokens is keyed on the first one and maps the rest to ""."""
        repl = {**self.subst, **(replace or {})}
        skip = skip or set()
        shown = [t for t in self.tokens if t.i not in skip and repl.get(t.i, None) != ""]
        out: list[str] = []
        for n, t in enumerate(shown):
            text = repl.get(t.i, t.text)
            nxt = shown[n + 1] if n + 1 < len(shown) else None
            # Keep the original spacing only between neighbours that were neighbours in the text.
            end = t.i
            while end + 1 in repl and repl[end + 1] == "":
                end += 1
            doc = t.doc
            gap = doc[end].whitespace_ if nxt is not None and nxt.i == end + 1 else " "
            out.append(text + gap)
        return tidy("".join(out))


@lru_cache(maxsize=1 << 12)  # a long article renders the same clauses again and again
def tidy(text: str) -> str:
    """Fix the punctuation that dropping tokens leaves behind."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"(,\s*){2,}", ", ", text)
    text = re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)
    text = re.sub(r",\s*([.?!])", r"\1", text)
    text = re.sub(r"\s*[\u2013\u2014-]+\s*([.?!]?)$", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text)
    return _balance_quotes(text.strip())


def _balance_quotes(text: str) -> str:
    """Drop a quotation mark whose partner is outside the clause ('... for example."')."""
    if text.count('"') % 2:
        i = 0 if text.startswith('"') else text.rfind('"')
        text = re.sub(r"\s{2,}", " ", text[:i] + text[i + 1:]).strip()
    if text.count("\u201c") != text.count("\u201d"):
        text = text.replace("\u201c", "").replace("\u201d", "")
    return text


def _drop_subtree(tok: "Token", keep: set[int]) -> None:
    for t in tok.subtree:
        keep.discard(t.i)


def clause_tokens(verb: "Token") -> set[int]:
    """Token indices of `verb`'s clause without relative clauses, appositives, brackets and
    conjoined clauses that have their own subject."""
    keep = {t.i for t in verb.subtree}
    for t in verb.subtree:
        if t.i not in keep:
            continue
        if t.dep_ in DROP_DEPS and t.i != verb.i and not _needed_relative(t) and not _close_appositive(t):
            _drop_subtree(t, keep)
            doc = t.doc
            left, right = t.left_edge.i - 1, t.right_edge.i + 1
            if left >= 0 and doc[left].text in SET_OFF:
                keep.discard(left)
                # Set off on both sides ("The machine, which has two screens, will ...", "The museum
                # — the oldest in the city — was ..."): both marks go, or one is left dangling.
                if (right < len(doc) and doc[right].text in SET_OFF and (doc[right].text == "," or doc[left].text != ",")
                        and not _closes_outer(t, verb)):
                    keep.discard(right)
        elif t.dep_ == "conj" and t.head.i == verb.i and _is_clause_head(t):
            _drop_subtree(t, keep)
            for c in verb.children:
                if c.dep_ == "cc" and c.i > verb.i:
                    keep.discard(c.i)
            # The parser may hang the 'and' on the word before the conjoined clause instead.
            before = t.left_edge.i - 1
            if before > verb.i and t.doc[before].dep_ == "cc":
                keep.discard(before)
                if t.doc[before - 1].text == ",":
                    keep.discard(before - 1)
        elif t.dep_ == "advcl" and t.head.i == verb.i and any(c.dep_ == "mark" and c.lower_ in ("while", "although", "though", "whereas") for c in t.children):
            _drop_subtree(t, keep)
        elif _trailing_aside(t, verb):
            _drop_subtree(t, keep)
            keep.discard(t.left_edge.i - 1)
    # A semicolon ends a clause, whatever the parser attached across it.
    semis = [t.i for t in verb.sent if t.text == ";"]
    lo = max((i for i in semis if i < verb.i), default=-1)
    hi = min((i for i in semis if i > verb.i), default=len(verb.doc))
    keep = {i for i in keep if lo < i < hi}
    # Parenthetical text: everything between brackets.
    return keep - bracketed(verb.sent)


def _close_appositive(t: "Token") -> bool:
    """'her married name Marie Curie', 'the poet Walt Whitman': an appositive with no comma, dash or
    bracket before it says which one the noun is; cut, it leaves 'known by her married name'."""
    if t.dep_ == "appos" and t.head.tag_.startswith("JJ"):
        return True  # 'three distinct, navigable passages': no appositive hangs on an adjective
    if t.dep_ != "appos" or t.i < t.head.i:
        return False
    before = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
    if (before is not None and t.head.ent_type_ == "DATE" and t.doc[before.i - 1].ent_type_ == "DATE"
            and all(x.ent_type_ == "DATE" for x in t.subtree) and any(x.like_num for x in t.subtree)
            and (before.text in ("\u2013", "\u2014", "-") or t.left_edge.ent_iob_ == "I")):
        # 'between May 1820 – June 1824', 'on April 24, 2015': the end of a range, or the year of
        # the date, never an aside
        return True
    if before is not None and before.text == "," and t.ent_type_ == t.head.ent_type_ == "GPE" and t.left_edge.i == t.head.i + 2:
        return True  # 'Fredericton, New Brunswick, about 200 miles away': the province says where, no aside
    if (before is not None and before.text == ")" and t.pos_ in ("NOUN", "PROPN") and t.head.ent_type_ == "QUANTITY"
            and any(c.dep_ == "det" for c in t.head.children)):
        # 'the 5 cm (2 in) bee hummingbird': the parser hangs the noun on its measure; cut, it
        # leaves 'the 5 cm'
        return True
    return before is not None and not before.is_punct and before.i >= t.head.i


def _closes_outer(t: "Token", verb: "Token") -> bool:
    """'Kibaki, running as the candidate of the group, the NARC, defeated ...': the comma after the
    dropped appositive also closes the phrase set off around it, or the one just before it
    ('running as ...'); with both commas gone, that phrase runs into the verb."""
    left = t.left_edge.i - 1
    ancestors = {a.i for a in t.ancestors}
    return any((a.right_edge.i in (left - 1, left) or (a.i in ancestors and a.right_edge.i == t.right_edge.i))
               and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text == ","
               and a.dep_ in ("acl", "advcl", "appos", "relcl") and a.i != verb.i
               for a in t.sent if a.i < left)


def _needed_relative(t: "Token") -> bool:
    """A restrictive relative clause on a bare indefinite noun ('along with a path that is home to
    12 million people'), a 'to' phrase right after its noun ('precursors to chess', which the
    parser may read as a relative clause), or an infinitive ('the first town to vote'): without it
    the noun says nothing, so it stays."""
    if t.dep_ != "relcl" or t.i < t.head.i or t.doc[t.left_edge.i - 1].text == ",":
        return False
    head = t.head
    if t.left_edge.lower_ == "to" and t.left_edge.i == head.i + 1:
        return True  # 'Precursors to chess', 'rivals to cricket': what the noun is of, never cut
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and not any(c.lower_ in RELATIVIZERS for c in t.children):
        # 'the first club from the north to join the league': an infinitive says what the noun did
        # ('the first club from the north' alone is first at nothing); it is never an aside.
        return True
    others = [c for c in head.children if c.i != t.i]
    return (head.pos_ == "NOUN" and len(others) == 1 and others[0].dep_ == "det"
            and others[0].lower_ in ("a", "an"))


def _antecedent_doubtful(head: "Token", rel: "Token") -> bool:
    """'Salvini, who leads the League which governs ...': another clause stands between the noun and
    the relative pronoun (the nearer noun, the League, is the likelier antecedent); or 'who' hangs
    on a place."""
    if rel.lower_ in ("who", "whom") and head.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE", "NORP"):
        # 'a musician from Mechelen in present-day Belgium who moved to Bonn': 'who' is a person,
        # so a place the parser hung it on is not what it means.
        return True
    if _name_after_noun(head):
        return True
    return any(x.pos_ in ("VERB", "AUX") for x in head.doc[head.i + 1:rel.i])


# 'the city of Bishkek, which ...': a noun that only says what kind of place the name is.
PLACE_KIND_NOUNS = {"city", "town", "village", "country", "state", "province", "region", "island", "district", "capital"}


def _name_after_noun(head: "Token") -> bool:
    """'A church in Villa de Los Santos, Panama, which opened in 1782': a name in a phrase on a common
    noun (or the name it is set beside) may be what 'which' means, or the noun may: the parser's
    pick is a guess ('Villa de Los Santos opened in 1782' is false), so the clause is not used."""
    name = head.head if head.dep_ == "appos" and head.head.pos_ == "PROPN" else head
    if head.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.dep_ != "prep":
        return False
    noun = name.head.head
    return noun.pos_ == "NOUN" and not (name.head.lower_ == "of" and noun.lemma_.lower() in PLACE_KIND_NOUNS)


def agrees(noun: "Token", verb: "Token") -> bool:
    """False when the verb's number plainly disagrees with the noun's ('the Dam ... are')."""
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    plural_verb = any(v.tag_ == "VBP" or v.lower_ == "were" for v in finite)
    singular_verb = any(v.tag_ == "VBZ" or v.lower_ == "was" for v in finite)
    plural_noun = noun.tag_ in ("NNS", "NNPS")
    return not ((plural_verb and not plural_noun and noun.tag_ in ("NN", "NNP"))
                or (singular_verb and plural_noun))


def _trailing_aside(t: "Token", verb: "Token") -> bool:
    """A phrase after a comma that only adds circumstances: ', without mentioning ...',
    ', leaving the centre exposed' (the fact stands without it, and prompts stay shorter)."""
    if t.i == verb.i or t.i <= verb.i or t.doc[t.left_edge.i - 1].text != ",":
        return False
    if (t.dep_ == "prep" and t.lower_ == "without") or (t.dep_ == "dep" and t.pos_ in ("NOUN", "PROPN")):
        return True  # a noun phrase the parser could not attach ('dep') is an aside at best
    if (t.dep_ == "npadvmod" and t.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in t.children)
            and all(x.is_punct for x in t.doc[t.right_edge.i + 1:t.sent.end])):
        return True  # '..., a day that will be long remembered for ...': a comment on the whole sentence
    # A participle with a name or number in it is often the fact itself (", reaching 58 million in 2015").
    return (t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i == verb.i and t.left_edge.i == t.i
            and not any(x.ent_type_ for x in t.subtree))


def _is_clause_head(t: "Token") -> bool:
    """A verb, or a word with a subject of its own ('... and his attitude was ethnocentric')."""
    return t.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECTS for c in t.children)


def _both_of_whom(verb: "Token") -> "tuple[Token, list[Token]] | None":
    """'both of whom' / 'all of which' as the relative clause's subject, and the names listed in
    apposition to its antecedent that it stands for ("two brothers: A and B, both of whom ..."), or
    None (without such a list, "two brothers" would say not whose)."""
    rel = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("both", "all")), None)
    of = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "of"), None) if rel is not None else None
    if of is None or not any(c.dep_ == "pobj" and c.lower_ in ("whom", "which") for c in of.children):
        return None
    head = verb.head  # the noun the names stand beside, or the first name itself
    appos = head if head.pos_ == "PROPN" else next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is None or not any(c.dep_ == "conj" for c in appos.children):
        return None
    names = [appos, *(c for c in appos.children if c.dep_ == "conj")]
    if not all(n.ent_type_ == "PERSON" for n in names):
        return None
    keep: list["Token"] = []
    for n in names:  # each name without its bracketed years ("Melville James Bell (1845–70)")
        keep += [x for x in n.subtree if x.i <= n.i and x.dep_ in ("compound", "flat") or x.i == n.i]
        if n is not names[-1]:
            keep += [x for x in appos.children if x.dep_ == "cc" and n.i < x.i < names[names.index(n) + 1].i]
    return rel, sorted(keep, key=lambda x: x.i)


def clauses_of(sent: "Span") -> list[Clause]:
    """The main clause, conjoined clauses with their own subject, and subject relative clauses."""
    out: list[Clause] = []
    root = sent.root
    verbs = [root] + [t for t in sent if t.dep_ == "conj" and t.head.i == root.i and _is_clause_head(t)]
    for v in verbs:
        keep = clause_tokens(v)
        subst: dict[int, str] = {}
        kind = "main" if v.i == root.i else "conj"
        if v.i != root.i and not any(c.dep_ in SUBJECTS for c in v.children):
            # "X signed a deal and say ..." shares the root's subject.
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            keep |= {t.i for t in subj.subtree if t.i in clause_tokens(root)}
            if v.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
                # "Booth was tracked down and found ..." -> "Booth was found ..."
                keep |= {c.i for c in root.children if c.dep_ in ("aux", "auxpass")}
        toks = strip_discourse([t for t in sent if t.i in keep])
        out.append(Clause(verb=v, tokens=toks, subst=subst, kind=kind))
    for t in sent:
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX"):
            rel = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVIZERS), None)
            named = _both_of_whom(t)
            if rel is None and named is None:
                continue
            if named is not None:  # "two brothers: A and B, both of whom died of ..." -> "A and B died of ..."
                rel, antecedent = named
                keep = clause_tokens(t) - {x.i for x in rel.subtree}
                toks = sorted([x for x in sent if x.i in keep], key=lambda x: x.i)
                out.append(Clause(verb=t, tokens=strip_discourse(antecedent + toks), kind="relative",
                                  subject_ids=[x.i for x in antecedent]))
                continue
            head = t.head
            if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.lower_ not in ("who", "which"):
                # "the Jingnan Campaign, an uprising that placed ...": the campaign placed it, and
                # "an uprising" alone says not which.
                head = head.head
            if head.dep_ == "attr" and head.head.lemma_ == "be":
                # "Edwards is a British scientist, who won ...": Edwards won it, not "a British scientist".
                head = next((c for c in head.head.children if c.dep_ == "nsubj"), head)
            antecedent = [x for x in head.subtree if x.i <= head.i and x.i >= head.left_edge.i and x.dep_ not in ("punct",)]
            if (not antecedent or any(x.pos_ == "PRON" for x in antecedent) or head.pos_ not in ("NOUN", "PROPN")
                    or head.ent_type_ in ("DATE", "CARDINAL", "TIME", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")):
                continue
            if head.dep_ == "appos" and head.tag_ == "NN" and not any(x.dep_ in ("det", "poss") for x in antecedent):
                continue  # 'the 5 cm bee hummingbird, which weighs ...': 'bee hummingbird weighs' lacks its 'the'
            if not agrees(head, t) or _antecedent_doubtful(t.head, rel):
                continue  # "the talks on the Dam, which are ...": the parser chose the wrong antecedent
            if (rel.i > 0 and sent.doc[rel.i - 1].text != "," and not head.ent_type_ and head.dep_ == "pobj"
                    and head.head.head.tag_ in ("VBG", "VBN") and head.head.head.dep_ in ("acl", "conj", "amod")):
                # "rocks coming from the volcano that can travel at 200 mph": after a participle's
                # object, a restrictive clause may belong to the noun the participle describes.
                continue
            keep = clause_tokens(t)
            keep.discard(rel.i)
            toks = sorted([x for x in sent if x.i in keep] + antecedent, key=lambda x: (x.i > t.i, x.i))
            # The antecedent stands where the relative pronoun stood.
            ordered = [x for x in toks if x in antecedent] + [x for x in toks if x not in antecedent]
            out.append(Clause(verb=t, tokens=strip_discourse(ordered), kind="relative",
                              subject_ids=[x.i for x in antecedent]))
    return out
