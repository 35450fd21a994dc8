"""Names written family name first ('Mei Xiang', 'Kim Jong-un', 'Nguyen Van Thieu'): their last
word is a given name or part of one, never a surname to accept alone. Pure; the family names are
data (quizgen/data/name_order.json)."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen import data

# One syllable of Hanyu Pinyin without tones: an initial, then a final.
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|"
             r"a|o|e|i|u|v|ü)")
_GIVEN_PINYIN = re.compile(rf"^(?:{_SYLLABLE}){{1,2}}$")


@lru_cache(maxsize=1)
def _families() -> dict[str, frozenset[str]]:
    """'chinese' / 'korean' / 'vietnamese' -> the family names written first."""
    d = data.json_data("name_order.json")
    return {k.removesuffix("_family_names"): frozenset(v) for k, v in d.items() if k.endswith("_family_names")}


def family_name_first(name: str) -> bool:
    """'Mei Xiang', 'Yao Ming', 'Kim Jong-un', 'Nguyen Van Thieu': a name in family-first order
    (a Chinese, Korean or Vietnamese family name, then a given name of that language's form);
    'Lee Harvey Oswald', 'Henry Rathbone', 'Jeremy Lin' are not."""
    words = name.split()
    if len(words) < 2:
        return False
    first, given = words[0], words[1:]
    families = _families()
    if first in families["chinese"] and len(given) == 1 and _GIVEN_PINYIN.match(given[0].lower().replace("-", "")):
        return True
    # A hyphenated given name ('Jong-un', 'Ying-jeou', 'Yat-sen') after a Korean or Chinese family name.
    if (first in families["korean"] or first in families["chinese"]) and len(given) == 1 \
            and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", given[0]):
        return True
    return first in families["vietnamese"] and len(given) >= 2 and all(len(w) <= 5 for w in given)
