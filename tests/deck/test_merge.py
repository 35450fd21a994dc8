"""Regenerating onto a deck a teacher has edited: nothing they wrote is lost, deletions stay deleted."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.deck.model import Deck, Question, load_deck
from quizgen.deck.read import parse_deck
from quizgen.errors import QuizgenError
from quizgen.deck.merge import merge_deck_file, stale_questions, write_new_deck
from quizgen.deck.merge_force import apply_force, plan_force
from quizgen.deck.merge_state import legacy_state_path, without_record
from quizgen.deck.merge_text import append_questions_text


def force_overwrite(path, generated_deck, dry_run=False):
    """What `generate --force` does (commands/deck_writer.py): plan, then apply unless a dry run."""
    report = plan_force(path, generated_deck, dry_run)
    return report if dry_run else apply_force(report, generated_deck)

S_IRAN = "The Shanghai Cooperation Organization recently admitted Iran as its ninth member."
S_OBSERVER = "Mongolia has held observer status in the SCO for nearly two decades."
S_BISHKEK = "Li Qiang met L. Oyun-Erdene at an SCO gathering in Bishkek."
S_CORRIDOR = "Oyun-Erdene discussed plans for the Mongolia-China-Russia economic corridor."

Q_IRAN = Question(id="q-iran", type="multiple_choice", prompt="Which country did the SCO recently admit as its ninth member?",
                  answer="Iran", distractors=["Mongolia", "Turkey", "Afghanistan"], context=S_IRAN)
Q_OBSERVER = Question(id="q-observer", type="fill_in", prompt="Mongolia has held observer status in the SCO for nearly ____ decades.",
                      answer="two", accept=["2"], context=S_OBSERVER)
Q_BISHKEK = Question(id="q-bishkek", type="multiple_choice", prompt="In which city did Li Qiang meet L. Oyun-Erdene?",
                     answer="Bishkek", distractors=["Astana", "Tashkent", "Dushanbe"], context=S_BISHKEK)
Q_CORRIDOR = Question(id="q-corridor", type="fill_in", prompt="Oyun-Erdene discussed plans for the Mongolia-China-____ economic corridor.",
                      answer="Russia", context=S_CORRIDOR)

TEACHER_OWN = """\

# My own question, for Friday's class.
- id: my-1
  type: true_false
  prompt:   "The SCO is a military alliance."     # odd spacing kept on purpose
  answer: false
"""


def generated(*questions: Question) -> Deck:
    """A deck as the generator would return it for the article."""
    return Deck(title="China Urges Mongolia", source="article.txt", questions=list(questions))


def offered(path) -> set[str]:
    """The ids the deck's `generated:` record lists."""
    return set(load_deck(path).record.offered)


def article(*sentences: str) -> str:
    return "China Urges Mongolia\n\n" + " ".join(sentences) + "\n"


@pytest.fixture
def edited(tmp_path):
    """A generated deck (iran, observer, bishkek) the teacher then edited by hand, and its bytes."""
    path = tmp_path / "sco.yaml"
    write_new_deck(path, generated(Q_IRAN, Q_OBSERVER, Q_BISHKEK))
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: China Urges Mongolia", "title: China Urges Mongolia   # week 3")
    # Reword the Iran prompt, delete the observer question, add one of their own.
    text = text.replace("Which country did the SCO recently admit", "Which nation did the SCO admit")
    start = text.index("- id: q-observer")
    text = text[:start] + text[text.index("- id: q-bishkek"):]
    text += TEACHER_OWN
    path.write_text(text, encoding="utf-8")
    return path, path.read_bytes()


