"""End-to-end `corpuslint check` on a 10,000-document corpus, next to a one-regex baseline.

    python -m tests.benchmarks.bench_check [--mb 50] [--docs 10000]

`check` runs as a subprocess exactly as a user would run it
(`corpuslint check DIR --format json --no-cache --as-of 2026-11-23`), through a launcher that
reports its wall time, CPU time and peak RSS (see measure.py). The baseline, in this process,
reads every file and runs the single numeric regex over it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.harness import (
    REPO_ROOT,
    Tally,
    cached_corpus,
    corpus_files,
    count_numbers,
    header,
    memory,
)

CHECK_MODULE = "corpuslint.commands.check"
EXIT_FINDINGS = 1  # check exits 1 when it reports findings: a successful run for us


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if importlib.util.find_spec(CHECK_MODULE) is None:
        sys.exit(
            f"bench_check: `corpuslint check` is not implemented yet ({CHECK_MODULE} is missing)"
        )
    directory = args.corpus or cached_corpus(args.mb, args.docs, args.seed)
    paths = corpus_files(directory)
    print(f"corpus: {directory} ({len(paths):,} documents)")
    run, findings = _run_check(directory, args.as_of)
    baseline = _baseline(paths)
    checked = Tally(baseline.bytes, run["seconds"], findings)
    print(header().replace("matches", "found"))
    print(baseline.row("baseline regex (with I/O)"))
    print(checked.row("corpuslint check (wall, findings)"))
    print(f"check CPU time {run['cpu_seconds']:.2f} s, peak RSS {memory(run['max_rss'])}")
    print(f"ratio check / baseline: {checked.seconds / baseline.seconds:.0f}x")
    return 0


def _run_check(directory: Path, as_of: str) -> tuple[dict, int]:
    """Run check through the launcher; return its measurements and the number of findings."""
    command = [
        sys.executable,
        "-m",
        "corpuslint",
        "check",
        str(directory),
        "--format",
        "json",
        "--no-cache",
        "--as-of",
        as_of,
    ]
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "findings.json"
        launcher = [sys.executable, "-m", "tests.benchmarks.measure", str(output), *command]
        done = subprocess.run(launcher, cwd=REPO_ROOT, capture_output=True, text=True, check=True)
        run = json.loads(done.stdout)
        # A crash also exits 1, so success means: exit 0 or 1 *and* a JSON report on stdout.
        try:
            report = json.loads(output.read_text(encoding="utf-8"))
        except ValueError:
            report = None
        if run["returncode"] not in (0, EXIT_FINDINGS) or report is None:
            failed = f"`{' '.join(command)}` failed (exit {run['returncode']})"
            sys.exit(f"bench_check: {failed}:\n{run['stderr']}")
        return run, _count_findings(report)


def _count_findings(report: object) -> int:
    if isinstance(report, dict):  # {"findings": [...], ...} or similar envelope
        report = report.get("findings", report.get("results", []))
    return len(report) if isinstance(report, list) else 0


def _baseline(paths: list[Path]) -> Tally:
    tally = Tally()
    started = time.perf_counter()
    for path in paths:
        raw = path.read_bytes()
        tally.bytes += len(raw)
        tally.items += count_numbers(raw.decode("utf-8"))
    tally.seconds = time.perf_counter() - started
    return tally


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_check", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    parser.add_argument(
        "--docs", type=int, default=10_000, help="number of documents (default 10000)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--corpus", type=Path, help="use this directory instead of a generated corpus"
    )
    parser.add_argument("--as-of", default="2026-11-23", help="the --as-of date passed to check")
    return parser


if __name__ == "__main__":
    sys.exit(main())
