"""Which reader a file needs: decided by extension, and by content for everything else."""

from __future__ import annotations

import posixpath

import regex

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_SAMPLE_CHARS = 65536
# Scraped pages often arrive as .txt; a body with at least a tag per line, or one that is
# mostly markup by volume, is HTML. A plain article quoting a tag or two is not.
_MIN_TAGS = 2
_MIN_MARKUP_RATIO = 0.3


def detect_format(path: str, raw: str, body_start: int) -> str:
    suffix = posixpath.splitext(path.lower())[1]
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "html" if looks_like_html(raw[body_start : body_start + _SAMPLE_CHARS]) else "text"


def looks_like_html(sample: str) -> bool:
    tags = _TAG.findall(sample)
    if len(tags) < _MIN_TAGS:
        return False
    lines = sum(1 for line in sample.splitlines() if line.strip())
    markup = sum(map(len, tags))
    visible = len(sample) - sample.count(" ") - sample.count("\n")
    return len(tags) >= lines or markup >= _MIN_MARKUP_RATIO * visible