def test_merge_keeps_every_byte_respects_deletions_appends_new_and_reports_stale(edited):
    path, before = edited
    # The article was revised: the Bishkek sentence is gone, a corridor sentence is new.
    fresh = generated(Q_IRAN, Q_OBSERVER, Q_CORRIDOR)
    report = merge_deck_file(path, fresh, article(S_IRAN, S_OBSERVER, S_CORRIDOR))
    after = path.read_bytes()
    # Every teacher byte in place (their own question, typed below the record, included).
    assert without_record(after.decode()).startswith(without_record(before.decode()))
    assert [q.id for q in report.added] == ["q-corridor"]  # new fact appended
    assert report.previously_deleted == ["q-observer"]   # deleted question not back
    assert [q.id for q in report.stale] == ["q-bishkek"]  # sentence gone: reported, not deleted
    assert [q.id for q in report.kept] == ["q-iran", "q-bishkek", "my-1"]
    deck = load_deck(path)
    assert [q.id for q in deck.questions] == ["q-iran", "q-bishkek", "my-1", "q-corridor"]
    assert deck.questions[0].prompt.startswith("Which nation did the SCO admit")
    assert deck.questions[-1] == Q_CORRIDOR
    stale_line = report.stale[0].line
    assert after.decode().splitlines()[stale_line - 1] == "- id: q-bishkek"
    assert report.summary() == f"{path}: added 1, kept 3, stale 1, previously deleted 1"
    assert f"{path}:{stale_line}: stale: the source sentence of q-bishkek is no longer in the article " \
           "(kept; edit or delete it yourself)" in report.details()
    assert f"{path}:{deck.questions[-1].line}: added q-corridor: {Q_CORRIDOR.prompt}" in report.details()


def test_merging_again_changes_nothing(edited):
    path, _ = edited
    fresh = generated(Q_IRAN, Q_OBSERVER, Q_CORRIDOR)
    merge_deck_file(path, fresh, article(S_IRAN, S_OBSERVER, S_CORRIDOR))
    once = path.read_bytes()
    report = merge_deck_file(path, fresh, article(S_IRAN, S_OBSERVER, S_CORRIDOR))
    assert path.read_bytes() == once and report.added == []
    assert report.summary().endswith("(no new questions; file unchanged)")


def test_deleting_an_appended_question_sticks(edited):
    path, _ = edited
    fresh = generated(Q_IRAN, Q_OBSERVER, Q_CORRIDOR)
    merge_deck_file(path, fresh, article(S_IRAN, S_OBSERVER, S_CORRIDOR))
    text = path.read_text()
    path.write_text(text[:text.index("\n- id: q-corridor")] + "\n" + text[text.index("\n# quizgen record"):])
    report = merge_deck_file(path, fresh, article(S_IRAN, S_OBSERVER, S_CORRIDOR))
    assert report.added == [] and sorted(report.previously_deleted) == ["q-corridor", "q-observer"]


@pytest.mark.parametrize("twin", [
    # the generator's id for a fact changed (say, a fuller answer), the prompt is the same
    Question(**{**Q_BISHKEK.__dict__, "id": "q-bishkek-v2", "answer": "Bishkek city"}),
    # same fact and answer under a new id, the prompt worded differently
    Question(**{**Q_BISHKEK.__dict__, "id": "q-bishkek-v3", "prompt": "Where did Li Qiang meet L. Oyun-Erdene?"}),
])
def test_a_question_the_deck_already_asks_under_another_id_is_not_added_twice(edited, twin):
    path, before = edited
    report = merge_deck_file(path, generated(Q_IRAN, twin), article(S_IRAN, S_BISHKEK))
    assert report.added == [] and without_record(path.read_text()) == without_record(before.decode())
    assert [(new, old.id) for new, old in report.already_asked] == [(twin.id, "q-bishkek")]
    assert any(line.endswith(f"skipped {twin.id}: the deck already asks it as q-bishkek") for line in report.details())
    assert twin.id in offered(path)  # deleting q-bishkek later will not bring the twin in


def test_dry_run_writes_nothing(edited):
    path, before = edited
    report = merge_deck_file(path, generated(Q_IRAN, Q_CORRIDOR), article(S_IRAN, S_CORRIDOR), dry_run=True)
    assert path.read_bytes() == before
    assert [q.id for q in report.added] == ["q-corridor"]
    assert report.summary().startswith(f"{path}: dry run, nothing written: would have added 1")
    assert report.details()[0].startswith(f"{path}:")
    assert " would add q-corridor: " in report.details()[0]


def drop_record(path) -> None:
    """The deck as an older quizgen (or a teacher deleting the lines) left it: no record."""
    path.write_text(without_record(path.read_text()))


