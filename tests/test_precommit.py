"""The pre-commit hook, run for real by pre-commit in a throwaway git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HOOK_CONFIG = """\
repos:
  - repo: local
    hooks:
      - id: corpuslint
        name: corpuslint
        entry: corpuslint check --hook --as-of 2026-11-23 --no-cache
        language: system
        types: [text]
        require_serial: true
"""


BUYERS = "截至2024年6月30日，美团的年度交易用户数为{}。\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def pre_commit(repo: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run(
        ["pre-commit", "run", "--all-files", "--color", "never"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None or shutil.which("pre-commit") is None:
        pytest.skip("git and pre-commit are needed")
    repo = tmp_path / "repo"
    (repo / "news").mkdir(parents=True)
    (repo / ".pre-commit-config.yaml").write_text(HOOK_CONFIG, encoding="utf-8")
    (repo / "corpuslint.toml").write_text('corpus = ["news"]\n', encoding="utf-8")
    for name in ("a.md", "b.md"):  # two articles that agree
        (repo / "news" / name).write_text(BUYERS.format("7.7亿"), encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    return repo


def test_hook_passes_on_a_clean_corpus_and_fails_naming_the_file(repo: Path) -> None:
    clean = pre_commit(repo)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    (repo / "news" / "b.md").write_text(BUYERS.format("6.8亿"), encoding="utf-8")
    git(repo, "add", ".")
    broken = pre_commit(repo)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "CL101 [error]" in broken.stdout and "news/b.md:1:25" in broken.stdout


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """This repository's own hook set-up: its .pre-commit-config.yaml, seeds and baseline."""
    if shutil.which("git") is None or shutil.which("pre-commit") is None:
        pytest.skip("git and pre-commit are needed")
    repo = tmp_path / "project"
    shutil.copytree(ROOT / "seeds", repo / "seeds")
    shutil.copy(ROOT / ".corpuslint-baseline.json", repo)
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    # Staleness depends on the date: pin it to the day the baseline was written.
    pinned = config.replace("entry: corpuslint check ", "entry: corpuslint check --as-of 2026-11-23 --no-cache ")
    assert pinned != config
    (repo / ".pre-commit-config.yaml").write_text(pinned, encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    return repo


def test_project_hook_passes_on_the_seeds_and_fails_on_a_new_contradiction(project_copy: Path) -> None:
    clean = pre_commit(project_copy)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    seed = project_copy / "seeds" / "004_502ee8277581d578.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8")
        + "\n截至2019年6月30日，微信及WeChat的合并月活跃账户数达12.33亿。\n",
        encoding="utf-8",
    )
    git(project_copy, "add", ".")
    broken = pre_commit(project_copy)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "CL101 [error]" in broken.stdout and "12.33亿" in broken.stdout
