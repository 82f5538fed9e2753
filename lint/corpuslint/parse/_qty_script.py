"""Script folding: Traditional and full-width characters to their Simplified/ASCII forms.

Articles are matched in their original script (offsets must point into the raw text), so the
patterns accept both scripts through character classes built by :func:`variant_pattern`, and a
matched fragment is folded with :func:`fold` before it is looked up in a Simplified table. Every
mapping is one character to one character, so folding never moves an offset.

Only characters that occur in the parser's vocabulary are listed; this is not a general
Traditional-to-Simplified converter.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product

import regex

# Simplified character followed by its Traditional (or variant) forms.
_VARIANTS = """
万萬 亿億 两兩 贰貳 叁參叄 陆陸 个個 项項 笔筆 辆輛 台臺 张張 条條 场場 户戶 种種 类類 间間 轮輪
单單 只隻 块塊 钱錢 过過 约約 将將 达達 为為 于於 余餘 几幾 数數 点點 里裡裏 来來 长長 涨漲 减減
扩擴 币幣 欧歐 镑鎊 韩韓 卢盧 吨噸 亩畝 时時 钟鐘 岁歲 周週 后後 号號 级級 线線綫 层層 楼樓 统統
带帶 体體 举舉 样樣 满滿 内內 当當 环環 纪紀 圆圓 头頭 系係 乱亂 计計 门門 会會 对對 双雙 赛賽
财財 热熱 专專 届屆 节節 签簽 预預 违違 临臨 亲親 远遠 赶趕 击擊 冲衝 识識 买買 卖賣 负負 折摺
"""

_PAIRS = [(variant, word[0]) for word in _VARIANTS.split() for variant in word[1:]]
_FULL_WIDTH = {chr(0xFF10 + d): str(d) for d in range(10)} | {"．": ".", "＋": "+", "－": "-", "％": "%"}

FOLD = str.maketrans(dict(_PAIRS) | _FULL_WIDTH)
_CLASS_OF = {simple: simple + "".join(v for v, s in _PAIRS if s == simple) for _, simple in _PAIRS}
_CLASS_OF |= {"0123456789"[d]: "0123456789"[d] + chr(0xFF10 + d) for d in range(10)}


def fold(text: str) -> str:
    """Fold Traditional and full-width characters in *text* (same length, same offsets)."""
    return text.translate(FOLD)


def variant_pattern(word: str) -> str:
    """A regex matching *word* in either script: 个百分点 -> [个個]百分[点點]."""
    return "".join(
        f"[{_CLASS_OF[ch]}]" if ch in _CLASS_OF else regex.escape(ch) for ch in word
    )


def alternation(words: object) -> str:
    """A non-capturing group matching any of *words*, longest first, in either script."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # type: ignore[call-overload]
    return "(?:" + "|".join(variant_pattern(w) for w in ordered) + ")"


def prefix_tree(words: object, first: str = "") -> str:
    """A non-capturing group matching any of *words* (literal strings), longest first, with one
    branch per first character: 一(?:带一路|些|…|)|十分|…. The same strings and order of
    preference as :func:`alternation`, but a backtracking engine rejects a position after one
    test per first character instead of one per word. Branches for the characters in *first*
    come first (no two branches start alike, so their order only changes how soon one is found).

    A one-character word that begins longer ones is the tree's empty last branch (``一(?:些|)``)
    rather than ``一(?:些)?``: the same match, but ``re`` runs ``?`` on a group through its slow
    general repeat machinery."""
    rests: dict[str, list[str]] = defaultdict(list)
    for word in set(words):  # type: ignore[call-overload]
        rests[word[0]].append(word[1:])
    branches = []
    rank = {ch: i for i, ch in enumerate(first)}
    for start, tails in sorted(rests.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])):
        longer = sorted((t for t in tails if t), key=lambda t: (-len(t), t))
        if longer and "" in tails:
            longer.append("")  # the one-character word itself, last
        group = "(?:" + "|".join(regex.escape(t) for t in longer) + ")" if longer else ""
        branches.append(regex.escape(start) + group)
    return "(?:" + "|".join(branches) + ")"


def variant_chars(chars: str) -> str:
    """*chars* plus all their variant forms, for use inside a character class: 两万 -> 两兩万萬."""
    return "".join(_CLASS_OF.get(ch, ch) for ch in chars)


def spellings(word: str) -> list[str]:
    """Every way of writing *word* in either script: 个月 -> [个月, 個月]."""
    return ["".join(chars) for chars in product(*(_CLASS_OF.get(ch, ch) for ch in word))]
