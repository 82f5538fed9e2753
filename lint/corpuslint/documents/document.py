"""The Document: raw file text for display, normalised text for matching, and the map between."""

from __future__ import annotations

import html
from array import array

import regex

from corpuslint.documents.extraction import RawComment
from corpuslint.documents.sentences import Sentence, sentence_index, split_sentences
from corpuslint.documents.textmap import OFFSET_TYPECODE, MappedText
from corpuslint.span import LineIndex, Span

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")  # the same breaks LineIndex counts
_HTML_SPECIAL = regex.compile(r"[&\r\n\t ]")  # raw characters HTML text does not keep as written


class Document:
    """An article ready for claim extraction.

    ``text`` is what rules match against (markup-free, width-folded, Simplified); ``raw`` is the
    file as decoded, for code frames. ``span``/``original`` translate between the two.
    """

    __slots__ = (
        "_line_index",
        "_prose",
        "_sentence_starts",
        "comments",
        "debris",
        "encoding",
        "format",
        "metadata",
        "path",
        "raw",
        "sentences",
        "text",
    )  # fmt: skip

    def __init__(
        self,
        *,
        path: str,
        raw: str,
        prose: MappedText,
        format: str,
        encoding: str,
        metadata: dict[str, str],
        comments: list[RawComment],
        debris: list[tuple[int, int]],
    ) -> None:
        self.path = path
        self.raw = raw
        self.text = prose.text
        self.format = format
        self.encoding = encoding
        self.metadata = metadata
        self._prose = prose
        self._line_index = LineIndex(raw)
        self.sentences: list[Sentence] = split_sentences(prose.text)
        self._sentence_starts = [sentence.start for sentence in self.sentences]
        # (raw line, raw column, body), 1-based like every reported position.
        self.comments: list[tuple[int, int, str]] = [
            (*self._line_index.position(comment.offset), comment.body) for comment in comments
        ]
        self.debris = debris  # raw (start, end) of removed converter annotations

    def __repr__(self) -> str:
        return f"Document({self.path!r}, format={self.format!r}, encoding={self.encoding!r})"

    def raw_offset(self, text_offset: int) -> int:
        """Raw offset of ``text[text_offset]``; ``len(text)`` maps to the end of the prose."""
        if not 0 <= text_offset <= len(self.text):
            raise IndexError(f"text offset {text_offset} outside 0..{len(self.text)}")
        return self._prose.offsets[text_offset]

    def span(self, start: int, end: int) -> Span:
        """Raw 1-based line/column span of ``text[start:end]`` (end exclusive)."""
        raw_start = self.raw_offset(start)
        raw_end = self._prose.raw_end(end - 1) if end > start else raw_start
        return self._line_index.span(raw_start, raw_end)

    def original(self, start: int, end: int) -> str:
        """``text[start:end]`` as written in the file: original script and width, no markup.

        Markup and removed debris between the characters is left out; decoded entities and
        inserted breaks read as their text.
        """
        prose, raw = self._prose, self.raw
        first = prose.offsets[start]
        consecutive = array(OFFSET_TYPECODE, range(first, first + end - start + 1))
        if start < end and prose.offsets[start : end + 1] == consecutive:
            # One raw character per character, nothing left out between them: the raw slice.
            piece = raw[first : first + end - start]
            if self.format != "html" or not _HTML_SPECIAL.search(piece):
                return piece
        pieces = []
        previous = -1
        for index in range(start, end):
            raw_start = prose.offsets[index]
            if raw_start == previous:  # one source character expanded into several
                continue
            previous = raw_start
            piece = raw[raw_start : prose.raw_end(index)]
            if not piece or (self.format == "html" and piece[0] in "&\r\n\t "):
                piece = html.unescape(piece) if piece.startswith("&") else self.text[index]
            pieces.append(piece)
        return "".join(pieces)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing text ``offset`` (or the nearest one before it)."""
        return self.sentences[sentence_index(self._sentence_starts, offset)]

    def lines(self) -> list[str]:
        """Raw lines without terminators, numbered as in ``span`` (index = line - 1)."""
        return _LINE_BREAK.split(self.raw)
