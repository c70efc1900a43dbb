"""A report's structure: parts, numbered sections, paragraphs and sentences, with offsets.

Part roles drive claim status (the targets part states targets whatever the
verb tense), so they are read from the headings rather than from position alone.
"""
from __future__ import annotations

from .scan import find_words, lowered, positions

import bisect
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from . import words as vocab
from .words import alternation

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_UNICODE_ROMAN = dict(zip("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ", ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]))

_PART_HEADING = re.compile(
    r"^[ \t\u00a0]*(?:Part\s+)?(?P<num>X|IX|VIII|VII|VI|V|IV|III|II|I|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[ \t]*[.．、:：][ \t\u00a0]*(?P<title>\S.*)$"
)
# Translations also write "Part One: ..." or "1. Review of Work in 2023"; an Arabic number counts as a part
# heading only when its words say what a part says, since "1." also numbers sections inside a part.
# A report has at most six parts: "Part One" to "Part Six", or "1." to "6.".
_PART_NUMBERS = MappingProxyType({w: int(v) for w, v in vocab.column("number_words", "value").items() if 1 <= int(v) <= 6})
# "Part One" may stand alone, its title on the next line or none at all ("Part Two" over the main targets).
_PART_WORD_HEADING = re.compile(
    rf"^[ \t\u00a0]*Part[ \t]+(?P<num>{alternation(_PART_NUMBERS, fold=True)}|\d{{1,2}})\b[ \t]*[.．、:：—-]?[ \t\u00a0]*"
    r"(?P<title>\S.{0,200})?$", re.I)
# An Arabic numeral with a full stop ("1. Work in 2018"), none ("1 Review of Work in 2007"), or the Chinese
# enumeration comma a translation keeps ("1、 2016 work review"); a Chinese numeral ("一、Review of Work in
# 2018", read/en/part_numerals.csv) likewise.
_CHINESE_PART_NUMERALS = MappingProxyType(
    {w: int(vocab.column("part_numerals", "value")[w]) for w in vocab.where("part_numerals", "form", "chinese")})
_ORDINAL_PART_NUMERALS = MappingProxyType(
    {w: int(vocab.column("part_numerals", "value")[w]) for w in vocab.where("part_numerals", "form", "ordinal")})
_ARABIC_PART_HEADING = re.compile(
    rf"^[ \t\u00a0]*(?P<num>[1-6]|{alternation(_CHINESE_PART_NUMERALS)})"
    r"(?P<mark>[ \t]*[.．][ \t\u00a0]*(?=[A-Z])|[ \t]*、[ \t\u00a0]*|[ \t]+(?=[A-Z]))(?P<title>[A-Za-z0-9][^.;]{3,120})$")
# A machine translation turns "一、" into "First," ("First, the work review of 2010 and ..."): a short line
# not ending a sentence, which "First, we will ..." in a paragraph does.
_ORDINAL_PART_HEADING = re.compile(
    rf"^[ \t\u00a0]*(?P<num>{alternation(_ORDINAL_PART_NUMERALS, fold=True)}),[ \t\u00a0]*(?P<title>\S[^.;。]{{3,150}})$", re.I)
