"""Every number expression in a report, read as written and typed.

A mention is either a candidate quantity (the claims stage decides what it
quantifies) or a non-claim with a type: year, date, ordinal_name,
section_marker, page_artifact, slogan, word_use or other. The mentions never
overlap, and every decimal digit of the text lies inside exactly one of them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Mapping, NamedTuple

from ..contract.categories import NONCLAIM_TYPES  # noqa: F401 (re-exported for readers)
from . import words as vocab
from .scan import digit_runs, find_words, lowered, matches_at, root_words
from .words import alternation, looks_plural


@dataclass
class Mention:
    start: int
    end: int
    text: str
    nonclaim_type: str | None          # None while it is a candidate quantity
    value: float | None = None
    value_high: float | None = None
    unit: str = ""
    qualifier: str = "exact"
    num_start: int = 0                  # where the number itself starts (after qualifier, currency)
    num_end: int = 0
    is_word: bool = False
    rank: bool = False


_MONTHS = f"(?:{alternation(vocab.words('months'))})"
_NAME_WORDS = alternation(vocab.words("name_words"))
_DIGIT_UNITS = alternation(w for w, unit, *_ in vocab.rows("units") if unit and w[0].isalpha() and any(ch.isdigit() for ch in w))
_SPECIALS: list[tuple[str, re.Pattern]] = [
    ("page_artifact", re.compile(r"(?:(?<=^)|(?<=[\s.!?;:,\"”]))[-—–][ ]?\d{1,3}[ ]?[-—–](?=[A-Z\s\"“]|$)")),
    ("page_artifact", re.compile(r"^[ \t\u00a0]*(?:Page[ \t]+)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t\u00a0]*$")),
    ("page_artifact", re.compile(r"\bPage\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b")),
    ("date", re.compile(r"(?<![\d.])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d])")),
    ("date", re.compile(rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\d)")),
    ("date", re.compile(rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\b(?:,?\s+\d{{4}})?")),
    ("date", re.compile(rf"\b{_MONTHS}\.?,?\s+\d{{4}}(?!\d)")),
    ("section_marker", re.compile(r"[(（]\d{1,2}[)）]")),
    ("section_marker", re.compile(r"^[ \t\u00a0]*\d{1,2}[.、．](?=[ \t]+[A-Z])")),
    ("word_use", re.compile(r"(?<![\w.])\d+G\b")),
    ("ordinal_name", re.compile(r"(?<![\w.])\d+(?:st|nd|rd|th)\b(?:\s+Five-Year\s+Plan)?", re.I)),
    ("ordinal_name", re.compile(r"\bNo\.\s?\d+(?:\.\d+)?\b")),
    ("ordinal_name", re.compile(rf"\b(?:{_NAME_WORDS})\s+\d+(?:\.\d+)*\b")),
    ("ordinal_name", re.compile(r"(?<![\w.])\d+[A-Z]\b(?:-(?:level|class|grade|star))?")),
    # "COVID-19", "A380"; but "RMB5 billion" is a currency written against its number, read as an amount.
    # A unit written with a digit ("500 m2", "3 km2") is no word either.
    ("word_use", re.compile(rf"\b(?!(?:RMB|CNY|USD)\d)(?!(?:{_DIGIT_UNITS})\b)[A-Za-z]+[-‐]?\d+(?:\.\d+)?[A-Za-z]*\b")),
    ("word_use", re.compile(r"(?<![\w.])\d+(?:\.\d+)?[A-Za-z]+\b")),
]

# a full-width stop before full-width digits ("４．５％", copied from a text set in a Chinese font) is a decimal point too
_NUMERIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+|．[０-９]+)?(?![\d])|\d+(?:\.\d+|．[０-９]+)?(?![\d])"


def _number_word_pattern(values: Mapping[str, int]) -> str:
    """'twenty-five', 'thirteen', 'two hundred', 'a hundred': the number words grouped by what they may combine with."""
    def of(lo: int, hi: int, step: int = 1) -> str:
        return alternation((k for k, v in values.items() if lo <= v <= hi and v % step == 0), fold=True)
    hundred = alternation((k for k, v in values.items() if v == 100), fold=True)
    thousand = alternation((k for k, v in values.items() if v == 1000), fold=True)
    units, teens, tens = of(1, 9), of(10, 19), of(20, 90, 10)
    return (rf"(?:(?:{tens})(?:[- ](?:{units}))?|{teens}|{units})(?:\s+(?:{hundred}|{thousand}))?"
            rf"|(?:a\s+)?(?:{hundred})|{thousand}")


NUMBER_WORDS = MappingProxyType({k: int(v) for k, v in vocab.column("number_words", "value").items()})
NUMBER_WORD_RE = _number_word_pattern(NUMBER_WORDS)

# Units and scales: one registry, read/en/units.csv. A scale multiplies the number ("5 million");
# a unit after the number or a currency before it gives the contract's unit id.
_UNIT_ROWS = vocab.rows("units")
SCALES = MappingProxyType({word.lower(): Decimal(scale) for word, _, scale, _, _ in _UNIT_ROWS if scale})
_UNIT_AFTER = MappingProxyType({word.casefold(): unit for word, unit, _, place, _ in _UNIT_ROWS
                                if unit and place in ("after", "either")})
CURRENCY_PREFIX = MappingProxyType({word.lower(): unit for word, unit, _, place, _ in _UNIT_ROWS
                                    if unit and place in ("before", "either")})
_WHOLE_WORDS = frozenset(word for word, *_, whole in _UNIT_ROWS if whole == "yes")
SCALE_RE = alternation((k for k, *_ in _UNIT_ROWS if k.lower() in SCALES), _WHOLE_WORDS, fold=True)
UNIT_RE = alternation((k for k, unit, _, place, _ in _UNIT_ROWS if unit and place in ("after", "either")), _WHOLE_WORDS, fold=True)
CURRENCY_PREFIX_RE = alternation((k for k, unit, _, place, _ in _UNIT_ROWS if unit and place in ("before", "either")), fold=True)
_PERCENT = tuple(k for k, unit, _, place, _ in _UNIT_ROWS if unit == "%" and place != "before")
_PERCENT_SIGNS = alternation((k for k in _PERCENT if not k[0].isalpha()), fold=True)
_PERCENT_WORDS = alternation((k for k in _PERCENT if k[0].isalpha()), fold=True)

_QUALIFIER_ROWS = vocab.rows("qualifiers")
_QUALIFIERS_AFTER = MappingProxyType({p: q for p, q, place in _QUALIFIER_ROWS if place == "after"})
_QPOST = alternation(_QUALIFIERS_AFTER, fold=True)
# "6.7-percent growth", "a 0.2-percentage-point increase": a rate's unit may be hyphened to its number.
_HYPHENED_UNITS = alternation((k for k, unit, _, place, _ in _UNIT_ROWS if unit in ("%", "pp") and place != "before"
                               and k[0].isalpha()), fold=True)
_AFTER_TAIL = (
    rf"(?:(?:[ \u00a0]|-(?=(?:{_HYPHENED_UNITS})))?(?P<unit>{UNIT_RE}))?"
    rf"(?:\s+(?P<qpost>{_QPOST})\b)?"
)
# "6 to 7 percent", "between 6 and 6.5 percent": the words that join two numbers into a range, and those
# that only join after a word opening the range ("between"), never two years
_RANGE_JOINS = vocab.where("range_words", "use", "join") + vocab.where("range_words", "use", "join_after_open")
_JOIN_AFTER_OPEN = frozenset(vocab.where("range_words", "use", "join_after_open"))
_RANGE_OPENS = vocab.where("range_words", "use", "open")
_JOIN_WORDS = frozenset(vocab.where("range_words", "use", "join"))
# "from 5 percent to 6 percent": after a from-word a few words back, "to" leads to another figure, no range's top
_FROM_BEFORE = re.compile(rf"\b(?:{alternation(vocab.where('range_words', 'use', 'from'), fold=True)})\s+(?:\S+\s+){{0,2}}$", re.I)
_OPEN_REACH = max(10, max(map(len, _RANGE_OPENS)) + 3)   # how far before a number its opening word may start
_AFTER_RANGE = re.compile(
    rf"(?P<u1>[ ]?(?:{_PERCENT_SIGNS})|[ ]+(?:{_PERCENT_WORDS})\b)?"
    rf"(?:[ \u00a0](?P<scale>{SCALE_RE}))?"
    rf"(?P<sep>[ ]?[-–—~～][ ]?|[ ]+(?:{alternation(_RANGE_JOINS, fold=True)})[ ]+)(?:(?:{CURRENCY_PREFIX_RE})[ ]?)?"
    rf"(?P<num2>{_NUMERIC}|\b(?:{NUMBER_WORD_RE})\b)"
    rf"(?:[ \u00a0](?P<scale2>{SCALE_RE}))?" + _AFTER_TAIL,
    re.I,
)
_RANGE_HINT = re.compile(rf"[-–—~～]|\b(?:{alternation(_RANGE_JOINS)})\b")
_OPEN_BEFORE = re.compile(rf"\b(?:{alternation(_RANGE_OPENS, fold=True)})\s+$", re.I)
_AFTER_SINGLE = re.compile(rf"(?:[ \u00a0](?P<scale>{SCALE_RE}))?" + _AFTER_TAIL, re.I)
_WORD_AFTER = re.compile(r"[ \u00a0]*[\"“]?([A-Za-z][A-Za-z&'-]*)")
_YEAR_LIKE = re.compile(r"^(?:19\d\d|20\d\d|2100)$")


def unit_of(surface: str) -> str:
    """The contract's unit id for a unit as written after a number ("sq. km" -> "km2"), or ""."""
    return _UNIT_AFTER.get(surface.strip().casefold(), "")


