"""A standalone prompt: no description that only the sentences around it explain ('the troubled
province', 'the 31-year-old striker', 'the following week', 'the three hospitals')."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from quizgen.deck.lint_text import words_data
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import compiled, vet_data

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry


def surnames_alone(reg: Registry, title: str = "") -> dict[str, str | None]:
    """Surnames of people the article names in full: {'Gatlin': 'Justin Gatlin'} (one full name each;
    a surname two people share maps to the first)."""
    out: dict[str, str] = {}
    subject: dict[str, str] = {}  # a surname the article's title names in full: its subject's
    for name, kind in reg.kinds.items():
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() or w in words_data()["name_connectors"] for w in words) or len(words[-1]) < 3:
            continue
        # The NER may call the full name something else ('Justin Gatlin' a product) and get the
        # surname alone right: either one being a person is enough.
        if kind == "person" or reg.kinds.get(words[-1]) == "person":
            # Two people of one surname ('Jomo Kenyatta', 'Uhuru Kenyatta'): the surname alone says
            # neither (None), and is not asked.
            out[words[-1]] = name if out.get(words[-1], name) == name else None
            if name in title:
                subject[words[-1]] = name
    # A title that is a person's full name ('Ludwig van Beethoven') says whom the surname alone
    # means, even where the NER missed that name or the registry took the father ('Johann van
    # Beethoven') for it; else where the registry resolved the short form ('Curie' -> 'Marie
    # Curie', the one the article calls so), that stands.
    named = re.sub(r"\s*[:(|–—-].*$", "", title).strip()
    parts = named.split()
    if 2 <= len(parts) <= 5 and parts[0][:1].isupper() and parts[-1][:1].isupper() and len(parts[-1]) >= 3 \
            and reg.kinds.get(parts[-1]) in (None, "person") and parts[-1] in out:
        subject[parts[-1]] = named
    return {w: subject.get(w) or reg.full_names.get(w) or full for w, full in out.items()}


SURNAME = re.compile(r"(?<![\w.-])([A-Z][\w'-]+)\b")


def _alone(text: str, surnames: dict) -> list[re.Match]:
    """The surnames in `text` written alone (not inside a longer name)."""
    return [m for m in SURNAME.finditer(text) if m.group(1) in surnames
            and not re.search(r"[A-Z][\w.'-]*\s+$", text[:m.start()]) and not re.match(r"\s+[A-Z]", text[m.end():])]


def in_full(c: Candidate, surnames: dict[str, str | None], endings: dict[str, str] | None = None) -> None:
    """Name each person in full where the surname stands alone and only one person has it
    ('Gatlin' -> 'Justin Gatlin'); the surname stays an accepted answer."""
    def full(text: str) -> str:
        for m in reversed(_alone(text, surnames)):
            if surnames[m.group(1)]:
                text = text[:m.start()] + surnames[m.group(1)] + text[m.end():]
        return text

    c.prompt = full(c.prompt)
    c.distractors = [full(d) for d in c.distractors]
    if c.type != "true_false" and surnames.get(str(c.answer)):
        c.accept = [*c.accept, str(c.answer)]
        c.answer = surnames[str(c.answer)]
    elif c.type != "true_false" and c.kind == "person" and (endings or {}).get(str(c.answer)):
        # 'Djokovic' keyed where the article names 'Novak Djokovic' (which the tagger took for a
        # company): the person's full name is the key, the surname accepted
        c.accept = [*c.accept, str(c.answer)]
        c.answer = endings[str(c.answer)]


def name_endings(reg: Registry) -> dict[str, str]:
    """{'Djokovic': 'Novak Djokovic'}: the last word of each two- or three-word capitalised name of the
    article, where one name alone ends so."""
    out: dict[str, str | None] = {}
    for name in reg.kinds:
        words = name.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
            out[words[-1]] = name if out.get(words[-1], name) == name else None
    return {k: v for k, v in out.items() if v}


def short_person(c: Candidate, surnames: dict[str, str | None]) -> Why | None:
    """A person called by a surname alone ('Kenyatta') that more than one person of the article has:
    a reader cannot tell which (one alone is named in full by `in_full` first)."""
    answer = str(c.answer) if c.type != "true_false" else ""
    if answer in surnames:
        return Reason.PERSON_NOT_IN_FULL(answer, surnames[answer] or "more than one person")
    for text in (c.prompt, *c.distractors):
        for m in _alone(text, surnames):
            return Reason.PERSON_NOT_IN_FULL(m.group(1), surnames[m.group(1)] or "more than one person")
    return None


POSSESSIVE = re.compile(r"\b(its|their)\b", re.I)


def possessive_problem(prompt: str, names) -> Why | None:  # noqa: ANN001 - any container of names
    """'... helped raise its profit to ____': an 'its'/'their' whose owner the question never shows
    (no name of the article and no blank before it), named; None when it has one."""
    m = POSSESSIVE.search(prompt)
    if m is None:
        return None
    before = prompt[: m.start()]
    if "___" in before or any(name in before for name in names if name[:1].isupper()):
        return None
    return Reason.UNRESOLVED_POSSESSIVE(m.group(0))


PERSONAL = re.compile(r"\b(her|his|hers|him|she|he)\b", re.I)


def person_pronoun_problem(c: Candidate, person_words: frozenset[str]) -> Why | None:
    """'The ____ bought one of her self-portraits' -> the Louvre: a 'her'/'his' whose person the
    question never names before it (a blank counts only when its answer is a person);
    `person_words` are the words of the article's people's names (`person_words`)."""
    m = PERSONAL.search(c.prompt)
    if m is None:
        return None
    before = c.prompt[:m.start()]
    if c.kind == "person" and c.type != "true_false" and ("___" in before or re.match(r"(?i)who\b", c.prompt)):
        return None  # the person asked for owns it ('Who led Kenya until his death?')
    said = set(re.findall(r"[A-Z][\w'.-]+", before.replace("____", " ")))
    return None if said & person_words else Reason.UNRESOLVED_POSSESSIVE(m.group(0))


def person_words(kinds: dict[str, str]) -> frozenset[str]:
    """The words of the names of the article's people ('Ada', 'Lind'), gathered once per article."""
    return frozenset(w for name, kind in kinds.items() if kind == "person" for w in name.split() if len(w) > 2)


