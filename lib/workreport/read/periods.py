"""When a figure is: the role that makes it a result or a target, and the years it covers.

A report of year Y reviews Y-1 and sets targets for Y, but a figure can cover several years: "over the
past five years" (Y-5 .. Y-1), "2016-2020", "the 13th Five-Year Plan period", a change "compared with 2020",
or a five-year plan part, whose targets cover the plan's years. Such a figure has a `period_start` before
its `period` and a `span`: `average_annual` for a yearly average ("average annual growth", "per year") or a
level to be kept in each year of a plan, `cumulative` for a total change or a total over the years. The
words are data (read/en/span_words.csv, target_cues.csv, time_frame_words.csv, plan_frames.csv); the rules
are here.
"""
from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import NamedTuple

from . import words as vocab
from .document import plan_years
from .words import Gated, alternation, gated

SPANS = ("year", "average_annual", "cumulative")
TARGET_ROLES = frozenset({"targets", "government", "plan"})

_FUTURE = re.compile(rf"\b(?:{alternation(vocab.words('target_cues'), fold=True)})\b", re.I)
_ANNUAL_WORDS = vocab.where('span_words', 'use', 'annual')
_ANNUAL = gated(re.compile(rf"\b(?:{alternation(_ANNUAL_WORDS, fold=True)})\b(?![-–])", re.I), _ANNUAL_WORDS)
_KEPT = re.compile(rf"\b(?:{alternation(vocab.where('span_words', 'use', 'kept'), fold=True)})\b", re.I)
_TOTAL_WORDS = vocab.where('span_words', 'use', 'total')
_TOTAL = gated(re.compile(rf"\b(?:{alternation(_TOTAL_WORDS, fold=True)})\b", re.I), _TOTAL_WORDS)
_REACHED = re.compile(rf"\b(?:{alternation(vocab.where('span_words', 'use', 'reached'), fold=True)})\b", re.I)
_MADE = re.compile(rf"\b(?:{alternation(vocab.where('span_words', 'use', 'made'), fold=True)})\b", re.I)
_PLAN_FRAME = re.compile(rf"\b(?:{alternation(vocab.words('plan_frames'), fold=True)})\b", re.I)
_PLAN_FRAME_HINTS = ("five years", "plan period")   # one of them is in every plan frame: a cheap test first
_NUMBERS = MappingProxyType({w: int(v) for w, v in vocab.column("number_words", "value").items()})
_N = rf"(\d{{1,2}}|{alternation(_NUMBERS, fold=True)})"
_PAST_N = Gated(re.compile(rf"\b(?:past|last|previous)\s+{_N}\s+years\b", re.I), "year")
_NEXT_N = Gated(re.compile(rf"\b(?:next|coming|following)\s+{_N}\s+years\b", re.I), "year")
# A yearly average over the reviewed year and those just before it ("two-year average growth"): its years
_AVERAGE_SPANS = MappingProxyType({w.lower(): int(n) for w, n in vocab.column("average_spans", "years").items()})
_AVERAGE_SPAN = re.compile(rf"\b(?:{alternation(_AVERAGE_SPANS, fold=True)})\b", re.I)
_AVERAGE_SPAN_HINTS = ("year average", "years")   # one of them is in every such phrase: a cheap test first
_RANGE = Gated(re.compile(r"(?<![\d-])((?:19|20)\d\d)\s*(?:-|–|—|to|through)\s*((?:19|20)\d\d)(?![\d-])"), "19", "20")
_NTH = rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)|{alternation(vocab.words('ordinal_words'), fold=True)})"
# A plan's period: "the 13th Five-Year Plan period", or the plan's name in quotes ("the \"14th Five-Year Plan\"")
_PLAN_PERIOD = Gated(re.compile(rf"{_NTH}\s+Five-Year\s+Plan(?:\s+period\b|[\"”])", re.I), "-year")
_PLAN_NAMED = Gated(re.compile(rf"{_NTH}\s+Five-Year\s+Plan\b", re.I), "-year")
# A figure's own single year: "last year", "this year", "in 2020" keep it to one year inside a longer frame.
_ONE_YEAR = re.compile(r"\b(?:last|this|the past|the previous)\s+year\b(?!s)|\bin\s+(?:19|20)\d\d\b(?![-–])", re.I)
# its two halves, searched apart by names_one_year: the words (only where "year" is written), and a year
# found by its digits, with "in" looked for just before it
_RELATIVE_ONE_YEAR = Gated(re.compile(r"\b(?:last|this|the past|the previous)\s+year\b(?!s)", re.I), "year")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d\b(?![-–])")
_IN_BEFORE_YEAR = re.compile(r"\bin\s+", re.I)
_OPENS_ONE_YEAR = re.compile(r"\s*(?:" + _ONE_YEAR.pattern + ")", re.I)
# a sentence that opens with one year ("Last year, ...", "In 2022, ..."), not a year named inside a clause
_SENTENCE_OPENS_ONE_YEAR = re.compile(r"(?:^|[.!?;]\s+|\n)\s*(?:" + _ONE_YEAR.pattern + ")", re.I)
FROM_END = Gated(re.compile(r"\bfrom\s*$", re.I), "from")   # "up from 2.44 percent": the level a change starts from
_TO_END = re.compile(r"\bto\s*$", re.I)
_TO_NEXT = re.compile(r"^[^,;.]{0,40}?\bto\b", re.I)
_CHANGES = ("growth", "pp_change")
_LEVELS_KEPT_UNDER = ("at_most", "less_than", "more_than", "at_least")
_TOTALLED = ("amount", "count", "quantity")   # kinds whose figure over several years can be their total


