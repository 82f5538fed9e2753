"""Wordings the arithmetic and staleness rules must read right, end to end (parser included):
CL201 remainders and named members, CL203 Taiwan/Hong Kong rate words and baselines, CL301
period names. Each case is written in both scripts where the script changes the words."""

from __future__ import annotations

from datetime import date

import pytest

from _check_helpers import corpus, run
from corpuslint.documents import document_from_string
from corpuslint.engine import analyse

AS_OF = date(2026, 11, 23)


def findings(code: str, text: str) -> list[str]:
    analysis = analyse(document_from_string(text, "a.txt"))
    return [f.message for f in run(code, corpus(analysis, as_of=AS_OF))]


# --- CL201: what a sum cue sums --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A remainder is one more part, not the total of the parts before it.
        "2024年，该市发电量中，火电占比61.5%，水电占比18.2%，风电占比11.6%，其他电源合计占比8.7%。",
        "2024年，該市發電量中，火電佔比61.5%，水電佔比18.2%，其餘電源合計佔20.3%。",
        "去年该校毕业生中，升学的占42.5%，就业的占51.3%，剩下的合计占6.2%。",
        "某省糧食產量中，稻穀佔41.2%，小麥佔30.5%，玉米、大豆及其他作物合計佔28.3%。",
        # Members of their own, with no figures before: the sum is of something else.
        "今年前三季度，该省出口中机电产品占58.3%，劳动密集型产品占17.9%，农产品和化工品合计占9.4%。",
        "今年前三季度，該省出口中機電產品佔58.3%，勞力密集型產品佔17.9%，農產品與化工品合計佔9.4%。",
        # Named members that are some of the parts before: only they are summed.
        "该市公共交通客运量中，地铁占52.3%，公交占31.4%，出租车占9.1%，其中地铁和公交合计83.7%。",
        "該市大眾運輸運量中，捷運佔52.3%，公車佔31.4%，計程車佔9.1%，其中捷運與公車合計83.7%。",
    ],
)
def test_sum_cue_that_is_not_the_total_of_the_parts(text: str) -> None:
    assert findings("CL201", text) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "该市公共交通客运量中，地铁占52.3%，公交占31.4%，出租车占9.1%，其中地铁和公交合计85.7%。",
            "52.3% + 31.4% = 83.7%, not 85.7%",
        ),
        (
            "該市大眾運輸運量中，捷運佔52.3%，公車佔31.4%，兩者合計佔85.7%。",
            "52.3% + 31.4% = 83.7%, not 85.7%",
        ),
        (
            "该县去年粮食播种面积中，小麦45.3万亩，玉米38.1万亩，合计93.4万亩。",
            "45.3万亩 + 38.1万亩 = 83.4万亩, not 93.4万亩",
        ),
    ],
)
def test_parts_that_still_do_not_add_up(text: str, message: str) -> None:
    assert findings("CL201", text) == [message]


# --- CL203: rates in Taiwan and Hong Kong wording, against a named baseline -----------------

GROWTH = [
    # (text with {rate}, right rate, wrong rate, figures in the message)
    ("該公司本季營收為1,380億元，較上季的1,200億元成長{rate}。", "15%", "25%", "1,200亿元 → 1,380亿元"),
    ("该公司本季营收为1380亿元，较第三季的1200亿元增长{rate}。", "15%", "25%", "1200亿元 → 1380亿元"),
    ("该公司每股派息从1.20港元增至1.38港元，按年增长{rate}。", "15%", "18%", "1.20港元 → 1.38港元"),
    ("該公司每股派息從1.20港元增至1.38港元，按年增長{rate}。", "15%", "18%", "1.20港元 → 1.38港元"),
    ("港铁乘客量由450万人次增至486万人次，按季上升{rate}。", "8%", "6%", "450万人次 → 486万人次"),
    ("2024年该港口货物吞吐量为3.15亿吨，较上年的2.80亿吨增长{rate}。", "12.5%", "15%",
     "2.80亿吨 → 3.15亿吨"),
    ("该景区上半年接待游客460万人次，较2023年同期的400万人次增长{rate}。", "15%", "25%",
     "400万人次 → 460万人次"),
    ("該景區上半年接待遊客460萬人次，較2023年同期的400萬人次成長{rate}。", "15%", "25%",
     "400万人次 → 460万人次"),
    ("該廠伺服器出貨量從120萬台增至138萬台，季增{rate}。", "15%", "18%", "120万台 → 138万台"),
    ("该行净利润从250亿元减至230亿元，年减{rate}。", "8%", "12%", "250亿元 → 230亿元"),
    ("該行淨利從250億元減至230億元，年減{rate}。", "8%", "12%", "250亿元 → 230亿元"),
    ("該行淨利從250億元減至230億元，年衰退{rate}。", "8%", "12%", "250亿元 → 230亿元"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "right", "wrong", "figures"), GROWTH)
def test_growth_rate_wordings(text: str, right: str, wrong: str, figures: str) -> None:
    assert findings("CL203", text.format(rate=right)) == []
    [message] = findings("CL203", text.format(rate=wrong))
    assert message.startswith(f"{figures} is ") and message.endswith(f", not {wrong}")


@pytest.mark.parametrize(
    "text",
    [
        # Average rates over several years are not the change between the two figures.
        "该市地区生产总值从2019年的1.2万亿元增至2023年的1.5万亿元，年均增长5.7%。",
        "營收從2019年的100億元成長至2023年的180億元，年複合成長率15.8%。",
        # A rate of another subject after the change.
        "该公司营收从4.01亿元增长至4.5亿元，净利润年增20%。",
        # A baseline of another kind of figure.
        "该公司本季营收为1380亿元，较上季的1200万用户增长25%。",
    ],
)
def test_rates_that_are_not_about_the_change(text: str) -> None:
    assert findings("CL203", text) == []


# --- CL301: a date that names a reporting period --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "该公司公布截至2020年12月31日止年度的业绩，全年收入为2459亿元。",
        "長和公佈截至2019年12月31日止的全年業績，收入為2990億港元。",
        "截至2021年6月30日止六个月，该公司收入为120亿元。",
        "截至2021年6月30日止六個月，該公司收入為120億元。",
        "根据截至2021年3月31日的季度报告，该行不良贷款率为1.2%。",
        "據截至2021年3月31日的季度財報顯示，該行不良貸款率為1.2%。",
    ],
)
def test_period_names_are_not_presented_as_current(text: str) -> None:
    assert findings("CL301", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "截至2019年12月31日止，该平台累计注册用户已达3亿。",
        "截至2019年12月31日止，該平台累計註冊用戶已達3億。",
        "截至2020年6月30日，该应用的月活跃用户达1.2亿。",
    ],
)
def test_readings_as_of_an_old_date_are_still_stale(text: str) -> None:
    [message] = findings("CL301", text)
    assert "is presented as current" in message
