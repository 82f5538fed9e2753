"""`corpuslint check` end to end, in process, on small corpora written to a temporary dir.

The rules under test come from a rule pack written here, instantiating ``test-repeat``: a
check kind defined below that reports every repeat of a word, related to its first mention.
It depends on nothing but documents, so these tests exercise the command, the configuration
and the pipeline rather than claim extraction.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
import regex
from pydantic import BaseModel, ConfigDict

from corpuslint.checks.base import Check, register
from corpuslint.cli import main
from corpuslint.finding import Finding, Related

AS_OF = "2026-11-23"


class _RepeatParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    word: str


@register
class Repeat(Check):
    """Every mention of ``word`` after the first in the corpus, related to the first."""

    kind = "test-repeat"
    Params = _RepeatParams

    first: Related | None = None  # one instance checks one run, document after document

    def check_document(self, analysis, corpus) -> Iterable[Finding]:
        document = analysis.document
        for index, match in enumerate(regex.finditer(regex.escape(self.params.word), document.text)):
            span = document.span(match.start(), match.end())
            if self.first is None:
                self.first = Related(path=document.path, message="first mentioned here", **span.model_dump())
                continue
            yield self.finding(
                document.path, span, fingerprint=f"{self.params.word}#{index}",
                related=[self.first], word=self.params.word,
            )


RULE = """\
code: {code}
name: {name}
kind: test-repeat
severity: {severity}
summary: A word is repeated.
explanation: Reports repeats.
message: {{en: "'{{word}}' is repeated", zh: "“{{word}}”重复出现"}}
params: {{word: {word}}}
examples: {{bad: ["{word}{word}"], good: ["无"]}}
"""


def write_project(root: Path, config: str = "", documents: dict[str, str] | None = None) -> Path:
    """A project dir with a test rule pack (CL901 error on 营收, CL902 info on 用户)."""
    pack = root / "pack"
    pack.mkdir(parents=True, exist_ok=True)
    for code, name, severity, word in (
        ("CL901", "repeated-revenue", "error", "营收"),
        ("CL902", "repeated-users", "info", "用户"),
    ):
        (pack / f"{code}-{name}.yaml").write_text(
            RULE.format(code=code, name=name, severity=severity, word=word), encoding="utf-8"
        )
    # Only the meta rules and the test rules: the built-in checks would see other things too.
    base = 'rule-packs = ["pack"]\nselect = ["CL0", "CL9"]\n'
    (root / "corpuslint.toml").write_text(base + config, encoding="utf-8")
    for name, content in (documents or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


def check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", "--as-of", AS_OF, "--no-cache", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return write_project(
        tmp_path,
        documents={"a.md": "# 季报\n\n公司营收增长。\n", "b.md": "公司营收下降，用户增加。\n\n用户再次增加。\n"},
    )


def test_text_output(project: Path, capsys) -> None:
    code, out, err = check(capsys, "a.md", "b.md")
    assert code == 1 and err == ""
    assert out.splitlines()[:5] == [
        "b.md:1:3: CL901 [error] '营收' is repeated",
        "  |",
        "1 | 公司营收下降，用户增加。",
        "  |     ^^^^",
        "  |",
    ]
    assert "note: a.md:3:3: first mentioned here" in out
    assert "b.md:3:1: CL902 [info] '用户' is repeated" in out
    assert out.endswith("\nFound 2 findings (1 error, 0 warnings, 1 info).\n")


def test_plain_paths_mean_check_and_directories_are_walked(project: Path, capsys) -> None:
    write_project(project, "", {"docs/x.md": "营收", "docs/sub/y.txt": "营收"})
    code = main(["--as-of", AS_OF, "--no-cache", "--format", "json", "docs"])
    records = json.loads(capsys.readouterr().out)
    assert code == 1 and [(r["path"], r["rule"]) for r in records] == [("docs/sub/y.txt", "CL901")]


def test_colour_only_on_a_terminal_without_no_color(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert "\x1b[" in check(capsys, "a.md", "b.md")[1]
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in check(capsys, "a.md", "b.md")[1]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], 1),
        (["--select", "CL902"], 0),  # info is below the default fail level
        (["--select", "CL902", "--fail-level", "info"], 1),
        (["--ignore", "CL901"], 0),
        (["--select", "CL90", "--fail-level", "error"], 1),
    ],
)
def test_exit_code_does_not_depend_on_the_format(
    project: Path, capsys, fmt: str, options: list[str], expected: int
) -> None:
    assert check(capsys, "a.md", "b.md", "--format", fmt, *options)[0] == expected


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--select", "CL9x"], "--select: unknown rule code, prefix or name 'CL9x'"),
        (["--as-of", "2026-13-01"], "--as-of: invalid date"),
        (["--stale-after", "3 years"], "--stale-after: invalid age"),
        (["--config", "missing.toml"], "missing.toml: config file not found"),
        (["nowhere.md"], "nowhere.md: no such file or directory"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(project: Path, capsys, options, message) -> None:
    code, out, err = check(capsys, "a.md", *options)
    assert code == 2 and out == ""
    assert err.startswith(f"corpuslint: error: {message}") and err.count("\n") == 1


def test_no_path_and_no_corpus_is_a_usage_error(project: Path, capsys) -> None:
    code, _, err = check(capsys)
    assert code == 2 and "no PATH given" in err


def test_configured_corpus_is_checked_when_no_path_is_given(project: Path, capsys) -> None:
    write_project(project, 'corpus = ["*.md"]\n')
    code, out, _ = check(capsys, "--format", "json")
    assert code == 1 and {r["path"] for r in json.loads(out)} == {"b.md"}


def test_config_severity_overrides_and_per_path_ignores(project: Path, capsys) -> None:
    write_project(
        project,
        '[severity]\nCL901 = "info"\nrepeated-users = "error"\n[per-path-ignores]\n"docs/**" = ["CL9"]\n',
        {"docs/c.md": "营收营收\n"},
    )
    code, out, _ = check(capsys, "a.md", "b.md", "docs", "--format", "json")
    records = json.loads(out)
    assert code == 1
    assert [(r["path"], r["rule"], r["severity"]) for r in records] == [
        ("b.md", "CL901", "info"), ("b.md", "CL902", "error"),
    ]


def test_unknown_rule_in_config_names_file_and_key(project: Path, capsys) -> None:
    write_project(project, '[severity]\nCL999 = "error"\n')
    code, _, err = check(capsys, "a.md")
    assert code == 2
    assert err == "corpuslint: error: corpuslint.toml: severity.CL999: unknown rule\n"


def test_unreadable_files_are_cl001_findings_not_tracebacks(project: Path, capsys) -> None:
    (project / "blank.md").write_text("  \n", encoding="utf-8")
    (project / "blob.txt").write_bytes(b"\x00\x01binary")
    code, out, err = check(capsys, "blank.md", "blob.txt", "--format", "json", "--select", "CL001")
    assert code == 1 and err == ""
    assert [(r["rule"], r["path"], r["line"], r["column"], r["message"]) for r in json.loads(out)] == [
        ("CL001", "blank.md", 1, 1, "cannot read this document: empty file"),
        ("CL001", "blob.txt", 1, 1, "cannot read this document: binary file"),
    ]


def test_stdin_is_one_document(project: Path, capsys, monkeypatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("营收一。营收二。".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = check(capsys, "-", "--format", "json")
    assert code == 1 and [(r["path"], r["column"]) for r in json.loads(out)] == [("<stdin>", 5)]


def test_lang_zh(project: Path, capsys) -> None:
    out = check(capsys, "a.md", "b.md", "--lang", "zh", "--select", "CL901")[1]
    assert "CL901 [error] “营收”重复出现" in out


def test_inline_suppression_and_unused_suppression(project: Path, capsys) -> None:
    (project / "b.md").write_text(
        "<!-- corpuslint-disable-next-line CL901 -->\n公司营收下降。\n\n<!-- corpuslint-disable-line CL901 -->\n",
        encoding="utf-8",
    )
    code, out, _ = check(capsys, "a.md", "b.md", "--format", "json")
    assert code == 1
    assert [(r["rule"], r["line"]) for r in json.loads(out)] == [("CL002", 4)]


def test_output_is_sorted_and_deterministic(project: Path, capsys) -> None:
    (project / "c.md").write_text("用户营收\n", encoding="utf-8")
    first = check(capsys, "c.md", "b.md", "a.md", "--format", "json")[1]
    assert first == check(capsys, "c.md", "b.md", "a.md", "--format", "json")[1]
    keys = [(r["path"], r["line"], r["column"], r["rule"]) for r in json.loads(first)]
    assert keys == sorted(keys)


def test_json_schema_option(capsys) -> None:
    assert main(["check", "--json-schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "corpuslint findings, version 1"


# --- --hook (pre-commit) -------------------------------------------------------------------


@pytest.fixture
def corpus_project(project: Path) -> Path:
    write_project(project, 'corpus = ["news"]\n', {f"news/{n}.md": "营收\n" for n in (1, 2, 3)})
    return project


@pytest.mark.parametrize(
    ("changed", "reported"),
    [
        (["news/2.md"], ["news/2.md"]),  # 3.md's finding relates to 1.md only
        (["news/1.md"], ["news/2.md", "news/3.md"]),  # both relate to the first mention
        (["news/3.md", "README.txt"], ["news/3.md"]),
    ],
)
def test_hook_checks_changed_files_against_the_corpus(
    corpus_project: Path, capsys, changed: list[str], reported: list[str]
) -> None:
    (corpus_project / "README.txt").write_text("说明\n", encoding="utf-8")
    code, out, _ = check(capsys, "--hook", "--format", "json", *changed)
    assert code == 1 and [r["path"] for r in json.loads(out)] == reported


# --- cache ---------------------------------------------------------------------------------


def test_cache_reuses_analyses_and_survives_corruption(project: Path, capsys, monkeypatch) -> None:
    import corpuslint.engine as engine

    calls: list[str] = []
    real = engine.analyse
    monkeypatch.setattr(engine, "analyse", lambda d, g=None: calls.append(d.path) or real(d, g))
    monkeypatch.setenv("CORPUSLINT_CACHE_DIR", str(project / "cache"))
    run = ["check", "--as-of", AS_OF, "--format", "json", "a.md", "b.md"]

    assert main(run) == 1 and calls == ["a.md", "b.md"]
    assert main(run) == 1 and calls == ["a.md", "b.md"]  # both from the cache
    entries = sorted((project / "cache").glob("*.pickle"))
    assert len(entries) == 2
    entries[0].write_bytes(b"not a pickle")
    assert main(run) == 1 and len(calls) == 3  # the corrupt one is recomputed
    assert main([*run, "--no-cache"]) == 1 and len(calls) == 5
    outputs = capsys.readouterr().out
    assert outputs.count('"rule": "CL901"') == 4  # same findings every time
