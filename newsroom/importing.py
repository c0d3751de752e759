"""Turn what an editor pastes or uploads into an article body: plain text, paragraphs apart.

A body is plain text whose paragraphs (and headings, which are paragraphs too) are separated
by a blank line, the shape claims/highlight.py cuts the reader page from. HTML is first
sanitised by nh3 (html5ever parses it the way a browser would and drops scripts, styles and
comments with their content), then walked with the standard library's parser, which starts a
new paragraph at every block element.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

__all__ = ["NotText", "decode_text", "html_to_text", "normalise_text"]

# Elements that start a paragraph of their own; every other element's text flows inline.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
    }
)  # fmt: skip
# Table cells sit side by side: keep their words apart without breaking the row.
CELL_TAGS = frozenset({"td", "th"})
# Elements whose content is never article text.
DROPPED_TAGS = frozenset(
    {"script", "style", "title", "head", "noscript", "template", "svg", "math", "iframe",
     "object", "button", "select", "textarea"}
)  # fmt: skip
# HTML's own whitespace: a no-break space is text, not layout.
_HTML_SPACE = re.compile(r"[ \t\n\f\r]+")


class NotText(ValueError):
    """The bytes are not UTF-8 text (binary data, or another encoding)."""


def decode_text(data: bytes) -> str:
    """Decode an uploaded file as UTF-8 text, refusing anything that looks binary."""
    if b"\x00" in data:
        raise NotText("it contains binary data (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotText(f"it is not UTF-8 text (undecodable byte at position {exc.start})") from None


def normalise_text(text: str) -> str:
    """One newline convention, no trailing spaces on lines, no blank lines at the ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def html_to_text(html: str) -> str:
    """Reduce HTML to its text, one paragraph per block element, paragraphs apart."""
    clean = nh3.clean(
        html,
        tags=set(BLOCK_TAGS | CELL_TAGS | {"br"}),
        attributes={},
        clean_content_tags=set(DROPPED_TAGS),
        strip_comments=True,
    )
    collector = _ParagraphCollector()
    collector.feed(clean)
    collector.close()
    return "\n\n".join(collector.paragraphs)


class _ParagraphCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._parts: list[str] = []
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._parts.append("\n")
        elif tag in CELL_TAGS:
            self._parts.append(" ")
        elif tag in BLOCK_TAGS:
            self._flush()
            if tag == "pre":
                self._pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in CELL_TAGS:
            self._parts.append(" ")
        elif tag in BLOCK_TAGS:
            self._flush()
            if tag == "pre" and self._pre_depth:
                self._pre_depth -= 1

    def handle_data(self, data: str) -> None:
        self._parts.append(data if self._pre_depth else _HTML_SPACE.sub(" ", data))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        """End the current block: its lines become paragraphs, split where a line is blank."""
        lines = [line.strip(" \t") for line in "".join(self._parts).split("\n")]
        self._parts = []
        paragraph: list[str] = []
        for line in [*lines, ""]:
            if line:
                paragraph.append(line)
            elif paragraph:
                self.paragraphs.append("\n".join(paragraph))
                paragraph = []
