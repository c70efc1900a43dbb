"""The Chinese number reader's quicker ways of reading a text give what the plain ways gave: each is held equal
to the way it replaced (kept here), on the development reports whole, on each of their paragraphs and on
made-up strings, and each comparison is shown able to fail."""
from __future__ import annotations

import re

import numpy as np
import pytest

from workreport.read.scan import DIGITS, positions, runs as spans
from workreport.read.zh import numbers as N

from test_zh_fast_paths import DEVELOPMENT, RAW, paragraphs

ODD = ["", "翻", "翻番", "翻翻番番", "番翻", "٣1２一翻番翻翻番番十٣", "１٠", "a𝟘b", "𝟘", "𑁦12", "😀十一翻番3", "\ud800一2",
       "x\U0001F600", "12\U0001F6003", "२०२५年", "〇○零", "１２．５％", "翻\n番", "三" * 40, "9" * 40]


def texts() -> list[str]:
    """The development reports whole, each of their paragraphs, and the odd strings."""
    whole = [(RAW / f"{name}-government-work-report.txt").read_text(encoding="utf-8") for name in DEVELOPMENT]
    return whole + list(paragraphs()) + ODD


_OLD_OTHER_DIGIT = re.compile(rf"[^\D{DIGITS}]")


def old_runs(text: str):
    """The runs as found before: each digit and numeral by str.find, joined into runs and sorted, each 翻番 by
    str.find, and a pattern testing every character for a digit of another script."""
    numeral_at = positions(text, N._NUMERAL_CHARS)
    digits = spans(positions(text, DIGITS))
    doubled = []
    i = text.find(N._DOUBLED)
    while i >= 0:
        doubled.append((i, i + len(N._DOUBLED), None))
        i = text.find(N._DOUBLED, i + 1)
    runs = sorted([(a, b, True) for a, b in digits] + [(a, b, False) for a, b in spans(numeral_at)] + doubled)
    return digits, runs, numeral_at, _OLD_OTHER_DIGIT.search(text) is not None


def new_runs(text: str):
    digits, runs, numeral_at, other = N._runs(text)
    return list(digits), [(a, b, N._IS_DIGIT[kind]) for a, b, kind in runs], numeral_at, other


@pytest.fixture(scope="module")
def all_texts():
    return texts()


def test_runs_are_those_found_digit_by_digit(all_texts):
    for text in all_texts:
        assert new_runs(text) == old_runs(text), text[:60]
    assert sum(old_runs(t)[3] for t in all_texts) >= 5   # digits of other scripts, in and beyond the BMP


def test_the_table_knows_every_digit_of_another_script():
    """Every decimal character of the Basic Multilingual Plane but the ASCII and full-width digits, and no other."""
    other = np.array([chr(c).isdecimal() and chr(c) not in DIGITS for c in range(0x10000)])
    assert ((N._KINDS == N._OTHER_DIGIT) == other).all()


def test_the_run_comparison_can_fail(all_texts, monkeypatch):
    """A numeral missing from the table, or a text with characters beyond the BMP read as UTF-16, would show."""
    table = N._KINDS.copy()
    table[ord("两")] = 0
    monkeypatch.setattr(N, "_KINDS", table)
    assert any(new_runs(t) != old_runs(t) for t in all_texts)
    monkeypatch.undo()
    monkeypatch.setattr(N, "_codes", lambda text: (np.frombuffer(text.encode("utf-16-le", "surrogatepass"), "<u2"), False))
    assert any(_differs(t) for t in ODD)


def _differs(text: str) -> bool:
    try:
        return new_runs(text) != old_runs(text)
    except (IndexError, ValueError):
        return True
