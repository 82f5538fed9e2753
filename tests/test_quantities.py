from decimal import Decimal

import pytest

from corpuslint.parse.quantities import find_quantities
from corpuslint.quantity import Kind, Qualifier, Quantity

D = Decimal
ONE_THIRD = D(1) / D(3)


def the_quantity(sentence: str, text: str) -> Quantity:
    """The quantity whose text is *text*; its offsets must point at that text."""
    matches = [q for q in find_quantities(sentence) if q.text == text]
    assert matches, f"{text!r} not found in {[q.text for q in find_quantities(sentence)]}"
    quantity = matches[0]
    assert sentence[quantity.start:quantity.end] == text
    assert quantity.start == sentence.index(text)
    return quantity


# (sentence, matched text, kind, value, low, high, qualifier, unit, currency, precision)
CASES = [
    # Bare figures with magnitudes.
    ("截至6月底，该平台的月活跃账户数达11.33亿，环比稳定。", "11.33亿", Kind.NUMBER,
     D("1133000000"), D("1133000000"), D("1133000000"), Qualifier.EXACT, None, None, D("1000000")),
    ("美团日均订单量约为三千五百万，创下新高。", "约为三千五百万", Kind.NUMBER,
     D("35000000"), D("35000000"), D("35000000"), Qualifier.ABOUT, None, None, D("1000000")),
    ("该行存款余额达十一点三三亿。", "十一点三三亿", Kind.NUMBER,
     D("1133000000"), D("1133000000"), D("1133000000"), Qualifier.EXACT, None, None, D("1000000")),
    # Counts with measure words.
    ("蔚来今年累计交付新车超过12万辆，同比翻倍。", "超过12万辆", Kind.COUNT,
     D("120000"), D("120000"), None, Qualifier.MORE_THAN, "vehicle", None, D("10000")),
    ("故宫博物院去年接待观众约1700万人次。", "约1700万人次", Kind.COUNT,
     D("17000000"), D("17000000"), D("17000000"), Qualifier.ABOUT, "person_time", None, D("10000")),
    ("微信小程序的日活跃用户数超过2.5亿人。", "超过2.5亿人", Kind.COUNT,
     D("250000000"), D("250000000"), None, Qualifier.MORE_THAN, "person", None, D("10000000")),
    ("目前已有300家门店接入该系统。", "300家", Kind.COUNT,
     D("300"), D("300"), D("300"), Qualifier.EXACT, "firm", None, D("1")),
    ("全年共举办8场发布会。", "8场", Kind.COUNT,
     D("8"), D("8"), D("8"), Qualifier.EXACT, "event", None, D("1")),
    ("快递业务量完成200多亿件，同比增长三成。", "200多亿件", Kind.COUNT,
     D("20000000000"), D("20000000000"), D("30000000000"), Qualifier.RANGE, "piece", None,
     D("100000000")),
    ("光伏新增装机量达到3-5万千瓦。", "3-5万千瓦", Kind.COUNT,
     None, D("30000"), D("50000"), Qualifier.RANGE, "kilowatt", None, D("10000")),
    ("充电时间缩短到4小时以内。", "4小时以内", Kind.COUNT,
     D("4"), None, D("4"), Qualifier.AT_MOST, "hour", None, D("1")),
    # Money.
    ("中石油上半年实现营收1.6万亿元。", "1.6万亿元", Kind.MONEY,
     D("1600000000000"), D("1600000000000"), D("1600000000000"), Qualifier.EXACT, "CNY", "CNY",
     D("100000000000")),
    ("该公司计划在港股IPO募资约HK$120亿。", "约HK$120亿", Kind.MONEY,
     D("12000000000"), D("12000000000"), D("12000000000"), Qualifier.ABOUT, "HKD", "HKD",
     D("100000000")),
    ("比亚迪海外收入为人民币约300亿元。", "人民币约300亿元", Kind.MONEY,
     D("30000000000"), D("30000000000"), D("30000000000"), Qualifier.ABOUT, "CNY", "CNY",
     D("100000000")),
    ("这笔交易价值10亿美元。", "10亿美元", Kind.MONEY,
     D("1000000000"), D("1000000000"), D("1000000000"), Qualifier.EXACT, "USD", "USD",
     D("100000000")),
    ("门票售价为¥60，学生半价。", "¥60", Kind.MONEY,
     D("60"), D("60"), D("60"), Qualifier.EXACT, "CNY", "CNY", D("1")),
    ("台積電第三季營收達新台幣兩千億元。", "新台幣兩千億元", Kind.MONEY,
     D("200000000000"), D("200000000000"), D("200000000000"), Qualifier.EXACT, "TWD", "TWD",
     D("100000000000")),
    ("營收為1,234.5萬港元。", "1,234.5萬港元", Kind.MONEY,
     D("12345000"), D("12345000"), D("12345000"), Qualifier.EXACT, "HKD", "HKD", D("1000")),
    # Percentages and ratios.
    ("阿里和京东占据了行业49.9%的市场份额。", "49.9%", Kind.PERCENT,
     D("49.9"), D("49.9"), D("49.9"), Qualifier.EXACT, "percent", None, D("0.1")),
    ("净利率同比提升3个百分点。", "3个百分点", Kind.PERCENTAGE_POINT,
     D("3"), D("3"), D("3"), Qualifier.EXACT, "percentage_point", None, D("1")),
    ("近四成的年轻用户购买了保险。", "近四成", Kind.PERCENT,
     D("40"), None, D("40"), Qualifier.NEARLY, "percent", None, D("10")),
    ("不良率控制在千分之五以下。", "千分之五以下", Kind.PERCENT,
     D("0.5"), None, D("0.5"), Qualifier.LESS_THAN, "percent", None, D("0.1")),
    ("该省百分之三十的电力来自水电。", "百分之三十", Kind.PERCENT,
     D("30"), D("30"), D("30"), Qualifier.EXACT, "percent", None, D("10")),
    ("毛利率同比下降-5%，好于预期。", "-5%", Kind.PERCENT,
     D("-5"), D("-5"), D("-5"), Qualifier.EXACT, "percent", None, D("1")),
    ("營收年增兩成。", "兩成", Kind.PERCENT,
     D("20"), D("20"), D("20"), Qualifier.EXACT, "percent", None, D("10")),
    ("約三分之一的用戶來自海外。", "約三分之一", Kind.FRACTION,
     ONE_THIRD, ONE_THIRD, ONE_THIRD, Qualifier.ABOUT, None, None, None),
    ("只有1/4的门店实现盈利。", "1/4", Kind.FRACTION,
     D("0.25"), D("0.25"), D("0.25"), Qualifier.EXACT, None, None, None),
    # Vague and approximate figures.
    ("该品牌在十几个城市开设了门店。", "十几个", Kind.COUNT,
     None, D("11"), D("19"), Qualifier.RANGE, "item", None, D("1")),
    ("平台上已有几十家供应商。", "几十家", Kind.COUNT,
     None, D("10"), D("90"), Qualifier.APPROXIMATE_MANY, "firm", None, D("10")),
    ("社交网络触达数十亿用户。", "数十亿", Kind.NUMBER,
     None, D("1000000000"), D("9000000000"), Qualifier.APPROXIMATE_MANY, None, None,
     D("1000000000")),
    ("骑手数量达到1.5万多人。", "1.5万多人", Kind.COUNT,
     D("15000"), D("15000"), D("16000"), Qualifier.RANGE, "person", None, D("1000")),
    ("展会吸引了三五万人参观。", "三五万人", Kind.COUNT,
     None, D("30000"), D("50000"), Qualifier.RANGE, "person", None, D("10000")),
    ("票价在3万至5万之间。", "3万至5万", Kind.NUMBER,
     None, D("30000"), D("50000"), Qualifier.RANGE, None, None, D("10000")),
    ("每场比赛约有三四十名志愿者。", "约有三四十名", Kind.COUNT,
     None, D("30"), D("40"), Qualifier.RANGE, "person", None, D("10")),
    ("月销量稳定在200万左右。", "200万左右", Kind.NUMBER,
     D("2000000"), D("2000000"), D("2000000"), Qualifier.ABOUT, None, None, D("10000")),
    ("注册用户已达2亿人以上。", "2亿人以上", Kind.COUNT,
     D("200000000"), D("200000000"), None, Qualifier.MORE_THAN, "person", None,
     D("100000000")),
    ("微保小程序月活用户近 2000 万。", "近 2000 万", Kind.NUMBER,
     D("20000000"), None, D("20000000"), Qualifier.NEARLY, None, None, D("10000")),
    ("单日销量不足一万台。", "不足一万台", Kind.COUNT,
     D("10000"), None, D("10000"), Qualifier.LESS_THAN, "machine", None, D("10000")),
    ("研发投入至少5000万元。", "至少5000万元", Kind.MONEY,
     D("50000000"), D("50000000"), None, Qualifier.AT_LEAST, "CNY", "CNY", D("10000")),
    ("单笔贷款最多20万元。", "最多20万元", Kind.MONEY,
     D("200000"), None, D("200000"), Qualifier.AT_MOST, "CNY", "CNY", D("10000")),
    ("整个项目耗资逾百亿元。", "逾百亿元", Kind.MONEY,
     D("10000000000"), D("10000000000"), None, Qualifier.MORE_THAN, "CNY", "CNY",
     D("10000000000")),
]


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value", "low", "high", "qualifier", "unit", "currency",
     "precision"),
    CASES,
)
def test_quantity(sentence: str, text: str, kind: Kind, value: Decimal | None,
                  low: Decimal | None, high: Decimal | None, qualifier: Qualifier,
                  unit: str | None, currency: str | None, precision: Decimal | None) -> None:
    quantity = the_quantity(sentence, text)
    assert (quantity.kind, quantity.value, quantity.low, quantity.high) == (kind, value, low, high)
    assert (quantity.qualifier, quantity.unit, quantity.currency) == (qualifier, unit, currency)
    assert quantity.precision == precision


