"""Every number expression in a Chinese report, read as written and typed.

The same mentions as the English reader (read/mentions.py): a candidate quantity, which the claims stage
reads, or a non-claim typed year, date, ordinal_name, section_marker, page_artifact, slogan, word_use or
other. Mentions never overlap, and every ASCII or full-width digit lies inside exactly one of them.

Digits are read with what is written around them: a hedge before (约, 超过, 不低于), a scale (万, 亿, 万亿),
a unit or measure word (元, 亩, 个百分点, 家, 人), a range (5%—5.5%, 3至5年) and a hedge after (左右, 以上).
A Chinese numeral (三所, 两个, 十大) is a mention only where a measure word or unit after it makes it a
quantity; 一 alone (进一步, 统一, 一批) quantifies nothing, and 第一 is an ordinal. The words are data: the
CSV files beside this module; the patterns' structure is here.
"""
from __future__ import annotations

from ..scan import DIGITS, code_points, digit_runs, matches_at

import re
import string
import sys
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import NamedTuple

import numpy as np

from .. import words as vocab
from ..mentions import Mention, _cover_stray_digits
from ..words import alternation

_ZH = "zh"
_FULL = str.maketrans("０１２３４５６７８９．", "0123456789.")

# --- the word lists ------------------------------------------------------------------------------

_NUMERAL_ROWS = vocab.rows("numerals", _ZH)
NUMERALS = MappingProxyType({w: int(v) for w, v, *_ in _NUMERAL_ROWS})
_MULTIPLIERS = frozenset(w for w, _, role, *_ in _NUMERAL_ROWS if role == "multiplier")
_NUMERAL_SET = frozenset(NUMERALS)
_CN = f"[{''.join(NUMERALS)}]"
_CN_DIGITS = f"[{''.join(w for w, _, role, *_ in _NUMERAL_ROWS if role == 'digit')}]"

_UNIT_ROWS = vocab.rows("units", _ZH)
SCALES = MappingProxyType({w: Decimal(s) for w, u, s, _ in _UNIT_ROWS if s and not u})
# the scales as ints where whole: an int value times one stays an int (see _INT_DIGITS), a Decimal's
# product is the same Decimal as with the scale's own
_SCALE_VALUES = MappingProxyType({w: int(v) if v == v.to_integral_value() else v for w, v in SCALES.items()})
UNITS = MappingProxyType({w: u for w, u, _, _ in _UNIT_ROWS if u})
_UNIT_FACTORS = MappingProxyType({w: Decimal(s) for w, u, s, _ in _UNIT_ROWS if s and u})
_CHANGE_UNITS = frozenset(w for w, *_, change in _UNIT_ROWS if change == "yes")
_MEASURE_ROWS = vocab.rows("measure_words", _ZH)
MEASURE_WORDS = frozenset(w for w, *_ in _MEASURE_ROWS)
SELF_COUNTED = frozenset(w for w, noun, _ in _MEASURE_ROWS if noun == "yes")
_NUMERAL_MEASURES = frozenset(w for w, _, numeral in _MEASURE_ROWS if numeral == "yes")
# A size that classes what follows it (3000万元以上的项目, 20万人以上的城市) is written in a unit or a counted noun;
# after a classifier (10个以上项目) or a rate (80%以上村卫生室) the figure counts or measures the noun itself.
_THRESHOLD_UNITS = frozenset(w for w, u in UNITS.items() if u not in ("%", "pp", "times")) | SELF_COUNTED

_QUALIFIER_ROWS = vocab.rows("qualifiers", _ZH)
_Q_BEFORE = MappingProxyType({w: q for w, q, place, *_ in _QUALIFIER_ROWS if place == "before"})
_Q_AFTER = MappingProxyType({w: q for w, q, place, *_ in _QUALIFIER_ROWS if place == "after"})
_NOT_AFTER = MappingProxyType({w: na for w, _, _, na, _ in _QUALIFIER_ROWS if na})
_NOT_BEFORE = MappingProxyType({w: nb for w, *_, nb in _QUALIFIER_ROWS if nb})
_Q_BEFORE_LONGEST = max(map(len, _Q_BEFORE))
_Q_BEFORE_LAST = frozenset(w[-1] for w in _Q_BEFORE)
_THRESHOLD_WORDS = tuple(w for w in _Q_AFTER if w.endswith(("以上", "以下")))
_THRESHOLD_LAST = frozenset(w[-1] for w in _THRESHOLD_WORDS)   # one look before the str.endswith of them all

_NAME_WORDS = vocab.column("name_words", "type", _ZH)
_RANK_CUES = vocab.words("rank_cues", _ZH)
_RANK_ENTRY = re.compile(rf"(?:{alternation(vocab.words('rank_entry_words', _ZH))})[^，。；：、\n]{{0,6}}$")
_AMONG_FIRST = re.compile(alternation(vocab.words("among_first_words", _ZH)))   # 前3位, 前50强
_PARTICLES = "".join(vocab.words("particles", _ZH))
_AMONG_FIRST_OPENERS = "".join(vocab.words("among_first_openers", _ZH))
_FRAME_BEFORE = (vocab.where("time_words", "use", "past", _ZH) + vocab.where("time_words", "use", "next", _ZH)
                 + tuple(vocab.words("frame_words", _ZH)))

# --- the patterns --------------------------------------------------------------------------------

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:[.．]\d+)?(?!\d)|\d+(?:[.．]\d+)?"
_UNIT_RE = alternation(list(UNITS) + list(MEASURE_WORDS))
_SCALE_RE = alternation(SCALES)
# 1000多万人, 500余家: more than the number (余额 is a balance, no hedge)
_MORE_ROWS = vocab.rows("more_words", _ZH)
_MORE = "|".join(re.escape(w) + (f"(?![{re.escape(nb)}])" if nb else "") for w, nb in _MORE_ROWS)
# A scale's first character is looked for before the units it must not open (万元 is a unit, 万 a scale): most
# figures have none, and one class is quicker to try than every unit
_SCALE_FIRSTS = "".join(sorted({re.escape(w[0]) for w in SCALES}))
_TAIL = re.compile(rf"(?P<m1>{_MORE})?(?:(?=[{_SCALE_FIRSTS}])(?!{_UNIT_RE})(?P<scale>{_SCALE_RE}))?"
                   rf"(?P<m2>{_MORE})?(?P<unit>{_UNIT_RE})?")


# The characters a tail can open with: where none stands after a number (a mark, a word), the tail is empty
# without a pattern call (about 4.5k instructions, its unit trie tried one branch at a time).
_TAIL_FIRSTS = frozenset(w[0] for w in list(UNITS) + list(MEASURE_WORDS) + list(SCALES)) | frozenset(
    w[0] for w, _ in _MORE_ROWS)
# The one-character units no other word of a tail opens with (%, 家, 倍): the whole tail where one stands, as
# the pattern reads it, with no pattern call; a third of a report's figures end so.
_LONE_UNITS = frozenset(
    w for w in list(UNITS) + list(MEASURE_WORDS)
    if len(w) == 1 and sum(u.startswith(w) for u in set(UNITS) | MEASURE_WORDS | set(SCALES)) == 1
    and not any(m.startswith(w) for m, _ in _MORE_ROWS))