_PART_WORDS = re.compile(rf"\b(?:{alternation(vocab.words('numbered_part_words'), fold=True)}|work in (?:19|20)\d\d)\b", re.I)
# The words of a heading that give its part a role (read/en/part_headings.csv).
_RESULTS_WORDS = re.compile(rf"\b(?:{alternation(vocab.where('part_headings', 'role', 'results'))})\b")
_TASK_WORDS = vocab.where("part_headings", "role", "targets")
_PLANS = re.compile(rf"\b(?:{alternation(_TASK_WORDS)})\b")
_TARGETS_WORDS = re.compile(rf"\b(?:{alternation(_TASK_WORDS + vocab.where('part_headings', 'role', 'requirements'))})\b")
_FIVE_YEAR_WORDS = re.compile(rf"\b(?:{alternation(vocab.where('part_headings', 'role', 'plan'))})\b")
_GOVERNMENT_WORDS = re.compile(rf"\b(?:{alternation(vocab.where('part_headings', 'role', 'government'))})\b")
# "the 14th Five-Year Plan": the nth plan runs from 1966 + 5 * (n - 3) for five years (the 13th: 2016-2020).
_ORDINALS = vocab.column("ordinal_words", "value")
_NTH_PLAN = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)|{alternation(_ORDINALS, fold=True)})\s+Five-Year\s+Plan\b", re.I)
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:-|–|—|to|through)\s*((?:19|20)\d\d)(?!\d)")
_PAST_YEARS = re.compile(rf"\b(?:past|last|previous)\s+(\d|{alternation(vocab.column('number_words', 'value'), fold=True)})\s+years\b", re.I)
_ROMAN_OF = {v: k for k, v in ROMAN.items()}
_SECTION_HEADING = re.compile(r"^[ \t\u00a0]*(?:[(（](?P<a>\d{1,2})[)）]|(?P<b>\d{1,2})[.．、][ \t](?=[A-Z]))")
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
# A heading that reviews a year names it ("Review of Work in 2023", "Looking Back on 2015", "2016 work
# review"): the report is for the year after.
_REVIEWED_YEAR = re.compile(rf"{_RESULTS_WORDS.pattern}|\bwork in\b")
_ABBREV_WORDS = vocab.words("abbreviations") | set(vocab.where("months", "form", "short"))
_ABBREV = re.compile(rf"(?:\b(?:{alternation(_ABBREV_WORDS)})\.)$")
_ABBREV_ENDS = tuple(w + "." for w in sorted(_ABBREV_WORDS))   # what a text _ABBREV matches must end with
_ROMAN_MARK = re.compile(r"^[ \t\u00a0]*(?:Part\s+)?(?:[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|\d{1,2})[.．]$")
_ROMAN_DIGITS = "IVXⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"   # the characters before the stop of a _ROMAN_MARK that are no decimal digit
# A place name: one or two capitalised words, not counting what kind of place it is ("Zhejiang Province").
_ADMIN_WORDS = rf"(?:{alternation(vocab.words('admin_words'))})\b"
_PLACE_NAME = rf"((?!{_ADMIN_WORDS})[A-Z][a-z]+(?: (?!{_ADMIN_WORDS})[A-Z][a-z]+)?)"
_PLACE_PATTERNS = [
    re.compile(rf"People's Congress of (?:the )?{_PLACE_NAME}"),
    re.compile(rf"\b(?:Mayor|Governor|Chairman|Chairwoman) of (?:the )?(?:People's Government of (?:the )?)?{_PLACE_NAME}"),
    re.compile(rf"\b{_PLACE_NAME} (?:Municipal|Provincial|City|Autonomous Region(?:al)?) People's (?:Government|Congress)"),
    re.compile(rf"\bGovernment of (?:the )?{_PLACE_NAME} (?:Municipality|Province|City)\b"),
    re.compile(rf"^[ \t\u00a0]*(?!(?:The|This|Our|Annual|Report)\b){_PLACE_NAME} (?:Municipal |Provincial |City )?Government Work Report", re.M),
]
_NATIONAL = re.compile(
    r"Premier of the State Council|(?:State Council|National People's Congress) of the People's Republic of China")


@dataclass(frozen=True)
class Part:
    id: str          # "0" for text before the first heading, else "I", "II", ...
    role: str        # preamble | results | targets | plan | government | unrecognised
    title: str
    start: int
    end: int
    years: tuple[int, int] | None = None   # the years a review of several years or a plan covers, first and last
    # A part whose heading reviews and then sets targets ("Achievements in the 13th Five-Year Plan Period and
    # Major Targets and Tasks for the 14th Five-Year Plan Period"): each sentence says which it does, and
    # its reviewed sentences cover `review_years` when the heading names them.
    mixed: bool = False
    review_years: tuple[int, int] | None = None


@dataclass(frozen=True)
class Section:
    id: str          # "I.3" for part I, numbered section (3); "II" for a part's unnumbered lead
    part: str
    role: str
    number: int | None
    title: str
    start: int
    end: int


class Sentence(NamedTuple):
    """One sentence: its span, paragraph, section and the role its part gives it (a named tuple: a report
    has hundreds, and one costs about a third of a frozen dataclass to make)."""
    start: int
    end: int
    paragraph: int
    section: str
    role: str


@dataclass(frozen=True)
class Document:
    text: str
    place: str | None
    year: int | None
    report_id: str
    parts: tuple[Part, ...]
    sections: tuple[Section, ...]
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[Sentence, ...]
    _starts: tuple[int, ...] = field(repr=False, default=())

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding `offset` (the nearest one before it)."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]


