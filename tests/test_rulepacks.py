"""Rule packs: loading, validation, and the registry that every rule listing comes from."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.errors import ConfigError
from corpuslint.rulepacks import load_registry

VALID = """\
code: CL950
name: house-style
kind: unreadable-document
severity: warning
summary: A house rule.
explanation: Explains.
message: {en: "m {reason}", zh: "m {reason}"}
examples: {bad: ["a"], good: ["b"]}
"""


def pack(tmp_path: Path, files: dict[str, str]) -> Path:
    directory = tmp_path / "pack"
    directory.mkdir()
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_builtin_pack_is_sorted_and_has_the_meta_rules() -> None:
    registry = load_registry()
    codes = [rule.code for rule in registry]
    assert codes == sorted(codes) and {"CL001", "CL002"} <= set(codes)
    for rule in registry:
        assert Path(rule.source).name == f"{rule.code}-{rule.name}.yaml"


def test_lookup_by_code_name_and_prefix(tmp_path: Path) -> None:
    registry = load_registry([pack(tmp_path, {"CL950-house-style.yaml": VALID})])
    assert registry.get("cl950").name == "house-style"
    assert registry.get("house-style").code == "CL950"
    assert registry.get("CL951") is None
    assert [r.code for r in registry.matching("CL95")] == ["CL950"]
    assert [r.code for r in registry.matching("CL00")] == ["CL001", "CL002"]


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        ({"CL950-house.yaml": VALID}, "file name must be 'CL950-house-style.yaml'"),
        ({"CL950-house-style.yaml": VALID.replace("kind: unreadable-document", "kind: vibes")},
         "kind: unknown check kind 'vibes'"),
        ({"CL950-house-style.yaml": VALID + "params: {colour: red}\n"}, "params.colour: Extra inputs"),
        ({"CL950-house-style.yaml": VALID.replace("severity: warning", "severity: fatal")},
         "severity: Input should be 'info', 'warning' or 'error'"),
        ({"CL950-house-style.yaml": VALID.replace("code: CL950", "code: X1")}, "code: String should match"),
        ({"CL950-house-style.yaml": VALID + "examples: {bad: [], good: [b]}\n"}, "examples.bad: List should have at least 1"),
        ({"CL950-house-style.yaml": "code: [CL950\n"}, "invalid YAML"),
        ({"CL950-house-style.yaml": "- a list\n"}, "a rule file must be a mapping"),
        ({"CL001-unreadable-document.yaml": VALID.replace("CL950", "CL001").replace("house-style", "unreadable-document")},
         "code: CL001 is already defined in"),
        ({"CL950-house-style.yaml": VALID, "CL951-house-style.yaml": VALID.replace("CL950", "CL951")},
         "name: house-style is already defined in"),
    ],
)
def test_invalid_packs_are_one_line_config_errors(tmp_path: Path, files: dict[str, str], problem: str) -> None:
    directory = pack(tmp_path, files)
    with pytest.raises(ConfigError) as error:
        load_registry([directory])
    message = str(error.value)
    assert message.startswith(str(directory)) and problem in message and "\n" not in message


def test_missing_pack_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="rule pack directory not found"):
        load_registry([tmp_path / "nope"])


def test_rule_command(capsys) -> None:
    from corpuslint.cli import main

    assert main(["rule", "CL002"]) == 0
    assert capsys.readouterr().out.startswith("CL002 unused-suppression [warning]\n")
    assert main(["rule", "unused-suppression", "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# CL002 unused-suppression\n")
    assert main(["rule", "CL998"]) == 2
    assert capsys.readouterr().err == "corpuslint: error: unknown rule 'CL998' (see `corpuslint rule --all`)\n"
    assert main(["rule"]) == 2


def test_readme_rules_table_is_generated(capsys) -> None:
    """README.md holds exactly the generated table: nothing about a rule is written twice."""
    from corpuslint.cli import main

    assert main(["rule", "--all", "--format", "markdown"]) == 0
    table = capsys.readouterr().out
    root = Path(__file__).resolve().parents[1]
    start, end = "<!-- rules-table:start -->", "<!-- rules-table:end -->"
    text = (root / "README.md").read_text(encoding="utf-8")
    assert start in text and end in text, "README.md needs the rules-table markers"
    between = text[text.index(start) + len(start) : text.index(end)]
    assert between.strip("\n") == table.strip("\n"), (
        "regenerate the table in README.md with: corpuslint rule --all --format markdown"
    )
