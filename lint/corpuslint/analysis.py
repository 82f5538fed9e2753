"""What the checks see: each document with its quantities, periods and claims, and the corpus."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpuslint.claim import Claim
    from corpuslint.documents import Document
    from corpuslint.parse.dates import PeriodMention
    from corpuslint.quantity import Quantity


@dataclass
class DocumentAnalysis:
    document: Document
    date: date | None  # the document's own date (front matter, dateline, …)
    date_inferred: bool  # True when `date` is a best guess from the text
    quantities: list[Quantity] = field(default_factory=list)  # offsets into document.text
    periods: list[PeriodMention] = field(default_factory=list)  # offsets into document.text
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Corpus:
    analyses: list[DocumentAnalysis]
    as_of: date  # "today" for staleness; always explicit so runs are reproducible
    stale_after_months: int = 36
    lang: str = "en"

    @property
    def claims(self) -> list[Claim]:
        return [claim for analysis in self.analyses for claim in analysis.claims]
