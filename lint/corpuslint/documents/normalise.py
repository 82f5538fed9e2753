"""Normalisation of prose for matching: width folding, converter-debris removal, T->S.

Display never uses this text (it uses ``Document.original``), so folding may be aggressive as long
as the offset map stays right and clause punctuation survives.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from corpuslint.documents.textmap import Edit, MappedText, apply_edits

# NFKC would turn these into ASCII (，-> , ：-> :) or expand them (… -> ...); the quantity parser
# and the sentence splitter need to see them as the Chinese clause and sentence marks they are.
KEPT_PUNCTUATION = "，；：！？…"
# A character NFKC changes (Quick_Check=No) with any marks after it, or a run of marks that may
# compose with the character before them (Quick_Check=Maybe; that base is added in fold_width).
_FOLDABLE = regex.compile(
    rf"[\p{{NFKC_QC=N}}--[{KEPT_PUNCTUATION}]]\p{{NFKC_QC=M}}*|(?P<marks>\p{{NFKC_QC=M}}+)",
    regex.V1,
)

# Broken T->S converters leave the reading of a character behind it: 技術(shù)團(tuán)隊.
_TONED_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_ANNOTATION = regex.compile(rf"(?<=\p{{Han}})\(([a-z{_TONED_LETTERS}]{{1,6}})\)")
_UNTONE = str.maketrans(_TONED_LETTERS, "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_PINYIN_SYLLABLE = regex.compile(
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van"
    r"|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)"
)


def fold_width(mapped: MappedText) -> MappedText:
    """NFKC-fold full-width digits, letters and symbols (１１．３３％ -> 11.33%)."""
    text = mapped.text
    edits = []
    for match in _FOLDABLE.finditer(text):
        start = match.start() - 1 if match.group("marks") and match.start() else match.start()
        source = text[start : match.end()]
        folded = unicodedata.normalize("NFKC", source)
        if folded != source:
            edits.append(Edit(start, match.end(), folded))
    return apply_edits(mapped, edits) if edits else mapped


def remove_debris(mapped: MappedText) -> tuple[MappedText, list[tuple[int, int]]]:
    """Drop pinyin annotations glued to Han characters; return them as raw (start, end) spans."""
    edits = [
        Edit(match.start(), match.end(), "")
        for match in _ANNOTATION.finditer(mapped.text)
        if is_pinyin_syllable(match.group(1))
    ]
    if not edits:
        return mapped, []
    debris = [(mapped.offsets[edit.start], mapped.raw_end(edit.end - 1)) for edit in edits]
    return apply_edits(mapped, edits), debris


# Chinese does not separate words with spaces; spaces next to Han text are typesetting ("2019 年
# 3 月", "2.3 億") or line-wrap damage ("粤 省事"), and would split figures, dates and names.
_SPACING = regex.compile(r"(?<=[\p{Han}0-9%])[ \t\u3000\u00a0]+(?=\p{Han})|(?<=\p{Han})[ \t\u3000\u00a0]+(?=[0-9])")


def collapse_spacing(mapped: MappedText) -> MappedText:
    """Drop horizontal spaces between Han characters and between Han characters and digits."""
    edits = [Edit(m.start(), m.end(), "") for m in _SPACING.finditer(mapped.text)]
    return apply_edits(mapped, edits) if edits else mapped


def is_pinyin_syllable(letters: str) -> bool:
    return _PINYIN_SYLLABLE.fullmatch(letters.translate(_UNTONE)) is not None


def to_simplified(mapped: MappedText) -> MappedText:
    """Traditional -> Simplified with OpenCC, keeping one text character per source character."""
    convert = _t2s().convert
    converted = convert(mapped.text)
    if len(converted) == len(mapped.text):
        return mapped._replace(text=converted)
    # A phrase conversion changed a length somewhere: redo line by line, and char by char for
    # the lines that changed length, so every character keeps its own source position.
    edits = []
    for line in regex.finditer(r"[^\n]+", mapped.text):
        source = line.group()
        target = convert(source)
        if len(target) == len(source):
            if target != source:
                edits.append(Edit(line.start(), line.end(), target))
            continue
        for index, char in enumerate(source, line.start()):
            simplified = convert(char)
            if simplified != char:
                edits.append(Edit(index, index + 1, simplified))
    return apply_edits(mapped, edits)


@cache
def _t2s():
    import opencc  # lazily: building the converter loads its dictionaries

    return opencc.OpenCC("t2s")
