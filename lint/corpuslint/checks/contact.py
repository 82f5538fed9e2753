"""``contact``: personal contact details in the body of an article (CL403).

Phone numbers (mainland mobiles, landlines, 400/800 hotlines), WeChat and QQ IDs and e-mail
addresses are usually promotion or scraping debris, and a privacy risk when they are a
person's. Matched in the body text only (front matter and link targets are not in it). Bare
digit strings are reported only in a shape no amount or year has (11-digit mobiles not
followed by a unit); hotlines and landlines need their separators or a cue such as 电话.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import regex

from corpuslint.checks import _text
from corpuslint.checks.base import Check, register

if TYPE_CHECKING:
    from corpuslint.analysis import Corpus, DocumentAnalysis
    from corpuslint.finding import Finding

_NOT_DIGIT_BEFORE = r"(?<![\d.\-+A-Za-z])"
_NOT_DIGIT_AFTER = r"(?![\d.]*\d)(?![%‰元万亿千百人次个件笔家台位])"
_CUE = r"(?:电话|手机|热线|联系|咨询|致电|拨打|客服|传真|Tel|TEL|tel|Phone|phone)[^\n\d]{0,6}?"
_CONTACT = regex.compile(
    "|".join(
        [
            # Mainland mobile: 13812345678, 138-1234-5678, +86 138 1234 5678.
            rf"{_NOT_DIGIT_BEFORE}(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{{4}}){{2}}{_NOT_DIGIT_AFTER}",
            # Landline with its area code written apart: 010-12345678, (0755)88886666.
            rf"{_NOT_DIGIT_BEFORE}(?:0\d{{2,3}}-|\(0\d{{2,3}}\)\s?)[2-9]\d{{6,7}}{_NOT_DIGIT_AFTER}",
            # Hotlines: 400-820-8820, or 4008208820 after a cue.
            rf"{_NOT_DIGIT_BEFORE}[48]00[\s-]\d{{3}}[\s-]?\d{{4}}{_NOT_DIGIT_AFTER}",
            rf"(?<={_CUE})[48]00\d{{7}}{_NOT_DIGIT_AFTER}",
            # WeChat / QQ IDs after their label.
            r"(?:微信号?|加微信|加我微信|[Vv][Xx]|[Ww][Xx]|[Vv]信|薇信)\s*[:：]?\s*"
            r"[A-Za-z][-_A-Za-z0-9]{5,19}(?![-_A-Za-z0-9@])",
            r"(?:QQ|qq)(?:号|群)?\s*[:：]\s*[1-9]\d{4,11}(?!\d)",
            # E-mail, but not inside a URL (https://user@host) or a mailto: target.
            r"(?<![\w.%+\-/:])[A-Za-z0-9][\w.%+\-]*@[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![\w\-])",
        ]
    )
)


@register
class Contact(Check):
    kind = "contact"

    def check_document(self, analysis: DocumentAnalysis, corpus: Corpus) -> Iterable[Finding]:
        return self._check(analysis)

    def _check(self, analysis: DocumentAnalysis) -> Iterator[Finding]:
        text = analysis.document.text
        for match in find_contacts(text):
            yield self.finding(
                _text.path(analysis),
                _text.span(analysis, match.start(), match.end()),
                fingerprint=_text.normalised(match.group()),
                contact=analysis.document.original(match.start(), match.end()),
            )


def find_contacts(text: str) -> Iterator[regex.Match[str]]:
    return _CONTACT.finditer(text)
