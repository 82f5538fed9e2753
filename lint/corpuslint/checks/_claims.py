"""What the claim-comparing kinds (conflict, drift, cumulative) share.

Two claims are *comparable* when they state the same fact (same ``Claim.key``), as actual
figures, in the same family of quantities: percentages and fractions compare with each other,
money only in the same currency, counts only in the same counting unit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import regex

from corpuslint.claim import Modality
from corpuslint.finding import Related
from corpuslint.intervals import (
    RATIO_KINDS,
    Interval,
    Margins,
    comparable_interval,
    intersects,
)
from corpuslint.period import Granularity
from corpuslint.quantity import Kind

if TYPE_CHECKING:
    from datetime import date

    from corpuslint.claim import Claim
    from corpuslint.period import Period
    from corpuslint.quantity import Quantity

_COUNTABLE = frozenset({Kind.COUNT, Kind.NUMBER})


def family(quantity: Quantity) -> tuple[str, str | None]:
    """The kind of magnitude a figure is; figures of different families never compare."""
    if quantity.kind in RATIO_KINDS:
        return ("ratio", None)
    if quantity.kind is Kind.MONEY:
        return ("money", quantity.currency)
    if quantity.kind in _COUNTABLE:
        return ("count", quantity.unit or quantity.measure_word)
    return (quantity.kind.value, quantity.unit)


def same_family(a: Quantity, b: Quantity) -> bool:
    (fa, unit_a), (fb, unit_b) = family(a), family(b)
    if fa != fb:
        return False
    if fa == "count":  # a bare 11.33亿 may be the same figure as 11.33亿人
        return unit_a is None or unit_b is None or unit_a == unit_b
    return unit_a == unit_b


def actual_claims(claims: Iterable[Claim], min_confidence: float = 0.0) -> list[Claim]:
    """Claims stating a fact as it is (not a forecast or a baseline), in sort order."""
    chosen = (c for c in claims if c.modality is Modality.ACTUAL and c.confidence >= min_confidence)
    return sorted(chosen, key=claim_order)


def by_key(claims: Iterable[Claim], min_confidence: float = 0.0) -> dict[tuple, list[Claim]]:
    """Actual claims grouped by what they are about, each group in sort order."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in actual_claims(claims, min_confidence):
        groups[claim.key].append(claim)
    return dict(sorted(groups.items(), key=lambda item: claim_order(item[1][0])))


def claim_order(claim: Claim) -> tuple[str, int, int]:
    return (claim.path, claim.span.line, claim.span.column)


def dated(period: Period) -> bool:
    return period.known and period.anchored


def same_time(a: Period, b: Period) -> bool:
    """Whether two figures must describe the same moment or span.

    Two undated figures are taken to describe the same (unknown) time. A stock reading
    (截至6月30日) matches any period ending the same day (第二季度); flows must cover the
    same span, because 2019年 and 2019年6月 legitimately differ.
    """
    if not dated(a) and not dated(b):
        return True
    if not dated(a) or not dated(b) or not a.same_reckoning(b):
        return False  # 2024财年 and 2023年双11 are not the calendar span their dates approximate
    if a.as_of or b.as_of:
        return a.end == b.end
    return (a.start, a.end) == (b.start, b.end)


def disjoint(a: Claim, b: Claim, margins: Margins) -> bool:
    """Both figures cannot be true at once (and they are about the same kind of thing)."""
    if not same_family(a.quantity, b.quantity):
        return False
    return not intersects(interval(a, margins), interval(b, margins))


def interval(claim: Claim, margins: Margins) -> Interval:
    return comparable_interval(claim.quantity, margins)


_UNDATED = {"en": "undated", "zh": "未注明日期"}


def period_label(period: Period, lang: str) -> str:
    """A short, language-neutral date: 2019, 2019-06, 2019-06-30, 2019Q2, 2019H1."""
    if not dated(period):
        return period.text or _UNDATED.get(lang, _UNDATED["en"])
    start, end = period.start, period.end
    assert start is not None and end is not None
    label = _calendar_label(period.granularity, start, end, period.as_of)
    if period.event:
        label = f"{end.year}年{period.event}"  # 2023年双11: the name, not the window it spans
    elif period.fiscal:
        label = f"FY{label}"
    return f"{label}?" if period.inferred else label


def _calendar_label(granularity: Granularity, start: date, end: date, as_of: bool) -> str:
    if as_of or granularity is Granularity.DAY:
        return end.isoformat()
    if granularity is Granularity.MONTH:
        return f"{end.year}-{end.month:02d}"
    if granularity is Granularity.QUARTER:
        return f"{end.year}Q{(end.month - 1) // 3 + 1}"
    if granularity is Granularity.HALF:
        return f"{end.year}H{1 if end.month <= 6 else 2}"
    if granularity in (Granularity.YEAR, Granularity.FISCAL_YEAR) and start.year == end.year:
        return str(end.year)
    return f"{start.isoformat()}–{end.isoformat()}"


def related(claim: Claim, lang: str) -> Related:
    """A pointer to another source of the same fact: its figure and its date."""
    message = f"{claim.quantity.text} ({period_label(claim.period, lang)})"
    return Related.at(claim.path, claim.span, message)


def subject(claim: Claim, lang: str) -> str:
    """Entity and metric as a message shows them, with the population of ratio claims."""
    population = f" ({claim.population})" if claim.population else ""
    return f"{claim.entity} {metric_label(claim.metric, lang)}{population}"


def metric_label(metric: str, lang: str) -> str:
    """The metric's label from the built-in gazetteer (月活跃用户数), else its id."""
    from corpuslint.extract.gazetteer import load_gazetteer

    known = load_gazetteer().metrics.get(metric)
    if known is None:
        return metric
    return known.label.zh if lang == "zh" else known.label.en


_SPACE = regex.compile(r"\s+")


def fingerprint(claims: Sequence[Claim]) -> str:
    """entity|metric|scope|population|values: stable across edits that move lines around."""
    entity, metric, scope, population = claims[0].key
    values = ",".join(sorted({_SPACE.sub("", c.quantity.text) for c in claims}))
    return "|".join([entity, metric, scope or "", population or "", values])


def message_fields(claim: Claim, other: Claim, lang: str) -> dict[str, object]:
    """The fields all claim-comparing messages may use."""
    return {
        "entity": claim.entity,
        "metric": metric_label(claim.metric, lang),
        "scope": claim.scope or "",
        "population": claim.population or "",
        "subject": subject(claim, lang),
        "value": claim.quantity.text,
        "period": period_label(claim.period, lang),
        "other_value": other.quantity.text,
        "other_period": period_label(other.period, lang),
        "other_path": other.path,
    }
