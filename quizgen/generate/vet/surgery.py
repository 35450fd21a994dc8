"""What cutting and re-joining a sentence's clauses leaves behind, found by comparing the question
with the sentence it came from: a dash whose partner was cut, a full stop doubled after a quotation,
a noun that lost its article, a phrase cut after its preposition, a 'with' clause tacked on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import BLANK, as_written, vet_data

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quizgen.generate.candidate import Candidate

DASH = re.compile(r"\s[\u2013\u2014-]{1,2}\s|\u2014")
DOUBLED_STOP = re.compile(r"[.!?](?:[\"'\u201d\u2019)]+\s*|\s+)[.!?]|(?<![.\w])\.\.(?!\.)")
DETERMINERS = r"(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)"
# A measure between the article and its noun: 'the 5 cm (2 in) bee hummingbird'
MEASURE = r"(?:[\d.,\u2013-]+\s*[a-z]{0,3}\s+(?:\([^)]*\)\s*)?)?"


def _dashes(text: str) -> int:
    return len(DASH.findall(text))


def dangling_dash(prompt: str, context: str) -> Why | None:
    """'The museum — was opened in 1850' from 'The museum — also the oldest — was opened ...': the
    sentence set a phrase off between two dashes, and the question kept only one of them."""
    if _dashes(prompt) % 2 and not _dashes(context) % 2:
        return Reason.CUT_LEFT_BEHIND("a dash whose partner was cut")
    return None


def doubled_stop(prompt: str) -> Why | None:
    """'He said "we will stay." .': a quotation's own full stop and the question's both kept."""
    return Reason.CUT_LEFT_BEHIND("two full stops") if DOUBLED_STOP.search(prompt) else None


def lost_article(doc: Doc, context: str) -> Why | None:
    """'Compass was used for navigation' from 'The compass was used ...': a common noun the sentence
    only ever writes after 'the', 'a' or an owner, left bare by the question."""
    for t in doc:
        # A singular word the sentence writes in lower case is a common noun, whatever the tagger
        # makes of a capitalised first word ('Sextant' as an adjective).
        if (t.tag_ in ("NNS", "NNPS", "CD", "PRP") or t.pos_ in ("PRON", "VERB", "AUX", "ADP")
                or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT")
                or t.ent_type_ and not re.search(rf"(?<![\w-]){re.escape(t.lower_)}(?![\w-])", context)
                or not re.search(rf"(?<![\w-]){re.escape(t.lower_)}(?![\w-])", context, re.IGNORECASE)):
            continue
        if any(c.dep_ in ("det", "poss", "nummod") or c.tag_ in ("PRP$", "WDT", "WP$") for c in t.children):
            continue
        phrase = doc[t.left_edge.i:t.i + 1].text
        if t.left_edge.i > 0 and doc[t.left_edge.i - 1].lower_ in ("of", "'s", "’s"):
            continue
        word = re.escape(phrase.lower())
        low = context.lower()
        written = [m.start() for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", low)]
        owned = [m for m in re.finditer(rf"\b{DETERMINERS}\s+{MEASURE}{word}(?![\w-])", low)]
        if written and len(owned) == len(written):
            return Reason.CUT_LEFT_BEHIND(f"'{phrase}' without its article")
    return None


PREPOSITION = {"IN", "RP", "TO"}
JOINERS = "(?:and|or|but|nor|which|who|whose|while|though|although|as|so|yet|then)"


def cut_after_preposition(doc: Doc, context: str) -> Why | None:
    """'... were seen streaming across.' from '... streaming across the border': the question ends
    on a preposition whose object the sentence had and the question cut, or on an adjective whose
    noun it cut ('divides into three distinct.' from 'three distinct, navigable passages')."""
    words = [t for t in doc if not t.is_punct]
    if not words:
        return None
    last = words[-1]
    if last.tag_.startswith("JJ") and re.search(rf"(?<![\w-]){re.escape(last.text)},\s+(?!{JOINERS}\b)[a-z][\w-]*\s+[a-z]", context) \
            and not re.search(rf"(?<![\w-]){re.escape(last.text)}[.!?]", context):
        return Reason.CUT_LEFT_BEHIND(f"'{last.text}' cut from the noun it describes")
    if last.tag_ not in PREPOSITION or any(c.dep_ == "pobj" for c in last.children):
        return None
    before = " ".join(t.text for t in words[-3:])
    m = re.search(rf"{re.escape(before)}\s+([\w$£€\"'\u201c]+)", context)
    if m and m.group(1).lower() not in ("and", "or", "but"):
        return Reason.CUT_LEFT_BEHIND(f"'{last.text}' cut from its object")
    return None


def cut_complement(doc: Doc, context: str) -> Why | None:
    """"Europe's source would be a man named ____" from "Europe's source of movable type would be
    ...": a noun the sentence only ever writes with its 'of' phrase, left without it (source of what?)."""
    for t in doc:
        if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr") or t.ent_type_:
            continue
        if any(c.dep_ in ("prep", "acl", "relcl") for c in t.children):
            continue
        word = re.escape(t.text)
        written = re.findall(rf"(?<![\w-]){word}(?![\w-])", context)
        completed = re.findall(rf"(?<![\w-]){word}\s+of\b", context)
        if written and len(completed) == len(written):
            return Reason.CUT_LEFT_BEHIND(f"'{t.text}' without its 'of' phrase")
    return None