# Blank characters around a paragraph; a byte-order mark (Notepad's UTF-8) stays in the text, so
# offsets match a plain UTF-8 read, but must not hide the heading of the first line.
_BLANK = " \t\u00a0\f\v\ufeff\u200b\u3000"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that holds text, without the blanks around it: reports write a paragraph on
    a line of its own, with or without blank lines between them."""
    out = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        stripped = line.strip(_BLANK)
        if stripped:
            lead = len(line) - len(line.lstrip(_BLANK))
            trail = len(line) - len(line.rstrip(_BLANK))
            if stripped[0] in "#*_" or stripped[-1] in "*_":
                lead, trail = _without_marks(line, lead, trail)
            if a + lead < b - trail:
                out.append((a + lead, b - trail))
    return out


_LEADING_MARKS = re.compile(r"(?:#{1,6}[ \t]+|\*\*|__)+")
_TRAILING_MARKS = re.compile(r"(?:\*\*|__)+$")


def _without_marks(line: str, lead: int, trail: int) -> tuple[int, int]:
    """A line's blanks widened by the marks a word processor or a markdown copy puts around a heading ("##
    I. Review of Our Work in 2015", "**II. Main Targets and Tasks for 2020**"), so that the line reads as the
    heading it marks; the marks stay in the text, outside the paragraph."""
    body = line[lead:len(line) - trail]
    m = _LEADING_MARKS.match(body)
    lead += m.end() if m else 0
    body = line[lead:len(line) - trail]
    t = _TRAILING_MARKS.search(body)
    trail += len(body) - t.start() if t and (m or t.start() == 0 or body.startswith(("**", "__"))) else 0
    body = line[lead:len(line) - trail]
    return lead + len(body) - len(body.lstrip(_BLANK)), trail + len(body) - len(body.rstrip(_BLANK))


_BREAK_MARKS = ".!?-—–"   # where a sentence may end, or a page number like "-12-" start
_ARTIFACT = re.compile(r"[-—–][ ]?\d{1,3}[ ]?[-—–]")
_CLOSERS = "\"”’)"
_OPENERS = "\"“("


def _break_candidates(marks: list[int], a: int, b: int) -> list[int]:
    """Where a sentence may end in text[a:b], in order, from `marks`, where a _BREAK_MARKS character stands
    in the whole text: found once for all paragraphs, not with six str.find per paragraph."""
    return marks[bisect.bisect_left(marks, a):bisect.bisect_left(marks, b)]


def _split_sentences(text: str, a: int, b: int, marks: list[int]) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; a page number like "-12-" stands alone between sentences. `marks`:
    where a _BREAK_MARKS character stands in the text."""
    out = []
    start = a
    for i in _break_candidates(marks, a, b):
        mark = text[i]
        m = _ARTIFACT.match(text, i, b) if mark in "-—–" else None
        if m is None and mark in "-—–":
            continue
        m_start, m_end = m.span() if m else (i, i + 1)
        if m_end - m_start > 1 and (text[m_start - 1:m_start].isdigit() or text[m_end:m_end + 1].isdigit()):
            continue   # "2024-01-15" is a date, not a page number "-01-"
        if m_end - m_start > 1:  # page artifact: cut before and after it
            if m_start > start:
                out.append((start, m_start))
            out.append((m_start, m_end))
            start = m_end
            while start < b and text[start] in " \t\u00a0":
                start += 1
            continue
        p = m_end
        while p < b and text[p] in _CLOSERS:
            p += 1
        q = p
        while q < b and text[q] in " \t\u00a0":
            q += 1
        if q == p or q >= b:
            continue
        nxt = text[q]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt in "ⅠⅡⅢⅣⅤ"):
            continue
        if mark == "." and (_abbreviation(text, max(start, p - 8), m_end) or _roman_mark(text, start, m_end)):
            continue
        if p > start:
            out.append((start, p))
        start = q
    if start < b:
        out.append((start, b))
    # a span whose first character is no blank holds text: no need to copy it out to strip it
    return [(s, e) for s, e in out if s < e and (not text[s].isspace() or text[s:e].strip())]


def _abbreviation(text: str, lo: int, end: int) -> bool:
    """Whether text[lo:end] ends with an abbreviation and its full stop ("No.", "Jan."). Most sentence ends
    are none: a str.endswith of them all tells it before the pattern is tried at each offset."""
    return text.endswith(_ABBREV_ENDS, lo, end) and _ABBREV.search(text, lo, end) is not None


