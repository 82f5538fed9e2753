"""The shared unit registry and the surface forms of units, both read from rules/units.txt.

units.txt is a pint definitions file; pint loads it on top of its defaults in :func:`registry`.
The quantity parser needs only the surface forms (人次 -> person_time, 亿元 -> CNY) and must not
pay for importing pint, so :func:`surface_forms` and :func:`prefix_forms` read the same file with
a small line parser instead. One file, two readers: a test keeps them in agreement.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint

DEFINITIONS_FILE = "units.txt"

# Groups the quantity parser understands (see the header of rules/units.txt).
MONEY, COUNT, MEASURE, PERCENT, PERCENTAGE_POINT, MULTIPLE, MAGNITUDE = (
    "money", "count", "measure", "percent", "percentage_point", "multiple", "magnitude",
)


@dataclass(frozen=True, slots=True)
class UnitForm:
    """What a surface form such as 人次 or 港元 stands for."""

    unit: str  # pint unit name: "person_time", "HKD"
    group: str  # one of the group names above


def definitions_text() -> str:
    return files("corpuslint.rules").joinpath(DEFINITIONS_FILE).read_text(encoding="utf-8")


@cache
def registry() -> pint.UnitRegistry:
    """The one pint registry: pint's defaults plus rules/units.txt. Built on first use."""
    import pint

    ureg = pint.UnitRegistry()
    ureg.load_definitions(definitions_text().splitlines())
    return ureg


@cache
def surface_forms() -> dict[str, UnitForm]:
    """Every alias and symbol declared in units.txt, mapped to its unit and group."""
    return _read_definitions(definitions_text())[0]


@cache
def prefix_forms() -> dict[str, str]:
    """Currency forms that may stand before a number (¥, US$, 人民币), mapped to ISO codes."""
    return _read_definitions(definitions_text())[1]


def _fields(line: str) -> list[str]:
    return [field.strip() for field in line.split("=")]


def _read_definitions(text: str) -> tuple[dict[str, UnitForm], dict[str, str]]:
    group_of: dict[str, str] = {}
    aliases: list[tuple[str, list[str]]] = []  # (unit name, surface forms) in file order
    prefixes: dict[str, str] = {}
    group: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#> "):
            directive, _, rest = line[3:].partition(" ")
            head, *items = _fields(rest)  # "prefix CNY = ¥ = ￥" / "group measure = day = hour"
            if directive == "prefix":
                prefixes.update(dict.fromkeys(items, head))
            elif directive == "group":
                group_of.update(dict.fromkeys(items, head))
            continue
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@group"):
            group = line.split()[1]
        elif line == "@end":
            group = None
        elif line.startswith("@alias"):
            name, *forms = _fields(line.removeprefix("@alias"))
            aliases.append((name, forms))
        elif "=" in line:
            name, _definition, *forms = _fields(line)
            if group is not None:
                group_of[name] = group
            aliases.append((name, forms))
    surfaces = {
        form: UnitForm(name, group_of[name])
        for name, forms in aliases
        if name in group_of
        for form in forms
        if form != "_"
    }
    return surfaces, prefixes