OPENING = re.compile(r"^(A|An|The) ([a-z][\w-]*(?: [a-z][\w-]*){0,3})")
APPOSED = re.compile(r"\w[,:;\u2014\u2013]\s+(?:a|an|the)\s+", re.I)  # what every pattern below needs


def appositive_subject(prompt: str, context: str) -> Why | None:
    """'A four chambered muscular pump beats ...' from 'The heart, a four chambered muscular pump,
    beats ...': the question kept the description and lost the name it describes."""
    m = OPENING.match(prompt)
    if m is None:
        return None
    # After a comma, colon or dash the phrase describes a name before it ('The heart ...: a
    # four-chambered pump that beats'); hyphens may have become spaces in the question.
    plain = context.replace("-", " ")
    if not APPOSED.search(plain):
        return None
    words = m.group(2).replace("-", " ").split()
    for n in range(len(words), 1, -1):
        phrase = " ".join(words[:n])
        if re.search(r"\w[,:;\u2014\u2013]\s+(?:a|an|the)\s+" + re.escape(phrase) + r"\b", plain, re.I):
            return Reason.APPOSITIVE_AS_SUBJECT(f"{m.group(1)} {' '.join(words[:n])}")
    return None


SUBJECT_WORDS = re.compile(r"^([A-Z][a-z]+(?: [a-z]+){0,2})\b")
THERE_IS = re.compile(r"(?i)\bthere (?:are|were|is|was) ")  # what every pattern below needs: most contexts lack it


def existential_subject(prompt: str, context: str) -> Why | None:
    """'Birds can use echolocation' from 'there are birds that can use echolocation': the relative
    clause of 'there are' says it of some birds; as a main clause it says it of all."""
    m = SUBJECT_WORDS.match(prompt)
    if m is None or not THERE_IS.search(context):
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        if re.search(r"(?i)\bthere (?:are|were|is|was) (?:also |many |some )?" + re.escape(phrase) + r" (?:that|who|which)\b",
                     context):
            return Reason.EXISTENTIAL_SUBJECT(phrase.lower())
    return None


def indefinite_subject(doc, title: str) -> Why | None:  # noqa: ANN001 - a spaCy Doc
    """'A path is home to ____ people': a subject that is 'a'/'an' and a bare noun, cut from the
    phrase that said which one ('a path of totality'); a noun of the article's title is general
    ('A platypus lays eggs' in 'Platypus') and stands."""
    roots = [s.root for s in doc.sents]
    for root in roots[:1]:
        # 'In which year was one of the greatest inventions made public?' (parsed as an attribute)
        asks = doc.text.rstrip().endswith("?")
        one = next((t for t in doc if (t.dep_ in ("nsubj", "nsubjpass") or (asks and t.dep_ == "attr")) and _one_of_unnamed(t)), None)
        if one is not None:
            return Reason.INDEFINITE_SUBJECT(doc[one.i:one.right_edge.i + 1].text)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN":
            continue
        others = [c for c in subj.children if c.dep_ != "det"]
        dets = [c for c in subj.children if c.dep_ == "det"]
        if not others and len(dets) == 1 and dets[0].lower_ in ("a", "an") and not _title_kind(subj, title):
            return Reason.INDEFINITE_SUBJECT(f"{dets[0].text} {subj.text}")
    return None


