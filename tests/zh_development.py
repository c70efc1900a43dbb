"""The Chinese development texts and the plain code the Chinese reader's quicker ways are held to, shared by
the tests of those ways (test_zh_fast_paths.py, test_zh_numbers_fast.py): each quicker way is compared with
the plain one on every paragraph of the development reports and on made-up strings."""
from __future__ import annotations

import re
from pathlib import Path

from workreport.read.scan import positions
from workreport.read.zh import numbers as N
from workreport.read.zh import structure as S

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
# the quotations and titles as patterns, as first written (the reader now finds them among its marks)
_QUOTE = re.compile(r"“[^“”\n]{1,30}”|\"[^\"\n]{1,30}\"|「[^「」\n]{1,30}」")
_TITLE = re.compile(r"《[^《》\n]{1,60}》")


def old_zones(text: str) -> list[tuple[int, int, str]]:
    """The zones as the pattern scans over the whole text found them."""
    found = [(m.start() + 1, m.end() - 1, "slogan") for m in _QUOTE.finditer(text)
             if _OLD_COUNTS.search(text, m.start(), m.end())]
    found += [(m.start() + 1, m.end() - 1, "word_use") for m in _TITLE.finditer(text)
              if _OLD_COUNTS.search(text, m.start(), m.end())]
    found += [(m.start(), m.end(), "slogan") for m in N._SLOGANS.finditer(text)]
    found.sort(key=lambda z: (z[0], -z[1]))
    out: list[tuple[int, int, str]] = []
    for z in found:
        if not out or z[0] >= out[-1][1]:
            out.append(z)
    return out


def new_zones(text: str) -> list[tuple[int, int, str]]:
    marks = N._marks(text)
    return [tuple(z) for z in N._zones(text, marks, N._runs(marks)[2])]


def reports():
    """The development reports' texts, whole, then the made-up strings joined."""
    for name in DEVELOPMENT:
        yield S.ascii_digits((RAW / f"{name}-government-work-report.txt").read_text(encoding="utf-8"))
    yield "\n".join(MADE_UP + QUOTED_ENDS)


QUOTED_ENDS = ["他说：“要干。”然后走了。", "“一。二。”", "“没有闭合。\n下一行。", "“外“内。”尾。”", "。“" + "长" * 160 + "。”",
               "“短。”" * 3, "“甲。乙！丙？”丁。", "前。“甲。乙。”\n“丙。丁。”", "“" + "字" * 140 + "。尾”", "“" + "字" * 146 + "。尾”", "“" + "字" * 147 + "。尾”", "“" + "字" * 147 + "。”", "“" + "字" * 148 + "。”", "“" + "字" * 149 + "。”"]


QUOTE_MAX = S._QUOTE_MAX   # the longest quotation, held here so that a change to the reader's shows


def old_sentence_ends(norm: str, quoted: bool = True) -> list[int]:
    """The sentence ends as found before: every short quotation first, then the ends outside them."""
    ends = []
    n = len(norm)
    for i in positions(norm, S._ENDERS):
        e = i + 1
        while e < n and norm[e] in S._CLOSERS:
            e += 1
        if ends and ends[-1] >= e:
            continue
        if ends and ends[-1] == i:
            ends[-1] = e
        else:
            ends.append(e)
    quotes = []
    for q in positions(norm, "“") if quoted else ():
        c = norm.find("”", q + 1, q + QUOTE_MAX)
        if c > 0 and norm.find("\n", q, c) < 0 and norm.find("“", q + 1, c) < 0:
            quotes.append((q, c + 1))
    return [e for e in ends if not any(a < e < b for a, b in quotes)]
