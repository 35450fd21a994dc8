"""The terminal quiz app (Textual): picker, quiz and results screens. Never imports spaCy."""