# 到, 至: after a from-word, the figure a level moved to, not a range's top; longest first for str.startswith
_TO_WORDS = tuple(sorted(vocab.words("to_words", _ZH), key=lambda w: (-len(w), w)))
# what joins the two ends of a range: dashes and tildes, and the one-character to-words (3至5年, 5%到5.5%)
_SEP_CHARS = "-－—–~～" + "".join(w for w in _TO_WORDS if len(w) == 1)
_SEP = rf"——|[{re.escape(_SEP_CHARS)}]"
_FROM_WORDS = vocab.words("from_words", _ZH)   # 由, 从: a level moving from this figure to another
_RANGE_TAIL = re.compile(rf"(?P<sep>{_SEP})(?P<num2>{_NUMBER})" + _TAIL.pattern.replace("?P<", "?P<r_"))
_QPOST = re.compile(alternation(_Q_AFTER))
_QPOST_FIRSTS = frozenset(w[0] for w in _Q_AFTER)
_FAN = re.compile(rf"翻了?(?P<fn>{_CN_DIGITS})番(?P<fm>多)?")   # 翻一番: doubled
_NUMERIC_AT = re.compile(_NUMBER)

# Specials read at a number's start: dates and years, names and classes, section markers, alphanumeric names.
_YEAR_AT = re.compile(rf"(?P<y>\d{{4}})年?(?:\s*(?:{_SEP})\s*(?P<y2>\d{{4}})年?)?(?:年度?)?")
_MONTH_DAY = r"(?P<mo>\d{1,2})(?:(?:" + _SEP + r")\d{1,2})?月(?:份|底|末|初|上旬|中旬|下旬|(?P<day>\d{1,2})(?:(?:" + _SEP + r")\d{1,2})?日)?"
_DATE_AT = re.compile(rf"(?:\d{{4}}年)?{_MONTH_DAY}")
_NAME_AFTER = re.compile(rf"(?:{_NUMBER}|{_CN}+)(?P<w>{alternation(_NAME_WORDS)})")
_ALNUM = re.compile(r"[A-Za-z\d.．]*\d[A-Za-z\d.．]*(?:[+＋×*][A-Za-z\d.．]+)*")
_LINE_MARKER = re.compile(r"\d{1,2}[.．、](?!\d)")
_PAREN_MARKER = re.compile(r"[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]")
_CN_LINE_MARKER = re.compile(r"[一二三四五六七八九十]{1,3}、")
_CN_YEAR = re.compile(r"[零〇○一二三四五六七八九]{4}年")
_CN_DATE = re.compile(r"[一二三四五六七八九十]{1,3}(?:季度|月(?:份|底|末|初|上旬|中旬|下旬)?)")
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]{1,3}是")
# 二十届二中、三中全会; 十一届七次、八次全会: the first of a list of plenary sessions
_PLENUM_LIST = re.compile(rf"{_CN}+[中次](?=、{_CN}+[中次](?:全会|全体会议|会议))")
# (pattern, type, the characters that can follow its numerals) of the numerals that name: 二〇〇五年, 二是, 二中
_NUMERAL_SPECIALS = ((_CN_YEAR, "year", "年"), (_ENUMERATOR, "ordinal_name", "是"), (_PLENUM_LIST, "ordinal_name", "中次"))
_DASHES = "-－—–"
_MINUS = "-−－"
_BEFORE_LAST = _Q_BEFORE_LAST | frozenset(_MINUS)   # what ends a hedge or a sign written before a number
_PAGE_MARK = re.compile(r"[-－—–][ \t]*\d{1,3}[ \t]*[-－—–][ \t\u3000]*(?=\n|$)")
_PAGE = re.compile(r"[ \t\u3000]*[-－—–]?[ \t]*\d{1,3}[ \t]*[-－—–]?[ \t\u3000]*(?=\n|$)")
_BLANKS = " \t\u3000\u00a0\ufeff"
# Stretches a number inside is no quantity: short quotations (“十四五”, “3533”), titles (《…2025》), and
# the numbered slogans written without quotation marks.
_QUOTE_MARKS = (("“", "”"), ('"', '"'), ("「", "」"))   # each quotation's opening and closing mark
_QUOTE_LONGEST = 30
_TITLE_MARKS = ("《", "》")
_TITLE_LONGEST = 60
# The marks the quotations and titles are found among: their own and the line break.
_ZONE_MARKS = "".join(a + b for a, b in _QUOTE_MARKS + (_TITLE_MARKS,)) + "\n"
_SLOGAN_WORDS = vocab.words("slogans", _ZH)
_SLOGANS = re.compile(alternation(_SLOGAN_WORDS))
# The first two characters of every slogan: a slogan is looked for only where a numeral opens them, so
# each must be numbered, its numeral first.
_SLOGAN_OPENINGS = frozenset(w[:2] for w in _SLOGAN_WORDS)
if any(len(w) < 2 or w[0] not in NUMERALS for w in _SLOGAN_WORDS):
    raise ValueError("slogans.csv: every slogan opens with a numeral and goes on after it")
# The numerals that do not make a quotation or a title a numbered name (一, 万, 亿): numerals.csv says which.
_NOT_COUNTS = "".join(w for w, *_, names in _NUMERAL_ROWS if names == "no")
_OPENING_PAIRS = np.array(sorted(ord(w[0]) << 16 | ord(w[1]) for w in _SLOGAN_OPENINGS), dtype=np.uint32)
_OPENING_PAIRS.flags.writeable = False   # shared by every reading: never changed after import
_CHANGE_VERBS = alternation(vocab.where("change_words", "form", "verb", _ZH))
_CHANGE_BEFORE = re.compile(rf"(?:{_CHANGE_VERBS})了?$")
_RANK_BEFORE = re.compile(rf"(?:{alternation(_RANK_CUES)})[^，。；：、\n]{{0,6}}$")
# After a number of years: 五年来, 五年累计, 五年增长1倍: the years the figure after it covers; 前三年分别上升
# 4.9%、5.5%、0.2%: the years a list after it is spread over.
_FRAME_AFTER = (("来", "以来", "间", "累计", "共", "平均", "年均") + tuple(vocab.where("change_words", "form", "verb", _ZH))
                + tuple(vocab.words("respectively_words", _ZH)))
_FRAME = re.compile(rf"(?:{alternation(_FRAME_BEFORE)})(?:的)?$")
# The CJK ideographs' first and last: a character is told one by comparing it with them, where a pattern
# call ([\u4e00-\u9fff]) costs ten times more
_CJK_FIRST, _CJK_LAST = "\u4e00", "\u9fff"
# A unit after a round level in numerals (突破千亿元): a currency or measure of its own, not a classifier
_UNIT_AT = re.compile(alternation(UNITS))
_MARK_WORDS = tuple(vocab.words("mark_words", _ZH))


