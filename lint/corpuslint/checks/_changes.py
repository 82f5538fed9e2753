"""Stated changes in running text: 从A增长至B, 由A降至B, A→B, B较A, and the rate said about them.

Growth-rate and multiple checks need to know that two figures are the before and after of one
change, and which percentage or multiple describes it. The patterns are deliberately narrow:
only adjacent figures joined by a change verb, and a rate right after the second figure, so that
a rate belonging to another subject in the same sentence is never paired with them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from corpuslint.parse._qty_lexicon import FALL_VERBS, RISE_VERBS

if TYPE_CHECKING:
    from corpuslint.quantity import Quantity

UP = "|".join(RISE_VERBS)
DOWN = "|".join(FALL_VERBS)
# A baseline period: 2018年的, 上年的, 2022年同期的, 第三季的, 上一季度的, 去年底的.
_WHEN = (
    r"(?:(?:\d{4}|[上去前今]一?|本)年度?|上一?个?(?:季度?|月|财年))?"
    r"(?:第?[一二三四1-4]季度?|前[一二三]季度|[上下]半年|\d{1,2}月份?|全年)?"
    r"(?:底|末|初)?(?:同期)?"
)
_DATE = rf"(?:{_WHEN}的?)"
# What a per-unit figure is per: 从每股2.40港元增至3.40港元.
_PER_UNIT = r"(?:每股|人均|每人)?"
_FROM = regex.compile(rf"(?:从|由){_DATE}{_PER_UNIT}\s*$")
_TO = regex.compile(
    rf"\s*(?:(?:(?P<up>{UP})|(?P<down>{DOWN}))了?\s*(?:到|至)|到|至)\s*{_DATE}{_PER_UNIT}\s*"
    r"|\s*(?:→|->|—>|=>)\s*"
)
# What the rate is measured against: 同比, 环比, and the Hong Kong and Taiwan 按年, 按季, 年增,
# 季增, 年减 (年均增长 is an average over years, not the change between the two figures).
_BASIS = r"(?:同比|环比|按年|按季|按月|年|季|月)"
# Between the second figure and a rate about the change: "，增幅为", "（同比增长", "，下降了",
# "，净增" (the rate may be an amount or points: 净增116.5万个, 下降0.35个百分点).
RATE_GAP = regex.compile(
    rf"\s*[，,、(]?\s*(?:{_BASIS}|较\p{{Han}}{{0,6}}?)?\s*"
    rf"净?(?:(?P<up>{UP}|增幅|涨幅)|(?P<down>{DOWN}|降幅|跌幅))率?"
    r"(?:了|为|达|达到|约|近|超过|超)*\s*"
)
# Between the second figure and a multiple about it: "，增长了", "，是原来的".
MULTIPLE_GAP = regex.compile(
    rf"\s*[，,、(]?\s*{_BASIS}?\s*(?:(?:{UP}|{DOWN})了?|(?:是|为|相当于)\p{{Han}}{{0,6}}?的)?\s*"
)


# 304亿美元，按年增长88%，2022年为171亿美元: the rate, then the baseline it is measured from.
# The clause must open with a past period (2022年, 上年同期, 去年), so that 净利润为… is not one.
_BASELINE_AFTER = regex.compile(rf"\s*[，,；;]\s*(?=[0-9上去前]){_DATE}(?:则|則)?(?:为|為|是)\s*")

# 14.48亿元，较2016年的4.01亿元上涨261.1%: the new value first, then the baseline.
_COMPARED = regex.compile(rf"\s*[，,]?\s*(?:较|比|相比|相较于?){_DATE}{_PER_UNIT}\s*")


@dataclass(frozen=True)
class Change:
    before: Quantity
    after: Quantity
    declining: bool | None  # from the verb; None for a bare 到/至/→

    @property
    def last(self) -> Quantity:
        """The figure written last: a rate about the change comes right after it."""
        return max(self.before, self.after, key=lambda q: q.start)


def find_changes(text: str, quantities: list[Quantity]) -> Iterator[Change]:
    """Adjacent figures written as the start and end of a change, in text order."""
    for before, after in pairwise(quantities):
        if _COMPARED.fullmatch(text, before.end, after.start):
            yield Change(before=after, after=before, declining=None)
            continue
        gap = _TO.fullmatch(text, before.end, after.start)
        if gap is None:
            continue
        arrow = (
            gap.group("up") is None
            and gap.group("down") is None
            and not regex.search(r"[到至]", gap.group())
        )
        if not arrow and _FROM.search(text, max(0, before.start - 12), before.start) is None:
            continue
        declining = True if gap.group("down") else False if gap.group("up") else None
        yield Change(before, after, declining)


# 6317万人次，是2022年2610万人次的2.4倍: a figure, then the figure it is a multiple of.
_TIMES_OF = regex.compile(rf"\s*[，,]?\s*(?:是|为|為|相当于|相當於){_DATE}{_PER_UNIT}\s*")
_OF = regex.compile(r"\s*的\s*")


def multiples_of(text: str, quantities: list[Quantity]) -> Iterator[tuple[Change, Quantity]]:
    """A，是B的N倍: the change from B to A, with the multiple said about it."""
    for after, before, times in zip(quantities, quantities[1:], quantities[2:], strict=False):
        if _TIMES_OF.fullmatch(text, after.end, before.start) and _OF.fullmatch(
            text, before.end, times.start
        ):
            yield Change(before, after, None), times


@dataclass(frozen=True)
class RatedChange:
    change: Change
    rate: Quantity
    declining: bool  # from the rate's verb: 下降12.8%


def rated_changes(text: str, quantities: list[Quantity]) -> Iterator[RatedChange]:
    """Changes with the rate stated about them: after both figures (从A增至B，增长p%), or
    between them (B，同比增长p%，上年同期为A)."""
    for change in find_changes(text, quantities):
        found = following(quantities, change.last, text, RATE_GAP)
        if found is not None:
            yield RatedChange(change, found[0], found[1].group("down") is not None)
    for after, rate, before in zip(quantities, quantities[1:], quantities[2:], strict=False):
        gap = RATE_GAP.fullmatch(text, after.end, rate.start)
        if gap is not None and _BASELINE_AFTER.fullmatch(text, rate.end, before.start):
            declining = gap.group("down") is not None
            yield RatedChange(Change(before, after, declining), rate, declining)


def following(
    quantities: list[Quantity], anchor: Quantity, text: str, gap: regex.Pattern[str]
) -> tuple[Quantity, regex.Match[str]] | None:
    """The figure right after ``anchor`` if only ``gap`` text separates them."""
    later = [q for q in quantities if q.start >= anchor.end]
    if not later:
        return None
    match = gap.fullmatch(text, anchor.end, later[0].start)
    return (later[0], match) if match else None
