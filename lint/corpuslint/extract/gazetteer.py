"""The gazetteer: entities, metrics, populations, scopes and cue words, loaded from rule packs.

All of it is data in ``rules/gazetteer/*.yaml`` (validated here); users add their own packs
without code. Aliases are normalised the way document text is (Traditional to Simplified,
width folding) so a pack may be written in either script.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from corpuslint.claim import CHANGE_SUFFIX, GROWTH_SUFFIX
from corpuslint.errors import ConfigError

EntityType = Literal["product", "company", "region", "population", "organisation", "person"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entity(_Strict):
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()  # short forms that refer back to this entity (小程序)


class Label(_Strict):
    zh: str
    en: str


class Metric(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_.]*$")
    label: Label
    kinds: tuple[str, ...]
    aliases: tuple[str, ...]
    cumulative: bool = False
    position: Literal["before", "after", "either"] = "either"  # where the figure stands
    # Verbs that name the metric when the figure follows them directly (交付160038辆).
    verbs: tuple[str, ...] = ()


class Named(_Strict):
    name: str
    aliases: tuple[str, ...] = ()


class Cues(_Strict):
    forecast: tuple[str, ...] = ()
    historical: tuple[str, ...] = ()
    subset: tuple[str, ...] = ()
    current: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    respectively: tuple[str, ...] = ()


class Pack(_Strict):
    """One gazetteer file; each key is optional so packs can be split by topic."""

    entities: tuple[Entity, ...] = ()
    metrics: tuple[Metric, ...] = ()
    populations: tuple[Named, ...] = ()
    scopes: tuple[Named, ...] = ()
    cues: Cues = Cues()


class Matcher:
    """Finds aliases in text, longest first, and tells which canonical name each one means.

    Aliases go into ``regex`` named lists, which are matched as a set rather than tried one
    alternative at a time: several times faster than an alternation over hundreds of names.
    Han and Latin aliases are two patterns (one pattern with both alternatives costs about
    half as much again), merged leftmost first.
    """

    def __init__(self, table: dict[str, str]) -> None:
        self.table = {fold(alias): name for alias, name in table.items() if alias}
        han = [a for a in self.table if not _is_latin(a)]
        # Case-insensitive: 微信及WeChat is listed folded as 微信及wechat.
        self.han = regex.compile(r"\L<han>", regex.IGNORECASE, han=han) if han else None
        self.latin = _latin_pattern([a for a in self.table if _is_latin(a)])

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        end = len(text) if end is None else end
        han = self._hits(self.han, text, start, end)
        latin = self._hits(self.latin, text, start, end)
        return _leftmost(han, latin) if han and latin else han or latin

    def _hits(self, pattern: regex.Pattern[str] | None, text: str, start: int, end: int):
        if pattern is None:
            return []
        table = self.table
        return [(m.start(), m.end(), table[m.group().casefold()])
                for m in pattern.finditer(text, start, end)]


def _latin_pattern(latin: list[str]) -> regex.Pattern[str] | None:
    """Whole words only (QQ, but not the QQ in QQQ), case-insensitive (微信及WeChat)."""
    if not latin:
        return None
    return regex.compile(r"(?<![A-Za-z0-9])\L<latin>(?![A-Za-z0-9])", regex.IGNORECASE,
                         latin=latin)


def _leftmost(first: list, second: list) -> list:
    """Two sorted lists of non-overlapping matches merged; where they overlap, the earlier wins."""
    merged, reached = [], -1
    for match in sorted(first + second, key=lambda m: (m[0], -m[1])):
        if match[0] >= reached:
            merged.append(match)
            reached = match[1]
    return merged


class Gazetteer:
    def __init__(self, packs: Sequence[Pack]) -> None:
        entities = [e for p in packs for e in p.entities]
        self.entities = {e.name: e for e in entities}
        self.metrics = {m.id: m for p in packs for m in p.metrics}
        base = list(self.metrics.values())
        self.metrics.update({g.id: g for g in map(growth_of, base)})
        self.metrics.update({c.id: c for c in map(change_of, base)})
        self.entity_matcher = Matcher(_alias_table(entities))
        self.generic: dict[str, tuple[str, ...]] = {}
        for entity in entities:
            for short in entity.generic:
                self.generic[fold(short)] = (*self.generic.get(fold(short), ()), entity.name)
        self.generic_matcher = Matcher({g: g for g in self.generic})
        self.metric_matcher = Matcher(_alias_table(self.metrics.values(), key="id"))
        self.verb_matcher = Matcher({v: m.id for m in base for v in m.verbs})
        self.population_matcher = Matcher(_alias_table(p for pk in packs for p in pk.populations))
        regions = [e for e in entities if e.type == "region"]
        self.scope_matcher = Matcher(
            {**_alias_table(regions), **_alias_table(s for pk in packs for s in pk.scopes)}
        )
        self.cues = Cues(**{
            field: tuple(fold(c) for p in packs for c in getattr(p.cues, field))
            for field in Cues.model_fields
        })
        self.cue_matchers = {field: Matcher({c: field for c in getattr(self.cues, field)})
                             for field in Cues.model_fields}




def growth_of(metric: Metric) -> Metric:
    """The derived metric for a change in ``metric``: 营收同比增长42%, 交易金额增长了6倍."""
    return Metric(
        id=metric.id + GROWTH_SUFFIX,
        label=Label(zh=f"{metric.label.zh}增长", en=f"{metric.label.en} growth"),
        kinds=("percent", "multiple"),
        aliases=(),
        position="before",
    )


def change_of(metric: Metric) -> Metric:
    """The derived metric for an absolute change in ``metric``: 注册用户新增1200万, 营收减少30亿元.

    A change is a flow, never a running total, even when ``metric`` is cumulative."""
    return Metric(
        id=metric.id + CHANGE_SUFFIX,
        label=Label(zh=f"{metric.label.zh}变化", en=f"{metric.label.en} change"),
        kinds=metric.kinds,
        aliases=(),
        position="before",
    )


def fold(text: str) -> str:
    """How aliases and document text are compared: Simplified, width-folded, case-folded."""
    from corpuslint.script import to_simplified

    return unicodedata.normalize("NFKC", to_simplified(text)).casefold()


def _alias_table(items: Iterable, key: str = "name") -> dict[str, str]:
    table: dict[str, str] = {}
    for item in items:
        canonical = getattr(item, key)
        for alias in (getattr(item, "name", canonical), *item.aliases):
            table[alias] = canonical
    return table


def _is_latin(alias: str) -> bool:
    return alias[0].isascii() and alias[0].isalnum()


def load_pack(path: Path) -> Pack:
    import yaml

    from corpuslint.yamlio import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ConfigError(str(path), f"cannot read gazetteer: {error}".splitlines()[0]) from None
    try:
        return Pack.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(str(path), f"{where}: {first['msg']}") from None


def builtin_pack_dir() -> Path:
    from importlib.resources import files

    return Path(str(files("corpuslint.rules") / "gazetteer"))


def pack_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))


def pack_gazetteer_dirs(packs: Iterable[Path]) -> tuple[str, ...]:
    """The gazetteer directories of configured rule packs (``<pack>/gazetteer``)."""
    return tuple(str(pack / "gazetteer") for pack in packs if (pack / "gazetteer").is_dir())


@cache
def load_gazetteer(extra_dirs: tuple[str, ...] = ()) -> Gazetteer:
    dirs = [builtin_pack_dir(), *(Path(d) for d in extra_dirs)]
    return Gazetteer([load_pack(f) for d in dirs for f in pack_files(d)])
