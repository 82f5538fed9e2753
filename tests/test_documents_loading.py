"""Decoding, line endings, format detection, bad files and directory expansion."""

from __future__ import annotations

import codecs

import pytest

from corpuslint.documents import DocumentError, document_from_bytes, iter_files, load_document

ARTICLE = "拼多多2023年营收2476亿元。\n月活跃用户达8.9亿。\n"


def position(document, needle):
    start = document.text.index(needle)
    span = document.span(start, start + len(needle))
    return span.line, span.column, span.end_line, span.end_column


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("gb18030"), "gb18030"),
        (ARTICLE.encode("gbk"), "gb18030"),
    ],
)
def test_encodings_decode_to_the_same_positions(data, encoding):
    document = document_from_bytes(data, "pdd.txt")
    assert document.encoding == encoding
    assert document.raw == ARTICLE  # no BOM in raw: columns count from the first character
    assert position(document, "8.9亿") == (2, 7, 2, 11)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_each_count_as_one_break(newline):
    raw = newline.join(["网易游戏收入", "2023年达到814亿元。", "", "同比增长8%。"])
    document = document_from_bytes(raw.encode("utf-8"), "netease.txt")
    assert document.raw == raw  # raw keeps the file's own line endings
    assert "\r" not in document.text
    assert position(document, "814亿元") == (2, 8, 2, 13)
    assert position(document, "8%") == (4, 5, 4, 7)
    assert document.lines() == ["网易游戏收入", "2023年达到814亿元。", "", "同比增长8%。"]
    sentences = [document.text[s.start : s.end] for s in document.sentences]
    assert sentences == ["网易游戏收入", "2023年达到814亿元。", "同比增长8%。"]


def test_crlf_html_maps_through_parser_positions():
    raw = "<div>\r\n<p>快手日活</p>\r\n<p>达到3.87&nbsp;亿</p>\r\n</div>"
    document = document_from_bytes(raw.encode("utf-8"), "kuaishou.html")
    assert document.text.strip().split("\n") == ["快手日活", "达到3.87亿"]
    assert position(document, "3.87亿") == (3, 6, 3, 17)


def test_cr_only_html_counts_lines_like_an_editor():
    raw = "<p>第一段</p>\r<p>哔哩哔哩月活3.36亿</p>"
    document = document_from_bytes(raw.encode("utf-8"), "bili.html")
    assert position(document, "3.36亿") == (2, 10, 2, 15)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "empty file"),
        ("\u3000\n".encode(), "empty file"),
        (codecs.BOM_UTF8 + b"\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(1, 32)) * 40, "binary file"),
        (b"\xfa\xfb\x80\x81\x82\xff", "cannot decode as UTF-8, UTF-16 or GB18030"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "cannot decode as UTF-16: unexpected end of data"),
    ],
)
def test_bad_files_raise_one_line_errors(data, message):
    with pytest.raises(DocumentError) as raised:
        document_from_bytes(data, "corpus/bad.txt")
    assert raised.value.path == "corpus/bad.txt"
    assert raised.value.message == message
    assert str(raised.value) == f"corpus/bad.txt: {message}"


def test_missing_file_is_a_document_error(tmp_path):
    with pytest.raises(DocumentError, match=r"missing\.txt: No such file or directory"):
        load_document(tmp_path / "missing.txt", display_path="missing.txt")


def test_load_document_from_disk_uses_the_display_path(tmp_path):
    path = tmp_path / "sub" / "nio.txt"
    path.parent.mkdir()
    path.write_bytes("蔚来2023年交付16.0万辆。".encode("gb18030"))
    document = load_document(path, display_path="sub/nio.txt")
    assert (document.path, document.encoding) == ("sub/nio.txt", "gb18030")
    assert position(document, "16.0万辆") == (1, 10, 1, 16)


