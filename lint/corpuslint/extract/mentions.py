"""Gazetteer mentions in a document, found once per document and looked up per sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

import regex

from corpuslint.extract.gazetteer import Gazetteer, Matcher

# A share bar (分享：微信 微博, 分享到 QQ空间 朋友圈): page furniture naming where to share. The
# names in it are not mentioned by the article. Spaces between Han words are gone by now, so
# the bar is the run of names and share targets right after its label.
_SHARE_LABEL = regex.compile(r"(?:分享到?|转发到?|share(?:\s+to)?)\s*[：:]?\s*", regex.IGNORECASE)
_SHARE_TARGET = regex.compile(r"\s*(?:朋友圈|QQ空间|微信好友|好友|空间|豆瓣|复制链接|链接)\s*",
                              regex.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical name (entity, metric id, population, scope, cue kind)


class Mentions:
    """Sorted mentions of one category with fast range queries."""

    def __init__(self, matcher: Matcher, text: str,
                 targets: Callable[[str], bool] | None = None) -> None:
        found = matcher.find(text)
        if targets is not None:
            found = _outside_share_bars(found, text, targets)
        self.items = [Mention(s, e, n) for s, e, n in found]
        self._starts = [m.start for m in self.items]

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside [start, end)."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def covering(self, position: int) -> Mention | None:
        """The mention that starts before ``position`` and ends after it, if any."""
        i = bisect_left(self._starts, position) - 1
        while i >= 0 and self.items[i].start >= position - 32:
            if self.items[i].start < position < self.items[i].end:
                return self.items[i]
            i -= 1
        return None

    def ending_at(self, end: int) -> Mention | None:
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self.items[i].end >= end - 16:
            if self.items[i].end == end:
                return self.items[i]
            i -= 1
        return None


@dataclass
class DocumentMentions:
    entities: Mentions
    generics: Mentions
    metrics: Mentions
    verbs: Mentions  # metric verbs (交付, 卖出): a metric only right before a figure
    populations: Mentions
    scopes: Mentions
    cues: dict[str, Mentions]

    @classmethod
    def find(cls, gazetteer: Gazetteer, text: str) -> DocumentMentions:
        return cls(
            entities=Mentions(gazetteer.entity_matcher, text,
                              lambda name: gazetteer.entities[name].type == "product"),
            generics=Mentions(gazetteer.generic_matcher, text),
            metrics=Mentions(gazetteer.metric_matcher, text),
            verbs=Mentions(gazetteer.verb_matcher, text),
            populations=Mentions(gazetteer.population_matcher, text),
            scopes=Mentions(gazetteer.scope_matcher, text),
            cues={kind: Mentions(m, text) for kind, m in gazetteer.cue_matchers.items()},
        )


def _outside_share_bars(found: list[tuple[int, int, str]], text: str,
                        targets: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """The matches that do not stand in a share bar (the 微博 of 分享：微信 微博). A bar lists
    products (微信, 微博, QQ) and share targets; a company after it starts the article."""
    starts = {s: e for s, e, name in found if targets(name)}
    skipped: set[int] = set()
    for label in _SHARE_LABEL.finditer(text):
        i = label.end()
        while True:
            while i < len(text) and text[i] in " \t\u3000":
                i += 1
            if i in starts:
                skipped.add(i)
                i = starts[i]
            elif (target := _SHARE_TARGET.match(text, i)) and target.end() > i:
                i = target.end()
            else:
                break
    return [m for m in found if m[0] not in skipped]
