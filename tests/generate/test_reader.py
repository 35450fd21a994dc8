"""Reading articles: encodings, HTML, titles and page furniture."""

from __future__ import annotations

import pytest

from quizgen.errors import QuizgenError
from quizgen.generate.read.reader import decode, is_furniture, parse_article


@pytest.mark.parametrize("line, furniture", [
    ("Photo Source: adeex.in", True),              # photo credit
    ("Photo: Reuters", True),
    ("(Getty Images)", True),
    ("Related Articles", True),                    # link list heading
    ("Advertisement", True),
    ("Read more: the full story", True),
    ("Share this article", True),
    ("By Jane Smith", True),                       # byline
    ("https://example.com/story", True),           # bare URL
    ("Subscribe to our newsletter", True),
    ("The photo was taken in Paris in 1901.", False),  # prose that mentions a photo
    ("By 1900, the city had grown.", False),            # prose that starts with By
    ("Related species live in Asia.", False),
    ("Also read: Death toll rises to 13", True),       # a link to another story
    ("Read the original article on SNA.", True),
    ("Readers said the vote was fair.", False),
    ("See you later, said Smith.", False),
])
def test_page_furniture(line, furniture):
    assert is_furniture(line) is furniture


def test_headline_and_subheadline_are_not_body():
    a = parse_article("Big Headline Here\n\nA short standfirst without a stop\n\nThe body starts here. It has two sentences.\n\nPhoto Source: x.com\n")
    assert a.title == "Big Headline Here"
    assert a.subtitle == "A short standfirst without a stop"
    assert a.paragraphs == ["The body starts here. It has two sentences."]
    assert a.dropped == ["Photo Source: x.com"]


def test_html_scripts_and_nav_are_dropped():
    a = parse_article("<html><head><title>T</title><script>var x = 'Evil sentence.';</script></head>"
                      "<body><nav>Home | News</nav><h1>The Headline</h1><p>First paragraph is here.</p>"
                      "<p>Second &amp; last.</p></body></html>", html=True)
    assert a.title == "The Headline" and "Evil" not in a.body and "Home" not in a.body  # <h1> over <title>
    assert a.paragraphs[-2:] == ["First paragraph is here.", "Second & last."]


@pytest.mark.parametrize("data, text", [
    ("café".encode("utf-8"), "café"),                    # UTF-8
    ("\ufeffcafé".encode("utf-8"), "café"),              # UTF-8 with BOM
    ("café".encode("utf-16"), "café"),                   # UTF-16 with BOM
    ("café".encode("latin-1"), "café"),                  # Latin-1, as older editors save it
    ("“café”".encode("cp1252"), "“café”"),               # Windows-1252 curly quotes
])
def test_decoding(data, text):
    assert decode(data, "a.txt") == text


@pytest.mark.parametrize("data, fragment", [
    ("café crème".encode("utf-8") + b" \xe9", "not UTF-8"),  # UTF-8 with a broken byte: not guessed
    (b"\x00\x01\x02binary", "binary"),
])
def test_undecodable_input_is_a_clear_error(data, fragment):
    with pytest.raises(QuizgenError, match=fragment):
        decode(data, "a.txt")


def test_curly_quotes_are_normalised():
    a = parse_article("Title\n\nChina’s “third neighbor” policy is old.")
    assert a.paragraphs == ["China's \"third neighbor\" policy is old."]


def test_a_punctuated_first_sentence_stays_in_the_body():
    # News sites often open with a one-sentence summary that is real prose; only the parse can
    # tell it from headline-speak, so the reader keeps it (the pipeline decides).
    a = parse_article("Carmaker Wins Order\n\nJapanese carmaker Subaru has agreed to supply 5,000 vans to a French firm.\n\nMore text follows here.")
    assert a.subtitle is None
    assert a.paragraphs[0].startswith("Japanese carmaker Subaru")


@pytest.mark.parametrize("line, clean", [
    # datelines open news stories and are never part of the first sentence
    ("Luanda — The President of Chad arrived on Wednesday.", "The President of Chad arrived on Wednesday."),
    ("CAIRO - 7 June 2023: Egyptian President Sisi attended.", "Egyptian President Sisi attended."),
    ("WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."),
    ("NAIROBI, Kenya — The vote was close.", "The vote was close."),
    # wiki citation marks
    ("They won the title on 25 April.[3][4]", "They won the title on 25 April."),
    ("Norwich City were relegated;[6] Burnley won.[citation needed]", "Norwich City were relegated; Burnley won."),
    # prose that only looks like it
    ("Paris — the city of light — is big.", "Paris — the city of light — is big."),
    ("The UN — The body met in May.", "The UN — The body met in May."),
    ("US-China trade: The talks went on.", "US-China trade: The talks went on."),
])
def test_inline_noise_is_removed(line, clean):
    from quizgen.generate.read.reader import strip_inline_noise

    assert strip_inline_noise(line) == clean
