"""Turning PATH arguments (files, directories, ``-``) into documents, for every command."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

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


def records_of(paths: Sequence[str], records: Callable[..., Iterable[dict]]) -> tuple[list[dict], bool]:
    """``records(document)`` for every readable document; unreadable ones are reported on
    stderr, one line each, and make the second value True (the command then exits 1)."""
    from corpuslint.documents import DocumentError

    found: list[dict] = []
    failed = False
    for document in read_documents(paths):
        if isinstance(document, DocumentError):
            print(f"corpuslint: {document}", file=sys.stderr)
            failed = True
        else:
            found.extend(records(document))
    return found, failed


def configured_gazetteer(config: str | None):
    """The gazetteer with the packs named by the configuration (``--config`` or discovered)."""
    from corpuslint.config import load_config
    from corpuslint.extract.gazetteer import load_gazetteer, pack_gazetteer_dirs

    loaded = load_config(config)
    return load_gazetteer(pack_gazetteer_dirs(loaded.resolve(p) for p in loaded.config.rule_packs))