def test_without_a_record_the_merge_says_deleted_questions_may_return(edited):
    path, _ = edited
    drop_record(path)
    report = merge_deck_file(path, generated(Q_IRAN, Q_OBSERVER), article(S_IRAN, S_OBSERVER))
    assert [q.id for q in report.added] == ["q-observer"]
    assert any("no record of the questions offered before" in n for n in report.details())
    assert offered(path) == {"q-iran", "q-observer"}  # recorded from now on


def test_the_record_is_inside_the_deck_and_survives_reformatting(edited):
    path, _ = edited
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no hidden file
    # The teacher reformats the whole file (another editor re-saves it): the record still reads.
    path.write_text(path.read_text().replace("\n\n", "\n").replace("- id:", "-   id:").replace("\n  ", "\n    "))
    load_deck(path)
    report = merge_deck_file(path, generated(Q_IRAN, Q_OBSERVER, Q_BISHKEK), article(S_IRAN, S_OBSERVER, S_BISHKEK))
    assert report.added == [] and report.previously_deleted == ["q-observer"]


def test_a_merge_changes_only_the_record_lines_and_keeps_them_last(edited):
    path, before = edited
    text = before.decode()
    start = text.index("# quizgen record")
    end = text.index("\n", text.index("# offered:")) + 1
    merge_deck_file(path, generated(Q_IRAN, Q_OBSERVER, Q_CORRIDOR), article(S_IRAN, S_OBSERVER, S_CORRIDOR))
    after = path.read_text()
    assert after.startswith(text[:start])   # everything above the record, byte for byte
    assert text[end:] in after              # and the teacher's question written below it
    assert after.index("my-1") < after.index("- id: q-corridor") < after.index("# quizgen record")
    assert after.rstrip().splitlines()[-1].startswith("# offered: ")
    assert offered(path) == {"q-iran", "q-observer", "q-bishkek", "q-corridor"}
    assert after.count("# quizgen record") == 1


def test_a_deck_mailed_without_anything_beside_it_keeps_deletions(edited, tmp_path):
    path, _ = edited
    copy = tmp_path / "mailed" / "sco.yaml"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())  # the YAML file alone
    report = merge_deck_file(copy, generated(Q_IRAN, Q_OBSERVER), article(S_IRAN, S_OBSERVER))
    assert report.added == [] and report.previously_deleted == ["q-observer"]


def test_an_old_state_file_is_migrated_into_the_deck_once_and_removed(edited):
    import json

    path, _ = edited
    drop_record(path)
    legacy = legacy_state_path(path)
    legacy.write_text(json.dumps({"quizgen_state": 1, "deck": path.name, "offered": ["q-iran", "q-observer", "q-bishkek"]}))
    report = merge_deck_file(path, generated(Q_IRAN, Q_OBSERVER), article(S_IRAN, S_OBSERVER))
    assert report.added == [] and report.previously_deleted == ["q-observer"]
    assert any("moved the record" in n and legacy.name in n for n in report.details())
    assert not legacy.exists() and offered(path) == {"q-iran", "q-observer", "q-bishkek"}
    assert report.summary().endswith("(no new questions; record updated)")


RECORD = "# quizgen record (keep it with the deck): ...\n"


@pytest.mark.parametrize("lines, message", [
    ("# offered: q-iran not/an/id\n", "'not/an/id' in the quizgen record is not a question id"),
    ("# max: lots\n# offered: q-iran\n", "the quizgen record's max must be a whole number"),
    ("# offerd: q-iran\n", "unknown line 'offerd:' in the quizgen record; did you mean 'offered:'?"),
])
def test_a_record_broken_by_hand_is_reported_with_its_line(tmp_path, lines, message):
    path = tmp_path / "d.yaml"
    path.write_text("quizgen: 1\ntitle: T\nquestions: []\n\n" + RECORD + lines)
    with pytest.raises(QuizgenError) as e:
        load_deck(path)
    assert e.value.line in (6, 7) and message in str(e.value)
    with pytest.raises(QuizgenError, match="fix the deck"):
        merge_deck_file(path, generated(Q_IRAN), article(S_IRAN))


