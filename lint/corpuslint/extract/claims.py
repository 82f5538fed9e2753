"""Claim extraction: figures in a document become (entity, metric, scope, period, value) claims.

Pure: an analysed document (text, sentences, quantities, periods) in, claims out. What counts as
an entity, a metric, a population or a cue word is data (rules/gazetteer); this module only knows
how Chinese business prose attaches those to a figure.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from corpuslint.claim import CHANGE_SUFFIX, GROWTH_SUFFIX, SEGMENT_MARK, Claim, Modality
from corpuslint.extract.gazetteer import (
    Gazetteer,
    Metric,
    load_gazetteer,
)
from corpuslint.extract.mentions import DocumentMentions, Mention
from corpuslint.extract.periods import PeriodPicker
from corpuslint.extract.phrases import name_like
from corpuslint.extract.subject import Subject, SubjectResolver
from corpuslint.parse._qty_lexicon import FALL_VERBS, RISE_VERBS
from corpuslint.quantity import Kind, Qualifier, Quantity

if TYPE_CHECKING:
    from corpuslint.analysis import DocumentAnalysis

# A clause ends at these; a metric and its figure must share a clause.
_CLAUSE_BREAK = regex.compile(r"[，,；;：:。！？!?\n]")
_MAX_GAP = 12  # characters between a metric and the figure that follows it
# Between a figure and a metric named after it only a measure word or 的 may stand (2亿日活).
_AFTER_GAP = regex.compile(r"^\s*(?:[个项种家款位名笔件次条]\s*)?的?\s*$")
_HISTORICAL_LINK = regex.compile(r"[，,]?\s*(?P<word>较|相比|相较|比)")
# 比亚迪为300亿元, 比特大陆则为…: a name opening with a comparison word, then its copula.
_NAMED_THEN_COPULA = regex.compile(r"(?P<name>\S{2,8}?)(?:则|也|亦|仅|只)?(?:为|是|达到|达)\s*$")
# After a comparison word these open its baseline (比上年, 较去年同期, 比2022年), never a name.
_BASELINE_OPENER = regex.compile(r"[上去前同今本年季月期此之\d]")
# 从10165.3亿元减至8384.9亿元: the figure after 从 is the old level, the one after 减至 the new.
_RISE, _FALL = "|".join(RISE_VERBS), "|".join(FALL_VERBS)
_TO_LEVEL_LINK = regex.compile(rf"\s*(?:{_RISE}|{_FALL})了?\s*(?:至|到)")
_FROM = regex.compile(r"(?:从|由)\s*$")
_SHARE_WORDS = regex.compile(r"占比|比重|比例|占据|占")
# Words that make the figure after a metric a change of it (营收同比增长30%, 注册用户新增1200万,
# 交付量同比下降3.2%, 年减27.5%) rather than its level. Traditional text arrives in Simplified
# script, so 成長 and 年減 are matched as 成长 and 年减.
_CHANGE_WORDS = regex.compile(
    rf"(?P<down>降幅|跌幅|负增长|年减|季减|月减|{_FALL})"
    rf"|(?P<up>增幅|涨幅|新增|净增|年增|季增|月增|同比|环比|按年|按季|{_RISE})"
)
# 增长至, 降到: the figure after is the new level, not the change.
_TO_LEVEL = regex.compile(r"\s*(?:了)?\s*(?:至|到)")
# Between a metric verb and its figure: an aspect particle and a generic object (交付了,
# 交付新车87426辆); anything else means the verb governs something other than the figure.
_VERB_GAP = regex.compile(r"^\s*(?:共|共计|合计)?\s*了?\s*(?:新车|汽车|车辆|整车)?\s*$")
# 营收同比增速: between a metric and the rate of its growth.
_RATE_OF = regex.compile(r"(?:的|同比|环比|按年|全年|年|季度)*")
# 在综合电商平台中，京东占比约27.2%: a share within a frame named earlier in the sentence.
_SHARE_FRAME = regex.compile(r"在([^，,。；;：:]{2,20}?)(?:当中|之中|中|里)[，,]")
_FRAMED_SHARE = regex.compile(r"占比(?:约为|约|为|达到|达|超过|近|接近|逾)?\s*$")
# Units of time: 12个月, 8天, 5分钟 are durations, never a count of users or money.
# (the time units of rules/units.txt; 3年 is never a figure, see parse.quantities)
_DURATIONS = frozenset({"month", "week", "day", "hour", "minute", "second", "year_of_age"})
_NEGATED = {
    Qualifier.MORE_THAN: Qualifier.LESS_THAN,
    Qualifier.LESS_THAN: Qualifier.MORE_THAN,
    Qualifier.AT_LEAST: Qualifier.AT_MOST,
    Qualifier.AT_MOST: Qualifier.AT_LEAST,
}  # NEARLY stays: 下降近3% is nearly -3%, short of it towards zero (intervals.interval_of)


@dataclass(frozen=True)
class _Reading:
    """What a figure measures, before its owner is known."""

    metric: Metric  # the base metric (营收 for 营收同比增长30%)
    mention: Mention  # where the metric (or its verb) is named
    change: str = ""  # "" for the level, GROWTH_SUFFIX for a rate, CHANGE_SUFFIX for an amount
    sign: int = 1  # -1 for a decline
    qualifier: str | None = None  # a segment named by a frame (在综合电商平台中，…占比)
    framed: bool = False
    scope: str | None = None  # the scope named by that frame (在国内动力电池市场中)
    verb: str = ""  # the change word (下降 in 同比下降3.2%)
    level: Quantity | None = None  # 441亿元 in 441亿元，比上年增加134亿元: the level changed
    baseline: bool = False  # 1791亿元 in 2200亿元，比2021年的1791亿元: a comparison baseline


def extract_claims(analysis: DocumentAnalysis, gazetteer: Gazetteer | None = None) -> list[Claim]:
    gazetteer = gazetteer or load_gazetteer()
    document = analysis.document
    text = document.text
    mentions = DocumentMentions.find(gazetteer, text)
    subjects = SubjectResolver(gazetteer, mentions, text,
                               blockers=[(q.start, q.end) for q in analysis.quantities],
                               dates=[(p.start, p.end) for p in analysis.periods])
    periods = PeriodPicker(analysis)
    starts = [q.start for q in analysis.quantities]
    claims: list[Claim] = []
    for sentence in document.sentences:
        lo = bisect_left(starts, sentence.start)
        hi = bisect_left(starts, sentence.end)
        quantities = analysis.quantities[lo:hi]
        segments: dict[str, str] = {}  # metric -> the segment this sentence named for it
        for quantity in quantities:
            claim = _claim_for(quantity, sentence, quantities, analysis, gazetteer, mentions,
                               subjects, periods, segments)
            if claim is not None:
                claims.append(claim)
        subjects.note_sentence(sentence.start, sentence.end)
        periods.note_sentence(sentence)
    return claims


def _claim_for(quantity, sentence, siblings, analysis, gazetteer, mentions, subjects, periods,
               segments):
    text = analysis.document.text
    if _is_duration(quantity):
        return None  # 过去12个月的年度活跃用户数: a span of time, not a number of anything
    if quantity.kind is Kind.FRACTION and quantity.population:
        penetration = gazetteer.metrics.get("penetration")
        if penetration is None:
            return None
        reading = _Reading(penetration, Mention(quantity.start, quantity.end, penetration.id))
        subject = subjects.in_sentence(sentence.start, sentence.end, quantity.end)
        clause = _clause_start(text, sentence.start, quantity.start)
    else:
        reading = _metric_for(quantity, sentence, siblings, text, gazetteer, mentions, subjects)
        if reading is None:
            return None
        mention = reading.mention
        anchor = min(mention.start, quantity.start)
        clause = _clause_start(text, sentence.start, anchor)
        # Before a figure stands a predicate (覆盖200多个行业), before a metric its owner.
        subject = subjects.owner_of(anchor, clause, sentence.start,
                                    unnamed=mention.start < quantity.start)
        if reading.framed and not _named_right_before(mentions, gazetteer, clause, mention.start):
            return None
    if subject is None:
        return None
    if reading.mention.start > quantity.start and not subject.qualifier:
        # 支付宝和财付通共占据第三方支付市场份额的90.6%，支付宝以49.9%的市场份额…: a figure
        # named before its metric shares the segment its sentence already named.
        subject = replace(subject, qualifier=segments.get(reading.metric.id))
    elif subject.qualifier:
        segments[reading.metric.id] = subject.qualifier
    key, metric = _metric_key(reading, subject, gazetteer)
    if metric is None or quantity.kind.value not in metric.kinds:
        return None
    if reading.sign < 0:
        quantity = _negated(quantity, reading.verb)
        if quantity is None:
            return None
    if _has_cue(mentions, "subset", clause, quantity.start):
        return None
    if _has_cue(mentions, "respectively", clause, quantity.start):
        return None  # 分别为65.3%、60%: which figure is whose is beyond a gazetteer
    # 441亿元，比上年增加134亿元: the change is dated with its level, not with its baseline.
    period = periods.period_for(reading.level or quantity, sentence)
    return _build(quantity, sentence, analysis, gazetteer, mentions, key, metric, subject,
                  period, clause, reading.scope, _stated_modality(reading))


def _is_duration(quantity: Quantity) -> bool:
    return quantity.kind in (Kind.COUNT, Kind.NUMBER) and quantity.unit in _DURATIONS


def _metric_key(reading: _Reading, subject: Subject, gazetteer: Gazetteer):
    """The claim's metric key and the metric that decides which figures it accepts.

    A segment (拼多多的交易服务收入) is its own metric, ``revenue:交易服务``; an increment
    (新增注册用户) is a change of the metric, never its running total."""
    base, change = reading.metric, reading.change
    qualifier = subject.qualifier or reading.qualifier
    if subject.added:
        if change == GROWTH_SUFFIX:
            qualifier = f"新增{qualifier or ''}"  # 新增用户同比增长15%: growth of the additions
        else:
            change = CHANGE_SUFFIX
    metric = gazetteer.metrics.get(base.id + change)
    key = base.id + (f"{SEGMENT_MARK}{qualifier}" if qualifier else "") + change
    return key, metric


def _negated(quantity: Quantity, verb: str) -> Quantity | None:
    """下降3.2% as a growth of -3.2%: the interval mirrored around zero. The text stays as
    written (it locates the figure in its sentence); the decline word goes in ``growth_verb``."""
    if quantity.kind is Kind.MULTIPLE:
        return None  # 下降了2倍 has no agreed meaning
    if quantity.value is None and quantity.low is None and quantity.high is None:
        return None
    return quantity.model_copy(update={
        "value": None if quantity.value is None else -quantity.value,
        "low": None if quantity.high is None else -quantity.high,
        "high": None if quantity.low is None else -quantity.low,
        "qualifier": _NEGATED.get(quantity.qualifier, quantity.qualifier),
        "growth_verb": quantity.growth_verb or verb,
    })


def _metric_for(quantity, sentence, siblings, text, gazetteer, mentions, subjects):
    """The metric a figure measures: named just before it in the same clause, or right after."""
    verb = _verb_before(quantity, sentence, text, gazetteer, mentions)
    if verb is not None:
        return verb
    before = [m for m in mentions.metrics.between(sentence.start, quantity.start)
              if gazetteer.metrics[m.name].position != "after"]
    for mention in reversed(before):
        between = [q for q in siblings if mention.end <= q.start < quantity.start
                   and not _is_duration(q)]
        if between:
            linked = _linked(gazetteer.metrics[mention.name], mention, between[-1], quantity,
                             text, mentions)
            if linked is None:
                break  # another figure stands between: the metric is that one's
            return linked
        gap = text[mention.end:quantity.start]
        if len(gap) > _MAX_GAP or _CLAUSE_BREAK.search(gap):
            break
        metric = gazetteer.metrics[mention.name]
        if _SHARE_WORDS.search(gap):
            return None  # 收入占比提升至40%: a share of something else, not this metric
        if metric.id == "growth_rate":
            # 营收增速为30%: the growth of the metric named before the rate
            owner = _metric_right_before(mentions, gazetteer, text, mention.start)
            if owner is not None:
                return _Reading(gazetteer.metrics[owner.name], owner, GROWTH_SUFFIX)
        return _change_reading(metric, mention, gap, quantity)
    for mention in mentions.metrics.between(quantity.end, min(sentence.end, quantity.end + 8)):
        if gazetteer.metrics[mention.name].position == "before":
            continue
        if quantity.is_article:
            break  # 一款月活超过10亿的产品: 一款 is an article, not a figure
        if _AFTER_GAP.match(text[quantity.end:mention.start]):
            return _Reading(gazetteer.metrics[mention.name], mention)
        break
    return _framed_share(quantity, sentence, text, gazetteer, mentions, subjects)


def _linked(metric: Metric, mention: Mention, level: Quantity, quantity: Quantity, text: str,
            mentions: DocumentMentions) -> _Reading | None:
    """…营收为2200亿元，较2021年的1791亿元: a comparison baseline shares the metric of the level
    before it; 441亿元，比上年增加134亿元 is a change of that level; else another figure stands
    between and the metric is that one's."""
    link = _comparison(text, mentions, level.end, quantity.start)
    if link is not None and quantity.start - link.end() <= _MAX_GAP:
        reading = _change_reading(metric, mention, text[link.end():quantity.start], quantity)
        return replace(reading, level=level) if reading.change else replace(reading,
                                                                            baseline=True)
    link = _TO_LEVEL_LINK.match(text, level.end, quantity.start)
    if link is not None and quantity.start - link.end() <= _MAX_GAP:
        return _Reading(metric, mention)
    return None


