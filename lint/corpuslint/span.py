"""Source locations: 1-based lines and columns counted in Unicode characters.

``end_column`` is exclusive (the column just after the last character), as in SARIF regions.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pydantic import BaseModel, ConfigDict

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Span(BaseModel):
    model_config = ConfigDict(frozen=True)

    line: int
    column: int
    end_line: int
    end_column: int


class LineIndex:
    """Maps character offsets in a text to 1-based (line, column) positions.

    A line ends after ``\\n``, ``\\r\\n`` or a lone ``\\r``, so CR-only files get the line
    numbers an editor shows.
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(line=line, column=column, end_line=end_line, end_column=end_column)
