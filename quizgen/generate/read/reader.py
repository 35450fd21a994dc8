"""Reading an article: decode, strip HTML, normalise, split title from body, drop page furniture."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from quizgen import data, lexicon
from quizgen.errors import QuizgenError
from quizgen.paths import read_input
from quizgen.generate.read.language import function_words, looks_english

MAX_TITLE_WORDS = 20
MAX_TITLE_CHARS = 200
FINAL_PUNCT = tuple('.!?:;…"”’\')')
BRACKETED_TITLE_WORDS = 10
_BRACKETED_TITLE = re.compile(r"[^.!?:;()\[\]]+ [(\[][^().!?\[\]]{1,40}[)\]]")
# A page title's site name: "History of aluminium - Encyclopedia", "Kenya | Britannica".
_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{1,60}$")
LONG_PARAGRAPH = 5_000  # characters; longer paragraphs are cut at sentence ends into pieces this size
RUN_ON_WORDS = 200      # this many words without . ! ? are no sentence (a word list, a transcript),
RUN_ON_CHARS = 3_000    # nor are this many characters (an inline image, a minified script)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")  # never in text (tab, newlines, form feed, ESC are)
# Where a long paragraph may be cut: after a sentence's end, not after "Mr." or "U.S.".
_SENTENCE_GAP = re.compile(r"(?<=\w{4}[.!?…])\s+|(?<=[.!?…][\"')\]])\s+")
_STOP = re.compile(r"[.!?…]")
# Invisible characters that would end up in prompts and answers: the soft hyphen, zero-width spaces,
# joiners and the word joiner, the BOM, and the bidi marks, embeddings, overrides and isolates
# (U+202E reverses what a terminal shows after it). None of them is ever part of a word asked about.
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Markdown/YAML front matter: '---' on the first line, up to the next '---' (or '...') line.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t\r]*$", re.M)
# A saved web page, whatever its extension: it may open with an XML declaration or comments.
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body|meta|title|"
                         r"script|style|link|p)[\s>/]", re.I | re.S)


@dataclass
class Article:
    """An article's title, sub-title and body paragraphs, with what was dropped as furniture."""

    title: str
    paragraphs: list[str]
    subtitle: str | None = None
    dropped: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (BOM allowed), UTF-16 with a BOM, or Windows-1252/Latin-1 (what older
    editors save); binary data and broken UTF-8 are clear errors."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise QuizgenError("broken UTF-16 text; save the article as UTF-8", name) from None
    if b"\x00" in data[:4096] or len(_CONTROL.findall(data)) > max(2, len(data) // 100):
        raise QuizgenError("not a text file (binary data); give a .txt, .md or .html article", name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        utf8 = _UTF8_SEQUENCE.findall(data)
        stray = sum(b >= 0x80 for b in data) - sum(map(len, utf8))
        if len(utf8) > stray:
            # Mostly UTF-8 with a broken byte: read as Latin-1 every accent would come out garbled.
            line = data[: e.start].count(b"\n") + 1
            raise QuizgenError(f"line {line} is not UTF-8 text; save the article as UTF-8 and try again", name) from None
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


class _TextExtractor(HTMLParser):
    """Collects visible text; block elements become paragraph breaks."""

    # Not prose: scripts and page furniture, and the fallback text of embedded content ("Your
    # browser does not support video"), which a reader of the page never sees. (<embed> is void.)
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "button", "figure", "figcaption",
            "svg", "template", "iframe", "object", "video", "audio", "canvas", "math"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr", "blockquote", "ul", "ol", "table", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.inside: str | None = None  # "title" or "h1" while reading the first of either
        self.heads: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag in ("title", "h1") and tag not in self.heads and not self.skip:
            self.inside, self.heads[tag] = tag, ""

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag == self.inside:
            self.inside = None

    def handle_data(self, data: str) -> None:
        if not self.skip:
            text = re.sub(r"\s+", " ", data)
            if self.inside:
                self.heads[self.inside] += text
            if self.inside != "title":  # the page title is not part of the text; it may be the heading
                self.parts.append(text)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one paragraph per block element, its heading first: the
    first <h1>, else the <title> without a site name (" - Site", " | Site")."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    h1 = parser.heads.get("h1", "").strip()
    if h1:
        # Whatever came before the <h1> (a breadcrumb, a site banner) is not the title.
        at = text.find(h1)
        return text[at:] if at >= 0 and not text[:at].strip() else h1 + "\n\n" + text.replace(h1, "", 1)
    title = _SITE_SUFFIX.sub("", parser.heads.get("title", "").strip())
    return title + "\n\n" + text if title else text


def normalise(text: str) -> str:
    """NFC, straight quotes, one space between words, no control characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x00A0: " ", 0x2009: " ", 0x202F: " ",
                           0x0085: "\n", 0x2028: "\n", 0x2029: "\n\n"})  # Unicode's other line and paragraph breaks
    text = _INVISIBLE.sub("", re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n"))


@lru_cache(maxsize=1)
def _furniture() -> list[re.Pattern]:
    return [re.compile(rf"(?:{p})\s*", re.I) for p in data.lines("furniture.txt")]


@lru_cache(maxsize=1)
def _inline_noise() -> list[re.Pattern]:
    return [re.compile(line) for line in data.lines("inline_noise.txt")]


def strip_inline_noise(line: str) -> str:
    """A line without citation marks ('[3]') and without a news dateline ('Luanda — ')."""
    for pattern in _inline_noise():
        line = pattern.sub("", line)
    return line.strip()


def is_furniture(line: str) -> bool:
    """True for a line that is page furniture (photo credit, 'Related Articles', byline, bare URL…)."""
    s = line.strip()
    return any(p.fullmatch(s) for p in _furniture())


def _is_titleish(line: str) -> bool:
    words = line.split()
    if not (0 < len(words) <= MAX_TITLE_WORDS and len(line) <= MAX_TITLE_CHARS):
        return False
    # "Tropical Depression Ten (2005)": a short line closed by a bracketed year or qualifier is a title too.
    return not line.rstrip().endswith(FINAL_PUNCT) or (
        len(words) <= BRACKETED_TITLE_WORDS and _BRACKETED_TITLE.fullmatch(line.strip()) is not None)


def is_run_on(text: str) -> bool:
    """True for text with a stretch no sentence could be: RUN_ON_WORDS words or RUN_ON_CHARS
    characters without sentence punctuation."""
    return any(len(s) > RUN_ON_CHARS or len(s.split()) > RUN_ON_WORDS for s in _STOP.split(text))


def _prose(paragraph: str) -> tuple[list[str], list[str]]:
    """A paragraph as pieces of at most LONG_PARAGRAPH characters cut at sentence ends (so a whole
    article on one line is parsed paragraph-sized), and the run-ons dropped from it."""
    if len(paragraph) <= LONG_PARAGRAPH and not is_run_on(paragraph):
        return [paragraph], []
    pieces: list[str] = []
    waste: list[str] = []
    current: list[str] = []
    size = 0
    for sentence in _SENTENCE_GAP.split(paragraph):
        run_on = is_run_on(sentence)
        if current and (run_on or size + len(sentence) > LONG_PARAGRAPH):
            pieces.append(" ".join(current))
            current, size = [], 0
        if run_on:
            waste.append(sentence)
        else:
            current.append(sentence)
            size += len(sentence) + 1
    if current:
        pieces.append(" ".join(current))
    return pieces, waste


def _paragraphs(text: str) -> list[str]:
    # A blank line always ends a paragraph; a single newline does too (scraped text rarely wraps).
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def front_matter(text: str) -> tuple[str, str]:
    """`text` without a leading '---' front matter block, and the block's `title:` ('' if none)."""
    m = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not m:
        return text, ""
    title = _FRONT_TITLE.search(m.group(1))
    value = normalise(title.group(1)).strip("'\"").strip() if title else ""
    return text.lstrip("\ufeff")[m.end():], value


_CAPS_LEAD = re.compile(r"^((?:[A-Z]{2,}[,.]?\s+(?:[\d,.]+\s+)?)+)(?=[a-z\d(])")


def unshout_lead(paragraph: str) -> str:
    """'FOR CENTURIES traders ...' -> 'For centuries traders ...', 'AUGUST 24, A.D. 79, dawned' ->
    'August 24, ...': a drop-capped lead in the case the sentence is written in. A lone capitalised
    word that is neither a month nor a common word ('NASA said') is an acronym and stays."""
    m = _CAPS_LEAD.match(paragraph)
    if not m:
        return paragraph
    caps = re.findall(r"[A-Z]{2,}", m.group(1))
    months = {w.lower() for w in lexicon.months()}

    def word(w: str) -> bool:  # a word, not an acronym ('BBC', 'US' stay)
        return w.lower() in months or w.lower() in function_words() or len(w) > 3

    if not all(map(word, caps)) or len(caps) < 2 and not (caps[0].lower() in months or caps[0].lower() in function_words()):
        return paragraph
    first = [True]

    def recase(w: re.Match) -> str:
        out = w.group(0).capitalize() if first[0] or w.group(0).lower() in months else w.group(0).lower()
        first[0] = False
        return out

    return re.sub(r"[A-Z]{2,}", recase, m.group(1)) + paragraph[m.end(1):]


def parse_article(text: str, name: str = "article", html: bool = False) -> Article:
    """Split raw article text into title, sub-title and body paragraphs without furniture."""
    if html or _HTML_START.match(text):
        text = html_to_text(text)
    text, meta_title = front_matter(text)
    text = re.sub(r"^#{1,6}\s+", "", normalise(text), flags=re.M)  # markdown headings
    text = re.sub(r"(\*\*|__|`)", "", text)
    lines = [l for l in map(strip_inline_noise, _paragraphs(text)) if l]
    dropped = [l for l in lines if is_furniture(l)]
    lines = [l for l in lines if not is_furniture(l)]
    title, subtitle = meta_title, None
    if title and lines and lines[0].casefold() == title.casefold():
        lines.pop(0)  # the same title again as the first heading
    elif not title and lines and _is_titleish(lines[0]):
        title = lines.pop(0)
        # A sub-headline is a second short unpunctuated line. A punctuated headline-style line
        # ("Chinese Premier encourages Mongolia ...") needs the parse to tell it from prose: the
        # pipeline decides that (pipeline._headline_like).
        if lines and _is_titleish(lines[0]):
            subtitle = lines.pop(0)
    body: list[str] = []
    lines = [unshout_lead(line) for line in lines]
    for line in lines:
        if _is_titleish(line) and len(line.split()) <= 8:
            dropped.append(line)  # a short unpunctuated line inside the body is a section heading
        else:
            pieces, waste = _prose(line)
            body += pieces
            dropped += waste
    if not title:
        title = Path(name).stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Quiz"
    return Article(title=title.strip(" .:"), paragraphs=body, subtitle=subtitle, dropped=dropped)


def read_article(path: str | Path) -> Article:
    """Read an article file ('-' for stdin) into an Article."""
    return article_from_bytes(*read_bytes(path))


def read_bytes(path: str | Path) -> tuple[bytes, str]:
    """An article file's bytes ('-': stdin's) and the name its messages give it; only a regular
    file (or a pipe on stdin) of at most MAX_INPUT_BYTES is read."""
    return read_input(path, "an article"), "stdin" if str(path) == "-" else str(path)


def article_from_bytes(data: bytes, name: str) -> Article:
    """An article's bytes to an Article, with no file access (`name` is for messages and the
    HTML check): what a worker on another machine runs."""
    text = decode(data, name)
    if not text.strip():
        raise QuizgenError("the article is empty", name)
    article = parse_article(text, name, html=name.lower().endswith((".html", ".htm")))
    prose = [article.title, *article.paragraphs, *(d for d in article.dropped if not is_run_on(d))]
    if not looks_english("\n".join(prose)):
        raise QuizgenError("this does not look like English; quizgen writes questions about English articles only", name)
    if not article.paragraphs:
        if any(is_run_on(d) for d in article.dropped):
            raise QuizgenError("no sentences to ask about: the text has no sentence punctuation (. ! ?)", name)
        raise QuizgenError("no sentences to ask about: only a title, headings or page furniture "
                           "(photo credits, links, bylines)", name)
    return article