# A clause that opens with a time before the report's year: "Last year,", "Over the past five years,", "In 2023,"
_PAST_OPENING = re.compile(rf"\s*(?:(?:over|in|during)\s+)?(?:the\s+)?(?:(?:past|last|previous)\s+{_N}\s+years|(?:last|previous)\s+year"
                           rf"|(?:in|during)\s+(?P<y>(?:19|20)\d\d))\s*,", re.I)


def opens_one_year(clause: str) -> bool:
    """Whether a clause opens with one year of its own ("this year, ...", "last year, ...", "in 2020, ...")."""
    return _OPENS_ONE_YEAR.match(clause) is not None


def opens_with_a_past_time(clause: str) -> bool:
    """Whether a clause opens with a past time, whatever the report's year ("Over the past five years, 45
    million"): a list item so written is no label of a measure."""
    return _PAST_OPENING.match(clause) is not None


def opens_in_the_past(clause: str, year: int | None) -> bool:
    """Whether a clause opens with a time before the report's year ("Last year, 13.51 million new urban jobs
    were created"; "Over the past five years, ..."; "In 2023, ..."): in a part that sets this year's targets,
    such a clause recalls results, as a review does, before the sentence turns to this year."""
    m = _PAST_OPENING.match(clause)
    if m is None or year is None:
        return False
    return m.group("y") is None or int(m.group("y")) < year


def reading_role(role: str, sentence: str, mixed: bool = False) -> str:
    """The role a sentence's figures take: its part's, or, where no part could be recognised or the part both
    reviews and sets targets, what the sentence itself says (a future or an aim: targets, or the part's plan;
    anything else: results)."""
    if role == "unrecognised":
        return "targets" if _FUTURE.search(sentence) else "results"
    if mixed:
        return role if _FUTURE.search(sentence) else "results"
    return role


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 0)


class Figure(NamedTuple):
    """What the year rules need to know of one figure (a named tuple: one is made for every figure, several
    times faster than a frozen dataclass)."""
    kind: str
    qualifier: str
    lead: str        # its clause before it
    after: str       # the text after it, to the end of its clause
    hood: str        # the text its years are read from (its clause, within the sentence)
    sentence: str
    before: str = ""  # its paragraph before its sentence
    opener: str = ""  # the line ending with ':' that leads its sentence's list, read as the sentence's opening


@functools.lru_cache(maxsize=4096)
def _text_frame(text: str, year: int | None, target: bool) -> tuple[int, int] | None:
    """Several years a text names: the past n years, the next n years (of a target), a range of years or
    a five-year plan's period. Cached: the figures of a sentence read the same opening and often the
    same clause."""
    m = _RANGE.search(text)
    if m and int(m.group(1)) < int(m.group(2)):
        return int(m.group(1)), int(m.group(2))
    if _PLAN_PERIOD.search(text):
        return plan_years(text, year)
    if year is None:
        return None
    m = _PAST_N.search(text)
    if m and _count(m.group(1)) > 1:
        return year - _count(m.group(1)), year - 1
    m = _NEXT_N.search(text) if target else None
    if m and _count(m.group(1)) > 1:
        return year, year + _count(m.group(1)) - 1
    return None


