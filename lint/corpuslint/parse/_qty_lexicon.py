"""Words around numbers that change what a figure means. Simplified script only: matching
goes through _qty_script, which accepts Traditional forms too.

Units and measure words are not here: they are data in rules/units.txt (corpuslint.units).
"""

from __future__ import annotations

from decimal import Decimal

from corpuslint.quantity import Kind, Qualifier
from corpuslint.units import COUNT, MEASURE, MONEY, MULTIPLE, PERCENT, PERCENTAGE_POINT

KIND_OF_GROUP = {
    MONEY: Kind.MONEY,
    COUNT: Kind.COUNT,
    MEASURE: Kind.COUNT,  # 30公里, 4小时: an amount of something countable or measurable
    PERCENT: Kind.PERCENT,
    PERCENTAGE_POINT: Kind.PERCENTAGE_POINT,
    MULTIPLE: Kind.MULTIPLE,
}
# Percent-group units are reported in percent: 四成 is 40, 5‰ is 0.5.
PERCENT_PER_UNIT = {"percent": Decimal(1), "cheng": Decimal(10), "permille": Decimal("0.1")}
# 百分之/千分之/万分之 N, in percent per N.
PERCENT_PER_PART = {"百": Decimal(1), "千": Decimal("0.1"), "万": Decimal("0.01")}

# Qualifiers written before the figure. 近 after 最/附/临… is "recent"/"nearby", 约 after
# 合/签/预… is "contract"/"appointment", 破 after 打/攻… is "break": not qualifiers.
PRE_QUALIFIERS = {
    "超过": Qualifier.MORE_THAN, "逾": Qualifier.MORE_THAN, "多于": Qualifier.MORE_THAN,
    "突破": Qualifier.MORE_THAN, "破": Qualifier.MORE_THAN, "超": Qualifier.MORE_THAN,
    "高于": Qualifier.MORE_THAN, "大于": Qualifier.MORE_THAN,
    "近": Qualifier.NEARLY, "将近": Qualifier.NEARLY, "接近": Qualifier.NEARLY,
    "逼近": Qualifier.NEARLY,
    "约": Qualifier.ABOUT, "大约": Qualifier.ABOUT, "大概": Qualifier.ABOUT,
    "近乎": Qualifier.ABOUT, "大致": Qualifier.ABOUT,
    "不到": Qualifier.LESS_THAN, "不足": Qualifier.LESS_THAN, "少于": Qualifier.LESS_THAN,
    "未满": Qualifier.LESS_THAN, "低于": Qualifier.LESS_THAN, "小于": Qualifier.LESS_THAN,
    "不及": Qualifier.LESS_THAN,
    "至少": Qualifier.AT_LEAST, "不低于": Qualifier.AT_LEAST, "不少于": Qualifier.AT_LEAST,
    "最少": Qualifier.AT_LEAST, "起码": Qualifier.AT_LEAST,
    "最多": Qualifier.AT_MOST, "不超过": Qualifier.AT_MOST, "至多": Qualifier.AT_MOST,
    "最高": Qualifier.AT_MOST, "顶多": Qualifier.AT_MOST, "不高于": Qualifier.AT_MOST,
}
PRE_QUALIFIER_GUARDS = {
    "近": "最附临靠亲就远", "约": "合节预签契公条制违履特邀践", "破": "打攻击爆冲识看跌",  # 跌破: below
    "超": "赶高买卖", "大约": "扩",  # 买超/卖超: net buying; 扩大约3万: 扩大 + 约
}
# Words before which a guard does not hold: 折合约2万元 is "converted, about".
PRE_QUALIFIER_UNGUARDED = {"约": ("折合",)}
# Words allowed between a qualifier and the figure: 超过了2亿, 约为3成, 近达1万.
CONNECTORS = ("了", "达到", "达", "至", "为", "到", "有", "合")  # 约合人民币3亿元

POST_QUALIFIERS = {
    "以上": Qualifier.MORE_THAN, "以下": Qualifier.LESS_THAN, "以内": Qualifier.AT_MOST,
    "之内": Qualifier.AT_MOST, "左右": Qualifier.ABOUT, "上下": Qualifier.ABOUT,
}

# Verbs of rise and fall, longest first within each length. Traditional text reaches the claim
# extractor and the checks in Simplified script, so Taiwan's 成長/衰退 are 成长/衰退 here.
RISE_VERBS = ("增长", "增加", "上升", "提升", "提高", "上涨", "跃升", "攀升", "飙升", "猛增", "扩大",
              "成长", "增", "涨", "升")
FALL_VERBS = ("下降", "减少", "降低", "下滑", "下跌", "下挫", "缩减", "缩小", "回落", "萎缩", "收窄",
              "衰退", "跌", "降", "减")

# 增长了6倍: later checks decide whether that means x6 or x7, so the verb is kept.
GROWTH_VERBS = ("增长", "增加", "提升", "提高", "上涨", "上升", "扩大", "增", "涨", "下降", "减少",
                "降低", "高出", "多出", "超出", "翻")

# Words after a figure that make it a date, time, label or rank rather than an amount.
NOT_AMOUNT_WORDS = (
    "年", "月", "日", "号", "季度", "周年", "世纪", "年代", "年级", "后", "点", "时", "分", "级", "代",
    "期", "版", "楼", "层", "号线", "路", "位数", "星", "线", "届", "强", "手",
    "财年", "财政年度", "热线", "专线", "大促", "购物节", "赛季",
)

# After a year, these make it a model year, not a count: 2024款理想L7 (but 3款新车).
MODEL_YEAR_WORDS = frozenset({"款"})

# Numeral-bearing words that are not figures. Matched before any number, longest first.
IDIOMS = (
    "一些", "一般", "一直", "一起", "一样", "一定", "一切", "一旦", "一度", "一同", "统一", "唯一",
    "万一", "千万不", "千万别", "千万要", "十分", "百分百", "一二线", "九宫格", "二手", "三心二意",
    "一带一路", "一部分", "一次性", "一系列", "一方面", "一体", "一流", "一线", "一举", "一手",
    "一股", "一头", "一门", "一把手", "一块", "一道", "一口气", "一致", "一代", "一边", "一下",
    "一点点", "一会", "一阵", "一向", "一再", "一律", "一贯", "一味", "一时", "一生", "一身",
    "一心", "一面", "一次次", "一个个", "三三两两", "五花八门", "乱七八糟", "七上八下", "四面八方",
    "千方百计", "一五一十", "三五成群", "一成不变", "十全十美", "千千万万", "成千上万", "万万",
    "亿万", "百万富翁", "一步步", "一对一", "一站式", "一揽子", "一席之地", "一家独大",
    "双十一", "双十二", "双11", "双12",  # shopping festivals, not figures
)

APPROXIMATE_SUFFIXES = {"多": "more", "余": "more", "几": "digit", "来": "about"}
VAGUE_HEADS = "几数上"
# 上 in 线上/以上/马上 is not "as many as".
VAGUE_GUARD = "线以之网市加在马早晚路向"
RANGE_SEPARATORS = "-~～—–至到"
# 从3万到5万 is a change between two figures, not a range, unless a closer follows it:
# 从3元到5元不等, 从3万到5万之间.
CHANGE_OPENERS = ("从", "由")
RANGE_CLOSERS = ("不等", "之间", "间", "范围")
EVERY_CONTAINERS = ("当中", "之中", "中", "里")
TIME_WORDS = frozenset({"月", "天", "日", "年", "周", "小时", "分钟", "秒", "季度", "星期"})
