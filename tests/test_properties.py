"""Properties that hold for any input: the generator never fails but with quizgen's own error, every
deck it makes passes `quizgen check` and reads back as itself, and `load_deck` on anything a file
may hold raises nothing but quizgen's own error."""

from __future__ import annotations

import io
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.cli import main
from quizgen.deck.model import BLANK, TYPES, Deck, Question, load_deck, save_deck
from quizgen.deck.read import QUESTION_KEYS, TOP_KEYS, parse_deck
from quizgen.errors import QuizgenError
from quizgen.generate.pipeline import generate_article
from quizgen.generate.read.reader import parse_article, read_article
from tests.conftest import SEED, SEED_DECK

# Deterministic (the same examples on every run and in CI), no per-example deadline (spaCy's first
# call is slow), no example database left behind.
settings.register_profile("quizgen-properties", derandomize=True, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
PROFILE = settings.get_profile("quizgen-properties")

# --- article text -----------------------------------------------------------------------------

WORDS = [
    "Paris", "France", "Berlin", "Germany", "Li Qiang", "L. Oyun-Erdene", "Mongolia", "Iran", "NATO",
    "the Shanghai Cooperation Organization (SCO)", "the SCO", "Abraham Lincoln", "Lincoln", "he", "He",
    "It", "it", "this move", "they", "the", "a", "an", "of", "in", "on", "and", "but", "not", "however",
    "also", "which", "who", "visited", "met", "admitted", "is", "was", "has", "became", "ninth", "member",
    "two", "decades", "1986", "3.5 million", "$12", "12%", "April 11", "the city", "bloc", "capital",
    ",", ";", ":", "(", ")", '"', "'s", "-", "—", "...", "?", "!",
    "Москва", "北京", "مصر", "Ελλάδα", "😀", "é", "ﬁ", "\u200b", "\u00a0", "\x00", "\x1b[31m", "\t", "\r",
    "Photo Source: adeex.in", "Related Articles", "By Jane Smith", "https://example.com/x", "____",
]
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=18).map(lambda w: " ".join(w) + ".")
PROSE = st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6).map("\n\n".join)
ARTICLE_TEXT = st.one_of(
    PROSE,                                                                   # word salad with real names
    st.tuples(st.sampled_from(["", "Headline Here\n\n", "# Title\n\n", "<html><body><p>"]), PROSE).map("".join),
    st.text(max_size=300),                                                   # any characters at all
    st.text(st.characters(max_codepoint=0x9F), max_size=300),                # ASCII and control characters
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=6), st.integers(20, 1500)),  # long runs
)


def _check_exit_code(path: Path) -> int:
    """`quizgen check PATH`, in this process, output swallowed."""
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        return main(["check", str(path)])


@settings(PROFILE, max_examples=120)
@given(text=ARTICLE_TEXT)
def test_the_generator_fails_only_with_quizgens_error_and_its_decks_pass_check(nlp, text):
    try:
        deck = generate_article(parse_article(text, "prop.txt"), source="prop.txt").deck
    except QuizgenError:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "prop.yaml"
        save_deck(deck, path)
        assert _check_exit_code(path) == 0, path.read_text(encoding="utf-8")
        assert load_deck(path) == deck                                      # save -> load is the identity


@settings(PROFILE, max_examples=150)
@given(data=st.one_of(st.binary(max_size=400), ARTICLE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      ARTICLE_TEXT.map(lambda t: t.encode("utf-16")), st.text(max_size=200).map(lambda t: t.encode("latin-1", "replace"))))
def test_reading_any_bytes_gives_an_article_or_quizgens_error(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except QuizgenError as e:
            assert "\n" not in str(e)                                       # always one line
            return
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)


def test_the_seed_article_reads_back_as_its_deck(nlp):
    # The property above on one real article, so it is not only ever checked on word salad.
    deck = generate_article(read_article(SEED), source="s.txt").deck
    with tempfile.TemporaryDirectory() as folder:
        save_deck(deck, Path(folder) / "s.yaml")
        assert deck.questions and load_deck(Path(folder) / "s.yaml") == deck


# --- deck files ---------------------------------------------------------------------------------

SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), st.dates(),
                   st.sampled_from(["yes", "No", "~", "1.10", "____", "true", "- x", "a: b", "[x]", "&a", "*a"]))
