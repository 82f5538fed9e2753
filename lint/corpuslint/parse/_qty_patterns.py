"""The compiled patterns of the quantity parser.

One master pattern finds every candidate in a single pass; its alternatives are tried in order
at each position, so things that merely look like figures (dates, phone numbers, idioms,
ordinals) come first and swallow their digits. Small anchored patterns then read the few
characters before a candidate (qualifier, currency symbol, growth verb).

The master pattern is compiled twice. :func:`master` (``regex``) is the definition. The scan
itself runs :func:`scanner`, the same pattern compiled with the standard library's ``re``,
which runs it about twice as fast. It needs no ``regex``-only feature except in the 每 (one in
N) alternative, which the scanner only cues so that the caller can re-match it with
:func:`master` (see quantities._candidates). There are no word boundaries to differ, and both
count offsets in characters; tests/test_quantity_scan.py checks that the two scans agree.

The scan tries the pattern at every position where a figure may start, so it is written for
``re``'s backtracking engine: optional parts are empty last branches rather than ``?`` (see
:func:`_opt`), runs of digits that never have to give a digit back are possessive, and cheap
lookaheads turn alternatives away where they cannot match. None of this changes a match (each
is commented where it is made); together they make the scan about three times faster.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from corpuslint import units
from corpuslint.parse import _qty_lexicon as lex
from corpuslint.parse._qty_script import (
    alternation,
    prefix_tree,
    spellings,
    variant_chars,
    variant_pattern,
)
from corpuslint.parse.numerals import DIGITS

SP = r"[ \u00a0\u3000]?"  # one optional space: "超过 60 亿" (never a line break)
_NONZERO = "".join(ch for ch, d in DIGITS.items() if d)
CN_DIGIT = f"[{variant_chars(''.join(DIGITS))}]"
CN_NONZERO = f"[{variant_chars(_NONZERO)}]"
_PLACE = "十拾百佰千仟"
_CN_LEAD = f"(?:{CN_NONZERO}|[{_PLACE}])"
_CN_BODY = f"(?:{CN_DIGIT}|[{_PLACE}万萬亿億])"
DIGIT = "[0-9０-９]"


def _opt(part: str) -> str:
    """*part* or nothing. Written ``(?:part|)``, not ``(?:part)?``: the same choices in the same
    order (the part first), but ``re`` runs ``?`` on anything wider than one character through
    its general repeat machinery, which allocates a repeat context on every attempt and makes each
    alternation inside save all the group marks; an empty last branch costs nothing. *part* may
    be a bare alternation (``a|b``): ``(?:a|b|)`` is ``(?:a|b)?`` with one level less."""
    return f"(?:{part}|)"


# 万亿|萬億|亿|億|万|萬, longest first; at most one branch can start at a given character.
_MAGNITUDE = "万亿?|萬億?|[亿億]"
# 兆 is a magnitude except in 兆瓦, 兆赫, 兆字节 (mega-); 千/百 likewise except in 千克, 千瓦 ….
# A bare alternation, to be used inside a group. [十百千]?(?:magnitude) is spelt as two
# branches, each starting with a character test, which re makes before entering a branch (it
# would always enter a branch that starts with ?).
# 千伏, 千赫 (kilo-) likewise; and 兆 right after 百/千/万 is mega- (千兆光网, 百兆宽带: bit rates),
# never 10^15 or 10^14; after 亿 it is no magnitude either (亿兆 is not 10^20).
_NOT_KILO = "(?![克米瓦卡兆帕字焦伏赫])"
SCALE = (
    rf"[十百千](?:{_MAGNITUDE})|{_MAGNITUDE}|(?<![百千佰仟万萬亿億])兆(?![瓦赫字帕比])"
    rf"|(?:千|百(?!分[点點])){_NOT_KILO}"  # 0.5百分点 (without 个) is percentage points
)
_SCALE_FIRST = "十百千万萬亿億兆"
# 1,234,567 or a plain run of digits, (?:\d{1,3}(?:,\d{3})+(?!\d)|\d+), with the first digits
# read once. The runs are possessive (never give a digit back): wherever a NUMBER ends, the
# pattern either accepts what follows as it is or needs a non-digit there (分之, a Han or Latin
# letter), so a shorter run, which would leave a digit next, could never make a match.
ARABIC = (
    rf"{DIGIT}{{1,3}}+(?:,{DIGIT}{{3}}(?:,{DIGIT}{{3}})*(?!{DIGIT})|{DIGIT}*+)"
    rf"{_opt(f'[.．]{DIGIT}+')}"
)
# 零点五 (0.5) starts with a zero; any other numeral starts with a non-zero digit or a place.
CHINESE = rf"(?:{_CN_LEAD}{_CN_BODY}*{_opt(f'[点點]{CN_DIGIT}+')}|[零〇][点點]{CN_DIGIT}+)"
# 1亿2000万, 2兆1,617.4億, 3万5千, 1万2000: after a magnitude, a second Arabic number with a
# smaller one (numerals._compound adds them up). The lookbehinds read the magnitude just matched.
_COMPOUND = (
    rf"(?:(?<=[万萬][亿億])|(?<=兆)){SP}零?{ARABIC}{SP}(?:[亿億]|[千百]?[万萬])"
    rf"|(?<![万萬])(?<=[亿億]){SP}零?{ARABIC}{SP}[千百]?[万萬]"
    rf"|(?<=[万萬]){SP}零?{ARABIC}{SP}千{_NOT_KILO}"
    # 1万2000元, 2萬7,470元: the units below 万 in plain digits, glued to the 万.
    rf"|(?<=[万萬])零?{ARABIC}(?![十百千万萬亿億兆])"
)
# The space before a scale is inside its optional part: "15 。" ends at 15, not at the space.
NUMBER = rf"(?:{ARABIC}{_opt(f'{SP}(?:{SCALE}){_opt(_COMPOUND)}')}|{CHINESE}{_opt(SCALE)})"
# Every character a NUMBER can contain, as far as they go: where a NUMBER is followed by 分 or
# / (neither is one of them), this run stops right there. A cheap test for frac (分之) and
# slash (/), turning them away at the many positions where they cannot match.
_NUMBER_CHARS = (
    rf"{DIGIT[1:-1]},.．点點 \u00a0\u3000{variant_chars(''.join(DIGITS))}{_PLACE}{_SCALE_FIRST}"
)
_NUMBER_RUN = f"[{_NUMBER_CHARS}]*+"
# A figure glued to Latin letters, digits or version punctuation is part of an identifier.
_GUARD = r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９._+\-/\\＋－])"
# 负2.1%, 負2.1%: a sign written as a word (but 正负5% is plus or minus).
_SIGN = "[-+−－＋]|(?<!正)[负負]"


# The first characters of the commonest units (2019年, 5%, 100元, 3个月, 2倍 …), whose branches
# the prefix tree of units tries first: only the order of the tests changes, not their outcome.
_COMMON_STARTS = "年%元月个倍日人名成家户座位％台辆"


def _is_latin(word: str) -> bool:
    return word[-1].isascii() and word[-1].isalpha()


def _words(words: object, list_name: str | None = None, *, tree: bool = False) -> str:
    """Any of *words*; forms ending in a Latin letter must not run into more letters (5GB, not
    5Gx). With *list_name*, the non-Latin forms go into a named list: regex matches a named list
    as a set (longest first), far faster than a long alternation. With *tree*, they go into a
    prefix tree, the fast equivalent for ``re``, which has no named lists, behind a test of the
    first character: ``re`` tries the branches of a tree one by one, and where no word follows
    (after most figures but the commonest units) one test replaces a hundred."""
    plain = [w for w in words if not _is_latin(w)]  # type: ignore[attr-defined]
    latin = [w for w in words if _is_latin(w)]  # type: ignore[attr-defined]
    if list_name:
        parts = [rf"\L<{list_name}>"] if plain else []
    elif tree:
        parts = [prefix_tree(_spelled(plain), first=_COMMON_STARTS)] if plain else []
    else:
        parts = [alternation(plain)] if plain else []
    if latin:
        parts.append(alternation(latin) + "(?![A-Za-z])")
    if not tree:
        return "(?:" + "|".join(parts) + ")"
    firsts = "".join(s[0] for w in words for s in spellings(w))  # type: ignore[attr-defined]
    return f"(?={_class(firsts)})(?:" + "|".join(parts) + ")"


def _spelled(words: object) -> list[str]:
    return sorted({s for w in words for s in spellings(w) if not _is_latin(w)})  # type: ignore[attr-defined]


def _unit_words() -> list[str]:
    forms = [form for form, unit in units.surface_forms().items() if unit.group != units.MAGNITUDE]
    return forms + list(lex.NOT_AMOUNT_WORDS)


def _skip(idioms: str) -> str:
    dotted = f"[-/.．]{DIGIT}++"
    codes = "|".join([
        # Digit runs are possessive (++, {m,n}+) where a separator follows: giving a digit back
        # would leave a digit, not the separator, next. Two separators are spelt out rather than
        # {2,}, a repeat that re would enter after every run of digits.
        rf"{DIGIT}++{dotted}{dotted}(?:{dotted})*",  # 2019-06-30, 2019.6.30, 138-0013-8000, 2.3.1
        rf"{DIGIT}{{1,2}}+[:：]{DIGIT}{{2}}{_opt(f'[:：]{DIGIT}{{2}}')}",  # 10:30
        rf"[+＋]?86[- ]?1{DIGIT}{{10}}",  # +86 138…
        rf"0{DIGIT}{{2,3}}+-{DIGIT}{{7,8}}",  # 020-12345678
        rf"{DIGIT}{{11,}}",  # phone numbers, IDs
        rf"0{DIGIT}++",  # 007, 0755, 海豹06: codes and labels, not amounts
        rf"{DIGIT}++[·・×xX*]{DIGIT}++",  # 3·15 (a date), 7×24 (round the clock), 1920x1080
        rf"[©]{SP}{DIGIT}++",  # © 2024
    ])
    words = "|".join([
        rf"[第]{SP}(?:{ARABIC}|{CHINESE})",  # 第3, 第三: ordinals
        rf"(?:周|星期|礼拜|禮拜)[一二三四五六日天]",  # weekdays
        rf"(?!{_NUMBER_RUN}分之){idioms}",  # 十分 (very), but not in 十分之一
    ])
    # Each half is tried only where one of its matches can begin, so that a plain figure such
    # as 2019年, the usual candidate, is turned away by two quick tests: codes need a leading
    # +, ＋, 0 or 86, or digits followed by a separator or eleven digits (an 11th after ten);
    # words need one of their first characters.
    codes_start = rf"[+＋0©]|86|{DIGIT}{{0,10}}+[-/.．:：0-9０-９·・×xX*]"
    word_starts = _class("第周星礼禮" + "".join(s[0] for s in _spelled(lex.IDIOMS)))
    return f"(?={codes_start})(?:{codes})|(?={word_starts})(?:{words})"


def _class(chars: str) -> str:
    """A character class of *chars*."""
    return "[" + regex.escape("".join(sorted(set(chars))), special_only=True) + "]"


def _pre_qualifier() -> str:
    guarded = [_guarded(w) for w in sorted(lex.PRE_QUALIFIERS, key=lambda w: (-len(w), w))]
    return f"(?:{'|'.join(guarded)})"


def _guarded(word: str) -> str:
    """*word* as a qualifier, not after the characters that make it part of another word."""
    if word not in lex.PRE_QUALIFIER_GUARDS:
        return variant_pattern(word)
    guard = f"(?<![{variant_chars(lex.PRE_QUALIFIER_GUARDS[word])}])"
    unguarded = [f"(?<={variant_pattern(w)})" for w in lex.PRE_QUALIFIER_UNGUARDED.get(word, ())]
    return f"(?:{'|'.join([*unguarded, guard])}){variant_pattern(word)}"


@cache
def master() -> regex.Pattern[str]:
    """The master pattern: every candidate figure, and what to skip, in one alternation."""
    return regex.compile(
        _master_source(units=_words(_unit_words(), "units"), idioms=r"\L<idioms>", every=_every()),
        regex.VERBOSE, units=_spelled(_unit_words()), idioms=_spelled(lex.IDIOMS),
    )


@cache
def scanner() -> re.Pattern[str]:
    """:func:`master` for the standard library's ``re``, with the 每 alternative reduced to a cue.

    ``re`` has no named lists, so the word lists become prefix trees (one branch per first
    character, longest word first: the same strings in the same order of preference), and no
    ``\\p{Han}``, which only the 每 alternative uses: the scanner matches its first character
    alone, in a group of the same name, and the caller re-matches there with :func:`master`.
    Only that alternative can start with 每, so the two scans find the same candidates.
    """
    units = _words(_unit_words(), tree=True)
    return re.compile(
        _master_source(units=units, idioms=prefix_tree(_spelled(lex.IDIOMS)), every="每"),
        re.VERBOSE,
    )


#: The group that marks a cue of :func:`scanner` to be re-matched with :func:`master`.
CUE = "every"


def _every() -> str:
    containers = alternation(lex.EVERY_CONTAINERS)
    return (
        rf"每{SP}(?P<every_den>{NUMBER}){SP}[个個位名]?(?P<every_pop>[\p{{Han}}A-Za-z]{{1,8}}?)"
        rf"(?P<every_in>{containers})?[，,]?{SP}(?P<every_then>[就便])?(?:[会會])?有{SP}"
        rf"(?P<every_num>{NUMBER}){SP}[个個位名人户戶家]?"
    )


def _master_source(units: str, idioms: str, every: str) -> str:
    posts = alternation(lex.POST_QUALIFIERS)
    seps = f"[{regex.escape(lex.RANGE_SEPARATORS)}]"
    approx = f"(?:[多余餘几幾]|[来來](?![自看说說讲講源]))"
    vague_place = f"(?:[十百千]{_opt(_MAGNITUDE)}|{_MAGNITUDE})"
    # 数以万计 reads as 数万; the conditional (?(vague_by)…) takes the 计 only after 以.
    by = _opt(f"(?<=[数數])(?P<vague_by>以)(?={vague_place}[计計])")
    # The four optional parts after n1 can only begin with one of these characters. Most
    # figures are followed by a unit or by nothing, and one test then skips all four: when it
    # fails, each of them would have matched nothing anyway.
    tail_first = _class(f"%％ \u00a0\u3000{lex.RANGE_SEPARATORS}多余餘几幾来來{_SCALE_FIRST}")
    percent_first = _opt(f"(?P<u1>[%％]){SP}")
    # 翻番, 翻了近一番, 翻两番, 翻倍, 翻了一倍 (doubled; 翻了两倍 is left out: x3 or x4?).
    fan = (
        rf"翻了?{_opt('(?P<fan_q>[近约約])')}"
        rf"(?:{_opt('(?P<fan_n>[一两兩二三四1-4])')}番|{_opt('[一1]')}倍)"
    )
    general = (
        rf"{_GUARD}{_opt(f'(?P<sign>{_SIGN})(?={DIGIT})')}(?P<n1>{NUMBER}|[万萬亿億](?=[余餘多]))"
        + _opt(
            rf"(?={tail_first})"
            # u1: 8.1%至1.2万亿元, 3%-5%. Only inside the range, so that the reading of a
            # matched text never depends on what follows it (the memo is keyed by text).
            rf"{_opt(f'{percent_first}{SP}(?P<sep>{seps}){SP}(?P<n2>{NUMBER})')}"
            rf"{_opt(f'(?P<approx>{approx})')}{_opt(f'(?P<scale2>{SCALE})')}"
        )
    )
    slash = rf"(?P<slash_a>{DIGIT}{{1,3}})/(?P<slash_b>{DIGIT}{{1,3}})(?![0-9０-９/])"
    # Neighbouring alternatives that need the same kind of start (翻, 每, 百 … but no digit; or
    # a number followed by 分 or /; or 几, 上, 三 …) are grouped behind one lookahead for it,
    # which fails only where each of them would. They stay in the same order (every, after pct
    # here, starts with 每, which neither fan nor pct can), so the first that matches still wins,
    # and the usual candidate, a figure in digits, is spared most of the alternatives it cannot be.
    pattern = rf"""
        (?P<skip>{_skip(idioms)})
      | (?=[翻每百千万萬])(?:
            (?:
                (?P<fan>{fan})
              | (?P<pct>(?P<pct_den>[百千万萬])分之(?P<pct_num>{NUMBER}))
            ){_opt(f"(?P<post_of>{posts})")}
          | (?P<every>{every})
        )
      | (?={_NUMBER_RUN}[分/])(?:
            (?={_NUMBER_RUN}分之)(?P<frac>(?P<frac_den>{NUMBER})分之(?P<frac_num>{NUMBER}))
          | {_GUARD}(?P<slash>{slash})
        ){_opt(f"(?P<post_frac>{posts})")}
      | (?:
            (?=[几幾数數上{CN_NONZERO[1:-1]}])(?:
                (?<![{lex.VAGUE_GUARD}])(?P<vague>[几幾数數上]{by})(?P<vague_place>{vague_place})
                (?(vague_by)(?P<vague_ji>[计計]))
              | (?P<pair>{CN_NONZERO}{CN_NONZERO})(?P<pair_scale>[十百千]?{_opt(_MAGNITUDE)})
            )
          | {general}
        )
        {_opt(f"{SP}(?P<unit>{units})")}{_opt(f"{SP}(?P<post>{posts})")}
    """
    # Every alternative starts with one of these characters. Testing that one character first
    # lets the engine skip the ~95% of positions where no figure can start, instead of trying
    # each alternative there: this lookahead alone makes the scan several times faster.
    return rf"(?={_class(''.join(_first_chars()))})(?:{pattern})"


def _first_chars() -> set[str]:
    """The characters a match of the master pattern can begin with."""
    numeral_starts = variant_chars("".join(DIGITS)) + "十拾百佰千仟"
    chars = set("0123456789０１２３４５６７８９" + numeral_starts)
    chars |= set("-+−－＋©负負")  # signs, +86, © 2024
    chars |= set("第周星礼禮翻每几幾数數上百千万萬")  # ordinals, weekdays, 翻番, 每N个, 几十, 百分之
    chars |= {s[0] for s in _spelled(lex.IDIOMS)}
    return chars


@cache
def before_figure() -> regex.Pattern[str]:
    """Qualifier and currency prefix ending right before a figure: 约人民币, 超过了, US$."""
    connectors = alternation(lex.CONNECTORS)
    prefixes = _words(units.prefix_forms())
    return regex.compile(
        rf"(?:(?P<qual>{_pre_qualifier()}){connectors}?{SP})?(?:(?P<cur>{prefixes}){SP})?"
        rf"(?:(?P<qual2>{_pre_qualifier()}){connectors}?{SP})?\Z",
        regex.REVERSE,  # match backwards from the figure instead of trying every start
    )


@cache
def growth_verb() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<verb>{alternation(lex.GROWTH_VERBS)}[了]?){SP}\Z", regex.REVERSE)


@cache
def context_endings() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """Every way the words :func:`before_figure` reads can end right before a figure (a
    qualifier, a qualifier and connector such as 约为 or 超過了, or a currency prefix, in either
    script), and their lengths by last character. A figure preceded by none of these has no
    left context: a few set lookups say so where the backward search costs microseconds."""
    qualifiers = [s for q in lex.PRE_QUALIFIERS for s in spellings(q)]
    connectors = [s for c in lex.CONNECTORS for s in spellings(c)]
    prefixes = [s for p in units.prefix_forms() for s in spellings(p)]
    endings = frozenset([*qualifiers, *(q + c for q in qualifiers for c in connectors), *prefixes])
    lengths: dict[str, set[int]] = {}
    for ending in endings:
        lengths.setdefault(ending[-1], set()).add(len(ending))
    return endings, {last: tuple(sorted(sizes)) for last, sizes in lengths.items()}