def number_value(surface: str) -> Decimal | None:
    """Decimal value of digits ("3,180", "4.021") or number words ("twenty-five", "two hundred")."""
    s = surface.strip().replace(",", "").replace("．", ".")
    if not s:
        return None
    if s[0].isdigit():
        try:
            return Decimal(s)
        except InvalidOperation:
            return None
    total, cur = 0, 0
    for tok in re.split(r"[\s-]+", s.lower()):
        if tok == "a":
            continue
        v = NUMBER_WORDS.get(tok)
        if v is None:
            return None
        if v in (100, 1000):
            cur = max(cur, 1) * v
            if v == 1000:
                total, cur = total + cur, 0
        else:
            cur += v
    return Decimal(total + cur)


def _find_all(text: str, ch: str) -> list[int]:
    out = []
    pos = text.find(ch)
    while pos != -1:
        out.append(pos)
        pos = text.find(ch, pos + 1)
    return out


def quoted_spans(text: str, paragraphs) -> list[tuple[int, int]]:
    """Spans inside quotation marks, paired within a paragraph; a stray quote is skipped."""
    spans = []
    marks = sorted(p for ch in "\"“”" for p in _find_all(text, ch))
    if not marks:
        return spans
    for a, b in paragraphs:
        i0 = bisect.bisect_left(marks, a)
        i1 = bisect.bisect_left(marks, b, i0)
        qs = marks[i0:i1]
        if len(qs) < 2:
            continue
        i = 0
        while i + 1 < len(qs):
            s, e = qs[i], qs[i + 1]
            inner = text[s + 1:e]
            if e - s <= 120 and not re.search(r"[.!?]\s+[A-Z]", inner):
                spans.append((s, e + 1))
                i += 2
            else:
                i += 1
    return spans


