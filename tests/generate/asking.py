"""Running the real generator's rules over sentences written for a test (no copy of its loop)."""

from __future__ import annotations

from quizgen.generate.pipeline import ask_sentences
from quizgen.generate.resolve.registry import build_registry


def analyse(nlp, text: str):
    """(doc, name registry, sentences) of a text, as the generator's first pass sees them."""
    doc = nlp(text)
    reg = build_registry([doc])
    return doc, reg, list(doc.sents)


def asked(nlp, text: str, sentence: int = -1) -> list:
    """What the real pipeline's rules make of sentence `sentence` of `text` (before ranking):
    candidates, and Skips saying what was refused and why."""
    _, reg, sents = analyse(nlp, text)
    index = range(len(sents))[sentence]
    return [c for c in ask_sentences(sents, reg).candidates if c.sentence_index == index]
