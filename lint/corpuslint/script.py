"""Traditional-to-Simplified conversion with OpenCC's official wheel, built once, lazily."""

from __future__ import annotations

from functools import cache


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _converter().convert(text) if text else text
