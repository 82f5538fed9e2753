"""Figures and dates in the shapes a Chinese business article writes them.

Every function takes the document's ``random.Random`` and returns the phrase as written, so the
corpus is reproducible from its seed alone.
"""

from __future__ import annotations

from random import Random

from tests.benchmarks.vocabulary import CURRENCIES, POPULATIONS, Metric

_DIGITS = "零一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")

BEFORE = ("超过", "近", "约", "逾", "将近", "不到", "至少", "接近", "大约", "不足")
AFTER = ("左右", "以上", "上下")
VAGUE_COUNTS = ("十几", "几十", "数十", "数百", "上百", "上千", "几百", "数千", "近百", "上万")
CHINESE_PERCENTS = ("一成", "两成", "三成", "四成", "五成", "六成", "七成", "八成", "九成", "半数")
CHINESE_FRACTIONS = ("三分之一", "四分之一", "五分之一", "三分之二", "四分之三", "十分之一", "一半")


def chinese_numeral(n: int) -> str:
    """Integers below 10000 in Chinese numerals: 3 -> 三, 1200 -> 一千二百, 305 -> 三百零五."""
    if n == 0:
        return "零"
    out, pending_zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if pending_zero:
                out.append("零")
            out.append(_DIGITS[digit] + unit)
            pending_zero = False
        elif out:
            pending_zero = True
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text


def decimal(rng: Random, low: float, high: float) -> str:
    """A figure between low and high with 0-2 decimals, sometimes with thousands separators."""
    decimals = rng.choice((0, 0, 1, 1, 2))
    value = round(rng.uniform(low, high), decimals)
    if decimals == 0:
        text = f"{int(value):,}" if value >= 1000 and rng.random() < 0.3 else str(int(value))
    else:
        text = f"{value:.{decimals}f}"
    return text.translate(_FULLWIDTH) if rng.random() < 0.01 else text


def qualified(rng: Random, figure: str, *, suffix: str = "") -> str:
    """figure+suffix, with a hedge before or after it half of the time."""
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(BEFORE) + figure + suffix
    if roll < 0.45:
        return figure + suffix + rng.choice(AFTER)
    return figure + suffix


def for_metric(rng: Random, metric: Metric) -> str:
    """A figure of the right shape and unit for ``metric``."""
    unit = rng.choice(metric.units) if metric.units else ""
    return _SHAPES[metric.shape](rng, unit)


def large(rng: Random, *, max_yi: float = 20_000) -> str:
    """A magnitude without a unit: 11.33亿, 3000万, 1.6万亿, 两亿, 2,350万."""
    roll = rng.random()
    if roll < 0.4:
        return decimal(rng, 1, min(max_yi, 99)) + "亿"
    if roll < 0.75:
        return decimal(rng, 10, 9999) + "万"
    if roll < 0.85 and max_yi >= 10_000:
        return decimal(rng, 1, max_yi / 10_000) + "万亿"
    if roll < 0.95:
        return chinese_numeral(rng.randint(1, 9) * rng.choice((1, 10, 100, 1000))) + "万"
    return decimal(rng, 100_000, min(max_yi, 1) * 99_000_000)


def users(rng: Random, unit: str = "人") -> str:
    if rng.random() < 0.08:
        return rng.choice(VAGUE_COUNTS) + "万" + unit
    return qualified(rng, large(rng, max_yi=14), suffix=unit)


def money(rng: Random, unit: str = "") -> str:
    currency = _weighted(rng, CURRENCIES)
    roll = rng.random()
    if roll < 0.07:  # a range: 3-5万元, 20至30亿元
        low = rng.randint(1, 50)
        return f"{low}{rng.choice('-~至')}{low + rng.randint(1, 20)}{rng.choice(('万', '亿'))}元"
    if roll < 0.12:
        return rng.choice(("逾百亿", "上百亿", "数十亿", "近千亿", "数百万")) + "元"
    if currency == "人民币":
        return "人民币" + large(rng) + "元"
    return qualified(rng, large(rng) + currency)


def volume(rng: Random, unit: str = "台") -> str:
    if unit == "GWh":
        return qualified(rng, decimal(rng, 0.5, 300) + unit)
    if rng.random() < 0.1:
        return rng.choice(("数百万", "上千万", "近百万", "数十万")) + unit
    return qualified(rng, decimal(rng, 1, 9999) + rng.choice(("万", "万", "亿")) + unit)


