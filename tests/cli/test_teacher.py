"""A teacher at the command line: one deck per article whatever the route, self-contained decks, no surprises."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from quizgen.deck.model import load_deck
from tests.cli.test_bad_input import assert_one_line, files_in, run_main
from tests.conftest import ROOT, SEED

HEADLESS_QUIZ = {"TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver", "TEXTUAL_PRESS": "escape,y"}
DEV = ROOT.parent / "shared" / "eval" / "dev"
HARBOUR = """Harbour Bridge Opening (1932)

The Sydney Harbour Bridge opened in March 1932 after eight years of work. Premier Jack Lang cut the ribbon \
in Sydney. Francis de Groot, a member of the New Guard, slashed the ribbon first on horseback. The bridge \
carried trains, cars and people across the harbour. Engineers from Britain designed its steel arch.
"""


@pytest.fixture
def project(tmp_path, nlp):
    """A teacher's project folder: articles/ with the seed article in it."""
    (tmp_path / "articles").mkdir()
    shutil.copyfile(SEED, tmp_path / "articles" / "sco.txt")
    return tmp_path


def delete_first_question(path) -> str:
    """Delete the deck's first question by hand, as a teacher would; the id deleted."""
    text = path.read_text(encoding="utf-8")
    first = re.search(r"^- id: (\S+)\n(?:.*\n)*?\n", text, re.MULTILINE)
    path.write_text(text[:first.start()] + text[first.end():], encoding="utf-8")
    return first.group(1)


# --- quiz ARTICLE: the same deck file as generate ---------------------------------------------------

def test_quiz_on_an_article_writes_its_deck_and_then_respects_the_teachers_edits(cli, project):
    r = cli("quiz", "articles/sco.txt", cwd=project, env=HEADLESS_QUIZ)
    assert r.returncode == 0, r.stderr
    deck = project / "decks" / "sco.yaml"
    assert r.stdout.startswith("wrote decks/sco.yaml: ") and load_deck(deck).questions
    gone = delete_first_question(deck)
    edited = deck.read_bytes()
    r = cli("quiz", "articles/sco.txt", cwd=project, env=HEADLESS_QUIZ)
    assert r.returncode == 0, r.stderr
    assert deck.read_bytes() == edited and "previously deleted 1" in r.stdout   # merged like generate does
    assert gone not in {q.id for q in load_deck(deck).questions}
    # generate on the same article finds the same file, with nothing to add
    assert run_main("generate", "articles/sco.txt", cwd=project)[1].startswith("decks/sco.yaml: added 0")


def test_quiz_on_an_article_without_a_terminal_still_writes_the_deck(project):
    code, out, err = run_main("quiz", "articles/sco.txt", cwd=project)
    assert code == 2 and out.startswith("wrote decks/sco.yaml")
    assert_one_line(err, "quizgen quiz needs an interactive terminal; the deck is written: decks/sco.yaml")


# --- stdin: named after the title, never merged into another article's deck --------------------------

def test_stdin_decks_are_named_by_title_and_a_different_article_is_refused(cli, tmp_path):
    r = cli("generate", "-", cwd=tmp_path, input=SEED.read_text())
    assert r.returncode == 0, r.stderr
    deck = tmp_path / "decks" / "china-urges-mongolia-to-join-regional-bloc.yaml"
    before = deck.read_bytes()
    r = cli("generate", "-", "-o", str(deck), cwd=tmp_path, input=HARBOUR)
    assert r.returncode == 1 and deck.read_bytes() == before
    assert_one_line(r.stderr, "this deck is for 'China Urges Mongolia to Join Regional Bloc', not for the article "
                              "on standard input ('Harbour Bridge Opening (1932)'); write it elsewhere with -o, "
                              "or replace it with --force")
    r = cli("generate", "-", cwd=tmp_path, input=HARBOUR)   # without -o it has a deck of its own
    assert r.returncode == 0 and (tmp_path / "decks" / "harbour-bridge-opening-1932.yaml").exists()


# --- folder runs skip what is not an article ---------------------------------------------------------

