"""Subcommands of the `quizgen` CLI, one module each."""
