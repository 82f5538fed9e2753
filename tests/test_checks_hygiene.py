"""CL401 damaged-text, CL402 repeated-boilerplate, CL403 personal-contact on real documents."""

from __future__ import annotations

import pytest

from _check_helpers import analysis, corpus, run
from corpuslint.checks.contact import find_contacts
from corpuslint.checks.damaged_text import damage

# --- CL401 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "damaged"),
    [
        ("该团队的��成果", ["��"]),
        ("标题：ä¸­æ–‡测试", ["ä¸­æ–‡"]),
        ("caf\u00c3\u00a9 开业", ["Ã©"]),
        ("锟斤拷锟斤拷乱码", ["锟斤拷锟斤拷"]),
        ("该公司的??业务", ["??"]),
        ("正文\n?\n下一段", ["?"]),
        ("由CEO直接选择获奖?wù)摺。", ["?wù)"]),
        ("支付宝小程序技術(shù)团队", ["(shù)"]),
    ],
)
def test_damage_is_found(raw: str, damaged: list[str]) -> None:
    assert [raw[s:e] for s, e in damage(raw)] == damaged


@pytest.mark.parametrize(
    "raw",
    [
        "这真的可行吗?当然。",  # one half-width question mark
        "What?? 他说。",  # not next to Han text
        "Müller在café宣布了新业务。",  # genuine Latin letters
        "该产品(Pro)版本售价更高。",  # a parenthesis that is not pinyin
        "访问 https://example.com/a?b=1 查看。",
    ],
)
def test_clean_text(raw: str) -> None:
    assert damage(raw) == []


def test_damage_on_one_line_is_one_finding() -> None:
    raw = "幾天前,支付寶小程序技術(shù)團(tuán)隊拿到了大獎。\n第二行没有问题。\n第三行??丢字。"
    findings = run("CL401", corpus(analysis(raw)))
    assert [(f.line, f.column, f.end_column) for f in findings] == [(1, 13, 25), (3, 4, 6)]
    assert findings[0].message == "damaged text: (shù) (2 on this line)"


# --- CL402 --------------------------------------------------------------------------------


def test_short_line_repeated_three_times() -> None:
    raw = "案例一。\n查看案例\n案例二。\n查看案例\n案例三。\n查看案例\n"
    [finding] = run("CL402", corpus(analysis(raw)))
    assert (finding.line, finding.message) == (4, "repeated 3 times in this document: 查看案例")
    assert [r.line for r in finding.related] == [2, 6]


def test_block_of_lines_repeated() -> None:
    raw = "分享到微信\n分享到微博\n正文第一段。\n正文第二段。\n分享到微信\n分享到微博\n"
    [finding] = run("CL402", corpus(analysis(raw)))
    assert (finding.line, finding.end_line) == (5, 6)
    assert finding.message == "repeated 2 times in this document: 分享到微信 / 分享到微博"


def test_duplicated_paragraph() -> None:
    paragraph = "在上周的演讲刷屏后，有人专门统计了他提到最多的词和一次都没有用到的词。"
    [finding] = run("CL402", corpus(analysis(f"{paragraph}\n导语\n{paragraph}\n")))
    assert finding.line == 3


@pytest.mark.parametrize(
    "raw",
    [
        "案例一。\n查看案例\n案例二。\n查看案例\n",  # a short line twice
        "第一段。\n***\n第二段。\n***\n第三段。\n***\n",  # separators
        "第一段。\n\n\n第二段。\n\n\n第三段。\n",  # blank lines
    ],
)
def test_no_boilerplate(raw: str) -> None:
    assert run("CL402", corpus(analysis(raw))) == []


# --- CL403 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("报名请拨打13812345678。", "13812345678"),
        ("联系人：张先生 138-1234-5678", "138-1234-5678"),
        ("电话：+86 139 1234 5678", "+86 139 1234 5678"),
        ("咨询电话010-62345678。", "010-62345678"),
        ("客服热线400-820-8820", "400-820-8820"),
        ("客服热线4008208820", "4008208820"),
        ("如需合作请加微信：zhang_lei2021", "加微信：zhang_lei2021"),
        ("微信号 abc-123456 备注来意", "微信号 abc-123456"),
        ("vx：Lily_2020", "vx：Lily_2020"),
        ("QQ：123456789", "QQ：123456789"),
        ("投稿邮箱：news.tips@example.com。", "news.tips@example.com"),
    ],
)
def test_contact_found(text: str, contact: str) -> None:
    assert [m.group() for m in find_contacts(text)] == [contact]


@pytest.mark.parametrize(
    "text",
    [
        "该公司2023年营业收入为13812345678元。",
        "2019-2020年度报告显示，用户增长到16384万。",
        "订单编号202301011234567890已发货。",
        "访问 https://user@example.com/path 了解更多。",
        "4008208820股已完成过户。",
        "微信：这是一个社交平台。",
        "其中0.13812345678为误差项。",
    ],
)
def test_no_contact(text: str) -> None:
    assert list(find_contacts(text)) == []


def test_contact_finding_shows_the_original_text() -> None:
    raw = "詳情請致電：138-1234-5678。"
    [finding] = run("CL403", corpus(analysis(raw)), lang="zh")
    assert finding.message == "正文含联系方式：138-1234-5678"
    assert finding.column == 7


def test_a_badly_damaged_file_gives_at_most_max_lines_findings(tmp_path, capsys):
    import json

    from corpuslint.cli import main

    lines = [f"第{n}段的技術(shù)團(tuán)隊很強。" for n in range(8)]
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    main(["check", str(tmp_path / "a.txt"), "--select", "CL401", "--format", "json",
          "--as-of", "2026-11-23", "--no-cache"])
    found = json.loads(capsys.readouterr().out)
    assert [f["line"] for f in found] == [1, 2, 3, 4, 5]
    assert found[-1]["message"].endswith("; 3 more damaged lines in this document)")
    assert "more" not in found[0]["message"]
