"""`quizgen generate` as a user runs it: new deck, merge onto an edited deck, --force, errors."""

from __future__ import annotations


import pytest

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


def test_explain_lists_every_candidate_not_asked_with_its_rule_and_named_reason(cli, nlp, tmp_path):
    import re

    from quizgen.generate.pipeline import generate_file
    from quizgen.generate.reasons import Reason

    r = cli("generate", str(SEED), "-o", str(tmp_path / "d.yaml"), "--explain")
    assert r.returncode == 0
    gen = generate_file(SEED)
    header, *lines = r.stderr.splitlines()
    kept, dropped = map(int, re.search(r"(\d+) kept, (\d+) dropped", header).groups())
    # every candidate the rules considered is either in the deck or listed, two lines each
    assert kept == len(gen.deck.questions) and dropped == len(gen.candidates) - kept
    entries, reasons = lines[0::2], lines[1::2]
    assert len(entries) == len(reasons) == dropped
    assert all(re.match(r"  \[\w+\] sentence \d+: ", e) for e in entries)
    # every reason printed is the wording of a named reason
    wordings = [re.compile(re.sub(r"\\\{\d\\\}", ".*", re.escape(x.value)) + "$") for x in Reason]
    assert all(any(w.match(line.removeprefix("      dropped: ")) for w in wordings) for line in reasons)
    # ... from every stage: names that cannot be answers, wh-question steps, clauses, ranking
    rules = {re.match(r"  \[(\w+)\]", e).group(1) for e in entries}
    assert {"answers_in", "wh_question", "clause", "fill_in_over_entity"} <= rules
    assert "unresolved reference 'This'" in r.stderr and "twin: " in r.stderr  # one fact per deck, at ranking


def test_stdin_article(cli, tmp_path):
    r = cli("generate", "-", "-o", str(tmp_path / "d.yaml"), input=SEED.read_text())
    assert r.returncode == 0 and (tmp_path / "d.yaml").exists()


def test_a_folder_is_generated_by_several_processes_with_the_same_decks_in_order(cli, nlp, tmp_path):
    from quizgen.deck.merge import new_deck
    from quizgen.deck.write import dump_deck
    from quizgen.generate.pipeline import generate_file

    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "a.txt").write_text(SEED.read_text())
    (arts / "b.txt").write_text("Hello\n\nok.\n")   # no questions: reported, the others still written
    (arts / "c.txt").write_text(SEED.read_text().replace("Mongolia", "Mongolia's neighbour Kazakhstan", 1))
    out = tmp_path / "decks"
    out.mkdir()
    r = cli("generate", str(arts), "-o", str(out), "--jobs", "2")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert [line.split(":")[0] for line in r.stdout.splitlines()] == [f"wrote {out / 'a.yaml'}", f"wrote {out / 'c.yaml'}"]
    assert r.stderr.count("\n") == 1 and "b.txt: no questions" in r.stderr
    for name in ("a", "c"):
        # Run from the project, the articles and decks outside it: the source is absolute.
        expected = generate_file(arts / f"{name}.txt", source=str((arts / f"{name}.txt").resolve())).deck
        assert (out / f"{name}.yaml").read_text() == dump_deck(new_deck(expected))


@pytest.mark.parametrize("value", ["0", "-1"])
def test_jobs_must_be_positive(cli, value):
    r = cli("generate", str(SEED), "--jobs", value, "--dry-run")
    assert r.returncode != 0 and r.stderr.strip() == "quizgen: --jobs must be 1 or more"


def test_explain_says_why_when_no_question_could_be_made(cli, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Chat\n\nYou have probably never heard of it before. It is small and we love it very much.\n")
    r = cli("generate", str(art), "-o", str(tmp_path / "d.yaml"), "--explain")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "dropped: unresolved pronoun" in r.stderr          # the reasons, listed first
    assert r.stderr.rstrip().splitlines()[-1].endswith("no questions could be made from this article")
