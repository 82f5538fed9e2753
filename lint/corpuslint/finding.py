"""Findings: what the checks report, and where."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict

from corpuslint.span import Span


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Related(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str

    @classmethod
    def at(cls, path: str, span: Span, message: str) -> Related:
        return cls(path=path, message=message, **span.model_dump())


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    rule: str  # CL101
    name: str  # value-conflict
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    related: tuple[Related, ...] = ()
    # Stable identity for baselines: normalised claim text, not line numbers.
    fingerprint: str = ""

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)
