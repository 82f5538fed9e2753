"""Normalisation (width, debris, T->S), sentence splitting and the offset map underneath."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuslint.documents import document_from_string
from corpuslint.documents.normalise import is_pinyin_syllable
from corpuslint.documents.textmap import Edit, TextBuilder, apply_edits


def normalised(raw: str) -> str:
    return document_from_string(raw, "t.txt").text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("营收１２３．４５亿元", "营收123.45亿元"),
        ("增长１５％，ＡＰＰ用户＋３０万", "增长15%，APP用户+30万"),
        ("（同比）", "(同比)"),
        ("第一，第二；第三：好！真的？是、否。", "第一，第二；第三：好！真的？是、否。"),
        ("等等……", "等等……"),
        ("面积１２０㎡", "面积120m2"),
        ("乱码\ufffd保留", "乱码\ufffd保留"),
        ("於是臺灣的電動車銷量", "于是台湾的电动车销量"),
        ("e\u0301", "é"),
    ],
)
def test_normalisation(raw, text):
    assert normalised(raw) == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("技術(shù)團(tuán)隊", "技术团队"),
        ("內(nèi)部", "内部"),
        ("綠(lǜ)色", "绿色"),
        ("單(dan)獨", "单独"),  # plain letters, when they spell a syllable
        ("網（wǎng）絡", "网络"),  # full-width parentheses fold first
        ("事業(yè)部(不在組織架構(gòu)上體現(xiàn))", "事业部(不在组织架构上体现)"),
        ("雲與智慧產業事業群(CSIG)", "云与智慧产业事业群(CSIG)"),
        ("意見領袖(KOL)", "意见领袖(KOL)"),
        ("市值(2019年第二季度)", "市值(2019年第二季度)"),
        ("拼音(pinyin)", "拼音(pinyin)"),  # two syllables: a gloss, not debris
        ("蘋果(apple)", "苹果(apple)"),
        ("X(shù)", "X(shù)"),  # only directly after a Han character
    ],
)
def test_converter_debris(raw, text):
    assert normalised(raw) == text


def test_debris_is_reported_as_raw_spans():
    raw = "京東技術(shù)團(tuán)隊"
    document = document_from_string(raw, "jd.txt")
    assert [raw[start:end] for start, end in document.debris] == ["(shù)", "(tuán)"]


@pytest.mark.parametrize(
    ("letters", "expected"),
    [("shù", True), ("zhuàng", True), ("lüè", True), ("er", True), ("csig", False), ("kol", False)],
)
def test_pinyin_syllables(letters, expected):
    assert is_pinyin_syllable(letters) is expected


@pytest.mark.parametrize(
    ("raw", "sentences"),
    [
        ("营收增长11.33%。利润下降！", ["营收增长11.33%。", "利润下降！"]),
        ("他说：“增长很快。”随后离开", ["他说：“增长很快。”", "随后离开"]),
        ("Revenue rose 5.2%. Profit fell.", ["Revenue rose 5.2%.", "Profit fell."]),
        ("访问 example.com 了解；详情见附件", ["访问 example.com 了解；", "详情见附件"]),
        ("先说好……再说\n换行也断句", ["先说好……", "再说", "换行也断句"]),
        ("（完）?真的吗?!", ["(完)?", "真的吗?!"]),
    ],
)
def test_sentence_segmentation(raw, sentences):
    document = document_from_string(raw, "s.txt")
    assert [document.text[s.start : s.end] for s in document.sentences] == sentences


class TestOffsetMap:
    def test_builder_maps_copies_and_synthetic_text(self):
        raw = "ab\r\ncd&amp;e"
        builder = TextBuilder(raw)
        builder.copy(0, 6)
        builder.emit("&", 6, 11)
        builder.copy(11, 12)
        mapped = builder.build()
        assert mapped.text == "ab\ncd&e"
        assert list(mapped.offsets) == [0, 1, 2, 4, 5, 6, 11, 12]
        assert [mapped.raw_end(i) for i in range(len(mapped.text))] == [1, 2, 4, 5, 6, 11, 12]

    def test_apply_edits_expands_shrinks_and_deletes(self):
        builder = TextBuilder("x…yz(ab)w")
        builder.copy(0, 9)
        mapped = apply_edits(builder.build(), [Edit(1, 2, "..."), Edit(2, 4, "Y"), Edit(4, 8, "")])
        assert mapped.text == "x...Yw"
        assert list(mapped.offsets) == [0, 1, 1, 1, 2, 8, 9]
        assert mapped.raw_end(4) == 4  # "Y" stands for both "yz"


ALPHABET = st.sampled_from(
    [*"营收亿元万增长的業務團隊臺灣０１２３４５６７８９．％，。；！？ ab12.%()", "\n", "\r\n", "\r"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, min_size=1, max_size=60).map("".join))
def test_every_text_character_maps_to_its_source(raw):
    if not raw.strip():
        return
    document = document_from_string(raw, "p.txt")
    offsets = [document.raw_offset(i) for i in range(len(document.text) + 1)]
    assert offsets == sorted(offsets)
    for index, char in enumerate(document.text):
        source = raw[offsets[index]]
        if char == "\n":
            assert source in "\r\n"
        else:
            folded = unicodedata.normalize("NFKC", source)
            assert char == source or char in folded or document.original(index, index + 1) == source
            span = document.span(index, index + 1)
            assert document.lines()[span.line - 1][span.column - 1] == source


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["营收", "10亿", "&amp;", "&lt;", "<p>", "</p>", "<br>", "<b>", "</b>", "\n", " "]
        ),
        min_size=1,
        max_size=30,
    ).map("".join)
)
def test_html_text_maps_into_the_source(raw):
    if not raw.strip():
        return
    document = document_from_string(raw, "p.html")
    for index, char in enumerate(document.text):
        if char.strip():
            assert document.original(index, index + 1) == char


class _LengthChangingConverter:
    """Stands in for a T->S phrase table with an entry that changes length (甲乙 -> 丙)."""

    def convert(self, text: str) -> str:
        return text.replace("甲乙", "丙").replace("甲", "丁").replace("乙", "戊")


def test_length_changing_conversion_keeps_every_character_mapped(monkeypatch):
    from corpuslint.documents import normalise

    monkeypatch.setattr(normalise, "_t2s", lambda: _LengthChangingConverter())
    raw = "第一行甲乙。\n第二行营收3.5亿元，甲乙丙。\n"
    document = document_from_string(raw, "fake.txt")
    assert (
        document.text == "第一行丁戊。\n第二行营收3.5亿元，丁戊丙。\n"
    )  # char by char on changed lines
    start = document.text.index("3.5亿元")
    span = document.span(start, start + 5)
    assert (span.line, span.column, span.end_column) == (2, 6, 11)
    assert document.original(start - 2, start + 5) == "营收3.5亿元"


def test_document_from_string_defaults_to_stdin_and_detects_content():
    document = document_from_string("<div><p>携程</p><p>营收445亿元</p></div>")
    assert (document.path, document.format) == ("<stdin>", "html")
    assert document.text.split() == ["携程", "营收445亿元"]
