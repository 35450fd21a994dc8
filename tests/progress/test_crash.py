"""The store under stress: a writer killed with SIGKILL, and two writers at once."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from quizgen.progress.store import unstamp
from tests.conftest import ROOT

# A learner answering as fast as a machine can: one record() per line printed, flushed after the
# commit, so every number printed is an answer the child knows it saved.
WRITER = """
import sys, time
from pathlib import Path
from quizgen.progress.store import ProgressStore
path, name, count, start, pause = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), float(sys.argv[5])
store = ProgressStore.open(path)
print("ready", flush=True)
while not start.exists():
    time.sleep(0.005)
for i in range(count):
    # elapsed tells the writers apart afterwards: a whole number for "a", a half for "b"
    store.record("deck", f"q{i % 5}", i % 3 != 0, elapsed=i % 9 + (0.5 if name == "b" else 0.0), easy_within=4.0)
    print(f"{name} {i}", flush=True)
    time.sleep(pause)
"""


def start_writer(path: Path, name: str, count: int, go: Path, pause: float = 0.0) -> subprocess.Popen:
    """A child process that records `count` answers once `go` exists, `pause` seconds apart."""
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(count), str(go), str(pause)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "ready\n"
    return child


def check_consistent(path: Path) -> int:
    """Assert the store is intact and each card reflects its question's last answer; return the answer count."""
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    last = {qid: unstamp(at) for qid, at in
            conn.execute("SELECT question_id, max(answered_at) FROM reviews GROUP BY question_id")}
    for qid, card in conn.execute("SELECT question_id, card FROM cards"):
        assert datetime.fromisoformat(json.loads(card)["last_review"]) == last[qid], qid
    assert sorted(last) == sorted(r[0] for r in conn.execute("SELECT question_id FROM cards"))
    return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_sigkill_mid_quiz_keeps_every_committed_answer(tmp_path):
    path, go = tmp_path / "p.sqlite3", tmp_path / "go"
    child = start_writer(path, "w", 100_000, go)
    go.touch()
    printed = 0
    while printed < 150:
        assert child.stdout.readline().startswith("w ")
        printed += 1
    child.send_signal(signal.SIGKILL)  # somewhere in the middle of a record(), most likely
    printed += len(child.stdout.read().splitlines())  # lines already in the pipe were committed too
    assert child.wait() == -signal.SIGKILL
    saved = check_consistent(path)
    # Everything the child reported is there; at most the one in flight was also committed.
    assert printed <= saved <= printed + 1


def test_two_quizzes_writing_at_once_do_not_corrupt_the_store(tmp_path):
    path, go = tmp_path / "p.sqlite3", tmp_path / "go"
    # A short pause between answers (a person takes seconds) lets the other writer's wait end.
    children = [start_writer(path, name, 200, go, pause=0.002) for name in ("a", "b")]
    go.touch()
    outputs = [child.communicate(timeout=120)[0] for child in children]
    assert [child.returncode for child in children] == [0, 0]
    assert [len(out.splitlines()) for out in outputs] == [200, 200]
    assert check_consistent(path) == 400
    # The writers really overlapped: their answers alternate in the store more than once.
    writers = [elapsed % 1 for (elapsed,) in sqlite3.connect(path).execute("SELECT elapsed FROM reviews ORDER BY id")]
    assert sum(x != y for x, y in zip(writers, writers[1:])) >= 2
