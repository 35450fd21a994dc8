"""Articles: invisible characters never reach a question, embedded fallback text is no prose, and
front matter is no title."""

from __future__ import annotations

import pytest

from quizgen.generate.read.reader import parse_article


@pytest.mark.parametrize("char", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
                                  "\u061c", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))])
def test_invisible_and_bidi_characters_are_removed(char):
    article = parse_article(f"River Notes\n\nThe Vol{char}ga flows{char} into the Cas{char}pian Sea.\n")
    assert article.paragraphs == ["The Volga flows into the Caspian Sea."]


@pytest.mark.parametrize("tag", ["iframe", "object", "video", "audio", "canvas", "noscript", "template", "svg"])
def test_fallback_text_of_embedded_content_is_not_prose(tag):
    page = (f"<html><body><h1>Rivers</h1><p>The Volga flows into the Caspian Sea.</p>"
            f"<{tag}>Your browser does not support this content.</{tag}>"
            f"<embed src='x.swf'><p>It is the longest river in Europe.</p></body></html>")
    article = parse_article(page, "page.html", html=True)
    assert article.paragraphs == ["The Volga flows into the Caspian Sea.", "It is the longest river in Europe."]


@pytest.mark.parametrize("text, title, first", [
    ("---\ntitle: \"The Volga\"\ndate: 2024-01-01\n---\n# The Volga\n\nThe Volga flows south.\n", "The Volga",
     "The Volga flows south."),                                            # its title, the same heading once
    ("---\ntitle: 'The Volga'\n---\nThe Volga flows south.\n", "The Volga", "The Volga flows south."),
    ("---\nlayout: post\ntags: [a, b]\n---\nRiver Notes\n\nThe Volga flows south.\n", "River Notes",
     "The Volga flows south."),                                            # no title: the next title line
    ("---\r\ntitle: Volga\r\n...\r\nThe Volga flows south.\r\n", "Volga", "The Volga flows south."),
    ("River Notes\n\n---\n\nThe Volga flows south.\n", "River Notes", "The Volga flows south."),  # a rule, later
])
def test_front_matter_is_skipped_and_gives_its_title(text, title, first):
    article = parse_article(text, "notes.md")
    assert article.title == title and article.paragraphs[0] == first
    assert not any("---" in p or "title:" in p for p in article.paragraphs)
