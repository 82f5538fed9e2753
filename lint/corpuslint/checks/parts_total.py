"""``parts_total``: parts that are explicitly summed to a stated total and don't add up (CL201).

"A占49.9%，B占40.7%，两者合计90.6%" passes (the sum of the intervals of the parts meets the
interval of the total); "…两者合计90.8%" is reported. What counts as a part is kept narrow: the
figures of the total's own family before the sum cue in the same sentence; when the cue names
how many (两者, 三家) there must be exactly that many; when it doesn't, any run of two or more
trailing figures that adds up clears the sentence. Sentences that describe changes (同比增长…)
are skipped, because their figures are not parts of anything.

The clause of the cue may name what it sums. A remainder (其他平台合计5.4%, 其余合计) is not the
total of the figures before it but one more part, so it is skipped. A list of its own (天猫和京东
合计, 物联网、车用合计) sums the named members only: their figures are the parts, and when the
members have no figure of their own earlier in the sentence, the cue is about something else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict

from corpuslint.checks import _text
from corpuslint.checks._claims import actual_claims, same_family, same_time
from corpuslint.checks.base import Check, register
from corpuslint.intervals import Interval, Margins, add, intersects, interval_of, point
from corpuslint.parse._qty_lexicon import FALL_VERBS, RISE_VERBS
from corpuslint.quantity import Kind

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.claim import Claim
    from corpuslint.finding import Finding
    from corpuslint.quantity import Quantity

# Sum words, minus the words they hide in: 综合计算, 总计划, 公共计算, 统一共享.
_SUM = (
    r"(?<![结综联融配整组混契])合计(?![划算])|总计(?![划算])|(?<!公)共计(?![划算])"
    r"|合共|加起来|加在一起|总和|共占|总共|(?<!统)一共(?!享)"
)
_COUNTED = r"(?P<count>[两二三四五六七八九十]|\d{1,2})(?:者|家|个|项|款|类|方|地|国|部分)"
_CUE = regex.compile(rf"(?:{_COUNTED}(?:之和|的总和|{_SUM}|共|占据|占有|占)|(?:{_SUM}))")
# Between the cue and the total: "占据了行业", "为", "达到"; never across a clause break.
_TO_TOTAL = regex.compile(r"[^，,。；;！？!?\n\d]{0,15}")
_CHANGE_WORDS = regex.compile(
    "|".join((*RISE_VERBS, *FALL_VERBS, "同比", "环比", "较", "增幅", "降幅", "从", "由"))
)
_CLAUSE_BREAK = regex.compile(r"[，,；;：:。！？!?\n]")
# The rest of a whole, not the whole: 其他平台, 其余, 剩下的, 除A以外的.
_REMAINDER = regex.compile(r"其他|其它|其余|剩余|剩下|余下|以外|之外|除")
_LIST_SEPARATOR = regex.compile(r"以及|[、和与及跟]")
# Words that introduce the clause rather than name a member: 其中天猫和京东合计.
_LEAD = regex.compile(r"^(?:其中|而|则|仅|单是|光是|这)")
_HAN_COUNTS = {
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_SUMMABLE = frozenset({Kind.PERCENT, Kind.MONEY, Kind.COUNT, Kind.NUMBER})


class PartsTotalParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    margins: Margins = Margins()


@register
class PartsTotal(Check):
    kind = "parts_total"
    Params = PartsTotalParams

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        quantities = _text.sorted_quantities(analysis)
        reported: set[tuple[int, int]] = set()  # totals already checked by their wording
        for start, end in _text.sentences(analysis):
            for finding in self._check_sentence(analysis, quantities, start, end):
                reported.add((finding.line, finding.column))
                yield finding
        for finding in self._check_combined_claims(analysis):
            if (finding.line, finding.column) not in reported:
                yield finding

    def _check_combined_claims(self, analysis: DocumentAnalysis) -> Iterator[Finding]:
        """支付宝和财付通共占据…90.6%，支付宝以49.9%…，财付通以40.7%…: the extractor gives the
        total to the combined subject "支付宝+财付通"; its members' own figures for the same
        metric, scope and time in the same document are the parts, wherever they stand."""
        claims = actual_claims(analysis.claims)
        for total in claims:
            members = total.entity.split("+")
            if len(members) < 2 or total.quantity.kind not in _SUMMABLE:
                continue
            parts = [_part_of(claims, total, member) for member in members]
            if any(p is None for p in parts):
                continue
            quantities = [p.quantity for p in parts]  # type: ignore[union-attr]
            if not self._adds_up(quantities, total.quantity, whole=True):
                yield self._report(analysis, quantities, total.quantity)

    def _check_sentence(
        self, analysis: DocumentAnalysis, quantities: list[Quantity], start: int, end: int
    ) -> Iterator[Finding]:
        text = analysis.document.text
        in_sentence = _text.quantities_between(quantities, start, end)
        for cue in _CUE.finditer(text, start, end):
            total = _total_after(text, in_sentence, cue.end())
            if total is None:
                continue
            parts = _parts_before(text, in_sentence, total, start, cue.start())
            if parts is None:
                continue
            clause = _clause_start(text, start, cue.start())
            own = text[clause : cue.start()]
            if _REMAINDER.search(own):
                continue
            members = _members(own)
            if members:
                parts = _named_parts(text, parts, members, start)
                if parts is None:
                    continue
            count = len(parts) if members else _cue_count(cue)
            if count is not None and len(parts) != count:
                continue
            if not self._adds_up(parts, total, whole=count is not None):
                yield self._report(analysis, parts, total)

    def _adds_up(self, parts: list[Quantity], total: Quantity, *, whole: bool) -> bool:
        """Whether the parts (or, if the cue didn't count them, a trailing run) meet the total."""
        stated = interval_of(total, self.params.margins)
        runs = [parts] if whole else [parts[i:] for i in range(len(parts) - 1)]
        return any(intersects(self._sum(run), stated) for run in runs)

    def _sum(self, parts: list[Quantity]) -> Interval:
        result = point(0)
        for part in parts:
            result = add(result, interval_of(part, self.params.margins))
        return result

    def _report(
        self, analysis: DocumentAnalysis, parts: list[Quantity], total: Quantity
    ) -> Finding:
        computed = sum((Fraction(p.value) for p in parts), Fraction(0))  # type: ignore[arg-type]
        return self.finding(
            _text.path(analysis),
            _text.span(analysis, total.start, total.end),
            fingerprint="|".join(_text.normalised(q.text) for q in (*parts, total)),
            parts=" + ".join(p.text for p in parts),
            total=total.text,
            computed=_text.show_like(computed, total),
        )


def _part_of(claims: list[Claim], total: Claim, member: str) -> Claim | None:
    """The member's one figure for the total's metric at the total's time, if unambiguous."""
    found = [
        c for c in claims
        if c.entity == member and (c.metric, c.scope, c.population) == total.key[1:]
        and same_time(c.period, total.period) and same_family(c.quantity, total.quantity)
        and c.quantity.kind is total.quantity.kind and c.quantity.value is not None
    ]
    return found[0] if len(found) == 1 else None


def _total_after(text: str, quantities: list[Quantity], position: int) -> Quantity | None:
    after = [q for q in quantities if q.start >= position]
    if not after or after[0].kind not in _SUMMABLE or after[0].value is None:
        return None
    return after[0] if _TO_TOTAL.fullmatch(text, position, after[0].start) else None


def _parts_before(
    text: str, quantities: list[Quantity], total: Quantity, start: int, cue_start: int
) -> list[Quantity] | None:
    """Figures of the total's family before the cue; None when the sentence is about changes."""
    before = [q for q in quantities if q.end <= cue_start]
    parts = [q for q in before if same_family(q, total) and q.kind is total.kind]
    if len(parts) < 2 or any(q.value is None for q in parts):
        return None
    if _CHANGE_WORDS.search(text, start, cue_start):
        return None
    return parts


def _clause_start(text: str, floor: int, position: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, position)]
    return breaks[-1] if breaks else floor


def _members(own: str) -> list[str]:
    """The members a cue's clause lists before it (天猫和京东), or [] when it lists none."""
    items = [item.strip() for item in _LIST_SEPARATOR.split(_LEAD.sub("", own.strip()))]
    return items if len(items) >= 2 and all(items) else []


def _named_parts(
    text: str, parts: list[Quantity], members: list[str], start: int
) -> list[Quantity] | None:
    """For each listed member, the one part whose clause names it; None unless all are found."""
    named = []
    for member in members:
        found = [
            p for p in parts if member in text[_clause_start(text, start, p.start) : p.start]
        ]
        if len(found) != 1 or found[0] in named:
            return None
        named.append(found[0])
    return sorted(named, key=lambda q: q.start)


def _cue_count(cue: regex.Match[str]) -> int | None:
    count = cue.group("count")
    if count is None:
        return None
    return int(count) if count.isdigit() else _HAN_COUNTS[count]
