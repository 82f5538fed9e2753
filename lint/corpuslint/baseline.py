"""Baselines: accept today's findings so that only new ones are reported.

A finding is identified by (rule, path, fingerprint). Fingerprints come from the checks and
name the claim, not its line, so editing elsewhere in a file does not resurrect a baselined
finding. Paths are stored relative to the baseline file's directory, so the baseline works
from any working directory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from corpuslint.errors import ConfigError
from corpuslint.finding import Finding

VERSION = 1


@dataclass(frozen=True, order=True)
class BaselineEntry:
    path: str
    rule: str
    fingerprint: str
    message: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.rule, self.path, self.fingerprint)


@dataclass(frozen=True)
class Baseline:
    entries: tuple[BaselineEntry, ...]
    directory: Path  # where the baseline file is: entry paths are relative to it

    def entry_for(self, finding: Finding) -> BaselineEntry:
        path = _relative_path(finding.path, self.directory)
        return BaselineEntry(path, finding.rule, finding.fingerprint, finding.message)

    def split(self, findings: Iterable[Finding]) -> tuple[list[Finding], set[tuple[str, str, str]]]:
        """(findings not in the baseline, keys of the entries that matched a finding)."""
        known = {entry.key for entry in self.entries}
        kept, matched = [], set()
        for finding in findings:
            key = self.entry_for(finding).key
            if key in known:
                matched.add(key)
            else:
                kept.append(finding)
        return kept, matched

    def stale(
        self, matched: set[tuple[str, str, str]], rules: Iterable[str], paths: Iterable[str]
    ) -> list[BaselineEntry]:
        """Entries of rules that ran, on files that were checked, that matched no finding."""
        rules = set(rules)
        checked = {_relative_path(path, self.directory) for path in paths}
        return [
            e for e in self.entries
            if e.key not in matched and e.rule in rules and e.path in checked
        ]


def load_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(str(path), "baseline file not found (create it with --write-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(str(path), f"cannot read baseline: {error}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ConfigError(str(path), f"version: expected {VERSION}")
    try:
        entries = tuple(
            BaselineEntry(e["path"], e["rule"], e["fingerprint"], e.get("message", ""))
            for e in data["findings"]
        )
    except (KeyError, TypeError) as error:
        raise ConfigError(str(path), f"findings: malformed entry ({error})") from None
    return Baseline(entries, path.absolute().parent)


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Record ``findings`` in ``path``; returns how many entries were written."""
    baseline = Baseline((), path.absolute().parent)
    entries = sorted({baseline.entry_for(finding) for finding in findings})
    document = {
        "version": VERSION,
        "findings": [
            {"rule": e.rule, "path": e.path, "fingerprint": e.fingerprint, "message": e.message}
            for e in entries
        ],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(entries)


def _relative_path(finding_path: str, directory: Path) -> str:
    if finding_path.startswith("<"):  # <stdin>
        return finding_path
    absolute = Path(os.path.abspath(finding_path))
    try:
        return Path(os.path.relpath(absolute, directory)).as_posix()
    except ValueError:  # another drive on Windows
        return absolute.as_posix()
