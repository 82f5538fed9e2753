"""The wheel's explicit package list (pyproject.toml) must name every engine package."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_engine_package_is_listed_and_rules_ship_in_the_wheel():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    engine = ROOT / "lint"
    found = {
        ".".join(init.parent.relative_to(engine).parts)
        for init in engine.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert set(setuptools["packages"]) == found | {"corpuslint.rules"}
    assert setuptools["package-dir"]["corpuslint.rules"] == "rules"
    assert (ROOT / "rules" / "__init__.py").is_file()