@pytest.mark.parametrize(
    ("sentence", "text", "value", "growth_verb"),
    [
        ("新能源汽车销量同比增长了6倍。", "6倍", D("6"), "增长了"),
        ("中长尾小程序数目同比增长超过一倍。", "超过一倍", D("1"), "增长"),
        ("光伏组件出货量提升了2.5倍。", "2.5倍", D("2.5"), "提升了"),
        ("公司估值是去年的3倍。", "3倍", D("3"), None),
        ("快递单量三年翻了一番。", "翻了一番", D("2"), "翻番"),
        ("居民收入十年翻两番。", "翻两番", D("4"), "翻番"),
    ],
)
def test_multiples_keep_the_growth_verb(sentence: str, text: str, value: Decimal,
                                        growth_verb: str | None) -> None:
    quantity = the_quantity(sentence, text)
    assert quantity.kind is Kind.MULTIPLE
    assert (quantity.value, quantity.growth_verb) == (value, growth_verb)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "population"),
    [
        ("如今每12个广东人中就有一个在用这款应用。", "每12个广东人中就有一个", D(1) / D(12), "广东人"),
        ("调查显示，每23人中有1人患有该病。", "每23人中有1人", D(1) / D(23), "人"),
        ("每10个用户里就有3个来自三线城市。", "每10个用户里就有3个", D("0.3"), "用户"),
        ("每5個香港人中就有一個使用該服務。", "每5個香港人中就有一個", D("0.2"), "香港人"),
    ],
)
def test_one_in_n_fractions(sentence: str, text: str, value: Decimal, population: str) -> None:
    quantity = the_quantity(sentence, text)
    assert quantity.kind is Kind.FRACTION
    assert (quantity.value, quantity.population) == (value, population)


