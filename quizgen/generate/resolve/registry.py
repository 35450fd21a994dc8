"""What the article names: entity kinds, full names for short ones, acronyms, and lists of peers."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from quizgen.generate.kinds import LABEL_KINDS
from quizgen import data, lexicon
from quizgen.generate.resolve import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ACRONYM = re.compile(r"((?:[A-Z][\w'’-]*|of|and|for|the|on|in|de|&)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|on|in|de|&))*?)\s+\(([A-Z][A-Za-z.&-]{1,9})\)")
MINOR = {"of", "and", "for", "the", "on", "in", "de", "&"}
TITLES = {"mr", "mrs", "ms", "dr", "sir", "president", "premier", "prime", "minister", "chancellor", "king",
          "queen", "prince", "princess", "general", "senator", "governor", "mayor", "professor", "judge", "pope",
          "chief", "executive", "secretary", "st", "saint", "lord", "lady", "emperor", "sultan", "sheikh"}


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Words an organization's (or a polity's) name ends with: 'Council', 'Agency', 'Empire'."""
    return frozenset(w.strip().lower() for w in data.lines("org_heads.txt"))


def strip_the(text: str) -> str:
    """'the United States' -> 'United States'."""
    return re.sub(r"^(the|The)\s+", "", text.strip())


def entity_kind(label: str, text: str) -> str:
    """Our kind for a spaCy entity: GPE splits into country / city / state / place; DATE into year / date."""
    if label == "GPE":
        return gazetteer.place_kind(strip_the(text)) or "place"
    if label == "DATE":
        return "year" if re.fullmatch(r"(in )?\d{3,4}( (BC|BCE|AD|CE))?", text.strip()) else "date"
    return LABEL_KINDS.get(label, "other")


