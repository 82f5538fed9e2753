"""Who and what a figure is about, on sentences written for these tests (companies and apps other
than the ones the extractor was first tuned on, in both scripts).

Covers: segments of a metric (网易的游戏及相关增值服务收入 is not 网易's revenue), durations
(过去12个月), paid users vs users, verbs naming a metric (交付144155辆), owner names that must not
absorb their neighbours (全年, 当季, 新增, 在…市场), names the gazetteer does not know, and the
direction of a change (同比下降5% is a growth of -5%).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from _claim_helpers import COMPARED, check, claims_of, keyed
from corpuslint.documents import load_document
from corpuslint.engine import analyse

DATA = Path(__file__).parent / "data" / "claims"




def one(text: str):
    claims = claims_of(text)
    assert len(claims) == 1, [(c.entity, c.metric, c.quantity.text) for c in claims]
    return claims[0]






# --- segments: a qualified metric is not the entity's total ----------------------------------


@pytest.mark.parametrize(("text", "entity", "metric"), [
    ("2023年，网易的游戏及相关增值服务收入为815亿元。", "网易", "revenue:游戏及相关增值服务"),
    ("2023年，網易的遊戲及相關增值服務收入為815億元。", "网易", "revenue:游戏及相关增值服务"),
    ("网易发布年报，游戏及相关增值服务收入为815亿元。", "网易", "revenue:游戏及相关增值服务"),
    ("腾讯发布财报，网络广告收入为1015亿元。", "腾讯", "revenue:网络广告"),
    ("比亚迪表示，2023年新能源汽车销量为302万辆。", "比亚迪", "shipments:新能源汽车"),
    ("2023年，美团的核心本地商业收入为2767亿元。", "美团", "revenue:核心本地商业"),
    ("2023年第四季度，小米智能手机收入为506亿元。", "小米", "revenue:智能手机"),
    ("2023年，小米的IoT与生活消费产品收入为801亿元。", "小米", "revenue:IoT与生活消费产品"),
    ("2023年，网易云音乐在线音乐服务收入为42亿元。", "网易云音乐", "revenue:在线音乐服务"),
    ("吉利汽车2023年新能源汽车销量为48.7万辆。", "吉利汽车", "shipments:新能源汽车"),
    ("2023年，吉利汽车在国内新能源乘用车批发市场的份额为8.1%。", "吉利汽车",
     "market_share:新能源乘用车批发"),
])
def test_a_segment_of_a_metric_has_its_own_key(text, entity, metric):
    claim = one(text)
    assert (claim.entity, claim.metric) == (entity, metric)
    assert claim.confidence >= COMPARED


def test_segment_revenue_does_not_conflict_with_the_total(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.txt": "2023年，网易营收为1035亿元。",
        "b.txt": "2023年，网易的游戏及相关增值服务收入为815亿元。",
        "c.md": "2023年，小米营收为2710亿元。\n\n2023年，小米的IoT与生活消费产品收入为801亿元。",
    })
    assert found == []


def test_the_same_segment_in_two_articles_is_compared(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.txt": "2023年，吉利汽车在国内新能源乘用车批发市场的份额为8.1%。",
        "b.txt": "2023年，吉利汽车在国内新能源乘用车批发市场的份额为9.1%。",
    })
    assert [rule for rule, _ in found] == ["CL101"]


def test_a_sentence_names_its_segment_once():
    """支付宝和财付通共占据…移动支付市场份额的93%, 支付宝以54%的市场份额…: the later shares are
    of the same market, so the parts still add up to the total."""
    claims = claims_of("截至2023年底，支付宝和财付通共占据移动支付市场份额的93%，"
                       "支付宝以54%的市场份额位居第一，财付通以39%的市场份额位居第二。")
    assert {c.metric for c in claims} == {"market_share:移动支付"}


# --- durations are never counts ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "截至2024年3月31日，唯品会过去12个月的活跃用户数为4350万。",
    "截至2024年3月31日，唯品會過去12個月的活躍用戶數為4350萬。",
    "微博在过去30天的日活跃用户为2.5亿。",
    "截至2023年9月30日，拼多多过去12个月的年活跃买家数超过9亿。",
])
def test_a_duration_is_not_a_claim_value(text):
    claim = one(text)
    assert claim.quantity.unit not in {"month", "day", "hour", "minute", "week"}
    assert claim.quantity.value >= 10**7


def test_durations_alone_give_no_claim():
    assert claims_of("2023年，抖音用户日均使用时长超过2小时，8天假期内活跃用户数持续走高。") == []


# --- paid users and other longer terms ------------------------------------------------------


def test_paid_members_are_not_users(tmp_path, capsys):
    assert keyed("截至2023年底，芒果TV的付费会员数为6653万，用户数为3亿。") == {
        ("芒果TV", "paid_users", "6653万"), ("芒果TV", "users", "3亿")}
    assert one("截至2023年底，QQ音乐付費會員數為1億。").metric == "paid_users"
    found = check(tmp_path, capsys, {
        "a.txt": "截至2023年12月31日，芒果TV的付费会员数为6653万。",
        "b.txt": "截至2023年12月31日，芒果TV的用户数为3亿。",
    })
    assert found == []


@pytest.mark.parametrize(("text", "entity", "metric"), [
    ("截至2023年底，京东的周活跃用户数为3亿。", "京东", "wau"),
    ("截至2023年底，京东的活跃用户数为5.8亿。", "京东", "users"),
    ("截至2023年底，美团的实名注册用户为7亿。", "美团", "cumulative_users"),
    ("截至2023年底，美團的實名註冊用戶為7億。", "美团", "cumulative_users"),
])
def test_longer_metric_terms_win(text, entity, metric):
    claim = one(text)
    assert (claim.entity, claim.metric, claim.confidence) == (entity, metric, 1.0)


# --- verbs name a metric when the figure follows them ----------------------------------------


@pytest.mark.parametrize("text", [
    "零跑汽车2023年全年交付144155辆。",
    "2023年，零跑汽车卖出了144155辆新车。",
    "2023年，零跑汽车销售新车144155辆。",
    "零跑汽车2023年全年交車144155輛。",
])
def test_delivery_and_sales_verbs(text):
    claim = one(text)
    assert (claim.entity, claim.metric, claim.quantity.value) == ("零跑汽车", "shipments",
                                                                  Decimal(144155))


def test_a_verb_figure_conflicts_with_the_noun_figure(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.txt": "零跑汽车2023年全年交付144155辆。",
        "b.txt": "零跑汽车2023年全年交付量为15.4万辆。",
        "c.txt": "极氪2023年全年交付量为11.9万辆。\n\n極氪2023年全年交車118685輛。",
    })
    assert [rule for rule, _ in found] == ["CL101"]


def test_a_verb_does_not_take_an_unrelated_figure():
    assert not [c for c in claims_of("理想汽车计划交付使用3000套员工宿舍。") if c.metric == "shipments"]
    assert [c.metric for c in claims_of("小鹏汽车累计交付50万辆。")] == ["cumulative_deliveries"]


# --- owner names keep to the name --------------------------------------------------------------


@pytest.mark.parametrize(("text", "entity"), [
    ("2023年，吉利汽车全年销量为168.7万辆。", "吉利汽车"),
    ("2023年第四季度，問界當季銷量為5.5萬輛。", "问界"),
    ("2023年第三季度，海尔智家单季营收为650亿元。", "海尔"),
    ("截至2024年3月20日收盘，携程美股市值约为400亿美元。", "携程"),
    ("2023年，联发科营收为4334亿新台币。", "联发科"),
    ("2023年，台積電營收為新台幣2.16兆元。", "台积电"),
    ("2023年，鴻海營收為新台幣6.16兆元。", "鸿海"),
    ("2023年，富士康营收为6.16万亿新台币。", "鸿海"),
    ("中芯国际2023年营收为63.2亿美元。", "中芯国际"),
])
def test_time_words_and_listings_do_not_join_the_name(text, entity):
    claim = one(text)
    assert (claim.entity, claim.confidence) == (entity, 1.0)
    assert ":" not in claim.metric


def test_a_long_market_name_does_not_cut_into_the_owner():
    claim = one("2023年，长城汽车在国内插电混动皮卡及越野车细分零售市场的份额为45.2%。")
    assert claim.entity == "长城汽车" and claim.scope == "中国"
    assert claim.metric.startswith("market_share:")


def test_an_increment_is_a_change_not_the_running_total(tmp_path, capsys):
    added = one("2024年上半年，鄂汇办注册用户新增200万。")
    assert (added.metric, added.cumulative) == ("cumulative_users.change", False)
    assert one("2024年，饿了么新增注册用户200万。").metric == "cumulative_users.change"
    found = check(tmp_path, capsys, {
        "a.txt": "截至2023年12月31日，鄂汇办累计注册用户达4000万。",
        "b.txt": "2024年上半年，鄂汇办注册用户新增200万。",
    })
    assert [rule for rule, _ in found if rule == "CL103"] == []


# --- names the gazetteer does not know -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "截至2023年12月31日，“冀时办”实名注册用户达3000万。",
    "截至2023年12月31日，「冀時辦」實名註冊用戶達3000萬。",
    "截至2023年12月31日，冀时办实名注册用户达3000万。",
    "据统计，截至2023年12月31日冀时办实名注册用户达3000万。",
])
def test_a_clean_unknown_name_is_compared(text):
    claim = one(text)
    assert (claim.entity, claim.metric) == ("冀时办", "cumulative_users")
    assert claim.confidence >= COMPARED


def test_an_unknown_name_reports_a_shrinking_total(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.md": "截至2023年12月31日，“冀时办”实名注册用户达3000万，月活跃用户超过500万。",
        "b.txt": "截至2024年6月30日，冀时办实名注册用户为2800万。",
    })
    assert [rule for rule, _ in found if rule == "CL103"] == ["CL103"]
    assert "冀时办" in found[-1][1]


def test_the_unknown_name_owns_the_rest_of_its_sentence():
    claims = claims_of("截至2023年12月31日，冀时办累计注册用户达3000万，月活跃用户超过500万。")
    assert {(c.entity, c.metric) for c in claims} == {("冀时办", "cumulative_users"),
                                                       ("冀时办", "mau")}
    assert min(c.confidence for c in claims) >= COMPARED


@pytest.mark.parametrize("text", [
    "2023年，行业整体营收为5000亿元。",
    "2023年，头部企业营收为5000亿元。",
    "2023年，全国快递业务量为1320亿件。",
    "2023年，新能源汽车销量为949.5万辆。",
    "2023年，新势力营收为3000亿元。",
    "2023年，外卖业务收入为3000亿元。",
    "截至2023年底，大模型用户数超过2亿。",
    "截至2023年底，AI应用用户数超过2亿。",
    "2023年，全国新能源汽车销量为949.5万辆。",
    "截止2019年上半年，中长尾小程序数目同比增长超过一倍。",
    "2023年，全省政务服务平台注册用户为9000万。",
    "截至2023年底，十几个内容类小程序的日活跃账户数已超过100万。",
])
def test_junk_phrases_stay_below_the_comparison_threshold(text):
    assert all(c.confidence < COMPARED for c in claims_of(text))


# --- the direction of a change -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("2024年第一季度，极氪交付量同比下降5%。", Decimal(-5)),
    ("2024年第一季度，極氪交付量年減5%。", Decimal(-5)),
    ("2024年第一季度，极氪交付量同比下滑5%。", Decimal(-5)),
    ("2024年第一季度，极氪营收同比减少5%。", Decimal(-5)),
    ("2024年第一季度，極氪營收成長5%。", Decimal(5)),
    ("2024年第一季度，极氪交付量同比增长5%。", Decimal(5)),
])
def test_a_decline_is_a_negative_growth(text, value):
    claim = one(text)
    assert claim.metric.endswith(".growth") and claim.quantity.value == value
    assert claim.quantity.text == "5%"  # as written: it locates the figure in its sentence


def test_a_hedged_decline_mirrors_its_interval():
    from corpuslint.intervals import interval_of

    more = one("2024年第一季度，极氪交付量同比下降超过5%。").quantity
    assert interval_of(more).high == -5 and interval_of(more).low is None
    nearly = one("2024年第一季度，极氪交付量同比下降近5%。").quantity
    assert interval_of(nearly).low == -5
    assert interval_of(nearly).high == Fraction(-9, 2)  # short of -5 towards zero, not any growth


def test_a_growth_rate_named_after_its_metric():
    claim = one("2023年，中芯国际营收同比增速为13.1%。")
    assert (claim.entity, claim.metric, claim.quantity.value) == (
        "中芯国际", "revenue.growth", Decimal("13.1"))


def test_opposite_changes_conflict(tmp_path, capsys):
    found = check(tmp_path, capsys, {
        "a.txt": "2024年第一季度，极氪交付量同比下降5%。",
        "b.txt": "2024年第一季度，极氪交付量同比增长5%。",
    })
    assert [rule for rule, _ in found] == ["CL101"]


def test_a_change_to_a_level_is_the_level():
    share = one("2023年，吉利汽车的市场份额下降至6.5%。")
    assert (share.metric, share.quantity.value) == ("market_share", Decimal("6.5"))
    assert keyed("小米营收从2022年的2800亿元下降至2023年的2710亿元。") == {
        ("小米", "revenue", "2800亿元"), ("小米", "revenue", "2710亿元")}
    baseline = [c for c in claims_of("小米净利润从175亿元增至193亿元。")]
    assert [(c.quantity.text, c.modality.value) for c in baseline] == [
        ("175亿元", "historical"), ("193亿元", "actual")]


def test_an_amount_after_a_change_word_is_a_change():
    claim = one("2024年第一季度，小红书日活跃用户数较上季度增加500万。")
    assert (claim.metric, claim.quantity.value) == ("dau.change", Decimal(5000000))
    down = one("2024年第一季度，小红书日活跃用户数环比减少500万。")
    assert (down.metric, down.quantity.value) == ("dau.change", Decimal(-5000000))


# --- 占比 as a market share ----------------------------------------------------------------------


def test_shares_in_a_market_frame(tmp_path, capsys):
    framed = claims_of("2023年，在国内动力电池市场中，宁德时代占比43%，比亚迪占比27%。")
    assert {(c.entity, c.metric, c.scope) for c in framed} == {
        ("宁德时代", "market_share:动力电池", "中国"), ("比亚迪", "market_share:动力电池", "中国")}
    found = check(tmp_path, capsys, {
        "a.txt": "2023年，在国内动力电池市场中，宁德时代占比43%，比亚迪占比27%。",
        "b.txt": "2023年，宁德时代在国内动力电池市场中的占比为41%。",
    })
    assert [rule for rule, _ in found] == ["CL101"]


def test_other_shares_are_not_market_shares():
    assert claims_of("2023年，宁德时代海外收入占比提升至30%。") == []
    assert claims_of("2023年，天猫占比约60.1%，京东占比约27.2%。") == []


def test_a_metric_key_splits_into_base_metric_and_segment():
    from corpuslint.claim import split_metric
    from corpuslint.extract.gazetteer import load_gazetteer

    metrics = load_gazetteer().metrics
    for key in metrics:  # every derived metric splits back to the metric it derives from
        head, segment, suffix = split_metric(key)
        assert segment is None and (not suffix or head in metrics), key
    growth = one("2023年，网易的游戏及相关增值服务收入同比增长7%。")
    assert (growth.metric, growth.base_metric, growth.segment) == (
        "revenue:游戏及相关增值服务.growth", "revenue.growth", "游戏及相关增值服务")
    total = one("2023年，网易营收为1035亿元。")
    assert (total.base_metric, total.segment) == ("revenue", None)


def test_traditional_html_segments_declines_verbs_and_unknown_names():
    document = load_document(DATA / "tw_semiconductors.html", display_path="tw.html")
    found = {(c.entity, c.metric, c.quantity.value, c.confidence >= COMPARED)
             for c in analyse(document).claims}
    assert found == {
        ("联发科", "revenue", Decimal("433400000000"), True),
        ("联发科", "revenue:手机晶片.growth", Decimal(-25), True),
        ("台湾Pay", "cumulative_users", Decimal(6000000), True),
        ("台湾Pay", "users", Decimal(2300000), True),
        ("鸿海", "revenue.growth", Decimal("-9.6"), True),
        ("鸿海", "revenue", Decimal("6160000000000"), True),
        ("纳智捷", "shipments", Decimal(1024), True),
    }
