"""An answer is a whole, correct constituent: not a number without its unit or era, not part of a
name or title, not a function word, not a short name read as a longer different one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.deck.lint_text import is_demonym, words_data as lint_words
from quizgen.generate.reasons import Reason, Why
from quizgen.generate.vet import around, vet_data
from quizgen.lexicon import company_words

if TYPE_CHECKING:
    from quizgen.generate.candidate import Candidate
    from quizgen.generate.resolve.registry import Registry

NUMBER = re.compile(r"^[$£€¥]?\d[\d,.]*\s*(bn|m|k|tn|%)?$|^(\w+ )*(one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|\d+(st|nd|rd|th)?)$", re.IGNORECASE)
COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
NEXT_WORD = re.compile(r"^\s*([\w.%/]+)")
PREV_WORD = re.compile(r"([\w.'’-]+)\s*$")
EXPANDABLE = {"person", "company"}  # 'Li' -> 'Li Qiang', 'Mitsubishi' -> 'Mitsubishi Motors' are the same


def _next(text: str) -> str:
    m = NEXT_WORD.match(text)
    return m.group(1) if m else ""


def _prev(text: str) -> str:
    m = PREV_WORD.search(text)
    return m.group(1) if m else ""


def cut_number(answer: str, before: str, after: str) -> Why | None:
    """A number split from its unit, scale or era ('58,500,000' of '58,500,000 metric tons')."""
    data = vet_data()
    nxt = _next(after)
    if re.match(r"\s*(BC|BCE|AD|CE|B\.C\.|A\.D\.)(\b|$)", after) and not re.search(r"\b(BC|BCE|AD|CE)\.?$", answer):
        return Reason.ERA_CUT()
    if not NUMBER.match(answer.strip()):
        return None
    if nxt.lower() in data["unit_words"] or after.lstrip().startswith("%"):
        return Reason.UNIT_CUT(nxt or "%")
    if re.search(r"[$£€¥]\s*$", before):
        return Reason.CURRENCY_CUT()
    return None


COMPASS = r"(?:North|South|East|West|Central)(?:ern|east|west|eastern|western)?"
COMPASS_WORD = re.compile(rf"^{COMPASS}$")


def part_of_name(answer: str, before: str, after: str) -> Why | None:
    """A blank over part of a name or title: a capitalised word joined to the answer ('Goldman ____',
    'New ____', 'the Clean Air ____')."""
    if not answer[:1].isupper() and not answer[:1].isdigit():
        return None
    titles = set(vet_data()["name_titles"])
    prev = _prev(before)
    head = before[:len(before.rstrip()) - len(prev)].strip()
    starts = not head or re.search(r"[.!?:]\s*[\"'“]?$", head)
    if starts and prev.lower() in vet_data()["sentence_openers"]:
        prev = ""  # 'In ____, ...': a capital because the sentence starts there
    if before and not before[-1:].isspace():
        prev = ""  # 'Mongolia-China-____': a hyphenated list, not a longer name
    if prev and prev[:1].isupper() and prev not in titles and not prev.isupper() \
            and not is_demonym(prev):
        return Reason.PART_OF_NAME(f"{prev} ...")
    nxt = _next(after)
    if answer[:1].isupper() and after[:1] == " " and nxt[:1].isupper() and nxt != "I" and not nxt.isupper():
        return Reason.PART_OF_NAME(f"... {nxt}")
    # 'in ____ and Eastern Australia' over 'Southeastern' (or 'Southeastern and ____' over 'Eastern
    # Australia'): two regions sharing one place name, of which a blank takes half.
    if (COMPASS_WORD.match(answer) and re.match(r" and [A-Z]", after)) or re.search(rf"\b{COMPASS} and $", before):
        return Reason.PART_OF_NAME(f"{answer} and ..." if COMPASS_WORD.match(answer) else "... and " + answer)
    # 'the Great Pyramid of ____', 'the University of ____': the name goes on through its 'of'
    # (the words that head such names are data; 'King of ____' and 'Obikwelu of ____' ask a country).
    of = NAME_OF.search(before)
    if answer[:1].isupper() and of and of.group(1) in vet_data()["name_of_heads"]:
        return Reason.PART_OF_NAME(f"{of.group(0).strip()} ...")
    return None


NAME_OF = re.compile(r"(?<![.!?]\s)\b([A-Z][a-z]+)\s+of\s*$")


def described_number(answer: str, before: str) -> Why | None:
    """'The two firms signed ...': the number belongs to 'the two firms', a description, so 'How many
    firms signed ...?' asks what the sentence takes as given."""
    if answer.strip().lower() in COUNT_WORDS and re.search(r"\b[Tt]he\s*$", before):
        return Reason.NUMBER_IN_DESCRIPTION(answer)
    return None