def run_together(doc: Doc) -> Why | None:
    """'... has been used since 1947 the last time was in 1976': a second clause with its own subject
    straight after a prepositional phrase, with no mark, 'and' or 'that' between (a dash or full stop
    lost); a verb of saying or thinking may take a clause so ('said the plan failed')."""
    takes_clause = set(_clause_verbs())
    for t in doc:
        if t.dep_ != "ccomp" or t.i < t.head.i or t.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or any(c.dep_ == "mark" for c in t.children):
            continue
        before = doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
        if before is not None and before.dep_ == "pobj" and t.head.lemma_.lower() not in takes_clause:
            return Reason.CUT_LEFT_BEHIND(f"two clauses run together ('{before.text} {doc[t.left_edge.i].text}')")
    return None


def comma_splice(doc: Doc) -> Why | None:
    """'Applause erupted in the hall, Peter Higgs shed a tear.': a second clause with its own subject
    joined by a bare comma (the 'and' cut, or a slip of the text's) reads as a run-on sentence."""
    takes_clause = set(_clause_verbs())
    for t in doc:
        if t.dep_ not in ("ccomp", "conj", "parataxis") or t.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if t.i < t.head.i:
            # 'Applause erupted in the hall, Peter Hale shed a tear' read as what 'shed' reports: only a
            # verb of saying or thinking takes a clause before it so ('..., the mayor said').
            after = doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(doc) else None
            if (t.dep_ == "ccomp" and after is not None and after.text == "," and t.head.lemma_.lower() not in takes_clause
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
                return Reason.CUT_LEFT_BEHIND(f"two clauses joined by a bare comma (', {doc[after.i + 1].text}')")
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
        if subj is None or any(c.dep_ in ("mark", "cc") for c in t.children) or t.head.lemma_.lower() in takes_clause:
            continue
        before = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
        if before is not None and before.text == "," and not any(x.dep_ == "cc" for x in doc[t.head.i:subj.left_edge.i]):
            return Reason.CUT_LEFT_BEHIND(f"two clauses joined by a bare comma (', {subj.text} {t.text}')")
    return None


def _clause_verbs() -> list[str]:
    return vet_data()["clause_verbs"]


def tacked_on_with(c: Candidate, doc: Doc) -> Why | None:
    """'When did the team win the cup, with its captain scoring twice?': a 'with' clause (a noun and a
    participle) that the question carries along after its own fact (only prose keeps it)."""
    if c.type in ("fill_in", "true_false"):
        return None
    for t in doc:
        if t.lower_ == "with" and t.i > 0 and doc[t.i - 1].text == "," and any(
                x.tag_ in ("VBG", "VBN") and x.i > t.i for x in t.subtree):
            return Reason.CUT_LEFT_BEHIND("a 'with' clause tacked on")
    return None


BARE_MEASURE = re.compile(r"\bthe ([\d.,\u2013-]+\s*[a-z]{1,3})(?=\s*[,.;:?]|\s*$)")


def cut_measure_noun(c: Candidate) -> Why | None:
    """'The largest species is the 23 cm, weighing ...' from 'the 23 cm (9 in) giant hummingbird': a
    measure left where the noun it measured was cut."""
    text = as_written(c.prompt, c.answer, c.type)
    for m in BARE_MEASURE.finditer(text):
        after = re.search(re.escape(m.group(0)) + r"\s*(?:\([^)]*\)\s*)?([a-z]+)", c.context)
        if after and after.group(1) not in ("and", "or", "but", "in", "on", "at", "of", "to", "for", "by", "with"):
            return Reason.CUT_LEFT_BEHIND(f"'{m.group(0)}' without the noun it measures")
    return None


def broken_quotes(prompt: str) -> Why | None:
    """'its three cones, ", "Mawenzi", and "Shira, is ...': quotation marks a cut left unmatched."""
    if prompt.count('"') % 2 or prompt.count("\u201c") != prompt.count("\u201d") or re.search(r'(^|[\s,])"\s*[,.;]', prompt):
        return Reason.CUT_LEFT_BEHIND("an unmatched quotation mark")
    return None


def cut_after_colon(c: Candidate) -> Why | None:
    """'... three volcanic cones: ____.' -> Kibo, from 'cones: Kibo, the highest; Mawenzi ...; and
    Shira': a colon's list the sentence goes on with, cut to its first item."""
    text = as_written(c.prompt, c.answer, c.type)
    m = re.search(r":\s*([^:]+?)\s*[.?!]?\s*$", text)
    if not m:
        return None
    at = c.context.find(m.group(1))
    rest = c.context[at + len(m.group(1)):].strip() if at >= 0 else ""
    return Reason.CUT_LEFT_BEHIND("the first item of a list after a colon") if rest[:1] in (",", ";") else None


ASIDE = re.compile(r"\s*(?:[\u2013\u2014]|--| - )[^\u2013\u2014]*?(?:[\u2013\u2014]|--| - )|\s*\([^)]*\)")


def cut_after_blank(c: Candidate) -> Why | None:
    """'Zoo staffers made sure to keep ____.' from '... keep Farha — a mother of three — away from
    another female ...': a prompt that ends at its blank where the sentence went on past an aside."""
    if c.type != "fill_in" or not re.search(re.escape(BLANK) + r"\s*[.?!]?\s*$", c.prompt):
        return None
    at = c.context.find(str(c.answer))
    if at < 0:
        return None
    rest = c.context[at + len(str(c.answer)):]
    after = ASIDE.match(rest)
    if after is None:
        return None
    rest = rest[after.end():].lstrip()
    return Reason.CUT_LEFT_BEHIND("what the sentence says after the blank") if rest[:1].islower() else None


def name_cut_at_end(c: Candidate) -> Why | None:
    """'In which year was the French Protectorate established T'hami?' from '... was established and
    T'hami El Glaoui became Pasha': a question that ends on the first word of a name cut short."""
    m = re.search(r"\b([A-Z][\w'-]+)\s*[?.]$", c.prompt)
    if m is None:
        return None
    after = re.search(r"\b" + re.escape(m.group(1)) + r"\s+([A-Z][\w'-]+)", c.context or "")
    return Reason.CUT_LEFT_BEHIND(f"'{m.group(1)}', the first word of a longer name") if after else None


def surgery_problem(c: Candidate, doc: Doc) -> Why | None:
    """The first thing clause surgery left behind in the question, or None."""
    if not c.context:
        return None
    return (dangling_dash(c.prompt, c.context) or doubled_stop(c.prompt) or cut_measure_noun(c) or broken_quotes(c.prompt)
            or cut_after_colon(c) or cut_after_blank(c) or name_cut_at_end(c) or lost_article(doc, c.context)
            or cut_after_preposition(doc, c.context) or cut_complement(doc, c.context) or tacked_on_with(c, doc)
            or run_together(doc) or comma_splice(doc))