@pytest.mark.parametrize(
    ("name", "raw", "format"),
    [
        ("a.txt", "<p>网页正文一</p>\n<p>网页正文二</p>\n", "html"),
        ("a.txt", "---\ntitle: x\n---\n<div><p>正文</p><p>第二段</p></div>", "html"),
        ("a.txt", "正文提到<b>加粗</b>一次。\n第二行。\n第三行。\n第四行。\n", "text"),
        ("a.txt", "纯文本，没有标签。\n", "text"),
        ("a.md", "<p>网页正文一</p>\n<p>网页正文二</p>\n", "markdown"),
        ("a.HTM", "正文", "html"),
        ("a.markdown", "正文", "markdown"),
    ],
)
def test_format_is_detected_from_extension_then_content(name, raw, format):
    assert document_from_bytes(raw.encode(), name).format == format


def test_front_matter_after_bom_and_blank_lines_in_plain_text():
    raw = "\n\n---\nDate: 2022-05-01\nsource: '财新'\ndraft: true\n---\n百度营收1245亿元。\n"
    document = document_from_bytes(codecs.BOM_UTF8 + raw.encode(), "baidu.txt")
    assert document.metadata == {"date": "2022-05-01", "source": "财新", "draft": "true"}
    assert document.text.strip() == "百度营收1245亿元。"
    assert position(document, "1245亿元") == (8, 5, 8, 11)


def test_invalid_yaml_front_matter_falls_back_to_key_value_lines():
    raw = "---\ntitle: 腾讯: 一季度财报\ndate: 2023-05-17\n  bad: [\n---\n正文。\n"
    document = document_from_bytes(raw.encode(), "tencent.txt")
    assert document.metadata["date"] == "2023-05-17"
    assert document.text.strip() == "正文。"


def test_a_leading_rule_without_a_mapping_is_not_front_matter():
    raw = "---\n这是正文第一段。\n---\n第二段。\n"
    document = document_from_bytes(raw.encode(), "rule.txt")
    assert document.metadata == {}
    assert "这是正文第一段。" in document.text


class TestPlainTextComments:
    RAW = (
        "理想汽车2023年交付37.6万辆。\n"
        "# corpuslint-disable-next-line CL101\n"
        "  // corpuslint-disable CL203\n"
        "营收1238.5亿元<!-- 来源：年报 -->。\n"
        "# 这不是指令，是正文。\n"
    )

    def test_directives_and_comments_are_recorded_not_prose(self):
        document = document_from_bytes(self.RAW.encode(), "li.txt")
        assert document.comments == [
            (2, 1, "corpuslint-disable-next-line CL101"),
            (3, 3, "corpuslint-disable CL203"),
            (4, 11, "来源：年报"),
        ]
        assert "corpuslint" not in document.text
        assert "来源" not in document.text
        assert "# 这不是指令，是正文。" in document.text

    def test_positions_after_removed_lines(self):
        document = document_from_bytes(self.RAW.encode(), "li.txt")
        assert position(document, "1238.5亿元。") == (4, 3, 4, 26)
        assert document.original(*_range(document, "1238.5亿元。")) == "1238.5亿元。"


def _range(document, needle):
    start = document.text.index(needle)
    return start, start + len(needle)


class TestIterFiles:
    def test_walks_directories_sorted_skipping_hidden_and_binary(self, tmp_path, monkeypatch):
        for name in ["b/2.txt", "b/1.md", "a.html", ".hidden/x.txt", "b/.secret.txt", "c.png"]:
            path = tmp_path / "corpus" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("正文")
        monkeypatch.chdir(tmp_path)
        assert list(iter_files(["corpus"])) == ["corpus/a.html", "corpus/b/1.md", "corpus/b/2.txt"]

    def test_explicit_files_are_kept_once_in_order(self, tmp_path, monkeypatch):
        (tmp_path / "z.png").write_bytes(b"\x89PNG")
        (tmp_path / "a.txt").write_text("正文")
        monkeypatch.chdir(tmp_path)
        assert list(iter_files(["z.png", "a.txt", "."])) == ["z.png", "a.txt", "./a.txt"]

    def test_missing_path_raises_before_anything_is_yielded(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        (tmp_path / "a.txt").write_text("正文")
        with pytest.raises(DocumentError, match="nope: no such file or directory"):
            iter_files(["a.txt", "nope"])
