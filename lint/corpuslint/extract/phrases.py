"""The words of a phrase before a metric: what separates an owner from its metric, what is a
time word, what narrows the metric to a segment, and what reads like a name.

Pure string functions and word lists; :mod:`corpuslint.extract.subject` walks the text with
them. Document text is Simplified by the time it gets here, so Traditional articles use the same
lists (成長 arrives as 成长).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

# Characters a subject phrase is made of. Digits only inside a token with a letter (5G用户,
# 理想L7, iPhone15): 2024年, 十几个 are not owners.
_TOKEN_DIGIT = r"|\d(?=[A-Za-z0-9]*[A-Za-z])|(?<=[A-Za-z][A-Za-z0-9]*)\d"
PHRASE_CHAR = regex.compile(r"[\p{Han}A-Za-z·&\- ]" + _TOKEN_DIGIT)
# A phrase may also hold quotation marks around a name (“浙里办”实名注册用户).
SEGMENT_CHAR = regex.compile(r"[\p{Han}A-Za-z·&\- “”‘’\"'「」『』《》〈〉]" + _TOKEN_DIGIT)
QUOTES = "“”‘’\"'「」『』《》〈〉"
ASIDES = regex.compile(r"[（(][^（）()，,。；;]{1,20}[）)]")
ASIDE = regex.compile(r"[（(][^（）()，,。；;]{1,20}[）)]$")
QUOTED = regex.compile(r"^[“\"'「『《〈‘]([^“”\"'「」『』《》〈〉‘’]{1,16})[”\"'」』》〉’]")
# 在 starts these words (在线, 在售, 在网用户 …); elsewhere it is a preposition.
ZAI_WORDS = "线售营用网读职建校库途"
# Words that open a clause rather than name a subject: dropped from the left of a phrase.
OPENERS = (r"而|但|且|并|也|还|就|则|又|其中|此外|另外|同时|目前|现在|如今|当前|截至|截止|根据|据|"
           rf"显示|表示|称|以|在(?![{ZAI_WORDS}])|从|对于|至于|不过|然而|因此|所以|例如|比如|"
           r"包括|即使|虽然|那么|[零一二三四五六七八九十百千两几数多余]+[个家款位名项种类]")
LEADING_NOISE = regex.compile(rf"^(?:{OPENERS}|年|月|日)+")
# The same without 年/月/日, which may start a qualifier (日均订阅会员数).
CLAUSE_OPENERS = regex.compile(rf"^(?:{OPENERS})+")
# A phrase holding one of these is a predicate, not a name (巨头占据了行业, 依旧贡献了).
PREDICATE = regex.compile(
    r"了|着|过|被|把|将|占据|作为|公布|发布|披露|宣布|贡献|实现|达到|拥有|通过|凭借|已经|已|"
    r"这|那|该|其|和|与|及|共|都|也|还|就|则|又|对|向|为|是|有|首日|首月|当日|当天|同期|期间|上线"
)
# After a named entity, these show the phrase goes on as a predicate (支付宝以…, 支付宝公布的…).
AFTER_NAME = regex.compile(
    r"^(?:以|在|于|的|已经|已|共|占据|公布|发布|披露|宣布|表示|称|通过|凭借|实现|达到|为|是|则|也|"
    r"还|就|将|仅|旗下|方面|平台|此前|曾|目前|当前|今年|去年)"
)
# Words that sit between an owner and its metric without narrowing it (微信的合并月活, 阿里云在
# 中国的份额, 拼多多美股市值, 拼多多平均月活). 平均 only right before the metric: in 平均每月交付
# the rate qualifies it.
SEPARATORS = ("合并", "平均", "移动终端", "移动端", "智能终端", "终端", "移动", "整体", "总",
              "累计", "共计", "合计", "共", "全部", "已经", "已", "美股", "港股", "A股",
              "平台上", "平台", "方面", "旗下", "的", "之", "在", "于", "中", "里", " ")
# Time words between an owner and its metric: the period is read elsewhere (比亚迪全年销量,
# 阿里巴巴集团当季收入).
TIME_WORDS = ("报告期内", "全年度", "上半年", "下半年", "前三季度", "全季度", "当季度", "单季度",
              "本季度", "上季度", "全年", "年度", "年内", "当年", "本年", "今年", "去年", "上年",
              "同年", "该年", "前年", "半年", "全季", "当季", "单季", "本季", "上季", "季度",
              "首季", "当月", "单月", "本月", "上月", "全月", "月度", "当日", "单日",
              "首日", "当天", "同期", "期内", "期末", "季末", "年末", "年底", "年初", "月末", "月底",
              "目前", "当前", "现在", "如今", "此前", "迄今", "至今", "最新", "过去",
              "年", "度", "末")  # not 月/日/周: 月销量 is a monthly figure, not the period's
# A time word may share its last character with the metric: 全年销量 holds the alias 年销量.
TIME_PREFIXES = ("上半", "下半", "全", "今", "去", "当", "本", "上", "同", "该", "每", "前", "单")
# Averages and rates per period: they qualify a metric (平均每月交付, 日均订阅会员数).
PER_PERIOD = regex.compile(r"(?:平均|每|[日月年季周]均|人均|户均|单车|单店|[年月日季周天])+")
# Words that make the figure a change rather than the total (新增注册用户1200万).
INCREMENTS = ("新增", "净增", "净新增")
# What a qualifier loses at its edges (在国内新能源乘用车零售市场的 -> 新能源乘用车零售市场).
# Multi-character time words only: 日 of 日均 or 月 of 月均 must stay.
LEAD_WORDS = ("已经", "已", "共计", "合计", "累计", "共", "全部", "旗下", "方面", "整体", "总",
              "平台上", "平台", "美股", "港股", "A股", "的", "在", "于",
              *(w for w in TIME_WORDS if len(w) > 1))
TRAIL_WORDS = ("合并", "移动终端", "移动端", "智能终端", "终端", "整体", "总", "累计",
               "平台上", "平台", "方面", "美股", "港股", "A股", "的", "之", "中", "里", "在", "于",
               *(w for w in TIME_WORDS if len(w) > 1))
# Reporting verbs and predicates: what stands before them is not part of a qualifier
# (京东公布的第三季度零售收入 -> 零售).
CUT = regex.compile(
    r"公布|发布|披露|宣布|表示|显示|指出|介绍|透露|实现|录得|取得|达到|拥有|占据|贡献|完成|获得|"
    r"创下|作为|成为|通过|凭借|计算|统计|来看|计划|预计|预期|有望|打算|准备|决定|目标|拟|将|上线|"
    r"推出|开通|了|是|为"
)
# Verbs between an owner and its metric (招商银行实现营业收入, 友邦录得新业务价值): not part of
# the owner's name.
ACHIEVED = ("实现", "录得", "取得", "达成", "创下")
# Ordinals and counted nouns opening a qualifier (首个, 三款) say which ones, not what.
COUNTED = regex.compile(r"^[零一二三四五六七八九十百千两几数多余首]+[个家款位名项种类批]")
# Heads that make a qualifier a market or business line rather than a narrower thing: 在网约车
# 市场的份额 and 网约车业务 narrow the metric the same way as 网约车.
GENERIC_HEADS = ("市场", "领域", "行业", "业务", "板块", "分部", "部门")
# A phrase ending (or starting) with one of these names a category, not an organisation or
# product: 新能源汽车, 网络广告, 全国一体化政务服务平台.
CATEGORY = regex.compile(
    r"(?:业务|服务|广告|产品|行业|市场|领域|板块|用户|汽车|乘用车|车型|手机|游戏|电商|零售|平台|"
    r"企业|公司|集团公司|品牌|部门|终端|设备|商品|消费|旅游|游客|网民|人口|居民|收入|利润|机构|"
    r"政府|全网|整体|总体|总量|规模|应用|模型|快递|物流|外卖|生活|势力|出行|支付|金融|电池|芯片|"
    r"半导体|软件|硬件|内容|视频|音乐|直播|社交|搜索|教育|医疗|文旅|餐饮|制造|能源|光伏|储能|"
    r"车企|厂商|商家|卖家|买家|品类|赛道|头部|巨头|大厂|同行|对手|玩家)$"
    r"|^(?:全国|全省|全市|全球|全网|我国|国内|海外|各地|各省|整个|所有|其他|其余|其它|头部|主要)"
)
# Heads of a business line (网络广告, 手机晶片业务, 新能源汽车): without an owner of its own, such a
# phrase is a segment of the entity the sentence is about.
SEGMENT_HEAD = regex.compile(
    r"(?:业务|服务|广告|产品|游戏|电商|零售|汽车|乘用车|车型|手机|支付|金融|物流|外卖|出行|视频|"
    r"音乐|直播|社交|芯片|晶片|软件|硬件|云|内容|板块|部门|分部|品类)$"
)
NOT_SUBJECTS = {"公司", "该公司", "平台", "企业", "集团", "我们", "他们", "用户", "其", "它"}
NOT_PRONOUNS = ("其他", "其余", "其它", "其中", "其实")
SENTENCE_LEAD = regex.compile(r"[\s，,、：:（）()\[\]【】]")
CLAUSES = regex.compile(r"[，,：:]")
# A clause ending so reports what follows (数据显示，…; 据统计，…).
REPORTING = regex.compile(r"(?:显示|表示|指出|称|介绍|透露|据悉|了解|统计|获悉|报道|公布|发布)$")


def qualifier_of(words: str) -> tuple[str | None, bool]:
    """What narrows a metric, from the words between its owner and its name with dates and
    scopes already replaced by ``|`` (交易服务 in 拼多多的交易服务收入; 新能源乘用车零售 in 在|国内|
    新能源乘用车零售市场的); and whether the words make the figure an increment (新增)."""
    words = ASIDES.sub("|", words)
    cut = None
    for cut in CUT.finditer(words):
        pass
    if cut is not None:
        words = words[cut.end():]
    parts = [strip_edges(part) for part in words.split("|")]
    text, added = strip_edges("".join(p for p, _ in parts))
    added = added or any(a for _, a in parts)
    if not text or (len(text) == 1 and text in "年度末初底全总新"):
        return None, added
    return text, added


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))


def _ending(words: Sequence[str]) -> regex.Pattern[str]:
    """Matches the longest of ``words`` ending where a search with ``endpos`` stops."""
    return regex.compile(f"(?:{_alternatives(words)})$")


def _starting(words: Sequence[str]) -> regex.Pattern[str]:
    return regex.compile(f"(?:{_alternatives(words)})")


_LONGEST = max(map(len, (*SEPARATORS, *TIME_WORDS, *TRAIL_WORDS, *GENERIC_HEADS)))
VERB_BEFORE_METRIC = _ending(ACHIEVED)
PEELED = _ending((*SEPARATORS, *TIME_WORDS))
_TRAIL = _ending(TRAIL_WORDS)
_HEAD = _ending(GENERIC_HEADS)
_LEAD = _starting(LEAD_WORDS)


def word_ending_at(text: str, end: int, words: regex.Pattern[str]) -> str | None:
    """The longest word of a pattern made by ``_ending`` that ends at ``end``."""
    found = words.search(text, max(0, end - _LONGEST), end)
    return found.group() if found else None


def strip_edges(text: str) -> tuple[str, bool]:
    """Separators, time words, quotes, increments and generic heads off both ends."""
    added = False
    while True:
        before = text
        text = text.strip(QUOTES + " 、()（）")
        for increment in INCREMENTS:
            if text.startswith(increment) or text.endswith(increment):
                text = text.removeprefix(increment).removesuffix(increment)
                added = True
        if text == "新":
            text, added = "", True
        counted = COUNTED.match(text)
        if counted:
            text = text[counted.end():]
        lead = _LEAD.match(text)
        if lead and not (lead.group() == "在" and text[1:2] in ZAI_WORDS):
            text = text[lead.end():]  # but 在线营销服务: 在线 is a word, not 在 + 线营销服务
        trail = word_ending_at(text, len(text), _TRAIL)
        if trail:
            text = text[:-len(trail)]
        head = word_ending_at(text, len(text), _HEAD)
        if head:
            text = text[:-len(head)]  # 网约车市场 -> 网约车; 市场 alone -> nothing
        if text == before:
            return text, added


def without_increment(phrase: str) -> tuple[str, bool]:
    for increment in INCREMENTS:
        if phrase.endswith(increment):
            return phrase[:-len(increment)], True
    return phrase, False


# A phrase opening with a generation or model token (5G用户, 4G网络) names a line of business.
GENERATION = regex.compile(r"^\d+[A-Za-z]")


def name_like(name: str) -> bool:
    """A short phrase written like a name: no predicate, no category head, not a time word, not
    a generation token (5G)."""
    if not 2 <= len(name) <= 8 or name in NOT_SUBJECTS or GENERATION.match(name):
        return False
    if PREDICATE.search(name) or CATEGORY.search(name) or "的" in name:
        return False
    return name not in TIME_WORDS and not noise_length(name)


def noise_length(phrase: str) -> int:
    match = LEADING_NOISE.match(phrase)
    return len(match.group()) if match else 0
