"""`corpuslint check PATH...`: settings -> documents -> analyses -> checks -> pipeline -> output.

The exit code depends only on the findings and ``--fail-level``, never on the format: 0 when
nothing reaches the fail level, 1 when something does, 2 for usage and configuration errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint.errors import UsageError
from corpuslint.finding import Finding, Severity

if TYPE_CHECKING:
    from corpuslint.cache import AnalysisCache
    from corpuslint.config import LoadedConfig
    from corpuslint.pipeline import PipelineOptions
    from corpuslint.rulepacks import RuleRegistry
    from corpuslint.suppression import Suppressions

EXIT_OK, EXIT_FINDINGS = 0, 1


def run(ns: argparse.Namespace) -> int:
    if ns.json_schema:
        from corpuslint.formatters.json import format_schema

        sys.stdout.write(format_schema())
        return EXIT_OK
    settings = resolve_settings(ns)
    findings, checked = _check(settings)

    from corpuslint.pipeline import run_pipeline

    report = run_pipeline(findings, checked.suppressions, settings.pipeline)
    if settings.hook_paths is not None:
        report.findings = [f for f in report.findings if _touches(f, settings.hook_paths)]
    if settings.write_baseline is not None:
        return _write_baseline(settings.write_baseline, report.findings)
    stale = _stale_note(report.stale_baseline, settings)
    sys.stdout.write(_render(report.findings, checked, settings, stale))
    if stale and settings.format != "text":
        print(f"corpuslint: info: {stale}", file=sys.stderr)
    failing = settings.fail_level.rank
    return EXIT_FINDINGS if any(f.severity.rank >= failing for f in report.findings) else EXIT_OK


@dataclass
class Checked:
    """What a run keeps of each document once it has been checked: its suppression comments,
    and the lines of what cannot be read again (standard input) for code frames."""

    suppressions: dict[str, Suppressions] = field(default_factory=dict)
    unrereadable_lines: dict[str, list[str]] = field(default_factory=dict)

    def lines(self, path: str) -> list[str] | None:
        if path in self.unrereadable_lines:
            return self.unrereadable_lines[path]
        from corpuslint.documents import DocumentError, load_document

        try:
            return load_document(path).lines()
        except (DocumentError, OSError):
            return None


def _check(settings: Settings) -> tuple[list[Finding], Checked]:
    """Read, analyse and check one document at a time; then check the claims of all of them."""
    from corpuslint.analysis import Corpus
    from corpuslint.checks import kind_for
    from corpuslint.commands.inputs import read_documents
    from corpuslint.documents import DocumentError
    from corpuslint.engine import StreamingRun, analyse
    from corpuslint.extract.gazetteer import load_gazetteer
    from corpuslint.suppression import Suppressions

    gazetteer = load_gazetteer(settings.gazetteer_dirs)
    active = settings.pipeline.selection.active_codes
    checks = [kind_for(r.kind)(r, settings.lang) for r in settings.registry if r.code in active]
    run = StreamingRun(checks, Corpus(analyses=[], as_of=settings.as_of,
                                      stale_after_months=settings.stale_after_months,
                                      lang=settings.lang))
    findings: list[Finding] = []
    checked = Checked()
    for document in read_documents(settings.paths):
        if isinstance(document, DocumentError):
            findings.append(_unreadable(document, settings))
            continue
        analysis = settings.cache.get(document) if settings.cache else None
        if analysis is None:
            analysis = analyse(document, gazetteer)
            if settings.cache:
                settings.cache.put(document, analysis)
        findings += run.add(analysis)
        checked.suppressions[document.path] = Suppressions.of(document)
        if document.path == "<stdin>":
            checked.unrereadable_lines[document.path] = document.lines()
    return findings + run.finish(), checked


def _unreadable(error, settings: Settings) -> Finding:
    from corpuslint.checks import kind_for
    from corpuslint.span import Span

    rule = settings.registry.get("CL001")
    assert rule is not None  # the built-in pack defines it
    check = kind_for(rule.kind)(rule, settings.lang)
    start = Span(line=1, column=1, end_line=1, end_column=1)
    return check.finding(error.path, start, fingerprint="unreadable", reason=error.message)


def _touches(finding: Finding, paths: frozenset[str]) -> bool:
    """Whether the primary or a related location is in one of ``paths`` (absolute)."""
    locations = [finding.path, *(related.path for related in finding.related)]
    return any(os.path.abspath(location) in paths for location in locations)


def _write_baseline(path: Path, findings: list[Finding]) -> int:
    from corpuslint.baseline import write_baseline

    count = write_baseline(path, findings)
    print(f"corpuslint: wrote {count} baseline entries to {path}", file=sys.stderr)
    return EXIT_OK


def _stale_note(stale: list, settings: Settings) -> str:
    if not stale:
        return ""
    return (
        f"{len(stale)} baseline entr{'y' if len(stale) == 1 else 'ies'} no longer occur "
        f"(rewrite {settings.baseline_path} with --write-baseline to drop them)"
    )


def _render(findings: list[Finding], checked: Checked, settings: Settings, stale: str) -> str:
    fmt = settings.format
    if fmt == "json":
        from corpuslint.formatters.json import format_json

        return format_json(findings)
    if fmt == "sarif":
        from corpuslint import __version__
        from corpuslint.formatters.sarif import format_sarif

        root = Path.cwd().absolute().as_uri().rstrip("/") + "/"
        return format_sarif(findings, list(settings.registry), version=__version__, source_root=root)
    if fmt == "github":
        from corpuslint.formatters.github import format_github

        return format_github(findings)
    from corpuslint.formatters.text import format_text

    paths = {f.path for f in findings} | {r.path for f in findings for r in f.related}
    sources = {path: lines for path in sorted(paths) if (lines := checked.lines(path)) is not None}
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return format_text(findings, sources, color=color, notes=[stale] if stale else [])


# --- settings: the command line over the config file over the defaults -----------------------


@dataclass(frozen=True)
class Settings:
    paths: list[str]
    hook_paths: frozenset[str] | None  # --hook: absolute paths whose findings are reported
    format: str
    registry: RuleRegistry
    pipeline: PipelineOptions
    as_of: date
    stale_after_months: int
    lang: str
    fail_level: Severity
    cache: AnalysisCache | None
    baseline_path: Path | None
    write_baseline: Path | None
    gazetteer_dirs: tuple[str, ...] = ()


def resolve_settings(ns: argparse.Namespace) -> Settings:
    from corpuslint.cache import AnalysisCache, default_cache_dir, files_digest
    from corpuslint.config import check_rule_codes, load_config
    from corpuslint.extract.gazetteer import pack_gazetteer_dirs
    from corpuslint.pipeline import PipelineOptions, Selection
    from corpuslint.rulepacks import load_registry

    loaded = load_config(ns.config)
    config = loaded.config
    packs = [loaded.resolve(pack) for pack in config.rule_packs]
    registry = load_registry(packs)
    gazetteer_dirs = pack_gazetteer_dirs(packs)
    check_rule_codes(loaded, registry)
    select = _selectors("--select", ns.select, registry)
    selection = Selection(
        registry=registry,
        select=select if select is not None else _tuple(config.select),
        ignore=(*config.ignore, *(_selectors("--ignore", ns.ignore, registry) or ())),
        per_path_ignores=tuple((g, tuple(c)) for g, c in config.per_path_ignores.items()),
        root=loaded.root,
    )
    baseline_path = _baseline_path(ns.baseline, loaded)
    lang = ns.lang or config.lang or "en"
    pipeline = PipelineOptions(
        selection=selection,
        severity={registry.get(key).code: level for key, level in config.severity.items()},
        baseline=_load_baseline(baseline_path) if baseline_path and not ns.write_baseline else None,
        lang=lang,
    )
    paths, hook_paths = _paths(ns, loaded)
    return Settings(
        paths=paths,
        hook_paths=hook_paths,
        format=ns.format,
        registry=registry,
        pipeline=pipeline,
        as_of=_as_of(ns.as_of),
        stale_after_months=_stale_after(ns.stale_after, config.stale_after),
        lang=lang,
        fail_level=Severity(ns.fail_level) if ns.fail_level else config.fail_level or Severity.WARNING,
        cache=None if ns.no_cache else AnalysisCache(
            default_cache_dir(loaded.root), files_digest(Path(d) for d in gazetteer_dirs)
        ),
        baseline_path=baseline_path,
        write_baseline=Path(ns.write_baseline) if ns.write_baseline else None,
        gazetteer_dirs=gazetteer_dirs,
    )


def _paths(ns: argparse.Namespace, loaded: LoadedConfig) -> tuple[list[str], frozenset[str] | None]:
    """What to read, and with --hook the files whose findings are reported.

    With --hook the PATHs are the changed files (pre-commit passes every changed text file).
    With a configured corpus, the whole corpus is checked, so that a contradiction with an
    unchanged article is still found, and changed files outside it (code, config) are not
    articles; without one, the changed files are the corpus.
    """
    corpus = _expand_corpus(loaded)
    if ns.hook:
        changed = {os.path.abspath(p) for p in ns.paths if p != "-"}
        if not corpus:
            return sorted(p for p in ns.paths if p != "-"), frozenset(changed)
        return corpus, frozenset(changed & {os.path.abspath(p) for p in corpus})
    if ns.paths:
        return list(ns.paths), None
    if not corpus:
        raise UsageError("no PATH given and no corpus configured (set corpus in corpuslint.toml)")
    return corpus, None


def _expand_corpus(loaded: LoadedConfig) -> list[str]:
    """The files of the config's ``corpus`` (paths or globs, relative to the config file)."""
    from corpuslint.config import display

    paths: list[str] = []
    for entry in loaded.config.corpus:
        if any(char in entry for char in "*?["):
            matches = sorted(loaded.root.glob(entry))
            paths += [display(match) for match in matches if match.is_file()]
        else:
            paths.append(display(loaded.resolve(entry)))
    from corpuslint.documents import DocumentError, iter_files

    try:
        return list(iter_files(list(dict.fromkeys(paths))))
    except DocumentError as error:
        raise loaded.error(f"corpus: {error.path}: {error.message}") from None


def _selectors(option: str, value: str | None, registry: RuleRegistry) -> tuple[str, ...] | None:
    if value is None:
        return None
    selectors = tuple(part.strip() for part in value.split(",") if part.strip())
    for selector in selectors:
        if not registry.matching(selector):
            raise UsageError(f"{option}: unknown rule code, prefix or name {selector!r}")
    return selectors


def _tuple(values: list[str] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(values)


def _baseline_path(option: str | None, loaded: LoadedConfig) -> Path | None:
    if option:
        return Path(option)
    return loaded.resolve(loaded.config.baseline) if loaded.config.baseline else None


def _load_baseline(path: Path):
    from corpuslint.baseline import load_baseline

    return load_baseline(path)


def _as_of(option: str | None) -> date:
    if option is None:
        return date.today()  # the one place corpuslint reads the clock
    from corpuslint.parse.dates import parse_date_option

    try:
        return parse_date_option(option)
    except ValueError as error:
        raise UsageError(f"--as-of: {error}") from None


def _stale_after(option: str | None, configured: str | None) -> int:
    from corpuslint.config import stale_after_months

    try:
        return stale_after_months(option or configured or "3y")
    except ValueError as error:
        raise UsageError(f"--stale-after: {error}") from None
