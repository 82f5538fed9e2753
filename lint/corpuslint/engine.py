"""The pure core: documents in, analyses and findings out. No I/O, no config discovery."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from corpuslint.analysis import Corpus, DocumentAnalysis

if TYPE_CHECKING:
    from corpuslint.checks.base import Check
    from corpuslint.claim import Claim
    from corpuslint.documents import Document
    from corpuslint.extract.gazetteer import Gazetteer
    from corpuslint.finding import Finding
    from corpuslint.rulespec import RuleSpec


def analyse(document: Document, gazetteer: Gazetteer | None = None) -> DocumentAnalysis:
    """Quantities, periods and claims of one document (pure; cacheable by content hash)."""
    from corpuslint.extract.claims import extract_claims
    from corpuslint.parse.dates import document_date, find_periods
    from corpuslint.parse.quantities import find_quantities

    doc_date, inferred = document_date(document.metadata, document.text)
    analysis = DocumentAnalysis(
        document=document,
        date=doc_date,
        date_inferred=inferred,
        quantities=find_quantities(document.text),
        periods=find_periods(document.text, doc_date, doc_date_inferred=inferred),
    )
    analysis.claims = extract_claims(analysis, gazetteer)
    return analysis


def run_checks(corpus: Corpus, rules: Iterable[RuleSpec]) -> list[Finding]:
    """Every finding of every rule, unfiltered and unsorted (the pipeline does that)."""
    from corpuslint.checks import kind_for

    findings: list[Finding] = []
    for rule in rules:
        findings.extend(kind_for(rule.kind)(rule, corpus.lang).run(corpus))
    return findings


class StreamingRun:
    """Checks documents one at a time and keeps only their claims for the cross-document checks,
    so a run's memory grows with the claims found, not with the text read."""

    def __init__(self, checks: Sequence[Check], settings: Corpus) -> None:
        self.checks = checks
        self.settings = settings  # as_of, stale_after_months, lang; no analyses are kept in it
        self.claims: list[Claim] = []

    def add(self, analysis: DocumentAnalysis) -> list[Finding]:
        self.claims.extend(analysis.claims)
        return [f for check in self.checks for f in check.check_document(analysis, self.settings)]

    def finish(self) -> list[Finding]:
        return [f for check in self.checks for f in check.check_claims(self.claims, self.settings)]


def lint(
    documents: Sequence[Document],
    rules: Iterable[RuleSpec],
    *,
    as_of: date,
    stale_after_months: int = 36,
    lang: str = "en",
) -> list[Finding]:
    corpus = Corpus(
        analyses=[analyse(d) for d in documents],
        as_of=as_of,
        stale_after_months=stale_after_months,
        lang=lang,
    )
    return run_checks(corpus, rules)
