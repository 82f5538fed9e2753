"""Written forms of figures: changes written N%至M, units on both ends of a range, 零点五, 1万2000,
翻了一倍, 十分之一, qualifiers after fractions, Traditional guard words, sign words, energy units.

Each table lists every quantity a sentence must give, in order, as
(text, kind, value, low, high, qualifier, unit).
"""

from decimal import Decimal

import pytest

from corpuslint.parse.quantities import find_quantities
from corpuslint.quantity import Kind, Qualifier

Q = Qualifier
EXACT, RANGE, ABOUT = Q.EXACT, Q.RANGE, Q.ABOUT


def _d(x: str | None) -> Decimal | None:
    return None if x is None else Decimal(x)


def _exact(text: str, kind: Kind, value: str, unit: str | None, qualifier: Qualifier = EXACT):
    low = None if qualifier in (Q.LESS_THAN, Q.AT_MOST, Q.NEARLY) else value
    high = None if qualifier in (Q.MORE_THAN, Q.AT_LEAST) else value
    return (text, kind, value, low, high, qualifier, unit)


def _range(text: str, kind: Kind, low: str, high: str, unit: str | None):
    return (text, kind, None, low, high, RANGE, unit)


def _check(sentence: str, expected: list[tuple]) -> None:
    found = find_quantities(sentence)
    got = [(q.text, q.kind, q.value, q.low, q.high, q.qualifier, q.unit) for q in found]
    want = [(t, k, _d(v), _d(lo), _d(hi), qual, u) for t, k, v, lo, hi, qual, u in expected]
    assert got == want
    for quantity in found:
        assert sentence[quantity.start:quantity.end] == quantity.text


P, M, C, N, PP, X, F = (Kind.PERCENT, Kind.MONEY, Kind.COUNT, Kind.NUMBER,
                        Kind.PERCENTAGE_POINT, Kind.MULTIPLE, Kind.FRACTION)


# A rise or fall by a percent, then the level reached: two figures, never one range.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("第三季度总营收同比上升6.4%至8,900亿元。",
     [_exact("6.4%", P, "6.4", "percent"), _exact("8,900亿元", M, "890000000000", "CNY")]),
    ("該集團純利按年減少11%至46億港元。",
     [_exact("11%", P, "11", "percent"), _exact("46億港元", M, "4600000000", "HKD")]),
    ("注册会员增加35%到1200万人。",
     [_exact("35%", P, "35", "percent"), _exact("1200万人", C, "12000000", "person")]),
    ("收盘价回落2.5%至17.6元。",
     [_exact("2.5%", P, "2.5", "percent"), _exact("17.6元", M, "17.6", "CNY")]),
    ("这只基金的净值下挫7%至0.93。",
     [_exact("7%", P, "7", "percent"), _exact("0.93", N, "0.93", None)]),
    ("城镇调查失业率回落0.1%至4.9%。",  # a rate's change is far below its level
     [_exact("0.1%", P, "0.1", "percent"), _exact("4.9%", P, "4.9", "percent")]),
    ("门店租金下调5%到15%。", [_range("5%到15%", P, "5", "15", "percent")]),  # a range
    ("出货量预计增长3%-5%。", [_range("3%-5%", P, "3", "5", "percent")]),
    ("由12%降到9%。", [_exact("12%", P, "12", "percent"), _exact("9%", P, "9", "percent")]),
    ("库存从8万吨降至6万吨。",  # falling: a change, though no verb stands before it
     [_exact("8万吨", C, "80000", "tonne"), _exact("6万吨", C, "60000", "tonne")]),
    ("员工人数由2万到1.5万人。",
     [_exact("2万", C, "20000", "person"), _exact("1.5万人", C, "15000", "person")]),
])
def test_a_change_by_a_percent_to_a_level_is_two_figures(sentence: str, expected: list) -> None:
    _check(sentence, expected)


