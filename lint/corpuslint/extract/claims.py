"""Claim extraction: figures in a document become (entity, metric, scope, period, value) claims.

Pure: an analysed document (text, sentences, quantities, periods) in, claims out. What counts as
an entity, a metric, a population or a cue word is data (rules/gazetteer); this module only knows
how Chinese business prose attaches those to a figure.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import regex

from corpuslint.claim import Claim, Modality
from corpuslint.extract.gazetteer import GROWTH_SUFFIX, Gazetteer, Metric, load_gazetteer
from corpuslint.extract.mentions import DocumentMentions, Mention
from corpuslint.extract.periods import PeriodPicker
from corpuslint.extract.subject import Subject, SubjectResolver
from corpuslint.quantity import Kind, Quantity

if TYPE_CHECKING:
    from corpuslint.analysis import DocumentAnalysis

# A clause ends at these; a metric and its figure must share a clause.
_CLAUSE_BREAK = regex.compile(r"[，,；;：:。！？!?\n]")
_MAX_GAP = 12  # characters between a metric and the figure that follows it
# Between a figure and a metric named after it only a measure word or 的 may stand (2亿日活).
_AFTER_GAP = regex.compile(r"^\s*(?:[个项种家款位名笔件次条]\s*)?的?\s*$")
_HISTORICAL_LINK = regex.compile(r"[，,]?\s*(?:较|相比|相较|比)")
_SHARE_WORDS = regex.compile(r"占比|比重|比例|占据|占")
_GROWTH_WORDS = regex.compile(r"增长|增加|上涨|上升|提升|提高|下降|减少|下滑|下跌|增幅|降幅|同比|环比")


def extract_claims(analysis: DocumentAnalysis, gazetteer: Gazetteer | None = None) -> list[Claim]:
    gazetteer = gazetteer or load_gazetteer()
    document = analysis.document
    text = document.text
    mentions = DocumentMentions.find(gazetteer, text)
    blockers = [(q.start, q.end) for q in analysis.quantities]
    blockers += [(p.start, p.end) for p in analysis.periods]
    subjects = SubjectResolver(gazetteer, mentions, text, blockers)
    periods = PeriodPicker(analysis)
    starts = [q.start for q in analysis.quantities]
    claims: list[Claim] = []
    for sentence in document.sentences:
        lo = bisect_left(starts, sentence.start)
        hi = bisect_left(starts, sentence.end)
        quantities = analysis.quantities[lo:hi]
        for quantity in quantities:
            claim = _claim_for(quantity, sentence, quantities, analysis, gazetteer, mentions,
                               subjects, periods)
            if claim is not None:
                claims.append(claim)
        subjects.note_sentence(sentence.start, sentence.end)
        periods.note_sentence(sentence)
    return claims


def _claim_for(quantity, sentence, siblings, analysis, gazetteer, mentions, subjects, periods):
    text = analysis.document.text
    if quantity.kind is Kind.FRACTION and quantity.population:
        metric = gazetteer.metrics.get("penetration")
        subject = subjects.in_sentence(sentence.start, sentence.end, quantity.end)
        anchor = quantity.start
    else:
        found = _metric_for(quantity, sentence, siblings, text, gazetteer, mentions)
        if found is None:
            return None
        metric, mention = found
        anchor = min(mention.start, quantity.start)
        clause = _clause_start(text, sentence.start, anchor)
        # Before a figure stands a predicate (覆盖200多个行业), before a metric its owner.
        subject = subjects.owner_of(anchor, clause, sentence.start,
                                    unnamed=mention.start < quantity.start)
    if metric is None or subject is None or quantity.kind.value not in metric.kinds:
        return None
    clause_start = _clause_start(text, sentence.start, anchor)
    if _has_cue(mentions, "subset", clause_start, quantity.start):
        return None
    if _has_cue(mentions, "respectively", clause_start, quantity.start):
        return None  # 分别为65.3%、60%: which figure is whose is beyond a gazetteer
    return _build(quantity, sentence, analysis, gazetteer, mentions, metric, subject,
                  periods.period_for(quantity, sentence), clause_start)


def _metric_for(quantity, sentence, siblings, text, gazetteer, mentions):
    """The metric a figure measures: named just before it in the same clause, or right after."""
    before = [m for m in mentions.metrics.between(sentence.start, quantity.start)
              if gazetteer.metrics[m.name].position != "after"]
    for mention in reversed(before):
        between = [q for q in siblings if mention.end <= q.start < quantity.start]
        if between:
            # …营收为2200亿元，较2021年的1791亿元…: a comparison baseline shares the metric.
            link = _HISTORICAL_LINK.match(text, between[-1].end, quantity.start)
            if link is None or quantity.start - link.end() > _MAX_GAP:
                break  # another figure stands between: the metric is that one's
            return gazetteer.metrics[mention.name], mention
        gap = text[mention.end:quantity.start]
        if len(gap) > _MAX_GAP or _CLAUSE_BREAK.search(gap):
            break
        metric = gazetteer.metrics[mention.name]
        if _SHARE_WORDS.search(gap):
            return None  # 收入占比提升至40%: a share of something else, not this metric
        if _GROWTH_WORDS.search(gap) and quantity.kind in (Kind.PERCENT, Kind.MULTIPLE):
            # 营收同比增长30%: the growth of revenue, not revenue
            return gazetteer.metrics.get(metric.id + GROWTH_SUFFIX), mention
        return metric, mention
    for mention in mentions.metrics.between(quantity.end, min(sentence.end, quantity.end + 8)):
        if gazetteer.metrics[mention.name].position == "before":
            continue
        if quantity.is_article:
            break  # 一款月活超过10亿的产品: 一款 is an article, not a figure
        if _AFTER_GAP.match(text[quantity.end:mention.start]):
            return gazetteer.metrics[mention.name], mention
        break
    return None


def _clause_start(text: str, floor: int, anchor: int) -> int:
    for i in range(anchor - 1, floor - 1, -1):
        if _CLAUSE_BREAK.match(text, i):
            return i + 1
    return floor


def _has_cue(mentions: DocumentMentions, kind: str, start: int, end: int) -> bool:
    return bool(mentions.cues[kind].between(start, end))


def _build(quantity: Quantity, sentence, analysis, gazetteer, mentions, metric: Metric,
           subject: Subject, period, clause_start: int) -> Claim:
    document = analysis.document
    named = [m for m in mentions.entities.between(clause_start, quantity.start)
             if gazetteer.entities[m.name].type not in ("region", "population")]
    scope = _scope(mentions, named[-1].end if named else clause_start, quantity.start)
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
        metric=metric.id,
        scope=scope,
        period=period,
        quantity=quantity,
        modality=_modality(mentions, sentence.start, clause_start, quantity),
        confidence=subject.confidence,
        population=population,
        cumulative=metric.cumulative,
    )


def _scope(mentions: DocumentMentions, start: int, end: int) -> str | None:
    found: list[Mention] = mentions.scopes.between(start, end)
    return found[-1].name if found else None


def _modality(mentions: DocumentMentions, sentence_start: int, clause_start: int,
              quantity: Quantity) -> Modality:
    # 预计到2025年，…将突破100万辆: a forecast cue governs the rest of its sentence, and may
    # overlap the figure's own qualifier (将突破).
    if _has_cue(mentions, "forecast", sentence_start, quantity.end):
        return Modality.FORECAST
    if _has_cue(mentions, "historical", clause_start, quantity.start):
        return Modality.HISTORICAL
    return Modality.ACTUAL
