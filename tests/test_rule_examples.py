"""Every rule's own examples: bad ones must trigger it, good ones must not (LanguageTool style)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.cli import main
from corpuslint.rulepacks import load_registry
from corpuslint.rulespec import Example, RuleSpec

DEFAULT_AS_OF = "2026-11-23"


def cases():
    for rule in load_registry():
        for verdict, examples in (("bad", rule.examples.bad), ("good", rule.examples.good)):
            for index, example in enumerate(examples):
                yield pytest.param(rule, verdict, example, id=f"{rule.code}-{verdict}-{index}")


@pytest.mark.parametrize(("rule", "verdict", "example"), list(cases()))
def test_rule_example(
    rule: RuleSpec, verdict: str, example: Example, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpuslint.toml").write_text("", encoding="utf-8")  # no outside config applies
    for name, content in example.documents.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    as_of = example.as_of.isoformat() if example.as_of else DEFAULT_AS_OF
    main([
        "check", "--as-of", as_of, "--select", rule.code, "--no-cache", "--format", "json",
        "--config", "corpuslint.toml", *example.documents,
    ])  # fmt: skip
    out, err = capsys.readouterr()
    codes = [finding["rule"] for finding in json.loads(out or "null") or []]
    assert not err.startswith("corpuslint: error"), err
    if verdict == "bad":
        assert rule.code in codes, f"{rule.code} did not fire on: {example.documents}"
    else:
        assert rule.code not in codes, f"{rule.code} fired on a good example: {out}"