KEY = st.one_of(st.sampled_from([*TOP_KEYS, *QUESTION_KEYS, "anwser", "Title", "", "<<"]), st.text(max_size=8), st.integers())
TREE = st.recursive(SCALAR, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(KEY, kids, max_size=5), max_leaves=20)
QUESTIONISH = st.dictionaries(st.sampled_from(QUESTION_KEYS), st.one_of(TREE, st.sampled_from(TYPES)), max_size=8)
DECKISH = st.fixed_dictionaries(
    {"quizgen": st.sampled_from([1, "1", 2, None, [1], 1.0])},
    optional={"title": TREE, "id": TREE, "source": TREE, "questions": st.one_of(st.lists(QUESTIONISH, max_size=4), TREE)})
DUMPED = st.builds(lambda d, flow: yaml.safe_dump(d, default_flow_style=flow, allow_unicode=True, sort_keys=False),
                   st.one_of(TREE, DECKISH), st.sampled_from([False, True, None]))
SYNTAX = ["\n", "  ", "- ", ": ", "? ", "{", "}", "[", "]", ",", "&a ", "*a", "!!str ", "!!binary ", "!!python/object:os.system ",
          "|", ">-", "'", '"', "#", "%YAML 1.1\n", "---\n", "...\n", "\t", "<<: *a\n", "\ufeff", "\x01", "\\"]
SEED_LINES = SEED_DECK.read_text(encoding="utf-8").splitlines()
YAMLISH = st.one_of(
    DUMPED,                                                                  # real YAML of any shape
    st.lists(st.sampled_from(SEED_LINES), max_size=40).map("\n".join),       # a real deck's lines shuffled
    st.lists(st.sampled_from([*SYNTAX, *SEED_LINES[:12]]), max_size=40).map("".join),  # YAML syntax soup
    st.text(max_size=200),                                                   # anything
    st.integers(1, 3000).map(lambda n: "[" * n),                             # deep nesting
)


@settings(PROFILE, max_examples=200)
@given(text=YAMLISH)
def test_parse_deck_on_any_text_gives_a_deck_or_quizgens_error(text):
    try:
        deck = parse_deck(text, "p.yaml")
    except QuizgenError as e:
        assert "\n" not in str(e)                                           # `quizgen check` prints one line each
        return
    assert isinstance(deck, Deck)


@settings(PROFILE, max_examples=100)
@given(data=st.one_of(st.binary(max_size=300), YAMLISH.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_load_deck_on_any_file_gives_a_deck_or_quizgens_error(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.yaml"
        path.write_bytes(data)
        try:
            load_deck(path)
        except QuizgenError as e:
            assert "\n" not in str(e)


# --- save -> load on any valid deck -------------------------------------------------------------

# Deck text: any character but control characters (tab and newline are text) and lone surrogates.
CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"), include_characters="\t\n")
TEXT = st.text(CHARS, min_size=1, max_size=30).filter(lambda s: s.strip())
LINE = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=30).filter(str.strip)
ID = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_.:-]{0,12}\Z")
TAGS = st.lists(TEXT, max_size=3)


@st.composite
def questions(draw, qid: str) -> Question:
    """A question that obeys every rule of the deck format."""
    qtype = draw(st.sampled_from(TYPES))
    context = draw(st.none() | TEXT)
    if qtype == "true_false":
        return Question(id=qid, type=qtype, prompt=draw(TEXT), answer=draw(st.booleans()), context=context, tags=draw(TAGS))
    answer = draw(TEXT)
    if qtype == "fill_in":
        side = st.text(CHARS, max_size=20)
        prompt = draw(st.builds(lambda a, b: f"{a}____{b}", side, side).filter(lambda p: len(BLANK.findall(p)) == 1))
        return Question(id=qid, type=qtype, prompt=prompt, answer=answer, accept=draw(st.lists(TEXT, max_size=3)),
                        context=context, tags=draw(TAGS))
    key = lambda s: s.strip().casefold()  # noqa: E731 - how the deck format compares options
    distractors = draw(st.lists(TEXT.filter(lambda d: key(d) != key(answer)), min_size=2, max_size=5, unique_by=key))
    return Question(id=qid, type=qtype, prompt=draw(TEXT), answer=answer, distractors=distractors,
                    context=context, tags=draw(TAGS))


@st.composite
def decks(draw) -> Deck:
    """A deck that obeys every rule of the deck format."""
    ids = draw(st.lists(ID, max_size=6, unique=True))
    return Deck(title=draw(TEXT), source=draw(st.none() | TEXT), id=draw(st.none() | LINE),
                questions=[draw(questions(qid)) for qid in ids])


@settings(PROFILE, max_examples=150)
@given(deck=decks())
def test_save_then_load_gives_back_any_valid_deck(deck):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.yaml"
        save_deck(deck, path)
        assert load_deck(path) == deck, path.read_text(encoding="utf-8")
