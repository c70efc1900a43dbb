"""When a figure of a Chinese report is: result, estimate or target, for which year or years.

A report of year Y reviews Y-1 and sets targets for Y. Its part says which (the sentence's role), a hedge
before the figure makes a result an estimate (预计, 初步核算), and the words of its clause name other years:
a year of its own (2023年…, 到2027年), a frame of several (过去五年, 2021-2025年, “十四五”时期, 2020年以来), a
base (比2020年增长). Within a frame a figure is a yearly average (年均), a total (累计, or a change over the
frame), a level kept each year (控制在…以内 in a plan) or a level reached at its end. The words are data
(time_words.csv, time_status_words.csv, time_span_words.csv, time_base_words.csv); the rules are here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import words as vocab
from ..document import Document, Part
from ..words import alternation
from .structure import _NUM, DIGITS, PLAN_NAME, count_of, plan_of

_ZH = "zh"
TARGET_ROLES = frozenset({"targets", "plan", "government"})
_CHANGES = ("growth", "pp_change")
_BASE_KINDS = ("growth", "pp_change", "share", "ratio_to_base")
_CEILINGS = ("at_most", "less_than", "more_than", "at_least")


@dataclass(frozen=True)
class When:
    status: str
    period: int | None
    period_start: int | None
    span: str
    base_period: int | None


def _words(name: str, use: str) -> str:
    return alternation(vocab.where(name, "use", use, _ZH))


_Y = r"(?<!\d)((?:19|20)\d\d)"
_OFFSETS = {w: int(v) for w, v in vocab.column("time_words", "offset", _ZH).items() if v}
_RELATIVE = re.compile(alternation(_OFFSETS))
_BASE = re.compile(rf"(?:{_words('time_base_words', 'before')}){_Y}年(?:末|底|同期)?(?:(?:{_words('time_base_words', 'after')}))?"
                   rf"|{_Y}年(?:末|底)?(?:{_words('time_base_words', 'after')})")
_BASE_RELATIVE = re.compile(rf"(?:{_words('time_base_words', 'before')})(?:{alternation(_OFFSETS)})")
_RANGE = re.compile(rf"{_Y}(?:年)?\s*[-–—~～至到]+\s*((?:19|20)\d\d)年")
_SINCE = re.compile(rf"{_Y}年(?:{_words('time_words', 'since')})")
_PAST_N = re.compile(rf"(?:{_words('time_words', 'past')})(?:的)?(\d{{1,2}}|{_NUM}{{1,2}})年(?!代)|(\d{{1,2}}|{_NUM}{{1,2}})年来")
_NEXT_N = re.compile(rf"(?:{_words('time_words', 'next')})(\d{{1,2}}|{_NUM}{{1,2}})年")
_YEAR = re.compile(rf"{_Y}年(?!代|不变价)")
_BY_YEAR = re.compile(r"(?:到|至|于)((?:19|20)\d\d)年")
_ESTIMATE = re.compile(_words("time_status_words", "estimate"))
_CUES = re.compile(f"(?P<no>{_words('time_status_words', 'not_target')})|{_words('time_status_words', 'target')}")
_ANNUAL = re.compile(_words("time_span_words", "annual"))
_CUMULATIVE = re.compile(_words("time_span_words", "cumulative"))
_KEPT = re.compile(_words("time_span_words", "kept"))
_REACHED = re.compile(_words("time_span_words", "reached"))
_HEAD = 30
_CLAUSE = re.compile(r"[，,：:]")
_SEMI = re.compile(r"[；;]")


@dataclass(frozen=True)
class _Figure:
    """The text around one figure that its years are read from."""
    lead: str      # its sentence before it, from the last ；
    sub: str       # its own comma clause before it
    after: str     # the rest of its comma clause after it
    sentence: str  # its sentence before it
    kind: str
    qualifier: str


def _figure(doc: Document, si: int, start: int, end: int, kind: str, qualifier: str) -> _Figure:
    s = doc.sentences[si]
    a = min(max(s.start, 0), start)
    before = doc.text[a:start].translate(DIGITS)
    semi = max((m.end() for m in _SEMI.finditer(before)), default=0)
    lead = before[semi:]
    sub = lead[max((m.end() for m in _CLAUSE.finditer(lead)), default=0):]
    rest = doc.text[end:max(s.end, end)].translate(DIGITS)
    cut = re.search(r"[，,；;。]", rest)
    return _Figure(lead, sub, rest[:cut.start()] if cut else rest, before, kind, qualifier)


def _has_target_cue(text: str) -> bool:
    return any(m.group("no") is None for m in _CUES.finditer(text))


def _part_of(doc: Document, si: int) -> Part | None:
    pid = doc.sentences[si].section.split(".")[0]
    return next((p for p in doc.parts if p.id == pid), None)


def _reading_role(role: str, part: Part | None, f: _Figure) -> str:
    """The role a figure takes: its sentence's, or where no part was recognised, or the part both reviews and
    sets targets, what its sentence says before it (an aim or a future: targets; else results)."""
    if role == "unrecognised":
        return "targets" if _has_target_cue(f.sentence) else "results"
    if part is not None and part.mixed and part.role == role:
        return role if _has_target_cue(f.sentence) else "results"
    return role


def _named_year(f: _Figure) -> tuple[int | None, bool]:
    """The year the figure's clause names for it, and whether it is written right before it (2007年的639亿元):
    the last year of its clause before it that is no base (比2020年), no frame (2020年以来, 2021-2025年)."""
    skip = [m.span() for pat in (_BASE, _SINCE, _RANGE) for m in pat.finditer(f.lead)]
    found, pos = None, -1
    for m in _YEAR.finditer(f.lead):
        if any(a <= m.start() < b for a, b in skip):
            continue
        found, pos = int(m.group(1)), m.end()
    if found is None:
        return None, False
    return found, len(f.lead) - pos <= 4


def _relative_year(f: _Figure, year: int | None) -> int | None:
    """A year its clause names relative to the report's (今年, 去年), not as a base (比上年)."""
    if year is None:
        return None
    skip = [m.span() for m in _BASE_RELATIVE.finditer(f.lead)]
    found = None
    for m in _RELATIVE.finditer(f.lead):
        if not any(a <= m.start() < b for a, b in skip):
            found = year + _OFFSETS[m.group()]
    return found


