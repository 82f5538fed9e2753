"""Sentence segmentation of normalised text: Chinese and Western punctuation, and line breaks."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into Document.text; end is exclusive
    end: int


_CLOSERS = r"[”’\"'」』）)\]】》〉]*"
# A '.' ends a sentence only before whitespace or the end (so 11.33 and example.com stay whole).
_BREAK = regex.compile(
    rf"(?:[。！？!?；;…⋯]+|\.(?={_CLOSERS}(?:\s|$))){_CLOSERS}|\n",
)


def split_sentences(text: str) -> list[Sentence]:
    """Non-empty sentences with surrounding whitespace trimmed off, in text order."""
    sentences = []
    start = 0
    for match in _BREAK.finditer(text):
        _append_trimmed(sentences, text, start, match.end())
        start = match.end()
    _append_trimmed(sentences, text, start, len(text))
    return sentences


def _append_trimmed(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(start + lead, start + lead + len(stripped)))


def sentence_index(starts: list[int], offset: int) -> int:
    """Index of the sentence (by sorted start offsets) containing ``offset``, else the one before.

    Offsets before the first sentence belong to the first one.
    """
    if not starts:
        raise ValueError("document has no sentences")
    return max(bisect_right(starts, offset) - 1, 0)