def test_several_quantities_in_order() -> None:
    sentence = "比亚迪前三季度卖出120万辆车，营收1,234.5亿元，同比增长了2.5倍，市占率49.9%。"
    found = find_quantities(sentence)
    assert [q.text for q in found] == ["120万辆", "1,234.5亿元", "2.5倍", "49.9%"]
    assert [q.start for q in found] == sorted(q.start for q in found)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("两组数据分别是100，200。", ["100", "200"]),  # a full-width comma separates numbers
        ("版本号写成1,2并不规范。", ["1", "2"]),
        ("全年接待1,000,000人次。", ["1,000,000人次"]),
        ("营收突破 60 亿，净利润为 14.48 亿元。", ["突破 60 亿", "14.48 亿元"]),
    ],
)
def test_separators(sentence: str, texts: list[str]) -> None:
    assert [q.text for q in find_quantities(sentence)] == texts


@pytest.mark.parametrize(
    "sentence",
    [
        "截至2019年6月30日，该项目进展顺利。",
        "2019年上半年，公司推出新品。",
        "发布会定于4月7日举行，11月26日开售。",
        "数据统计截至2019-06-30。",
        "财报于2019/6/30和2019.6.30两次披露。",
        "该公司在18Q1和2019Q3两次调整策略。",
        "会议将于10:30开始。",
        "咨询热线138-0013-8000，或拨打13800138000、020-12345678。",
        "请拨打+8613800138000联系客服。",
        "他第三次登上榜首，排名第3。",
        "第3季度的业绩不错。",
        "前三季度业绩稳健，三季度表现尤其好。",
        "最新版本v2.3.1兼容iOS 13。",
        "5G、4G和3C产品都在C2B、B2B和O2O模式下销售，H5页面和MP3也有。",
        "C2B2C的闭环和T+0交易都已实现。",
        "一举拿下市场，一些企业一直在观望，一般来说一定会一起成长。",
        "统一大市场是唯一出路，万一失败，千万不要放弃。",
        "这个项目十分重要，二手车市场也在一二线城市铺开。",
        "三大运营商都在推进一带一路沿线的建设。",
        "借助九宫格入口，他们三心二意地试水。",
        "80后和90后是主力消费人群。",
        "他们花了三年时间，近五年来一直亏损。",
        "在2018年到2020年之间，市场变化很大。",
        "十三五规划提出了新的目标。",
    ],
)
def test_not_quantities(sentence: str) -> None:
    assert [q.text for q in find_quantities(sentence)] == []


