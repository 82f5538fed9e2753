"""Inline suppression comments.

In Markdown and HTML::

    <!-- corpuslint-disable CL101 -->            until an enable comment, or the end of the file
    <!-- corpuslint-enable CL101 -->
    <!-- corpuslint-disable-next-line CL101 -->  the line after the comment
    正文…… <!-- corpuslint-disable-line CL101 --> the comment's own line

In plain text the same directives are whole-line comments: ``# corpuslint-disable-next-line
CL101`` (or ``//``). No codes means every rule; several codes are separated by commas or
spaces, and `` -- reason`` may follow them. A finding is suppressed when its primary location
is covered. Directives come from ``Document.comments``: the documents layer knows what is a
comment in each format.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from corpuslint.finding import Finding

if TYPE_CHECKING:
    from corpuslint.documents import Document

_DIRECTIVE = regex.compile(
    r"(?:#|//)?\s*corpuslint-(?P<action>disable-next-line|disable-line|disable|enable)"
    r"(?P<codes>(?:[\s,]+CL\d+)*)[\s,]*(?:--.*)?",
    regex.DOTALL,
)
_CODE = regex.compile(r"CL\d+")
_COMMENT_END = "-->"

Position = tuple[float, float]  # (line, column); math.inf for "end of file"


@dataclass(frozen=True)
class Directive:
    action: str  # disable | enable | disable-next-line | disable-line
    codes: tuple[str, ...]  # empty: every rule
    line: int
    column: int
    end_column: int

    def label(self, code: str | None) -> str:
        """The directive as a reader would write it for one of its codes."""
        return f"corpuslint-{self.action}" + (f" {code}" if code else "")


@dataclass(frozen=True)
class _Region:
    directive: Directive
    code: str | None  # None: every rule
    start: Position
    end: Position  # inclusive

    def covers(self, finding: Finding) -> bool:
        at = (finding.line, finding.column)
        return (self.code is None or self.code == finding.rule) and self.start <= at <= self.end


def find_directives(
    comments: Iterable[tuple[int, int, str]], lines: Sequence[str]
) -> list[Directive]:
    """The suppression directives among a document's comments, in order of appearance.

    ``comments`` are ``Document.comments`` (raw line, raw column, body), so a directive inside
    a Markdown code block or an HTML script is not one; ``lines`` are the raw lines, where the
    end of each directive's comment is found for reporting it.
    """
    directives = []
    for line, column, body in comments:
        match = _DIRECTIVE.fullmatch(body.strip())
        if match is None:
            continue
        codes = tuple(dict.fromkeys(_CODE.findall(match["codes"])))
        end_column = _comment_end(lines[line - 1] if line <= len(lines) else "", column)
        directives.append(Directive(match["action"], codes, line, column, end_column))
    return directives


def _comment_end(raw_line: str, column: int) -> int:
    """Column after the comment starting at ``column``: after ``-->`` or at the line's end."""
    close = raw_line.find(_COMMENT_END, column - 1)
    return close + len(_COMMENT_END) + 1 if close >= 0 else len(raw_line) + 1


@dataclass
class Suppressions:
    """The regions of one document that its directives cover, and which of them were used."""

    directives: list[Directive]
    _regions: list[_Region] = field(init=False)
    _used: set[tuple[Directive, str | None]] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self._regions = list(_regions(self.directives))

    @classmethod
    def of(cls, document: Document) -> Suppressions:
        return cls(find_directives(document.comments, document.lines()))

    def suppresses(self, finding: Finding) -> bool:
        """Whether ``finding`` is covered; every covering directive counts as used."""
        covering = [region for region in self._regions if region.covers(finding)]
        self._used.update((region.directive, region.code) for region in covering)
        return bool(covering)

    def unused(self) -> Iterator[tuple[Directive, str | None]]:
        """(directive, code) pairs that suppressed nothing; code None for a blanket one."""
        for directive in self.directives:
            if directive.action == "enable":
                continue
            for code in directive.codes or (None,):
                if (directive, code) not in self._used:
                    yield directive, code


def _regions(directives: Iterable[Directive]) -> Iterator[_Region]:
    open_: dict[str | None, tuple[Directive, Position]] = {}
    for directive in directives:
        here = (directive.line, directive.column)
        codes: tuple[str | None, ...] = directive.codes or (None,)
        if directive.action == "disable-line":
            yield from (_Region(directive, c, (here[0], 0), (here[0], math.inf)) for c in codes)
        elif directive.action == "disable-next-line":
            below = directive.line + 1
            yield from (_Region(directive, c, (below, 0), (below, math.inf)) for c in codes)
        elif directive.action == "disable":
            for code in codes:
                open_.setdefault(code, (directive, here))  # a repeated disable stays unused
        else:  # enable: with no codes it ends every open region
            for code in list(open_) if not directive.codes else directive.codes:
                if code in open_:
                    opener, start = open_.pop(code)
                    yield _Region(opener, code, start, here)
    for code, (opener, start) in open_.items():
        yield _Region(opener, code, start, (math.inf, math.inf))