# The unit written on both ends of a range: one range, and the hyphen is no minus sign.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("演唱会门票售价380元-1280元。", [_range("380元-1280元", M, "380", "1280", "CNY")]),
    ("每单补贴5亿元~8亿元。", [_range("5亿元~8亿元", M, "500000000", "800000000", "CNY")]),
    ("報名者須年滿20歲至45歲。", [_range("20歲至45歲", C, "20", "45", "year_of_age")]),
    ("预计观展人数2万人到4万人之间。", [_range("2万人到4万人", C, "20000", "40000", "person")]),
    ("每台设备需维护2小时-3小时。", [_range("2小时-3小时", C, "2", "3", "hour")]),
    ("房贷利率上浮1个百分点至2个百分点。",
     [_range("1个百分点至2个百分点", PP, "1", "2", "percentage_point")]),
    ("从6家到9家不等。", [_range("6家到9家", C, "6", "9", "firm")]),
    ("网点从60家增至90家。",
     [_exact("60家", C, "60", "firm"), _exact("90家", C, "90", "firm")]),
    ("门店数减少40家至260家。",  # after a fall verb: by 40, to 260
     [_exact("40家", C, "40", "firm"), _exact("260家", C, "260", "firm")]),
    ("当日亏损-12亿元。", [_exact("-12亿元", M, "-1200000000", "CNY")]),
])
def test_a_unit_on_both_ends_makes_one_range(sentence: str, expected: list) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("基准利率下调零点二五个百分点。",
     [_exact("零点二五个百分点", PP, "0.25", "percentage_point")]),
    ("貸款利率調降零點五個百分點。", [_exact("零點五個百分點", PP, "0.5", "percentage_point")]),
    ("物价年增百分之零点六。", [_exact("百分之零点六", P, "0.6", "percent")]),
    ("增速为去年的零点七倍。", [_exact("零点七倍", X, "0.7", "multiple")]),
    ("列车零点三十分发车。", []),  # a time of day
])
def test_decimals_that_start_with_zero(sentence: str, expected: list) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("新建220千伏输电线路。", [_exact("220千伏", C, "220", "kilovolt")]),
    ("主变容量为8000千伏安。", [_exact("8000千伏安", C, "8000", "kilovolt_ampere")]),
    ("电台发射频率为900千赫。", [_exact("900千赫", C, "900", "kilohertz")]),
    ("全市已实现千兆光网全覆盖。", []),
    ("百兆寬頻用戶持續減少。", []),
    ("五亿兆亿", [_exact("五亿", N, "500000000", None)]),  # nonsense stacks are not read
    ("收入增长 15 。", [_exact("15", N, "15", None)]),  # no trailing space in the text
])
def test_kilo_and_mega_prefixes_are_not_magnitudes(sentence: str, expected: list) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("这台电脑售价1万3000元。", [_exact("1万3000元", M, "13000", "CNY")]),
    ("最低工資調至2萬8,590元。", [_exact("2萬8,590元", M, "28590", "CNY")]),
    ("景区单日接待4万6000人。", [_exact("4万6000人", C, "46000", "person")]),
    ("发电量达2亿3000万千瓦时。", [_exact("2亿3000万千瓦时", C, "230000000", "kilowatt_hour")]),
])
def test_wan_then_plain_digits_is_one_figure(sentence: str, expected: list) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected", "verb"), [
    ("线上订单五年间翻了一倍。", [_exact("翻了一倍", X, "2", "multiple")], "翻倍"),
    ("平台收入翻了近一番。", [_exact("翻了近一番", X, "2", "multiple", Q.NEARLY)], "翻番"),
    ("人均收入十年翻一番以上。", [_exact("翻一番以上", X, "2", "multiple", Q.MORE_THAN)], "翻番"),
    ("門店數量翻了兩番。", [_exact("翻了兩番", X, "4", "multiple")], "翻番"),
    ("用户规模翻了三倍。", [_exact("三倍", X, "3", "multiple")], "翻了"),
])
def test_doublings_are_multiples(sentence: str, expected: list, verb: str) -> None:
    _check(sentence, expected)
    assert find_quantities(sentence)[0].growth_verb == verb


