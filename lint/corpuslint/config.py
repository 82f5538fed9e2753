"""Configuration: ``[tool.corpuslint]`` in pyproject.toml or a top-level ``corpuslint.toml``.

The nearest file upward from the working directory wins (``--config FILE`` overrides); in one
directory ``corpuslint.toml`` beats ``pyproject.toml``, and a pyproject.toml without a
``[tool.corpuslint]`` table is skipped. Paths inside a config file are relative to its
directory. Every problem is one ``ConfigError`` line naming the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from corpuslint.errors import ConfigError
from corpuslint.finding import Severity

if TYPE_CHECKING:
    from corpuslint.rulepacks import RuleRegistry

CONFIG_FILES = ("corpuslint.toml", "pyproject.toml")


class Config(BaseModel):
    """The settings a config file may hold; every field is optional."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    corpus: list[str] = Field(default_factory=list)
    rule_packs: list[str] = Field(default_factory=list, alias="rule-packs")
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    per_path_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="per-path-ignores")
    stale_after: str | None = Field(default=None, alias="stale-after")
    fail_level: Severity | None = Field(default=None, alias="fail-level")
    lang: Literal["zh", "en"] | None = None
    baseline: str | None = None

    @field_validator("stale_after")
    @classmethod
    def _valid_age(cls, value: str | None) -> str | None:
        if value is not None:
            stale_after_months(value)
        return value


class LoadedConfig(BaseModel):
    """A config and where it came from: ``root`` anchors its relative paths and globs."""

    model_config = ConfigDict(frozen=True)

    config: Config = Config()
    root: Path
    source: Path | None = None

    def error(self, problem: str) -> ConfigError:
        """``pyproject.toml: [tool.corpuslint] key: problem``, for a problem found later."""
        return _error(self.source or Path("(defaults)"), problem)

    def resolve(self, relative: str) -> Path:
        return self.root / relative


def stale_after_months(age: str) -> int:
    from corpuslint.parse.durations import parse_age

    try:
        return parse_age(age)
    except ValueError as error:
        raise ValueError(f"invalid age {age!r} (use e.g. 3y, 18m): {error}") from None


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start``."""
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def load_config(explicit: str | None = None, *, cwd: Path | None = None) -> LoadedConfig:
    """``--config FILE`` if given, else the discovered file, else the defaults."""
    cwd = cwd or Path.cwd()
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(explicit, "config file not found")
    else:
        path = find_config(cwd)
        if path is None:
            return LoadedConfig(root=cwd)
    path = path.absolute()
    return LoadedConfig(config=parse_config(path), root=path.parent, source=path)


def parse_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(display(path), f"cannot read TOML: {error}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("corpuslint", {})
    try:
        return Config.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top level)"
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = f"unknown key (known: {', '.join(_KNOWN_KEYS)})"
        raise _error(path, f"{key}: {' '.join(message.split())}") from None


_KNOWN_KEYS = sorted(field.alias or name for name, field in Config.model_fields.items())


def _error(path: Path, problem: str) -> ConfigError:
    table = "[tool.corpuslint] " if path.name == "pyproject.toml" else ""
    return ConfigError(display(path), f"{table}{problem}")


def check_rule_codes(loaded: LoadedConfig, registry: RuleRegistry) -> None:
    """Rule codes in the config must name rules that exist (once the rule packs are known)."""
    config = loaded.config
    keyed = [("select", s) for s in config.select or []] + [("ignore", s) for s in config.ignore]
    keyed += [(f"per-path-ignores.{g}", s) for g, codes in config.per_path_ignores.items() for s in codes]
    for key, selector in keyed:
        if not registry.matching(selector):
            raise loaded.error(f"{key}: unknown rule code, prefix or name {selector!r}")
    for code in config.severity:
        if registry.get(code) is None:
            raise loaded.error(f"severity.{code}: unknown rule")


def display(path: Path) -> str:
    """``path`` relative to the working directory when it is inside it, for messages."""
    try:
        return Path(os.path.relpath(path)).as_posix() if path.is_absolute() else path.as_posix()
    except ValueError:  # another drive on Windows
        return str(path)


def _has_tool_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True  # let load_config report the broken file rather than skip it silently
    return "corpuslint" in data.get("tool", {})
