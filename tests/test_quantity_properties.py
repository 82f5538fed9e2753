from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from corpuslint.parse.numerals import parse_number
from corpuslint.parse.quantities import find_quantities
from corpuslint.quantity import Kind

SCRIPTS = {
    # digits 0-9, 十百千, 万, 亿, the colloquial 2 before 百/千/万/亿
    "simplified": ("零一二三四五六七八九", "十百千", "万", "亿", "两"),
    "traditional": ("零一二三四五六七八九", "十百千", "萬", "億", "兩"),
    "financial": ("零壹贰叁肆伍陆柒捌玖", "拾佰仟", "万", "亿", "贰"),
    "financial_traditional": ("零壹貳參肆伍陸柒捌玖", "拾佰仟", "萬", "億", "貳"),
}


def render(n: int, script: str, *, liang: bool, yi_shi: bool) -> str:
    """*n* in Chinese numerals: 零 for skipped places, optional 两 and 一十."""
    if n == 0:
        return SCRIPTS[script][0][0]
    return _render(n, script, liang=liang, yi_shi=yi_shi, leading=True)


def _render(n: int, script: str, *, liang: bool, yi_shi: bool, leading: bool) -> str:
    digits, _places, wan, yi, two = SCRIPTS[script]
    for word, magnitude in ((yi, 10**8), (wan, 10**4)):
        if n >= magnitude:
            head, rest = divmod(n, magnitude)
            text = _render(head, script, liang=liang, yi_shi=yi_shi, leading=leading)
            if head == 2 and liang:
                text = two
            text += word
            if rest:
                zero = digits[0] if rest < magnitude // 10 else ""
                text += zero + _render(rest, script, liang=liang, yi_shi=True, leading=False)
            return text
    return _section(n, script, liang=liang, yi_shi=yi_shi or not leading)


def _section(n: int, script: str, *, liang: bool, yi_shi: bool) -> str:
    digits, places, _wan, _yi, two = SCRIPTS[script]
    out, pending_zero = "", False
    for place_index, place in ((2, 1000), (1, 100), (0, 10), (None, 1)):
        digit = n // place % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out += digits[0]
            pending_zero = False
        if digit == 2 and liang and place in (100, 1000):
            out += two
        elif not (digit == 1 and place == 10 and not out and not yi_shi):
            out += digits[digit]
        if place_index is not None:
            out += places[place_index]
    return out


numbers = st.integers(min_value=0, max_value=10**16 - 1)
renderings = st.tuples(numbers, st.sampled_from(sorted(SCRIPTS)), st.booleans(), st.booleans())


def test_renderer_examples() -> None:
    assert render(100500000, "simplified", liang=False, yi_shi=False) == "一亿零五十万"
    assert render(35000000, "simplified", liang=False, yi_shi=False) == "三千五百万"
    assert render(2200, "traditional", liang=True, yi_shi=False) == "兩千兩百"
    assert render(15, "simplified", liang=False, yi_shi=False) == "十五"
    assert render(15, "simplified", liang=False, yi_shi=True) == "一十五"
    assert render(110, "simplified", liang=False, yi_shi=False) == "一百一十"
    assert render(10**12, "simplified", liang=False, yi_shi=False) == "一万亿"


@settings(max_examples=300, deadline=None)
@given(renderings)
def test_chinese_numerals_parse_back(case: tuple[int, str, bool, bool]) -> None:
    n, script, liang, yi_shi = case
    assert parse_number(render(n, script, liang=liang, yi_shi=yi_shi)) == Decimal(n)


@settings(max_examples=200, deadline=None)
@given(renderings.filter(lambda case: case[0] > 0))
def test_chinese_numerals_found_in_text(case: tuple[int, str, bool, bool]) -> None:
    n, script, liang, yi_shi = case
    numeral = render(n, script, liang=liang, yi_shi=yi_shi)
    sentence = f"该公司去年营收{numeral}元，同比持平。"
    found = find_quantities(sentence)
    assert [(q.text, q.kind, q.value) for q in found] == [(numeral + "元", Kind.MONEY, Decimal(n))]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=3))
def test_arabic_numbers_found_in_text(n: int, decimals: int) -> None:
    written = f"{n / 10**decimals:,.{decimals}f}"
    found = find_quantities(f"全年营收{written}万元。")
    assert [q.value for q in found] == [Decimal(written.replace(",", "")) * 10000]


NUMERAL_HEAVY = "0123456789０１２.,，%％-~/:零〇一二两三四五六七八九十百千万亿萬億兩点點多余几数上第每中有个人元倍成分之年月日约超过近"
texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(categories=("Lo", "Nd", "P", "Zs", "Lu", "Ll"))),
    st.text(alphabet=st.sampled_from(NUMERAL_HEAVY), max_size=60),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_spans_are_sorted_disjoint_and_faithful(text: str) -> None:
    found = find_quantities(text)
    previous_end = 0
    for quantity in found:
        assert 0 <= previous_end <= quantity.start < quantity.end <= len(text)
        assert quantity.text == text[quantity.start:quantity.end]
        previous_end = quantity.end