def _comparison(text: str, mentions: DocumentMentions, start: int, end: int):
    """A comparison word linking the figure at ``end`` to the one ending at ``start``, unless
    that word opens a name (比亚迪为300亿元 compares nothing)."""
    link = _HISTORICAL_LINK.match(text, start, end)
    if link is None:
        return None
    word = link.start("word")
    if any(m.start == word for m in mentions.entities.between(word, end)):
        return None
    if _BASELINE_OPENER.match(text, link.end()):
        return link
    named = _NAMED_THEN_COPULA.fullmatch(text, word, end)
    return None if named and name_like(named["name"]) else link


def _change_reading(metric: Metric, mention: Mention, gap: str, quantity: Quantity) -> _Reading:
    """营收同比增长30% is revenue growth, 注册用户新增1200万 a change in registered users,
    份额下降至30% the share itself."""
    moves = list(_CHANGE_WORDS.finditer(gap))
    if not moves or _TO_LEVEL.match(gap, moves[-1].end()):
        return _Reading(metric, mention)
    last = moves[-1]
    sign = -1 if last["down"] else 1  # 同比下降: the last word gives the direction
    change = GROWTH_SUFFIX if quantity.kind in (Kind.PERCENT, Kind.MULTIPLE) else CHANGE_SUFFIX
    return _Reading(metric, mention, change, sign, verb=last.group())


