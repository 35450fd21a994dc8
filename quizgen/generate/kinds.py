"""The kinds of thing an answer can be, in one table: which are names, places or numbers, which can
be asked about, and how much a question about each is worth when ranking."""

from __future__ import annotations

# kind: (family, can be an answer, rank weight). Families: "name" (asked with who/which and given
# options of the same kind), "place" (a country, city or US state the gazetteer knows), "number"
# (numbers and dates, whose options are perturbed values), "word" and "other".
KINDS: dict[str, tuple[str, bool, float]] = {
    "person": ("name", True, 3.0),
    "country": ("place", True, 3.0),
    "city": ("place", True, 3.0),
    "state": ("place", True, 2.8),
    "place": ("name", True, 2.6),      # a place the gazetteer cannot place: asked as a name
    "org": ("name", True, 2.6),
    "company": ("name", False, 2.6),   # an org whose name makes it a company ('Which company')
    "event": ("name", True, 2.2),
    "facility": ("name", True, 2.0),
    "work": ("name", True, 2.0),
    "product": ("name", True, 2.0),
    "law": ("name", True, 2.0),
    "language": ("word", True, 1.8),
    "year": ("number", True, 2.6),
    "date": ("number", True, 2.4),
    "number": ("number", True, 2.3),
    "quantity": ("number", True, 2.2),
    "money": ("number", True, 2.2),
    "percent": ("number", True, 2.2),
    "ordinal": ("number", True, 1.8),
    "acronym": ("other", False, 2.0),  # an acronym's expansion
    "statement": ("other", False, 1.6),  # a true/false statement
    "phrase": ("other", False, 1.5),     # a content noun phrase that is no name ('a new library')
    "role": ("other", False, 1.8),       # a person described, not named ("Maya's brother")
    "reason": ("other", False, 1.7),     # after 'because', 'due to', 'as a result of'
    "purpose": ("other", False, 1.7),    # after 'in order to', 'so that'
    "result": ("other", False, 1.7),     # after 'led to'
    "means": ("other", False, 1.7),      # after 'by' + gerund
}

ANSWER_KINDS = frozenset(k for k, (_, answer, _) in KINDS.items() if answer)
NAME_KINDS = frozenset(k for k, (family, answer, _) in KINDS.items() if answer and family in ("name", "place"))
PLACES = frozenset(k for k, (family, _, _) in KINDS.items() if family == "place")
NUMERIC = frozenset(k for k, (family, _, _) in KINDS.items() if family == "number")
KIND_WEIGHT = {k: weight for k, (_, _, weight) in KINDS.items()}

# spaCy's entity labels as kinds (places are refined by the gazetteer, orgs by company words).
LABEL_KINDS = {
    "PERSON": "person", "ORG": "org", "LOC": "place", "FAC": "facility", "EVENT": "event",
    "WORK_OF_ART": "work", "PRODUCT": "product", "LAW": "law", "LANGUAGE": "language",
    "DATE": "date", "TIME": "time", "CARDINAL": "number", "QUANTITY": "quantity", "MONEY": "money",
    "PERCENT": "percent", "ORDINAL": "ordinal", "NORP": "nationality",
}
