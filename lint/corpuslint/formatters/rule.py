"""Rule documentation, generated from the rule specs: ``corpuslint rule`` and the README table."""

from __future__ import annotations

import json
from collections.abc import Sequence

from corpuslint.rulespec import Example, RuleSpec


def format_rules(rules: Sequence[RuleSpec], fmt: str, *, table: bool = False) -> str:
    """``fmt`` is text, json or markdown; ``table`` renders markdown as the README table."""
    if fmt == "json":
        records = [rule.model_dump(mode="json", exclude={"source"}) for rule in rules]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return rules_table(rules) if table else "\n".join(map(rule_markdown, rules))
    return "\n".join(map(rule_text, rules))


def rules_table(rules: Sequence[RuleSpec]) -> str:
    rows = [f"| {r.code} | {r.name} | {r.severity.value} | {_cell(r.summary)} |" for r in rules]
    return "\n".join(["| Code | Name | Severity | Summary |", "|---|---|---|---|", *rows]) + "\n"


def rule_text(rule: RuleSpec) -> str:
    lines = [
        f"{rule.code} {rule.name} [{rule.severity.value}]",
        "",
        rule.summary,
        "",
        rule.explanation.strip(),
        "",
        "Examples:",
    ]
    for verdict, examples in (("bad", rule.examples.bad), ("good", rule.examples.good)):
        for example in examples:
            lines.append(f"  {verdict}{_as_of(example)}:")
            for name, content in example.documents.items():
                lines.append(f"    {name}:")
                lines += [f"      {line}" for line in content.rstrip("\n").split("\n")]
    return "\n".join(lines) + "\n"


def rule_markdown(rule: RuleSpec) -> str:
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        f"Default severity: **{rule.severity.value}**. {rule.summary}",
        "",
        rule.explanation.strip(),
        "",
        "## Examples",
    ]
    for verdict, examples in (("Bad", rule.examples.bad), ("Good", rule.examples.good)):
        for example in examples:
            lines += ["", f"{verdict}{_as_of(example)}:"]
            for name, content in example.documents.items():
                lines += ["", f"`{name}`:", "", "```text", content.rstrip("\n"), "```"]
    return "\n".join(lines) + "\n"


def _as_of(example: Example) -> str:
    return f" (as of {example.as_of.isoformat()})" if example.as_of else ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
