"""Plain text: everything is prose except comments and corpuslint directive lines."""

from __future__ import annotations

import regex

from corpuslint.documents.extraction import LINE_DIRECTIVE, Extraction, RawComment
from corpuslint.documents.textmap import TextBuilder

_HIDDEN = regex.compile(
    r"<!--(?P<comment>.*?)-->"
    rf"|{LINE_DIRECTIVE.pattern}",
    regex.DOTALL,
)


def extract_plain(raw: str, start: int) -> Extraction:
    builder = TextBuilder(raw)
    comments = []
    position = start
    for match in _HIDDEN.finditer(raw, start):
        builder.copy(position, match.start())
        if match.group("directive") is not None:
            comments.append(RawComment(match.start("marker"), match.group("directive")))
        else:
            comments.append(RawComment(match.start(), match.group("comment").strip()))
        position = match.end()
    builder.copy(position, len(raw))
    return Extraction(builder.build(), comments, {})
