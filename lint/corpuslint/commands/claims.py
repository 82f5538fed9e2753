"""`corpuslint claims PATH...`: the claims extracted, as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys

from corpuslint.commands.inputs import configured_gazetteer, records_of
from corpuslint.commands.quantities import _record as quantity_record
from corpuslint.formatters.values import table


def run(ns: argparse.Namespace) -> int:
    from corpuslint.engine import analyse

    gazetteer = configured_gazetteer(ns.config)
    records, failed = records_of(
        ns.paths,
        lambda document: (claim_record(document, c) for c in analyse(document, gazetteer).claims),
    )
    sys.stdout.write(FORMATS[ns.format](records))
    return 1 if failed else 0


def claim_record(document, claim) -> dict:
    period = claim.period
    return {
        "path": claim.path,
        "line": claim.span.line,
        "column": claim.span.column,
        "end_line": claim.span.end_line,
        "end_column": claim.span.end_column,
        "text": claim.sentence,
        "entity": claim.entity,
        "metric": claim.metric,
        "scope": claim.scope,
        "population": claim.population,
        "period": {
            "start": period.start.isoformat() if period.start else None,
            "end": period.end.isoformat() if period.end else None,
            "granularity": period.granularity.value,
            "as_of": period.as_of,
            "anchored": period.anchored,
            "inferred": period.inferred,
            "implicit": period.implicit,
            "fiscal": period.fiscal,
            "event": period.event,
            "text": period.text,
        },
        "modality": claim.modality.value,
        "confidence": claim.confidence,
        "cumulative": claim.cumulative,
        "quantity": quantity_record(document, claim.quantity),
    }


def _json(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


_CSV_COLUMNS = ("path", "line", "column", "entity", "metric", "scope", "population",
                "period_start", "period_end", "as_of", "modality", "confidence", "text_figure",
                "kind", "value", "low", "high", "qualifier", "unit", "currency", "sentence")


def _csv(records: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for r in records:
        q, p = r["quantity"], r["period"]
        writer.writerow([r["path"], r["line"], r["column"], r["entity"], r["metric"], r["scope"],
                         r["population"], p["start"], p["end"], p["as_of"], r["modality"],
                         r["confidence"], q["text"], q["kind"], q["value"], q["low"], q["high"],
                         q["qualifier"], q["unit"], q["currency"], r["text"]])
    return out.getvalue()


def _table(records: list[dict]) -> str:
    if not records:
        return "No claims found.\n"
    rows = [
        [
            f"{r['path']}:{r['line']}:{r['column']}",
            r["entity"] + (f" ({r['scope']})" if r["scope"] else ""),
            r["metric"] + (f" of {r['population']}" if r["population"] else ""),
            r["quantity"]["text"],
            _period(r["period"]),
            r["modality"],
            f"{r['confidence']:.1f}",
        ]
        for r in records
    ]
    return table(rows, ["location", "entity", "metric", "figure", "period", "modality", "conf"])


def _period(p: dict) -> str:
    if p["start"] is None:
        return "undated"
    when = p["end"] if p["start"] == p["end"] else f"{p['start']}..{p['end']}"
    marks = ("as of " if p["as_of"] else "") + when
    if p["implicit"]:
        marks += " (doc date)"
    elif p["inferred"]:
        marks += " (inferred)"
    return marks


FORMATS = {"json": _json, "csv": _csv, "table": _table}