class _Spans:
    """Sorted, non-overlapping spans with an overlap test."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.ends, a + 1)
        return i < len(self.starts) and self.starts[i] < b

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def _inside(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_right(starts, a) - 1
    return i >= 0 and spans[i][0] <= a and b <= spans[i][1]


def _next_word(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text, pos, min(len(text), pos + 60))
    return m.group(1).lower() if m else ""


def _word_number_counts(text: str, m_start: int, m_end: int) -> bool:
    """A number word quantifies when it counts a plural noun or ends a 'rose to five' clause."""
    before = text[max(0, m_start - 20):m_start].lower()
    if _NOT_A_COUNT_BEFORE.search(before):
        return False
    word = text[m_start:m_end].lower()
    if word in ("one", "a hundred", "hundred", "thousand"):
        return False
    after = text[m_end:m_end + 60]
    if _CLAUSE_END_AFTER.match(after) and _LEVEL_VERB_BEFORE.search(before):
        return True
    # The counted noun may follow a few modifiers: "six national and provincial seed farms".
    words = _WORDISH.findall(after, 0, 60)
    for w in words[:5]:
        lw = w.strip("\"“”").lower()
        if lw in _COUNT_STOP_WORDS:
            return False
        if looks_plural(lw):
            return lw not in _MECHANISM_NOUNS   # "at two levels": how a mechanism is built, no count
    return False


_SPECIAL = re.compile("|".join(f"(?P<s{i}>{rx.pattern})" if not rx.flags & re.I else f"(?P<s{i}>(?i:{rx.pattern}))"
                                for i, (_, rx) in enumerate(_SPECIALS)), re.M)
_SPECIAL_TYPES = {f"s{i}": t for i, (t, _) in enumerate(_SPECIALS)}
_DIGITS = re.compile(r"\d+")
_NUMERIC_AT = re.compile(_NUMERIC)
_WORD_AT = re.compile(rf"(?:{NUMBER_WORD_RE})\b", re.I)


# The number words no other starts with ("seven", not "seventy"): where any number word starts, one of these does.
_WORD_ROOTS = root_words(NUMBER_WORDS)


def _number_word_starts(lowered: str) -> list[int]:
    """Offsets where a number word starts (whole words only), in the lowered text: where a root word starts at
    the text's start or after a character that is no letter. A number word is all letters, so one inside a word
    never hides one starting the next. The roots are found by str.find, one word at a time: a pattern of them
    after a character that is no letter, tried at every offset of the text, cost 7.8 M instructions for the
    bundled report, the twenty searches 4.7 M."""
    return [a for a in find_words(lowered, _WORD_ROOTS) if a == 0 or not lowered[a - 1].isalpha()]


def _capital_word_before(text: str, a: int) -> bool:
    i = a - 2
    while i >= 0 and text[i].isalpha():
        i -= 1
    return i + 1 < a - 1 and text[i + 1].isupper()


def _special_at(text: str, a: int, b: int) -> tuple[int, int, str] | None:
    """The special (date, ordinal, page number ...) that holds the digits at a:b, if any."""
    n = len(text)
    c0 = text[a - 1] if a else "\n"
    c1 = text[b] if b < n else "\n"
    if c0 in ".," and a >= 2 and text[a - 2].isdigit():
        return None  # the decimals or thousands of a number already looked at
    if not (c0 in "-—–(（.\n\t\u00a0" or c0.isalpha() or c1 in "-—–/.)）\n\t\u00a0" or c1.isalpha()
            or (c0 == " " and a >= 2 and (text[a - 2].isupper() or text[a - 2] in "-—–." or _capital_word_before(text, a)))
            or (c1 == " " and b + 1 < n and (text[b + 1].isupper() or text[b + 1] in "-—–"))):
        return None
    hi = min(n, b + 24)
    # A special starts at the digits, just before them ("(1)", "-12-", "- 12 -"), or at the word before ("Line 5").
    w = a - 1
    while w > 0 and text[w - 1] in " .-‐\u00a0" and a - w < 3:
        w -= 1
    ws = w
    while ws > 0 and text[ws - 1].isalpha() and a - ws < 16:
        ws -= 1
    line = text.rfind("\n", max(0, a - 8), a) + 1
    for p in sorted({ws, max(0, a - 2), max(0, a - 1), a, line}):
        m = _SPECIAL.match(text, p, hi)
        if m is not None and m.end() > a and (m.end() < hi or hi == n):
            return m.start(), m.end(), _SPECIAL_TYPES[m.lastgroup]
    return None


_MULTIPLES = vocab.column("multiple_words", "percent")
_PAST_MULTIPLES = vocab.where("multiple_words", "form", "past")
_BASE_MULTIPLES = tuple(w.lower() for w in vocab.where("multiple_words", "form", "base"))
# The words of multiples no other starts with ("double", not "doubled"): every one starts with one of these.
_MULTIPLE_ROOTS = root_words(_MULTIPLES)
_MULTIPLE = re.compile(rf"(?<![\w\"“-])(?:{alternation(_PAST_MULTIPLES, fold=True)})(?![\w\"”-])", re.I)
# "double the 2010 figure": a base form is a figure only before the level of a year it multiplies
MULTIPLIED_LEVEL = re.compile(rf"\s+the\s+(?:19|20)\d\d\s+(?:{alternation(vocab.words('multiplied_levels'), fold=True)})\b", re.I)
_DIGIT_NEXT = re.compile(r"\s+\d")


def find_mentions(text: str, paragraphs) -> list[Mention]:
    """All number expressions in `text`, in order, non-overlapping, covering every digit."""
    runs = digit_runs(text)   # str.find per digit: several times faster than a regex scan of the text
    low = lowered(text)       # once: the number words and the multiples are both found in it
    taken = _Spans()
    specials = _find_specials(text, runs, taken)
    quantities = _find_quantities(text, _quantity_starts(text, low, runs, taken), specials, taken,
                                  quoted_spans(text, paragraphs))
    out = sorted(specials + quantities + _multiples(text, low), key=lambda x: x.start)
    return _cover_stray_digits(out, runs, text)


def _multiples(text: str, low: str) -> list[Mention]:
    """"Revenue doubled": a change written as a multiple is a figure, a growth of 100 percent; not where a
    number stands right after it ("doubled 5 subsidies" counts them) or inside a quotation. `low` is the
    lowered text, where the root words are found once for the past and the base forms both."""
    hits = find_words(low, _MULTIPLE_ROOTS)
    if not hits:
        return []   # most reports write none
    out = []
    # the past forms ("doubled") tried only where a root word starts in the lowered text (offset for offset the
    # text's), many times quicker than a case-blind scan of the text with a look-behind at every offset
    for m in matches_at(_MULTIPLE, text, hits):
        if _DIGIT_NEXT.match(text, m.end()):
            continue
        out.append(Mention(m.start(), m.end(), m.group(), None, float(_MULTIPLES[m.group().lower()]), unit="%",
                           num_start=m.start(), num_end=m.end(), is_word=True))
    return sorted(out + _base_multiples(text, low, hits), key=lambda x: x.start)


def _base_multiples(text: str, low: str, hits: list[int]) -> list[Mention]:
    """"GDP will double the 2010 figure": a verb of multiples in its base form is a growth of as many percent
    when it acts on the level of a year; elsewhere ("double-digit", "double our efforts") it is no figure.
    Each base form is read where it stands among the root words' starts, one after another."""
    out = []
    for word in _BASE_MULTIPLES:
        end = 0
        for at in hits:
            if at < end or not low.startswith(word, at):
                continue
            end = at + len(word)
            if (at == 0 or not low[at - 1].isalnum()) and MULTIPLIED_LEVEL.match(text, end):
                out.append(Mention(at, end, text[at:end], None, float(_MULTIPLES[word]), unit="%", num_start=at,
                                   num_end=end, is_word=True))
    return out


