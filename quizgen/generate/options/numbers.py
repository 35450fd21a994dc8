"""Numbers in text: words <-> digits, and plausible wrong values of the same form."""

from __future__ import annotations

import hashlib
import math
import re

from quizgen import lexicon

WORDS = list(lexicon.small_cardinals())  # 'zero' ... 'twenty', indexed by value
# Round numbers read as one word: 'thirty' ... 'ninety', 'hundred'.
TENS = {w: v for w, v in lexicon.cardinals().items() if 20 < v <= 100}
ORDINALS = list(lexicon.small_ordinals())  # 'zeroth' ... 'twentieth', indexed by value
MONTHS = list(lexicon.months())
OFFSETS = [(-3, -2, -1), (-2, -1, 1), (-1, 1, 2), (1, 2, 3)]
NUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def word_value(word: str) -> int | None:
    """'two' -> 2, 'forty' -> 40, '7' -> 7; None when not a simple number."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    if w in WORDS:
        return WORDS.index(w)
    return TENS.get(w)


def ordinal_value(word: str) -> int | None:
    """'ninth' -> 9, '9th' -> 9."""
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS.index(w)
    m = re.fullmatch(r"(\d+)(st|nd|rd|th)", w)
    return int(m.group(1)) if m else None


def ordinal_suffix(n: int) -> str:
    """9 -> '9th', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def alternatives(answer: str) -> list[str]:
    """Other ways to write a number answer: 'two' -> ['2'], '9th' -> ['ninth'], '30,000' -> ['30000']."""
    out: list[str] = []
    v = word_value(answer)
    if v is not None:
        out.append(str(v) if not answer.isdigit() else (WORDS[v] if v < len(WORDS) else ""))
    o = ordinal_value(answer)
    if o is not None:
        out += [ordinal_suffix(o)] if answer.isalpha() else ([ORDINALS[o]] if o < len(ORDINALS) else [])
    if re.fullmatch(r"\d{1,3}(,\d{3})+", answer):
        out.append(answer.replace(",", ""))
    return [a for a in dict.fromkeys(out) if a and a != answer]


def _pick(answer: str) -> tuple[int, int, int]:
    # The answer's place among the options varies with the answer, so it is never always the middle.
    return OFFSETS[int(hashlib.sha256(answer.encode()).hexdigest(), 16) % len(OFFSETS)]


def _format_like(value: float, template: str) -> str:
    decimals = len(template.split(".")[1]) if "." in template else 0
    text = f"{value:,.{decimals}f}" if "," in template else f"{value:.{decimals}f}"
    return text


def perturb(answer: str, kind: str) -> list[str]:
    """Three plausible wrong values in the answer's own form, or [] when it is not numeric."""
    out = [v for v in dict.fromkeys(_perturb(answer, kind)) if v != answer]
    return out if len(out) >= 3 else []


def _perturb(answer: str, kind: str) -> list[str]:
    text = answer.strip()
    words = text.split()
    if kind == "ordinal":
        o = ordinal_value(text)
        if o is None:
            return []
        vals = [o + d for d in _pick(text) if o + d > 0]
        if len(vals) < 3:
            vals = [o + d for d in (1, 2, 3)]
        return [ORDINALS[v] if text.isalpha() and v < len(ORDINALS) else ordinal_suffix(v) for v in vals]
    if kind == "date" and any(w.strip(",") in MONTHS for w in words):
        month = next(w.strip(",") for w in words if w.strip(",") in MONTHS)
        i = MONTHS.index(month)
        return [text.replace(month, MONTHS[(i + d) % 12], 1) for d in _pick(text)]
    m = NUM.search(text)
    suffix = re.match(r"(st|nd|rd|th)\b", text[m.end():]) if m else None
    if m and suffix:
        # "5th century" -> "3rd century", never "3th".
        o = int(m.group(0).replace(",", ""))
        vals = [o + d for d in _pick(text) if o + d > 0] if o > 3 else [o + d for d in (1, 2, 3)]
        return [text[:m.start()] + ordinal_suffix(v) + text[suffix.end() + m.end():] for v in vals]
    if m:
        raw = m.group(0)
        value = float(raw.replace(",", ""))
        if kind in ("year", "date") and 100 <= value <= 2999 and "." not in raw:
            decade = text[m.end():m.end() + 1] == "s"
            step = (100 if int(value) % 100 == 0 else 10) if decade else 1
            new = [int(value) + d * step for d in _pick(text)]
            return [text[:m.start()] + str(v) + text[m.end():] for v in new]
        if value == int(value) and value <= 20:
            new = [int(value) + d for d in _pick(text) if int(value) + d >= 0]
            if len(new) < 3:
                new = [int(value) + d for d in (1, 2, 3)]
            return [text[:m.start()] + _format_like(v, raw) + text[m.end():] for v in new]
        factors = {(-3, -2, -1): (0.25, 0.5, 0.75), (-2, -1, 1): (0.5, 0.75, 1.5),
                   (-1, 1, 2): (0.75, 1.5, 2), (1, 2, 3): (1.5, 2, 3)}[_pick(text)]
        return [text[:m.start()] + _format_like(_round_like(value * f, value), raw) + text[m.end():] for f in factors]
    v = word_value(words[0]) if words else None
    if v is not None and v <= 20:
        new = [v + d for d in _pick(text) if 0 < v + d <= 20]
        if len(new) < 3:
            new = [v + d for d in (1, 2, 3)]
        cap = words[0][0].isupper()
        out = []
        for n in new:
            w = WORDS[n].capitalize() if cap else WORDS[n]
            out.append(" ".join([w] + words[1:]))
        return out
    return []


def _round_like(value: float, original: float) -> float:
    """Round to as many significant figures as the original shows (30,000 -> 2 -> 15,000; 41 -> 2)."""
    digits = max(2, len(str(int(original)).rstrip("0")))
    if value == 0:
        return 0
    scale = 10 ** (int(math.floor(math.log10(abs(value)))) - digits + 1)
    return round(value / scale) * scale
