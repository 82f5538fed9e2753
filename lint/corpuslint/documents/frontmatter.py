"""YAML front matter: a ``---`` block at the top of any format, possibly after blank lines."""

from __future__ import annotations

import datetime as dt

import regex

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_OPENING = "---"
_CLOSINGS = ("---", "...")
# Used when the block is not valid YAML: unquoted colons in titles are common in scraped feeds.
_KEY_VALUE = regex.compile(r"\s*([A-Za-z_][\w.-]*)\s*:\s*(.*?)\s*")


def split_front_matter(raw: str) -> tuple[dict[str, str], int]:
    """Return ``(metadata, body_start)``; ``({}, 0)`` when there is no front matter."""
    lines = _iter_lines(raw)
    for start, end in lines:
        content = raw[start:end].strip()
        if content == _OPENING:
            break
        if content:
            return {}, 0
    else:
        return {}, 0
    yaml_start = end
    for start, end in lines:
        if raw[start:end].strip() in _CLOSINGS:
            metadata = parse_front_matter(raw[yaml_start:start])
            return (metadata, end) if metadata is not None else ({}, 0)
    return {}, 0


def parse_front_matter(source: str) -> dict[str, str] | None:
    """Scalar values with lower-cased keys; None when the block is not a mapping (e.g. a rule)."""
    import yaml  # lazily: most documents have no front matter

    try:
        data = yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return _parse_key_values(source)
    if data is None:
        return {}
    if not isinstance(data, dict):
        return None
    return {
        str(key).lower(): _scalar_text(value)
        for key, value in data.items()
        if value is not None and not isinstance(value, (list, dict))
    }


def _scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _parse_key_values(source: str) -> dict[str, str] | None:
    metadata = {}
    for line in source.splitlines():
        match = _KEY_VALUE.fullmatch(line)
        if match and match.group(2):
            metadata[match.group(1).lower()] = match.group(2).strip("'\"")
    return metadata or None


def _iter_lines(raw: str):
    """(start, end) of each line, the terminator included."""
    position = 0
    while position < len(raw):
        match = _LINE.match(raw, position)
        position = match.end()
        yield match.start(), match.end()