OWNERS = {"poss", "prep", "compound", "nmod", "npadvmod"}
REPORTING = {"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "estimate", "warn", "believe"}


def role_without_owner(doc, title: str) -> Why | None:  # noqa: ANN001 - a spaCy Doc
    """'Males can reach 5 metres' (of which animal?), 'Guests were received ...' (whose?): a subject
    that names a role of something (vet.json `role_nouns`) with nothing saying of what, cut from the
    article's topic; 'Male giraffes', 'Hotel guests', 'Kenyan workers' say it, as does a title
    about the role itself."""
    roles = set(vet_data()["role_nouns"])
    title_words = {w.lower() for w in re.findall(r"[\w-]+", title)}
    for t in doc:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" or t.lemma_.lower() not in roles:
            continue
        if t.head.lemma_.lower() in REPORTING:
            continue  # '..., residents said': who reports it, not the fact asked
        if t.lemma_.lower() in title_words or t.lower_ in title_words:
            continue
        owned = any(c.dep_ in OWNERS or (c.dep_ == "amod" and (c.ent_type_ or c.tag_ == "NNP" or c.text[:1].isupper() and c.i > 0))
                    for c in t.children)
        if not owned:
            return Reason.ROLE_WITHOUT_OWNER(doc[t.left_edge.i:t.i + 1].text)
    return None


def _one_of_unnamed(subj) -> bool:  # noqa: ANN001 - a spaCy Token
    """'one of the greatest inventions in the world': one of many, and the question never says which
    (no name in the phrase)."""
    if subj.lower_ not in ("one", "some", "many", "several", "two", "most") or subj.ent_type_ not in ("", "CARDINAL"):
        return False
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and not any(t.pos_ == "PROPN" or t.ent_type_ for t in of.subtree if t.ent_type_ != "CARDINAL")


def _title_kind(noun, title: str) -> bool:  # noqa: ANN001 - a spaCy Token
    """'A walrus' under 'The walrus' is general: the title is the noun's own kind (with 'the' or a
    plural); under 'The Ming dynasty', 'a dynasty' is some one dynasty the question cut away."""
    words = [w for w in re.findall(r"[\w-]+", re.sub(r"[:(].*", "", title).lower()) if w not in ("the", "a", "an")]
    forms = {noun.lower_, noun.lemma_.lower()}
    return len(words) == 1 and (words[0] in forms or words[0].rstrip("s") in forms)


def description_problem(prompt: str) -> Why | None:
    """The unresolved description the prompt leans on, named, or None."""
    for pattern in vet_data()["unresolved_descriptions"]:
        m = compiled(pattern).search(prompt)
        if m:
            return Reason.UNRESOLVED_DESCRIPTION(m.group(0))
    return None




@cache
def _titled() -> re.Pattern:
    """'Mr. Johnson', 'Vice President Johnson': a title of vet.json's `person_titles`, then one name."""
    titles = "|".join(sorted((re.escape(t) for t in vet_data()["person_titles"]), key=len, reverse=True))
    return re.compile(rf"\b({titles})\.?\s+([A-Z][\w-]+)\b(?!\s+[A-Z])")
BARE = re.compile(r"(?<![\w.-])([A-Z][\w-]+)\b(?![\w-])")


def titled_surnames(texts: list[str], named_in_full: dict[str, str | None]) -> dict[str, str]:
    """Surnames the article writes with a title and never with a first name: {'Johnson': 'Mr. Johnson'}
    (the first way the article writes it)."""
    out: dict[str, str] = {}
    titled: dict[str, int] = {}
    for text in texts:
        for m in _titled().finditer(text):
            if m.group(2) not in named_in_full:
                out.setdefault(m.group(2), m.group(0))
                titled[m.group(2)] = titled.get(m.group(2), 0) + 1
    joined = " ".join(texts)
    # 'Esperanto', the language, more often than 'Dr. Esperanto', the pen name: no surname of his
    return {w: t for w, t in out.items() if len(re.findall(rf"\b{re.escape(w)}\b", joined)) <= 2 * titled[w]}


def _bare(text: str, titled: dict[str, str]) -> list[re.Match]:
    """The titled surnames in `text` written without their title or inside a longer name."""
    return [m for m in BARE.finditer(text) if m.group(1) in titled
            and not re.search(r"[A-Z][\w.'-]*\s+$", text[:m.start()])
            and not re.match(r"\s+[A-Z]", text[m.end():])]


def with_title(c: Candidate, titled: dict[str, str]) -> None:
    """'Johnson thanked Lily' -> 'Mr. Johnson thanked Lily' where the article only ever says
    'Mr. Johnson' (a surname alone reads as someone else); the surname stays an accepted answer."""
    def titled_in(text: str) -> str:
        for m in reversed(_bare(text, titled)):
            text = text[:m.start()] + titled[m.group(1)] + text[m.end():]
        return text

    c.prompt = titled_in(c.prompt)
    c.distractors = [titled_in(d) for d in c.distractors]
    if c.type != "true_false" and str(c.answer) in titled:
        c.accept = [*c.accept, str(c.answer)]
        c.answer = titled[str(c.answer)]


def titled_surname(c: Candidate, titled: dict[str, str]) -> Why | None:
    """A titled surname still alone after `with_title` (inside a word it could not rewrite)."""
    for text in (c.prompt, *c.distractors):
        for m in _bare(text, titled):
            return Reason.SURNAME_WITHOUT_TITLE(m.group(1), titled[m.group(1)])
    return None