def count(rng: Random, unit: str = "家") -> str:
    roll = rng.random()
    if roll < 0.2:
        return rng.choice(VAGUE_COUNTS) + unit
    if roll < 0.4:  # 200多家, 3000余家
        return str(rng.randint(1, 99) * rng.choice((10, 100, 1000))) + rng.choice("多余") + unit
    return qualified(rng, decimal(rng, 2, 50_000).split(".")[0] + unit)


def ratio(rng: Random, unit: str = "") -> str:
    roll = rng.random()
    if roll < 0.55:
        return qualified(rng, decimal(rng, 0.1, 99.9) + rng.choice(("%", "%", "%", "％")))
    if roll < 0.75:
        return rng.choice(("", "近", "约", "超过", "不到")) + rng.choice(CHINESE_PERCENTS)
    if roll < 0.9:
        return rng.choice(CHINESE_FRACTIONS)
    if roll < 0.95:
        return "百分之" + chinese_numeral(rng.randint(1, 99))
    return "千分之" + chinese_numeral(rng.randint(1, 9))


def change(rng: Random) -> str:
    """How a figure moved: 同比增长23.5%, 增长了3倍, 提升3个百分点, 翻了一番."""
    roll = rng.random()
    if roll < 0.45:
        if rng.random() < 0.3:
            return rng.choice(("同比下降", "同比减少", "环比下滑")) + decimal(rng, 0.5, 90) + "%"
        return rng.choice(("同比增长", "环比增长", "较上年增长")) + decimal(rng, 0.5, 180) + "%"
    if roll < 0.65:
        return rng.choice(("增长了", "增长", "提升了", "扩大了")) + multiple(rng)
    if roll < 0.85:
        return rng.choice(("提升", "下降", "增加了", "回落")) + pp(rng)
    return rng.choice(("翻了一番", "实现翻番", "翻了两番", "几乎腰斩"))


def multiple(rng: Random) -> str:
    if rng.random() < 0.3:
        return chinese_numeral(rng.randint(2, 12)) + "倍"
    return decimal(rng, 1.1, 30) + "倍"


def pp(rng: Random) -> str:
    return decimal(rng, 0.1, 15) + "个百分点"


def per_capita(rng: Random) -> str:
    """每12个人中就有一个: a fraction stated as one in N of a population."""
    n, who = rng.randint(2, 30), rng.choice(POPULATIONS)
    one = rng.choice(("一个", "1个", "一位", "1人", "一人"))
    return f"每{n}个{who}中就有{one}" if rng.random() < 0.7 else f"每{n}名{who}里有{one}"


def year(rng: Random, doc_year: int) -> int:
    return rng.randint(max(2010, doc_year - 6), doc_year)


def period(rng: Random, doc_year: int) -> str:
    """When a figure holds, as written: 截至2019年6月30日, 2020年第三季度, 去年, 今年上半年."""
    y = year(rng, doc_year)
    roll = rng.random()
    if roll < 0.15:
        month = rng.choice((3, 6, 9, 12))
        return f"截至{y}年{month}月{30 if month in (6, 9) else 31}日"
    if roll < 0.3:
        return f"{y}年第{rng.choice('一二三四')}季度"
    if roll < 0.4:
        return f"{y}年{rng.choice(('上半年', '下半年', '全年', '前三季度'))}"
    if roll < 0.55:
        return rng.choice(
            ("去年", "今年上半年", "今年以来", "上个月", "去年同期", "目前", "截至去年底")
        )
    if roll < 0.65:
        return f"{y}年{rng.randint(1, 12)}月"
    if roll < 0.72:
        return f"{y}财年"
    if roll < 0.78:
        return f"{y}年Q{rng.randint(1, 4)}"
    if roll < 0.84:
        return f"{y - rng.randint(1, 3)}年至{y}年"
    return f"{y}年"


_SHAPES = {"users": users, "money": money, "ratio": ratio, "volume": volume, "count": count}


def _weighted(rng: Random, choices: tuple[tuple[str, float], ...]) -> str:
    names, weights = zip(*choices, strict=True)
    return rng.choices(names, weights)[0]
