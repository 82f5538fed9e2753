"""JSON output: an array of finding objects (version 1 of the contract).

The keys are those of ``corpuslint.finding.Finding`` without its internal ``fingerprint``;
``schema()`` publishes the contract as a JSON Schema generated from that model
(``corpuslint check --json-schema``, copied to docs/findings.schema.json).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from corpuslint.finding import Finding

SCHEMA_VERSION = 1
_INTERNAL = {"fingerprint"}


def format_json(findings: Sequence[Finding]) -> str:
    records = [finding.model_dump(mode="json", exclude=_INTERNAL) for finding in findings]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def schema() -> dict[str, Any]:
    finding = Finding.model_json_schema(mode="serialization")
    for key in _INTERNAL:
        finding["properties"].pop(key)
    definitions = finding.pop("$defs", {})
    definitions["Finding"] = finding
    for model in (definitions["Finding"], definitions["Related"]):
        # Every key is always written (defaults too), and no other key ever is.
        model["required"] = list(model["properties"])
        model["additionalProperties"] = False
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:corpuslint:findings:{SCHEMA_VERSION}",
        "title": f"corpuslint findings, version {SCHEMA_VERSION}",
        "description": (
            "Output of `corpuslint check --format json`: an array of findings. Lines and "
            "columns are 1-based and count Unicode characters; end_column is exclusive."
        ),
        "type": "array",
        "items": {"$ref": "#/$defs/Finding"},
        "$defs": definitions,
    }


def format_schema() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
