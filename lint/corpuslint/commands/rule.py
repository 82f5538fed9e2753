"""`corpuslint rule CODE|NAME` and `corpuslint rule --all`: rule documentation from the specs."""

from __future__ import annotations

import argparse
import sys

from corpuslint.errors import UsageError


def run(ns: argparse.Namespace) -> int:
    from corpuslint.config import load_config
    from corpuslint.formatters.rule import format_rules
    from corpuslint.rulepacks import load_registry

    loaded = load_config(ns.config)
    registry = load_registry([loaded.resolve(pack) for pack in loaded.config.rule_packs])
    if ns.all == bool(ns.code):
        raise UsageError("give either a rule code or name, or --all")
    if ns.all:
        rules = list(registry)
    else:
        rule = registry.get(ns.code)
        if rule is None:
            raise UsageError(f"unknown rule {ns.code!r} (see `corpuslint rule --all`)")
        rules = [rule]
    sys.stdout.write(format_rules(rules, ns.format, table=ns.all))
    return 0