def _find_specials(text: str, runs, taken: _Spans) -> list[Mention]:
    """Dates, ordinals, section markers, page numbers and other numbers that are no quantity, found
    first so that no quantity is read into them; their spans are marked in `taken`. A number after
    'ranked' is an ordinal that is still a claim: a rank."""
    specials: list[Mention] = []
    for a, b in runs:
        if taken.overlaps(a, b):
            continue
        hit = _special_at(text, a, b)
        if hit is None:
            continue
        sa, sb, ntype = hit
        if taken.overlaps(sa, sb):
            continue
        men = Mention(sa, sb, text[sa:sb], ntype, num_start=sa, num_end=sb)
        if ntype == "ordinal_name" and _RANK_BEFORE.search(text[max(0, sa - 16):sa]):
            digits = _DIGITS.search(text, sa, sb)
            men.nonclaim_type, men.rank = None, True
            men.value = float(number_value(digits.group()) or 0) if digits else None
        taken.add(sa, sb)
        specials.append(men)
    return specials


_RANK_BEFORE = re.compile(r"\brank(?:s|ed|ing)?\s+(?:No\.\s?)?$", re.I)


def _quantity_starts(text: str, lowered: str, runs, taken: _Spans) -> list[tuple[int, int, bool]]:
    """(start, end, is a number word) of every digit run and number word outside the specials, in order."""
    starts: list[tuple[int, int, bool]] = []
    for a, b in runs:
        if not taken.overlaps(a, b):
            starts.append((a, b, False))
    for a in _number_word_starts(lowered):
        m = _WORD_AT.match(text, a)
        if m and not taken.overlaps(a, m.end()):
            starts.append((a, m.end(), True))
    starts.sort()
    return starts


