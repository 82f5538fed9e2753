"""`corpuslint check seeds/ --as-of 2026-11-23`: what the seed corpus must and must not report.

The seeds are our own corpus; these tests pin the behaviour editors rely on: the known
contradictions are found, the correct arithmetic is left alone, and a copy with any one of
those figures altered is reported.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corpuslint.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
AS_OF = "2026-11-23"


def check(capsys, *paths: Path, select: str | None = None) -> list[dict]:
    args = ["check", *map(str, paths), "--format", "json", "--as-of", AS_OF, "--no-cache"]
    if select:
        args += ["--select", select]
    code = main(args)
    findings = json.loads(capsys.readouterr().out)
    assert code == (1 if any(f["severity"] != "info" for f in findings) else 0)
    return findings


@pytest.fixture(scope="module")
def seed_findings():
    import io
    import sys

    out, saved = io.StringIO(), sys.stdout
    sys.stdout = out
    try:
        main(["check", str(SEEDS), "--format", "json", "--as-of", AS_OF, "--no-cache"])
    finally:
        sys.stdout = saved
    return json.loads(out.getvalue())


def named(findings, rule: str, path_part: str, *words: str) -> list[dict]:
    return [
        f for f in findings
        if f["rule"] == rule and path_part in f["path"]
        and all(w in f["message"] + json.dumps(f["related"], ensure_ascii=False) for w in words)
    ]


def test_one_in_12_versus_one_in_23(seed_findings):
    found = named(seed_findings, "CL102", "001_", "粤省事", "23", "12")
    assert len(found) == 1 and found[0]["severity"] == "warning"


@pytest.mark.parametrize(("path_part", "figure"), [("000_", "2.5亿"), ("004_", "2亿")])
def test_mini_program_dau_drift_names_the_newest_value(seed_findings, path_part, figure):
    # 002 says 微信小程序的日活超过4亿，其交易额在2020年底已经达到1.6万亿元: 2020年底 dates the
    # transaction volume, so the DAU figure takes the document's date.
    found = named(seed_findings, "CL102", path_part, "微信小程序", figure, "4亿", "2021-04-12")
    assert len(found) == 1 and found[0]["severity"] == "info"


def test_six_times_versus_six_hundred_percent(seed_findings):
    found = named(seed_findings, "CL204", "001_", "6倍", "600%")
    assert len(found) == 1
    assert found[0]["related"][0]["path"].endswith("000_2d98e960254c0ee3.txt")


def test_stale_as_of_figures(seed_findings):
    assert named(seed_findings, "CL301", "000_", "截至2019年6月30日")
    assert named(seed_findings, "CL301", "003_", "2019年3月")


def test_hygiene(seed_findings):
    assert named(seed_findings, "CL401", "003_", "(shù)")
    assert named(seed_findings, "CL402", "003_", "查看案例")
    assert named(seed_findings, "CL403", "001_", "13712967640")


def test_correct_arithmetic_is_not_reported(seed_findings):
    assert not [f for f in seed_findings if f["rule"].startswith("CL2") and f["rule"] != "CL204"]


def test_no_errors_on_the_seeds(seed_findings):
    assert not [f for f in seed_findings if f["severity"] == "error"]


@pytest.mark.parametrize(
    ("seed", "before", "after", "rule"),
    [
        ("000_2d98e960254c0ee3.txt", "90.6%", "90.8%", "CL201"),
        ("000_2d98e960254c0ee3.txt", "49.9%", "45.9%", "CL201"),
        ("000_2d98e960254c0ee3.txt", "40.7%", "41.7%", "CL201"),
        ("002_f52ad4f532fc9991.txt", "182.28亿元", "190.28亿元", "CL202"),
        ("002_f52ad4f532fc9991.txt", "4557.12亿元", "4257.12亿元", "CL202"),
        ("002_f52ad4f532fc9991.txt", "4%的罚款", "5%的罚款", "CL202"),
        ("004_502ee8277581d578.txt", "261.1%", "231.1%", "CL203"),
        ("004_502ee8277581d578.txt", "14.48 亿元", "15.48 亿元", "CL203"),
        ("004_502ee8277581d578.txt", "4.01 亿元", "4.51 亿元", "CL203"),
    ],
)
def test_an_altered_figure_is_reported(tmp_path, capsys, seed, before, after, rule):
    text = (SEEDS / seed).read_text(encoding="utf-8")
    assert text.count(before) == 1
    (tmp_path / seed).write_text(text.replace(before, after), encoding="utf-8")
    findings = check(capsys, tmp_path, select="CL2")
    assert [f["rule"] for f in findings if f["rule"] != "CL204"] == [rule]


def test_the_seeds_are_unchanged_by_a_run(tmp_path, capsys):
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    check(capsys, copy)
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before
