"""Question rules: small functions from a clause (or sentence, or the article) in its context to
candidate questions and named refusals; `rules.py` registers them all, in the order they run."""
