"""Claim extraction (placeholder until the gazetteer-driven extractor lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpuslint.analysis import DocumentAnalysis
    from corpuslint.claim import Claim


def extract_claims(analysis: DocumentAnalysis) -> list[Claim]:
    return []