def test_a_record_edited_by_hand_but_readable_is_accepted_and_left_alone(tmp_path):
    path = tmp_path / "d.yaml"
    text = ("quizgen: 1\ntitle: T\nquestions: []\n\n" + RECORD + "# offered: q-iran   q-iran\n"
            "#offered:q-observer\n# my own note: the record is above\n")
    path.write_text(text)
    report = merge_deck_file(path, generated(Q_IRAN, Q_OBSERVER), article(S_IRAN, S_OBSERVER))
    assert path.read_text() == text and sorted(report.previously_deleted) == ["q-iran", "q-observer"]


def test_a_deck_with_problems_is_not_touched(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: no blank\n  answer: x\n")
    before = path.read_bytes()
    with pytest.raises(QuizgenError) as e:
        merge_deck_file(path, generated(Q_IRAN), article(S_IRAN))
    assert "line 6" in str(e.value) and "--force" in str(e.value) and "\n" not in str(e.value)
    assert path.read_bytes() == before


def test_an_inline_question_list_is_refused_not_rewritten(tmp_path):
    path = tmp_path / "flow.yaml"
    path.write_text("quizgen: 1\ntitle: T\nquestions: [{id: a, type: fill_in, prompt: P ____., answer: x}]\n")
    before = path.read_bytes()
    with pytest.raises(QuizgenError, match="written inline"):
        merge_deck_file(path, generated(Q_IRAN), article(S_IRAN))
    assert path.read_bytes() == before


def test_a_byte_order_mark_and_windows_line_ends_are_kept(tmp_path):
    path = tmp_path / "win.yaml"
    old = "quizgen: 1\r\ntitle: T\r\nquestions:\r\n- id: a\r\n  type: fill_in\r\n  prompt: P ____.\r\n  answer: x\r\n"
    path.write_bytes(codecs.BOM_UTF8 + old.encode())
    merge_deck_file(path, generated(Q_IRAN), article(S_IRAN))
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8 + old.encode())
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert [q.id for q in load_deck(path).questions] == ["a", "q-iran"]


# Deck layouts a teacher may leave behind; new questions must land inside `questions:` each time.
LAYOUTS = [
    # plain generated layout
    ("quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: x\n", False),
    # no newline at the end, after a comment
    ("quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: x  # checked", False),
    # trailing comments at the end of the file
    ("quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: x\n\n# end\n#  notes\n", False),
    # explicit document start and end markers
    ("---\nquizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: x\n# end\n...\n", False),
    # an empty inline list with a comment after it (the `[]` is the one thing dropped)
    ("quizgen: 1\ntitle: T\nquestions: []  # none yet\n# bottom\n", True),
    # nothing after `questions:`
    ("quizgen: 1\ntitle: T\nquestions:\n", True),
    # `~` and no final newline
    ("quizgen: 1\ntitle: T\nquestions: ~", True),
    # items indented under the key, a | block with trailing blank lines
    ("quizgen: 1\ntitle: T\nquestions:\n  - id: a\n    type: fill_in\n    prompt: |\n      P ____.\n      more\n    answer: x\n\n\n", False),
    # questions moved above another key, with comments belonging to each
    ("quizgen: 1\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: x\n  # about a\n\n# about the title\ntitle: T\n", False),
    # a |+ block whose kept blank lines are part of the answer
    ("quizgen: 1\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: |+\n    x\n\n\ntitle: T\n", False),
]


@pytest.mark.parametrize("text, empty", LAYOUTS)
def test_new_questions_land_in_the_list_whatever_the_layout(text, empty):
    new = [Q_IRAN, Q_OBSERVER]
    merged = append_questions_text(text, new)
    old_questions = parse_deck(text).questions
    assert parse_deck(merged).questions == old_questions + new
    assert parse_deck(merged).title == "T"
    if not empty:
        # Only additions: deleting the inserted characters gives back the teacher's text exactly.
        added = len(merged) - len(text)
        assert any(merged[:i] + merged[i + added:] == text for i in range(len(text) + 1))


def test_stale_matching_ignores_typography_and_line_wrapping():
    q = Question(id="a", type="fill_in", prompt="P ____.", answer="x", context="China\u2019s  intention to enhance\ncooperation")
    assert stale_questions([q], "Li Qiang expressed china's intention to enhance cooperation.") == []
    assert stale_questions([q], "Something else entirely.") == [q]