def test_a_folder_run_skips_readmes_lists_and_tables_and_says_why(project):
    arts = project / "articles"
    (arts / "README.md").write_text("# My articles\n\nThese are the articles for the spring term. Enjoy them.\n")
    (arts / "SOURCES.md").write_text("Sources\n\n| file | licence |\n|---|---|\n| sco.txt | CC BY |\n")
    (arts / "reading-list.md").write_text("Reading list\n\n- The bridge was opened in 1932.\n- Iran joined in 2023.\n"
                                          "- Mongolia is an observer.\n\nAsk me for more.\n")
    code, out, err = run_main("generate", "articles", "--jobs", "1", cwd=project)
    assert code == 0 and out.startswith("wrote decks/sco.yaml")
    assert files_in(project / "decks") == {"sco.yaml", "deck.schema.json"}
    assert err.splitlines() == [
        "quizgen: skipped articles/README.md: a README file, not an article (name it on its own to generate from it anyway)",
        "quizgen: skipped articles/SOURCES.md: a SOURCES file, not an article (name it on its own to generate from it anyway)",
        "quizgen: skipped articles/reading-list.md: mostly table rows and list items (3 of 5 lines), not sentences "
        "(name it on its own to generate from it anyway)"]


def test_the_dev_folder_sources_file_is_skipped_and_its_articles_are_not():
    from quizgen.generate.read.triage import list_or_table, not_an_article

    assert not_an_article(DEV / "SOURCES.md").startswith("a SOURCES file")
    assert list_or_table((DEV / "SOURCES.md").read_text(encoding="utf-8")).startswith("mostly table rows")
    assert [a.name for a in sorted(DEV.glob("dev-*.txt")) if not_an_article(a)] == []


# --- the deck file is all there is to share -----------------------------------------------------------

def test_a_deck_shared_alone_keeps_its_deletions_and_no_hidden_file_is_written(project, tmp_path_factory):
    run_main("generate", "articles/sco.txt", cwd=project)
    deck = project / "decks" / "sco.yaml"
    gone = delete_first_question(deck)
    assert [p for p in (project / "decks").iterdir() if p.name.startswith(".")] == []
    colleague = tmp_path_factory.mktemp("colleague")               # mailed: the YAML file only
    shutil.copyfile(deck, colleague / "sco.yaml")
    shutil.copyfile(SEED, colleague / "sco.txt")
    code, out, err = run_main("generate", "sco.txt", "-o", "sco.yaml", cwd=colleague)
    assert code == 0 and "added 0" in out and "previously deleted 1" in out, err
    assert gone not in {q.id for q in load_deck(colleague / "sco.yaml").questions}
    assert run_main("check", "sco.yaml", cwd=colleague)[0] == 0             # check accepts the record
    code, _, _ = run_main("export", "sco.yaml", "-f", "json", cwd=colleague)
    assert code == 0 and "quizgen record" not in (colleague / "sco.json").read_text()   # exports ignore it


def test_an_old_hidden_state_file_is_migrated_into_the_deck_and_removed(project):
    from quizgen.deck.merge_state import without_record

    run_main("generate", "articles/sco.txt", cwd=project)
    deck = project / "decks" / "sco.yaml"
    ids = [q.id for q in load_deck(deck).questions]
    gone = delete_first_question(deck)
    deck.write_text(without_record(deck.read_text()))                         # as an older quizgen wrote it
    legacy = project / "decks" / ".sco.quizgen-state.json"
    legacy.write_text(json.dumps({"quizgen_state": 1, "deck": "sco.yaml", "offered": ids}))
    code, out, err = run_main("generate", "articles/sco.txt", cwd=project)
    assert code == 0 and "previously deleted 1" in out and "(no new questions; record updated)" in out
    assert "moved the record of offered questions from .sco.quizgen-state.json into the deck" in err
    assert not legacy.exists() and gone in load_deck(deck).record.offered


