"""Dump every quantity found in a corpus, to prove that an optimisation changes nothing.

    python -m tests.benchmarks.dump_quantities OUT.jsonl [--corpus DIR] [--mb 10] [--docs 2000]

One JSON line per document: its name and every quantity's fields (``model_dump(mode="json")``),
followed by the same for the seeds and the test documents. Run it before and after a change to
the parser and compare the files (``cmp`` or ``diff``); the last line printed is a digest of the
whole dump, so two digests that agree mean byte-identical output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.harness import REPO_ROOT, cached_corpus, corpus_files

_EXTRA_DIRS = ("seeds", "tests/data")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, help="an existing directory (default: generated)")
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from corpuslint.parse.quantities import find_quantities

    corpus = args.corpus or cached_corpus(args.mb, args.docs, seed=args.seed)
    digest = hashlib.sha256()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, text in _documents(corpus):
            found = [q.model_dump(mode="json") for q in find_quantities(text)]
            line = json.dumps({"doc": name, "quantities": found}, ensure_ascii=False) + "\n"
            out.write(line)
            digest.update(line.encode())
            count += len(found)
    print(f"{count:,} quantities in {args.out}")
    print(f"sha256 {digest.hexdigest()}")
    return 0


def _documents(corpus: Path) -> Iterator[tuple[str, str]]:
    for path in corpus_files(corpus):
        yield path.name, path.read_text(encoding="utf-8")
    for directory in _EXTRA_DIRS:
        for path in sorted((REPO_ROOT / directory).rglob("*")):
            if path.is_file():
                text = path.read_bytes().decode("utf-8", errors="replace")
                yield str(path.relative_to(REPO_ROOT)), text


if __name__ == "__main__":
    raise SystemExit(main())
