"""`quizgen generate` as a user runs it: new deck, merge onto an edited deck, --force, errors."""

from __future__ import annotations

from tests.conftest import SEED


def test_generate_then_merge_keeps_the_teachers_bytes(cli, tmp_path):
    deck = tmp_path / "d.yaml"
    r = cli("generate", str(SEED), "-o", str(deck))
    assert r.returncode == 0 and "wrote" in r.stdout
    edited = deck.read_text().replace("questions:\n", "questions:  # checked by Ms Lee\n", 1)
    edited = edited.split("\n- id:", 1)[0] + "\n- id:" + edited.split("\n- id:", 2)[2]   # delete the first question
    deck.write_text(edited)
    r = cli("generate", str(SEED), "-o", str(deck))
    assert r.returncode == 0, r.stderr
    assert deck.read_text() == edited          # nothing new, nothing lost, the deletion respected
    assert "previously deleted 1" in r.stdout


def test_force_keeps_a_backup(cli, tmp_path):
    deck = tmp_path / "d.yaml"
    cli("generate", str(SEED), "-o", str(deck))
    deck.write_text(deck.read_text() + "# my note\n")
    r = cli("generate", str(SEED), "-o", str(deck), "--force")
    assert r.returncode == 0 and (tmp_path / "d.yaml.bak").read_text().endswith("# my note\n")


def test_dry_run_writes_nothing(cli, tmp_path):
    r = cli("generate", str(SEED), "-o", str(tmp_path / "d.yaml"), "--dry-run")
    assert r.returncode == 0 and "questions:" in r.stdout and not (tmp_path / "d.yaml").exists()


def test_article_without_questions_is_exit_1_and_no_file(cli, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Hello\n\nok.\n")
    r = cli("generate", str(art), "-o", str(tmp_path / "d.yaml"))
    assert r.returncode == 1 and "no questions" in r.stderr and not (tmp_path / "d.yaml").exists()
    assert "Traceback" not in r.stderr


def test_explain_lists_dropped_candidates(cli, tmp_path):
    r = cli("generate", str(SEED), "-o", str(tmp_path / "d.yaml"), "--explain")
    assert "unresolved reference 'This'" in r.stderr


def test_stdin_article(cli, tmp_path):
    r = cli("generate", "-", "-o", str(tmp_path / "d.yaml"), input=SEED.read_text())
    assert r.returncode == 0 and (tmp_path / "d.yaml").exists()
