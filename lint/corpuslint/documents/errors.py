"""The one error a document can raise: a bad file, reported in one line."""

from __future__ import annotations


class DocumentError(Exception):
    """A file that cannot be read as an article (missing, binary, undecodable or empty)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