@dataclass
class Registry:
    """Facts about the names in one article, built once before any rule runs."""

    kinds: dict[str, str] = field(default_factory=dict)             # name -> kind
    full_names: dict[str, str] = field(default_factory=dict)        # 'Li' -> 'Li Qiang'
    acronyms: dict[str, str] = field(default_factory=dict)          # 'SCO' -> 'Shanghai Cooperation Organization'
    expansions: dict[str, str] = field(default_factory=dict)        # the reverse
    peers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # co-members of lists
    counts: Counter = field(default_factory=Counter)
    order: dict[str, int] = field(default_factory=dict)              # first appearance
    phrases: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> content phrase -> its head
    # defined term -> (as written, plural, a name, what it is: 'process' for 'the process by which ...')
    terms: dict[str, tuple[str, bool, bool, str]] = field(default_factory=dict)
    superlatives: dict[str, set[str]] = field(default_factory=dict)  # 'largest city' -> names called it
    roles: dict[str, set[str]] = field(default_factory=dict)  # 'boy' -> the people introduced as one ('' another)
    # Indexes built on first use, once build_registry has filled the fields above.
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def full(self, name: str) -> str:
        """The fullest form of a name the article uses."""
        name = strip_the(name)
        return self.full_names.get(name, name)

    def kind(self, name: str) -> str | None:
        """The kind of a name, after resolving short forms."""
        return self.kinds.get(self.full(name))

    def aliases(self, name: str) -> set[str]:
        """Every form of the same name: short and full, acronym and expansion."""
        full = self.full(name)
        out = {name, full, strip_the(name)}
        out |= self._indexed("shorts", self._short_forms).get(full, set())
        for a in list(out):
            if a in self.acronyms:
                out.add(self.acronyms[a])
            if a in self.expansions:
                out.add(self.expansions[a])
        return out

    def names_of_kind(self, kind: str) -> list[str]:
        """Every full name of this kind, most mentioned first, then by first appearance."""
        return list(self._indexed("by_kind", self._by_kind).get(kind, ()))

    def names_in(self, text: str) -> set[str]:
        """The names the article uses that occur in `text`."""
        by_word = self._indexed("by_first_word", self._by_first_word)
        return {n for w in set(WORD.findall(text)) for n in by_word.get(w, ()) if n in text}

    def memo(self, key: str, build):
        """A value built once per article from the finished registry (`build()`), kept under `key`."""
        return self._indexed(key, build)

    def _indexed(self, key: str, build):
        if key not in self._index:
            self._index[key] = build()
        return self._index[key]

    def _short_forms(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for short, full in self.full_names.items():
            out[full].add(short)
        return out

    def _by_kind(self) -> dict[str, tuple[str, ...]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for n, k in self.kinds.items():
            if n not in self.full_names:
                groups[k].append(n)
        return {k: tuple(sorted(names, key=lambda n: (-self.counts[n], self.order.get(n, 0), n)))
                for k, names in groups.items()}

    def _by_first_word(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for n in self.kinds:
            first = WORD.search(n)
            if first:
                out[first.group()].append(n)
        return out


WORD = re.compile(r"\w+")


def plainly_an_org(name: str, reg: Registry) -> bool:
    """Plainly an organization: a defined acronym or expansion, or an institution's name."""
    name = strip_the(name)
    if name in reg.acronyms or name in reg.expansions:
        return True
    words = [w.lower().strip(".,") for w in name.split()]
    return len(words) > 1 and (words[-1] in org_heads() or words[0] in org_heads())


def build_registry(docs: Iterable["Doc"]) -> Registry:
    """Collect kinds, full names, acronyms, list peers and content noun phrases from the parsed
    article (one pass)."""
    from quizgen.generate.options.claims import collect_claims
    from quizgen.generate.options.phrases import collect_phrases

    reg = Registry()
    votes: dict[str, Counter] = defaultdict(Counter)
    known_as: list[tuple[str, str]] = []
    position = 0
    for doc in docs:
        for m in ACRONYM.finditer(doc.text):
            long, short = m.group(1), m.group(2)
            long = _trim_to_initials(long, short)
            if long:
                reg.acronyms[short] = long
                reg.expansions[long] = short
        for ent in doc.ents:
            text = _clean_entity_text(ent)
            if not text:
                continue
            votes[text][entity_kind(ent.label_, text)] += 1
            reg.counts[text] += 1
            reg.order.setdefault(text, position)
            position += 1
        _collect_peers(doc, reg)
        known_as += _known_as(doc)
        collect_phrases(doc, reg)
        collect_claims(doc, reg)
    for text, v in votes.items():
        reg.kinds[text] = v.most_common(1)[0][0]
    _resolve_short_names(reg)
    _link_known_as(known_as, reg)
    for short, long in reg.acronyms.items():
        kind = reg.kinds.get(long) or reg.kinds.get(short) or "org"
        reg.kinds[long] = reg.kinds[short] = kind
    return reg


NOT_NAME_STARTS = {"VBG", "VBN", "VBD", "VBZ", "VBP", "RB", "IN", "MD"}  # tags no first word of a name has


def _clean_entity_text(ent: "Span") -> str:
    if len(ent) > 1 and ent[0].tag_ in NOT_NAME_STARTS:
        ent = ent[1:]  # 'Surrounding Jupiter is ...': a sentence's first verb is no part of the name
    text = strip_the(ent.text)
    text = re.sub(r"\s*\(.*$", "", text)   # "Shanghai Cooperation Organization (SCO" -> long form
    text = re.sub(r"['’]s$", "", text).strip(" ,.;:-")
    return text


def _trim_to_initials(long: str, short: str) -> str | None:
    """Keep the trailing words of `long` whose initials spell `short` ('the Shanghai ...')."""
    words = long.split()
    letters = [c for c in short if c.isalpha()]
    for start in range(len(words)):
        cand = words[start:]
        caps = [w[0] for w in cand if w.lower() not in MINOR]
        every = [w[0] for w in cand]  # 'Department of Conservation (DOC)': the 'of' counted too
        if cand[0].lower() not in MINOR and any([c.upper() for c in initials] == [c.upper() for c in letters]
                                                for initials in (caps, every)):
            return " ".join(cand)
    return None


def _resolve_short_names(reg: Registry) -> None:
    """'Li' -> 'Li Qiang', 'Oyun-Erdene' -> 'L. Oyun-Erdene'; the short form takes the full one's kind.
    A company's first word is its short form too ('Mitsubishi' -> 'Mitsubishi Motors')."""
    companies = lexicon.company_words()
    orgs_by_first: dict[str, set[str]] = defaultdict(set)
    for n, k in reg.kinds.items():
        # Only a company is called by its first word ("Mitsubishi"); "Abbasid" is not "Abbasid Dynasty".
        if k == "org" and len(n.split()) >= 2 and companies & set(n.split()[1:]):
            orgs_by_first[n.split()[0]].add(n)
    for name in list(reg.kinds):
        if (len(name.split()) == 1 and name not in reg.acronyms and reg.kinds[name] in ("org", "person")
                and gazetteer.place_kind(name) is None):
            # (Never a place: "Montserrat" is not short for "Montserrat Volcano Observatory".)
            matches = set(orgs_by_first.get(name, ()))
            if len(matches) == 1:
                full = matches.pop()
                reg.full_names[name] = full
                reg.kinds[name] = "org"
                reg.counts[full] += reg.counts[name]
    # A "person" ending in Empire or Council is a name the parser mistook: never a full name for "Empire".
    persons = [n for n, k in reg.kinds.items() if k == "person" and len(n.split()) >= 2
               and n.split()[-1].lower() not in org_heads()]
    # A surname the parser did not tag as a name still means the person ("Merkel retired ...").
    surnames: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        if p.split()[0].lower().strip(".") not in TITLES:
            surnames[p.split()[-1]].add(p)
    # Any other name of that ending the NER called something else ('Ludwig van Beethoven' an org)
    # may be the one meant: a father and son share 'Beethoven', and neither is guessed.
    ending: dict[str, set[str]] = defaultdict(set)
    for n in reg.kinds:
        if len(n.split()) >= 2 and n.split()[0][:1].isupper():
            ending[n.split()[-1]].add(n)
    for surname, fulls in surnames.items():
        if len(fulls) == 1 and surname not in reg.kinds and len(surname) > 2 and len(ending[surname]) == 1:
            reg.full_names[surname] = next(iter(fulls))
    # A one-word name is a person's first or last name, or the end of an initialled one ("L.Oyun").
    by_part: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        words = p.split()
        for part in {words[0], words[-1]} | {words[-1][i + 1:] for i, c in enumerate(words[-1]) if c == "."}:
            by_part[part].add(p)
    for name in list(reg.kinds):
        if len(name.split()) != 1 or name in reg.acronyms or name in reg.full_names:
            continue
        matches = by_part.get(name, set()) - {name}
        # Titles ("Premier Li") are not names: keep the name part as the full form.
        matches = {m for m in matches if m.split()[0].lower().strip(".") not in TITLES} or matches
        if len(matches) == 1 and len(ending.get(name, matches) | matches) == 1:
            full = matches.pop()
            reg.full_names[name] = full
            reg.kinds[name] = "person"
            reg.counts[full] += reg.counts[name]




def _known_as(doc: "Doc") -> list[tuple[str, str]]:
    """'Maria Sklodowska-Curie, better known as Marie Curie or Madame Curie': pairs of one person's
    names (each later one with the first)."""
    pairs: list[tuple[str, str]] = []
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    for i, first in enumerate(ents):
        if not re.fullmatch(r"\s*,?\s*\(?(?:(?:better|also|more commonly|commonly|popularly|widely)\s+)?known\s+as\s*",
                            doc[first.end:ents[i + 1].start].text if i + 1 < len(ents) else "x"):
            continue
        at = i + 1
        while at < len(ents) and (at == i + 1 or re.fullmatch(r"\s+or\s+", doc[ents[at - 1].end:ents[at].start].text)):
            pairs.append((_clean_entity_text(first), _clean_entity_text(ents[at])))
            at += 1
    return [(a, b) for a, b in pairs if a and b and a != b]


def _link_known_as(pairs: list[tuple[str, str]], reg: Registry) -> None:
    """One person's names become one: each is read as the name the article uses most."""
    groups: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        groups[a] |= {a, b}
    for names in groups.values():
        names = {reg.full(n) for n in names}
        main = max(sorted(names), key=lambda n: reg.counts[n])
        for n in names - {main}:
            reg.full_names[n] = main
            reg.counts[main] += reg.counts[n]
            for short, full in list(reg.full_names.items()):
                if full == n:
                    reg.full_names[short] = main
        reg.kinds[main] = "person"


def entity_of(tok: "Token") -> "Span | None":
    """The named entity that contains `tok`, if any."""
    if not tok.ent_type_:
        return None
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end]


def _collect_peers(doc: "Doc", reg: Registry) -> None:
    """Names listed together ('India, Pakistan, and Iran') are peers: each is true in the same slot."""
    ents = list(doc.ents)
    group: list[str] = []
    for prev, ent in zip([None] + ents, ents):
        joined = prev is not None and LIST_GAP.fullmatch(doc[prev.end:ent.start].text) is not None
        if not joined:
            _link(group, reg)
            group = []
        group.append(_clean_entity_text(ent))
    _link(group, reg)


LIST_GAP = re.compile(r"\s*(,|and|or|, and|, or|&|/|,? as well as)\s*")


def _link(group: list[str], reg: Registry) -> None:
    names = {g for g in group if g}
    if len(names) > 1:
        for n in names:
            reg.peers[n] |= names - {n}
