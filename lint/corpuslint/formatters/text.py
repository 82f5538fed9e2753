"""Human output in the style of ruff and rustc: a header line, a code frame, notes, a summary.

    seeds/a.md:3:7: CL101 [error] …message…
      |
    3 | 该平台日活跃用户达到2.5亿。
      |           ^^^^^^^^
      |
    note: seeds/b.md:9:4: …related message…
      …

Carets are aligned in terminal cells: East Asian wide and fullwidth characters take two.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from corpuslint.finding import Finding, Related, Severity

MAX_FRAME_LINES = 3
TAB_WIDTH = 4
# Lines longer than this (minified HTML, a whole article on one line) are shown as a window of
# about this many terminal cells around the span, with … where text was cut.
FRAME_CELLS = 100
CONTEXT_CELLS = 30

_COLOURS = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[1;36m",
    "path": "\x1b[1m",
    "code": "\x1b[1;31m",
    "gutter": "\x1b[34m",
    "caret": "\x1b[1;31m",
    "note": "\x1b[1;36m",
}
_RESET = "\x1b[0m"


def format_text(
    findings: Sequence[Finding],
    sources: Mapping[str, Sequence[str]],
    *,
    color: bool = False,
    notes: Sequence[str] = (),
) -> str:
    """``sources`` maps a path to its raw lines; ``notes`` are run-level remarks for the end."""
    paint = _painter(color)
    blocks = [_finding_block(f, sources, paint) for f in findings]
    tail = [f"{paint('note', 'note')}: {note}" for note in notes] + [summary(findings)]
    return "\n".join([*blocks, *tail]) + "\n"


def summary(findings: Sequence[Finding]) -> str:
    if not findings:
        return "No findings."
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    return (
        f"Found {_plural(len(findings), 'finding')} ("
        f"{_plural(counts[Severity.ERROR], 'error')}, "
        f"{_plural(counts[Severity.WARNING], 'warning')}, "
        f"{counts[Severity.INFO]} info)."
    )


def _finding_block(finding: Finding, sources: Mapping[str, Sequence[str]], paint) -> str:
    where = paint("path", f"{finding.path}:{finding.line}:{finding.column}:")
    severity = paint(finding.severity, f"[{finding.severity.value}]")
    lines = [f"{where} {paint('code', finding.rule)} {severity} {finding.message}"]
    lines += code_frame(sources.get(finding.path), finding, paint)
    for related in finding.related:
        location = f"{related.path}:{related.line}:{related.column}"
        lines.append(f"{paint('note', 'note')}: {location}: {related.message}")
        lines += code_frame(sources.get(related.path), related, paint)
    return "\n".join(lines) + "\n"


def code_frame(source: Sequence[str] | None, at: Finding | Related, paint=None) -> list[str]:
    """The source lines of ``at`` with its span underlined; empty when the source is unknown."""
    paint = paint or _painter(False)
    if not source or not 1 <= at.line <= len(source):
        return []
    last = min(at.end_line, len(source), at.line + MAX_FRAME_LINES - 1)
    width = len(str(last))
    gutter = paint("gutter", " " * width + " |")
    frame = [gutter]
    for number in range(at.line, last + 1):
        text = source[number - 1]
        start = at.column if number == at.line else 1
        end = at.end_column if number == at.end_line else len(text) + 1
        text, start, end = _window(text, start, max(end, start + 1))
        frame.append(paint("gutter", f"{number:>{width}} |") + " " + _expand_tabs(text))
        carets = _underline(text, start, end)
        frame.append(f"{gutter} {paint('caret', carets)}")
    return [*frame, gutter]


def _window(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A long line cut to the part around columns [start, end), with … marking the cuts."""
    if cell_width(text) <= FRAME_CELLS:
        return text, start, end
    left = start - 1
    budget = CONTEXT_CELLS
    while left > 0 and budget > 0:
        left -= 1
        budget -= cell_width(text[left])
    right = end - 1
    budget = max(FRAME_CELLS - cell_width(text[left:right]), CONTEXT_CELLS)
    while right < len(text) and budget > 0:
        budget -= cell_width(text[right])
        right += 1
    head = "…" if left > 0 else ""
    tail = "…" if right < len(text) else ""
    shift = left - len(head)
    return head + text[left:right] + tail, start - shift, end - shift


def _underline(text: str, start: int, end: int) -> str:
    """Spaces up to column ``start``, then carets up to ``end`` (columns 1-based, end exclusive)."""
    before = cell_width(text[: start - 1])
    marked = cell_width(text[start - 1 : end - 1]) or 1
    return " " * before + "^" * marked


def cell_width(text: str) -> int:
    """Terminal cells ``text`` takes: wide/fullwidth characters two, combining marks none."""
    width = 0
    for char in text:
        if char == "\t":
            width += TAB_WIDTH
        elif unicodedata.combining(char):
            continue
        else:
            width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _expand_tabs(text: str) -> str:
    return text.replace("\t", " " * TAB_WIDTH)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _painter(color: bool):
    if not color:
        return lambda _style, text: text
    return lambda style, text: f"{_COLOURS[style]}{text}{_RESET}"
