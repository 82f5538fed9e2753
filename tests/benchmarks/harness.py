"""What the benchmark scripts share: the cached corpus, the baseline regex, timing and memory."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import regex

from tests.benchmarks.corpus import MB

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parents[1]
CACHE_DIR = BENCH_DIR / "_corpus"  # git-ignored
_GENERATOR_SOURCES = ("corpus.py", "articles.py", "figures.py", "vocabulary.py")

#: The yardstick: one pass of the simplest regex that finds Arabic-digit numbers.
NUMBER = regex.compile(r"[0-9]+(?:\.[0-9]+)?")


def count_numbers(text: str) -> int:
    return sum(1 for _ in NUMBER.finditer(text))


def cached_corpus(mb: float, n_docs: int | None, seed: int) -> Path:
    """The directory of a generated corpus, regenerated only when the generator changed.

    Generation runs in a subprocess so that it does not count towards the benchmark's own peak
    memory. The manifest sits next to the directory (not inside it) so `corpuslint check DIR`
    sees nothing but articles, and it is written last, so an interrupted run is redone.
    """
    name = f"{mb:g}mb-{n_docs or 'auto'}docs-seed{seed}"
    directory, manifest = CACHE_DIR / name, CACHE_DIR / f"{name}.json"
    fingerprint = _generator_fingerprint()
    if manifest.exists() and json.loads(manifest.read_text()).get("generator") == fingerprint:
        return directory
    shutil.rmtree(directory, ignore_errors=True)
    print(f"generating the corpus in {directory} ...", file=sys.stderr, flush=True)
    command = [sys.executable, "-m", "tests.benchmarks.corpus", str(directory), "--mb", str(mb)]
    command += ["--seed", str(seed)] + (["--docs", str(n_docs)] if n_docs else [])
    subprocess.run(command, cwd=REPO_ROOT, check=True, stdout=sys.stderr)
    manifest.write_text(
        json.dumps({"generator": fingerprint, "documents": len(list(directory.iterdir()))})
    )
    return directory


def corpus_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file())


def _generator_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _GENERATOR_SOURCES:
        digest.update((BENCH_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def pin_to_one_core() -> str:
    """Run on a single CPU (Linux) so figures do not depend on how many cores are free."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def peak_rss_bytes() -> int:
    """This process's peak resident set size.

    Linux: VmHWM, which starts afresh at exec; ``ru_maxrss`` would include the parent's size
    at fork time (see measure.py). Elsewhere: ``ru_maxrss`` (bytes on macOS).
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024
    return int(regex.search(r"VmHWM:\s+(\d+) kB", status).group(1)) * 1024


@dataclass
class Tally:
    """Bytes, seconds and items of one measured activity."""

    bytes: int = 0
    seconds: float = 0.0
    items: int = 0

    @property
    def mb_per_s(self) -> float:
        return self.bytes / MB / self.seconds if self.seconds else float("inf")

    def row(self, label: str) -> str:
        return (
            f"{label:<34} {self.bytes / MB:8.1f} MB {self.seconds:9.2f} s "
            f"{self.mb_per_s:9.2f} MB/s {self.items:>12,}"
        )


def header() -> str:
    return f"{'':<34} {'size':>11} {'time':>11} {'throughput':>14} {'matches':>12}"


def memory(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:,.1f} MiB" if n_bytes >= 2**20 else f"{n_bytes / 2**10:,.1f} KiB"