@pytest.mark.parametrize(("sentence", "expected"), [
    ("约十分之一的学生选择出国。", [_exact("约十分之一", F, "0.1", None, ABOUT)]),
    ("他对结果十分满意。", []),
    ("超过三分之二以上的企业盈利。", [_exact("超过三分之二以上", F, str(Decimal(2) / 3), None,
                                    Q.MORE_THAN)]),
    ("百分之四十左右的订单来自海外。", [_exact("百分之四十左右", P, "40", "percent", ABOUT)]),
    ("坏账率须控制在千分之三以下。", [_exact("千分之三以下", P, "0.3", "percent", Q.LESS_THAN)]),
    ("1/5以上的用户为新客。", [_exact("1/5以上", F, "0.2", None, Q.MORE_THAN)]),
])
def test_fractions_and_their_qualifiers(sentence: str, expected: list) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("該計畫預計節省500萬元。", [_exact("500萬元", M, "5000000", "CNY")]),
    ("雙方簽約金額8億元。", [_exact("8億元", M, "800000000", "CNY")]),
    ("預約參觀人數達2000人次。", [_exact("2000人次", C, "2000", "person_time")]),
    ("臨近年底，銷量達5萬輛。", [_exact("5萬輛", C, "50000", "vehicle")]),
    ("公司2024財年營收增長。", []),
    ("請撥打1995專線。", []),
    ("第30屆展覽開幕。", []),
    ("股指跌破3000点后反弹3%。", [_exact("3%", P, "3", "percent")]),
    ("美元兑人民币跌破7.1。", [_exact("7.1", N, "7.1", None)]),
    ("外資買超2.3萬張。", [_exact("2.3萬張", C, "23000", "sheet")]),
    ("投资约合人民币45亿元。", [_exact("约合人民币45亿元", M, "4500000000", "CNY", ABOUT)]),
    ("票价折合约300元。", [_exact("约300元", M, "300", "CNY", ABOUT)]),
    ("招生扩大约2000人。", [_exact("约2000人", C, "2000", "person", ABOUT)]),
])
def test_guard_words_in_either_script(sentence: str, expected: list) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("出口年增率為負3.4%。", [_exact("負3.4%", P, "-3.4", "percent")]),
    ("工业增加值增速为负0.8%。", [_exact("负0.8%", P, "-0.8", "percent")]),
    ("测量误差为正负2%。", [_exact("2%", P, "2", "percent")]),
    ("新型储能装机达12GWh。", [_exact("12GWh", C, "12", "gigawatt_hour")]),
    ("电站年发电量300吉瓦时。", [_exact("300吉瓦时", C, "300", "gigawatt_hour")]),
    ("储能电站容量为200兆瓦时。", [_exact("200兆瓦时", C, "200", "megawatt_hour")]),
])
def test_sign_words_and_energy_units(sentence: str, expected: list) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("会议持续了一个半小时。", [_exact("一个半小时", C, "1.5", "hour")]),
    ("維修需要兩個半月。", [_exact("兩個半月", C, "2.5", "month")]),
    ("审批拖了3个多月。", [("3个多月", C, "3", "3", "4", RANGE, "month")]),
    ("成本是进口件的两倍多。", [("两倍多", X, "2", "2", "3", RANGE, "multiple")]),
    ("产量提高到原来的一倍半。", [_exact("一倍半", X, "1.5", "multiple")]),
    ("准备金率下调0.25百分点。", [_exact("0.25百分点", PP, "0.25", "percentage_point")]),
    ("每4名受访者便有1名表示满意。", [_exact("每4名受访者便有1名", F, "0.25", None)]),
    ("每千户居民中有12户。", [_exact("每千户居民中有12户", F, "0.012", None)]),
    ("参观者数以万计。", [("数以万计", N, None, "10000", "90000", Q.APPROXIMATE_MANY, None)]),
])
def test_halves_and_vague_forms(sentence: str, expected: list) -> None:
    _check(sentence, expected)
