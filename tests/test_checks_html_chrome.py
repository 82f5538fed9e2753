"""Site chrome in HTML (<nav>, <footer>) is not article prose: its phone numbers, e-mail addresses
and © years are not reported or read as figures, and the article around it reads as before."""

from __future__ import annotations

from _check_helpers import corpus, run
from corpuslint.documents import document_from_string
from corpuslint.engine import analyse

PAGE = """<html><head><title>某市文旅局发布数据</title></head><body>
<nav><a href="/">首页</a> | <a href="/news">新闻</a> | 热线：0571-88886666</nav>
<article>
<h1>国庆假期全市接待游客1200万人次</h1>
<p>国庆假期，全市共接待游客1200万人次。</p>
<footer>编辑：王某 邮箱：editor@news.example.cn</footer>
</article>
<footer>© 2024 某市日报社 版权所有 | 联系电话：0571-87654321 | 浙ICP备12345678号</footer>
</body></html>
"""


def test_chrome_is_not_prose() -> None:
    document = document_from_string(PAGE, "page.html")
    assert "国庆假期，全市共接待游客1200万人次。" in document.text
    for chrome in ("首页", "热线", "editor@", "©", "2024", "ICP", "87654321"):
        assert chrome not in document.text


def test_no_contact_findings_from_chrome() -> None:
    analysis = analyse(document_from_string(PAGE, "page.html"))
    assert run("CL403", corpus(analysis)) == []
    assert [q.text for q in analysis.quantities] == ["1200万人次", "1200万人次"]


def test_chrome_between_paragraphs_still_separates_them() -> None:
    page = "<body><p>第一段<nav>菜单</nav>第二段</p><p>第三段<footer>页脚</footer></p>第四段</body>"
    assert document_from_string(page, "page.html").text.split() == ["第一段", "第二段", "第三段", "第四段"]


def test_unclosed_nav_ends_where_the_article_begins() -> None:
    page = (
        "<body><nav><a href='/'>首頁</a> 電話：02-2345-6789\n"
        "<main><p>本季營收為新台幣100億元。</p></main></body>"
    )
    text = document_from_string(page, "page.html").text
    assert "本季营收为新台币100亿元。" in text and "电话" not in text


def test_contact_in_the_article_body_is_still_reported() -> None:
    page = "<body><article><p>咨询电话：13712345678。</p></article><footer>页脚</footer></body>"
    [finding] = run("CL403", corpus(analyse(document_from_string(page, "page.html"))))
    assert "13712345678" in finding.message
