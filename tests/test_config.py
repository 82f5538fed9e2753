"""Configuration files: discovery, validation, and one-line errors naming the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.config import check_rule_codes, find_config, load_config
from corpuslint.errors import ConfigError
from corpuslint.finding import Severity
from corpuslint.pipeline import glob_matches
from corpuslint.rulepacks import load_registry


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_config_wins_and_corpuslint_toml_beats_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.corpuslint]\nlang = 'zh'\n")
    write(tmp_path / "a" / "pyproject.toml", "[project]\nname = 'x'\n")  # no table: skipped
    write(tmp_path / "a" / "b" / "corpuslint.toml", "lang = 'en'\n")
    write(tmp_path / "a" / "b" / "pyproject.toml", "[tool.corpuslint]\n")
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir()
    assert find_config(deep) == tmp_path / "a" / "b" / "corpuslint.toml"
    assert find_config(tmp_path / "a") == tmp_path / "pyproject.toml"
    assert load_config(cwd=tmp_path / "a").config.lang == "zh"


def test_explicit_config_and_kebab_case_keys(tmp_path: Path) -> None:
    path = write(
        tmp_path / "conf" / "corpuslint.toml",
        """
corpus = ["articles/**/*.md"]
rule-packs = ["packs/house"]
select = ["CL1", "CL2"]
ignore = ["CL204"]
stale-after = "18m"
fail-level = "error"
lang = "zh"
baseline = "baseline.json"
[severity]
CL301 = "info"
[per-path-ignores]
"drafts/**" = ["CL3"]
""",
    )
    loaded = load_config(str(path))
    config = loaded.config
    assert loaded.root == path.parent.absolute()
    assert loaded.resolve(config.rule_packs[0]) == path.parent.absolute() / "packs/house"
    assert config.severity == {"CL301": Severity.INFO} and config.fail_level is Severity.ERROR
    assert config.per_path_ignores == {"drafts/**": ["CL3"]}
    assert (config.stale_after, config.lang, config.select) == ("18m", "zh", ["CL1", "CL2"])


def test_no_config_means_defaults_rooted_at_the_working_directory(tmp_path: Path) -> None:
    loaded = load_config(cwd=tmp_path)
    assert loaded.source is None and loaded.root == tmp_path and loaded.config.corpus == []


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("corpuslint.toml", "colour = 'red'\n", "corpuslint.toml: colour: unknown key (known: baseline, corpus"),
        ("corpuslint.toml", "lang = 'fr'\n", "corpuslint.toml: lang: Input should be 'zh' or 'en'"),
        ("corpuslint.toml", "fail-level = 'fatal'\n", "corpuslint.toml: fail-level: Input should be"),
        ("corpuslint.toml", "stale-after = 'soon'\n", "corpuslint.toml: stale-after: invalid age 'soon'"),
        ("corpuslint.toml", "corpus = 'seeds'\n", "corpuslint.toml: corpus: Input should be a valid list"),
        ("corpuslint.toml", "lang = \n", "corpuslint.toml: cannot read TOML"),
        ("pyproject.toml", "[tool.corpuslint]\n[tool.corpuslint.severity]\nCL101 = 'loud'\n",
         "pyproject.toml: [tool.corpuslint] severity.CL101: Input should be"),
    ],
)
def test_invalid_config_is_one_line_naming_file_and_key(
    tmp_path: Path, monkeypatch, name: str, text: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / name, text)
    with pytest.raises(ConfigError) as error:
        load_config()
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[tool.corpuslint.severity]\nCL999 = 'error'\n", "pyproject.toml: [tool.corpuslint] severity.CL999: unknown rule"),
        ("[tool.corpuslint]\nselect = ['CL8']\n", "pyproject.toml: [tool.corpuslint] select: unknown rule code, prefix or name 'CL8'"),
        ("[tool.corpuslint.per-path-ignores]\n'a/*' = ['nope']\n",
         "pyproject.toml: [tool.corpuslint] per-path-ignores.a/*: unknown rule code, prefix or name 'nope'"),
    ],
)
def test_rule_codes_must_exist(tmp_path: Path, monkeypatch, table: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", table)
    with pytest.raises(ConfigError) as error:
        check_rule_codes(load_config(), load_registry())
    assert str(error.value) == message


def test_rule_names_and_prefixes_are_accepted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "corpuslint.toml", "select = ['CL0', 'unused-suppression']\n[severity]\nunreadable-document = 'warning'\n")
    check_rule_codes(load_config(), load_registry())  # no error


@pytest.mark.parametrize(
    ("glob", "path", "matches"),
    [
        ("drafts/*.md", "drafts/a.md", True),
        ("drafts/*.md", "drafts/old/a.md", False),  # * stays in one directory
        ("drafts/**/*.md", "drafts/old/a.md", True),
        ("drafts/**/*.md", "drafts/a.md", True),  # **/ may be no directory at all
        ("**/旧稿/*", "news/旧稿/一.md", True),
        ("drafts", "drafts/old/a.md", True),  # a directory covers what is in it
        ("drafts/", "drafts/a.md", True),
        ("*.txt", "news/a.txt", True),  # no slash: the file name alone is enough
        ("news/*.txt", "archive/news/a.txt", False),
        ("a?.md", "ab.md", True),
        ("a[1].md", "a[1].md", True),  # only * and ? are special
    ],
)
def test_per_path_globs(glob: str, path: str, matches: bool) -> None:
    assert glob_matches(glob, path) is matches