def test_force_says_what_is_lost_and_keeps_a_backup(edited):
    path, before = edited
    fresh = generated(Q_IRAN, Q_OBSERVER, Q_CORRIDOR)
    report = force_overwrite(path, fresh)
    assert path.with_name("sco.yaml.bak").read_bytes() == before
    assert report.backup == path.with_name("sco.yaml.bak")
    losses = report.losses()
    assert any(line.endswith("--force replaces your edited question q-iran") for line in losses)
    assert any(line.endswith("--force drops your own question my-1") for line in losses)
    assert any(line.endswith("--force drops question q-bishkek (not in the new generation)") for line in losses)
    assert f"{path}: --force drops 1 comment line" in losses
    assert f"{path}: --force brings back 1 question(s) you deleted: q-observer" in losses
    assert load_deck(path).questions == fresh.questions
    assert report.summary() == f"{path}: regenerated from scratch (3 questions); the old file is kept as {report.backup}"


def test_a_second_force_never_overwrites_an_earlier_different_backup(edited):
    path, before = edited
    force_overwrite(path, generated(Q_IRAN))
    path.write_text(path.read_text() + "# a new note\n")
    second = path.read_bytes()
    report = force_overwrite(path, generated(Q_IRAN))
    assert path.with_name("sco.yaml.bak").read_bytes() == before
    assert report.backup == path.with_name("sco.yaml.bak2") and report.backup.read_bytes() == second


def test_force_dry_run_writes_nothing(edited):
    path, before = edited
    report = force_overwrite(path, generated(Q_IRAN), dry_run=True)
    assert path.read_bytes() == before and not path.with_name("sco.yaml.bak").exists()
    assert report.loses_anything and report.summary().startswith(f"{path}: dry run, nothing written")


def test_force_on_a_file_that_does_not_load_keeps_it_as_backup(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("quizgen: 1\ntitle: [unclosed\n")
    report = force_overwrite(path, generated(Q_IRAN))
    assert "does not load as a deck" in report.losses()[0]
    assert path.with_name("broken.yaml.bak").read_text() == "quizgen: 1\ntitle: [unclosed\n"
    assert load_deck(path).questions == [Q_IRAN]



TEACHER_LINES = st.sampled_from(["", "# a note", "  # indented note", "    # deep note", "#", "# - id: fake"])


@settings(max_examples=60, deadline=None)
@given(inserts=st.lists(st.tuples(st.integers(min_value=0, max_value=40), TEACHER_LINES), max_size=8),
       final_newline=st.booleans(), indent=st.sampled_from([0, 2]))
def test_any_sprinkling_of_comments_and_blank_lines_survives_a_merge(inserts, final_newline, indent):
    from quizgen.deck.write import dump_deck

    lines = dump_deck(generated(Q_IRAN, Q_BISHKEK)).splitlines()
    if indent:  # the teacher's editor indents list items under `questions:`
        at = lines.index("questions:")
        lines[at + 1:] = [" " * indent + line if line else line for line in lines[at + 1:]]
    for position, extra in sorted(inserts, reverse=True):
        lines.insert(min(position, len(lines)), extra)
    text = "\n".join(lines) + ("\n" if final_newline else "")
    merged = append_questions_text(text, [Q_OBSERVER])
    assert parse_deck(merged).questions == [Q_IRAN, Q_BISHKEK, Q_OBSERVER]
    added = len(merged) - len(text)
    assert any(merged[:i] + merged[i + added:] == text for i in range(len(text) + 1))


def test_a_twin_of_a_question_added_in_the_same_merge_is_reported_at_its_new_line(edited):
    path, _ = edited
    twin = Question(**{**Q_CORRIDOR.__dict__, "id": "q-corridor-v2"})
    report = merge_deck_file(path, generated(Q_IRAN, Q_CORRIDOR, twin), article(S_IRAN, S_CORRIDOR))
    line = load_deck(path).questions[-1].line
    assert f"{path}:{line}: skipped q-corridor-v2: the deck already asks it as q-corridor" in report.details()
    assert not any(":None:" in d for d in report.details())