def _find_quantities(text: str, starts, specials: list[Mention], taken: _Spans, quotes) -> list[Mention]:
    """Each number read with its unit, scale, range and qualifier, then typed; a number inside the
    one before it ("5 to 7") is skipped, and none reaches back over a special."""
    qstarts = [s for s, _ in quotes]
    covered = 0
    quantities: list[Mention] = []
    spec_ends = [s.end for s in specials]
    for a, _, is_word in starts:
        if a < covered:
            continue
        m = _WORD_AT.match(text, a) if is_word else _NUMERIC_AT.match(text, a)
        if m is None:
            continue
        j = bisect.bisect_right(spec_ends, a)
        floor = max(covered, spec_ends[j - 1] if j else 0)
        men = _read_quantity(text, m, is_word, floor, taken)
        if men is None:
            continue
        _classify(text, men, quotes, qstarts)
        quantities.append(men)
        covered = men.end
    return quantities


class _Tail(NamedTuple):
    """What the words after a number make of it: a multiplier, the top of a range, a unit, a qualifier (a
    named tuple: made once per number, and about three times cheaper to make than a frozen dataclass)."""
    mult: Decimal
    value_high: Decimal | None
    unit: str
    qualifier: str


def _read_quantity(text: str, m: re.Match, is_word: bool, floor: int, taken: _Spans) -> Mention | None:
    """The quantity whose number `m` matched: what is written before it (qualifier, currency, minus
    sign) and after it (scale, range, unit, trailing qualifier)."""
    s, e = m.span()
    num = m.group()
    value = number_value(num)
    if value is None:
        return None
    c1 = text[e] if e < len(text) else ""
    if c1 in ",;:)!?\n\"”" or c1 == "." and not text[e + 1:e + 2].isdigit() \
            or c1 == " " and not _may_continue(text, e + 1):
        start, qualifier, unit = _read_before(text, max(floor, s - 40), s, taken)
        return Mention(start, e, text[start:e], None, float(value), None, unit, qualifier, s, e, is_word)
    after, end, scale = _after_number(text, s, e, num, value)
    if taken.overlaps(s, end):
        end, after = e, None
    start, qualifier, unit = _read_before(text, max(floor, s - 40), s, taken)
    tail = _read_tail(after, scale, unit, qualifier)
    # by position (fields in order: ... unit, qualifier, num_start, num_end, is_word): a call naming its
    # keywords costs about twice as much, once per number of the report
    return Mention(start, end, text[start:end], None, float(value * tail.mult),
                   float(tail.value_high) if tail.value_high is not None else None, tail.unit, tail.qualifier,
                   s, e, is_word)


def _after_number(text: str, s: int, e: int, num: str, value: Decimal) -> tuple[re.Match, int, str | None]:
    """The words after a number (a range if one reads well, else a scale, unit and qualifier), where
    the quantity ends, and its scale. "2024 10,000 ..." is a year and a number, not a scale."""
    after = _AFTER_RANGE.match(text, e) if _RANGE_HINT.search(text, e, e + 24) else None
    if after is not None and not _range_ok(text, s, num, after):
        after = None
    if after is None:
        after = _AFTER_SINGLE.match(text, e)
    end = after.end()
    scale = after.group("scale")
    if scale and scale[0].isdigit() and (value >= 1000 or _YEAR_LIKE.match(num)):
        after = _AFTER_SINGLE.match(text, e)
        scale = None
        end = e if after.group("scale") else after.end()
    return after, end, scale


