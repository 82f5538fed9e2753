"""`corpuslint quantities PATH...`: every numeric expression found, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from corpuslint.commands.inputs import records_of
from corpuslint.formatters.values import json_number, plain, table


def run(ns: argparse.Namespace) -> int:
    from corpuslint.parse.quantities import find_quantities

    records, failed = records_of(
        ns.paths, lambda document: (_record(document, q) for q in find_quantities(document.text))
    )
    if ns.format == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_table(records))
    return 1 if failed else 0


def _record(document, q) -> dict:
    span = document.span(q.start, q.end)
    return {
        "path": document.path,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "text": document.original(q.start, q.end),
        "kind": q.kind.value,
        "value": json_number(q.value),
        "low": json_number(q.low),
        "high": json_number(q.high),
        "unit": q.unit,
        "currency": q.currency,
        "qualifier": q.qualifier.value,
        "precision": json_number(q.precision),
    }


def _table(records: list[dict]) -> str:
    if not records:
        return "No quantities found.\n"
    rows = [
        [
            f"{r['path']}:{r['line']}:{r['column']}",
            r["text"],
            r["kind"],
            _num(r["value"]),
            f"[{_num(r['low']) or '-∞'}, {_num(r['high']) or '∞'}]",
            r["qualifier"],
            r["currency"] or r["unit"] or "",
        ]
        for r in records
    ]
    return table(rows, ["location", "text", "kind", "value", "interval", "qualifier", "unit"])


def _num(value) -> str:
    from decimal import Decimal

    return "" if value is None else plain(Decimal(str(value)))