def _verb_before(quantity, sentence, text, gazetteer, mentions) -> _Reading | None:
    """蔚来2023年全年交付160038辆: a metric verb directly before its figure."""
    verbs = mentions.verbs.between(sentence.start, quantity.start)
    if not verbs:
        return None
    verb = verbs[-1]
    if not _VERB_GAP.match(text[verb.end:quantity.start]):
        return None
    noun = mentions.metrics.covering(verb.start)  # 累计交付 is a metric of its own
    if noun is not None or any(m.start == verb.start
                               for m in mentions.metrics.between(verb.start, verb.start + 16)):
        return None
    return _Reading(gazetteer.metrics[verb.name], verb)


def _metric_right_before(mentions, gazetteer, text, position: int) -> Mention | None:
    for mention in reversed(mentions.metrics.between(max(0, position - 12), position)):
        if gazetteer.metrics[mention.name].id == "growth_rate":
            continue
        if _RATE_OF.fullmatch(text, mention.end, position):
            return mention
        return None
    return None


def _framed_share(quantity, sentence, text, gazetteer, mentions, subjects) -> _Reading | None:
    """在综合电商平台中，天猫占比约60.1%，京东占比约27.2%: shares within a named frame."""
    if quantity.kind is not Kind.PERCENT or "market_share" not in gazetteer.metrics:
        return None
    lead = _FRAMED_SHARE.search(text, max(sentence.start, quantity.start - 8), quantity.start)
    if lead is None:
        return None
    frame = None
    for frame in _SHARE_FRAME.finditer(text, sentence.start, lead.start()):
        pass
    if frame is None:
        return None
    qualifier, _ = subjects.qualifier(frame.start(1), frame.end(1))
    share = Mention(lead.start(), lead.start() + 2, "market_share")
    scope = _scope(mentions, frame.start(1), frame.end(1))
    return _Reading(gazetteer.metrics["market_share"], share, qualifier=qualifier, framed=True,
                    scope=scope)