def test_offsets_in_traditional_text() -> None:
    sentence = "該公司去年營收超過3.5億美元，員工約2萬名。"
    found = find_quantities(sentence)
    assert [q.text for q in found] == ["超過3.5億美元", "約2萬名"]
    assert [(q.kind, q.value, q.unit) for q in found] == [
        (Kind.MONEY, D("350000000"), "USD"), (Kind.COUNT, D("20000"), "person"),
    ]
    for quantity in found:
        assert sentence[quantity.start:quantity.end] == quantity.text


def test_units_agree_with_pint() -> None:
    from corpuslint.units import registry, surface_forms

    ureg = registry()
    for form, unit in surface_forms().items():
        if form.isascii() and not form.isalpha():
            continue  # symbols such as % are pint's own; pint parses their names
        assert ureg.get_name(unit.unit) == ureg.get_name(form), form
    assert ureg.Quantity(4, "cheng").to("percent").magnitude == 40
    assert ureg.Quantity(5, "permille").to("percent").magnitude == pytest.approx(0.5)
    assert ureg.Quantity(3, "万 人次").to("person_time").magnitude == 30000


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # An article that names only the local dollar writes the rest as plain 元.
        ("鴻海第二季營收新台幣1.55兆元，每股盈餘3.08元，配息5.4元。", ["TWD", "TWD", "TWD"]),
        ("港鐵去年收入為港幣576億元，每股派息1.31元。", ["HKD", "HKD"]),
        ("澳門某酒店集團收入達港元80億元，人均消費2000元。", ["HKD", "HKD"]),
        # Any sign of renminbi, or two foreign currencies, keeps 元 as CNY.
        ("營收新台幣7596億元，約合人民幣1700億元，另獲補貼3億元。", ["TWD", "CNY", "CNY"]),
        ("收入10億美元，另有3億元的政府補貼。", ["USD", "CNY"]),
        ("该店售价150元，港店售价160港元，台店300新台币。", ["CNY", "HKD", "TWD"]),
        ("门票价格为80元，优惠价50元。", ["CNY", "CNY"]),
    ],
)
def test_plain_yuan_is_the_articles_own_dollar(text: str, currencies: list[str]) -> None:
    money = [q for q in find_quantities(text) if q.kind is Kind.MONEY]
    assert [q.currency for q in money] == currencies
    assert all(q.unit == q.currency for q in money)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "precision", "unit"),
    [
        # Arabic numbers with falling magnitudes are one figure, not two.
        ("这笔订单价值1亿2000万元，分三期交付。", "1亿2000万元", D("120000000"), D("10000"), "CNY"),
        ("該行總資產達新台幣2兆1,617.4億元。", "新台幣2兆1,617.4億元", D("2161740000000"),
         D("10000000"), "TWD"),
        ("全国快递业务收入2万亿1617.4亿元。", "2万亿1617.4亿元", D("2161740000000"), D("10000000"),
         "CNY"),
        ("活动吸引了3万5千人参加。", "3万5千人", D("35000"), D("1000"), "person"),
        ("融资总额为1亿零500万美元。", "1亿零500万美元", D("105000000"), D("10000"), "USD"),
        # 一成半 is one and a half tenths.
        ("约有一成半的受访者表示不满。", "约有一成半", D("15"), D("5"), "percent"),
        ("两成半的门店已经关闭。", "两成半", D("25"), D("5"), "percent"),
        # Lengths and volumes.
        ("该工厂量产3纳米芯片，5奈米製程也已成熟。", "3纳米", D("3"), D("1"), "nanometer"),
        ("这款车型百公里油耗低至5.6公升。", "5.6公升", D("5.6"), D("0.1"), "liter"),
        ("澳门博彩收入达12亿澳门元，另有500澳元的赠券。", "12亿澳门元", D("1200000000"),
         D("100000000"), "MOP"),
    ],
)
def test_compound_and_newer_forms(sentence: str, text: str, value: Decimal, precision: Decimal,
                                  unit: str) -> None:
    quantity = the_quantity(sentence, text)
    assert (quantity.value, quantity.precision, quantity.unit) == (value, precision, unit)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("一亿，2000万用于研发", ["一亿", "2000万"]),  # a comma keeps them apart
        ("从3万升到5万", ["3万", "5万"]),
        # A range after 从/由 is a change; after a verb, when the magnitudes differ.
        ("会员人数从3万到5万人，翻了一番。", ["3万", "5万人", "翻了一番"]),
        ("營收由1,200萬至3.5億港元。", ["1,200萬", "3.5億港元"]),
        ("全年用户数增加了3000万至6.3亿。", ["3000万", "6.3亿"]),
        ("门店数减少120家至980家。", ["120家", "980家"]),
        ("单场观众从3万到5万人次不等。", ["3万到5万人次"]),  # 不等 makes it a range
        ("预计营收增长3%至5%，新增用户300万至500万。", ["3%至5%", "300万至500万"]),
        ("共3万2亿", ["3万", "2亿"]),  # magnitudes that rise are two figures
        ("重3万5千克", ["3万", "5千克"]),
        ("今年双11当天，成交额达5403亿元。", ["5403亿元"]),
        ("雙12期間的銷量比去年多兩成。", ["兩成"]),
        ("3·15晚会曝光了12家企业。", ["12家"]),
        ("阿里巴巴2024财年收入9411.68亿元，FY2023为8686.3亿元。", ["9411.68亿元", "8686.3亿元"]),
        ("市民可拨打12345热线反映，客服7×24小时在线。", []),  # 7×24: round the clock
        ("© 2024 某某传媒 版权所有，海豹06已上市，分辨率1920x1080。", []),
        ("今年618大促期间，该品牌卖出30万台。", ["30万台"]),
        ("2025款汉EV起售价16.98万元，全年推出4款新车。", ["16.98万元", "4款"]),  # a model year
        ("2023賽季，該隊主場上座率達九成。", ["九成"]),
    ],
)
def test_figures_apart_and_labels_that_are_not_figures(sentence: str, texts: list[str]) -> None:
    assert [q.text for q in find_quantities(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "qualifier"),
    [
        # 百, 千, 万 standing alone for one of them, with 余/多 after or a qualifier before.
        ("全省已有百余家医院接入平台。", "百余家", D("100"), D("200"), Qualifier.RANGE),
        ("展会吸引了千余名观众。", "千余名", D("1000"), D("2000"), Qualifier.RANGE),
        ("去年共招聘萬餘名員工。", "萬餘名", D("10000"), D("20000"), Qualifier.RANGE),
        ("逾千人参加了这次马拉松。", "逾千人", D("1000"), None, Qualifier.MORE_THAN),
        ("该品牌在华门店已近千家。", "近千家", None, D("1000"), Qualifier.NEARLY),
    ],
)
def test_a_lone_place_is_a_figure_with_a_hedge(sentence: str, text: str, low: Decimal | None,
                                               high: Decimal | None, qualifier: Qualifier) -> None:
    quantity = the_quantity(sentence, text)
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    "sentence",
    ["他入选了千人计划。", "内容发布在百家号上。", "这项服务走进了千家万户。", "百姓的获得感增强。"],
)
def test_a_lone_place_without_a_hedge_is_a_name(sentence: str) -> None:
    assert find_quantities(sentence) == []
