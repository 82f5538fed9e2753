"""A deterministic synthetic corpus of Chinese business news, for benchmarks.

    python -m tests.benchmarks.corpus OUT_DIR --mb 50 --docs 10000

Same arguments, same bytes: every article is drawn from its own ``Random`` seeded with
``(seed, index)``, nothing is read from disk or the network, and documents are yielded one at a
time so a corpus of any size is generated in constant memory.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from random import Random

if __package__ in (None, ""):  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.articles import article

MB = 1_000_000
#: Article body sizes when the number of documents is free (mean ~5 KB, like a news story).
FREE_BUDGET = (1_500, 9_000)
#: Smallest body a document is given, so the last ones are articles, not stubs.
MIN_BUDGET = 300


def generate(
    target_bytes: int, seed: int = 0, *, n_docs: int | None = None
) -> Iterator[tuple[str, str]]:
    """Yield (file name, content) until the contents total at least ``target_bytes`` of UTF-8.

    With ``n_docs``, exactly that many documents are yielded, sized so that the total comes
    close to ``target_bytes`` (each budget is recomputed from what is left, so errors do not
    accumulate). Without it, article sizes vary and generation stops once the target is reached.
    """
    if target_bytes <= 0:
        raise ValueError(f"target_bytes must be positive, got {target_bytes}")
    if n_docs is not None and n_docs <= 0:
        raise ValueError(f"n_docs must be positive, got {n_docs}")
    written = index = 0
    while index < n_docs if n_docs is not None else written < target_bytes:
        rng = Random(f"{seed}:{index}")
        docs_left = None if n_docs is None else n_docs - index
        extension, content = article(rng, _budget(rng, target_bytes - written, docs_left))
        yield f"{index:06d}_{rng.getrandbits(32):08x}.{extension}", content
        written += len(content.encode())
        index += 1


def write_corpus(
    directory: str | Path, target_bytes: int, n_docs: int | None = None, seed: int = 0
) -> list[Path]:
    """Write ``generate(...)`` into ``directory`` (created if needed) as UTF-8 files."""
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in generate(target_bytes, seed, n_docs=n_docs):
        path = root / name
        path.write_bytes(content.encode())  # bytes: no newline translation on any platform
        paths.append(path)
    return paths


def _budget(rng: Random, bytes_left: int, docs_left: int | None) -> int:
    if docs_left is None:
        return max(MIN_BUDGET, min(rng.randint(*FREE_BUDGET), bytes_left))
    if docs_left == 1:
        return max(MIN_BUDGET, bytes_left)
    return max(MIN_BUDGET, round(bytes_left / docs_left * rng.uniform(0.5, 1.5)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.corpus", description=__doc__.split("\n")[0]
    )
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path)
    parser.add_argument("--mb", type=float, default=50, help="target size in MB (10^6 bytes)")
    parser.add_argument(
        "--docs", type=int, default=None, help="number of documents (default: as many as needed)"
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    paths = write_corpus(args.out_dir, round(args.mb * MB), args.docs, args.seed)
    size = sum(p.stat().st_size for p in paths)
    elapsed = time.perf_counter() - started
    print(f"{len(paths)} documents, {size / MB:.1f} MB in {args.out_dir} ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
