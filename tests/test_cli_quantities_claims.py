"""`corpuslint quantities` and `corpuslint claims` as a user runs them: formats, stdin, errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

from corpuslint.cli import main

QUANTITY_KEYS = ["path", "line", "column", "end_line", "end_column", "text", "kind", "value",
                 "low", "high", "unit", "currency", "qualifier", "precision"]


def run(capsys, monkeypatch, args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_quantities_json_has_exactly_the_contract_keys_and_canonical_values(capsys, monkeypatch):
    text = "宁德时代2023年营收约4009亿元，\n市场份额为36.8%，同比提升3个百分点，产能增长了2倍。"
    code, out, _ = run(capsys, monkeypatch, ["quantities", "-", "--format", "json"], stdin=text)
    assert code == 0
    records = json.loads(out)
    assert all(list(r) == QUANTITY_KEYS for r in records)
    by_text = {r["text"]: r for r in records}
    money = by_text["约4009亿元"]
    assert (money["value"], money["currency"], money["qualifier"], money["kind"]) == (
        400900000000, "CNY", "about", "money")
    assert (money["line"], money["column"], money["end_column"]) == (1, 12, 19)
    assert by_text["36.8%"]["value"] == 36.8 and by_text["36.8%"]["line"] == 2
    assert by_text["3个百分点"]["kind"] == "percentage_point"
    assert by_text["2倍"]["kind"] == "multiple"
    assert not any("2023" in r["text"] for r in records)  # a year is not a quantity


def test_quantities_table_and_unbounded_intervals(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["quantities", "-"], stdin="用户数超过5亿。")
    assert code == 0
    assert out.splitlines()[0].split() == ["location", "text", "kind", "value", "interval",
                                           "qualifier", "unit"]
    assert "[500000000, ∞]" in out and "more_than" in out


def test_claims_json_and_csv(tmp_path, capsys, monkeypatch):
    article = tmp_path / "a.md"
    article.write_text("---\ndate: 2024-05-01\n---\n截至2024年3月31日，美团的年度交易用户超过6.9亿。\n",
                       encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, ["claims", str(article), "--format", "json"])
    assert code == 0
    [claim] = json.loads(out)
    assert (claim["entity"], claim["metric"], claim["modality"]) == ("美团", "annual_active_buyers", "actual")
    assert claim["period"]["end"] == "2024-03-31" and claim["period"]["as_of"] is True
    assert claim["quantity"]["value"] == 690000000 and claim["line"] == 4
    code, out, _ = run(capsys, monkeypatch, ["claims", str(article), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["entity"], r["value"], r["period_end"]) for r in rows] == [("美团", "690000000", "2024-03-31")]


def test_claim_periods_carry_the_documented_keys(tmp_path, capsys, monkeypatch):
    article = tmp_path / "b.txt"
    article.write_text("2023年双11期间，京东的成交额为3000亿元。阿里巴巴2024财年收入为9411.68亿元。\n",
                       encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, ["claims", str(article), "--format", "json"])
    assert code == 0
    periods = [claim["period"] for claim in json.loads(out)]
    assert [list(period) for period in periods] == [[
        "start", "end", "granularity", "as_of", "anchored", "inferred", "implicit", "fiscal",
        "event", "text",
    ]] * 2
    assert [(p["event"], p["fiscal"]) for p in periods] == [("双11", False), (None, True)]


@pytest.mark.parametrize("command", ["quantities", "claims"])
def test_unreadable_and_missing_files(tmp_path, capsys, monkeypatch, command):
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    code, _, err = run(capsys, monkeypatch, [command, str(binary)])
    assert code == 1 and err == f"corpuslint: {binary}: binary file\n"
    code, _, err = run(capsys, monkeypatch, [command, str(tmp_path / "missing.md")])
    assert code == 2 and err.startswith("corpuslint: error: ") and "missing.md" in err
    assert err.count("\n") == 1