def _named_right_before(mentions, gazetteer, clause_start: int, position: int) -> bool:
    """A known entity stands right before ``position`` in its clause (京东占比)."""
    entity = mentions.entities.ending_at(position)
    return (entity is not None and entity.start >= clause_start
            and gazetteer.entities[entity.name].type not in ("region", "population"))


def _clause_start(text: str, floor: int, anchor: int) -> int:
    for i in range(anchor - 1, floor - 1, -1):
        if _CLAUSE_BREAK.match(text, i):
            return i + 1
    return floor


def _has_cue(mentions: DocumentMentions, kind: str, start: int, end: int) -> bool:
    return bool(mentions.cues[kind].between(start, end))


def _build(quantity: Quantity, sentence, analysis, gazetteer, mentions, key: str, metric: Metric,
           subject: Subject, period, clause_start: int, scope: str | None = None,
           stated: Modality | None = None) -> Claim:
    document = analysis.document
    named = [m for m in mentions.entities.between(clause_start, quantity.start)
             if gazetteer.entities[m.name].type not in ("region", "population")]
    scope = scope or _scope(mentions, named[-1].end if named else clause_start, quantity.start,
                            document.text, subject.name)
    population = None
    if quantity.population:
        hits = gazetteer.population_matcher.find(quantity.population)
        population = hits[0][2] if hits else quantity.population
    return Claim(
        path=document.path,
        span=document.span(quantity.start, quantity.end),
        sentence_span=document.span(sentence.start, sentence.end),
        sentence=document.original(sentence.start, sentence.end).strip(),
        entity=subject.name,
        metric=key,
        scope=scope,
        period=period,
        quantity=quantity,
        modality=_modality(mentions, sentence.start, clause_start, quantity, document.text,
                           stated, key.endswith((GROWTH_SUFFIX, CHANGE_SUFFIX))),
        confidence=subject.confidence,
        population=population,
        cumulative=metric.cumulative,
    )


