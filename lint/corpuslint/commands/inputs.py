"""Turning PATH arguments (files, directories, ``-``) into documents, for every command."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

from corpuslint.errors import UsageError


def read_documents(paths: Sequence[str]) -> Iterator:
    """Yield a Document, or a DocumentError for a file that cannot be read as text.

    A path that does not exist is a usage error (exit 2), raised before anything is read.
    """
    from corpuslint.documents import DocumentError, document_from_bytes, iter_files, load_document

    if not paths:
        raise UsageError("no PATH given (use - to read standard input)")
    try:
        files = [p for p in paths if p == "-"] + list(iter_files([p for p in paths if p != "-"]))
    except DocumentError as error:
        raise UsageError(str(error)) from None
    for path in files:
        try:
            if path == "-":
                yield document_from_bytes(sys.stdin.buffer.read(), "<stdin>")
            else:
                yield load_document(path)
        except DocumentError as error:
            yield error