def _average_span(text: str, year: int) -> tuple[int, int] | None:
    """The years of a review's yearly average over the reviewed year and those just before it, written in the
    figure's own words ("two-year average growth of 5.9 percent" in a 2022 report: 2020-2021), which reports
    wrote while the years around 2020 could not be compared one by one."""
    if not any(h in text for h in _AVERAGE_SPAN_HINTS):
        return None
    m = _AVERAGE_SPAN.search(text)
    return (year - _AVERAGE_SPANS[m.group().lower()], year - 1) if m else None


def _continued_frame(f: Figure, own: str, year: int | None, target: bool) -> tuple[int, int] | None:
    """The frame a sentence continues from one before it in its paragraph ("The main targets for the 12th
    Five-Year Plan period are as follows. GDP will grow by 7% annually on average"): only for a yearly
    average or a total, which are never one year's."""
    if not f.before or not (_ANNUAL.search(own) or _TOTAL.search(own)):
        return None
    return _text_frame(f.before, year, target)


@functools.lru_cache(maxsize=4096)
def _one_year(text: str) -> bool:
    """Whether a text keeps a figure to one year ("last year", "in 2020"); cached, as the figures of a
    list share their clause."""
    return names_one_year(text)


def names_one_year(text: str) -> bool:
    """Whether a text holds a match of _ONE_YEAR ("last year", "this year", "in 2020"). Asked of several
    texts around every figure, and most of them hold a year's digits, so the pattern is not run at every
    position: each year found by its digits (a fast scan) is checked for "in" and spaces just before it."""
    if _RELATIVE_ONE_YEAR.search(text) is not None:
        return True
    if "19" not in text and "20" not in text:
        return False
    for m in _YEAR_NUMBER.finditer(text):
        j = start = m.start()
        while j and text[j - 1].isspace():
            j -= 1
        if j < start and j >= 2 and _IN_BEFORE_YEAR.fullmatch(text, j - 2, start):
            return True
    return False


def years_and_span(f: Figure, role: str, period: int | None, year: int | None, base: int | None,
                   part_years: tuple[int, int] | None, named: bool, by: int | None) -> tuple[int | None, int | None, str]:
    """(period_start, period, span) of a figure whose single-year reading is `period`."""
    target = role in TARGET_ROLES
    own = f.lead[-80:] + " " + f.after
    averaged = None if target or year is None else _average_span(f.lead[-40:] + " " + f.after, year)
    frame = averaged or _written_frame(f, own, year, target, named, part_years)
    if frame is None and f.kind in _CHANGES and base is not None and period is not None and period - base >= 2:
        frame = base + 1, period
    if frame is None and by is not None and year is not None and by > year and _ANNUAL.search(own):
        frame = year, by   # "By 2015, ... with an average annual growth rate of 10 percent": the years to then
    if FROM_END.search(f.lead) and _TO_NEXT.match(f.after) and f.kind not in _CHANGES and period is not None:
        return _level_before(f, frame, period, year, target, named)
    if frame is None or frame[0] >= frame[1]:
        return period, period, "year"
    return _span_over(f, role, frame, by, own)


def _written_frame(f: Figure, own: str, year: int | None, target: bool, named: bool,
                   part_years: tuple[int, int] | None) -> tuple[int, int] | None:
    """The years the words name for a figure: its own, else its clause's, sentence's, paragraph's or part's."""
    one_after = names_one_year(f.after)
    if not named and not one_after and _PAST_N.search(f.after):
        # "fell by 2.2 percent last year and by a total of 14.38 percent over the past four years": the
        # frame written after the figure is its own, whatever the clause before it says
        return _text_frame(f.after, year, target)
    if named or one_after or names_one_year(f.lead[-60:]):
        return None
    frame = _text_frame(f.hood, year, target) or _unnamed_plan(f.hood, f, year, target, part_years)
    if frame is None and (not _one_year(f.hood) or _ANNUAL.search(own)):
        # "...; last year, GDP grew by 2.3%": one year; but a yearly average is never one year's
        opening = f.sentence[:80]
        frame = (_text_frame(opening, year, target) or _unnamed_plan(opening, f, year, target, part_years)
                 or (_text_frame(f.opener, year, target) if f.opener else None))
        if frame is None and not _OPENS_ONE_YEAR.match(opening):
            # "Last year, total imports and exports reached ..., up 14.6 percent" in a review of five years: the
            # sentence's opening keeps it to one year, whatever years its paragraph or part cover; so does the
            # opening of a sentence before it in its paragraph, where no other years are named since
            frame = _continued_frame(f, own, year, target) or part_years
            if frame is not None and _goes_on_one_year(f.before):
                frame = None
    return frame


