"""Expanding the paths on a command line into the files to lint."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterator, Sequence

from corpuslint.documents.errors import DocumentError

# Not worth opening: the decoder would reject them anyway, but a walk should not even try.
SKIPPED_SUFFIXES = frozenset(
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".ico", ".tif", ".tiff", ".svg",
        ".heic", ".psd", ".pdf", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar",
        ".jar", ".whl", ".exe", ".dll", ".so", ".dylib", ".o", ".a", ".class", ".pyc",
        ".mp3", ".mp4", ".m4a", ".mov", ".avi", ".mkv", ".wav", ".flac", ".ogg", ".webm",
        ".woff", ".woff2", ".ttf", ".otf", ".eot", ".doc", ".docx", ".xls", ".xlsx",
        ".ppt", ".pptx", ".db", ".sqlite", ".bin", ".pickle", ".pkl", ".npy", ".parquet",
    }
)  # fmt: skip


def iter_files(paths: Sequence[str]) -> Iterator[str]:
    """Files to lint, in a deterministic order; directories are walked recursively.

    Files named explicitly are always kept; inside directories, hidden entries and files with
    binary extensions are skipped. Raises DocumentError (before yielding) for a missing path.
    """
    for path in paths:
        if not os.path.exists(path):
            raise DocumentError(path, "no such file or directory")
    return _expand(paths)


def _expand(paths: Sequence[str]) -> Iterator[str]:
    seen: set[str] = set()
    for path in paths:
        candidates = _walk(_posix(path)) if os.path.isdir(path) else [_posix(path)]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


def _walk(root: str) -> Iterator[str]:
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _suffix(name) not in SKIPPED_SUFFIXES:
                yield posixpath.join(_posix(directory), name)


def _suffix(name: str) -> str:
    return posixpath.splitext(name)[1].lower()


def _posix(path: str) -> str:
    return path.replace(os.sep, "/") if os.sep != "/" else path