def _read_tail(after: re.Match | None, scale: str | None, unit: str, qualifier: str) -> _Tail:
    """The multiplier, range top, unit and qualifier the words after a number give, over the unit and
    qualifier read before it; a range's scale, written once at its end, scales both ends."""
    mult = Decimal(1)
    value_high = None
    if after is None:
        return _Tail(mult, value_high, unit, qualifier)
    groups = after.groupdict()
    scale2 = groups.get("scale2")
    if scale:
        mult = SCALES[scale.lower()]
    if groups.get("num2"):
        high = number_value(groups["num2"])
        m2 = SCALES[scale2.lower()] if scale2 else mult
        if not scale and scale2:
            mult = m2
        value_high = high * m2 if high is not None else None
    if groups.get("u1"):
        unit = "%"
    if groups.get("unit"):
        unit = unit_of(groups["unit"]) or unit
    if groups.get("qpost"):
        qualifier = _QUALIFIERS_AFTER[groups["qpost"].lower()]
    return _Tail(mult, value_high, unit, qualifier)


_QUAL_WORDS = MappingProxyType({tuple(p.split()): q for p, q, place in _QUALIFIER_ROWS if place == "before"})
_CURRENCY_TAILS = sorted(CURRENCY_PREFIX, key=len, reverse=True)
_CURRENCY_ENDINGS = tuple(t.upper() for t in _CURRENCY_TAILS)
_CURRENCY_LAST = frozenset(e[-1] for e in _CURRENCY_ENDINGS)
_QUAL_LAST_WORDS = frozenset(q[-1] for q in _QUAL_WORDS) | {e.lower() for e in _CURRENCY_ENDINGS}


def _first_word(unit: str) -> str:
    """The word `_may_continue` reads at the start of a unit as written ("U.S. dollars" -> "u.s")."""
    q = 0
    while q < len(unit) and (unit[q].isalpha() or unit[q] in ".$"):
        q += 1
    return unit[:q].lower().rstrip(".")


# Words after a number that may begin its unit, scale, range or trailing qualifier: the listed range and
# qualifier words, and the first word of every unit and scale in units.csv, so no unit is missed.
_CONTINUATIONS = vocab.words("continuations") | frozenset(
    w for w in (_first_word(word) for word, *_ in _UNIT_ROWS) if w)


def _may_continue(text: str, p: int) -> bool:
    """Whether the word at p could start a unit, scale, range or trailing qualifier."""
    if p >= len(text) or not text[p].isalpha():
        return True
    q = p
    while q < len(text) and (text[q].isalpha() or text[q] in ".$"):
        q += 1
    return text[p:q].lower().rstrip(".") in _CONTINUATIONS


def _read_before(text: str, lo: int, s: int, taken: _Spans) -> tuple[int, str, str]:
    """Qualifier and currency written before the number: ("more than", "RMB", "US$"), and a minus sign."""
    if s - 1 >= lo and text[s - 1] in _MINUS and _minus_sign_at(text, s - 1, lo, taken):
        return _read_before(text, lo, s - 1, taken)
    if _nothing_before(text, lo, s):
        return s, "exact", ""
    pre, start, unit = _currency_before(text[lo:s], lo, s)
    return _qualifier_before(text, lo, pre, start, unit, taken)


def _nothing_before(text: str, lo: int, s: int) -> bool:
    """Most numbers have no currency or qualifier before them: one character and word tell, sparing the slicing."""
    c0 = text[s - 1] if s > lo else ""
    if c0 in _CURRENCY_LAST:
        return False
    if c0 not in " \u00a0":
        return True
    k = s - 2
    while k >= lo and text[k].isalpha():
        k -= 1
    # a qualifier word, a currency word ("RMB 5"), or a currency sign set off by a space ("US$ 5.9")
    return text[k + 1:s - 1].lower() not in _QUAL_LAST_WORDS and not (k == s - 2 and k >= lo and text[k] in "$¥")


def _currency_before(pre: str, lo: int, s: int) -> tuple[str, int, str]:
    """A currency ending the text before a number ('RMB', 'US$'): the text left before it, its start, its unit."""
    start, unit = s, ""
    bare = pre.rstrip(" ")
    if bare.endswith(_CURRENCY_ENDINGS):
        for tail in _CURRENCY_TAILS:
            form = tail.upper()
            if bare.endswith(form):
                k = len(bare) - len(form)
                if not tail.isalpha() or k == 0 or not bare[k - 1].isalpha():
                    unit = CURRENCY_PREFIX[tail]
                    start = lo + k
                    pre = pre[:k]
                break
    return pre, start, unit