def _roman_mark(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only a part's or section's number and its full stop ("II.", "Part IV.",
    "3."). Only a numeral before the stop can make it one: most sentences end otherwise, and are not
    copied out to be matched."""
    last = text[end - 2] if end - 2 >= start else ""
    return bool(last) and (last in _ROMAN_DIGITS or last.isdecimal()) and bool(_ROMAN_MARK.match(text[start:end]))


def _heading_role(title: str, year: int | None, index: int, numbered: bool = True, previous: str = "") -> str:
    """A part's role from its heading's words: a review gives results, a five-year plan's period a plan, the
    year's own work ("The Government's Work in 2011") targets, the government's own work (with no targets
    word) government, tasks, targets and requirements targets. A numbered heading without role words is a
    review when it comes first, else goes on with the part before it when that set targets (parts III to
    VIII of a report can each be one area of this year's work)."""
    t = title.lower()
    if _RESULTS_WORDS.search(t):
        if _mixed(t):
            return "plan" if _FIVE_YEAR_WORDS.search(t) else "targets"
        return "results"
    work_year = _work_year(t)
    if year is not None and work_year == year - 1:
        return "results"
    if _FIVE_YEAR_WORDS.search(t):
        return "plan"
    if year is not None and work_year == year:
        return "targets"
    if _GOVERNMENT_WORDS.search(t) and not _PLANS.search(t):
        return "government"
    if _TARGETS_WORDS.search(t):
        return "targets"
    if not numbered:
        return ""
    if index == 0:
        return "results"
    return "targets"


# "Work in 2018", "The Government's Work in 2011", "work for 2017": the year whose work a heading names.
_WORK_YEAR = re.compile(r"\bwork (?:in|for) ((?:19|20)\d\d)\b")


def _work_year(title: str) -> int | None:
    """The year a heading's "work in" names, if any: last year's work is a review, this year's a plan of work."""
    m = _WORK_YEAR.search(title)
    return int(m.group(1)) if m else None


# The delivery line ("Delivered at the Fifth Session of the 12th National People's Congress ... on March 5,
# 2017"; "Second Session of the 13th National People's Congress ..., March 2019"), read with its line breaks
# as spaces; then any full date in the header ("2024-01-15", "January 6, 2024").
_MONTH_NAMES = alternation(vocab.where("months", "form", "full"))
_DELIVERY = re.compile(
    rf"\b(?:Delivered|Session|Congress)\b[^\n]{{0,200}}?\b(?:{_MONTH_NAMES})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
    r"((?:19|20)\d\d)(?!\d)")
_HEADER_DATE = re.compile(
    rf"(?<![\d.])((?:19|20)\d\d)[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?!\d)"
    rf"|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)")
# A header line with only a month and a year, as a dateline ("-- January 2019", "(January 2010)").
_MONTH_YEAR_LINE = re.compile(
    rf"^[ \t\u00a0(（\-—–]*(?:{_MONTH_NAMES})\.?,?[ \t]+((?:19|20)\d\d)[ \t)）]*$", re.M)
# "This year is the final year of the 13th Five-Year Plan period": the plan's first year + the year's place.
_PLAN_YEAR_WORDS = MappingProxyType({w: int(v) for w, v in vocab.column("plan_year_words", "value").items()})
_YEAR_OF_PLAN = re.compile(
    rf"[Tt]his year is the ({alternation(_PLAN_YEAR_WORDS, fold=True)}) year of (?:the )?[\"“]?", re.I)


def infer_year(text: str, part_titles: list[str], head_end: int | None = None) -> int | None:
    """The report's year: from the delivery line, else a date or a month's dateline in the header, else the
    reviewed year + 1, else the place this year has in a five-year plan, else the year its targets heading
    names. Never the largest year the text mentions: a report speaks of 2035 and of dates long past."""
    head = text[:min(head_end if head_end is not None else 3000, 3000)]
    joined = re.sub(r"\s*\n\s*", " ", head)
    m = _DELIVERY.search(joined)
    if m:
        return int(m.group(1))
    m = _HEADER_DATE.search(joined) or _MONTH_YEAR_LINE.search(head)
    if m:
        return int(m.group(1) or m.group(2))
    for title in part_titles:
        t = title.lower()
        years = [int(y) for y in _YEAR.findall(title)]
        if years and _REVIEWED_YEAR.search(t):
            return min(years) + 1
    year = _year_of_plan(text)
    if year is not None:
        return year
    for title in part_titles:
        t = title.lower()
        years = [int(y) for y in _YEAR.findall(title)]
        if years and _TARGETS_WORDS.search(t) and not _FIVE_YEAR_WORDS.search(t):
            return min(years)
    return None


def _year_of_plan(text: str) -> int | None:
    """The year a text names as the nth of a five-year plan ("This year is the final year of the 12th
    Five-Year Plan period": 2015). Found with str.find: the phrase is rare and the text long."""
    i = text.find("his year is the ")
    while i > 0:
        m = _YEAR_OF_PLAN.match(text, i - 1)
        plan = _NTH_PLAN.match(text, m.end()) if m else None
        if plan:
            return 1966 + 5 * (_plan_number(plan) - 3) + _PLAN_YEAR_WORDS[m.group(1).lower()] - 1
        i = text.find("his year is the ", i + 1)
    return None


def infer_place(text: str) -> str | None:
    head = text[:3000]
    for pat in _PLACE_PATTERNS:
        m = pat.search(head)
        if m:
            return m.group(1)
    if _NATIONAL.search(head):
        return "China"
    return None


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "report"


@dataclass(frozen=True)
class _Heading:
    """A part heading: the paragraph it is, the part's Roman id and the heading's title (with its second
    line when the heading is split over two)."""
    paragraph: int
    part: str
    title: str
    numbered: bool = True


# A heading line's end: a title goes on on the next line when it ends in ":" ("II. Economic and Social
# Development in 2019:" / "Overall Requirements and Policy Directions") or when the numeral stands alone.
_NUMERAL_ALONE = re.compile(r"^[ \t\u00a0]*(?:Part\s+)?(?P<num>X|IX|VIII|VII|VI|V|IV|III|II|I|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[ \t]*[.．、:：]?[ \t\u00a0]*$")
_LIST_MARK = re.compile(r"^[ \t\u00a0]*(?:--|[-—–•·▪●])")


def _short_line(text: str, a: int, b: int, limit: int = 160) -> bool:
    """A line that can be (part of) a heading: short, and not ending a sentence."""
    return b - a <= limit and text[b - 1] not in ".;,。"


def _title_with_next_line(text: str, paragraphs, i: int, title: str) -> str:
    """The heading's title, joined with the next line when the heading goes on there."""
    if i + 1 < len(paragraphs) and (not title or title.endswith((":", "："))):
        a, b = paragraphs[i + 1]
        if _short_line(text, a, b, 150) and not _LIST_MARK.match(text[a:b]):
            return f"{title} {text[a:b]}".strip()
    return title


# A heading that runs straight into its paragraph ("I. Review of work in 2013 Over the past year, the
# province's GDP grew ..."): the title ends before a capitalised word that opens a sentence
# (read/en/paragraph_openers.csv) and a lower-case word after it.
_RUN_IN = re.compile(
    rf"^(?P<title>\S.{{6,120}}?[a-z0-9)'’])[ \t]+(?=(?:{alternation(vocab.words('paragraph_openers'))})[ \t,]+[a-z0-9])")


def _roman_title(title: str) -> str | None:
    """A Roman-numbered heading's title: its words before its paragraph when the line runs on into one (it
    ends a sentence or is too long for a heading), else the whole line; None for a line too long to be
    a heading that runs into nothing."""
    if title.endswith((".", ";", "。", "!", "?")) or len(title) > 201:
        m = _RUN_IN.match(title)
        if m:
            return m.group("title")
    return title if len(title) <= 201 else None


def _roman_part_headings(text: str, paragraphs) -> list[_Heading]:
    """Part headings numbered "I." to "X." (or Ⅰ to Ⅹ), each numbered above the one before; the numeral
    may stand on its own line, and the title may go on over a second line."""
    out: list[_Heading] = []
    for i, (a, b) in enumerate(paragraphs):
        line = text[a:b]
        m = _PART_HEADING.match(line) or (_NUMERAL_ALONE.match(line) if b - a <= 220 else None)
        if m:
            num = _UNICODE_ROMAN.get(m.group("num"), m.group("num"))
            title = _roman_title(m.group("title").strip()) if "title" in m.groupdict() else ""
            if title is None:
                continue
            if not title and (i + 1 >= len(paragraphs) or _PART_HEADING.match(text[slice(*paragraphs[i + 1])])):
                continue
            if out and ROMAN[num] == 1 and _contents_list(out):
                out = []   # the headings so far were a list of contents: the parts begin again here
            if not out or ROMAN[num] > ROMAN[out[-1].part]:
                out.append(_Heading(i, num, _title_with_next_line(text, paragraphs, i, title)))
    return out


def _contents_list(headings: list[_Heading]) -> bool:
    """Whether part headings found so far stand on consecutive lines with no paragraph between them, as a
    list of contents at the head of a report does before the body numbers its parts again from I."""
    return len(headings) >= 2 and all(h.paragraph == headings[0].paragraph + k for k, h in enumerate(headings))


def _other_part_headings(text: str, paragraphs) -> list[_Heading]:
    """Part headings written as "Part One: ..." or "1. Review of ...", "一、Review of ...", "First, the work
    review of ...", for reports without Roman numerals. Arabic numbers also number the sections inside a
    part ("1. Pushing ahead with the five priority tasks"), so they count as parts only when there are two
    and the first opens a review ("Work in 2018" reviews too). A report numbers its parts in one style, so
    "2. Deepening reform tasks" inside part "一、" is a section."""
    out: list[_Heading] = []
    style = ""
    for i, (a, b) in enumerate(paragraphs):
        found = _numbered_part_line(text[a:b]) if b - a <= 220 else None
        if found is None or (out and found[2] != style):
            continue
        n, title, style = found
        if n in _ROMAN_OF and (not out or n == ROMAN[out[-1].part] + 1) and (out or n == 1):
            out.append(_Heading(i, _ROMAN_OF[n], _title_with_next_line(text, paragraphs, i, title)))
    if style != "part" and (len(out) < 2 or not _REVIEWED_YEAR.search(out[0].title.lower())):
        return []
    return out


def _numbered_part_line(line: str) -> tuple[int, str, str] | None:
    """(number, title, style) of a line that can head a part: "Part One: ..." (or "Part One" alone), style
    "part", else an Arabic or Chinese numeral with its mark ("1.", "1、", "一、") or an ordinal word before
    words a part heading says. Those numberings also number sections and open paragraphs ("First, we
    will ..."): an ordinal's title needs a part word or a year ("Third, the main work of 2011")."""
    m = _PART_WORD_HEADING.match(line)
    if m:
        raw = m.group("num").lower()
        return _PART_NUMBERS.get(raw) or int(raw), (m.group("title") or "").strip(), "part"
    m = _ARABIC_PART_HEADING.match(line)
    if m and _PART_WORDS.search(m.group("title")):
        raw, mark = m.group("num"), m.group("mark").strip()[:1]
        if raw in _CHINESE_PART_NUMERALS:
            return _CHINESE_PART_NUMERALS[raw], m.group("title").strip(), "chinese" + mark
        return int(raw), m.group("title").strip(), "arabic" + mark
    m = _ORDINAL_PART_HEADING.match(line)
    if m and (_PART_WORDS.search(m.group("title")) or _YEAR.search(m.group("title"))):
        return _ORDINAL_PART_NUMERALS[m.group("num").lower()], m.group("title").strip(), "ordinal"
    return None


def _list_lines(text: str, paragraphs) -> set[int]:
    """Paragraphs that are items of a list an intro ending in ":" opens: lines starting with "--" (or a
    bullet), or short lines without a final full stop, up to the first other paragraph."""
    out: set[int] = set()
    i = 0
    while i < len(paragraphs):
        a, b = paragraphs[i]
        i += 1
        if text[b - 1] not in ":：":
            continue
        while i < len(paragraphs):
            a, b = paragraphs[i]
            if not (_LIST_MARK.match(text[a:b]) or (_short_line(text, a, b, 240) and not text[a:b].isupper())):
                break
            out.add(i)
            i += 1
    return out


def _unnumbered_part_headings(text: str, paragraphs) -> list[_Heading]:
    """Part headings without a numeral that say what a part is ("Review of our work in 2016", "What the
    government will do in 2017", "Major areas of work for 2017", "REVIEW OF WORK IN 2018"): short lines, not a list's items, not the
    report's own title, whose words give a role. Two at least, or none: one such line is no structure."""
    out: list[_Heading] = []
    items = _list_lines(text, paragraphs)
    for i, (a, b) in enumerate(paragraphs):
        line = text[a:b]
        if i in items or not _short_line(text, a, b, 120) or line.endswith((":", "：")) or not line[:1].isupper():
            continue
        if len(line.split()) > 16 or re.search(r"\breport\b|\bdeput|\bdelegat|\bsession\b", line, re.I):
            continue
        if _heading_role(line, None, len(out), numbered=False):
            out.append(_Heading(i, _ROMAN_OF.get(len(out) + 1, "X"), line.strip(), numbered=False))
    return out if 2 <= len(out) <= 10 else []


def parse_document(text: str, year: int | None = None, place: str | None = None,
                   report_id: str | None = None) -> Document:
    """Split `text` into parts, sections, paragraphs and sentences; infer place and year unless given."""
    paragraphs = _paragraphs(text)
    headings = (_roman_part_headings(text, paragraphs) or _other_part_headings(text, paragraphs)
                or _unnumbered_part_headings(text, paragraphs))
    if year is None:
        head_end = paragraphs[headings[0].paragraph][0] if headings else None
        year = infer_year(text, [h.title for h in headings], head_end)
    if place is None:
        place = infer_place(text)
    if report_id is None:
        report_id = f"{slug(place or 'report')}-{year}" if year else slug(place or "report")
    parts = _parts(text, paragraphs, headings, year)
    sections, sentences = _sections_and_sentences(text, paragraphs, parts)
    sentences = _main_targets(text, paragraphs, sentences)
    return Document(
        text=text, place=place, year=year, report_id=report_id, parts=tuple(parts),
        sections=tuple(sections), paragraphs=tuple(paragraphs), sentences=tuple(sentences),
        _starts=tuple(s.start for s in sentences),
    )


def _plan_number(m: re.Match) -> int:
    """The n of "the 14th Five-Year Plan" or "the Eleventh Five-Year Plan"."""
    nth = m.group(1).lower()
    return int(_ORDINALS.get(nth) or nth[:-2])


def plan_years(text: str, year: int | None) -> tuple[int, int] | None:
    """The years of the five-year plan a text names ("the 14th Five-Year Plan" -> 2021-2025, "2021-2025"),
    else of the plan that holds the report's year."""
    m = _NTH_PLAN.search(text)
    if m:
        first = 1966 + 5 * (_plan_number(m) - 3)
        return first, first + 4
    m = _YEAR_RANGE.search(text)
    if m and int(m.group(1)) < int(m.group(2)):
        return int(m.group(1)), int(m.group(2))
    if year is None:
        return None
    first = 1966 + 5 * ((year - 1966) // 5)
    return first, first + 4


def _mixed(title: str) -> bool:
    """Whether a heading reviews, then sets targets: after its results words, an "and" opens words of targets
    other than a five-year plan's name."""
    m = _RESULTS_WORDS.search(title.lower())
    if m is None:
        return False
    tail = re.split(r"\band\b", title.lower()[m.end():], maxsplit=1)
    # "Review of Work in 2015 and the 12th Five-Year Plan Period" reviews both: the plan's name is no target
    return len(tail) == 2 and bool(_TARGETS_WORDS.search(_FIVE_YEAR_WORDS.sub(" ", tail[1])))


def _review_years(title: str) -> tuple[int, int] | None:
    """The plan a mixed heading reviews, when it names two: the earlier."""
    plans = [_plan_number(m) for m in _NTH_PLAN.finditer(title)]
    if len(plans) >= 2 and min(plans) < max(plans):
        first = 1966 + 5 * (min(plans) - 3)
        return first, first + 4
    return None


def _part_years(role: str, title: str, year: int | None) -> tuple[int, int] | None:
    """The years a part covers when they are several: a plan's, or the past n years a review names."""
    if role == "plan":
        plans = [_plan_number(m) for m in _NTH_PLAN.finditer(title)]
        if plans:
            first = 1966 + 5 * (max(plans) - 3)
            return first, first + 4
        return plan_years(title, year)
    if role == "results" and year is not None:
        m = _PAST_YEARS.search(title)
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_VALUES.get(m.group(1).lower(), 0)
            if n > 1:
                return year - n, year - 1
    return None


_NUMBER_VALUES = MappingProxyType({w: int(v) for w, v in vocab.column("number_words", "value").items()})


def _parts(text: str, paragraphs, headings: list[_Heading], year: int | None) -> list[Part]:
    """The parts between the headings, each with the role its heading gives it; text before the first
    heading is the preamble, part "0". A text without any part heading is one part "0" whose role is
    `unrecognised`: its statuses are read from each sentence."""
    if not headings:
        return [Part("0", "unrecognised", "", 0, len(text))]
    parts: list[Part] = []
    bounds = [(paragraphs[h.paragraph][0], h) for h in headings]
    first = bounds[0][0]
    if first > 0:
        parts.append(Part("0", "preamble", "", 0, first))
    role = ""
    for k, (start, h) in enumerate(bounds):
        end = bounds[k + 1][0] if k + 1 < len(bounds) else len(text)
        role = _heading_role(h.title, year, k, h.numbered, role) or "targets"
        mixed = role in ("targets", "plan") and _mixed(h.title)
        parts.append(Part(h.part, role, h.title, start, end, _part_years(role, h.title, year), mixed,
                          _review_years(h.title) if mixed else None))
    return parts


# --- the main-targets paragraph ------------------------------------------------------------------

_MAIN_ADJECTIVES = alternation(vocab.where("main_target_words", "use", "adjective"), fold=True)
_MAIN_NOUNS = alternation(vocab.where("main_target_words", "use", "noun"), fold=True)
_MAIN_TARGETS = re.compile(
    rf"\b(?:{_MAIN_ADJECTIVES})\b(?:\s+[\w-]+){{0,4}}?\s+(?:{_MAIN_NOUNS})\b[^.;]{{0,160}}?"
    r"(?:[:：]|\bas follows\b|\b(?:are|is)\s+(?:set\s+)?(?:as\s+follows|to\b|that\b|[:：]?\s*(?:the\s+)?[a-z]))", re.I)
_MAIN_PAST = re.compile(rf"\b(?:{alternation(vocab.where('main_target_words', 'use', 'past'), fold=True)})\b", re.I)
# The targets nouns alone, without the word boundary after them: every sentence the intro pattern can match
# holds one of these, so the pattern is tried only on those sentences (one scan of the text, not one per sentence).
_MAIN_NOUN_WORDS = tuple(w.lower() for w in vocab.where("main_target_words", "use", "noun"))


def _noun_starts(text: str) -> list[int]:
    """Where a targets noun starts, in order. Finding the words in the lowered text (offset for offset the
    text's) is several times quicker than a case-blind pattern, and finds what the pattern finds."""
    return find_words(lowered(text), _MAIN_NOUN_WORDS)


def _noun_sentences(text: str, sentences: list[Sentence]) -> list[int]:
    """The indices of the sentences where a targets noun starts, in order: the only ones the intro pattern
    can match. Sentences follow one another without overlapping, so a noun is in the last one starting
    at or before it, if that one has not ended."""
    starts = [s.start for s in sentences]
    out = set()
    for p in _noun_starts(text):
        k = bisect.bisect_right(starts, p) - 1
        if k >= 0 and p < sentences[k].end:
            out.add(k)
    return sorted(out)


def _main_targets(text: str, paragraphs, sentences: list[Sentence]) -> list[Sentence]:
    """The paragraph listing the year's main targets ("the main projected targets for development this year
    are:") makes its figures targets wherever it stands: its intro sentence and the rest of its paragraph,
    and, when the intro ends in ":", the list lines after it."""
    if not any(w in text for w in ("argets", "oals", "bjectives")):
        return sentences
    marked = _main_target_sentences(text, paragraphs, sentences)
    if not marked:
        return sentences
    return [s._replace(role="targets") if k in marked and s.role not in ("targets", "plan") else s
            for k, s in enumerate(sentences)]


def _main_target_sentences(text: str, paragraphs, sentences: list[Sentence]) -> set[int]:
    """The indices of the sentences _main_targets makes targets: in each paragraph, from the first intro
    sentence on (an intro names the targets and no past word comes before the pattern's end)."""
    items = None
    marked: set[int] = set()
    done: set[int] = set()
    by_paragraph: dict[int, list[int]] | None = None
    for k in _noun_sentences(text, sentences):
        s = sentences[k]
        if s.paragraph in done:
            continue
        m = _MAIN_TARGETS.search(text, s.start, s.end)
        if m is None or _MAIN_PAST.search(text, s.start, m.end()):
            continue
        done.add(s.paragraph)
        by_paragraph = _by_paragraph(sentences) if by_paragraph is None else by_paragraph
        marked.update(j for j in by_paragraph[s.paragraph] if j >= k)
        if text[paragraphs[s.paragraph][1] - 1] in ":：":
            items = _list_lines(text, paragraphs) if items is None else items
            q = s.paragraph + 1
            while q in items:
                marked.update(by_paragraph.get(q, ()))
                q += 1
    return marked


def _by_paragraph(sentences: list[Sentence]) -> dict[int, list[int]]:
    """The indices of each paragraph's sentences, by paragraph."""
    out: dict[int, list[int]] = {}
    for k, s in enumerate(sentences):
        out.setdefault(s.paragraph, []).append(k)
    return out


@dataclass(frozen=True)
class _Numbering:
    """How a part's sections are numbered so far: the style, "(n)" as "a" or "n." as "b", and the last number."""
    style: str | None = None
    last: int = 0


def _section_heading(line: str, part: Part, numbering: _Numbering) -> tuple[re.Match | None, _Numbering]:
    """The section number opening a paragraph, if it goes on with its part's numbering. Sections are
    numbered in one style and upwards, so a "(1)" list inside section "1." is not a section. In the
    preamble nothing is numbered, but the match still marks where a heading's sentence starts."""
    sm = _SECTION_HEADING.match(line)
    if sm is None or part.id == "0":
        return sm, numbering
    style = "a" if sm.group("a") else "b"
    number = int(sm.group(style))
    if (numbering.style is not None and style != numbering.style) or number <= numbering.last:
        return None, numbering
    return sm, _Numbering(style, number)


def _open_section(text: str, a: int, b: int, part: Part, sm: re.Match | None) -> Section:
    """A section starting at paragraph a:b; its title is the part's heading, or the heading sentence
    up to the first full stop after the number ("1. Build ... .")."""
    number = int(sm.group("a") or sm.group("b")) if sm and part.id != "0" else None
    sid = "0" if part.id == "0" else part.id if number is None else f"{part.id}.{number}"
    title = text[a:b]
    if a == part.start and part.title:
        title = part.title
    else:
        dot = title.find(".", sm.end() if sm else 0, 200)
        if dot >= 0:
            title = title[: dot + 1]
    return Section(sid, part.id, part.role, number, title.strip(), a, b)


def _sections_and_sentences(text: str, paragraphs, parts: list[Part]) -> tuple[list[Section], list[Sentence]]:
    """Each part's first paragraph opens a section, and so does each numbered section heading; a
    section runs to the end of its last paragraph. Sentences carry their section and part role."""
    opened: list[tuple[int, Section]] = []   # (index of its first paragraph, section)
    sentences: list[Sentence] = []
    part_i = -1
    numbering = _Numbering()
    marks = positions(text, _BREAK_MARKS)
    for pi, (a, b) in enumerate(paragraphs):
        first_of_part = part_i < 0
        while part_i + 1 < len(parts) and a >= parts[part_i + 1].start:
            part_i += 1
            numbering = _Numbering()
            first_of_part = True
        part = parts[max(part_i, 0)]
        sm, numbering = _section_heading(text[a:b], part, numbering)
        if first_of_part or (sm and part.id != "0"):
            opened.append((pi, _open_section(text, a, b, part, sm)))
        sid = opened[-1][1].id
        for s, e in _split_sentences(text, a, b, marks):
            sentences.append(Sentence(s, e, pi, sid, part.role))
    ends = [paragraphs[nxt - 1][1] for nxt, _ in opened[1:]] + [paragraphs[-1][1]] if opened else []
    sections = [sec if sec.end == end else Section(sec.id, sec.part, sec.role, sec.number, sec.title, sec.start, end)
                for (_, sec), end in zip(opened, ends)]
    return sections, sentences
