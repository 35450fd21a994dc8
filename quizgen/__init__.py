"""quizgen: turn an article into a quiz — rule-based question generation, a terminal quiz, exports."""

__version__ = "0.1.0"
