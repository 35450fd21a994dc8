"""Odd files and bad timing, as a hostile machine meets quizgen: nothing a user wrote is lost, and
every failure is one line. Real processes, real files, FIFOs, symlinks, chmod and signals."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from quizgen.deck.merge_text import append_questions_text
from quizgen.deck.model import Question, load_deck
from quizgen.deck.read import parse_deck
from tests.cli.test_bad_input import ARTICLE, _permissions_that_bind, _wait_for_spacy, assert_one_line, files_in, long_articles, run_main
from tests.conftest import ROOT, SEED

DECK = ROOT / "tests" / "export_decks" / "awkward.yaml"
SECOND_ARTICLE = """The Harbour Bridge Reopens

The harbour bridge in Sydney reopened to traffic in March 2004 after two years of repairs. The work cost 40 million dollars.

Engineers from Melbourne replaced the steel cables of the bridge. The mayor, Clover Moore, said that the bridge would carry trains again by 2006.
"""


@pytest.fixture(autouse=True)
def _no_debug(monkeypatch):
    monkeypatch.delenv("QUIZGEN_DEBUG", raising=False)


def _env() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QUIZGEN_DEBUG", None)
    return env


def quizgen(*argv: str, cwd: Path, prefix: list[str] = (), **kw) -> subprocess.CompletedProcess:
    """`quizgen ARGV` as a separate process, as a user runs it."""
    return subprocess.run([*prefix, sys.executable, "-m", "quizgen", *argv], cwd=cwd, env=_env(),
                          capture_output=True, text=True, timeout=300, **kw)


# -- nothing a user wrote is lost --------------------------------------------------------------


# Each run dawdles 3 s between reading the deck and replacing it (as a big deck's merge does), so
# the two runs overlap whatever the machine's speed.
SLOW_MERGE = """
import sys, time
import quizgen.deck.merge as merge
real = merge.stale_questions
merge.stale_questions = lambda *a, **k: (time.sleep(3), real(*a, **k))[1]
from quizgen.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_two_generate_runs_into_one_deck_keep_both_runs_questions(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(SECOND_ARTICLE)
    alone = {name: {q.prompt for q in _generate_alone(tmp_path, name)} for name in ("a", "b")}
    mine = "quizgen: 1\ntitle: Two articles\nquestions:\n- id: mine\n  type: true_false\n  prompt: Water is wet.\n  answer: true\n"
    (tmp_path / "d.yaml").write_text(mine)
    procs = [subprocess.Popen([sys.executable, "-c", SLOW_MERGE, "generate", f"{name}.txt", "-o", "d.yaml"],
                              cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("a", "b")]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    text = (tmp_path / "d.yaml").read_text()
    prompts = {q.prompt for q in load_deck(tmp_path / "d.yaml").questions}
    assert text.startswith(mine) and alone["a"] <= prompts and alone["b"] <= prompts  # nothing of anyone's lost
    assert files_in(tmp_path) == {"a.txt", "b.txt", "d.yaml", "alone"}  # the record is inside the deck


def _generate_alone(tmp_path: Path, name: str) -> list[Question]:
    folder = tmp_path / "alone"
    folder.mkdir(exist_ok=True)
    code, _, err = run_main("generate", f"{name}.txt", "-o", f"alone/{name}.yaml", cwd=tmp_path)
    assert code == 0, err
    return load_deck(folder / f"{name}.yaml").questions


def test_an_edit_saved_while_generate_merges_is_kept_and_merged_again(tmp_path, nlp, monkeypatch):
    from quizgen.deck import merge

    (tmp_path / "a.txt").write_text(ARTICLE)
    deck = tmp_path / "d.yaml"
    deck.write_text("quizgen: 1\ntitle: Orsay\nquestions:\n- id: mine\n  type: true_false\n"
                    "  prompt: The museum is in Paris.\n  answer: true\n")
    real = merge.stale_questions
    saves = []

    def teacher_saves_meanwhile(*args, **kwargs):
        if not saves:  # between quizgen's read and its replace, once
            saves.append(1)
            deck.write_text(deck.read_text().replace("The museum is in Paris.", "The museum stands in Paris."))
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "stale_questions", teacher_saves_meanwhile)
    code, out, err = run_main("generate", "a.txt", "-o", "d.yaml", cwd=tmp_path)
    assert code == 0, err
    text = deck.read_text()
    assert "The museum stands in Paris." in text                # the teacher's save
    assert len(load_deck(deck).questions) > 1 and "added" in out  # and quizgen's additions


def test_an_edit_saved_just_before_the_replace_is_never_overwritten(tmp_path):
    from quizgen.atomic import Changed, atomic_write_bytes

    deck = tmp_path / "d.yaml"
    deck.write_bytes(b"read by quizgen\n")
    read = deck.read_bytes()
    deck.write_bytes(b"saved by the teacher\n")
    with pytest.raises(Changed):
        atomic_write_bytes(deck, b"merged\n", expect=read)
    assert deck.read_bytes() == b"saved by the teacher\n" and files_in(tmp_path) == {"d.yaml"}


@pytest.mark.parametrize("found, kept", [
    pytest.param('{"title": "my own schema"}', True, id="someone else's file"),
    pytest.param("not json at all", True, id="not JSON"),
    pytest.param('{"$id": "https://quizgen.invalid/deck.schema.json", "title": "an older quizgen schema"}', False,
                 id="an older quizgen schema is updated"),
])
def test_a_deck_schema_beside_the_deck_is_replaced_only_if_quizgen_wrote_it(tmp_path, found, kept):
    from quizgen.deck.model import Deck, save_deck
    from quizgen.deck.write import schema_text

    (tmp_path / "deck.schema.json").write_text(found)
    save_deck(Deck("T", [Question("a", "true_false", "Water is wet.", True)]), tmp_path / "d.yaml")
    assert (tmp_path / "deck.schema.json").read_text() == (found if kept else schema_text())


def test_generate_writes_through_a_symlinked_deck_and_keeps_its_record_in_the_target(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "shared").mkdir()
    (tmp_path / "link.yaml").symlink_to("shared/real.yaml")
    code, _, err = run_main("generate", "a.txt", "-o", "link.yaml", cwd=tmp_path)
    assert code == 0, err
    assert (tmp_path / "link.yaml").is_symlink() and load_deck(tmp_path / "shared" / "real.yaml").questions
    assert files_in(tmp_path / "shared") == {"real.yaml", "deck.schema.json"}
    assert load_deck(tmp_path / "shared" / "real.yaml").record.offered
    code, out, err = run_main("generate", "a.txt", "-o", "link.yaml", cwd=tmp_path)  # merges through the link
    assert code == 0 and "no new questions" in out and "no record" not in err
    assert (tmp_path / "link.yaml").is_symlink()


@pytest.mark.parametrize("argv", [
    pytest.param(["export", "d.yaml", "-f", "json", "-o", "out"], id="export"),
    pytest.param(["progress", "export", "out"], id="progress export"),
])
def test_an_export_into_a_fifo_writes_into_it_and_leaves_the_fifo(tmp_path, argv):
    shutil.copyfile(DECK, tmp_path / "d.yaml")
    os.mkfifo(tmp_path / "out")
    reader = subprocess.Popen(["cat", str(tmp_path / "out")], stdout=subprocess.PIPE)
    r = quizgen(*argv, cwd=tmp_path)
    got = reader.communicate(timeout=60)[0]
    assert r.returncode == 0, r.stderr
    assert json.loads(got) and stat.S_ISFIFO((tmp_path / "out").lstat().st_mode)
    assert r.stdout == "" and len(r.stderr.splitlines()) == 1  # the summary kept out of the stream


def test_an_export_to_dev_stdout_writes_to_the_pipe_not_over_the_device(tmp_path):
    shutil.copyfile(DECK, tmp_path / "d.yaml")
    was = os.lstat("/dev/stdout")
    r = quizgen("export", "d.yaml", "-f", "json", "-o", "/dev/stdout", cwd=tmp_path)
    assert os.lstat("/dev/stdout") == was  # as root, a rename would have replaced the machine's /dev/stdout
    assert r.returncode == 0 and json.loads(r.stdout)["title"] and "/dev/stdout" in r.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    r = quizgen("export", "d.yaml", "-f", "json", "-o", "/dev/null", cwd=tmp_path)
    assert r.returncode == 0 and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_an_export_through_a_symlink_replaces_the_target_not_the_link(tmp_path):
    shutil.copyfile(DECK, tmp_path / "d.yaml")
    (tmp_path / "progress.json").symlink_to("kept/real.json")
    (tmp_path / "kept").mkdir()
    code, _, err = run_main("progress", "export", "progress.json", cwd=tmp_path)
    assert code == 0, err
    assert (tmp_path / "progress.json").is_symlink() and json.loads((tmp_path / "kept" / "real.json").read_text())


@pytest.mark.parametrize("argv, made", [
    pytest.param(["export", "d.yaml", "-o", "newdir/"], "newdir/d.apkg", id="export"),
    pytest.param(["export", "d.yaml", "-f", "md", "-o", "a/b/"], "a/b/d.md", id="export, two levels"),
])
def test_an_output_folder_with_a_trailing_slash_is_made_never_a_file(tmp_path, argv, made):
    shutil.copyfile(DECK, tmp_path / "d.yaml")
    code, _, err = run_main(*argv, cwd=tmp_path)
    assert code == 0, err
    assert (tmp_path / made).is_file()


def test_progress_export_to_a_folder_name_is_refused_never_a_file_named_like_it(tmp_path):
    code, out, err = run_main("progress", "export", "newdir/", cwd=tmp_path)
    assert code == 1 and out == ""
    assert_one_line(err, "cannot write newdir/: it names a folder")
    assert files_in(tmp_path) == set()


def test_generate_into_a_new_folder_with_a_trailing_slash(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, _, err = run_main("generate", "a.txt", "-o", "newdir/", cwd=tmp_path)
    assert code == 0, err
    assert (tmp_path / "newdir").is_dir() and load_deck(tmp_path / "newdir" / "a.yaml").questions


@pytest.mark.parametrize("argv, fragment", [
    pytest.param(["progress", "export", "decks/x.yaml"], "decks/x.yaml: refusing to overwrite it with the progress export",
                 id="progress export onto a deck"),
    pytest.param(["export", "d.yaml", "-o", "decks/x.yaml"], "decks/x.yaml: refusing to overwrite it with the export",
                 id="export onto another deck"),
    pytest.param(["export", "d.yaml", "-f", "json", "-o", "decks/x.yaml"], "it is a quizgen deck",
                 id="export as JSON onto another deck"),
])
def test_an_export_never_replaces_a_deck(tmp_path, argv, fragment):
    shutil.copyfile(DECK, tmp_path / "d.yaml")
    (tmp_path / "decks").mkdir()
    shutil.copyfile(DECK, tmp_path / "decks" / "x.yaml")
    code, out, err = run_main(*argv, cwd=tmp_path)
    assert code == 1 and out == ""
    assert_one_line(err, fragment)
    assert (tmp_path / "decks" / "x.yaml").read_bytes() == DECK.read_bytes()


def test_a_read_only_deck_is_not_modified_by_generate(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE)
    deck = tmp_path / "d.yaml"
    deck.write_text("quizgen: 1\ntitle: Orsay\nquestions: []\n")
    deck.chmod(0o444)  # the mode bits bind in quizgen's check even for root
    code, out, err = run_main("generate", "a.txt", "-o", "d.yaml", cwd=tmp_path)
    assert code == 1 and out == ""
    assert_one_line(err, "d.yaml: the file is read-only")
    assert deck.read_text() == "quizgen: 1\ntitle: Orsay\nquestions: []\n" and files_in(tmp_path) == {"a.txt", "d.yaml"}


def test_an_answer_is_in_the_store_when_the_process_is_killed_right_after_it(tmp_path):
    # A real process answers and is killed with SIGKILL before it moves on: the answer is saved.
    script = textwrap.dedent(f"""
        import os, signal
        from quizgen.deck.model import load_deck
        from quizgen.progress.hook import recorder
        from quizgen.progress.store import ProgressStore
        from quizgen.quiz.session import QuizSession
        deck = load_deck({str(DECK)!r})
        session = QuizSession.from_decks([deck], shuffle=False)
        session.subscribe(recorder(ProgressStore.open({str(tmp_path / 'p.sqlite3')!r})))
        session.answer("anything")
        os.kill(os.getpid(), signal.SIGKILL)
        """)
    r = subprocess.run([sys.executable, "-c", script], env=_env(), capture_output=True, timeout=120)
    assert r.returncode == -signal.SIGKILL, r.stderr
    rows = sqlite3.connect(tmp_path / "p.sqlite3").execute("SELECT question_id FROM reviews").fetchall()
    assert rows == [(load_deck(DECK).questions[0].id,)]


@pytest.mark.parametrize("articles", [1, 2], ids=["one article", "a folder (worker processes)"])
def test_sigterm_during_generate_is_like_ctrl_c_and_leaves_no_worker(tmp_path, articles):
    long_articles(tmp_path, articles)
    source, target = ("in/long0.txt", "out/deck.yaml") if articles == 1 else ("in", "out")
    proc = subprocess.Popen([sys.executable, "-m", "quizgen", "generate", source, "-o", target, "--jobs", "2"],
                            cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        _wait_for_spacy(proc.pid)
        if articles == 2:
            _wait_for_children(proc.pid, 2)
        workers = _children(proc.pid)
        os.kill(proc.pid, signal.SIGTERM)  # the parent alone, as `kill PID` does
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 143, err
    assert_one_line(err, "quizgen: terminated")
    assert out == "" and files_in(tmp_path / "out") == set()
    _assert_gone(workers)


def test_workers_end_when_the_parent_is_killed_with_sigkill(tmp_path):
    body = SEED.read_text().split("\n\n", 1)[1]
    (tmp_path / "in").mkdir()
    for i in range(2):
        (tmp_path / "in" / f"long{i}.txt").write_text(f"Long Article {i}\n\n" + "\n\n".join([body] * 150))
    proc = subprocess.Popen([sys.executable, "-m", "quizgen", "generate", "in", "-o", str(tmp_path), "--jobs", "2"],
                            cwd=tmp_path, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        _wait_for_children(proc.pid, 2)
        workers = _children(proc.pid)
        proc.kill()
        proc.wait(timeout=30)
        _assert_gone(workers)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def _wait_for_children(pid: int, n: int, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while len(_children(pid)) < n and time.monotonic() < end:
        time.sleep(0.1)
    time.sleep(0.5)


def _assert_gone(pids: set[int], timeout: float = 10) -> None:
    end = time.monotonic() + timeout
    alive = pids
    while alive and time.monotonic() < end:
        alive = {p for p in alive if Path(f"/proc/{p}").exists() and "Z" not in _state(p)}
        time.sleep(0.1)
    assert not alive, f"orphan workers still running: {alive}"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"], ids=["CR", "CRLF", "LF"])
@pytest.mark.parametrize("layout", ["questions:\n- id: a\n  type: true_false\n  prompt: Water is wet.\n  answer: true\n",
                                    "questions: []\n"], ids=["a list", "an empty list"])
def test_merging_keeps_the_decks_own_line_ends(newline, layout):
    text = ("quizgen: 1\ntitle: T\n" + layout).replace("\n", newline)
    new = Question("b", "true_false", "Ice is cold.", True)
    merged = append_questions_text(text, [new], "d.yaml")
    assert not any(c in merged.replace(newline, "") for c in "\r\n")  # every line end is the deck's own
    assert [q.id for q in parse_deck(merged).questions][-1] == "b"


# -- every failure is one line -----------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    pytest.param(["check", "locked"], id="check"),
    pytest.param(["export", "locked"], id="export"),
    pytest.param(["stats", "locked"], id="stats"),
    pytest.param(["quiz", "locked"], id="quiz"),
    pytest.param(["generate", "locked"], id="generate"),
])
def test_an_unreadable_folder_is_one_line(tmp_path, argv):
    prefix = _permissions_that_bind()
    (tmp_path / "locked").mkdir()
    shutil.copyfile(DECK, tmp_path / "locked" / "d.yaml")
    (tmp_path / "locked").chmod(0)
    try:
        r = quizgen(*argv, cwd=tmp_path, prefix=prefix)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert r.returncode == 1 and r.stdout == ""
    assert_one_line(r.stderr, "locked: cannot list this folder: Permission denied")


@pytest.mark.parametrize("argv", [["stats", "d.yaml"], ["progress", "export", "-"], ["progress", "reset", "d.yaml", "--yes"]],
                         ids=["stats", "progress export", "progress reset"])
def test_a_damaged_progress_store_is_one_line_saying_where_and_what_to_do(tmp_path, argv):
    shutil.copyfile(DECK, tmp_path / "d.yaml")
    home = tmp_path / "home"
    deck = load_deck(tmp_path / "d.yaml")
    from quizgen.progress.store import ProgressStore

    with ProgressStore.open(home / "progress.sqlite3") as store:
        for i in range(60):
            for q in deck.questions:
                store.record(deck.key, q.id, i % 2 == 0)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray((home / "progress.sqlite3").read_bytes())
    for page in range(2 * 4096, len(data), 4096):  # bad pages: the header (page 1) still reads
        data[page:page + 200] = b"\xff" * 200
    (home / "progress.sqlite3").write_bytes(bytes(data))
    r = subprocess.run([sys.executable, "-m", "quizgen", *argv], cwd=tmp_path, env={**_env(), "QUIZGEN_HOME": str(home)},
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and r.stdout == ""
    assert_one_line(r.stderr, "the progress store is damaged")
    assert f"mv '{home / 'progress.sqlite3'}'" in r.stderr


@pytest.mark.parametrize("argv", [["generate", "in.txt", "-o", "d.yaml"], ["check", "in.yaml"], ["export", "in.yaml"],
                                  ["generate", "/dev/zero", "-o", "d.yaml"], ["check", "/dev/zero"]],
                         ids=["FIFO article", "FIFO deck", "FIFO deck to export", "/dev/zero article", "/dev/zero deck"])
def test_a_fifo_or_device_as_input_is_refused_at_once(tmp_path, argv):
    os.mkfifo(tmp_path / "in.txt")
    os.mkfifo(tmp_path / "in.yaml")
    r = quizgen(*argv, cwd=tmp_path)  # would hang (a FIFO) or end in MemoryError (/dev/zero)
    assert r.returncode == 1 and r.stdout == ""
    assert_one_line(r.stderr, "not a regular file")


def test_an_input_over_the_size_cap_is_one_line(tmp_path, monkeypatch):
    import quizgen.paths

    monkeypatch.setattr(quizgen.paths, "MAX_INPUT_BYTES", 1000)
    (tmp_path / "big.yaml").write_text("# padding\n" * 200)
    code, _, err = run_main("check", "big.yaml", cwd=tmp_path)
    assert code == 1
    assert_one_line(err, "big.yaml: too big for a deck")


def test_generate_from_a_closed_stdin_is_one_line(tmp_path):
    r = subprocess.run([sys.executable, "-m", "quizgen", "generate", "-", "-o", "d.yaml"], cwd=tmp_path, env=_env(),
                       capture_output=True, text=True, timeout=120, preexec_fn=lambda: os.close(0))
    assert r.returncode == 1
    assert_one_line(r.stderr, "standard input is closed")


@pytest.mark.parametrize("command", ["stats", "review --list"])
def test_one_broken_deck_in_decks_does_not_block_the_others(tmp_path, command):
    (tmp_path / "decks").mkdir()
    shutil.copyfile(DECK, tmp_path / "decks" / "a.yaml")
    (tmp_path / "decks" / "b.yaml").write_text("quizgen: 1\ntitle: [unclosed\n")
    code, out, err = run_main(*command.split(), cwd=tmp_path)
    assert code == 0 and out
    assert_one_line(err, "quizgen: warning: skipped decks/b.yaml:")


@pytest.mark.parametrize("argv, code", [
    pytest.param(["generate", "a.txt", "--jobs", "0", "--dry-run"], 2, id="--jobs 0"),
    pytest.param(["generate", "a.txt", "--max", "-1", "--dry-run"], 2, id="--max -1"),
    pytest.param(["quiz", "d.yaml", "--limit", "0"], 2, id="--limit 0"),
    pytest.param(["generate", "a.txt", "--max", "0", "--dry-run"], 0, id="--max 0 is no limit"),
])
def test_counts_of_zero_are_usage_errors_where_zero_means_nothing(tmp_path, nlp, argv, code):
    (tmp_path / "a.txt").write_text(ARTICLE)
    shutil.copyfile(DECK, tmp_path / "d.yaml")
    got, out, err = run_main(*argv, cwd=tmp_path)
    assert got == code
    if code == 2:
        assert_one_line(err, "expected")
    else:
        _, unlimited, _ = run_main("generate", "a.txt", "--dry-run", cwd=tmp_path)
        assert out == unlimited and "- id:" in out


def test_a_deck_written_beside_an_old_record_it_cannot_remove_says_what_exists_now(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / ".d.quizgen-state.json").mkdir()  # not a file: the old record cannot be removed
    code, out, err = run_main("generate", "a.txt", "-o", "d.yaml", cwd=tmp_path)
    assert code == 1 and out == ""
    assert_one_line(err, "d.yaml: wrote the deck (")
    assert "but could not remove the old record .d.quizgen-state.json" in err
    assert load_deck(tmp_path / "d.yaml").record.offered


def test_force_does_not_call_an_untouched_question_edited_when_the_article_changed(tmp_path, nlp):
    # The deck keeps no record of how quizgen wrote each question: every changed one is named neutrally.
    from quizgen.deck.merge_force import plan_force
    from quizgen.deck.merge import write_new_deck
    from quizgen.deck.model import Deck

    q = Question("q1", "multiple_choice", "Where is the museum?", "Paris", ["Lyon", "Nice", "Lille"])
    write_new_deck(tmp_path / "d.yaml", Deck("T", [q, Question("q2", "true_false", "It is old.", True)]))
    text = (tmp_path / "d.yaml").read_text()
    (tmp_path / "d.yaml").write_text(text.replace("It is old.", "It is very old."))  # the teacher edits q2
    regenerated = Deck("T", [Question("q1", "multiple_choice", "Where is the museum?", "Paris", ["Lyon", "Nice", "Tours"]),
                             Question("q2", "true_false", "It is old.", True)])
    plan = plan_force(tmp_path / "d.yaml", regenerated, dry_run=True)
    assert [q.id for q in plan.differs] == ["q1", "q2"]
    assert all("differs from the new generation (edited, or the article changed)" in line for line in plan.losses())
    assert not any("your edited" in line for line in plan.losses())


def test_a_deck_written_without_its_schema_says_so_and_still_records_its_questions(tmp_path, nlp, monkeypatch):
    import quizgen.deck.write as write
    from quizgen.errors import QuizgenError

    real = write.atomic_write_text

    def no_room_for_the_schema(path, text, expect=None):
        if Path(path).name == "deck.schema.json":
            raise QuizgenError(f"cannot write {path}: No space left on device")
        return real(path, text, expect)

    monkeypatch.setattr(write, "atomic_write_text", no_room_for_the_schema)
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, out, err = run_main("generate", "a.txt", "-o", "d.yaml", cwd=tmp_path)
    assert code == 1 and out == ""
    assert_one_line(err, "but could not write deck.schema.json")
    assert load_deck(tmp_path / "d.yaml").record.offered  # the record is in the deck, written all the same
