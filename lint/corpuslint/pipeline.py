"""The message pipeline: the one place raw findings become the reported findings.

select/ignore -> per-path ignores -> inline suppressions (+ CL002) -> baseline -> severity
overrides -> dedupe -> deterministic sort. Pure: the caller loads files, config and baseline.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import regex

from corpuslint.baseline import Baseline, BaselineEntry
from corpuslint.finding import Finding, Severity
from corpuslint.rulepacks import RuleRegistry
from corpuslint.span import Span
from corpuslint.suppression import Suppressions


UNUSED_SUPPRESSION = "CL002"


@dataclass(frozen=True)
class Selection:
    """Which rules apply where: select/ignore entries are codes, code prefixes or names."""

    registry: RuleRegistry
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, selectors)
    root: Path = field(default_factory=Path.cwd)  # per-path globs are relative to it

    @cached_property
    def active_codes(self) -> frozenset[str]:
        selected = self._codes(self.select) if self.select is not None else self.registry.codes
        return selected - self._codes(self.ignore)

    def codes_for(self, path: str) -> frozenset[str]:
        """The rules that apply to findings in ``path``."""
        ignored = set()
        relative = _relative_to(path, self.root)
        for glob, selectors in self.per_path_ignores:
            if glob_matches(glob, relative):
                ignored |= self._codes(selectors)
        return self.active_codes - ignored

    def _codes(self, selectors: Iterable[str]) -> frozenset[str]:
        return frozenset(rule.code for s in selectors for rule in self.registry.matching(s))


@dataclass(frozen=True)
class PipelineOptions:
    selection: Selection
    severity: Mapping[str, Severity] = field(default_factory=dict)  # rule code -> severity
    baseline: Baseline | None = None
    lang: str = "en"


@dataclass
class Report:
    findings: list[Finding]
    stale_baseline: list[BaselineEntry] = field(default_factory=list)


def run_pipeline(
    findings: Iterable[Finding], suppressions: Mapping[str, Suppressions], options: PipelineOptions
) -> Report:
    """``suppressions`` holds, for each checked document's path, its suppression comments."""
    selection = options.selection
    findings = [f for f in findings if f.rule in selection.codes_for(f.path)]
    findings = _apply_suppressions(findings, suppressions, options)
    stale: list[BaselineEntry] = []
    if options.baseline is not None:
        findings, matched = options.baseline.split(findings)
        checked = list(suppressions)
        stale = options.baseline.stale(matched, selection.active_codes, checked)
    findings = [_with_severity(f, options.severity) for f in findings]
    return Report(sorted(_dedupe(findings), key=sort_key), stale)


def sort_key(finding: Finding) -> tuple[str, int, int, str, str]:
    return (finding.path, finding.line, finding.column, finding.rule, finding.message)


def _apply_suppressions(
    findings: Sequence[Finding], suppressions: Mapping[str, Suppressions], options: PipelineOptions
) -> list[Finding]:
    kept = [
        f for f in findings if f.path not in suppressions or not suppressions[f.path].suppresses(f)
    ]
    for path, document_suppressions in sorted(suppressions.items()):
        kept.extend(_unused_findings(path, document_suppressions, options))
    return kept


def _unused_findings(
    path: str, suppressions: Suppressions, options: PipelineOptions
) -> Iterable[Finding]:
    """CL002 for each suppression that hid nothing, if that can be known from this run.

    A code whose rule did not run (``--select``, an ignore) may well have had something to
    hide, so only codes of rules that ran, and unknown codes, are reported; a blanket
    directive is reported only when every rule ran on the file.
    """
    selection = options.selection
    applicable = selection.codes_for(path)
    if UNUSED_SUPPRESSION not in applicable:
        return
    rule = selection.registry.get(UNUSED_SUPPRESSION)
    assert rule is not None  # the built-in pack defines it
    from corpuslint.checks import kind_for

    check = kind_for(rule.kind)(rule, options.lang)
    everything_ran = applicable == selection.registry.codes
    for directive, code in suppressions.unused():
        if code is None and not everything_ran:
            continue
        if code in selection.registry.codes and code not in applicable:
            continue
        label = directive.label(code)
        span = Span(
            line=directive.line,
            column=directive.column,
            end_line=directive.line,
            end_column=directive.end_column,
        )
        yield check.finding(path, span, fingerprint=label, directive=label)


def _with_severity(finding: Finding, overrides: Mapping[str, Severity]) -> Finding:
    severity = overrides.get(finding.rule)
    if severity is None or severity == finding.severity:
        return finding
    return finding.model_copy(update={"severity": severity})


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: dict[tuple, Finding] = {}
    for finding in findings:
        key = (*sort_key(finding), finding.end_line, finding.end_column)
        seen.setdefault(key, finding)
    return list(seen.values())


def glob_matches(glob: str, path: str) -> bool:
    """gitignore-like matching of a posix ``path`` relative to the config file.

    ``*`` stays within a directory, ``**`` crosses directories, a glob without ``/`` also
    matches the file name alone, and a glob matching a directory matches everything in it.
    """
    pattern = _compile_glob(glob.rstrip("/"))
    parts = path.split("/")
    candidates = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    if "/" not in glob.rstrip("/"):
        candidates.append(parts[-1])
    return any(pattern.fullmatch(candidate) for candidate in candidates)


def _compile_glob(glob: str) -> regex.Pattern[str]:
    tokens = regex.split(r"(\*\*/|\*\*|\*|\?)", glob.removeprefix("./"))
    translated = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
    return regex.compile("".join(translated.get(t, regex.escape(t)) for t in tokens))


def _relative_to(path: str, root: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root.absolute()).as_posix()
    except ValueError:
        return Path(path).as_posix()
