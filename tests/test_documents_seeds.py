"""The seed articles load, normalise and map back to their raw text."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from corpuslint.documents import Document, load_document

SEEDS = Path(__file__).parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
FIGURE = regex.compile(r"\d+(?:[.,]\d+)*\s?[万亿]")
TRADITIONAL_UNITS = str.maketrans("萬億", "万亿")


def load(path: Path) -> Document:
    return load_document(path, display_path=f"seeds/{path.name}")


def test_there_are_seeds():
    assert len(SEED_FILES) >= 5


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda path: path.name)
def test_figures_map_to_the_same_figure_in_raw(path):
    document = load(path)
    figures = list(FIGURE.finditer(document.text))
    assert figures
    lines = document.lines()
    for match in figures:
        span = document.span(match.start(), match.end())
        assert span.line == span.end_line
        as_written = lines[span.line - 1][span.column - 1 : span.end_column - 1]
        # original() leaves out what normalisation dropped, such as the typesetting space in
        # "2.3 億"; the raw slice keeps it.
        assert as_written.replace(" ", "") == document.original(match.start(), match.end())
        # Spaces between a figure and its unit ("2.3 億") are typesetting, dropped for matching.
        assert as_written.translate(TRADITIONAL_UNITS).replace(" ", "") == match.group()


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda path: path.name)
def test_sentences_cover_text_without_markup(path):
    document = load(path)
    assert document.sentences
    for sentence in document.sentences:
        chunk = document.text[sentence.start : sentence.end]
        assert chunk == chunk.strip()
        assert "\n" not in chunk
    assert "<p" not in document.text and "style=" not in document.text


def test_seed_000_reports_the_figure_as_written():
    document = load(SEEDS / "000_2d98e960254c0ee3.txt")
    start = document.text.index("11.33亿")
    span = document.span(start, start + len("11.33亿"))
    assert (span.line, span.end_column - span.column) == (3, 6)


def test_seed_002_is_html_with_front_matter():
    document = load(SEEDS / "002_f52ad4f532fc9991.txt")
    assert document.format == "html"
    assert document.metadata["date"] == "Mon, 12 Apr 2021 07:50:50 GMT"
    assert document.metadata["title"] == "闲鱼需要微信小程序"
    assert "categories" not in document.metadata  # a list, not a scalar
    start = document.text.index("182.28亿元")
    assert document.span(start, start + 8).line == 17
    assert "title:" not in document.text


def test_seed_003_converter_debris_is_removed():
    document = load(SEEDS / "003_93ce79705ac2cf3b.txt")
    assert "技术团队" in document.text
    assert "内部" in document.text
    assert not regex.search(r"\p{Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)", document.text)
    assert "(事业部)" in document.text
    assert "(不在阿里巴巴的组织架构上体现)" in document.text
    assert len(document.debris) > 100
    assert {document.raw[start:end] for start, end in document.debris} >= {
        "(shù)",
        "(tuán)",
        "(nèi)",
    }
    start = document.text.index("2.3亿")
    assert document.original(start, start + 4) == "2.3億"


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda path: path.name)
def test_no_tracebacks_and_utf8(path):
    document = load(path)
    assert document.encoding == "utf-8"
    assert document.path == f"seeds/{path.name}"
