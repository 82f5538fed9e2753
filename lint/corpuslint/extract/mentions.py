"""Gazetteer mentions in a document, found once per document and looked up per sentence."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from corpuslint.extract.gazetteer import Gazetteer, Matcher


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical name (entity, metric id, population, scope, cue kind)


class Mentions:
    """Sorted mentions of one category with fast range queries."""

    def __init__(self, matcher: Matcher, text: str) -> None:
        self.items = [Mention(s, e, n) for s, e, n in matcher.find(text)]
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
            entities=Mentions(gazetteer.entity_matcher, text),
            generics=Mentions(gazetteer.generic_matcher, text),
            metrics=Mentions(gazetteer.metric_matcher, text),
            verbs=Mentions(gazetteer.verb_matcher, text),
            populations=Mentions(gazetteer.population_matcher, text),
            scopes=Mentions(gazetteer.scope_matcher, text),
            cues={kind: Mentions(m, text) for kind, m in gazetteer.cue_matchers.items()},
        )
