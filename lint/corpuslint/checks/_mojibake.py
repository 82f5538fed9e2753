"""Chinese text that was UTF-8 once and was decoded as GBK or Big5: 拼多多 shown as 鎷煎氬氬.

The damage is reversible in principle, and that is the test: encode a run of characters back
with the codec that misread it and see whether the bytes are UTF-8 for ordinary Chinese. Text
that was never damaged almost never passes, because UTF-8 needs a lead byte E3-E9 followed by
two bytes 80-BF, three times in a row, and GBK or Big5 text of real words does not line up that
way by chance (checked against every test corpus in both scripts and against millions of
characters drawn at random from them, without a single hit).

Big5 cannot represent most of the bytes UTF-8 produces, so a Big5 misreading loses them (or
shows U+FFFD, which CL401 reports anyway) and little survives a round trip. What survives is
the rhythm: UTF-8 lead bytes (E4-E9) make up a third of the bytes, where real Big5 text has a
few in a hundred.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# Runs of non-ASCII text: a misread file keeps its ASCII (digits, markup) as it was.
_RUN = regex.compile(r"[^\x00-\x7F\s]{3,}")
# UTF-8 for CJK ideographs, CJK punctuation (E3 80-83) and full-width forms (EF BC/BD).
_CJK_CHAR = rb"(?:[\xe3-\xe9][\x80-\xbf]{2}|\xef[\xbc\xbd][\x80-\xbf])"
_UTF8_CJK = regex.compile(_CJK_CHAR + rb"+")
# Two such characters in a row: no stretch shorter than MIN_STRETCH counts, and any stretch
# _recovered finds lines up in the run's whole encoding too, so runs without one are skipped.
_UTF8_CJK_PAIR = regex.compile(_CJK_CHAR + rb"{2}")
_UTF8_LEAD = regex.compile(rb"[\xe4-\xe9]")
MIN_RECOVERED = 4  # characters recovered in one stretch: 12 bytes lining up as UTF-8…
MIN_STRETCH, MIN_TOTAL = 2, 3  # …or stretches of 2 that recover 3 and cover half the run
_BIG5_LEADS = 5  # UTF-8 lead bytes in a run re-encoded as Big5…
_BIG5_SHARE = 0.3  # …and their share of its bytes


def mojibake(raw: str) -> Iterator[tuple[int, int]]:
    """Raw (start, end) of each stretch of UTF-8 Chinese misread as GBK or Big5."""
    for run in _RUN.finditer(raw):
        span = _misread(run.group())
        if span is not None:
            yield run.start() + span[0], run.start() + span[1]


def _misread(run: str) -> tuple[int, int] | None:
    for codec in ("gbk", "big5"):
        whole = run.encode(codec, errors="ignore")
        if codec == "big5" and _big5_rhythm(whole):
            return 0, len(run)
        if _UTF8_CJK_PAIR.search(whole) is None:
            continue  # the common case: nothing lines up, no need to look closer
        stretches = _recovered(run, codec)
        if _enough(run, stretches):
            return stretches[0][0], stretches[-1][1]
    return None


def _recovered(run: str, codec: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the stretches of ``run`` whose bytes in ``codec`` are UTF-8 for
    ordinary Chinese; characters the codec cannot encode separate stretches."""
    found: list[tuple[int, int, str]] = []
    data, owner = bytearray(), []
    for index, char in enumerate((*run, None)):
        encoded = _encode(char, codec) if char is not None else None
        if encoded is not None:
            data += encoded
            owner += [index] * len(encoded)
            continue
        for match in _UTF8_CJK.finditer(bytes(data)):
            text = match.group().decode("utf-8")
            if all(map(_ordinary, text)):
                found.append((owner[match.start()], owner[match.end() - 1] + 1, text))
        data, owner = bytearray(), []
    return found


def _enough(run: str, stretches: list[tuple[int, int, str]]) -> bool:
    if not stretches:
        return False
    longest = max(len(text) for _, _, text in stretches)
    recovered = sum(len(text) for _, _, text in stretches)
    covered = sum(end - start for start, end, _ in stretches)
    return longest >= MIN_RECOVERED or (
        longest >= MIN_STRETCH and recovered >= MIN_TOTAL and covered * 2 >= len(run)
    )


def _big5_rhythm(data: bytes) -> bool:
    leads = len(_UTF8_LEAD.findall(data))
    return leads >= _BIG5_LEADS and leads >= _BIG5_SHARE * len(data)


def _encode(char: str, codec: str) -> bytes | None:
    try:
        return char.encode(codec)
    except UnicodeEncodeError:
        return None


def _ordinary(char: str) -> bool:
    """CJK punctuation, full-width forms, or a character in everyday use in either script
    (GB2312, or Big5's frequent-character block): what the articles were written in."""
    code = ord(char)
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
        return True
    if not 0x4E00 <= code <= 0x9FFF:
        return False
    if _encode(char, "gb2312") is not None:
        return True
    big5 = _encode(char, "big5")
    return big5 is not None and 0xA4 <= big5[0] <= 0xC6