def _qualifier_before(text: str, lo: int, pre: str, start: int, unit: str, taken: _Spans) -> tuple[int, str, str]:
    """The longest qualifier ('more than') ending the text before the number: whole words, over no other mention."""
    # emphasis marks of a markdown or word-processor copy ("**above 6.5 percent**") count as blanks here
    cut = max(0, len(pre) - 32)
    lo, pre = lo + cut, pre[cut:]
    if "*" in pre or "_" in pre:
        pre = pre.replace("*", " ").replace("_", " ")
    low = pre.lower()
    if not pre.endswith((" ", "\u00a0")):
        return start, "exact", unit
    words = low.split()
    for n in (3, 2, 1):
        if len(words) >= n and tuple(words[-n:]) in _QUAL_WORDS:
            phrase_len = len(" ".join(pre.split()[-n:]))
            k = len(pre.rstrip()) - phrase_len
            if (k == 0 and lo > 0 and text[lo - 1].isalpha()) or (k > 0 and pre[k - 1].isalpha()):
                continue
            if taken.overlaps(lo + k, start):
                continue
            return lo + k, _QUAL_WORDS[tuple(words[-n:])], unit
    return start, "exact", unit


_MINUS = "-−–"


def _minus_sign_at(text: str, p: int, lo: int, taken: _Spans) -> bool:
    """A dash right before a number is its sign when it stands after a word, not after a number ("was -2.1%")."""
    if p > lo and text[p - 1] not in " \t\u00a0(（":
        return False
    k = p - 1
    while k >= lo and text[k] in " \t\u00a0":
        k -= 1
    if k >= lo and (text[k].isdigit() or text[k] in "%％-−–—"):
        return False
    return not taken.overlaps(p, p + 1)


def is_negative(text: str, men: "Mention") -> bool:
    """Whether the mention's number is written with a minus sign."""
    return men.start < men.num_start and text[men.num_start - 1] in _MINUS


def _range_ok(text: str, s: int, num: str, after: re.Match) -> bool:
    """Whether '5 to 7' after a number is one range: not two years ('between 2019 and 2023'), not a from-to
    change, not a rate and then the level it reached, and its top above its bottom."""
    sep = after.group("sep").strip()
    lo, hi = number_value(num), number_value(after.group("num2"))
    if lo is None or hi is None:
        return False
    if sep.lower() in _JOIN_AFTER_OPEN and (not _OPEN_BEFORE.search(text, max(0, s - _OPEN_REACH), s)
                                            or _YEAR_LIKE.match(num.replace(",", ""))):
        return False   # "between 2019 and 2023" stays two years
    if sep.lower() in _JOIN_WORDS and _FROM_BEFORE.search(text, max(0, s - 30), s):
        return False
    if after.group("u1") and (after.group("scale2") or unit_of(after.group("unit") or "%") != "%"):
        return False  # "grew 0.2 percent to 41.8 trillion yuan": a rate, then the level it reached
    if _YEAR_LIKE.match(num.replace(",", "")) and not after.group("unit") and not after.group("u1"):
        return sep.lower() not in _JOIN_WORDS and (_YEAR_LIKE.match(after.group("num2")) or len(after.group("num2")) == 2)
    return hi > lo


_PER_BEFORE = re.compile(r"\bper\s+$", re.I)
_HYPHEN_AFTER = re.compile(r"[-‐][A-Za-z]")
_HYPHEN_BEFORE = re.compile(r"[A-Za-z][-‐]")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n\"“]\s*)$")
_TOP_BEFORE = re.compile(r"\btop\s*$", re.I)
_TIME_FRAME_BEFORE = re.compile(rf"\b(?:the|these|those)\s+(?:{alternation(vocab.words('time_frame_words'), fold=True)})\s+$", re.I)
_GLITCH_AFTER = re.compile(r"[ ]\d+(?![\dA-Za-z])")   # "28 70 upgrading", but not "4 5G base stations"
_NOT_A_COUNT_BEFORE = re.compile(rf"\b(?:{alternation(vocab.words('not_a_count_before'))})\s+$")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;)]|and\b|$)")
_LEVEL_VERB_BEFORE = re.compile(r"\b(?:to|reached|reaching|totall?ed|numbered)\s+$")
_WORDISH = re.compile(r"[\"“”]?[A-Za-z][A-Za-z&'-]*")
_COUNT_STOP_WORDS = vocab.words("count_stop_words")
_MECHANISM_NOUNS = vocab.words("mechanism_nouns")


def _classify(text: str, men: Mention, quotes, qstarts) -> None:
    """Set nonclaim_type for mentions that cannot be quantities; leave None for candidates."""
    num = text[men.num_start:men.num_end]
    bare = men.unit == "" and men.qualifier == "exact" and men.end == men.num_end or (
        men.value_high is not None and men.unit == "" and _YEAR_LIKE.match(num))
    if _mark_year(text, men, num, bare):
        return
    kind = _context_type(text, men, bare, quotes, qstarts)
    if kind is not None:
        men.nonclaim_type = kind
        return
    if men.unit == "" and _TOP_BEFORE.search(text[max(0, men.start - 6):men.start]):
        men.rank = True   # "enter the top 100", "among the top ten": a rank among the first, at most the Nth
        men.qualifier = "at_most" if men.qualifier == "exact" else men.qualifier
        return
    kind = _word_number_type(text, men) if men.is_word else _glitch_type(text, men)
    if kind is not None:
        men.nonclaim_type = kind


