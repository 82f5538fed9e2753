"""Who a figure is about: the noun phrase a metric hangs on, resolved against the gazetteer.

Chinese attaches a metric to its owner by adjacency or 的 (微信小程序的日活, 闲鱼GMV). So the
subject is the phrase that ends right before the metric; only when that is empty do we fall
back to the nearest entity earlier in the sentence, then to the previous sentence's subject,
each with lower confidence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from corpuslint.extract.mentions import DocumentMentions

# Characters a subject phrase is made of. Digits are excluded: 2024年, 十几个 are not owners.
_PHRASE_CHAR = regex.compile(r"[\p{Han}A-Za-z·&\- ]")
# Words that open a clause rather than name a subject: dropped from the left of a phrase.
_LEADING_NOISE = regex.compile(
    r"^(?:而|但|且|并|也|还|就|则|又|其中|此外|另外|同时|目前|现在|如今|当前|截至|截止|根据|据|"
    r"显示|表示|称|以|在|从|对于|至于|不过|然而|因此|所以|例如|比如|包括|即使|虽然|那么|"
    r"年|月|日|[零一二三四五六七八九十百千两几数多余]+[个家款位名项种类])+"
)
# A phrase holding one of these is a predicate, not a name (巨头占据了行业, 依旧贡献了).
_PREDICATE = regex.compile(
    r"了|着|过|被|把|将|占据|作为|公布|发布|披露|宣布|贡献|实现|达到|拥有|通过|凭借|已经|已|"
    r"这|那|该|其|和|与|及|共|都|也|还|就|则|又|对|向|为|是|有|首日|首月|当日|当天|同期|期间|上线"
)
# After a named entity, these show the phrase goes on as a predicate (支付宝以…, 支付宝公布的…).
_AFTER_NAME = regex.compile(
    r"^(?:以|在|于|的|已经|已|共|占据|公布|发布|披露|宣布|表示|称|通过|凭借|实现|达到|为|是|则|也|"
    r"还|就|将|仅|旗下|方面|平台|此前|曾|目前|当前|今年|去年)"
)
# Characters after which a generic name starts a phrase of its own (2018年小程序服务…).
_HEAD_BOUNDARY = frozenset("年月日的在和与及、是为而但也则")
_COORDINATOR = regex.compile(r"(?:和|与|及|以及|、|跟|同)$")
# Words that sit between an owner and its metric (微信的合并月活, 阿里云在中国的份额).
_SEPARATORS = ("合并", "平均", "移动", "智能终端", "整体", "总", "累计", "的", "在", "于", " ")
_NOT_SUBJECTS = {"公司", "该公司", "平台", "企业", "集团", "我们", "他们", "用户", "其", "它"}
_USED_NAME = regex.compile(r"(?:使用|在用|用上|用过|打开|下载)[「“\"《]?([\p{Han}A-Za-z][\p{Han}A-Za-z0-9]{1,11})")
_MAX_PHRASE = 14
_NON_SUBJECT_TYPES = ("region", "population")


@dataclass(frozen=True)
class Subject:
    name: str
    confidence: float


class SubjectResolver:
    """Resolves subjects in one document, remembering context from sentence to sentence."""

    def __init__(self, gazetteer, mentions: DocumentMentions, text: str,
                 blockers: Sequence[tuple[int, int]] = ()) -> None:
        self.gazetteer = gazetteer
        self.mentions = mentions
        self.text = text
        # Ends of spans a subject phrase cannot reach across (figures, dates).
        self.blocker_ends = sorted(end for _, end in blockers)
        self.previous: Subject | None = None  # the last sentence's named subject
        self.recent_specific: dict[str, str] = {}  # generic alias -> last specific entity

    def note_sentence(self, start: int, end: int) -> None:
        """Remember the named entities of a finished sentence for later back-references."""
        for m in self.mentions.entities.between(start, end):
            entity = self.gazetteer.entities[m.name]
            for short in entity.generic:
                self.recent_specific[short] = entity.name
            if entity.type not in _NON_SUBJECT_TYPES:
                self.previous = Subject(entity.name, 0.6)

    def owner_of(self, anchor: int, clause_start: int, sentence_start: int,
                 unnamed: bool = True) -> Subject | None:
        """The subject of a metric (or figure) starting at ``anchor``.

        ``unnamed`` allows a phrase the gazetteer does not know (内容类小程序的日活) to be the
        subject; it is off where the phrase before is a predicate (覆盖200多个行业).
        """
        start, end = self._phrase_before(anchor, clause_start)
        if start < end:
            named = self._named(start, end, unnamed)
            if named is not None:
                return named
        return self.nearest_before(anchor, sentence_start)

    def nearest_before(self, anchor: int, floor: int) -> Subject | None:
        found = self._entities(floor, anchor)
        generic = self._generic_heads(floor, anchor)
        if generic and (not found or generic[-1].start > found[-1].start):
            specific = self.recent_specific.get(generic[-1].name)
            if specific:
                return Subject(specific, 0.8)
        if found:
            return Subject(self._coordinated(found[-1]), 0.9)
        return self.previous

    def _generic_heads(self, start: int, end: int):
        """Generic names standing on their own (小程序应用数量), not as the tail of another
        name (内容类小程序)."""
        return [g for g in self.mentions.generics.between(start, end)
                if g.start == 0 or self.text[g.start - 1] in _HEAD_BOUNDARY
                or not _PHRASE_CHAR.match(self.text, g.start - 1)]

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

    def _phrase_before(self, anchor: int, floor: int) -> tuple[int, int]:
        floor = max(floor, self._last_blocker_end(anchor))
        end = self._peel(anchor, floor)
        start = end
        while start > floor and end - start < _MAX_PHRASE and _PHRASE_CHAR.match(self.text, start - 1):
            start -= 1
        while start < end and self.text[start] == " ":
            start += 1
        return start, end

    def _peel(self, end: int, floor: int) -> int:
        """Step left over separators and scope words (支付宝的全球用户数 -> 支付宝)."""
        while end > floor:
            scope = self.mentions.scopes.ending_at(end)
            if scope is not None and scope.start >= floor:
                end = scope.start
                continue
            word = next((w for w in _SEPARATORS if self.text.startswith(w, end - len(w))), None)
            if word is None or end - len(word) < floor:
                return end
            end -= len(word)
        return end

    def _last_blocker_end(self, anchor: int) -> int:
        i = bisect_right(self.blocker_ends, anchor)
        return self.blocker_ends[i - 1] if i else 0

    def _named(self, start: int, end: int, unnamed: bool = True) -> Subject | None:
        phrase = self.text[start:end]
        core_start = start + _noise_length(phrase)
        named = self._entities(start, end)
        if named:
            last = named[-1]
            rest = self.text[last.end:end]
            if not rest.strip():
                return Subject(self._coordinated(last), 1.0)
            if _AFTER_NAME.match(rest):
                return Subject(self._coordinated(last), 0.9)
        # A generic name (小程序) heading the phrase refers back to the specific one last named;
        # after a modifier (内容类小程序) it names something else.
        for generic in self.mentions.generics.between(core_start, end):
            if generic.start == core_start and (generic.end == end or _AFTER_NAME.match(
                    self.text, generic.end, end) or _PREDICATE.match(self.text, generic.end, end)):
                specific = self.recent_specific.get(generic.name)
                return Subject(specific, 0.8) if specific else Subject(generic.name, 0.5)
        if not unnamed:
            return None
        for pronoun in self.gazetteer.cues.pronouns:
            if phrase.endswith(pronoun):
                return self.nearest_before(end - len(pronoun), max(0, start - 200))
        core = self.text[core_start:end].strip()
        if len(core) >= 2 and core not in _NOT_SUBJECTS and not _PREDICATE.search(core):
            return Subject(core, 0.5)
        return None


def _noise_length(phrase: str) -> int:
    match = _LEADING_NOISE.match(phrase)
    return len(match.group()) if match else 0
