"""Where a document says it was written: metadata fields and datelines near the top."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from email.utils import parsedate_to_datetime

import regex

#: Metadata keys that carry a publication date, most trustworthy first (compared lowercased).
METADATA_KEYS = (
    "date", "published", "pubdate", "publishdate", "publish_date", "published_at", "datetime",
    "article:published_time", "og:published_time", "og:article:published_time", "time",
)

_DATE = (
    r"(?P<year>\d{4})(?:(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"|\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]?)"
)
_TIME = r"(?:[T\x20\t]*\d{1,2}:\d{2}(?::\d{2})?)?"
_LEADING_DATE = regex.compile(rf"\s*{_DATE}(?!\d)")
_LABEL = (
    r"(?:[发發][布佈表](?:[时時][间間]|日期|于|於)|更新[时時][间間]|[时時][间間]|日期"
    r"|date|published|pubdate)"
)
_LABELLED = regex.compile(rf"{_LABEL}\s*[:：]\s*(?P<rest>.+)", regex.IGNORECASE)
# "2018年11月28日 10:30 来源：新浪科技", "2019-03-05", "2021/4/12 | 作者 …"
_DATELINE = regex.compile(
    rf"{_DATE}{_TIME}\s*(?:$|[|丨/·]|(?:来源|來源|作者|[编編][辑輯]|[责責][编編]|出[处處]|文)\s*[:：|丨]?)"
)
# A wire dateline opens the first paragraph, however long: "新华社北京2024年3月26日电",
# "（中央社台北2024年2月28日電）", "本报深圳2024年5月1日讯". Agency and place come first; a
# space or bracket follows, so that 2019年6月30日电商平台… is a sentence, not a dateline.
_WIRE = regex.compile(
    rf"[（(【\[]?[^\s，。,；;：:（()）]{{0,16}}?{_DATE}\s*[电電讯訊](?=[\s（()）】\]]|$)"
)
# "Tomsp360lib 2018-11-28", "作者：周天 2018-11-28 09:00": a short signature, then the date.
_BYLINE = regex.compile(rf"[^\s。，！？；,!?;]{{1,30}}\s+{_DATE}{_TIME}\s*$")
_HEADER_LINES = 10
_LONGEST_HEADER_LINE = 80


def parse_written_date(value: str) -> date | None:
    """A date written at the start of ``value`` (ISO, 2021/4/12, 2021年4月12日, RFC 2822).

    Times and time zones are ignored: the date is the one the publisher wrote, in its own zone.
    """
    match = _LEADING_DATE.match(value)
    if match:
        return _date(match)
    try:
        return parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None


def metadata_date(metadata: Mapping[str, str]) -> date | None:
    by_key = {key.strip().lower(): value for key, value in metadata.items() if value}
    open_graph = sorted(
        key for key in by_key if key.startswith("og:") and ("time" in key or "date" in key)
    )
    for key in (*METADATA_KEYS, *open_graph):
        if key in by_key and (found := parse_written_date(by_key[key])):
            return found
    return None


def dateline_date(text: str) -> date | None:
    """The date of a dateline, byline or 发布时间 header among the first non-blank lines."""
    lines = (line.strip() for line in text.splitlines())
    header = [line for line in lines if line][:_HEADER_LINES]
    for line in header:
        wire = _WIRE.match(line)
        if wire and (found := _date(wire)):
            return found
        if len(line) > _LONGEST_HEADER_LINE:
            continue
        labelled = _LABELLED.fullmatch(line)
        if labelled and (found := parse_written_date(labelled.group("rest"))):
            return found
        match = _DATELINE.match(line) or _BYLINE.fullmatch(line)
        if match and (found := _date(match)):
            return found
    return None


def _date(match: regex.Match[str]) -> date | None:
    try:
        return date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
