"""Hand-built inputs for the check-kind tests: claims, quantities and documents in a corpus."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from corpuslint.analysis import Corpus, DocumentAnalysis
from corpuslint.checks import kind_for
from corpuslint.claim import Claim, Modality
from corpuslint.documents import document_from_string
from corpuslint.finding import Finding
from corpuslint.period import Granularity, Period
from corpuslint.quantity import Kind, Qualifier, Quantity
from corpuslint.rulepacks import load_registry
from corpuslint.span import Span

AS_OF = date(2025, 1, 1)


def run(code: str, corpus: Corpus, lang: str = "en") -> list[Finding]:
    rule = load_registry().get(code)
    assert rule is not None, code
    findings = list(kind_for(rule.kind)(rule, lang).run(corpus))
    return sorted(findings, key=lambda f: f.sort_key)


def period(
    start: str | None, end: str | None = None, granularity: str = "day", *, as_of: bool = False
) -> Period:
    if start is None:
        return Period()
    return Period(
        start=date.fromisoformat(start),
        end=date.fromisoformat(end or start),
        granularity=Granularity(granularity),
        as_of=as_of,
    )


UNDATED = Period()


def claim(
    text: str,
    value: str | Decimal,
    *,
    path: str = "a.txt",
    line: int = 1,
    entity: str = "招商银行",
    metric: str = "mau",
    when: Period = UNDATED,
    kind: Kind = Kind.COUNT,
    qualifier: Qualifier = Qualifier.EXACT,
    **extra: object,
) -> Claim:
    quantity = Quantity(
        start=0, end=len(text), text=text, kind=kind, value=Decimal(value), low=None, high=None,
        qualifier=qualifier, currency=extra.pop("currency", None), unit=extra.pop("unit", None),
    )  # fmt: skip
    span = Span(line=line, column=1, end_line=line, end_column=len(text) + 1)
    return Claim(
        path=path, span=span, sentence_span=span, sentence=text, entity=entity, metric=metric,
        period=when, quantity=quantity, **extra,
    )  # fmt: skip


def claims_corpus(*claims: Claim) -> Corpus:
    paths = sorted({c.path for c in claims})
    analyses = []
    for path in paths:
        analysis = DocumentAnalysis(
            document_from_string("占位。", path), date=None, date_inferred=False
        )
        analysis.claims = [c for c in claims if c.path == path]
        analyses.append(analysis)
    return Corpus(analyses=analyses, as_of=AS_OF)


def analysis(
    raw: str,
    quantities: list[Quantity] = (),  # type: ignore[assignment]
    *,
    periods: list = (),  # type: ignore[assignment]
    doc_date: date | None = None,
    path: str = "example.txt",
) -> DocumentAnalysis:
    return DocumentAnalysis(
        document_from_string(raw, path), date=doc_date, date_inferred=False,
        quantities=list(quantities), periods=list(periods),
    )  # fmt: skip


def corpus(*analyses: DocumentAnalysis, as_of: date = AS_OF) -> Corpus:
    return Corpus(analyses=list(analyses), as_of=as_of)


def at(
    text: str,
    figure: str,
    kind: Kind,
    value: str | Decimal,
    *,
    occurrence: int = 0,
    qualifier: Qualifier = Qualifier.EXACT,
    **extra: object,
) -> Quantity:
    """``figure`` as found (its ``occurrence``-th time) in ``text``, with the given reading."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(figure, start + 1)
    return Quantity(
        start=start, end=start + len(figure), text=figure, kind=kind, value=Decimal(value),
        low=extra.pop("low", None), high=extra.pop("high", None), qualifier=qualifier, **extra,
    )  # fmt: skip


def mod(modality: str) -> Modality:
    return Modality(modality)
