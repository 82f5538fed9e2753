"""Text that remembers where each character came from in the raw file.

Every stage (markup extraction, width folding, debris removal, T->S conversion) produces a
``MappedText``: the new text plus ``offsets[i]`` = raw offset of ``text[i]``. ``offsets`` has one
extra trailing entry, the raw end of the text, so empty ranges at the end map too. Most
characters cover exactly one raw character; the few that stand for more (a decoded ``&amp;``, a
``\\r\\n`` turned into ``\\n``, a character composed from a combining sequence) record their raw end
in ``extents``, keyed by raw start.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import NamedTuple

import regex

_CARRIAGE_RETURN = regex.compile(r"\r\n?")
# 32-bit offsets: half the memory of array('l'), and no file has 2**31 characters.
OFFSET_TYPECODE = "i"


class MappedText(NamedTuple):
    text: str
    offsets: array  # len(text) + 1 raw offsets
    extents: dict[int, int]  # raw start -> raw end, only for characters wider than one

    def raw_end(self, index: int) -> int:
        """Raw offset just after the source of ``text[index]``."""
        start = self.offsets[index]
        return self.extents.get(start, start + 1)


class Edit(NamedTuple):
    start: int
    end: int
    replacement: str


class TextBuilder:
    """Accumulates prose taken from ``raw``; line endings become ``\\n`` in the text."""

    __slots__ = ("_extents", "_last", "_offsets", "_parts", "_raw")

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._parts: list[str] = []
        self._offsets = array(OFFSET_TYPECODE)
        self._extents: dict[int, int] = {}
        self._last = ""

    @property
    def last_char(self) -> str:
        return self._last

    def copy(self, start: int, end: int) -> None:
        """Append ``raw[start:end]`` verbatim (but with ``\\r\\n`` and ``\\r`` as ``\\n``)."""
        if start >= end:
            return
        if "\r" not in self._raw[start:end]:
            self._copy_verbatim(start, end)
            return
        position = start
        for match in _CARRIAGE_RETURN.finditer(self._raw, start, end):
            self._copy_verbatim(position, match.start())
            self.emit("\n", match.start(), match.end())
            position = match.end()
        self._copy_verbatim(position, end)

    def emit(self, text: str, start: int, end: int) -> None:
        """Append ``text`` standing for ``raw[start:end]`` (a decoded entity, an inserted break)."""
        if not text:
            return
        self._parts.append(text)
        self._offsets.extend([start] * len(text))
        if end != start + 1:
            self._extents[start] = end
        self._last = text[-1]

    def build(self) -> MappedText:
        text = "".join(self._parts)
        offsets = self._offsets
        offsets.append(self._end())
        return MappedText(text, offsets, self._extents)

    def _copy_verbatim(self, start: int, end: int) -> None:
        if start < end:
            self._parts.append(self._raw[start:end])
            self._offsets.extend(range(start, end))
            self._last = self._raw[end - 1]

    def _end(self) -> int:
        if not self._offsets:
            return 0
        start = self._offsets[-1]
        return self._extents.get(start, start + 1)


def apply_edits(mapped: MappedText, edits: Iterable[Edit]) -> MappedText:
    """Replace ``text[start:end]`` ranges (sorted, non-overlapping), keeping the offset map right.

    Replacement character ``i`` maps to source character ``min(i, len(source) - 1)``: equal-length
    replacements map one to one, expansions share the last source position, and a shortening
    replacement widens its last character to cover the rest of the source.
    """
    text, offsets, extents = mapped
    parts: list[str] = []
    new_offsets = array(OFFSET_TYPECODE)
    new_extents = dict(extents)
    position = 0
    for start, end, replacement in edits:
        parts.append(text[position:start])
        new_offsets.extend(offsets[position:start])
        if replacement:
            last = max(end - start - 1, 0)
            parts.append(replacement)
            new_offsets.extend(offsets[start + min(i, last)] for i in range(len(replacement)))
            if 0 < len(replacement) < end - start:
                new_extents[offsets[start + len(replacement) - 1]] = mapped.raw_end(end - 1)
        position = end
    parts.append(text[position:])
    new_offsets.extend(offsets[position:])
    return MappedText("".join(parts), new_offsets, new_extents)
