"""One synthetic news article: sentences with figures, filler prose, and a file format around them.

``article(rng, budget)`` writes paragraphs until the body reaches ``budget`` UTF-8 bytes, then
wraps it as plain text, Markdown with YAML front matter, or HTML; about one article in eight is
converted to Traditional script (Taiwan or Hong Kong conventions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from random import Random

from tests.benchmarks import figures
from tests.benchmarks.vocabulary import (
    AUTHORS,
    COMPANIES,
    FILLER,
    METRICS,
    NAME_HEADS,
    NAME_TAILS,
    PRODUCT_MODELS,
    PRODUCTS,
    REGIONS,
    REPORTING_VERBS,
    SOURCES,
    TAGS,
    TITLE_PATTERNS,
    Metric,
)

_FIRST_DAY, _DAYS = date(2016, 1, 1), (date(2026, 6, 30) - date(2016, 1, 1)).days
_RATIO_METRICS = tuple(m for m in METRICS if m.shape == "ratio")
_EXTENSIONS, _EXTENSION_WEIGHTS = ("txt", "md", "html"), (0.7, 0.2, 0.1)
_TRADITIONAL_SHARE = 0.12


@dataclass(frozen=True)
class Desk:
    """What one article is about: its date and the handful of companies it keeps returning to."""

    rng: Random
    published: date
    entities: tuple[str, ...]

    @property
    def year(self) -> int:
        return self.published.year

    def entity(self) -> str:
        return self.rng.choice(self.entities)

    def metric(self) -> Metric:
        return self.rng.choice(METRICS)

    def period(self) -> str:
        return figures.period(self.rng, self.year)


def article(rng: Random, budget: int) -> tuple[str, str]:
    """(file extension, content) of an article whose body is about ``budget`` UTF-8 bytes."""
    desk = Desk(rng, _FIRST_DAY + timedelta(days=rng.randrange(_DAYS)), _entities(rng))
    extension = rng.choices(_EXTENSIONS, _EXTENSION_WEIGHTS)[0]
    blocks, size = [], 0
    while size < budget:
        block = _block(desk, extension)
        blocks.append(block)
        size += len(block.encode())
    title = _title(desk)
    content = _WRAPPERS[extension](desk, title, blocks)
    if rng.random() < _TRADITIONAL_SHARE:
        content = _converter(rng.choice(("s2tw", "s2hk"))).convert(content)
    return extension, content


def _entities(rng: Random) -> tuple[str, ...]:
    invented = (rng.choice(NAME_HEADS) + rng.choice(NAME_TAILS) for _ in range(rng.randint(0, 2)))
    return (*rng.sample(COMPANIES, rng.randint(1, 3)), *invented, rng.choice(PRODUCTS))


def _title(desk: Desk) -> str:
    return desk.rng.choice(TITLE_PATTERNS).format(
        entity=desk.entity(),
        other=desk.rng.choice(COMPANIES),
        metric=desk.metric().name,
        region=desk.rng.choice(REGIONS),
    )


def _block(desk: Desk, extension: str) -> str:
    """A paragraph, or now and then a Markdown/HTML heading, list or table."""
    rng, roll = desk.rng, desk.rng.random()
    if extension != "txt" and roll < 0.12:
        return _list(desk, extension)
    if extension != "txt" and roll < 0.18:
        return _table(desk, extension)
    if extension != "txt" and roll < 0.26:
        heading = f"{rng.choice('一二三四五')}、{desk.entity()}的{desk.metric().name}"
        return f"## {heading}" if extension == "md" else f"<h2>{heading}</h2>"
    paragraph = "".join(_sentence(desk) for _ in range(rng.randint(2, 6)))
    return f"<p>{paragraph}</p>" if extension == "html" else paragraph


def _sentence(desk: Desk) -> str:
    rng = desk.rng
    if rng.random() < 0.4:
        return rng.choice(FILLER)
    return rng.choices(_TEMPLATES, _TEMPLATE_WEIGHTS)[0](desk)


def _figure(desk: Desk, metric: Metric) -> str:
    return figures.for_metric(desk.rng, metric)


def _reported(desk: Desk) -> str:
    metric = desk.metric()
    figure = _figure(desk, metric)
    # A hedged figure reads "营收超过3亿元" or "营收为近3亿元", not "营收突破超过3亿元".
    hedged = figure.startswith(figures.BEFORE)
    verb = desk.rng.choice(("", "为", "达") if hedged else REPORTING_VERBS)
    head = f"{desk.period()}，{desk.entity()}{metric.name}{verb}{figure}"
    return f"{head}，{figures.change(desk.rng)}。" if desk.rng.random() < 0.6 else f"{head}。"


def _sourced(desk: Desk) -> str:
    metric, source = desk.metric(), desk.rng.choice(SOURCES)
    figure = _figure(desk, metric)
    return f"{source}，{desk.entity()}{desk.period()}的{metric.name}为{figure}。"


def _share(desk: Desk) -> str:
    rng, metric = desk.rng, desk.rng.choice(_RATIO_METRICS)
    moved = rng.choice(("提升", "下降", "增加", "减少")) + figures.pp(rng)
    return (
        f"{desk.period()}，{desk.entity()}在{rng.choice(REGIONS)}的{metric.name}为"
        f"{figures.ratio(rng)}，较上年{moved}。"
    )


def _per_capita(desk: Desk) -> str:
    verb = desk.rng.choice(("使用过", "下载了", "每天打开", "购买过"))
    return f"{desk.period()}，{figures.per_capita(desk.rng)}{verb}{desk.entity()}。"


def _comparison(desk: Desk) -> str:
    metric, other = desk.metric(), desk.rng.choice(COMPANIES)
    figure, times = _figure(desk, metric), figures.multiple(desk.rng)
    return f"{desk.entity()}的{metric.name}达{figure}，是{other}的{times}。"


def _baseline(desk: Desk) -> str:
    metric = desk.metric()
    return (
        f"{desk.entity()}{desk.period()}{metric.name}为{_figure(desk, metric)}，"
        f"较去年同期的{_figure(desk, metric)}{figures.change(desk.rng)}。"
    )


def _forecast(desk: Desk) -> str:
    metric = desk.metric()
    target = desk.year + desk.rng.randint(1, 5)
    return f"{desk.entity()}预计，到{target}年{metric.name}将达到{_figure(desk, metric)}。"


def _launch(desk: Desk) -> str:
    price = figures.decimal(desk.rng, 99, 499_999).split(".")[0]
    return f"{desk.entity()}同日发布了{desk.rng.choice(PRODUCT_MODELS)}，起售价{price}元。"


def _footprint(desk: Desk) -> str:
    cities = figures.count(desk.rng, desk.rng.choice(("个", "座")))
    return f"目前，{desk.entity()}已进入{cities}城市，累计服务{figures.users(desk.rng, '用户')}。"


_TEMPLATES = (
    _reported,
    _sourced,
    _share,
    _per_capita,
    _comparison,
    _baseline,
    _forecast,
    _launch,
    _footprint,
)
_TEMPLATE_WEIGHTS = (30, 15, 12, 4, 8, 10, 8, 6, 7)


def _list(desk: Desk, extension: str) -> str:
    items = [_reported(desk) for _ in range(desk.rng.randint(2, 4))]
    if extension == "md":
        return "\n".join(f"- {item}" for item in items)
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _table(desk: Desk, extension: str) -> str:
    metrics = desk.rng.sample(METRICS, 3)
    years = (desk.year - 1, desk.year)
    rows = [(m.name, _figure(desk, m), _figure(desk, m)) for m in metrics]
    if extension == "md":
        lines = [f"| 指标 | {years[0]}年 | {years[1]}年 |", "| --- | ---: | ---: |"]
        return "\n".join(lines + [f"| {a} | {b} | {c} |" for a, b, c in rows])
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return f"<table><tr><th>指标</th><th>{years[0]}年</th><th>{years[1]}年</th></tr>{cells}</table>"


def _as_text(desk: Desk, title: str, blocks: list[str]) -> str:
    rng, day = desk.rng, desk.published
    dateline = rng.choice(
        (
            f"{day.year}年{day.month}月{day.day}日",
            f"发布时间：{day.isoformat()}",
            "",
            "",
        )
    )
    head = [title, dateline] if dateline else [title]
    return "\n\n".join(head + blocks) + "\n"


def _front_matter(desk: Desk, title: str) -> str:
    fields = (
        f'title: "{title}"',
        f"date: {desk.published.isoformat()}",
        f"author: {desk.rng.choice(AUTHORS)}",
        f"tags: [{', '.join(desk.rng.sample(TAGS, 2))}]",
    )
    return "---\n" + "\n".join(fields) + "\n---\n"


def _as_markdown(desk: Desk, title: str, blocks: list[str]) -> str:
    return _front_matter(desk, title) + "\n" + "\n\n".join([f"# {title}", *blocks]) + "\n"


def _as_html(desk: Desk, title: str, blocks: list[str]) -> str:
    # Half the HTML pages are Jekyll/Hugo sources (front matter); the rest are rendered pages.
    front = _front_matter(desk, title) if desk.rng.random() < 0.5 else ""
    meta = f'<meta name="date" content="{desk.published.isoformat()}">'
    head = f'<head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
    body = "\n".join([f"<h1>{title}</h1>", *blocks])
    return f'{front}<!DOCTYPE html>\n<html lang="zh">\n{head}\n<body>\n{body}\n</body>\n</html>\n'


_WRAPPERS = {"txt": _as_text, "md": _as_markdown, "html": _as_html}


@cache
def _converter(config: str):
    import opencc  # a corpuslint dependency; imported lazily so the module loads without it

    return opencc.OpenCC(config)
