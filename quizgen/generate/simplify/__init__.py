"""Simplifying sentences into clauses that can stand alone as facts."""