def _mark_year(text: str, men: Mention, num: str, bare: bool) -> bool:
    """Types a number written as a year ('in 2020', 'over 2020') as no quantity, unless it counts a noun after it."""
    if men.is_word:
        return False
    if bare and _YEAR_LIKE.match(num) and not _counts_after_year(text, men.num_start, men.end):
        men.nonclaim_type = "year"
        return True
    if _YEAR_LIKE.match(num) and men.unit == "" and men.value_high is None \
            and men.end == men.num_end and not _counts_after_year(text, men.num_start, men.end):
        # "over 2020", "than 2019": a year after a comparison word; the word is not part of it
        men.start, men.text, men.qualifier, men.nonclaim_type = men.num_start, num, "exact", "year"
        return True
    return False


def _context_type(text: str, men: Mention, bare: bool, quotes, qstarts) -> str | None:
    """The non-claim type nearby words give a number (part of a word or unit, slogan, time frame, name), else None."""
    nxt = text[men.end:men.end + 2]
    prv = text[max(0, men.num_start - 2):men.num_start]
    if _HYPHEN_AFTER.match(nxt) or _HYPHEN_BEFORE.match(prv):
        return "word_use"
    if men.qualifier == "exact" and _PER_BEFORE.search(text, max(0, men.start - 5), men.start):
        return "word_use"   # "per 10,000 yuan of GDP": part of a unit, not a quantity of its own
    if _inside(quotes, qstarts, men.start, men.end) or (men.unit == "" and _SLOGAN.match(text, men.num_start)):
        return "slogan"   # quoted, or a numbered slogan written bare ("correct the four winds")
    if men.unit in ("year", "month") and men.qualifier == "exact" and _TIME_FRAME_BEFORE.search(
            text[max(0, men.start - 30):men.start]):
        return "other"  # "over the past five years": the time a claim covers, not a claim
    if not men.is_word and bare and _in_a_name(text, men.num_start):
        return "ordinal_name"   # "the Fortune Global 500 list", "Industry 4.0"
    return None


def _word_number_type(text: str, men: Mention) -> str | None:
    """A number word counts only with a unit or counted noun after it; else, or capitalised, it is a word."""
    if text[men.num_start].isupper() and not _SENTENCE_OPENING.search(text[max(0, men.num_start - 3):men.num_start]):
        return "word_use"  # "Three Gorges", "Four Seasons": a name, not a count
    if men.unit or _word_number_counts(text, men.num_start, men.num_end):
        return None
    return "word_use"


def _glitch_type(text: str, men: Mention) -> str | None:
    """'other' for a bare number run into the next ('28 70 upgrading measures'): a translation glitch, no claim."""
    if men.unit == "" and men.qualifier == "exact" and men.end == men.num_end and _GLITCH_AFTER.match(text, men.end):
        return "other"
    return None


_SLOGAN = re.compile(rf"(?:{alternation(vocab.words('numbered_slogans'), fold=True)})(?![\w-])", re.I)
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z]+)[ ]$")


def _in_a_name(text: str, s: int) -> bool:
    """A bare number right after a capitalised word in mid-sentence is part of a proper name."""
    m = _TITLE_WORD_BEFORE.search(text, max(0, s - 24), s)
    if m is None or m.group(1) in _MONTH_NAMES:
        return False
    k = m.start() - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k >= 0 and text[k] not in ".!?:;\n\"“(（-—–"


_MONTH_NAMES = frozenset(vocab.where("months", "form", "full"))


def _counts_after_year(text: str, start: int, pos: int) -> bool:
    """'2000 enterprises' counts; 'the 2035 goals' and '2024 targets' name a year."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    word = _next_word(text, pos)
    return bool(word) and looks_plural(word) and word not in _YEAR_NOUNS


_DETERMINER_BEFORE = re.compile(rf"\b(?:{alternation(vocab.words('year_determiners'), fold=True)})\s+$", re.I)
_YEAR_NOUNS = vocab.words("year_nouns")


def _cover_stray_digits(mentions: list[Mention], runs, text: str) -> list[Mention]:
    """Give any digit no rule claimed a mention of type 'other', so nothing is silently dropped."""
    extra = []
    idx = 0
    n = len(mentions)
    for a, b in runs:
        pos = a
        while idx < n and mentions[idx].end <= pos:
            idx += 1
        k = idx
        while pos < b:
            if k < n and mentions[k].start <= pos < mentions[k].end:
                pos = mentions[k].end
                k += 1
                continue
            nxt = mentions[k].start if k < n and mentions[k].start < b else b
            extra.append(Mention(pos, nxt, text[pos:nxt], "other", num_start=pos, num_end=nxt))
            pos = nxt
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda x: x.start)