def _base_year(f: _Figure) -> int | None:
    """The year a change, share or ratio is measured against (比2020年, 较2020年末, 与2020年相比)."""
    if f.kind not in _BASE_KINDS:
        return None
    found = None
    for m in _BASE.finditer(f.lead):
        found = int(m.group(1) or m.group(2))
    return found


def _status(role: str, f: _Figure) -> str:
    if role in TARGET_ROLES:
        return "target"
    return "estimate" if _ESTIMATE.search(f.sentence) else "actual"


def when(doc: Document, sentence_index: int, start: int, end: int, kind: str, qualifier: str) -> When:
    """(status, period, period_start, span, base_period) of the figure at text[start:end] in sentence
    `sentence_index`; kind and qualifier as read for it (growth, share, …; about, at_most, …)."""
    f = _figure(doc, sentence_index, start, end, kind, qualifier)
    part = _part_of(doc, sentence_index)
    role = _reading_role(doc.sentences[sentence_index].role, part, f)
    status = _status(role, f)
    year = doc.year
    named, close = _named_year(f)
    relative = _relative_year(f, year)
    if status == "target":
        period = named if named and year and named > year else relative if relative and year and relative > year else year
        own = period != year
    else:
        period = year - 1 if year else None
        if relative is not None:
            period = relative
        if named and (year is None or named <= year):
            period = named
        own = named is not None or relative is not None
        if role not in TARGET_ROLES and period == year and _has_target_cue(f.sentence):
            status = "target"
    base = _base_year(f)
    first, period, span = _years_and_span(f, role, part, period, year, base, own, close)
    if base is not None and period is not None and base >= period:
        base = None
    return When(status, period, first, span, base)


def _frame(text: str, year: int | None, target: bool) -> tuple[int, int] | None:
    """Several years a text names: a range, a plan's period, the years since one, the past n years, the
    next n years (of a target)."""
    m = _RANGE.search(text)
    if m and int(m.group(1)) < int(m.group(2)):
        return int(m.group(1)), int(m.group(2))
    m = PLAN_NAME.search(text)
    plan = plan_of(m) if m else None
    if plan:
        if not target and year is not None and plan[1] >= year:
            return (plan[0], year - 1) if plan[0] < year - 1 else None
        return plan
    if year is None:
        return None
    m = _SINCE.search(text)
    if m and int(m.group(1)) < year - 1:
        return int(m.group(1)), year - 1
    m = _PAST_N.search(text)
    n = count_of(m.group(1) or m.group(2)) if m else 0
    if n > 1:
        return year - n, year - 1
    m = _NEXT_N.search(text) if target else None
    n = count_of(m.group(1)) if m else 0
    if n > 1:
        return year, year + n - 1
    return None


def _part_years(role: str, part: Part | None) -> tuple[int, int] | None:
    if part is None:
        return None
    if part.role == role:
        return part.years
    return part.review_years if part.mixed and role == "results" else None


def _years_and_span(f: _Figure, role: str, part: Part | None, period: int | None, year: int | None, base: int | None,
                    own: bool, close: bool) -> tuple[int | None, int | None, str]:
    """(period_start, period, span) of a figure whose single-year reading is `period`."""
    target = role in TARGET_ROLES
    frame = None
    if not (close or own):
        # "五年来，…年均增长10%；财政收入年均增长15%": a frame the sentence opens with holds for all its clauses
        frame = _frame(f.lead, year, target) or _frame(f.sentence[:_HEAD], year, target) or _part_years(role, part)
    by = None
    if target and year is not None:
        m = None
        for m in _BY_YEAR.finditer(f.lead):
            pass
        by = int(m.group(1)) if m and int(m.group(1)) > year else None
    if frame is None and f.kind in _CHANGES and base is not None and period is not None and period - base >= 2:
        frame = base + 1, period
    if frame is None or frame[0] >= frame[1]:
        return period, period, "year"
    return _span(f, role, frame, by)


def _span(f: _Figure, role: str, frame: tuple[int, int], by: int | None) -> tuple[int | None, int | None, str]:
    first, last = frame
    if by is not None and f.kind not in _CHANGES:
        return by, by, "year"                  # a level to be reached by a year
    last = by if by is not None and by > last else last
    own = f.sub + f.after
    if _ANNUAL.search(own):
        return first, last, "average_annual"
    if _CUMULATIVE.search(own) or f.kind in _CHANGES:
        return first, last, "cumulative"
    if _KEPT.search(f.sub) or (role == "plan" and f.qualifier in _CEILINGS and not _REACHED.search(f.sub)):
        return first, last, "average_annual"   # a level or ceiling kept through the years
    if _REACHED.search(f.sub) or f.kind in ("share", "ratio_to_base", "rank") or role == "plan":
        return last, last, "year"              # a level at the end of the frame
    return first, last, "cumulative"           # a total over the years
