"""Check kinds: small classes that rules in rules/ instantiate by name."""

from __future__ import annotations

from corpuslint.checks.base import KINDS, Check


def kind_for(name: str) -> type[Check]:
    _load_builtin_kinds()
    try:
        return KINDS[name]
    except KeyError:
        known = ", ".join(sorted(KINDS))
        raise KeyError(f"unknown check kind {name!r} (known: {known})") from None


def _load_builtin_kinds() -> None:
    """Import the modules that register the built-in kinds (lazily: they pull in heavy deps)."""
    from importlib import import_module
    from pkgutil import iter_modules

    import corpuslint.checks as package

    for module in iter_modules(package.__path__):
        if not module.name.startswith("_") and module.name != "base":
            import_module(f"corpuslint.checks.{module.name}")
