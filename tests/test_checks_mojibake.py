"""CL401 on UTF-8 Chinese misread as GBK or Big5, and never on Chinese that was not misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from _check_helpers import analysis, corpus, run
from corpuslint.checks._mojibake import mojibake
from corpuslint.checks.damaged_text import damage

ROOT = Path(__file__).parent.parent

SIMPLIFIED = [
    "该市今年的旅游收入明显回升",
    "国家电网公司的营业收入同比增长明显",
    "新能源汽车的渗透率在三季度首次超过四成",
    "截至六月底，全省共建成充电桩十二万个。",
]
TRADITIONAL = [
    "臺北市的觀光人數今年明顯回升",
    "高雄港的貨櫃吞吐量今年持續成長",
    "台灣積體電路製造公司第三季營收創新高",
    "颱風過後，花蓮縣的鐵路運輸已全面恢復。",
]


def misread(text: str, codec: str, errors: str) -> str:
    return text.encode("utf-8").decode(codec, errors=errors).replace("\ufffd", "")


@pytest.mark.parametrize("errors", ["ignore", "replace"])
@pytest.mark.parametrize("text", SIMPLIFIED + TRADITIONAL)
def test_utf8_read_as_gbk_is_found(text: str, errors: str) -> None:
    damaged = misread(text, "gbk", errors)
    assert [(s, e) for s, e in mojibake(damaged)], damaged


@pytest.mark.parametrize("text", TRADITIONAL[:3] + SIMPLIFIED[:2])
def test_utf8_read_as_big5_is_found(text: str) -> None:
    damaged = misread(text, "big5", "ignore")
    assert list(mojibake(damaged)), damaged


def test_only_the_misread_stretch_is_reported() -> None:
    damaged = misread("拼多多和淘宝的竞争已进入白热化阶段", "gbk", "ignore")
    raw = f"标题：{damaged}"
    [(start, end)] = mojibake(raw)
    # The last character holds half of 段's bytes: it cannot be undone, the rest can.
    assert raw[:start] == "标题：" and end == len(raw) - 1


@pytest.mark.parametrize("text", SIMPLIFIED + TRADITIONAL)
def test_clean_chinese_is_not_mojibake(text: str) -> None:
    assert list(mojibake(text)) == []


def _corpus_files() -> list[Path]:
    roots = [ROOT / "seeds", ROOT / "tests" / "data"]
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name)
def test_no_mojibake_in_the_test_corpora(path: Path) -> None:
    """Every article here is correctly decoded, in either script; so is its other script."""
    from corpuslint.script import to_simplified

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8 text")
    import opencc

    traditional = opencc.OpenCC("s2tw").convert(text)
    assert list(mojibake(text)) == []
    assert list(mojibake(traditional)) == []
    assert list(mojibake(to_simplified(text))) == []


def test_a_misread_line_is_one_finding_with_its_replacement_characters() -> None:
    damaged = "拼多多和淘宝的竞争已进入白热化阶段，消费者反复比价".encode().decode("gbk", "replace")
    raw = f"正文第一行。\n{damaged}\n正文第三行。"
    [finding] = run("CL401", corpus(analysis(raw)))
    assert (finding.line, finding.column) == (2, 1)
    # The U+FFFD inside the misread stretch are part of it; a long stretch is shortened.
    assert finding.message.startswith(f"damaged text: {damaged[:30]}… (")


def test_existing_kinds_of_damage_are_unchanged() -> None:
    raw = "标题：ä¸­æ–‡测试，该公司的??业务，技術(shù)团队。"
    assert [raw[s:e] for s, e in damage(raw)] == ["ä¸­æ–‡", "??", "(shù)"]
