"""Question rules: small functions from a clause (or the article's names) to candidate questions."""
