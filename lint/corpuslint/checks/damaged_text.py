"""``damaged_text``: text lost or garbled on its way into the corpus (CL401).

Looks at the raw file, since normalisation would hide some of the damage: U+FFFD replacement
characters, mojibake (UTF-8 read as Latin-1/cp1252: ä¸­æ–‡, Ã©; as GBK or Big5: 鎷煎氬氬, see
``_mojibake``; GBK's 锟斤拷), runs of '?' where Han characters were lost, and pinyin left
behind by broken converters (術(shù)). All the damage on one line is one finding, and a badly
converted file gives at most ``max_lines`` findings, the last one counting the damaged lines it
stands for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict, Field

from corpuslint.checks import _mojibake, _text
from corpuslint.checks.base import Check, register
from corpuslint.span import LineIndex

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.finding import Finding

# Bytes 0x80-0xBF (UTF-8 continuation bytes) as Latin-1 or cp1252 shows them.
_CONT = (
    r"[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC"
    r"\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]"
)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_DAMAGE = regex.compile(
    r"\uFFFD+"
    r"|(?:锟斤拷)+"
    rf"|(?:[\u00E4-\u00E9]{_CONT}{{2}})+"  # a Han character's three UTF-8 bytes
    rf"|(?:[\u00C2\u00C3]{_CONT})+"  # a Latin-1 character's two UTF-8 bytes
    r"|(?<=\p{Han})\?{2,}|\?{2,}(?=\p{Han})"
    r"|(?m:^[ \t]*\?+[ \t]*$)"
    # 獲獎?wù)摺: a lost character whose pinyin annotation survived.
    rf"|(?<=\p{{Han}})\?[a-z{_TONED}ü]{{1,6}}\)"
)
# Used only when the document did not report the converter debris it removed.
_DEBRIS = regex.compile(rf"(?<=\p{{Han}})\((?=[a-zü]*[{_TONED}])[a-z{_TONED}ü]{{1,6}}\)")


class DamagedTextParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_lines: int = Field(default=5, ge=1)  # findings per document before the rest are counted


_SHOWN = 30  # characters of a damaged stretch quoted in a message: a misread line is long
_MORE = {"en": "; {} more damaged lines in this document", "zh": "；本文另有{}行受损"}


@register
class DamagedText(Check):
    kind = "damaged_text"
    Params = DamagedTextParams

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        return self._check(analysis)

    def _check(self, analysis: DocumentAnalysis) -> Iterator[Finding]:
        raw = analysis.document.raw
        lines = LineIndex(raw)
        spans = sorted(set(damage(raw, getattr(analysis.document, "debris", None))))
        groups = [list(g) for _, g in groupby(spans, key=lambda s: lines.position(s[0])[0])]
        shown = groups[: self.params.max_lines]
        for index, on_line in enumerate(shown):
            start, end = on_line[0][0], on_line[-1][1]
            sample = raw[on_line[0][0] : on_line[0][1]]
            context = raw[max(0, start - 6) : start]
            hidden = len(groups) - len(shown) if index == len(shown) - 1 else 0
            more = _MORE.get(self.lang, _MORE["en"]).format(hidden) if hidden else ""
            yield self.finding(
                _text.path(analysis),
                lines.span(start, end),
                fingerprint=f"{_text.normalised(context)}|{sample}|{len(on_line)}",
                sample=sample if len(sample) <= _SHOWN else f"{sample[:_SHOWN]}…",
                count=len(on_line),
                more=more,
            )


def damage(raw: str, debris: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Raw (start, end) of each damaged sequence, in order."""
    found = [match.span() for match in _DAMAGE.finditer(raw) if match.group().strip()]
    found += _mojibake.mojibake(raw)
    if debris is None:
        debris = [match.span() for match in _DEBRIS.finditer(raw)]
    return _merged(sorted(found + list(debris)))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one: a misread line holds the U+FFFD its decoder left in it."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
