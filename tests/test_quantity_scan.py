"""The quantity parser's shortcuts agree with the definitions they stand in for.

The scan runs a stdlib ``re`` copy of the master pattern; figures preceded by no qualifier skip
the backward search; repeated figures are copies of a memoised quantity, and figures that differ
from a known one only in their digits are read by analogy. Each test below pins one shortcut to
the slow path it replaces.
"""

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuslint.parse import _qty_memo as memo
from corpuslint.parse._qty_patterns import before_figure, master
from corpuslint.parse._qty_script import alternation, prefix_tree
from corpuslint.parse.quantities import (
    _candidates,
    _may_have_left_context,
    _quantity_of,
    find_quantities,
)
from corpuslint.quantity import Quantity

SENTENCES = [
    "每12个广东人中就有一个在从事外贸，每年增长5%。",
    "每3位受访者里有1位表示会换机，每天有2万人次进站。",
    "每個臺北市民當中就有一人使用該服務。",
    "截至2023年9月30日，该基金规模约为人民币1.2万亿元，同比增长了3.5倍。",
    "公司一直表示，十分看好一二线城市，营收翻了两番，利润翻倍。",
    "星期三发布的数据显示，第3季度出货量达4500万台左右，市占率超过两成。",
    "三五成群的游客在周六涌入，单日客流三四十万，比去年多出近百分之三十。",
    "数十家车企参展，上千款新车亮相，几百万人次观展。",
    "咨询电话020-12345678，+86 13800138000，版本v2.3.1，iOS 13 用户约占1/4。",
    "營收達新台幣2000億元，員工逾3,500名，毛利率為25.5％。",
    "票价从3元到5元不等，成本在5-8万元之间，3万至5万辆的订单排到明年。",
    "该行存款余额达十一点三三亿，贷款增速不低于8个百分点，千分之五的坏账率。",
    "全年新增装机3-5万千瓦，发电量达120兆瓦时，HK$120亿的募资将用于5G研发。",
    "约 3 成的受访者表示每月花费 500 元以上，近乎一半的人不到 30 岁。",
    "营收增长8.1%至1.2万亿元，票价100元-200元，利率下调零点五个百分点，月薪1万2000元。",
    "订单翻了近一番，十分之一以上的农田，百分之三十左右，年增率為負2.1%，千兆光网，220千伏。",
]


def _groups(match: regex.Match[str]) -> list[tuple[int, int]]:
    """Every group's span: the scanner must find the same matches and read the same parts."""
    return [match.span(name) for name in master().groupindex]


def _via_master(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    return [(m.span(), _groups(m)) for m in master().finditer(text)]


def _via_scanner(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    found = []
    for match in _candidates(text):
        # The scanner's pattern has no every_* groups; it only cues 每, and a cued match is
        # replaced by master()'s, so compare those groups only where master() gives them.
        own = match.re.groupindex
        spans = [match.span(n) if n in own else (-1, -1) for n in master().groupindex]
        found.append((match.span(), spans))
    return found


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_scanner_finds_what_the_master_pattern_finds(sentence: str) -> None:
    assert _via_scanner(sentence) == _via_master(sentence)


def test_the_sentences_exercise_the_cue() -> None:
    found = [q.text for q in find_quantities(SENTENCES[0])]
    assert found == ["每12个广东人中就有一个", "5%"]  # 每年 fails as "one in N"; the scan goes on


_PIECES = [
    "每", "个", "人", "中", "就", "有", "一", "两", "三", "十", "百", "千", "万", "亿", "億", "萬",
    "0", "1", "2", "5", "9", "３", ".", ",", "-", "/", "%", "至", "到", "多", "余", "几", "来",
    "元", "美元", "年", "月", "第", "周", "星期", "翻", "番", "倍", "分之", "以上", "左右", "约",
    "超过", "近", "最", "数", "上", "线", "十分", "一些", "成", "家", "台", "G", "iOS", " ", "，",
    "零", "点", "负", "正", "兆", "千伏", "了", "以下", "个百分点",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_the_scanner_agrees_on_made_up_text(text: str) -> None:
    assert _via_scanner(text) == _via_master(text)


def test_a_prefix_tree_prefers_the_longest_word() -> None:
    words = ["一", "一些", "一带一路", "十分", "统一"]
    tree = regex.compile(prefix_tree(words))
    plain = regex.compile(alternation(words))
    for text in ["一带一路沿线", "一些", "一个", "十分", "十个", "统一", "统计"]:
        by_tree, by_alternation = tree.match(text), plain.match(text)
        assert (by_tree and by_tree.group()) == (by_alternation and by_alternation.group())


_BEFORE = ["约", "约为", "超过", "超過了", "不低于", "近", "最近", "人民币", "US$", "新台幣",
           "合约", "达", "为", "的", "市场", " ", "　", "了", "至少", "将近"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE), max_size=6).map("".join))
def test_the_left_context_precheck_never_hides_a_qualifier(prefix: str) -> None:
    text = prefix + "5亿"
    start = len(prefix)
    context = before_figure().search(text, max(0, start - 12), start)
    if context is not None and context.start() < start:
        assert _may_have_left_context(text, start, 0)


def test_a_moved_quantity_equals_a_model_copy() -> None:
    template = find_quantities("今年营收约为1.2万亿元。")[0]
    moved = _quantity_of(dict(template) | {"start": 40, "end": 48})
    expected = template.model_copy(update={"start": 40, "end": 48})
    assert moved == expected
    assert moved.model_fields_set == expected.model_fields_set
    assert Quantity.model_validate(moved.model_dump()) == moved
    with pytest.raises(ValueError):
        moved.start = 0  # still frozen


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_quantity_is_what_validation_would_make(sentence: str) -> None:
    """Quantities are built without validation (quantities._quantity_of); each must equal the
    model validated from its own fields, in both scripts and through every path of the parser."""
    for text in (sentence, sentence.replace("约", "約").replace("万", "萬")):
        memo.clear()
        first = find_quantities(text)
        second = find_quantities(text)  # now from the memo
        assert first == second
        for quantity in first + second:
            assert Quantity.model_validate(dict(quantity)) == quantity


def test_repeated_figures_are_independent_instances() -> None:
    first, second = find_quantities("上周卖出300台，本周又卖出300台。")
    assert (first.text, second.text) == ("300台", "300台")
    assert first.start < second.start and first is not second
    assert first.model_fields_set is not second.model_fields_set


_UNITS = ["", "个", "万", "亿元", "万人次", "%", "成", "‰", "倍", "个百分点", "年", "万辆以上",
          "元左右", "美元以下", " 亿", "GB"]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=4),
    st.data(), st.sampled_from(_UNITS), st.sampled_from(["销量为", "约", "超过", "增长了", "iOS "]),
)
def test_a_figure_read_by_analogy_equals_a_fresh_reading(
    whole: int, decimals: int, data: st.DataObject, unit: str, before: str
) -> None:
    def number() -> str:
        digits = data.draw(st.text(alphabet="0123456789", min_size=whole + decimals,
                                   max_size=whole + decimals))
        return digits[:whole] + ("." + digits[whole:] if decimals else "")

    first, second = number(), number()
    sentence = f"去年{before}{second}{unit}，"
    memo.clear()
    fresh = [q.model_dump_json() for q in find_quantities(sentence)]
    memo.clear()
    find_quantities(f"今年{before}{first}{unit}，")  # same shape, other digits
    assert [q.model_dump_json() for q in find_quantities(sentence)] == fresh
