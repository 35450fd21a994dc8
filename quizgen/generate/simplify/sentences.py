"""What a paragraph says about each of its sentences, worked out once per paragraph and kept on
the Doc: the sentence's named entities, and which tokens stand inside quotation marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def sentence_ents(sent: "Span") -> list["Span"]:
    """The named entities of a sentence, grouped once per paragraph (Span.ents scans every entity
    of the paragraph on each call, which made long paragraphs quadratic)."""
    doc = sent.doc
    if "ents_by_sent" not in doc.user_data:
        groups: dict[int, list] = {}
        for ent in doc.ents:
            groups.setdefault(ent.sent.start, []).append(ent)
        doc.user_data["ents_by_sent"] = groups
    return doc.user_data["ents_by_sent"].get(sent.start, [])


def bracketed(sent: "Span") -> set[int]:
    """Indices of the tokens between round or square brackets, the brackets included: an aside that
    no question keeps."""
    inside, depth = set(), 0
    for t in sent:
        if t.text in ("(", "["):
            depth += 1
        if depth:
            inside.add(t.i)
        if t.text in (")", "]"):
            depth = max(0, depth - 1)
    return inside


def quoted_tokens(doc: "Doc") -> set[int]:
    """Indices of the tokens inside quotation marks; a quotation may run over several sentences,
    so the whole paragraph is read (the tagger tells opening `` from closing '' marks)."""
    if "quoted" not in doc.user_data:
        inside, out = False, set()
        for t in doc:
            if t.tag_ == "``":
                inside = True
            elif t.tag_ == "''":
                inside = False
            elif inside:
                out.add(t.i)
        doc.user_data["quoted"] = out
    return doc.user_data["quoted"]
