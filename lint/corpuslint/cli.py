"""Command-line entry point.

Only argparse is imported at start-up; each command imports what it needs, so that
``corpuslint --help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from corpuslint import __version__

COMMANDS = ("check", "quantities", "claims", "rule")
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in COMMANDS and args[0] not in ("-h", "--help", "--version"):
        args.insert(0, "check")  # `corpuslint PATH...` means `corpuslint check PATH...`
    parser = _parser()
    try:
        ns = parser.parse_args(args)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help
        return int(exit_.code or 0)
    if ns.command is None:
        parser.print_help()
        return EXIT_USAGE
    from corpuslint.errors import UsageError

    try:
        return ns.run(ns)
    except UsageError as error:
        print(f"corpuslint: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `corpuslint ... | head`
        sys.stderr.close()
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corpuslint",
        description="A data-consistency linter for corpora of Chinese-language articles.",
        epilog="`corpuslint PATH...` is short for `corpuslint check PATH...`.",
    )
    parser.add_argument("--version", action="version", version=f"corpuslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_check(sub)
    _add_quantities(sub)
    _add_claims(sub)
    _add_rule(sub)
    return parser


def _lazy(module: str):
    def run(ns: argparse.Namespace) -> int:
        from importlib import import_module

        return import_module(f"corpuslint.commands.{module}").run(ns)

    return run


def _add_paths(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories; - reads stdin")


def _add_check(sub) -> None:
    p = sub.add_parser("check", help="report figures that do not hold together (default)")
    _add_paths(p)
    p.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text")
    p.add_argument("--as-of", metavar="DATE", help="today's date for staleness (YYYY-MM-DD)")
    p.add_argument("--select", metavar="CODES", help="comma-separated codes or prefixes to run")
    p.add_argument("--ignore", metavar="CODES", help="comma-separated codes or prefixes to skip")
    p.add_argument(
        "--fail-level", choices=("error", "warning", "info"), default=None,
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    p.add_argument("--stale-after", metavar="AGE", help="e.g. 3y, 18m (default 3y)")
    p.add_argument("--config", metavar="FILE", help="corpuslint.toml or pyproject.toml to use")
    p.add_argument("--lang", choices=("zh", "en"), default=None, help="message language")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("--baseline", metavar="FILE", help="hide findings recorded in FILE")
    p.add_argument("--write-baseline", metavar="FILE", help="record current findings in FILE")
    p.add_argument(
        "--hook", action="store_true",
        help="pre-commit mode: check PATHs against the configured corpus, report only theirs",
    )
    p.add_argument(
        "--json-schema", action="store_true", help="print the JSON Schema of --format json"
    )
    p.set_defaults(run=_lazy("check"))


def _add_quantities(sub) -> None:
    p = sub.add_parser("quantities", help="list every numeric expression found")
    _add_paths(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=_lazy("quantities"))


def _add_claims(sub) -> None:
    p = sub.add_parser("claims", help="list the claims (entity, metric, period, value) found")
    _add_paths(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--config", metavar="FILE", help="corpuslint.toml or pyproject.toml to use")
    p.set_defaults(run=_lazy("claims"))


def _add_rule(sub) -> None:
    p = sub.add_parser("rule", help="explain a rule")
    p.add_argument("code", nargs="?", help="rule code (CL101) or name (value-conflict)")
    p.add_argument("--all", action="store_true", help="explain every rule")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    p.add_argument("--config", metavar="FILE", help="config whose rule-packs to include")
    p.set_defaults(run=_lazy("rule"))
