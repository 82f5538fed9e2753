"""Reading files into Documents: decode, find front matter, pick a reader, normalise."""

from __future__ import annotations

import os

from corpuslint.documents.decoding import decode_bytes
from corpuslint.documents.document import Document
from corpuslint.documents.errors import DocumentError
from corpuslint.documents.extraction import Extraction
from corpuslint.documents.formats import detect_format
from corpuslint.documents.frontmatter import split_front_matter
from corpuslint.documents.htmltext import extract_html
from corpuslint.documents.markdowntext import extract_markdown
from corpuslint.documents.normalise import (
    collapse_spacing,
    fold_width,
    remove_debris,
    to_simplified,
)
from corpuslint.documents.plaintext import extract_plain

_EXTRACTORS = {"text": extract_plain, "markdown": extract_markdown, "html": extract_html}


def load_document(path: str | os.PathLike[str], display_path: str | None = None) -> Document:
    shown = display_path if display_path is not None else os.fspath(path)
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as error:
        raise DocumentError(shown, error.strerror or str(error)) from None
    return document_from_bytes(data, shown)


def document_from_bytes(data: bytes, path: str) -> Document:
    raw, encoding = decode_bytes(data, path)
    return _build(raw, path, encoding)


def document_from_string(raw: str, path: str = "<stdin>") -> Document:
    return _build(raw, path, "utf-8")


def _build(raw: str, path: str, encoding: str) -> Document:
    if not raw.strip():
        raise DocumentError(path, "empty file")
    front_matter, body_start = split_front_matter(raw)
    format = detect_format(path, raw, body_start)
    extraction: Extraction = _EXTRACTORS[format](raw, body_start)
    prose = fold_width(extraction.prose)
    prose, debris = remove_debris(prose)
    prose = to_simplified(prose)
    prose = collapse_spacing(prose)
    return Document(
        path=path,
        raw=raw,
        prose=prose,
        format=format,
        encoding=encoding,
        metadata={**extraction.metadata, **front_matter},  # explicit front matter wins
        comments=extraction.comments,
        debris=debris,
    )
