"""Find, load and validate rule packs: one ``<code>-<name>.yaml`` file per rule.

The built-in pack is ``rules/checks/`` (shipped as the ``corpuslint.rules`` data package);
configuration can add pack directories. Every problem is a ``ConfigError`` naming the file and
the key, so a broken pack ends the run with one line and exit code 2.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from corpuslint.errors import ConfigError
from corpuslint.rulespec import RuleSpec

BUILTIN_PACK = "checks"


@dataclass(frozen=True)
class RuleRegistry:
    """Every known rule, in code order; looked up by code (CL101) or name (value-conflict)."""

    rules: tuple[RuleSpec, ...]

    def __iter__(self) -> Iterator[RuleSpec]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(rule.code for rule in self.rules)

    def get(self, code_or_name: str) -> RuleSpec | None:
        key = code_or_name.strip()
        for rule in self.rules:
            if key.upper() == rule.code or key == rule.name:
                return rule
        return None

    def matching(self, selector: str) -> list[RuleSpec]:
        """Rules a ``--select``/``--ignore`` entry means: a code, a code prefix or a name."""
        key = selector.strip()
        return [r for r in self.rules if r.code.startswith(key.upper()) or r.name == key]


def load_registry(extra_packs: Sequence[Path] = ()) -> RuleRegistry:
    """The built-in rules plus those in ``extra_packs`` (directories of YAML files)."""
    rules = list(_builtin_rules())
    for directory in extra_packs:
        if not directory.is_dir():
            raise ConfigError(str(directory), "rule pack directory not found")
        rules.extend(_load_pack(sorted(directory.glob("*.yaml"), key=lambda p: p.name)))
    _check_unique(rules)
    return RuleRegistry(tuple(sorted(rules, key=lambda rule: rule.code)))


@lru_cache(maxsize=1)
def _builtin_rules() -> tuple[RuleSpec, ...]:
    pack = files("corpuslint.rules") / BUILTIN_PACK
    if not pack.is_dir():
        return ()
    entries = sorted((e for e in pack.iterdir() if e.name.endswith(".yaml")), key=lambda e: e.name)
    return tuple(_load_pack(entries))


def _load_pack(entries: Iterable[Traversable | Path]) -> Iterator[RuleSpec]:
    for entry in entries:
        yield load_rule_file(entry.name, entry.read_text(encoding="utf-8"), source=str(entry))


def load_rule_file(file_name: str, content: str, *, source: str) -> RuleSpec:
    """Parse and validate one rule file; ``source`` is the path used in error messages."""
    import yaml
    from pydantic import ValidationError

    from corpuslint.yamlio import load_yaml

    try:
        data = load_yaml(content)
    except yaml.YAMLError as error:
        raise ConfigError(source, f"invalid YAML: {_one_line(str(error))}") from None
    if not isinstance(data, dict):
        raise ConfigError(source, "a rule file must be a mapping of keys to values")
    try:
        rule = RuleSpec.model_validate({**data, "source": source})
    except ValidationError as error:
        raise ConfigError(source, _first_problem(error)) from None
    expected = f"{rule.code}-{rule.name}.yaml"
    if file_name != expected:
        raise ConfigError(source, f"file name must be {expected!r} (from its code and name)")
    _check_kind(rule)
    return rule


def _check_kind(rule: RuleSpec) -> None:
    from pydantic import ValidationError

    from corpuslint.checks import kind_for

    try:
        kind = kind_for(rule.kind)
    except KeyError as error:
        raise ConfigError(rule.source, f"kind: {error.args[0]}") from None
    try:
        kind.Params.model_validate(rule.params)
    except ValidationError as error:
        raise ConfigError(rule.source, f"params.{_first_problem(error)}") from None


def _check_unique(rules: Iterable[RuleSpec]) -> None:
    seen: dict[str, RuleSpec] = {}
    for rule in rules:
        for key, value in (("code", rule.code), ("name", rule.name)):
            other = seen.setdefault(f"{key}:{value}", rule)
            if other is not rule:
                raise ConfigError(rule.source, f"{key}: {value} is already defined in {other.source}")


def _first_problem(error) -> str:
    """``key.sub: problem`` for the first pydantic error: one line, like every ConfigError."""
    first = error.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(top level)"
    return f"{location}: {_one_line(first['msg'])}"


def _one_line(text: str) -> str:
    return " ".join(text.split())
