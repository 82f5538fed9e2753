"""Rule packs: one YAML file per rule, validated by these pydantic models.

A rule instantiates a check kind (a small Python class in corpuslint.checks) with parameters,
a default severity, messages in Chinese and English, and good/bad examples that the test suite
runs. This model is the single source of rule metadata: `corpuslint rule`, SARIF `rules[]` and
the README's rule table are all generated from it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from corpuslint.finding import Severity

CODE_PATTERN = r"^CL[0-9]{3}$"
NAME_PATTERN = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"


class Messages(BaseModel):
    """A message template per language; fields come from the check kind (``{entity}``…)."""

    model_config = ConfigDict(extra="forbid")

    en: str
    zh: str

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Example(BaseModel):
    """A mini corpus: one or more documents, checked together as of a date."""

    model_config = ConfigDict(extra="forbid")

    documents: dict[str, str]  # file name (its extension picks the format) -> content
    as_of: date | None = None
    note: str | None = None

    @classmethod
    def coerce(cls, value: Any) -> Any:
        return {"documents": {"example.txt": value}} if isinstance(value, str) else value


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bad: list[Example] = Field(min_length=1)
    good: list[Example] = Field(min_length=1)

    @field_validator("bad", "good", mode="before")
    @classmethod
    def _strings_are_single_documents(cls, value: Any) -> Any:
        return [Example.coerce(v) for v in value] if isinstance(value, list) else value


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(pattern=NAME_PATTERN)
    kind: str  # a check kind registered in corpuslint.checks
    severity: Severity
    summary: str  # one line: what it reports
    explanation: str  # Markdown: "What it does", "Why is this bad?", "Example"
    message: Messages
    params: dict[str, Any] = Field(default_factory=dict)
    examples: Examples
    source: str = ""  # the file it was loaded from, for error messages

    @property
    def category(self) -> str:
        return {"0": "io", "1": "consistency", "2": "arithmetic", "3": "dates", "4": "hygiene"}.get(
            self.code[2], "other"
        )
