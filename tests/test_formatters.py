"""Formatters: text frames, JSON contract, SARIF 2.1.0, GitHub annotations, rule docs."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from corpuslint.finding import Finding, Related, Severity
from corpuslint.formatters.github import escape_data, escape_property, format_github
from corpuslint.formatters.json import format_json, format_schema, schema
from corpuslint.formatters.rule import format_rules, rules_table
from corpuslint.formatters.sarif import format_sarif
from corpuslint.formatters.text import cell_width, code_frame, format_text, summary
from corpuslint.rulepacks import load_registry

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"

SOURCES = {
    "news/平台.md": ["# 年报", "该平台去年日活跃用户达到2.5亿，同比增长20%。"],
    "news/other.md": ["另一篇报道称其日活为3亿。"],
}

CONFLICT = Finding(
    rule="CL101", name="value-conflict", severity=Severity.ERROR,
    message="DAU 2.5亿 here, 3亿 in news/other.md", path="news/平台.md",
    line=2, column=12, end_line=2, end_column=16,
    related=(Related(path="news/other.md", line=1, column=10, end_line=1, end_column=12,
                     message="3亿 here"),),
    fingerprint="CL101:平台|dau|2.5亿",
)
STALE = Finding(
    rule="CL301", name="stale-figure", severity=Severity.INFO, message="figure from 2019",
    path="a b/c,d.md", line=1, column=1, end_line=1, end_column=3,
)


# --- text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "width"), [("abc", 3), ("日活", 4), ("２５", 4), ("e\u0301", 1), ("\t", 4)])
def test_cell_width(text: str, width: int) -> None:
    assert cell_width(text) == width


def test_text_output_has_header_frame_note_and_summary() -> None:
    out = format_text([CONFLICT, STALE], SOURCES)
    lines = out.splitlines()
    assert lines[0] == "news/平台.md:2:12: CL101 [error] DAU 2.5亿 here, 3亿 in news/other.md"
    source_line = next(line for line in lines if "该平台" in line)
    carets = lines[lines.index(source_line) + 1]
    # Carets sit under 2.5亿 although eleven wide characters precede it.
    prefix = source_line.index("该")
    assert carets[prefix:] == " " * 22 + "^" * 5
    assert "note: news/other.md:1:10: 3亿 here" in lines
    assert "a b/c,d.md:1:1: CL301 [info] figure from 2019" in lines  # no source: no frame
    assert lines[-1] == "Found 2 findings (1 error, 0 warnings, 1 info)."
    assert "\x1b[" not in out


def test_colour_is_opt_in() -> None:
    assert "\x1b[1;31m" in format_text([CONFLICT], SOURCES, color=True)


def test_multi_line_span_underlines_each_line() -> None:
    spanning = CONFLICT.model_copy(update={"line": 1, "column": 3, "end_line": 2, "end_column": 3})
    frame = code_frame(SOURCES["news/平台.md"], spanning)
    assert frame[1:5] == ["1 | # 年报", "  |   ^^^^", "2 | 该平台去年日活跃用户达到2.5亿，同比增长20%。", "  | ^^^^"]


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([], "No findings."),
        ([STALE], "Found 1 finding (0 errors, 0 warnings, 1 info)."),
        ([CONFLICT, CONFLICT, STALE], "Found 3 findings (2 errors, 0 warnings, 1 info)."),
    ],
)
def test_summary(findings: list[Finding], expected: str) -> None:
    assert summary(findings) == expected


def test_notes_come_before_the_summary() -> None:
    out = format_text([], {}, notes=["2 baseline entries no longer occur"])
    assert out == "note: 2 baseline entries no longer occur\nNo findings.\n"


# --- JSON ----------------------------------------------------------------------------------


def test_json_is_an_array_with_exactly_the_documented_keys() -> None:
    records = json.loads(format_json([CONFLICT, STALE]))
    assert list(records[0]) == [
        "rule", "name", "severity", "message", "path", "line", "column", "end_line",
        "end_column", "related",
    ]
    assert records[0]["related"] == [
        {"path": "news/other.md", "line": 1, "column": 10, "end_line": 1, "end_column": 12,
         "message": "3亿 here"}
    ]
    assert records[1]["related"] == []
    jsonschema.validate(records, schema())


def test_schema_rejects_what_the_contract_does_not_allow() -> None:
    record = json.loads(format_json([STALE]))[0]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{**record, "fingerprint": "x"}], schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{**record, "severity": "fatal"}], schema())


def test_published_schema_is_up_to_date() -> None:
    published = ROOT / "docs" / "findings.schema.json"
    assert published.read_text(encoding="utf-8") == format_schema(), (
        "regenerate with: corpuslint check --json-schema > docs/findings.schema.json"
    )
    assert schema()["title"].endswith("version 1")


# --- SARIF ---------------------------------------------------------------------------------


def sarif_log(findings: list[Finding]) -> dict:
    rules = [*load_registry()]
    return json.loads(
        format_sarif(findings, rules, version="9.9.9", source_root="file:///work/repo/")
    )


def test_sarif_validates_against_the_sarif_schema() -> None:
    trimmed = json.loads((DATA / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(sarif_log([CONFLICT, STALE]), trimmed)


def test_sarif_structure() -> None:
    log = sarif_log([CONFLICT, STALE])
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    [run] = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///work/repo/"}}
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("corpuslint", "9.9.9")
    assert [r["id"] for r in driver["rules"]] == [r.code for r in load_registry()]
    rule = driver["rules"][0]
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert rule["help"]["markdown"].startswith("## What it does")

    conflict, stale = run["results"]
    assert conflict["level"] == "error" and stale["level"] == "note"
    for result in run["results"]:
        if "ruleIndex" in result:
            assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    location = conflict["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "news/%E5%B9%B3%E5%8F%B0.md", "uriBaseId": "%SRCROOT%"
    }
    assert location["region"] == {"startLine": 2, "startColumn": 12, "endLine": 2, "endColumn": 16}
    [related] = conflict["relatedLocations"]
    assert related["id"] == 0 and related["message"] == {"text": "3亿 here"}
    assert len(conflict["partialFingerprints"]["corpuslintFingerprint/v1"]) == 64
    assert "partialFingerprints" not in stale  # no fingerprint, no claim to track
    assert stale["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a%20b/c%2Cd.md"


def test_sarif_rule_index_points_into_rules() -> None:
    unreadable = STALE.model_copy(update={"rule": "CL001", "name": "unreadable-document"})
    unknown = STALE.model_copy(update={"rule": "CL999"})  # e.g. from a pack not in this run
    known, other = sarif_log([unreadable, unknown])["runs"][0]["results"]
    rules = sarif_log([])["runs"][0]["tool"]["driver"]["rules"]
    assert rules[known["ruleIndex"]]["id"] == "CL001"
    assert "ruleIndex" not in other


# --- GitHub --------------------------------------------------------------------------------


def test_github_annotations() -> None:
    first, second = format_github([CONFLICT, STALE]).splitlines()
    assert first == (
        "::error file=news/平台.md,line=2,col=12,endLine=2,endColumn=16,"
        "title=CL101 value-conflict::DAU 2.5亿 here, 3亿 in news/other.md"
        "%0Anote: news/other.md:1:10: 3亿 here"
    )
    assert second.startswith("::notice file=a b/c%2Cd.md,line=1,")
    warning = STALE.model_copy(update={"severity": Severity.WARNING})
    assert format_github([warning]).startswith("::warning ")


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("100%", "100%25", "100%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("x: 1, y", "x: 1, y", "x%3A 1%2C y"),
    ],
)
def test_github_escaping(text: str, data: str, prop: str) -> None:
    assert (escape_data(text), escape_property(text)) == (data, prop)


# --- rule documentation --------------------------------------------------------------------


def test_rules_table_lists_every_rule_once() -> None:
    registry = load_registry()
    table = rules_table(list(registry)).splitlines()
    assert table[:2] == ["| Code | Name | Severity | Summary |", "|---|---|---|---|"]
    assert [row.split(" | ")[0].lstrip("| ") for row in table[2:]] == [r.code for r in registry]


def test_rule_formats_carry_the_examples() -> None:
    rule = load_registry().get("unused-suppression")
    text = format_rules([rule], "text")
    assert text.startswith("CL002 unused-suppression [warning]\n")
    assert "<!-- corpuslint-disable-next-line CL999 -->" in text
    markdown = format_rules([rule], "markdown")
    assert markdown.startswith("# CL002 unused-suppression\n") and "```text" in markdown
    [record] = json.loads(format_rules([rule], "json"))
    assert record["code"] == "CL002" and "source" not in record
    assert record["examples"]["bad"][0]["documents"]["report.md"].startswith("<!--")


def test_code_frame_of_a_very_long_line_is_a_window_around_the_span():
    from corpuslint.formatters.text import FRAME_CELLS, code_frame

    line = "前文" * 3000 + "日活达到2.5亿。" + "后文" * 3000
    column = line.index("2.5亿") + 1
    at = Related(path="a.html", line=1, column=column, end_line=1, end_column=column + 4,
                 message="m")
    frame = code_frame([line], at)
    shown, carets = frame[1], frame[2]
    assert shown.startswith("1 | …") and shown.endswith("…")
    assert len(shown) < FRAME_CELLS  # characters; twice that in terminal cells at most
    # The carets still sit under the figure.
    offset = carets.index("^") - len("  | ") + len("1 | ")
    from corpuslint.formatters.text import cell_width
    prefix_cells = cell_width(shown[: shown.index("2.5亿")])
    assert offset == prefix_cells and carets.count("^") == cell_width("2.5亿")