def test_max_is_remembered_by_the_deck_and_max_0_lifts_it(project):
    assert run_main("generate", "articles/sco.txt", "--max", "3", cwd=project)[0] == 0
    deck = project / "decks" / "sco.yaml"
    assert len(load_deck(deck).questions) == 3 and load_deck(deck).record.max == 3
    code, out, err = run_main("generate", "articles/sco.txt", cwd=project)
    assert code == 0 and "added 0" in out
    assert_one_line(err, "decks/sco.yaml: at most 3 questions, as this deck remembers (--max N to change it, "
                         "--max 0 for no limit)")
    code, out, err = run_main("generate", "articles/sco.txt", "--max", "0", cwd=project)
    assert code == 0 and len(load_deck(deck).questions) > 3 and load_deck(deck).record.max is None


# --- titles ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, text, title", [
    ("bridge.txt", HARBOUR, "Harbour Bridge Opening (1932)"),
    ("bridge.html", "<html><head><title>Bridge history - City Encyclopedia</title></head><body>"
                    f"<p>{HARBOUR.split(chr(10), 2)[2]}</p></body></html>", "Bridge history"),
    ("bridge.htm", "<html><head><title>Bridge | City Encyclopedia</title></head><body><nav>Home</nav>"
                   f"<h1>The Harbour Bridge</h1><p>{HARBOUR.split(chr(10), 2)[2]}</p></body></html>", "The Harbour Bridge"),
])
def test_titles_bracketed_and_from_web_pages(tmp_path, nlp, name, text, title):
    (tmp_path / name).write_text(text)
    assert run_main("generate", name, "-o", "d.yaml", cwd=tmp_path)[0] == 0
    assert load_deck(tmp_path / "d.yaml").title == title


# --- wrong kind of file, export names ---------------------------------------------------------------------

@pytest.mark.parametrize("command", [["check"], ["stats"], ["export"], ["export", "-f", "gift"]])
def test_a_deck_command_on_an_article_says_to_generate(tmp_path, command):
    (tmp_path / "article.md").write_text("# A title\n\nSome *text* here: &ref and [x]: y.\n")
    code, _, err = run_main(*command, "article.md", cwd=tmp_path)
    assert code == 1
    assert_one_line(err, "article.md: this looks like an article, not a deck: run quizgen generate on it")


@pytest.mark.parametrize("args, message", [
    (["-f", "gift", "-o", "x.apkg"], "-o x.apkg is a name for apkg files, but -f gift writes gift: name it *.gift.txt"),
    (["-o", "p.txt"], "-o p.txt: no format writes '.txt'; choose one with -f (gift (Moodle), aiken or quizlet)"),
    (["-o", "p.csv"], "choose one with -f (tsv or quizlet)"),
    (["-o", "quiz"], "-o quiz: no format writes a name without an extension"),
])
def test_export_refuses_a_file_name_that_says_another_format(tmp_path, args, message):
    shutil.copytree(ROOT / "decks", tmp_path / "decks")
    code, _, err = run_main("export", *args, cwd=tmp_path)
    assert code == 1 and not any(p.suffix in (".apkg", ".txt", ".csv", "") for p in tmp_path.iterdir() if p.is_file())
    assert_one_line(err, message)


def test_check_and_export_default_to_the_decks_folder_and_quizlet_gets_two_plain_columns(tmp_path):
    shutil.copytree(ROOT / "decks", tmp_path / "decks")
    code, out, _ = run_main("check", cwd=tmp_path)
    assert code == 0 and out.startswith("OK  decks/china-mongolia-sco.yaml")
    code, out, _ = run_main("export", "-f", "quizlet", cwd=tmp_path)
    assert code == 0 and out.strip().endswith("→ decks/china-mongolia-sco.quizlet.tsv")
    rows = (tmp_path / "decks" / "china-mongolia-sco.quizlet.tsv").read_text(encoding="utf-8").splitlines()
    questions = (ROOT / "decks" / "china-mongolia-sco.yaml").read_text(encoding="utf-8").count("\n- id: ")
    assert len(rows) == questions > 0 and all(len(r.split("\t")) == 2 and not r.startswith("#") for r in rows)