def _goes_on_one_year(before: str) -> bool:
    """Whether the last time a paragraph named before a sentence opened a sentence with one year ("Last year, GDP reached ... .
    Consumer prices rose by 2 percent"): the sentence goes on speaking of that year, not of the years of the
    part or of a frame named earlier ("Over the past five years, ... . Last year, ... . Revenue totaled ...")."""
    if not before:
        return False
    last_one = max((m.end() for m in _SENTENCE_OPENS_ONE_YEAR.finditer(before)), default=-1)
    if last_one < 0:
        return False
    return not any(p.search(before, last_one) for p in (_PAST_N, _NEXT_N, _PLAN_PERIOD, _RANGE, _PLAN_FRAME))


def in_plan_frame(text: str, start: int, end: int) -> bool:
    """Whether a number of years is the 'five' of a phrase that speaks of a plan's years ("over the five
    years"): the time the figures around it cover, not a claim of its own."""
    m = _PLAN_FRAME.search(text, max(0, start - 24), min(len(text), end + 2))
    return m is not None and m.start() < start and m.end() >= end


def _unnamed_plan(text: str, f: Figure, year: int | None, target: bool,
                  part_years: tuple[int, int] | None) -> tuple[int, int] | None:
    """The years of a plan a text speaks of without naming it ("over the five years", "throughout the plan
    period"): the five years named last before in the sentence or its paragraph (a plan, the past five
    years), else the part's years, else the plan that holds the year the part speaks of (this year's for
    targets, last year's for a review)."""
    if not any(h in text for h in _PLAN_FRAME_HINTS) or not _PLAN_FRAME.search(text):
        return None
    named = _last_named_years(f.before + " " + f.sentence)
    if named is not None:
        words = named.group()
        return plan_years(words, year) if _PLAN_NAMED.match(words) else _text_frame(words, year, target)
    if part_years is not None or year is None:
        return part_years
    return plan_years("", year if target else year - 1)


def _last_named_years(text: str) -> re.Match | None:
    """The last plan or span of years a text names ("the 13th Five-Year Plan", "the past five years")."""
    found = None
    for pattern in (_PLAN_NAMED, _PAST_N, _NEXT_N):
        for m in pattern.finditer(text):
            if found is None or m.start() > found.start():
                found = m
    return found


def _level_before(f: Figure, frame: tuple[int, int] | None, period: int, year: int | None, target: bool,
                  named: bool) -> tuple[int, int, str]:
    """A level a figure moves 'from' (70 trillion yuan to over 100 trillion) is of the year before the span."""
    if named:
        return period, period, "year"     # "from 18.5 trillion yuan in 2005": the year it names
    # the frame its sentence opens with, else the one its paragraph (or the line that leads its list) names
    frame = frame or _text_frame(f.sentence[:80], year, target) or _text_frame(f.before, year, target)
    first = frame[0] if frame else period
    return first - 1, first - 1, "year"


def _span_over(f: Figure, role: str, frame: tuple[int, int], by: int | None, own: str) -> tuple[int, int, str]:
    """How a figure covers its frame of years: a yearly average, a total, or a level in one year."""
    first, last = frame
    totalled = f.kind in _TOTALLED and _totalled(f)
    if by is not None and f.kind not in _CHANGES and not totalled:
        return by, by, "year"          # a level to be reached by a year
    last = by if by is not None and by > last else last
    if _ANNUAL.search(own):
        return first, last, "average_annual"
    if f.kind in _CHANGES:
        return first, last, "cumulative"
    if totalled:
        return first, last, "cumulative"       # "amounted to", "will total", "jobs will be created"
    if _KEPT.search(f.lead[-80:]) or (role == "plan" and f.qualifier in _LEVELS_KEPT_UNDER
                                      and not _REACHED.search(f.lead[-50:])):
        return first, last, "average_annual"   # a level or ceiling kept through the years
    if _REACHED.search(f.lead[-50:]) or _TO_END.search(f.lead) or f.kind in ("share", "ratio_to_base", "rank") \
            or role == "plan":
        return last, last, "year"              # a level at the end of the span
    return first, last, "cumulative"           # a total over the years


def _totalled(f: Figure) -> bool:
    """Whether a figure's own words make it the total of its years, not a level in one of them: a total word
    just before it ("amounted to", "will total", "a total of") or after it ("in total", "over the five
    years"), or a count made over the years ("45 million jobs will be created"); never a level reached."""
    lead = f.lead[-50:]
    if _REACHED.search(lead):
        return False
    return bool(_TOTAL.search(f.lead[-30:]) or _TOTAL.search(f.after) or (f.kind == "count" and _MADE.search(f.after)))
