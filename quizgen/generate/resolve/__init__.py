"""Resolving names: what the article names (kinds, full names, acronyms, peers, places) and
making a clause stand alone (short names, pronouns, descriptions)."""
