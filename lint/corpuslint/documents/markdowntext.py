"""Markdown: prose without code, link targets, images, reference definitions or comments.

A line-oriented reading of CommonMark that is good enough for articles: block structure is
decided per line (fences, indented code, markers), inline markup by one regex over the rest.
Kept characters are copied verbatim, so every one of them maps back to its raw position.
"""

from __future__ import annotations

import regex

from corpuslint.documents.extraction import LINE_DIRECTIVE, Extraction, RawComment, iter_lines
from corpuslint.documents.textmap import TextBuilder

_FENCE = regex.compile(r" {0,3}(?P<fence>`{3,}|~{3,})")
_INDENTED = regex.compile(r"(?: {4}|\t)")
_BLANK = regex.compile(r"[ \t]*")
_SKIPPED_LINE = regex.compile(
    r" {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S.*"  # reference definition
    r"| {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)"  # rule / setext line
    r"|[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*"  # table delimiter row
)
_LIST_ITEM = regex.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
# Block markers before the content: quotes, one list marker, a heading marker.
_BLOCK_PREFIX = regex.compile(
    r"(?:[ \t]{0,3}>[ \t]?)*"
    r"(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)?"
    r"(?:[ \t]{0,3}#{1,6}(?:[ \t]+|$))?"
)
_HEADING_CLOSE = regex.compile(r"[ \t]+#+[ \t]*$")
_INLINE = regex.compile(
    r"""
    (?P<code>(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`))
  | (?P<image>!\[[^\]]*\]\([^)]*\))
  | (?P<comment><!--(?P<body>.*?)-->)
  | (?P<comment_open><!--)
  | (?P<link_open>\[)(?=[^\[\]]*\](?:\([^)]*\)|\[[^\]]*\]))
  | (?P<link_target>\](?:\([^)]*\)|\[[^\]]*\]))
  | (?P<autolink><(?:https?|ftp|mailto):[^>\s]*>)
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
  | (?P<emphasis>\*+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}]))
  | (?P<escape>\\[!-/:-@\[-`{-~])
    """,
    regex.VERBOSE,
)


def extract_markdown(raw: str, start: int) -> Extraction:
    return _MarkdownReader(raw).read(start)


class _MarkdownReader:
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.builder = TextBuilder(raw)
        self.comments: list[RawComment] = []
        self.fence: str | None = None  # the opening fence while inside a fenced code block
        self.comment_start: int | None = None  # raw offset of an unclosed <!--
        self.previous_blank = True
        self.in_indented_code = False
        self.in_list = False

    def read(self, start: int) -> Extraction:
        for line_start, content_end, line_end in iter_lines(self.raw, start):
            self._line(line_start, content_end)
            self.builder.copy(content_end, line_end)  # keep the break: blocks end sentences
        return Extraction(self.builder.build(), self.comments, {})

    def _line(self, start: int, end: int) -> None:
        raw = self.raw
        if self.comment_start is not None:
            close = raw.find("-->", start, end)
            if close < 0:
                return
            self._add_comment(self.comment_start, raw[self.comment_start + 4 : close])
            self.comment_start = None
            self._inline(close + 3, end)
            return
        if self.fence is not None:
            match = _FENCE.match(raw, start, end)
            if match and _closes(self.fence, match.group("fence"), raw[match.end() : end]):
                self.fence = None
            return
        line = raw[start:end]
        blank = _BLANK.fullmatch(line) is not None
        if blank:
            self.previous_blank = True
            return
        indented = _INDENTED.match(line) is not None
        if indented and (self.in_indented_code or (self.previous_blank and not self.in_list)):
            self.in_indented_code = True
            return
        self.in_indented_code = False
        if not indented and self.previous_blank:
            self.in_list = False
        self.previous_blank = False
        self._block(start, end, line)

    def _block(self, start: int, end: int, line: str) -> None:
        if match := _FENCE.match(line):
            self.fence = match.group("fence")
            return
        if directive := LINE_DIRECTIVE.fullmatch(line):
            self._add_comment(start + directive.start("marker"), directive.group("directive"))
            return
        if _SKIPPED_LINE.fullmatch(line):
            return
        if _LIST_ITEM.match(line):
            self.in_list = True
        prefix = _BLOCK_PREFIX.match(line)
        content_start = start + prefix.end()
        if "#" in line[: prefix.end()]:
            closing = _HEADING_CLOSE.search(line, prefix.end())
            if closing:
                end = start + closing.start()
        self._inline(content_start, end)

    def _inline(self, start: int, end: int) -> None:
        builder = self.builder
        position = start
        for match in _INLINE.finditer(self.raw, start, end):
            builder.copy(position, match.start())
            position = match.end()
            kind = match.lastgroup
            if kind == "comment":
                self._add_comment(match.start(), match.group("body"))
            elif kind == "comment_open":
                self.comment_start = match.start()
                return
            elif kind == "escape":
                builder.copy(match.start() + 1, match.end())  # keep what the backslash escapes
        builder.copy(position, end)

    def _add_comment(self, offset: int, body: str) -> None:
        self.comments.append(RawComment(offset, body.strip()))


def _closes(opening: str, candidate: str, rest: str) -> bool:
    return candidate[0] == opening[0] and len(candidate) >= len(opening) and not rest.strip()
