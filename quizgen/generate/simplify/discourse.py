"""Words that lean on the sentence before, taken out of a clause: 'however', 'also', 'in response,',
a sentence-opening 'But', 'further' before its verb, and the commas that set them off."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen import data

if TYPE_CHECKING:
    from spacy.tokens import Token

# Markers that lean on the sentence before even when no comma sets them off ("are thus perceived").
SENTENCE_JOINERS = {"but", "and", "yet"}  # a sentence-opening conjunction links to the sentence before


UNSET_MARKERS = {("also",), ("thus",), ("therefore",), ("further",)}


# Markers that also introduce a list ("species, for example frogs and toads"): dropped only when
# a comma follows them ("For example, ...", "Frogs, for example, ...").
COMMA_AFTER_MARKERS = {("for", "example"), ("for", "instance")}


@lru_cache(maxsize=1)
def discourse_markers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases that lean on earlier text ('however', 'in response'), by first word, longest first."""
    phrases = sorted({tuple(line.split()) for line in data.lines("discourse.txt")},
                     key=lambda words: (-len(" ".join(words)), words))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(group) for first, group in by_first.items()}


def strip_discourse(tokens: list["Token"]) -> list["Token"]:
    """Drop 'however', 'also', 'in response,' and the commas that set them off."""
    markers = discourse_markers()
    lowers = [t.lower_ for t in tokens]
    drop: set[int] = set()
    if tokens and lowers[0] in SENTENCE_JOINERS and tokens[0].dep_ == "cc" and tokens[0].i == tokens[0].sent.start:
        # 'But John still fought many wars in France.': the fact stands without its link to the sentence before
        drop.add(tokens[0].i)
        if len(tokens) > 1 and tokens[1].text == ",":
            drop.add(tokens[1].i)
    for i in range(len(tokens)):
        for words in markers.get(lowers[i], ()):
            n = len(words)
            if tuple(lowers[i:i + n]) != words:
                continue
            seg = tokens[i:i + n]
            if seg[0].ent_iob_ == "I":
                continue  # the end of a date ("Several years later"), not a discourse marker
            if any(c.dep_ == "advmod" and c.i < seg[0].i for c in seg[0].children):
                continue  # 'even then', 'only then': a time the clause needs, not a discourse marker
            if not all(x.dep_ in ("advmod", "prep", "pobj", "cc", "npadvmod") or x.lower_ in words for x in seg):
                continue
            after = tokens[i + n] if i + n < len(tokens) else None
            before = tokens[i - 1] if i > 0 else None
            if words == ("then",) and ((after is not None and after.pos_ == "ADP") or (before is not None and before.pos_ == "ADP")):
                continue  # 'in Nuenen, then in Antwerp' lists places in turn; 'by then' is a time
            # 'Aristotle then accompanied ...': a 'then' just before its verb leans on the sentence before.
            # So does one between an auxiliary and its verb ('was then escorted').
            before_verb = (words == ("then",) and after is not None and after.pos_ in ("VERB", "AUX")
                           and before is not None and (before.dep_ in ("nsubj", "nsubjpass")
                                                       or (before.dep_ in ("aux", "auxpass") and before.head.i == after.i)))
            set_off = i == 0 or (after is not None and after.text == ",") or (before is not None and before.text == ",")
            if not (set_off or words in UNSET_MARKERS or before_verb) or (after is not None and after.lower_ in ("of", "than", "to")):
                continue
            if words in COMMA_AFTER_MARKERS and (after is None or after.text != ","):
                continue
            if words == ("further",) and (after is None or after.i != seg[0].head.i or after.pos_ != "VERB"):
                continue  # 'further suggests' adds to what came before; 'further south', 'further study' do not
            if len(words) > 1 or seg[0].dep_ in ("advmod", "npadvmod"):
                drop |= {x.i for x in seg}
                # The comma after it, or before it when it is mid-sentence.
                if before is not None and before.text == "," and (after is None or after.is_punct):
                    drop.add(before.i)
                if after is not None and after.text == ",":
                    drop.add(after.i)
                break
    return [t for t in tokens if t.i not in drop]
