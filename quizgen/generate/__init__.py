"""The question generator, one subpackage per step of the README's "How questions are made":

- read/      the article: decode, strip HTML, title, page furniture, is it English
- parse.py   spaCy's analysis (sentences, tags, dependency parse, names), loaded once
- resolve/   what the article names (registry, gazetteer) and making a clause stand alone
- simplify/  sentences into simple clauses (main, conjoined, relative, events named by nouns)
- ask/       the question rules: a clause in its context -> candidate questions
- options/   wrong options of the answer's kind (article, gazetteer, numbers and dates)
- rank.py    one question per fact, the best first
- pipeline.py the whole run for one article; batch.py many articles on every core

Nothing here is imported until it is used: importing `quizgen.generate` loads no model.
"""
