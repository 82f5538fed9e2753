"""Throughput and memory of `find_quantities` against a one-regex baseline.

    python -m tests.benchmarks.bench_quantities [--mb 50] [--docs 10000] [--keep-results]

One streaming pass over the corpus, pinned to one core: each document is read once, then the
baseline regex and `find_quantities` run on the same string, each timed on its own. A third
timing, the floor, runs only the parser's candidate scan and builds one Quantity per candidate
without reading it: what any Python implementation with this output model must spend, so that
the ratio can be told apart into our reading work and the cost of the design. Memory is
measured in fresh subprocesses on a quarter of the corpus and on all of it, counting quantities
without keeping them: if extraction streams, both peaks are the same.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
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
    peak_rss_bytes,
    pin_to_one_core,
)

TARGET_RATIO = 10.0
PROBE_FRACTIONS = (0.25, 1.0)
WARM_UP = "截至2020年底，该平台注册用户约为3.5亿人，同比增长12%，市场份额提升3个百分点。"

FindQuantities = Callable[[str], list]


@dataclass
class Pass:
    """One streaming pass: reading, the baseline and extraction, each timed separately."""

    io: Tally = field(default_factory=Tally)
    baseline: Tally = field(default_factory=Tally)
    extraction: Tally = field(default_factory=Tally)
    floor: Tally = field(default_factory=Tally)
    kept: list[list] = field(default_factory=list)

    def with_io(self, tally: Tally) -> Tally:
        return Tally(tally.bytes, tally.seconds + self.io.seconds, tally.items)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    find_quantities = _load_parser()
    directory = args.corpus or cached_corpus(args.mb, args.docs, args.seed)
    paths = corpus_files(directory)
    if args.probe is not None:
        return _probe(find_quantities, paths, args.probe, args.tracemalloc)
    print(pin_to_one_core())
    started = time.perf_counter()
    find_quantities(WARM_UP)  # lazily built tables and registries are not part of throughput
    print(f"first call (lazy set-up): {time.perf_counter() - started:.2f} s")
    timed = _measure(find_quantities, paths, keep=args.keep_results)
    print(f"corpus: {directory} ({len(paths):,} documents)")
    _print_throughput(timed)
    kept = sum(map(len, timed.kept))
    output = f"{kept:,} quantities kept" if args.keep_results else "quantities counted, not kept"
    print(f"peak RSS of this process: {memory(peak_rss_bytes())} ({output})")
    if not args.skip_memory:
        _print_memory(directory, args.tracemalloc)
    return 0


def _measure(find_quantities: FindQuantities, paths: list[Path], *, keep: bool) -> Pass:
    timed = Pass()
    for path in paths:
        t0 = time.perf_counter()
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        t1 = time.perf_counter()
        matches = count_numbers(text)
        t2 = time.perf_counter()
        quantities = find_quantities(text)
        t3 = time.perf_counter()
        candidates = _floor(text)
        t4 = time.perf_counter()
        _add(timed.io, len(raw), t1 - t0, 0)
        _add(timed.baseline, len(raw), t2 - t1, matches)
        _add(timed.extraction, len(raw), t3 - t2, len(quantities))
        _add(timed.floor, len(raw), t4 - t3, candidates)
        if keep:
            timed.kept.append(quantities)
    return timed


def _floor(text: str) -> int:
    """Scan *text* for the parser's candidates and build one Quantity for each, unread."""
    scan, make, template = _floor_parts()
    count = 0
    for match in scan(text):
        fields = template.copy()
        fields["start"], fields["end"] = match.span()
        make(fields)
        count += 1
    return count


@cache
def _floor_parts():
    from corpuslint.parse._qty_patterns import scanner
    from corpuslint.parse.quantities import _quantity_of, find_quantities

    return scanner().finditer, _quantity_of, dict(find_quantities(WARM_UP)[0])


def _add(tally: Tally, size: int, seconds: float, items: int) -> None:
    tally.bytes += size
    tally.seconds += seconds
    tally.items += items


def _print_throughput(timed: Pass) -> None:
    print(header())
    print(timed.io.row("read + decode UTF-8"))
    print(timed.baseline.row("baseline regex (compute only)"))
    print(timed.extraction.row("find_quantities (compute only)"))
    print(timed.floor.row("floor (scan, unread Quantity)"))
    print(timed.with_io(timed.baseline).row("baseline regex (with I/O)"))
    print(timed.with_io(timed.extraction).row("find_quantities (with I/O)"))
    ratio = timed.extraction.seconds / timed.baseline.seconds
    ratio_io = timed.with_io(timed.extraction).seconds / timed.with_io(timed.baseline).seconds
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(
        f"ratio find_quantities / baseline: {ratio:.1f}x "
        f"({verdict} the {TARGET_RATIO:g}x target); with I/O: {ratio_io:.1f}x"
    )
    print(f"ratio floor / baseline: {timed.floor.seconds / timed.baseline.seconds:.1f}x")


def _print_memory(directory: Path, use_tracemalloc: bool) -> None:
    print("memory, counting quantities without keeping them (a fresh process each):")
    for fraction in PROBE_FRACTIONS:
        probe = _run_probe(directory, fraction, use_tracemalloc)
        traced = (
            f", tracemalloc peak {memory(probe['tracemalloc_peak'])}" if use_tracemalloc else ""
        )
        print(
            f"  {fraction:>4.0%} of corpus: {probe['documents']:>6,} docs"
            f" {probe['bytes'] / 1e6:7.1f} MB {probe['quantities']:>10,} quantities"
            f"  peak RSS {memory(probe['peak_rss'])}{traced}"
        )


def _run_probe(directory: Path, fraction: float, use_tracemalloc: bool) -> dict:
    command = [sys.executable, "-m", "tests.benchmarks.bench_quantities"]
    command += ["--corpus", str(directory), "--probe", str(fraction)]
    if use_tracemalloc:
        command.append("--tracemalloc")
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _probe(
    find_quantities: FindQuantities, paths: list[Path], fraction: float, traced: bool
) -> int:
    """Child-process mode: stream a prefix of the corpus, print counts and peaks as JSON."""
    find_quantities(WARM_UP)
    paths = paths[: max(1, round(len(paths) * fraction))]
    if traced:
        tracemalloc.start()
    size = found = 0
    for path in paths:
        raw = path.read_bytes()
        size += len(raw)
        found += len(find_quantities(raw.decode("utf-8")))
    report = {
        "documents": len(paths),
        "bytes": size,
        "quantities": found,
        "peak_rss": peak_rss_bytes(),
        "tracemalloc_peak": tracemalloc.get_traced_memory()[1] if traced else None,
    }
    print(json.dumps(report))
    return 0


def _load_parser() -> FindQuantities:
    try:
        from corpuslint.parse.quantities import find_quantities
    except ImportError as error:
        sys.exit(f"bench_quantities: find_quantities is not importable yet ({error})")
    return find_quantities


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.bench_quantities", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    parser.add_argument("--docs", type=int, default=10_000, help="documents (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, help="measure this directory instead")
    parser.add_argument(
        "--keep-results",
        action="store_true",
        help="keep every Quantity during the timed pass, to see what the output itself costs",
    )
    parser.add_argument("--skip-memory", action="store_true", help="skip the memory probes")
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also report the Python-heap peak in the memory probes (slower)",
    )
    parser.add_argument("--probe", type=float, help=argparse.SUPPRESS)  # child-process mode
    return parser


if __name__ == "__main__":
    sys.exit(main())
