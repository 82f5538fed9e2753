"""Inline suppression comments: parsing, what they cover, and CL002 for the unused ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.documents import document_from_string
from corpuslint.finding import Finding, Severity
from corpuslint.pipeline import PipelineOptions, Selection, run_pipeline
from corpuslint.rulepacks import RuleRegistry, load_registry
from corpuslint.rulespec import RuleSpec
from corpuslint.suppression import Suppressions, find_directives


def finding(rule: str, line: int, column: int = 1, path: str = "a.md") -> Finding:
    return Finding(
        rule=rule, name="x", severity=Severity.ERROR, message=f"{rule} here", path=path,
        line=line, column=column, end_line=line, end_column=column + 2, fingerprint=f"{rule}:{line}",
    )


def directives(raw: str, path: str = "a.md"):
    document = document_from_string(raw, path)
    return find_directives(document.comments, document.lines())


@pytest.mark.parametrize(
    ("path", "line", "action", "codes"),
    [
        ("a.md", "<!-- corpuslint-disable CL101 -->", "disable", ("CL101",)),
        ("a.md", "<!--corpuslint-enable-->", "enable", ()),
        ("a.md", "<!-- corpuslint-disable-next-line CL101, CL205 -->", "disable-next-line", ("CL101", "CL205")),
        ("a.html", "<p><!-- corpuslint-disable-next-line CL101 CL205 -- 口径不同 --></p>", "disable-next-line", ("CL101", "CL205")),
        ("a.md", "营收为3亿元。<!-- corpuslint-disable-line CL101 -->", "disable-line", ("CL101",)),
        ("a.txt", "# corpuslint-disable-next-line CL301", "disable-next-line", ("CL301",)),
        ("a.txt", "  // corpuslint-disable", "disable", ()),
    ],
)
def test_directives_are_recognised(path: str, line: str, action: str, codes: tuple[str, ...]) -> None:
    [directive] = directives(f"标题\n\n{line}\n\n正文。\n", path)
    assert (directive.action, directive.codes, directive.line) == (action, codes, 3)
    assert line[directive.column - 1 :].startswith(("<!--", "#", "//"))


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("a.md", "<!-- corpuslint-disable-nextline CL101 -->"),  # a typo is not a directive
        ("a.md", "<!-- 注意 corpuslint-disable CL101 -->"),  # prose first: an ordinary comment
        ("a.md", "正文里提到 corpuslint-disable CL101 这几个字。"),
        ("a.md", "```\n<!-- corpuslint-disable CL101 -->\n```"),  # shown in a code block
    ],
)
def test_look_alikes_are_not_directives(path: str, line: str) -> None:
    assert directives(f"正文。\n{line}\n", path) == []


def test_columns_count_characters_and_lines_split_like_spans() -> None:
    raw = "第一行\r\n第二行\r營收3億元 <!-- corpuslint-disable-line CL101 -->"
    [directive] = directives(raw)
    assert (directive.line, directive.column) == (3, 7)
    assert directive.end_column == len(raw.split("\r")[-1]) + 1


COVERAGE = """\
line 1
<!-- corpuslint-disable-next-line CL101 -->
line 3
line 4 <!-- corpuslint-disable-line -->
<!-- corpuslint-disable CL205 -->
line 6
<!-- corpuslint-enable CL205 -->
line 8
"""


@pytest.mark.parametrize(
    ("rule", "line", "suppressed"),
    [
        ("CL101", 1, False),
        ("CL101", 3, True),  # next line
        ("CL205", 3, False),  # other code
        ("CL101", 4, True),  # blanket disable-line
        ("CL301", 4, True),
        ("CL205", 6, True),  # inside disable/enable
        ("CL101", 6, False),
        ("CL205", 8, False),  # after enable
    ],
)
def test_coverage(rule: str, line: int, suppressed: bool) -> None:
    assert Suppressions.of(document_from_string(COVERAGE, "a.md")).suppresses(finding(rule, line)) is suppressed


def test_disable_without_enable_runs_to_the_end_and_starts_at_the_comment() -> None:
    raw = "营收3亿元 <!-- corpuslint-disable CL101 --> 利润1亿元\n更多\n"
    suppressions = Suppressions.of(document_from_string(raw, "a.md"))
    assert not suppressions.suppresses(finding("CL101", 1, column=3))  # before the comment
    assert suppressions.suppresses(finding("CL101", 1, column=40))
    assert suppressions.suppresses(finding("CL101", 2))


def test_unused_lists_each_code_that_hid_nothing() -> None:
    suppressions = Suppressions.of(document_from_string(COVERAGE, "a.md"))
    suppressions.suppresses(finding("CL101", 3))
    unused = {(d.action, code) for d, code in suppressions.unused()}
    assert unused == {("disable-line", None), ("disable", "CL205")}


# --- CL002 through the pipeline ------------------------------------------------------------


def spec(code: str, name: str) -> RuleSpec:
    return RuleSpec.model_validate(
        {
            "code": code, "name": name, "kind": "unreadable-document", "severity": "error",
            "summary": "s", "explanation": "e", "message": {"en": "m", "zh": "m"},
            "examples": {"bad": ["x"], "good": ["y"]},
        }
    )


REGISTRY = RuleRegistry(
    tuple(sorted([*load_registry(), spec("CL101", "value-conflict"), spec("CL205", "sum-mismatch")],
                 key=lambda r: r.code))
)


def lint(raw: str, findings: list[Finding], *, select: tuple[str, ...] | None = None) -> list[Finding]:
    selection = Selection(registry=REGISTRY, select=select, root=Path.cwd())
    suppressions = {"a.md": Suppressions.of(document_from_string(raw, "a.md"))}
    report = run_pipeline(findings, suppressions, PipelineOptions(selection=selection))
    return report.findings


def test_suppressed_findings_disappear_and_used_directives_are_not_reported() -> None:
    raw = "<!-- corpuslint-disable-next-line CL101 -->\n营收3亿元\n"
    assert lint(raw, [finding("CL101", 2)]) == []


def test_unused_directive_is_reported_at_the_comment() -> None:
    raw = "正文\n  <!-- corpuslint-disable-next-line CL101 -->\n营收3亿元\n"
    [unused] = lint(raw, [])
    assert (unused.rule, unused.severity, unused.line, unused.column) == ("CL002", "warning", 2, 3)
    assert unused.message == "`corpuslint-disable-next-line CL101` suppresses nothing"


def test_a_code_whose_rule_did_not_run_is_not_called_unused() -> None:
    raw = "<!-- corpuslint-disable-next-line CL101 -->\n营收3亿元\n<!-- corpuslint-disable-line -->"
    assert lint(raw, [], select=("CL002", "CL205")) == []


def test_unknown_codes_are_always_reported() -> None:
    raw = "<!-- corpuslint-disable-next-line CL999 -->\n营收3亿元\n"
    assert [f.rule for f in lint(raw, [], select=("CL002",))] == ["CL002"]


def test_unused_suppression_can_itself_be_ignored() -> None:
    raw = "<!-- corpuslint-disable-next-line CL101 -->\n营收3亿元\n"
    assert lint(raw, [], select=("CL1",)) == []
