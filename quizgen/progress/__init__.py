"""Learning over days: saved answers, FSRS scheduling, review selection and stats (no UI).

- store.ProgressStore — the SQLite store (open, record, record_answer, due, deck_stats, reset, export_json)
- scheduler — answer → FSRS rating (`rate`, `easy_within`) and the next due date
- review — `due_questions(decks, store, now)` and `due_counts` for the picker
- stats — `DeckStats` and how each number is defined
- hook — `recorder(store)`, a QuizSession listener that saves every answer as it is given
- runs — quiz runs (resume in the same order, the last score) and where each studied deck lives
- decks — the decks a progress command reads: those named, else ./decks and those studied elsewhere
"""
