"""The Quantity model: one numeric expression found in running text."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class Kind(str, Enum):
    COUNT = "count"  # 2.5亿人, 300家, 5000万次: a number with a counting unit or measure word
    MONEY = "money"  # 1.6万亿元, 10亿美元
    PERCENT = "percent"  # 49.9%, 四成, 百分之三十, 千分之五 (value in percent: 0.5)
    PERCENTAGE_POINT = "percentage_point"  # 3个百分点
    MULTIPLE = "multiple"  # 6倍, 增长了6倍, 翻番
    FRACTION = "fraction"  # 三分之一, 1/4, 每12个广东人中就有一个
    NUMBER = "number"  # a bare figure with no unit: 11.33亿


class Qualifier(str, Enum):
    EXACT = "exact"
    ABOUT = "about"  # 约, 大约, 左右, 上下
    MORE_THAN = "more_than"  # 超过, 逾, 多于, 以上
    AT_LEAST = "at_least"  # 至少, 不低于
    LESS_THAN = "less_than"  # 不到, 不足, 少于, 以下
    AT_MOST = "at_most"  # 最多, 不超过
    NEARLY = "nearly"  # 近, 将近, 接近
    RANGE = "range"  # 3-5万, 200多, 十几
    APPROXIMATE_MANY = "approximate_many"  # 数十, 上千, 几百: vague magnitudes


class Quantity(BaseModel):
    """A figure as stated in the text, with the interval it commits the writer to.

    ``value``, ``low``, ``high`` and ``precision`` are in canonical units: 2.5亿 is 250000000,
    49.9% is 49.9 (percent), 三分之一 is 0.333…. ``low``/``high`` of None mean unbounded.
    ``start``/``end`` are character offsets in the text that was parsed (end exclusive).
    """

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    kind: Kind
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier = Qualifier.EXACT
    precision: Decimal | None = None
    unit: str | None = None  # a unit name from the shared pint registry (rules/units.txt)
    currency: str | None = None  # ISO 4217 code for money
    # Details that later layers use; not part of the `quantities` JSON contract.
    population: str | None = None  # 每12个广东人中就有一个 -> 广东人
    growth_verb: str | None = None  # 增长了6倍 -> 增长了: the ×N vs ×(N+1) ambiguity
    measure_word: str | None = None  # the measure word or unit as written: 人, 笔, 元

    @property
    def is_article(self) -> bool:
        """一个, 一家, 一款: the numeral one serving as "a/an", which says nothing about amounts."""
        return self.value == 1 and self.qualifier is Qualifier.EXACT and self.text.startswith("一")

    #: Keys of the public `corpuslint quantities --format json` objects, in order.
    PUBLIC_KEYS: ClassVar[tuple[str, ...]] = (
        "text", "kind", "value", "low", "high", "unit", "currency", "qualifier", "precision",
    )
