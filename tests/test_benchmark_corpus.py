"""The synthetic benchmark corpus: reproducible, sized as asked, valid UTF-8, full of figures."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.benchmarks.corpus import generate, main, write_corpus
from tests.benchmarks.figures import chinese_numeral

SMALL = 300_000  # bytes: ~60 articles, enough for every format and script to show up


def _total_bytes(documents) -> int:
    return sum(len(content.encode()) for _, content in documents)


def test_same_seed_same_corpus():
    assert list(generate(SMALL, seed=7)) == list(generate(SMALL, seed=7))


def test_different_seed_different_corpus():
    first, second = list(generate(SMALL, seed=1)), list(generate(SMALL, seed=2))
    assert [c for _, c in first] != [c for _, c in second]


def test_free_size_stops_just_past_the_target():
    documents = list(generate(SMALL))
    total = _total_bytes(documents)
    assert SMALL <= total < SMALL + 4_000
    assert _total_bytes(documents[:-1]) < SMALL  # not one document more than needed


@pytest.mark.parametrize(("target", "n_docs"), [(200_000, 40), (500_000, 100), (50_000, 1)])
def test_fixed_document_count_comes_close_to_the_target(target, n_docs):
    documents = list(generate(target, n_docs=n_docs))
    assert len(documents) == n_docs
    assert abs(_total_bytes(documents) - target) < 0.05 * target


def test_a_prefix_does_not_depend_on_the_target():
    # Streaming: the first articles are the same whatever the final size.
    small, large = list(generate(100_000)), list(generate(400_000))
    assert large[: len(small) - 1] == small[:-1]


@pytest.mark.parametrize(("target", "n_docs"), [(0, None), (-5, None), (1000, 0)])
def test_nonsense_sizes_are_rejected(target, n_docs):
    with pytest.raises(ValueError):
        next(generate(target, n_docs=n_docs))


def test_documents_come_in_every_format_and_both_scripts():
    documents = list(generate(SMALL))
    names = [name for name, _ in documents]
    assert len(set(names)) == len(names)
    extensions = Counter(name.rsplit(".", 1)[1] for name in names)
    assert set(extensions) == {"txt", "md", "html"}
    by_extension = {name.rsplit(".", 1)[1]: content for name, content in documents}
    assert by_extension["md"].startswith("---\ntitle: ")
    assert "<html" in by_extension["html"] and "</html>" in by_extension["html"]
    assert any("億" in content or "營" in content for _, content in documents)  # Traditional
    assert any("亿" in content for _, content in documents)  # Simplified


def test_write_corpus_writes_utf8_files_matching_generate(tmp_path):
    paths = write_corpus(tmp_path / "corpus", 60_000, n_docs=12, seed=3)
    expected = list(generate(60_000, 3, n_docs=12))
    assert [p.name for p in paths] == [name for name, _ in expected]
    assert [p.read_bytes().decode("utf-8", errors="strict") for p in paths] == [
        c for _, c in expected
    ]


def test_cli_writes_the_corpus_and_reports_it(tmp_path, capsys):
    assert main([str(tmp_path), "--mb", "0.05", "--docs", "10", "--seed", "4"]) == 0
    assert len(list(tmp_path.iterdir())) == 10
    assert capsys.readouterr().out.startswith("10 documents, 0.1 MB")


def test_generated_articles_yield_quantities_of_every_kind():
    quantities = pytest.importorskip("corpuslint.parse.quantities")
    kinds: Counter[str] = Counter()
    for _, content in generate(100_000, seed=5):
        found = quantities.find_quantities(content)
        assert found, "every article states figures"
        kinds.update(q.kind.value for q in found)
    assert set(kinds) >= {"count", "money", "percent", "percentage_point", "multiple", "fraction"}


@pytest.mark.parametrize(
    ("n", "written"),
    [
        (0, "零"),
        (3, "三"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (105, "一百零五"),
        (1200, "一千二百"),
        (1005, "一千零五"),
        (9999, "九千九百九十九"),
    ],
)
def test_chinese_numerals(n, written):
    assert chinese_numeral(n) == written
