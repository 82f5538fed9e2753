"""SARIF 2.1.0 output, as GitHub code scanning reads it.

``tool.driver.rules`` lists every rule of the registry (its metadata is the rule spec, nothing
is restated here); results point into it by ``ruleIndex``. Artifact URIs are relative to
``%SRCROOT%``, the directory the run was started from, percent-encoded.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from corpuslint.finding import Finding, Related, Severity
from corpuslint.rulespec import RuleSpec

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/corpuslint/"
SRCROOT = "%SRCROOT%"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def format_sarif(
    findings: Sequence[Finding], rules: Sequence[RuleSpec], *, version: str, source_root: str
) -> str:
    """``source_root`` is a ``file:`` URI ending in ``/``: what relative paths are relative to."""
    index = {rule.code: i for i, rule in enumerate(rules)}
    run = {
        "tool": {
            "driver": {
                "name": "corpuslint",
                "version": version,
                "semanticVersion": version,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(rule) for rule in rules],
            }
        },
        "originalUriBaseIds": {SRCROOT: {"uri": source_root}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(finding, index) for finding in findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(rule: RuleSpec) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation.strip()},
        "help": {"text": rule.explanation.strip(), "markdown": rule.explanation.strip()},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"tags": [rule.category]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {"ruleId": finding.rule}
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    result |= {
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical(finding)}],
    }
    if finding.related:
        result["relatedLocations"] = [
            {"id": i, "physicalLocation": _physical(r), "message": {"text": r.message}}
            for i, r in enumerate(finding.related)
        ]
    if finding.fingerprint:
        digest = hashlib.sha256(finding.fingerprint.encode("utf-8")).hexdigest()
        result["partialFingerprints"] = {"corpuslintFingerprint/v1": digest}
    return result


def _physical(at: Finding | Related) -> dict[str, Any]:
    return {
        "artifactLocation": artifact_location(at.path),
        "region": {
            "startLine": at.line,
            "startColumn": at.column,
            "endLine": at.end_line,
            "endColumn": at.end_column,
        },
    }


def artifact_location(path: str) -> dict[str, str]:
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return {"uri": "file://" + quote(posix.as_posix())}
    return {"uri": quote(posix.as_posix()), "uriBaseId": SRCROOT}