def _decimal(surface: str) -> Decimal | None:
    try:
        return Decimal(surface if surface.isascii() and "," not in surface
                       else surface.translate(_FULL).replace(",", ""))
    except InvalidOperation:
        return None


# The longest whole number read as a Python int rather than a Decimal: an int times the scales, the unit
# factors and 100 is exact, as the Decimal product is while its significant digits fit the context's 28, so
# both convert to the same float (each conversion rounds the exact value correctly). A Decimal costs about
# 3.3k instructions to make and more to multiply and convert; most figures are whole.
_INT_DIGITS = 15


def numeral_value(s: str) -> int | None:
    """The value of a Chinese numeral (三 3, 十二 12, 一千二百 1200, 两万 20000, 二〇〇五 2005), None if it
    is no numeral or only a run of digits that is not a year (三五: three or five)."""
    if not s or not _NUMERAL_SET.issuperset(s):   # set tests of the characters, in C: no generator per call
        return None
    if _MULTIPLIERS.isdisjoint(s):
        if len(s) == 1:
            return NUMERALS[s]
        return int("".join(str(NUMERALS[ch]) for ch in s)) if len(s) == 4 else None
    total, section, digit = 0, 0, None
    for ch in s:
        v = NUMERALS[ch]
        if ch not in _MULTIPLIERS:
            if v == 0:
                continue      # 一百零五: 零 holds an empty place
            if digit is not None:
                return None   # two digits in a row: 三五十
            digit = v
        elif v >= 10000:
            section = (section + (digit or 0)) * v if section or digit else v
            total, section, digit = total + section, 0, None
        else:
            section += (1 if digit is None else digit) * v
            digit = None
    return total + section + (digit or 0)


# A stretch whose numbers are no quantities, (start, end, kind): it becomes one mention of its type. A plain
# tuple: a report has a hundred, and a named tuple's __new__ is a Python call (about 2.5k instructions).
_Zone = tuple[int, int, str]
_NO_ZONE = (sys.maxsize, sys.maxsize, "")   # past every text's end: the walk along the zones ends on it


def _zones(text: str, marks: _Marks, numeral_at: np.ndarray) -> list[_Zone]:
    """Quotations and titles holding a number, and the numbered slogans, in text order, not overlapping.
    Quotations and titles are found among the text's marks (`marks`), each holding a number where a
    count stands between its marks; slogans are tried only where a numeral opens one: a pattern tried at
    each quotation mark, and a search of each quotation for a number, cost several times more."""
    counts = _count_at(marks)
    # (start, minus the end, source, kind): sorted as they stand, the longest first of those starting
    # together, and of one span the quotation before the title before the slogan, with no key function
    found = [(q + 1, 1 - c, 0, "slogan") for q, c in _quotations(marks, counts)]
    starts, ends = _between(marks, *_TITLE_MARKS, _TITLE_LONGEST)
    found += [(q + 1, 1 - c, 1, "word_use") for q, c in _holding(starts, ends, counts)]
    found += [(m.start(), -m.end(), 2, "slogan") for m in matches_at(_SLOGANS, text, _openings(text, marks, numeral_at))]
    found.sort()
    out: list[_Zone] = []
    after = 0
    for start, minus_end, _, kind in found:
        if start >= after:
            after = -minus_end
            out.append((start, after, kind))
    return out