def _scope(mentions: DocumentMentions, start: int, end: int, text: str = "",
           name: str = "") -> str | None:
    """The last scope named in [start, end), except one that opens the subject's own name
    (北京银行 is a bank, not a figure for 北京)."""
    found: list[Mention] = [m for m in mentions.scopes.between(start, end)
                            if not (name and text.startswith(name, m.start))]
    return found[-1].name if found else None


def _stated_modality(reading: _Reading) -> Modality | None:
    """What the comparison linking a figure to the level before it says: 比上年增加134亿元 is a
    change now (only its baseline is past), 比2021年的1791亿元 the baseline itself."""
    if reading.level is not None:
        return Modality.ACTUAL
    return Modality.HISTORICAL if reading.baseline else None


def _modality(mentions: DocumentMentions, sentence_start: int, clause_start: int,
              quantity: Quantity, text: str, stated: Modality | None = None,
              derived: bool = False) -> Modality:
    # 预计到2025年，…将突破100万辆: a forecast cue governs the rest of its sentence, and may
    # overlap the figure's own qualifier (将突破).
    if _has_cue(mentions, "forecast", sentence_start, quantity.end):
        return Modality.FORECAST
    if stated is not None:
        return stated
    if not derived and _has_cue(mentions, "historical", clause_start, quantity.start):
        return Modality.HISTORICAL  # but 较上年增长3.7% is this year's growth
    if _FROM.search(text, clause_start, quantity.start) and _TO_LEVEL_LINK.match(text,
                                                                                  quantity.end):
        return Modality.HISTORICAL  # 从A增至B: A is the baseline (从2022年的A keeps its date)
    return Modality.ACTUAL
