"""Who a figure is about: the noun phrase a metric hangs on, resolved against the gazetteer.

Chinese attaches a metric to its owner by adjacency or 的 (微信小程序的日活, 闲鱼GMV). So the
subject is the phrase that ends right before the metric, read back across dates (比亚迪2023年
营收) but never across another figure or a clause break. A known entity in that phrase owns the
metric; whatever noun stands between the entity and the metric (拼多多的交易服务收入, 比亚迪在
国内新能源乘用车零售市场的份额) narrows the metric to a segment and is returned as a qualifier.
Only when no name stands there do we fall back to the nearest entity earlier in the sentence,
then to the previous sentence's subject, each with lower confidence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from corpuslint.extract.mentions import DocumentMentions
from corpuslint.extract.phrases import (
    AFTER_NAME,
    ASIDE,
    CLAUSES,
    CLAUSE_OPENERS,
    GENERATION,
    LEADING_NOISE,
    NOT_PRONOUNS,
    NOT_SUBJECTS,
    PEELED,
    PER_PERIOD,
    PHRASE_CHAR,
    PREDICATE,
    QUOTED,
    REPORTING,
    SEGMENT_CHAR,
    SEGMENT_HEAD,
    SENTENCE_LEAD,
    TIME_PREFIXES,
    TIME_WORDS,
    VERB_BEFORE_METRIC,
    name_like,
    noise_length,
    qualifier_of,
    without_increment,
    word_ending_at,
)

# Characters after which a generic name starts a phrase of its own (2018年小程序服务…).
_HEAD_BOUNDARY = frozenset("年月日的在和与及、是为而但也则")
_COORDINATOR = regex.compile(r"(?:和|与|及|以及|、|跟|同)$")
_USED_NAME = regex.compile(r"(?:使用|在用|用上|用过|打开|下载)[「“\"《]?([\p{Han}A-Za-z][\p{Han}A-Za-z0-9]{1,11})")
_MAX_PHRASE = 14  # characters of an unnamed subject phrase
_MAX_SEGMENT = 24  # characters read back from a metric (dates excluded) to find its owner
_NON_SUBJECT_TYPES = ("region", "population")

# Confidence of a subject that is not in the gazetteer but is written like a name: quoted
# (“浙里办”), or a short phrase opening its sentence right before the metric. Comparisons
# require 0.75; a phrase that is merely not a predicate stays at 0.5.
NAME_LIKE = 0.8
UNNAMED = 0.5
# The subject of the previous sentence; of the previous clause when a ； joins them.
PREVIOUS = 0.6
JOINED = 0.8


@dataclass(frozen=True)
class Subject:
    name: str
    confidence: float
    qualifier: str | None = None  # 交易服务 in 拼多多的交易服务收入: a segment of the metric
    added: bool = False  # 新增注册用户: the figure is an increment, not the total


class SubjectResolver:
    """Resolves subjects in one document, remembering context from sentence to sentence."""

    def __init__(self, gazetteer, mentions: DocumentMentions, text: str,
                 blockers: Sequence[tuple[int, int]] = (),
                 dates: Sequence[tuple[int, int]] = ()) -> None:
        self.gazetteer = gazetteer
        self.mentions = mentions
        self.text = text
        # Ends of spans a subject phrase cannot reach across (figures).
        self.blocker_ends = sorted(end for _, end in blockers)
        # Dates a subject phrase reads across (比亚迪2023年营收): end -> start.
        self.date_starts = {end: start for start, end in dates}
        self.dates = sorted(dates)
        self.previous: Subject | None = None  # the last sentence's named subject
        self.recent_specific: dict[str, str] = {}  # generic alias -> last specific entity
        self.local: list[tuple[int, Subject]] = []  # name-like subjects of this sentence

    def note_sentence(self, start: int, end: int) -> None:
        """Remember the named entities of a finished sentence for later back-references. After
        ； the next clause goes on about the same subject (宁德时代营收…；归母净利润…)."""
        self.local = []
        named = None
        for m in self.mentions.entities.between(start, end):
            entity = self.gazetteer.entities[m.name]
            for short in entity.generic:
                self.recent_specific[short] = entity.name
            if entity.type not in _NON_SUBJECT_TYPES:
                named = entity.name
        name = named or (self.previous.name if self.previous else None)
        if name is not None:
            joined = named is not None and self.text[start:end].rstrip().endswith(("；", ";"))
            self.previous = Subject(name, JOINED if joined else PREVIOUS)

    def owner_of(self, anchor: int, clause_start: int, sentence_start: int,
                 unnamed: bool = True) -> Subject | None:
        """The subject of a metric (or figure) starting at ``anchor``.

        ``unnamed`` allows a phrase the gazetteer does not know (内容类小程序的日活) to be the
        subject, and what stands between an owner and the metric to qualify it; it is off where
        the phrase before is a predicate (覆盖200多个行业).
        """
        floor = max(clause_start, self._last_blocker_end(anchor))
        end = self._peel(anchor, floor)
        start = self._segment_start(end, floor)
        if start < end:
            named = self._entities(start, end)
            if named:
                owned = self._owned(named[-1], end, unnamed)
                if owned is not None:
                    return owned
            if unnamed:
                return self._unnamed(start, end, sentence_start, anchor)
            run_start = self._run_start(start, end)
            generic = self._generic_subject(
                run_start + noise_length(self.text[run_start:end]), end)
            if generic is not None:
                return generic
        return self.nearest_before(anchor, sentence_start)

    def nearest_before(self, anchor: int, floor: int) -> Subject | None:
        found = self._entities(floor, anchor)
        generic = self._generic_heads(floor, anchor)
        if generic and (not found or generic[-1].start > found[-1].start):
            specific = self.recent_specific.get(generic[-1].name)
            if specific:
                return Subject(specific, 0.8)
        local = [(p, s) for p, s in self.local if floor <= p < anchor]
        if local and (not found or local[-1][0] > found[-1].start):
            return Subject(local[-1][1].name, local[-1][1].confidence)
        if found:
            return Subject(self._coordinated(found[-1]), 0.9)
        return self.previous

    def _generic_heads(self, start: int, end: int):
        """Generic names standing on their own (小程序应用数量), not as the tail of another
        name (内容类小程序)."""
        return [g for g in self.mentions.generics.between(start, end)
                if g.start == 0 or self.text[g.start - 1] in _HEAD_BOUNDARY
                or not PHRASE_CHAR.match(self.text, g.start - 1)]

    def _coordinated(self, mention) -> str:
        """支付宝和财付通共占据…90.6%: a figure for two entities together belongs to both."""
        names = [mention.name]
        while True:
            before = self.text[max(0, mention.start - 3):mention.start]
            joiner = _COORDINATOR.search(before)
            if not joiner:
                break
            previous = self.mentions.entities.ending_at(mention.start - len(joiner.group()))
            if previous is None or previous.name in names:
                break
            names.insert(0, previous.name)
            mention = previous
        return "+".join(names)

    def in_sentence(self, start: int, end: int, after: int) -> Subject | None:
        """For ratio claims (每12个广东人中就有一个使用粤省事): the entity named after the figure
        wins, else the nearest one before it."""
        found = self._entities(start, end)
        later = [m for m in found if m.start >= after]
        if later:
            return Subject(later[0].name, 0.9)
        used = _USED_NAME.search(self.text, after, end)
        if used:
            return Subject(used.group(1), 0.5)
        return Subject(found[-1].name, 0.9) if found else self.previous

    def _entities(self, start: int, end: int):
        return [m for m in self.mentions.entities.between(start, end)
                if self.gazetteer.entities[m.name].type not in _NON_SUBJECT_TYPES]

    # -- the phrase before a metric --------------------------------------------------------

    def _peel(self, end: int, floor: int) -> int:
        """Step left over dates, scopes, separators and time words (支付宝的全球用户数 -> 支付宝,
        比亚迪2023年全年销量 -> 比亚迪)."""
        text = self.text
        # 全年销量: the alias 年销量 starts inside the time word 全年.
        if end < len(text) and text[end] in "年月日季":
            prefix = next((p for p in TIME_PREFIXES if text.startswith(p, end - len(p))), None)
            if (prefix is not None and end - len(prefix) >= floor
                    and not self._splits_name(end - len(prefix), end)):
                end -= len(prefix)
        while end > floor:
            date_start = self.date_starts.get(end)
            if date_start is not None and date_start >= floor:
                end = date_start
                continue
            scope = self.mentions.scopes.ending_at(end)
            if scope is not None and scope.start >= floor and not self._splits_name(scope.start,
                                                                                     end):
                end = scope.start
                continue
            word = word_ending_at(text, end, PEELED)
            if word is None or end - len(word) < floor or self._splits_name(end - len(word), end):
                return end
            end -= len(word)
        return end

    def _splits_name(self, cut: int, end: int) -> bool:
        """Whether cutting at ``cut`` would split a name ending by ``end`` (阿里 is not 阿 + 里)."""
        name = self.mentions.entities.covering(cut)
        return name is not None and name.end <= end

    def _segment_start(self, end: int, floor: int) -> int:
        """Where the phrase owning a metric may start: back over name characters and dates, at
        most _MAX_SEGMENT characters, widened to a name cut in half by that limit."""
        i, read = end, 0
        while i > floor:
            date_start = self.date_starts.get(i)
            if date_start is not None and date_start >= floor:
                i = date_start
                continue
            aside = ASIDE.search(self.text, max(floor, i - 24), i)
            if aside is not None:  # 奈飞（Netflix）, 腾讯控股（0700）: an aside within the name
                i = aside.start()
                continue
            if read >= _MAX_SEGMENT or not SEGMENT_CHAR.match(self.text, i - 1):
                break
            i -= 1
            read += 1
        cut = self.mentions.entities.covering(i)
        if cut is not None and cut.start >= floor and cut.end <= end:
            i = cut.start
        return i

    def _run_start(self, start: int, end: int) -> int:
        """Start of the undated run of phrase characters that ends at ``end``."""
        i = end
        while i > start and end - i < _MAX_PHRASE and SEGMENT_CHAR.match(self.text, i - 1) \
                and not self._in_date(i - 1):
            i -= 1
        while i < end and self.text[i] == " ":
            i += 1
        return i

    def _in_date(self, position: int) -> bool:
        i = bisect_right(self.dates, (position, float("inf"))) - 1
        return i >= 0 and self.dates[i][0] <= position < self.dates[i][1]

    def _last_blocker_end(self, anchor: int) -> int:
        i = bisect_right(self.blocker_ends, anchor)
        return self.blocker_ends[i - 1] if i else 0

    # -- resolving the phrase --------------------------------------------------------------

    def _owned(self, last, end: int, unnamed: bool) -> Subject | None:
        """A known entity in the phrase owns the metric; the words after it may narrow it."""
        rest = self._undated(last.end, end)
        name = self._coordinated(last)
        if not rest.strip():
            return Subject(name, 1.0)
        if not unnamed:
            return Subject(name, 0.9) if AFTER_NAME.match(rest) else None
        qualifier, added = self.qualifier(last.end, end)
        return Subject(name, 0.9, qualifier, added)

    def _unnamed(self, start: int, end: int, sentence_start: int, anchor: int) -> Subject | None:
        """No known entity before the metric: a generic name, a pronoun, a name the gazetteer
        does not know, or else the nearest entity with the phrase as a qualifier."""
        run_start = self._run_start(start, end)
        verb = word_ending_at(self.text, end, VERB_BEFORE_METRIC)
        if verb and end - len(verb) > run_start:
            end -= len(verb)  # 招商银行实现营业收入: the owner ends before its verb
        if run_start >= end:
            return self.nearest_before(anchor, sentence_start)
        phrase = self.text[run_start:end]
        noise_end = run_start + noise_length(phrase)
        core_start = self._after_scopes(noise_end, end)
        core = self.text[core_start:end].strip()
        generic = self._generic_subject(core_start, end)
        if generic is not None:
            return generic
        for pronoun in self.gazetteer.cues.pronouns:
            if core.startswith(pronoun) and not core.startswith(NOT_PRONOUNS):
                found = self.nearest_before(core_start, max(0, run_start - 200))
                return self._narrowed(found, core_start + len(pronoun), end)
            if phrase.endswith(pronoun):
                return self.nearest_before(end - len(pronoun), max(0, run_start - 200))
        quoted = QUOTED.match(core)
        if quoted and name_like(quoted.group(1)):
            subject = Subject(quoted.group(1), NAME_LIKE)
            return self._remember(core_start, self._narrowed(subject, core_start + quoted.end(),
                                                             end))
        if PER_PERIOD.fullmatch(core):  # 平均每月交付1.3万辆: a rate of the nearest owner
            return self._narrowed(self.nearest_before(anchor, sentence_start), core_start, end)
        name, added = without_increment(core)
        if not name and added:  # 新增付费订阅用户: an increment of the nearest owner's metric
            found = self.nearest_before(anchor, sentence_start)
            return replace(found, added=True) if found else None
        if (name_like(name) and self._opens_sentence(sentence_start, run_start)
                and not self._after_general_scope(noise_end, core_start)
                and not self.mentions.metrics.between(core_start, end)
                and not self._modifies_generic(anchor)
                and not self.mentions.generics.between(core_start, end)):
            return self._remember(core_start, Subject(name, NAME_LIKE, added=added))
        if ((SEGMENT_HEAD.search(core) or GENERATION.match(core))
                and not self._after_general_scope(noise_end, core_start)):
            # 联发科营收为…，手机晶片业务营收年减25%: a business line of the sentence's entity
            # Not across sentences: 咪咕视频 after a sentence on 中国联通 is a name of its own.
            named = self._entities(sentence_start, run_start)
            if named:
                owner = Subject(self._coordinated(named[-1]), 0.9)
                return self._narrowed(owner, core_start, end)
        if len(core) >= 2 and core not in NOT_SUBJECTS and not PREDICATE.search(core):
            return Subject(core, UNNAMED)
        opener = CLAUSE_OPENERS.match(phrase)
        qualifier_start = run_start + (len(opener.group()) if opener else 0)
        return self._narrowed(self.nearest_before(anchor, sentence_start), qualifier_start, end)

    def _modifies_generic(self, anchor: int) -> bool:
        """中长尾小程序数目: before a metric that opens with a generic name (小程序), a phrase is
        a modifier of that name, not an owner."""
        return any(g.start == anchor for g in self.mentions.generics.between(anchor, anchor + 8))

    def _after_general_scope(self, start: int, end: int) -> bool:
        """全国快递业务量: after 全国, 国内 or 全球 stands a category; after a region (上海随申办)
        a name may."""
        return any(self.gazetteer.entities.get(s.name) is None
                   for s in self.mentions.scopes.between(start, end))

    def _after_scopes(self, start: int, end: int) -> int:
        """Past the scopes opening a phrase (上海“随申办” -> “随申办”), but not past a place
        word that begins a name (北京银行, 中国中车)."""
        for scope in self.mentions.scopes.between(start, end):
            if scope.start == start and scope.end < end:
                if self._begins_name(scope, end):
                    break
                start = scope.end
        return start

    def _begins_name(self, scope, end: int) -> bool:
        """A place word glued to the rest of a name-like phrase: after a region any such rest
        (香港电讯), after 中国 only a short one (中国中车; 中国电动车 is a category)."""
        if not PHRASE_CHAR.match(self.text, scope.end) or self.text[scope.end] == " ":
            return False
        rest, _ = without_increment(self.text[scope.end:end])
        region = self.gazetteer.entities.get(scope.name) is not None
        return name_like(self.text[scope.start:scope.end] + rest) and (region or len(rest) <= 2)

    def _generic_subject(self, core_start: int, end: int) -> Subject | None:
        """A generic name (小程序) heading the phrase refers back to the specific one last
        named; after a modifier (内容类小程序) it names something else."""
        for generic in self.mentions.generics.between(core_start, end):
            if generic.start == core_start and (generic.end == end or AFTER_NAME.match(
                    self.text, generic.end, end) or PREDICATE.match(self.text, generic.end, end)):
                specific = self.recent_specific.get(generic.name)
                return Subject(specific, 0.8) if specific else Subject(generic.name, UNNAMED)
        return None

    def _narrowed(self, subject: Subject | None, start: int, end: int) -> Subject | None:
        if subject is None:
            return None
        qualifier, added = self.qualifier(start, end)
        return replace(subject, qualifier=qualifier, added=added)

    def _remember(self, position: int, subject: Subject | None) -> Subject | None:
        if subject is not None:
            self.local.append((position, Subject(subject.name, subject.confidence)))
        return subject

    def _opens_sentence(self, sentence_start: int, position: int) -> bool:
        """Only dates, clause openers (截至, 此外) and a reporting clause (数据显示，) stand
        before ``position`` in its sentence."""
        if self._last_blocker_end(position) > sentence_start:
            return False  # 十几个内容类小程序: a counted phrase, not a name
        lead = self._undated(sentence_start, position)
        for clause in CLAUSES.split(lead):
            clause = SENTENCE_LEAD.sub("", clause)
            if clause and not LEADING_NOISE.fullmatch(clause) and not REPORTING.search(clause):
                return False
        lead = SENTENCE_LEAD.sub("", CLAUSES.split(lead)[-1])
        return not lead or bool(LEADING_NOISE.fullmatch(lead))

    def _undated(self, start: int, end: int) -> str:
        """text[start:end] without the dates in it."""
        out, i = [], start
        first = max(0, bisect_right(self.dates, (start, start)) - 1)
        for d_start, d_end in self.dates[first:]:
            if d_start >= end:
                break
            if d_end <= i:
                continue
            out.append(self.text[i:max(i, d_start)])
            i = max(i, d_end)
        out.append(self.text[i:end] if i < end else "")
        return "".join(out)

    def qualifier(self, start: int, end: int) -> tuple[str | None, bool]:
        """What narrows a metric between its owner and the alias (交易服务 in 拼多多的交易服务
        收入), without dates, scopes, time words and separators; and whether it is an increment."""
        kept = []
        scopes = self.mentions.scopes.between(start, end)
        for i in range(start, end):
            if self._in_date(i) or any(s.start <= i < s.end for s in scopes):
                kept.append("|")  # a boundary: words on either side do not join
            else:
                kept.append(self.text[i])
        return qualifier_of("".join(kept))
