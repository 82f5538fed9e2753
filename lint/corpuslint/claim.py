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
