"""What every format extractor returns, and the bits of comment handling they share."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

from corpuslint.documents.textmap import MappedText


class RawComment(NamedTuple):
    offset: int  # raw offset of the comment's first character
    body: str


class Extraction(NamedTuple):
    prose: MappedText
    comments: list[RawComment]
    metadata: dict[str, str]


# `# corpuslint-disable …` or `// corpuslint-…` alone on a line (HTML-comment directives are
# ordinary comments). The "directive" group is the directive itself.
LINE_DIRECTIVE = regex.compile(
    r"(?<![^\r\n])[ \t]*(?P<marker>#|//)[ \t]*"
    r"(?P<directive>corpuslint-[^\r\n]*?)[ \t]*(?=[\r\n]|\Z)"
)

_LINE = regex.compile(r"([^\r\n]*)(\r\n|\r|\n|\Z)")


def iter_lines(raw: str, start: int) -> Iterator[tuple[int, int, int]]:
    """(start, content end, end with terminator) of each line from ``start``."""
    position = start
    while position < len(raw):
        match = _LINE.match(raw, position)
        position = match.end()
        yield match.start(), match.end(1), match.end()