def _quotations(marks: _Marks, counts: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each quotation holding a count, as a pattern of each pair of marks around up to
    _QUOTE_LONGEST characters finds them, tried at every opening mark in order: a quotation that opens inside
    one found before is none (the closing " of "…")."""
    found = [_between(marks, opening, closing, _QUOTE_LONGEST) for opening, closing in _QUOTE_MARKS]
    starts = np.concatenate([q for q, _ in found])
    order = np.argsort(starts)
    ends = np.concatenate([c for _, c in found])[order]
    starts = starts[order]
    if (starts[1:] >= ends[:-1]).all():
        return _holding(starts, ends, counts)   # most texts: no quotation opens inside another
    kept, after = [], 0
    for q, c in zip(starts.tolist(), ends.tolist()):
        if q >= after:
            kept.append(q)
            after = c
    kept = np.array(kept, dtype=np.int64)
    return _holding(kept, ends[np.searchsorted(starts, kept)], counts)


def _between(marks: _Marks, opening: str, closing: str, longest: int) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of every stretch opening…closing on one line with 1 to `longest` characters between,
    none of the two marks: where the pattern opening[^opening closing newline]{1,longest}closing matches
    at an opening mark. The mark after an opening one among these three is the only one that can close it."""
    code = marks.code
    chosen = (code == ord(opening)) | (code == ord(closing)) | (code == ord("\n"))
    at, code = marks.at[chosen], code[chosen]
    i = np.flatnonzero(code[:-1] == ord(opening))
    q, c = at[i], at[i + 1]
    ok = (code[i + 1] == ord(closing)) & (c - q >= 2) & (c - q <= longest + 1)
    return q[ok], c[ok] + 1


def _count_at(marks: _Marks) -> np.ndarray:
    """Where a character that numbers a quotation or a title stands, in order: a digit of any script, or a
    numeral but those of _NOT_COUNTS."""
    kind = marks.kind
    counted = (kind == _RUN_DIGIT) | (kind == _OTHER_DIGIT) | (kind == _RUN_NUMERAL)
    for ch in _NOT_COUNTS:
        counted &= marks.code != ord(ch)
    return marks.at[counted]


def _holding(starts: np.ndarray, ends: np.ndarray, counts: np.ndarray) -> list[tuple[int, int]]:
    """The stretches (start, end) a count stands in."""
    held = np.searchsorted(counts, starts) < np.searchsorted(counts, ends)
    return list(zip(starts[held].tolist(), ends[held].tolist()))


def _openings(text: str, marks: _Marks, numeral_at: np.ndarray) -> list[int]:
    """Where a numeral opens the first two characters of a slogan, in order: the pairs of characters after
    each numeral are compared at once, and the few alike read again as text."""
    at = numeral_at[numeral_at + 1 < len(marks.codes)]
    pairs = marks.codes[at].astype(np.uint32) << 16 | marks.codes[at + 1]
    alike = _OPENING_PAIRS[np.minimum(np.searchsorted(_OPENING_PAIRS, pairs), len(_OPENING_PAIRS) - 1)] == pairs
    return [i for i in at[alike].tolist() if text[i:i + 2] in _SLOGAN_OPENINGS]


def find_mentions(text: str, paragraphs=()) -> list[Mention]:
    """All number expressions in `text`, in order, non-overlapping, covering every digit.

    `paragraphs` is taken for the same call as the English reader; Chinese quotation marks open and
    close with distinct characters, so quotations are paired within a line without it."""
    marks = _marks(text)
    digits, runs, numeral_at, other_digits = _runs(marks)
    zones = _zones(text, marks, numeral_at) + [_NO_ZONE]
    out: list[Mention] = []
    covered, z = 0, 0
    for p, e, kind in runs:
        if p < covered:
            continue
        is_digit = _IS_DIGIT[kind]
        while zones[z][1] <= p:   # the runs come in order: the zone a run may fall in is the first not ended
            z += 1
        if zones[z][0] <= p:
            found, covered = _in_zone(text, zones[z], p, e, is_digit, covered)
            out.extend(found)
            continue
        men = _doubled(text, p, e) if is_digit is None else _read_token(text, p, e, is_digit, covered)
        if men is not None:
            out.append(men)
            covered = men.end
    # every digit lies in a mention, those of other scripts too ('٠', '१'), which no rule here reads; a text
    # holding none has no digit runs but those found already
    return _cover_stray_digits(out, digit_runs(text) if other_digits else digits, text)


def _in_zone(text: str, zone: _Zone, p: int, e: int, is_digit: bool | None, covered: int) -> tuple[list[Mention], int]:
    """The mentions of a quotation, title or slogan a run falls in, and where they end: the zone as one
    non-claim, but a 翻番 in it is a growth of its own (“两个翻番”: the slogan before it, then the doubling)."""
    start, zone_end, kind = zone
    if is_digit is None:
        out = [_plain(text, start, p, kind)] if covered <= start < p else []
        return out + [_doubled(text, p, e)], max(covered, zone_end)
    cut = text.find(_DOUBLED, p, zone_end)
    end = cut if cut > 0 else zone_end
    out = [_plain(text, start, end, kind)] if start >= covered else []
    return out, max(covered, end)


# The characters a Chinese numeral that is a mention can stand after or before: a cheap test that lets
# most numerals, which stand inside a word, go unread.
_AFTER_NUMERAL = frozenset(w[0] for w in list(UNITS) + list(MEASURE_WORDS) + list(_NAME_WORDS)) | frozenset(
    "是、季月中大年）)多余")
_BEFORE_NUMERAL = frozenset("第（(翻届")
_NUMERAL_CHARS = "".join(NUMERALS)

_DOUBLED = "翻番"
_FAN_LAST = _DOUBLED[-1]


# --- the runs of digits and numerals -------------------------------------------------------------
# Each character of the text is given its kind by one look-up in a table of the Basic Multilingual Plane,
# and the runs are cut where the kind changes, over whole arrays: a Python step per digit or numeral (a
# str.find each, then joining them into runs and sorting those) and a pattern testing every character for
# a digit of another script cost several times more.
_RUN_DIGIT, _RUN_NUMERAL, _RUN_FAN, _OTHER_DIGIT, _MARK = 1, 2, 3, 4, 5
_IS_DIGIT = (None, True, False, None)   # a run's kind as _read_token takes it: None for a 翻番


def _kinds_table() -> np.ndarray:
    """The kind of every character of the Basic Multilingual Plane: a digit, a numeral, the 翻 of 翻番, a
    decimal digit of another script ('٣', '١'), a mark of a quotation or title or a line break, or none.
    Unicode writes each script's ten digits as ten code points in a row (a promise of its stability policy),
    so a look at every tenth code point finds them all."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for c in range(0x80, 0x10000, 10):
        ch = chr(c)
        if ch.isdecimal():
            zero = c - int(ch)
            table[zero:zero + 10] = _OTHER_DIGIT
    table[[ord(ch) for ch in DIGITS]] = _RUN_DIGIT
    table[[ord(ch) for ch in _NUMERAL_CHARS]] = _RUN_NUMERAL
    table[ord(_DOUBLED[0])] = _RUN_FAN
    table[[ord(ch) for ch in _ZONE_MARKS]] = _MARK
    table.flags.writeable = False
    return table


_KINDS = _kinds_table()
_BMP_END = 0xFFFF
_ANOTHER_DIGIT = ord("٠")   # the code a decimal digit beyond the plane is read as: a digit of another script


class _Marks(NamedTuple):
    """A text's code points, and where its digits, numerals, 翻 and marks stand, in order, with the kind and
    code point of each."""
    codes: np.ndarray
    at: np.ndarray
    kind: np.ndarray
    code: np.ndarray


def _marks(text: str) -> _Marks:
    """Where the text's digits, numerals, 翻 and quotation, title and line marks stand, with their kinds and
    code points: one look-up of every character in the read-only table of kinds, in numpy, rather than a
    str.find per character sought."""
    codes = _codes(text)
    kinds = _KINDS.take(codes)
    at = np.flatnonzero(kinds)
    return _Marks(codes, at, kinds[at], codes[at])


def _codes(text: str) -> np.ndarray:
    """The text's code points, one per character, those beyond the Basic Multilingual Plane read as U+FFFF
    (which is no character) or, for a decimal digit (mathematical digits, '𑁦'), as a digit of another
    script."""
    codes = code_points(text)
    if codes.dtype.itemsize == 2:
        return codes   # no character beyond the plane
    beyond = np.flatnonzero(codes > _BMP_END)
    digit = np.array([chr(c).isdecimal() for c in codes[beyond].tolist()], dtype=bool)
    codes = np.minimum(codes, _BMP_END)
    codes[beyond[digit]] = _ANOTHER_DIGIT
    return codes


def _spans(at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the runs of consecutive offsets in `at`."""
    if not at.size:
        return at, at
    cut = np.flatnonzero(np.diff(at) != 1)
    return np.concatenate((at[:1], at[cut + 1])), np.concatenate((at[cut], at[-1:])) + 1


def _runs(marks: _Marks):
    """(the digit runs as (start, end); every run of digits or of Chinese numerals, and each 翻番, as (start,
    end, kind), in order; where the numerals stand; whether a decimal digit of another script stands in
    the text). The runs are iterators, each read once."""
    at, kind, codes = marks.at, marks.kind, marks.codes
    digit_starts, digit_ends = _spans(at[kind == _RUN_DIGIT])
    numeral_at = at[kind == _RUN_NUMERAL]
    numeral_starts, numeral_ends = _spans(numeral_at)
    fan = at[kind == _RUN_FAN]
    fan = fan[codes[np.minimum(fan + 1, len(codes) - 1)] == ord(_DOUBLED[1])]
    starts = np.concatenate((digit_starts, numeral_starts, fan))
    order = np.argsort(starts)
    ends = np.concatenate((digit_ends, numeral_ends, fan + 2))[order]
    kinds_of = np.repeat(np.array([_RUN_DIGIT, _RUN_NUMERAL, _RUN_FAN], dtype=np.uint8),
                         (len(digit_starts), len(numeral_starts), len(fan)))[order]
    runs = zip(starts[order].tolist(), ends.tolist(), kinds_of.tolist())
    digits = zip(digit_starts.tolist(), digit_ends.tolist())
    return digits, runs, numeral_at, bool((kind == _OTHER_DIGIT).any())


def _doubled(text: str, p: int, e: int) -> Mention:
    """翻番 written without a numeral: doubled, a growth of 100%."""
    return Mention(p, e, text[p:e], None, 100.0, None, "%", "exact", p, e, True)


# Mentions are made with their fields in order (start, end, text, nonclaim_type, value, value_high, unit,
# qualifier, num_start, num_end, is_word, rank), not by keyword: keywords double what a dataclass's
# __init__ costs, and a report makes hundreds of mentions.
def _plain(text: str, a: int, b: int, kind: str | None) -> Mention:
    return Mention(a, b, text[a:b], kind, None, None, "", "exact", a, b)


def _read_token(text: str, p: int, e: int, is_digit: bool | None, floor: int) -> Mention | None:
    """The mention a run of digits or numerals starts, if any: a special first, then a quantity."""
    if is_digit:
        frac = _digit_fraction(text, p, floor) if text[e:e + 1] in _SLASHES else None
        if frac is not None:
            return frac
        n, value = _digit_number(text, p, e)   # the number the digits start: read once for both readings
        found = _digit_special(text, p, n, floor)
        if found is not None:
            return found
        return None if value is None else _quantity(text, p, n, value, floor, False)
    nxt = text[e:e + 1]
    if nxt not in _AFTER_NUMERAL and nxt != _FAN_LAST and text[p - 1:p] not in _BEFORE_NUMERAL:
        # 统一, 一体化, 万众: most numerals in a report stand inside a word, which this tells first (a
        # fraction's 分之 opens with a measure word, and a 翻番 has 翻 before its numeral or 番 after it)
        return None
    if nxt == _FRACTION_FIRST and text.startswith(_FRACTION, e):   # a str.startswith costs ten times the look
        found = _numeral_fraction(text, p, e, floor)
        if found is not None:
            return found
    if nxt == _FAN_LAST:   # 翻一番: a 翻番's numeral has 番 right after it
        fan = _FAN.match(text, max(floor, p - 2)) or _FAN.match(text, max(floor, p - 1))
        if fan is not None and fan.start("fn") == p:
            return _doubling(text, fan, floor)
    if nxt not in _AFTER_NUMERAL and text[p - 1:p] not in _BEFORE_NUMERAL:
        return None
    return _numeral_special(text, p, e, floor) or _numeral_quantity(text, p, e, floor)


_READ_ON = ",.．"   # the marks after a run of digits that _NUMBER may read on over (thousands, a decimal point)


def _digit_number(text: str, p: int, e: int) -> tuple[int, int | Decimal | None]:
    """(end, value) of the number the run of digits text[p:e] starts, as _NUMERIC_AT reads it: it ends at
    the run's end, unless a comma, a decimal point or a digit of another script follows, which only the
    pattern reads on (most numbers stand alone, and a pattern call costs ten times this look). Its value
    is an int where it is the run alone and short (see _INT_DIGITS), else its Decimal (None if it is
    none)."""
    nxt = text[e:e + 1]
    if nxt and (nxt in _READ_ON or nxt.isdecimal()):
        n = _NUMERIC_AT.match(text, p).end()
        if n > e:
            return n, _decimal(text[p:n])
    # the run alone: digits, ASCII or full-width, which int() reads as Decimal() does
    return e, int(text[p:e]) if e - p <= _INT_DIGITS else _decimal(text[p:e])


# --- fractions and percentages in words -------------------------------------------------------------
# 三分之一 (a third), 百分之六点五 (6.5 percent), 1／8: a fraction is read as a share in percent, so 三分之一 is
# 100/3 % (33.33…), the value a reader compares with a rate written in digits; 百分之六 is 6 %.
_FRACTION = "分之"
_FRACTION_FIRST = _FRACTION[0]
_CN_DECIMAL = re.compile(rf"(?P<int>{_CN}+)(?:点(?P<dec>{_CN_DIGITS}+))?")
_SLASHES = "／/"
_DIGIT_FRACTION = re.compile(r"(?P<n>\d{1,3})[／/](?P<d>\d{1,3})(?![\d／/])")


def _fraction(text: str, s: int, e: int, value: float, floor: int, is_word: bool) -> Mention:
    """A fraction or word percentage at text[s:e], with its hedges (近三分之一, 1/3以上)."""
    start, qualifier = _read_before(text, s, floor)
    end = e
    q = _QPOST.match(text, e)
    if q and not (q.group() in _NOT_BEFORE and text[q.end():q.end() + 1] and text[q.end()] in _NOT_BEFORE[q.group()]):
        qualifier, end = _Q_AFTER[q.group()], q.end()
    return Mention(start, end, text[start:end], None, value, None, "%", qualifier, s, e, is_word)


def _digit_fraction(text: str, p: int, floor: int) -> Mention | None:
    """1/3, 1／8: a share (not a date: no second slash)."""
    m = _DIGIT_FRACTION.match(text, p)
    if m is None or text[p - 1:p] in "／/" or (p and text[p - 1].isdigit()):
        return None
    n, d = int(m.group("n")), int(m.group("d"))
    if not 0 < n < d:
        return None
    return _fraction(text, p, m.end(), 100 * n / d, floor, is_word=False)


def _numeral_fraction(text: str, p: int, e: int, floor: int) -> Mention | None:
    """三分之一 (the numeral before 分之 is the denominator), 百分之六点五 (a percentage)."""
    after = e + len(_FRACTION)
    m = _CN_DECIMAL.match(text, after)
    if m is None:
        return None
    whole = numeral_value(m.group("int"))
    denominator = numeral_value(text[p:e])
    if not whole or not denominator:
        return None
    if denominator == 100:
        value = float(Decimal(f"{whole}.{''.join(str(NUMERALS[c]) for c in m.group('dec'))}") if m.group("dec")
                      else whole)
    elif m.group("dec") is None and whole < denominator:
        value = 100 * whole / denominator
    else:
        return None
    return _fraction(text, p, m.end(), value, floor, is_word=True)


# --- specials: numbers that are no quantity --------------------------------------------------------

def _line_start(text: str, p: int) -> bool:
    """Whether only blanks stand between the line's start and p."""
    k = p - 1
    while k >= 0 and text[k] in _BLANKS:
        k -= 1
    return k < 0 or text[k] == "\n"


def _digit_special(text: str, p: int, n: int, floor: int) -> Mention | None:
    """A date, year, ordinal, section marker, name or page number starting with the digits at p, of the
    number text[p:n]. Most figures follow a Chinese character and go on with a unit or a mark, before and
    after which no special stands: a set test each tells them, where the tests of every special cost more."""
    c0 = text[p - 1] if p else "\n"
    if c0 in _SPECIAL_BEFORE:
        found = _special_before(text, p, c0, floor)
        if found is not None:
            return found
    nxt = text[n:n + 1]
    if nxt and nxt not in _DATED_OR_NAMED_NEXT and (n - p > 4 or "月" not in text[n:n + 4]):
        return None
    return _dated_or_named(text, p, n)


def _special_before(text: str, p: int, c0: str, floor: int) -> Mention | None:
    """A special the character before the digits (c0) tells: a name with letters, a marker, 第's page or
    ordinal, a rank, a line's marker or a page number."""
    if c0.isascii() and c0.isalpha() or c0 == "\n" and p >= 2 and text[p - 2].isascii() and text[p - 2].isalpha():
        return _alnum(text, p, floor)   # G20, PM2.5, and a subscript broken onto its own line (M\n2\n)
    found = _opened_special(text, p, c0) if c0 in _OPENERS and p - 1 >= floor else None
    if found is None:
        if (c0 == "\n" or c0 in _BLANKS) and _line_start(text, p):   # a line's start has a break or blank before
            found = _line_special(text, p)
        elif c0 in _DASHES or c0 == " ":
            found = _page_mark(text, p, floor)
    return found


_OPENERS = "(（第" + _AMONG_FIRST_OPENERS    # a character before digits that may open a special


def _opened_special(text: str, p: int, c0: str) -> Mention | None:
    """A special the character before the digits opens: a marker (1), 第's page or ordinal, a rank 前3位."""
    if c0 in "(（":
        m = _PAREN_MARKER.match(text, p - 1)
        if m:
            return _plain(text, m.start(), m.end(), "section_marker")
    if c0 == "第":
        return _numbered(text, p)
    if c0 in _AMONG_FIRST_OPENERS and (_RANK_BEFORE.search(text, max(0, p - 11), p - 1)
                                       or _RANK_ENTRY.search(text, max(0, p - 11), p - 1)):
        e = _NUMERIC_AT.match(text, p).end()
        among = _AMONG_FIRST.match(text, e)
        if among is not None:   # 居全国前3位, 进入全国前50强: a rank among the first, at most the Nth
            return Mention(p - 1, among.end(), text[p - 1:among.end()], None, float(_decimal(text[p:e]) or 0),
                           None, "", "at_most", p, e, False, True)
    return None


def _numbered(text: str, p: int) -> Mention:
    """第 before the digits: a page (第12页) or an ordinal (第2批, 居全国第2位), never a quantity."""
    e = _NUMERIC_AT.match(text, p).end()
    if text.startswith("页", e):
        return _plain(text, p - 1, e + 1, "page_artifact")   # 第12页
    return _ordinal(text, p - 1, e)


def _line_special(text: str, p: int) -> Mention | None:
    """A section marker (1. or 1、) or page number starting a line: numbers of the layout, not of the text."""
    m = _LINE_MARKER.match(text, p)
    if m:
        return _plain(text, p, m.end(), "section_marker")
    m = _PAGE.match(text, p)
    if m:
        return _plain(text, p, m.end(), "page_artifact")
    return None


def _dated_or_named(text: str, p: int, e: int) -> Mention | None:
    """A date, year or name (2024年, 1月20日, 10号线, 5G), told by what follows the digits."""
    nxt = text[e:e + 1]
    # Cheap tests first: a date or year has 月 or 年 within a few characters, a name a listed word or a
    # letter or sign right after the digits.
    if e - p <= 4 and ("月" in text[e:e + 4] or nxt in "年度" or nxt in _SEP_CHARS):
        found = _dated(text, p)
        if found is not None:
            return found
    if nxt in _NAME_FIRST or nxt.isascii() and nxt.isalpha() or nxt in "+＋×*" or nxt == "." and text[e + 1:e + 2].isalpha():
        return _named(text, p)
    return None


def _page_mark(text: str, p: int, floor: int) -> Mention | None:
    """A page number between dashes on a line of its own (- 12 -, —12—)."""
    k = p - 1
    while k >= floor and text[k] in " \t\u3000":
        k -= 1
    if k < floor or text[k] not in _DASHES or not _line_start(text, k):
        return None
    m = _PAGE_MARK.match(text, k)
    return _plain(text, k, m.end(), "page_artifact") if m else None


def _alnum(text: str, p: int, floor: int) -> Mention:
    """A name written with letters and digits (5G, G20, PM2.5, 1+N, 2×30) as one word_use mention."""
    a = p
    while a - 1 >= floor and text[a - 1].isascii() and (text[a - 1].isalnum() or text[a - 1] in ".+"):
        a -= 1
    m = _ALNUM.match(text, p)
    return _plain(text, a, m.end() if m else p + 1, "word_use")


def _dated(text: str, p: int) -> Mention | None:
    """A year (2024年, 2024—2025年) or a date (1月20日, 2025年1月20日, 1—11月)."""
    m = _DATE_AT.match(text, p)
    if m and 1 <= int(m.group("mo")) <= 12 and text[p - 1:p] != "个" and (
            m.group("day") is None or 1 <= int(m.group("day")) <= 31):
        return _plain(text, p, m.end(), "date")
    m = _YEAR_AT.match(text, p)
    if m and (text[m.end() - 1] in "年度") and _year_like(m.group("y")) and (m.group("y2") is None or _year_like(m.group("y2"))):
        end = m.end()
        d = _DATE_AT.match(text, end)
        if d and 1 <= int(d.group("mo")) <= 12:
            return _plain(text, p, d.end(), "date")
        return _plain(text, p, end, "year")
    return None


def _year_like(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1900 <= int(s.translate(_FULL)) <= 2100


def _named(text: str, p: int) -> Mention | None:
    """A number that names or classes something (10号线, 75周年, 三级医院, 1+N, 5G)."""
    m = _NAME_AFTER.match(text, p)
    if m:
        return _plain(text, p, m.end(), _NAME_WORDS[m.group("w")])
    m = _ALNUM.match(text, p)
    if m and (m.end() < len(text) and text[m.end()].isascii() and text[m.end()].isalpha()
              or any(ch in m.group() for ch in "+＋×*") or re.search(r"\d[A-Za-z]", m.group())):
        if not _UNIT_LETTERS.match(text, _NUMERIC_AT.match(text, p).end()):
            return _plain(text, p, m.end(), "word_use")
    return None


_NAME_FIRST = frozenset(w[0] for w in _NAME_WORDS)
# The characters before digits that _special_before reads (the text's start reads as a line break), and
# those after them that open a date, a year or a name (with 月 within four characters).
_SPECIAL_BEFORE = frozenset(string.ascii_letters + "\n" + _BLANKS + _DASHES + " " + _OPENERS)
_DATED_OR_NAMED_NEXT = frozenset("年度" + _SEP_CHARS + "+＋×*." + string.ascii_letters) | _NAME_FIRST
_UNIT_LETTERS = re.compile(r"(?:km²|km2|m²|m2|kg)(?![A-Za-z])")


_ORDINAL_TAIL = re.compile(r"[位名批届次个项条家所]")


def _ordinal(text: str, a: int, e: int) -> Mention:
    """第… : an ordinal name (第一, 第二批), or a rank after a rank word (居全国第2位, 排名第一)."""
    tail = _ORDINAL_TAIL.match(text, e)
    end = tail.end() if tail else e
    rank = bool(_RANK_BEFORE.search(text, max(0, a - 10), a)) or bool(tail and tail.group() in "位名")
    if not rank:
        return _plain(text, a, end, "ordinal_name")
    digits = text[a + 1:e]
    value = numeral_value(digits) if not digits[0].isdigit() else _decimal(digits)
    return Mention(a, end, text[a:end], None, float(value or 0), None, "", "exact", a + 1, e,
                   not digits[0].isdigit(), True)


def _numeral_special(text: str, p: int, e: int, floor: int) -> Mention | None:
    """A Chinese numeral that names, numbers or dates (第三, 一、, 二是, 十四届, 二〇〇五年, 三季度), the run of
    numerals at text[p:e]. Each pattern is tried only where the character after the run can go on it: a
    pattern's numerals are all in the run, so what follows them follows the run."""
    c0 = text[p - 1] if p else "\n"
    if c0 == "第" and p - 1 >= floor:
        return _ordinal(text, p - 1, e)
    if c0 == "届" and text[e:e + 1] in "次中":
        return _plain(text, p, e + 1, "ordinal_name")   # 十一届七次全会: the session of a congress
    if c0 in "(（" and p - 1 >= floor:
        q = _PAREN_MARKER.match(text, p - 1)
        if q:
            return _plain(text, p - 1, q.end(), "section_marker")
    nxt = text[e:e + 1]
    if nxt == "、" and _line_start(text, p) and _CN_LINE_MARKER.match(text, p):
        return _plain(text, p, _CN_LINE_MARKER.match(text, p).end(), "section_marker")
    for pattern, kind, after in _NUMERAL_SPECIALS:
        q = pattern.match(text, p) if nxt and nxt in after else None
        if q:
            return _plain(text, p, q.end(), kind)
    q = _CN_DATE.match(text, p) if nxt and nxt in "季月" else None
    if q and c0 not in "个数几" and (numeral_value(text[p:e]) or 0) <= 12:
        return _plain(text, p, q.end(), "date")
    q = _NAME_AFTER.match(text, p) if nxt in _NAME_FIRST else None
    if q and q.start("w") == e:
        return _plain(text, p, q.end(), _NAME_WORDS[q.group("w")])
    if nxt == "大" and ((numeral_value(text[p:e]) or 0) > 10 or text[max(0, p - 2):p] == "党的"):
        return _plain(text, p, e + 1, "ordinal_name")   # 党的二十大, 十八大以来: a party congress
    return None


# --- quantities ------------------------------------------------------------------------------------

def _scaled(value: int | Decimal, tail: tuple[int, str, str, str, str]) -> tuple[int | Decimal, str, bool]:
    """(value times its scale, the unit word, whether 多/余 follows) of one number's tail (as _tail_at gives it)."""
    _, m1, scale, m2, unit = tail
    if scale:
        value *= _SCALE_VALUES[scale]
    return value, unit, bool(m1 or m2) or "多" in unit


# A soft break between a number and its scale or unit: a zero-width mark or a line break inside a sentence
# (74.4\u200b万亿元, 74.4\n万亿元), which a copied text leaves where a page or a link wrapped the line.
_SOFT_GAP = re.compile(r"[ \t\u3000\r\u200b\u200c\u200d\ufeff]*(?:\n[ \t\u3000\r\u200b\u200c\u200d\ufeff]*){0,2}")
_SOFT_FIRSTS = "\u200b\u200c\u200d\ufeff \t\u3000\r\n"


def _tail_at(text: str, e: int, end: int | None = None) -> tuple[int, str, str, str, str]:
    """(end, 多 before the scale, scale, 多 after it, unit) of the tail after a number ending at e, '' for a
    part not written, across a soft break when one stands there; `end` bounds it as a pattern's endpos does.
    A tuple, not the match: its parts are then read by place, not looked up by group name."""
    stop = len(text) if end is None or end > len(text) else end
    c = text[e] if e < stop else ""
    if c in _LONE_UNITS:
        return e + 1, "", "", "", c
    if c in _TAIL_FIRSTS:
        return _tail_words(text, e, stop)
    if c and c in _SOFT_FIRSTS:   # no tail opens with a blank: one after a soft break may
        gap = _SOFT_GAP.match(text, e)
        if gap.end() > e:
            after = _tail_words(text, gap.end(), stop)
            soft = any(ch in text[e:gap.end()] for ch in "\n\u200b\u200c\u200d\ufeff")
            # across blanks alone only a scale (39.8 万亿元), not a year's 年 (1980 年)
            if after[0] > gap.end() and (after[2] or soft and after[4]):
                return after
    return e, "", "", "", ""   # most figures end at a mark or a word no tail opens: one look, no pattern call


def _tail_words(text: str, i: int, stop: int) -> tuple[int, str, str, str, str]:
    """The tail _TAIL matches at i, with text[stop:] unseen: (end, m1, scale, m2, unit), '' for a part
    not matched."""
    if i >= stop or text[i] not in _TAIL_FIRSTS:
        return i, "", "", "", ""
    tail = _TAIL.match(text, i, stop)
    return (tail.end(),) + tail.groups("")


def _read_after(text: str, e: int, value: int | Decimal,
                after_from: bool = False) -> tuple[int, int | Decimal, int | Decimal | None, str, str]:
    """(end, value, range top, unit word, qualifier): the scale, unit, range and trailing hedge after a
    number ending at e. After 由 or 从 (`after_from`), 到 and 至 join no range: 由12.5亿元到36.4亿元 is a
    level moving to another, two figures."""
    c = text[e:e + 1]
    if c in _LONE_UNITS:   # as _tail_at reads it, without the call
        end, m1, scale, m2, unit = e + 1, "", "", "", c
    else:
        end, m1, scale, m2, unit = _tail_at(text, e)
    if scale:   # _scaled written out: a call per figure saved
        value *= _SCALE_VALUES[scale]
    more, high = bool(m1 or m2) or "多" in unit, None
    if end < len(text) and text[end] in _SEP_CHARS and not (after_from and text.startswith(_TO_WORDS, end)):
        r = _RANGE_TAIL.match(text, end)
        if r is not None:
            got = _range(value, unit, bool(scale), r)
            if got is not None:
                value, high, unit = got
                end = r.end()
                more = more or bool(r.group("r_m1") or r.group("r_m2"))
    qualifier = "more_than" if more else "exact"
    # a hedge after the figure is looked for only where one of its first characters stands: most have none
    q = _QPOST.match(text, end) if text[end:end + 1] in _QPOST_FIRSTS else None
    if q and not (q.group() in _NOT_BEFORE and text[q.end():q.end() + 1] and text[q.end()] in _NOT_BEFORE[q.group()]):
        qualifier, end = _Q_AFTER[q.group()], q.end()
    return end, value, high, unit, qualifier


def _range(low: int | Decimal, unit: str, scaled: bool,
           r: re.Match) -> tuple[int | Decimal, int | Decimal, str] | None:
    """(low, high, unit) of a range (5%—5.5%, 3—5个百分点, 8—10万), or None if the second number is no top."""
    high = _decimal(r.group("num2"))
    if high is None:
        return None
    high, unit2, _ = _scaled(high, (r.end(), *(g or "" for g in r.group("r_m1", "r_scale", "r_m2", "r_unit"))))
    if unit and unit2 and UNITS.get(unit, unit) != UNITS.get(unit2, unit2) or unit and not unit2:
        return None
    if not scaled and r.group("r_scale"):
        low *= _SCALE_VALUES[r.group("r_scale")]
    if high <= low:
        return None
    return low, high, unit2 or unit


def _read_before(text: str, s: int, floor: int) -> tuple[int, str]:
    """Where a hedge written before the number starts (约, 超过, 不低于), and its qualifier; a minus sign
    right after a word (增长-2.5%) is the number's own, and the mention starts with it."""
    if (text[s - 1] if s else "") not in _BEFORE_LAST:
        return s, "exact"   # most numbers have no hedge or sign before them: one look at the character before
    if s - 1 >= floor and text[s - 1] in _MINUS and (s - 2 < 0 or _CJK_FIRST <= text[s - 2] <= _CJK_LAST):
        return s - 1, "exact"
    if text[s - 1] not in _Q_BEFORE_LAST:
        return s, "exact"
    for k in range(min(_Q_BEFORE_LONGEST, s - floor), 0, -1):
        word = text[s - k:s]
        q = _Q_BEFORE.get(word)
        if q is None:
            continue
        if word in _NOT_AFTER and s - k > 0 and text[s - k - 1] in _NOT_AFTER[word]:
            continue
        return s - k, q
    return s, "exact"


def _numeral_quantity(text: str, s: int, e: int, floor: int) -> Mention | None:
    """A Chinese numeral that counts (三所, 两个, 十大, 一千万元, 增长一倍), the run of numerals at text[s:e];
    None where it quantifies nothing."""
    run = text[s:e]
    value = numeral_value(run)
    if value is None or value == 0 or _MULTIPLIERS.issuperset(run) and run != "十" \
            and not _round_level(text, s, e, floor):
        return None   # 万众, 千方百计, 零部件: no count
    tail_end, _, scale, _, unit = _tail_words(text, e, len(text))
    if not unit or scale or (unit in MEASURE_WORDS and unit not in _NUMERAL_MEASURES):
        return None
    if run == "一" and UNITS.get(unit, "year") in ("year", "month", "day"):
        return None   # 一个, 一批, 关键一年: "a", not a count; 提高一个百分点, 增长一倍 are figures
    if text[s - 1:s] in "初周星之其" and s:
        return None
    if unit == "个" and text[tail_end:tail_end + 1] in "“\"":
        return _plain(text, s, tail_end, "slogan")   # 两个“一百年”
    return _quantity(text, s, e, value if value < 10 ** _INT_DIGITS else Decimal(value), floor, True)


def _round_level(text: str, s: int, e: int, floor: int) -> bool:
    """Whether numerals that are all scale (千亿, 百亿) at text[s:e] write a level crossed (突破千亿元大关,
    迈上百亿元台阶, 总量超千亿元。): a hedge right before, a unit right after, and a clause's end or a mark word
    after the unit. Before any other noun such a level classes it (千亿元产业集群, 超百亿元企业), and without a
    hedge it names a class or a slogan (千亿级, 打造千亿元产业), so neither is a figure."""
    if _read_before(text, s, floor)[0] == s:
        return False
    unit = _UNIT_AT.match(text, e)
    if unit is None:
        return False
    nxt = text[unit.end():unit.end() + 1]
    return not nxt or not _CJK_FIRST <= nxt <= _CJK_LAST or text.startswith(_MARK_WORDS, unit.end())


def _doubling(text: str, m: re.Match, floor: int) -> Mention:
    """翻一番 (doubled: a growth of 100%), 翻两番 (quadrupled: 300%)."""
    n = numeral_value(m.group("fn")) or 1
    start, qualifier = _read_before(text, m.start(), floor)
    return Mention(start, m.end(), text[start:m.end()], None, float((2 ** n - 1) * 100), None, "%",
                   "more_than" if m.group("fm") else qualifier, m.start("fn"), m.end("fn"), True)


def _quantity(text: str, s: int, e: int, value: int | Decimal, floor: int, is_word: bool) -> Mention:
    """A number with its hedge, scale, unit and range, typed: a candidate, or a non-claim it reads as."""
    if (text[s - 1] if s else "") in _BEFORE_LAST:
        start, qualifier = _read_before(text, s, floor)
    else:
        start, qualifier = s, "exact"   # most figures: no hedge or sign before them, and no call to say so
    end, low, high, unit_word, after_qualifier = _read_after(text, e, value, text[start - 1:start] in _FROM_WORDS)
    if after_qualifier != "exact":
        qualifier = after_qualifier
    # `in` and [] rather than .get: a mapping proxy's get is a method call on the dictionary behind it
    unit = UNITS[unit_word] if unit_word in UNITS else ""
    if unit_word in _UNIT_FACTORS:
        factor = _UNIT_FACTORS[unit_word]
        low, high = low * factor, high * factor if high is not None else None
    if unit_word in _CHANGE_UNITS and _CHANGE_BEFORE.search(text, max(0, start - 4), start):
        unit, low, high = "%", low * 100, high * 100 if high is not None else None   # 增长1.5倍: +150%
    surface = text[start:end]
    kind = _nonclaim(text, start, end, surface, s, e, is_word, high, unit, qualifier, unit_word)
    return Mention(start, end, surface, kind, float(low), float(high) if high is not None else None,
                   unit, qualifier, s, e, is_word)


def _nonclaim(text: str, start: int, end: int, surface: str, s: int, e: int, is_word: bool, high, unit: str,
              qualifier: str, unit_word: str) -> str | None:
    """The non-claim type of a quantity text[start:end] (`surface`) whose number is text[s:e], or None for a
    candidate: a bare year (到2035), a frame of years (过去5年, 五年来), a threshold that classes what follows
    (3000万元以上的项目, 60岁以上老人), a per-unit base (每万人). Read before its mention is made, from the
    mention's parts: the mention is then made whole, its type not set after."""
    if not unit_word:
        if e - s == 4 and (not is_word and end == e or high is not None) and _year_like(text[s:e]):
            return "year"
    elif unit == "year" and unit_word == "年" and (
            _FRAME.search(text, max(0, s - 4), s) or text.startswith(_FRAME_AFTER, end)):
        return "other"   # the years a claim covers, not a claim (近五年: 近 is the frame's word, no hedge)
    if start and text[start - 1] == "每":
        return "word_use"
    nxt = text[end:end + 1]
    if unit_word in _THRESHOLD_UNITS and nxt and (nxt in _PARTICLES or _CJK_FIRST <= nxt <= _CJK_LAST) \
            and surface[-1] in _THRESHOLD_LAST and surface.endswith(_THRESHOLD_WORDS):
        return "word_use"
    if qualifier == "more_than" and nxt and nxt in _PARTICLES and unit in ("CNY", "USD"):
        return "word_use"   # 超500亿元的支柱产业
    return None


def measure_word(text: str, men: Mention) -> str:
    """The unit or measure word written after a mention's number (元, 个百分点, 家, 人), or ''."""
    return _tail_at(text, men.num_end, men.end)[4]