def test_gift_names_questions_readably_and_keeps_the_id_in_a_comment(tmp_path):
    shutil.copytree(ROOT / "decks", tmp_path / "decks")
    assert run_main("export", "-f", "gift", cwd=tmp_path)[0] == 0
    text = (tmp_path / "decks" / "china-mongolia-sco.gift.txt").read_text(encoding="utf-8")
    first = load_deck(tmp_path / "decks" / "china-mongolia-sco.yaml").questions[0]
    assert f"// {first.id}\n::Which country did the Eurasian security bloc recently …::" in text
    assert "::q-" not in text


# --- source: relative to the deck ---------------------------------------------------------------------------

def test_source_is_stored_relative_to_the_deck_or_absolute_outside_the_project(project, tmp_path_factory):
    run_main("generate", "articles/sco.txt", cwd=project)
    assert load_deck(project / "decks" / "sco.yaml").source == "../articles/sco.txt"
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    run_main("generate", str(project / "articles" / "sco.txt"), "-o", "d.yaml", cwd=elsewhere)
    assert load_deck(elsewhere / "d.yaml").source == (project / "articles" / "sco.txt").resolve().as_posix()


# --- small things ----------------------------------------------------------------------------------------------

def test_help_lists_commands_in_the_readme_order_and_explains_article(cli):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Command line"):readme.index("Exit codes")]
    in_readme = list(dict.fromkeys(re.findall(r"`quizgen (\w+)", table)))
    helped = re.findall(r"^    (\w+)  ", cli("--help").stdout, re.MULTILINE)
    assert helped == in_readme
    assert "README, SOURCES, LICENSE-like files" in " ".join(cli("generate", "--help").stdout.split())


def test_the_readme_export_example_is_what_export_prints(tmp_path):
    shutil.copytree(ROOT / "decks", tmp_path / "decks")
    code, out, _ = run_main("export", "decks/china-mongolia-sco.yaml", cwd=tmp_path)
    assert code == 0 and f"(`{out.strip()}`)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_says_where_the_model_comes_from():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "re-upload of spaCy's official `en_core_web_sm` 3.8.0" in readme
    from quizgen.generate.parse import MODEL_PACKAGES

    assert MODEL_PACKAGES[0] == "en_core_web_sm"   # the official package is preferred when installed


def test_the_schema_documents_the_record(cli):
    schema = json.loads(cli("schema").stdout)
    assert "# quizgen record" in schema["$comment"] and "# offered:" in schema["$comment"]


@pytest.mark.parametrize("source, shown", [
    ("../seeds/china-mongolia-sco.txt", "china-mongolia-sco.txt"),            # relative: the file name
    ("/home/t/articles/week 3/kenya.md", "kenya.md"),                          # absolute: the file name
    ("C:\\Users\\t\\kenya.html", "kenya.html"),                                # a Windows path
    ("../dev/dev-01-science-tropical-depression-ten.txt", "dev-01-science-t…ression-ten.txt"),  # cut to 32
])
def test_the_source_is_shortened_for_display(source, shown):
    from quizgen.wording import source_label

    assert source_label(source) == shown and len(shown) <= 32


def test_the_parsed_deck_cache_keeps_the_record(tmp_path, monkeypatch):
    import os

    from quizgen.deck.cache import cached_deck
    from quizgen.deck.model import Record

    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path / "home"))
    deck = tmp_path / "d.yaml"
    deck.write_text("quizgen: 1\ntitle: T\nquestions: []\n\n# quizgen record (keep it with the deck): ...\n"
                    "# max: 3\n# offered: q-a q-b\n")
    os.utime(deck, (1_000_000_000, 1_000_000_000))   # old enough to be cached
    assert load_deck(deck).record == Record(["q-a", "q-b"], 3)
    hit = cached_deck(deck, deck.stat(), deck.read_bytes())
    assert hit is not None and hit.record == Record(["q-a", "q-b"], 3)   # a --max is never forgotten by the cache
    assert load_deck(deck).record == Record(["q-a", "q-b"], 3)
