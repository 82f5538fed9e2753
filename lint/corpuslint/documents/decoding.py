"""Bytes -> str: BOM-marked UTF-8/UTF-16, plain UTF-8, then GB18030 (a superset of GBK/GB2312)."""

from __future__ import annotations

import codecs

import regex

from corpuslint.documents.errors import DocumentError

_SNIFF_BYTES = 8192
# C0 controls other than tab, LF, VT, FF, CR: many of them mean the bytes were never text.
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; the BOM, if any, is not part of the text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, path), encoding
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise DocumentError(path, "binary file")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise DocumentError(path, "binary file")
        return text, encoding
    raise DocumentError(path, "cannot decode as UTF-8, UTF-16 or GB18030")


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentError(path, f"cannot decode as {encoding.upper()}: {error.reason}") from None


def _looks_binary(text: str) -> bool:
    # GB18030 accepts most byte soups, so a decoded blob full of control characters is binary.
    sample = text[:_SNIFF_BYTES]
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_RATIO * max(len(sample), 1)
