"""GitHub Actions workflow commands: one annotation per finding.

    ::error file=a.md,line=3,col=7,endLine=3,endColumn=12,title=CL101 value-conflict::message

Annotations carry a single location, so related locations are appended to the message as
``note:`` lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuslint.finding import Finding, Severity

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def format_github(findings: Sequence[Finding]) -> str:
    return "".join(_annotation(finding) + "\n" for finding in findings)


def _annotation(finding: Finding) -> str:
    properties = {
        "file": finding.path,
        "line": finding.line,
        "col": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "title": f"{finding.rule} {finding.name}",
    }
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    notes = [
        f"note: {r.path}:{r.line}:{r.column}: {r.message}" for r in finding.related
    ]
    message = "\n".join([finding.message, *notes])
    return f"::{_COMMANDS[finding.severity]} {rendered}::{escape_data(message)}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
