"""The Claim model: who (entity), what (metric), where (scope), when (period), how much."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict

from corpuslint.period import Period
from corpuslint.quantity import Quantity
from corpuslint.span import Span


class Modality(str, Enum):
    ACTUAL = "actual"
    FORECAST = "forecast"  # 预计, 有望, 将达到, 目标, 计划
    HISTORICAL = "historical"  # a comparison baseline: 较去年同期的3亿


class Claim(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    span: Span  # where the figure is, in the raw file
    sentence_span: Span
    sentence: str  # the sentence as written (original script)
    entity: str  # canonical entity name from the gazetteer, or the subject as written
    metric: str  # canonical metric id, e.g. "dau"
    scope: str | None = None  # 全球 / 国内 / 海外 / a region; None when not stated
    period: Period
    quantity: Quantity
    modality: Modality = Modality.ACTUAL
    confidence: float = 1.0  # < 1 when the entity was attached by position, not by name
    population: str | None = None  # canonical population for ratio claims (粤省事: 广东人)
    cumulative: bool = False  # the metric never decreases over time

    @property
    def key(self) -> tuple[str, str, str | None, str | None]:
        """What must match for two claims to be about the same fact."""
        return (self.entity, self.metric, self.scope, self.population)

    # ``metric`` is a gazetteer metric id, optionally narrowed to a segment and derived as a
    # rate or an amount of change: revenue, revenue:交易服务, shipments.growth,
    # revenue:交易服务.growth, cumulative_users.change.

    @property
    def base_metric(self) -> str:
        """The metric id without its segment (revenue.growth for revenue:交易服务.growth): the
        gazetteer metric that names it and says whether it is a flow."""
        head, _, suffix = split_metric(self.metric)
        return head + suffix

    @property
    def segment(self) -> str | None:
        """The segment the metric is narrowed to (交易服务 in 拼多多的交易服务收入), if any."""
        return split_metric(self.metric)[1]


SEGMENT_MARK = ":"
GROWTH_SUFFIX = ".growth"  # a rate of change: 营收同比增长42%
CHANGE_SUFFIX = ".change"  # an amount of change: 注册用户新增1200万
DERIVED_SUFFIXES = (GROWTH_SUFFIX, CHANGE_SUFFIX)


def split_metric(key: str) -> tuple[str, str | None, str]:
    """(metric id, segment or None, derived suffix or ""): revenue:交易服务.growth ->
    (revenue, 交易服务, .growth)."""
    suffix = next((s for s in DERIVED_SUFFIXES if key.endswith(s)), "")
    head, mark, segment = key[: len(key) - len(suffix)].partition(SEGMENT_MARK)
    return head, segment if mark else None, suffix
