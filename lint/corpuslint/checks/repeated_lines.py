"""``repeated_lines``: boilerplate repeated inside one document (CL402).

Scraped articles carry navigation and widgets ("查看案例" under every case study, a share bar
before and after the text) and sometimes a paragraph twice. Reported: a line repeated
``min_repeats`` times or more, a line of ``min_paragraph_chars`` or more repeated at all, and a
block of two or more consecutive lines repeated. One finding per repeated text, at its second
occurrence, with the other occurrences as related locations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _text
from corpuslint.checks.base import Check, register
from corpuslint.finding import Related

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.finding import Finding
    from corpuslint.span import Span

_WORDY = regex.compile(r"[\p{Han}\p{L}\p{N}]")  # a line of only "***" or "?" is not boilerplate
_LINE = regex.compile(r"[^\n]+")


class RepeatedLinesParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_repeats: int = 3
    min_paragraph_chars: int = 30


@register
class RepeatedLines(Check):
    kind = "repeated_lines"
    Params = RepeatedLinesParams

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        return self._check(analysis)

    def _check(self, analysis: DocumentAnalysis) -> Iterator[Finding]:
        lines = _content_lines(analysis.document.text)
        texts = [text for text, _, _ in lines]
        blocks = repeated_blocks(texts)
        covered = {i + k for starts, length in blocks for i in starts for k in range(length)}
        for starts, length in blocks:
            yield self._report(analysis, lines, starts, length)
        for starts in _positions(texts).values():
            if starts[0] in covered or not self._worth_reporting(texts[starts[0]], len(starts)):
                continue
            yield self._report(analysis, lines, starts, 1)

    def _worth_reporting(self, text: str, repeats: int) -> bool:
        if repeats >= self.params.min_repeats:
            return True
        return repeats >= 2 and len(text) >= self.params.min_paragraph_chars

    def _report(
        self,
        analysis: DocumentAnalysis,
        lines: list[tuple[str, int, int]],
        starts: list[int],
        length: int,
    ) -> Finding:
        document = analysis.document

        def location(i: int) -> tuple[int, int]:
            return lines[i][1], lines[i + length - 1][2]

        text = "\n".join(lines[k][0] for k in range(starts[0], starts[0] + length))
        path = _text.path(analysis)
        related = [
            _related(path, document.span(*location(i)), text) for i in starts if i != starts[1]
        ]
        return self.finding(
            path,
            document.span(*location(starts[1])),
            fingerprint=_text.normalised(text),
            related=related,
            text=_preview(text),
            count=len(starts),
            lines=length,
        )


def _content_lines(text: str) -> list[tuple[str, int, int]]:
    """(stripped text, start, end) of each line with words on it."""
    lines = []
    for match in _LINE.finditer(text):
        stripped = match.group().strip()
        if _WORDY.search(stripped):
            lead = len(match.group()) - len(match.group().lstrip())
            lines.append((stripped, match.start() + lead, match.start() + lead + len(stripped)))
    return lines


def _positions(texts: list[str]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        positions[text].append(i)
    return positions


def repeated_blocks(texts: list[str]) -> list[tuple[list[int], int]]:
    """Maximal runs of 2+ consecutive lines that occur more than once: (starts, length)."""
    found: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for starts in _positions(texts).values():
        for a, i in enumerate(starts):
            for j in starts[a + 1 :]:
                if i > 0 and texts[i - 1] == texts[j - 1]:
                    continue  # not the start of a maximal run
                length = 0
                while (
                    j + length < len(texts)
                    and i + length < j
                    and texts[i + length] == texts[j + length]
                ):
                    length += 1
                block = tuple(texts[i : i + length])
                if length >= 2 and len(set(block)) > 1:  # a run of one line is a line repeat
                    found[block] |= {i, j}
    return sorted(((sorted(s), len(b)) for b, s in found.items()), key=lambda item: item[0][0])


def _related(path: str, span: Span, text: str) -> Related:
    return Related.at(path, span, _preview(text))


def _preview(text: str, limit: int = 30) -> str:
    one_line = " / ".join(text.split("\n"))
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
