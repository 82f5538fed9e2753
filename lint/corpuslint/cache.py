"""A content-addressed cache of per-document analyses (the expensive, pure part of a run).

An entry's key is the sha256 of the corpuslint version, the document's path, its raw bytes
and a digest of the shipped code and data (gazetteers, units, rules), so any change to what
the analysis depends on misses the cache instead of serving stale claims. Entries are pickles
written atomically; an unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint import __version__

if TYPE_CHECKING:
    from corpuslint.analysis import DocumentAnalysis
    from corpuslint.documents import Document

CACHE_DIR_NAME = ".corpuslint_cache"
ENV_VAR = "CORPUSLINT_CACHE_DIR"


def default_cache_dir(root: Path) -> Path:
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else root / CACHE_DIR_NAME


class AnalysisCache:
    def __init__(self, directory: Path, salt: bytes = b"") -> None:
        self.directory = directory
        self.salt = salt  # what else shapes an analysis: the configured gazetteer packs
    def get(self, document: Document) -> DocumentAnalysis | None:
        try:
            with open(self._entry(document), "rb") as file:
                return pickle.load(file)
        except Exception:  # noqa: BLE001 - missing, truncated or from an older layout: a miss
            return None

    def put(self, document: Document, analysis: DocumentAnalysis) -> None:
        try:
            self._ensure_directory()
            handle, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            with os.fdopen(handle, "wb") as file:
                pickle.dump(analysis, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self._entry(document))
        except OSError:  # a read-only checkout still lints, just without a cache
            pass

    def _entry(self, document: Document) -> Path:
        raw = document.raw.encode("utf-8") if isinstance(document.raw, str) else document.raw
        digest = hashlib.sha256()
        parts = (__version__.encode(), document.path.encode("utf-8"), raw,
                 code_and_data_digest(), self.salt)
        for part in parts:
            digest.update(len(part).to_bytes(8, "big"))  # length-prefixed: parts cannot run together
            digest.update(part)
        return self.directory / f"{digest.hexdigest()}.pickle"

    def _ensure_directory(self) -> None:
        if self.directory.is_dir():
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        # Like .ruff_cache: invisible to git and to backup tools without any setup.
        (self.directory / ".gitignore").write_text("*\n", encoding="utf-8")
        (self.directory / "CACHEDIR.TAG").write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n", encoding="utf-8"
        )


def files_digest(directories: Iterable[Path]) -> bytes:
    """A digest of every file under ``directories`` (the user's gazetteer packs)."""
    digest = hashlib.sha256()
    for directory in directories:
        for path in sorted(directory.rglob("*")):
            if path.is_file():
                digest.update(path.as_posix().encode())
                digest.update(path.read_bytes())
    return digest.digest()


@lru_cache(maxsize=1)
def code_and_data_digest() -> bytes:
    """A digest of the installed corpuslint package and its rules/gazetteer data.

    The version alone is not enough during development (an editable install changes the
    extraction code without a new version), and reading a few hundred small files once per run
    costs milliseconds.
    """
    from importlib.resources import files

    digest = hashlib.sha256()
    for package in ("corpuslint", "corpuslint.rules"):
        root = Path(str(files(package)))
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".yaml", ".txt", ".toml", ".json") and path.is_file():
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.digest()
