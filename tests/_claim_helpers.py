"""What the claim tests share: claims of a text, and CL1xx findings of a few documents."""

from __future__ import annotations

import json

from corpuslint.cli import main
from corpuslint.documents import document_from_string
from corpuslint.engine import analyse

COMPARED = 0.75  # the min_confidence of CL101/CL102/CL103


def claims_of(text: str):
    return analyse(document_from_string(text, "doc.txt")).claims


def keyed(text: str) -> set[tuple[str, str, str]]:
    return {(c.entity, c.metric, c.quantity.text) for c in claims_of(text)}


def check(tmp_path, capsys, documents: dict[str, str]) -> list[tuple[str, str]]:
    """The (rule, message) of every CL1xx finding on *documents* written to *tmp_path*."""
    for name, text in documents.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    main(["check", str(tmp_path), "--format", "json", "--as-of", "2026-11-23", "--no-cache",
          "--select", "CL1"])
    return [(f["rule"], f["message"]) for f in json.loads(capsys.readouterr().out)]
