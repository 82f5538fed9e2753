"""Baselines: record today's findings, hide them later, and notice when they are gone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.baseline import Baseline, BaselineEntry, load_baseline, write_baseline
from corpuslint.cli import main
from corpuslint.errors import ConfigError
from corpuslint.finding import Finding, Severity
from test_cli_check import AS_OF, write_project  # the test rule pack and its check kind


def finding(path: str, fingerprint: str, rule: str = "CL101", line: int = 1) -> Finding:
    return Finding(
        rule=rule, name="value-conflict", severity=Severity.ERROR, message=f"{fingerprint} differs",
        path=path, line=line, column=1, end_line=line, end_column=3, fingerprint=fingerprint,
    )


def test_written_baseline_is_sorted_deduplicated_and_relative_to_its_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ci").mkdir()
    findings = [finding("news/b.md", "CL101:y"), finding("news/a.md", "CL101:x"), finding("news/a.md", "CL101:x", line=9)]
    assert write_baseline(Path("ci/baseline.json"), findings) == 2
    data = json.loads((tmp_path / "ci" / "baseline.json").read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "findings": [
            {"rule": "CL101", "path": "../news/a.md", "fingerprint": "CL101:x", "message": "CL101:x differs"},
            {"rule": "CL101", "path": "../news/b.md", "fingerprint": "CL101:y", "message": "CL101:y differs"},
        ],
    }


def test_split_and_stale(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_baseline(Path("baseline.json"), [finding("a.md", "CL101:x"), finding("a.md", "CL101:gone"), finding("c.md", "CL101:z")])
    baseline = load_baseline(Path("baseline.json"))
    kept, matched = baseline.split([finding("a.md", "CL101:x", line=40), finding("a.md", "CL101:new")])
    assert [f.fingerprint for f in kept] == ["CL101:new"]
    stale = baseline.stale(matched, rules={"CL101"}, paths=["a.md"])
    assert stale == [BaselineEntry("a.md", "CL101", "CL101:gone", "CL101:gone differs")]
    assert baseline.stale(matched, rules={"CL205"}, paths=["a.md"]) == []  # CL101 did not run
    assert isinstance(baseline, Baseline)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "baseline file not found"),
        ("{", "cannot read baseline"),
        ('{"version": 2, "findings": []}', "version: expected 1"),
        ('{"version": 1, "findings": [{"rule": "CL101"}]}', "findings: malformed entry"),
    ],
)
def test_bad_baselines_are_config_errors(tmp_path: Path, content: str | None, problem: str) -> None:
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_baseline(path)


# --- through the command line --------------------------------------------------------------


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", "--as-of", AS_OF, "--no-cache", "a.md", "b.md", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_project(tmp_path, "", {"a.md": "公司营收增长。\n", "b.md": "第一段。\n\n今年营收下降。\n"})


def test_baselined_findings_stay_hidden_when_the_file_is_edited_elsewhere(project: Path, capsys) -> None:
    assert run(capsys, "--write-baseline", "baseline.json")[0] == 0
    assert run(capsys, "--baseline", "baseline.json") == (0, "No findings.\n", "")
    # New lines above the finding move it; its fingerprint does not change.
    (project / "b.md").write_text("新增的导语。\n\n第一段。\n\n今年营收下降。\n", encoding="utf-8")
    assert run(capsys, "--baseline", "baseline.json")[:2] == (0, "No findings.\n")
    # A new mention is a new finding.
    (project / "b.md").write_text("第一段。\n\n今年营收下降，营收结构也变了。\n", encoding="utf-8")
    code, out, _ = run(capsys, "--baseline", "baseline.json", "--format", "json")
    assert code == 1 and [r["column"] for r in json.loads(out)] == [8]


def test_stale_entries_are_reported_but_do_not_fail(project: Path, capsys) -> None:
    run(capsys, "--write-baseline", "baseline.json")
    (project / "b.md").write_text("今年利润下降。\n", encoding="utf-8")
    code, out, err = run(capsys, "--baseline", "baseline.json")
    assert code == 0 and err == ""
    assert "note: 1 baseline entry no longer occur" in out
    code, out, err = run(capsys, "--baseline", "baseline.json", "--format", "json")
    assert (code, out) == (0, "[]\n") and err.startswith("corpuslint: info: 1 baseline entry")


def test_baseline_from_config_is_relative_to_the_config_file(project: Path, capsys, monkeypatch) -> None:
    write_project(project, 'baseline = "ci/baseline.json"\n')
    (project / "ci").mkdir()
    run(capsys, "--write-baseline", "ci/baseline.json")
    monkeypatch.chdir(project / "ci")
    code = main(["check", "--as-of", AS_OF, "--no-cache", "../a.md", "../b.md"])
    assert (code, capsys.readouterr().out) == (0, "No findings.\n")
