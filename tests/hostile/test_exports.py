"""Exports stay faithful whatever a deck holds: Anki tags inert in the real engine, GIFT weights and
comments escaped (gift-pegjs reads it back), TSV '#' lines kept by Anki, any number of options."""

from __future__ import annotations

import html
import re

import pytest
from anki.collection import Collection

from quizgen.deck.model import Deck, Question
from quizgen.export.common import stable_option_order
from tests.export.test_anki import import_apkg
from tests.export.test_formats import exported, gift_text, parse_gift

ANKI_TAGS = ["[sound:evil.mp3]", "[latex]\\input{/etc/passwd}[/latex]", "[$]x^2[/$]", "[$$]y[/$$]",
             "\\(a+b\\)", "\\[c\\]", "[SOUND:x.mp3]"]


def tagged_deck() -> Deck:
    """Every field of every note type holds every Anki tag and MathJax delimiter."""
    t = " ".join(ANKI_TAGS)
    return Deck(title=f"Tags {t}", source=f"src {t}", id="tags", questions=[
        Question("mc", "multiple_choice", f"Which {t}?", f"right {t}", [f"wrong {t}", "[sound:b.mp3]"], context=f"ctx {t}"),
        Question("fill", "fill_in", f"The {t} is ____.", f"ans {t}", accept=[f"also {t}"], context=f"ctx {t}"),
        Question("tf", "true_false", f"True {t}.", True, context=f"ctx {t}"),
    ])


@pytest.fixture
def col(tmp_path):
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


@pytest.mark.parametrize("type_in", [False, True])
def test_anki_tags_and_mathjax_in_any_field_stay_text_in_the_real_engine(tmp_path, col, type_in):
    from quizgen.export import ExportOptions
    from quizgen.export.anki import render

    path = tmp_path / "tags.apkg"
    path.write_bytes(render([tagged_deck()], ExportOptions(type_in=type_in)))
    import_apkg(col, path)
    cards = [col.get_card(c) for c in col.find_cards("")]
    assert len(cards) == 3
    for card in cards:
        front, back = card.question(), card.answer()
        assert card.question_av_tags() == [] and card.answer_av_tags() == []   # no audio played
        assert "<img" not in front + back and "latex" not in " ".join(col.media.files_in_str(card.note().mid, back))
        for shown in (front, back):
            body = re.sub(r"(?s)<style>.*?</style>|<script>.*?</script>", "", shown)
            assert not re.search(r"\\[()\[\]]", body)                      # no MathJax delimiter left whole
        # Shown as typed: with tags dropped (the splitting <span> is empty) the text reads the same.
        text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"(?s)<style>.*?</style>|<script>.*?</script>", "", back)))
        assert all(tag in text for tag in ANKI_TAGS)


def test_gift_percent_weights_and_specials_in_text_read_back_as_text(tmp_path):
    nasty = "%50% off ~ = # { } : \\ %d"
    deck = Deck("T", [
        Question("mc", "multiple_choice", f"Which {nasty}?", "%100%right", ["%50%half", "%d"], context=f"c {nasty}"),
        Question("fill", "fill_in", f"Before {nasty} ____ after.", "%50%", accept=["50%", "%d"]),
        Question("tf", "true_false", f"{nasty}.", False),
    ])
    # Keyed by id: the titles are readable names, in the questions' order.
    items = dict(zip([q.id for q in deck.questions], parse_gift(exported("gift", [deck], tmp_path))[1:]))
    mc = items["mc"]
    assert gift_text(mc["stem"]) == f"Which {nasty}?"
    assert [gift_text(c["text"]) for c in mc["choices"]] == stable_option_order(deck.questions[0])
    assert all(c["weight"] is None for c in mc["choices"])                    # nobody earns 50% for a wrong one
    assert [gift_text(c["text"]) for c in mc["choices"] if c["isCorrect"]] == ["%100%right"]
    fill = items["fill"]
    assert [c["text"]["text"] for c in fill["choices"]] == ["%50%", "50%", "%d"]
    assert {c["weight"] for c in fill["choices"]} <= {None, 100}
    assert gift_text(items["tf"]["stem"]) == f"{nasty}."


def test_a_tsv_prompt_opening_with_hash_is_imported_by_anki(tmp_path):
    from anki.collection import ImportCsvRequest

    deck = Deck("T", [Question("a", "fill_in", "# of moons: ____.", "two"),
                      Question("b", "true_false", "#hashtags are words.", False),
                      Question("c", "fill_in", '#"quoted" ____.', "x")])
    path = exported("tsv", [deck], tmp_path)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), None)
        assert len(col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log.new) == 3
        fronts = sorted(html.unescape(col.get_note(n).fields[0]) for n in col.find_notes(""))
        assert fronts == ['# of moons: ____.', '#"quoted" ____.', "True or false: #hashtags are words."]
    finally:
        col.close()


def test_markdown_letters_every_option_of_a_long_question(tmp_path):
    options = [f"option {i}" for i in range(40)]
    q = Question("many", "multiple_choice", "Which?", options[0], options[1:])
    source = exported("md", [Deck("T", [q])], tmp_path).read_text(encoding="utf-8")
    labels = re.findall(r"^ {3}([a-z]+)\) option (\d+)", source, re.M)
    assert len(labels) == 40 and {int(n) for _, n in labels} == set(range(40))
    assert [label for label, _ in labels][25:28] == ["z", "aa", "ab"]
    answer_label = next(label for label, n in labels if n == "0")
    assert f"1. **{answer_label})** option 0" in source