def function_word(answer: str, before: str, after: str) -> Why | None:
    """A number word that is a function word here ('____ of the few ways', 'At ____,')."""
    data = vet_data()
    if answer.strip().lower() in data["never_answers"]:
        return Reason.FUNCTION_WORD_ANSWER(answer)
    if answer.strip().lower() not in data["number_answer_words"]:
        return None
    idioms = data["idiom_numbers"]
    if _next(after).lower() in idioms["after"] or _prev(before) in idioms["before"]:
        return Reason.IDIOM_NUMBER()
    return None


def expanded_name(c: Candidate, reg: Registry) -> Why | None:
    """A short name in the sentence read as a longer, different name ('Kindle' keyed 'Kindle Magazine')."""
    answer = str(c.answer)
    if c.kind in EXPANDABLE or answer in reg.expansions or not answer[:1].isalpha():
        return None
    if answer.lower() in c.context.lower() or any(a.lower() in c.context.lower() for a in reg.aliases(answer)
                                                   if a != answer and len(a) > 1 and a in reg.acronyms):
        return None
    words = answer.split()
    corporate = {w.lower() for w in company_words()} | {"motor"}
    if len(words) > 1 and all(w.lower() in corporate for w in words[1:]):
        return None  # 'Nissan' for 'Nissan Motor': a company by its first word
    if len(words) > 1 and words[0].lower() in c.context.lower():
        return Reason.SHORT_NAME_EXPANDED(words[0], answer)
    return None


STORY_CHARACTER_RULES = {"story_who", "story_who_fill_in"}


def name_key(answer: str, kind: str) -> Why | None:
    """A person's name keyed with a word of the sentence joined to it: a verb before it ('pat Amy')
    or a number after it ('Urzúa 54')."""
    if kind != "person":
        return None
    connectors = set(lint_words()["name_connectors"])
    for w in answer.split():
        if (w[:1].islower() and w.lower() not in connectors) or re.fullmatch(r"\d+[,.]?", w):
            return Reason.NAME_KEY_SPANS_WORDS(answer, w)
    return None


def answer_problem(c: Candidate, reg: Registry) -> Why | None:
    """Why the candidate's answer is not a whole, correct constituent, or None."""
    if c.type == "true_false":
        return None  # a swapped fact shares its fill-in's answer: judged with it (vet.gate)
    answer = str(c.answer)
    site = around(answer, c.prompt, c.context)
    problem = None
    if site:
        problem = cut_number(answer, *site) or part_of_name(answer, *site) or function_word(answer, *site)
    ctx_site = around(answer, "", c.context)
    if not problem and ctx_site:
        problem = (cut_number(answer, *ctx_site) or part_of_name(answer, *ctx_site)
                   or function_word(answer, *ctx_site) or described_number(answer, ctx_site[0]))
    # a story's character is read off the parse as 'the fox' (story.py), not a name cut from a
    # sentence: its lowercase noun is no verb joined to a name
    keyed = None if c.rule in STORY_CHARACTER_RULES else name_key(answer, c.kind)
    return problem or keyed or expanded_name(c, reg) or cut_after_the(c) or era_modifier(c)


def cut_after_the(c: Candidate) -> Why | None:
    """'At the ____' over 'age of 19': a blank after 'the' over a lowercase phrase with an of-phrase
    leaves the article outside the answer (the answer is no whole noun phrase)."""
    answer = str(c.answer)
    if c.type == "fill_in" and re.search(r"(?i)\bthe ____", c.prompt) and answer[:1].islower() and " of " in answer:
        return Reason.CUT_AFTER_THE(answer)
    return None


ERA = re.compile(r"(?i)^(\d+(st|nd|rd|th)[- ]century|\d{3}0s)$")


def era_modifier(c: Candidate) -> Why | None:
    """'the ____ landmark' over '12th century': an era written as a modifier of an unnamed noun
    (many things of the sentence fit the blank, and the noun says not which)."""
    m = re.search(r"____[- ]([a-z]+)", c.prompt)
    if c.type == "fill_in" and ERA.match(str(c.answer)) and m and m.group(1) not in vet_data()["stop_words"]:
        return Reason.ERA_MODIFIER(str(c.answer))
    return None
