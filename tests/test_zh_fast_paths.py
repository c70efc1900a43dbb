"""The Chinese reader's quicker ways of finding things give what the plain ways gave: each is held equal to
the pattern scan it replaced, on every paragraph of the development reports and on made-up strings, so
that a faster reading can never change a mention or a sentence."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from workreport.read.scan import positions
from workreport.read.zh import numbers as N

RAW = Path(__file__).resolve().parents[1] / "data" / "raw" / "zh"
DEVELOPMENT = ([f"china-{y}" for y in range(2000, 2016)] + [f"zhumadian-{y}" for y in range(2002, 2015)]
               + [f"{p}-2025" for p in ("anhui", "beijing", "chongqing", "fujian", "gansu", "guangxi", "guizhou",
                                        "hebei")])
MADE_UP = [
    "", "“", "”", "\"\"", "“十四五”", "“3533”工程", "实施“两个一百年”奋斗目标", "两个确立，两个维护", "三大攻坚战",
    "“一带一路”“双循环”", "\"5G+\"行动", "「十四五」规划", "“没有数字的引语”", "“未闭合的引号", "《2025年政府工作报告》",
    "《没有数字》", "四风问题，一四风", "两两个确立", "十四五规划", "\"a\"b\"3\"", "“二〇二五”", "“第3”“第4”",
]


def paragraphs():
    """Every paragraph of the development reports, then the made-up strings."""
    for name in DEVELOPMENT:
        yield from (RAW / f"{name}-government-work-report.txt").read_text(encoding="utf-8").split("\n")
    yield from MADE_UP


_OLD_COUNTS = re.compile(r"\d|[零〇○二两三四五六七八九十百千]")


def old_zones(text: str) -> list[tuple[int, int, str]]:
    """The zones as the pattern scans over the whole text found them."""
    found = [(m.start() + 1, m.end() - 1, "slogan") for m in N._QUOTE.finditer(text)
             if _OLD_COUNTS.search(text, m.start(), m.end())]
    found += [(m.start() + 1, m.end() - 1, "word_use") for m in N._TITLE.finditer(text)
              if _OLD_COUNTS.search(text, m.start(), m.end())]
    found += [(m.start(), m.end(), "slogan") for m in N._SLOGANS.finditer(text)]
    found.sort(key=lambda z: (z[0], -z[1]))
    out: list[tuple[int, int, str]] = []
    for z in found:
        if not out or z[0] >= out[-1][1]:
            out.append(z)
    return out


def new_zones(text: str) -> list[tuple[int, int, str]]:
    return [tuple(z) for z in N._zones(text, positions(text, N._NUMERAL_CHARS))]


def test_zones_are_those_the_whole_text_scans_found():
    texts = list(paragraphs())
    found = sum(bool(old_zones(t)) for t in texts)
    assert found > 500   # the texts hold zones of every kind to compare
    for text in texts:
        assert new_zones(text) == old_zones(text), text
    whole = "\n".join(texts)
    assert new_zones(whole) == old_zones(whole)


def test_the_comparison_sees_a_slogan_or_quotation_left_unsought(monkeypatch):
    """Were a slogan's opening or a quotation mark not looked for, the texts would show it."""
    texts = list(paragraphs())
    monkeypatch.setattr(N, "_SLOGAN_OPENINGS", N._SLOGAN_OPENINGS - {"两个"})
    assert any(new_zones(t) != old_zones(t) for t in texts)
    monkeypatch.undo()
    monkeypatch.setattr(N, "_QUOTE_OPENERS", "“「")
    assert any(new_zones(t) != old_zones(t) for t in texts)
