"""Documents per format: every figure found in ``text`` maps back to where it is in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.documents import Document, document_from_string, load_document

DATA = Path(__file__).parent / "data" / "documents"


def load(name: str) -> Document:
    return load_document(DATA / name, display_path=f"docs/{name}")


def locate(document: Document, needle: str) -> tuple[tuple[int, int, int, int], str]:
    start = document.text.index(needle)
    end = start + len(needle)
    span = document.span(start, end)
    return (span.line, span.column, span.end_line, span.end_column), document.original(start, end)


def raw_slice(document: Document, position: tuple[int, int, int, int]) -> str:
    line, column, end_line, end_column = position
    assert line == end_line
    return document.lines()[line - 1][column - 1 : end_column - 1]


@pytest.mark.parametrize(
    ("name", "needle", "position", "original"),
    [
        # Markdown: heading markers, emphasis and link targets are gone, positions are not.
        ("byd_sales.md", "2023", (9, 9, 9, 13), "2023"),
        ("byd_sales.md", "官方公告", (11, 6, 11, 10), "官方公告"),
        ("byd_sales.md", "302.44万辆", (11, 69, 11, 77), "302.44万辆"),
        ("byd_sales.md", "62.3%", (11, 82, 11, 87), "62.3%"),
        ("byd_sales.md", "24.28万辆", (13, 7, 13, 14), "24.28万辆"),
        # Typesetting spaces next to Han text are dropped for matching; spans still cover them.
        ("byd_sales.md", "94.43万辆", (24, 10, 24, 18), "94.43万辆"),
        ("byd_sales.md", "34.1万辆", (25, 11, 25, 18), "34.1万辆"),
        ("byd_sales.md", "王传福", (27, 9, 27, 12), "王传福"),
        # HTML: entities decode in text but map to (and span) the entity in the source.
        ("meituan_results.html", "2767亿元", (15, 14, 15, 20), "2767亿元"),
        ("meituan_results.html", "388亿元", (18, 2, 18, 7), "388亿元"),
        ("meituan_results.html", "219亿笔", (19, 12, 19, 17), "219亿笔"),
        ("meituan_results.html", "“神抢手”业务", (19, 33, 19, 59), "“神抢手”业务"),
        ("meituan_results.html", "2068亿元", (22, 62, 22, 68), "2068亿元"),
        # Traditional, full-width: text is folded and Simplified, original is as written.
        ("taobao_traditional.txt", "8.2万亿元", (1, 24, 1, 30), "８．２萬億元"),
        ("taobao_traditional.txt", "技术团队", (2, 11, 2, 15), "技術團隊"),
        ("taobao_traditional.txt", "10亿", (3, 12, 3, 15), "１０億"),
        ("taobao_traditional.txt", "1000万家", (3, 30, 3, 36), "１０００萬家"),
        # Converter debris: removed from text, so spans widen over it; original skips it.
        ("jd_debris.txt", "仓储网络覆盖", (1, 11, 1, 28), "倉儲網絡覆蓋"),
        ("jd_debris.txt", "技术团队超过2万人", (1, 31, 1, 51), "技術團隊超過2萬人"),
        ("jd_debris.txt", "1,200万单", (2, 55, 2, 62), "1,200萬單"),
        ("xiaomi_gb18030.txt", "2710亿元", (1, 12, 1, 18), "2710亿元"),
        ("xiaomi_gb18030.txt", "1.456亿台", (1, 26, 1, 33), "1.456亿台"),
        ("xiaomi_gb18030.txt", "46%", (2, 12, 2, 15), "46%"),
    ],
)
def test_figures_map_back_to_raw_line_and_column(name, needle, position, original):
    document = load(name)
    assert locate(document, needle) == (position, original)


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("byd_sales.md", "302.44万辆"),
        ("byd_sales.md", "94.43万辆"),
        ("meituan_results.html", "219亿笔"),
        ("xiaomi_gb18030.txt", "1.456亿台"),
    ],
)
def test_code_frame_slice_is_the_figure(name, needle):
    document = load(name)
    position, _ = locate(document, needle)
    # The raw slice keeps typesetting spaces ("94.43 万辆") that matching text drops.
    assert raw_slice(document, position).replace(" ", "") == needle


@pytest.mark.parametrize(
    ("name", "format", "encoding"),
    [
        ("byd_sales.md", "markdown", "utf-8"),
        ("meituan_results.html", "html", "utf-8"),
        ("taobao_traditional.txt", "text", "utf-8"),
        ("xiaomi_gb18030.txt", "text", "gb18030"),
    ],
)
def test_format_and_encoding(name, format, encoding):
    document = load(name)
    assert (document.format, document.encoding, document.path) == (format, encoding, f"docs/{name}")


class TestMarkdown:
    def test_front_matter_scalars_with_lower_cased_keys(self):
        assert load("byd_sales.md").metadata == {
            "title": "比亚迪2023年销量创新高",
            "author": "汽车观察",
            "date": "2024-01-02",
        }

    @pytest.mark.parametrize(
        "hidden",
        ["999万辆", "888万辆", "777万", "images/byd-2023.png", "销量走势图", "bydglobal", "**",
         "title:", "corpuslint", "# 比亚迪", "- 第四季度", "> 比亚迪"],
    )  # fmt: skip
    def test_markup_code_and_metadata_are_not_prose(self, hidden):
        assert hidden not in load("byd_sales.md").text

    def test_comments_are_recorded_with_raw_position(self):
        assert load("byd_sales.md").comments == [(12, 1, "corpuslint-disable-next-line CL101")]

    def test_blocks_end_sentences(self):
        document = load("byd_sales.md")
        sentences = [document.text[s.start : s.end] for s in document.sentences]
        assert sentences[0] == "比亚迪2023年销量"
        assert "第四季度销量94.43万辆" in sentences
        assert "比亚迪董事长王传福表示：新能源渗透率将持续提升。" in sentences


class TestHtml:
    def test_metadata_from_title_meta_and_time(self):
        assert load("meituan_results.html").metadata == {
            "title": "美团发布2023年业绩 & 外卖订单",
            "description": "美团全年营收2767亿元",
            "og:site_name": "科技日报网",
            "datetime": "2024-03-29T18:00:00+08:00",
        }

    @pytest.mark.parametrize(
        "hidden", ["5000亿", "100亿", "123亿", "456亿", "color", "页头导航", "美团发布", "&nbsp;"]
    )
    def test_head_script_style_noscript_template_and_comments_are_not_prose(self, hidden):
        assert hidden not in load("meituan_results.html").text

    def test_entities_are_decoded(self):
        assert "“神抢手”业务表现突出" in load("meituan_results.html").text

    def test_block_elements_break_lines_but_source_wrapping_does_not(self):
        text = load("meituan_results.html").text
        assert "美团2023年营收2767亿元\n发布时间：3月29日\n" in text
        assert "核心本地商业分部经营利润为388亿元。" in text
        assert "核心本地商业2068亿元" in text  # a table row reads as one line

    def test_comments(self):
        assert load("meituan_results.html").comments == [(12, 1, "页头导航")]


class TestApi:
    def test_sentence_at(self):
        document = load("taobao_traditional.txt")
        offset = document.text.index("云计算")
        sentence = document.sentence_at(offset)
        assert document.text[sentence.start : sentence.end] == (
            "该集团内部人士表示，技术团队将继续投入云计算与人工智能。"
        )
        assert document.sentence_at(0) == document.sentences[0]

    def test_raw_offset_and_bounds(self):
        document = load("taobao_traditional.txt")
        assert document.raw[document.raw_offset(document.text.index("万亿"))] == "萬"
        assert document.raw_offset(len(document.text)) == len(document.raw)
        with pytest.raises(IndexError):
            document.raw_offset(len(document.text) + 1)

    def test_lines_are_raw_lines(self):
        document = load("taobao_traditional.txt")
        assert document.lines()[1] == "該集團內部人士表示，技術團隊將繼續投入雲計算與人工智能。"

    def test_empty_range_maps_to_a_point(self):
        document = load("xiaomi_gb18030.txt")
        span = document.span(4, 4)
        assert (span.line, span.column, span.end_line, span.end_column) == (1, 5, 1, 5)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<html><head><title>标题</title><body><p>正文10亿</p>", "正文10亿"),  # <head> left open
        ("<p>甲</p><script>var a = '<p>乙</p>';</script><p>丙</p>", "甲\n丙"),
        ("<pre>第一行\n  第二行</pre><p>后文</p>", "第一行\n  第二行\n后文"),
        ("<p>营收<b>12</b>.<i>5</i>亿</p>", "营收12.5亿"),
        ("<ul><li>一</li><li>二</li></ul>", "一\n二"),
        ("<p>A&B&amp;C &#20320;&#x597D;</p>", "A&B&C 你好"),
        ("<p>未闭合<div>嵌套", "未闭合\n嵌套"),
    ],
)
def test_html_snippets(html, text):
    document = document_from_string(html, "snippet.html")
    assert document.text.strip() == text


def test_markdown_list_numbers_and_setext_rules_are_not_figures():
    raw = (
        "营收概览\n===\n\n1. 营收增长12%\n2) 利润增长8%\n* 星号列表\n\n***\n\n"
        "| 年份 | 营收 |\n|---|---:|\n| 2023 | 9亿 |\n"
    )
    document = document_from_string(raw, "list.md")
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    assert lines == [
        "营收概览",
        "营收增长12%",
        "利润增长8%",
        "星号列表",
        "| 年份 | 营收 |",
        "| 2023 | 9亿 |",
    ]
