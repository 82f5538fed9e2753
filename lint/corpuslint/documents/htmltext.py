"""HTML: the text of the body, with block boundaries as line breaks and entities decoded.

Built on the standard library's ``HTMLParser`` with ``convert_charrefs=False``, so text arrives
as raw slices and entities as separate events, each at a source position (``getpos()``).
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

import regex

from corpuslint.documents.extraction import Extraction, RawComment
from corpuslint.documents.textmap import TextBuilder

_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "math"})
# Site chrome around the article: menus, copyright lines, contact numbers, ICP licences. Its
# figures and phone numbers are not the article's (© 2024, 联系电话：010-…).
_CHROME = frozenset({"nav", "footer"})
# The article itself never sits inside chrome, so an unclosed <nav> ends where the body begins.
_CONTENT = frozenset({"main", "article"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_CELLS = frozenset(
    {"td", "th"}
)  # a table row reads as one sentence: cells are separated by a space
_PREFORMATTED = frozenset({"pre", "textarea"})
_META_KEYS = ("name", "property", "itemprop", "http-equiv")
# Source line breaks inside a paragraph are just whitespace to a browser, not sentence breaks.
_WRAPPED_WHITESPACE = regex.compile(r"[ \t\f]*[\r\n][ \t\f\r\n]*")
_NEWLINE = regex.compile(r"\n")


def extract_html(raw: str, start: int) -> Extraction:
    parser = _ProseParser(raw, start)
    parser.feed(raw[start:])
    parser.close()
    return Extraction(parser.builder.build(), parser.comments, parser.metadata)


class _ProseParser(HTMLParser):
    def __init__(self, raw: str, start: int) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.builder = TextBuilder(raw)
        self.comments: list[RawComment] = []
        self.metadata: dict[str, str] = {}
        # HTMLParser counts lines by "\n" only, whatever the file's line endings.
        self._line_starts = [start] + [m.end() for m in _NEWLINE.finditer(raw, start)]
        self._skipping: list[str] = []  # open elements whose content is not prose
        self._title: list[str] | None = None
        self._preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._add_meta(dict(attrs))
        elif tag == "time":
            datetime = dict(attrs).get("datetime")
            if datetime:
                self.metadata.setdefault("datetime", datetime.strip())
        elif tag == "title" and "title" not in self.metadata:
            self._title = []
        if tag == "body" and "head" in self._skipping:
            self._close_skipped("head")  # <head> is often left unclosed
        while tag in _CONTENT and not _CHROME.isdisjoint(self._skipping):
            self._close_skipped(next(t for t in self._skipping if t in _CHROME))
        self._separate(tag)  # before skipping starts: chrome between paragraphs still breaks
        if tag in _SKIPPED or tag in _CHROME:
            self._skipping.append(tag)
        elif tag in _PREFORMATTED:
            self._preformatted += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.metadata["title"] = " ".join("".join(self._title).split())
            self._title = None
        if tag in self._skipping:
            self._close_skipped(tag)
            self._separate(tag)
            return
        if tag in _PREFORMATTED and self._preformatted:
            self._preformatted -= 1
        self._separate(tag)

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        if self._skipping:
            return
        start = self._offset()
        end = start + len(data)
        if self._preformatted:
            self.builder.copy(start, end)
            return
        position = start
        for match in _WRAPPED_WHITESPACE.finditer(self.raw, start, end):
            self.builder.copy(position, match.start())
            if self.builder.last_char not in ("", " ", "\n"):
                self.builder.emit(" ", match.start(), match.end())
            position = match.end()
        self.builder.copy(position, end)

    def handle_entityref(self, name: str) -> None:
        self._reference(1 + len(name))

    def handle_charref(self, name: str) -> None:
        self._reference(2 + len(name))

    def handle_comment(self, data: str) -> None:
        self.comments.append(RawComment(self._offset(), data.strip()))

    def _reference(self, length: int) -> None:
        start = self._offset()
        end = start + length
        if self.raw.startswith(";", end):
            end += 1
        source = self.raw[start:end]
        decoded = html.unescape(source)
        if self._title is not None:
            self._title.append(decoded)
        if self._skipping:
            return
        if decoded == source:  # not a known entity: it is literal text
            self.builder.copy(start, end)
        else:
            self.builder.emit(decoded, start, end)

    def _separate(self, tag: str) -> None:
        if self._skipping:
            return
        if tag in _BLOCKS:
            self._break("\n")
        elif tag in _CELLS:
            self._break(" ")

    def _break(self, separator: str) -> None:
        last = self.builder.last_char
        if last in ("", "\n") or (last == " " and separator == " "):
            return
        offset = self._offset()
        self.builder.emit(separator, offset, offset)  # zero-width: stands for no source text

    def _add_meta(self, attrs: dict[str, str | None]) -> None:
        content = attrs.get("content")
        key = next((attrs[k] for k in _META_KEYS if attrs.get(k)), None)
        if key and content is not None:
            self.metadata[key.lower()] = content.strip()

    def _close_skipped(self, tag: str) -> None:
        index = len(self._skipping) - 1 - self._skipping[::-1].index(tag)
        del self._skipping[index:]

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column
