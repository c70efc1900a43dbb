"""A report's structure: parts, numbered sections, paragraphs and sentences, with offsets.

Part roles drive claim status (the targets part states targets whatever the
verb tense), so they are read from the headings rather than from position alone.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from types import MappingProxyType

from . import words as vocab
from .words import alternation

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_UNICODE_ROMAN = dict(zip("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ", ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]))

_PART_HEADING = re.compile(
    r"^[ \t\u00a0]*(?:Part\s+)?(?P<num>X|IX|VIII|VII|VI|V|IV|III|II|I|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])[ \t]*[.．、:：][ \t\u00a0]*(?P<title>\S.{0,200})$"
)
# Translations also write "Part One: ..." or "1. Review of Work in 2023"; an Arabic number counts as a part
# heading only when its words say what a part says, since "1." also numbers sections inside a part.
# A report has at most six parts: "Part One" to "Part Six", or "1." to "6.".
_PART_NUMBERS = MappingProxyType({w: int(v) for w, v in vocab.column("number_words", "value").items() if 1 <= int(v) <= 6})
_PART_WORD_HEADING = re.compile(
    rf"^[ \t\u00a0]*Part[ \t]+(?P<num>{alternation(_PART_NUMBERS, fold=True)}|\d{{1,2}})\b[ \t]*[.．、:：—-]?[ \t\u00a0]*(?P<title>\S.{{0,200}})$", re.I)
_ARABIC_PART_HEADING = re.compile(r"^[ \t\u00a0]*(?P<num>[1-6])[ \t]*[.．、][ \t\u00a0]*(?P<title>[A-Z][^.;]{3,120})$")
_PART_WORDS = re.compile(rf"\b(?:{alternation(vocab.words('numbered_part_words'), fold=True)}|work in (?:19|20)\d\d)\b", re.I)
# The words of a heading that give its part a role (read/en/part_headings.csv).
_RESULTS_WORDS = re.compile(rf"\b(?:{alternation(vocab.where('part_headings', 'role', 'results'))})\b")
_PLAN_WORDS = vocab.where("part_headings", "role", "targets")
_PLANS = re.compile(rf"\b(?:{alternation(_PLAN_WORDS)})\b")
_TARGETS_WORDS = re.compile(rf"\b(?:{alternation(_PLAN_WORDS + vocab.where('part_headings', 'role', 'requirements'))})\b")
_GOVERNMENT_WORDS = re.compile(rf"\b(?:{alternation(vocab.where('part_headings', 'role', 'government'))})\b")
_ROMAN_OF = {v: k for k, v in ROMAN.items()}
_SECTION_HEADING = re.compile(r"^[ \t\u00a0]*(?:[(（](?P<a>\d{1,2})[)）]|(?P<b>\d{1,2})[.．、][ \t](?=[A-Z]))")
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
# A heading that reviews a year names it ("Review of Work in 2023"): the report is for the year after.
_REVIEWED_YEAR = re.compile(r"\breview\b|\bwork in\b")
_ABBREV = re.compile(
    rf"(?:\b(?:{alternation(vocab.words('abbreviations') | set(vocab.where('months', 'form', 'short')))})\.)$")
_ROMAN_MARK = re.compile(r"^[ \t\u00a0]*(?:Part\s+)?(?:[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|\d{1,2})[.．]$")
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
    role: str        # preamble | results | targets | government
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Section:
    id: str          # "I.3" for part I, numbered section (3); "II" for a part's unnumbered lead
    part: str
    role: str
    number: int | None
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
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
    out = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        stripped = line.strip(_BLANK)
        if stripped:
            lead = len(line) - len(line.lstrip(_BLANK))
            trail = len(line) - len(line.rstrip(_BLANK))
            out.append((a + lead, b - trail))
    return out


_BREAK_CANDIDATE = re.compile(r"[.!?\-—–]")
_ARTIFACT = re.compile(r"[-—–][ ]?\d{1,3}[ ]?[-—–]")
_CLOSERS = "\"”’)"
_OPENERS = "\"“("


def _split_sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; a page number like "-12-" stands alone between sentences."""
    out = []
    start = a
    for c in _BREAK_CANDIDATE.finditer(text, a, b):
        m = _ARTIFACT.match(text, c.start(), b) if c.group() in "-—–" else c
        if m is None:
            continue
        if m.end() - m.start() > 1:  # page artifact: cut before and after it
            if m.start() > start:
                out.append((start, m.start()))
            out.append((m.start(), m.end()))
            start = m.end()
            while start < b and text[start] in " \t\u00a0":
                start += 1
            continue
        p = m.end()
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
        if m.group() == "." and (_ABBREV.search(text, max(start, p - 8), m.end()) or _ROMAN_MARK.match(text[start:m.end()])):
            continue
        if p > start:
            out.append((start, p))
        start = q
    if start < b:
        out.append((start, b))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _heading_role(title: str, year: int | None, index: int) -> str:
    """A part's role from its heading's words; a first part that names no targets reviews the past year."""
    t = title.lower()
    if _RESULTS_WORDS.search(t):
        return "results"
    if year is not None and re.search(rf"\bwork in {year - 1}\b", t):
        return "results"
    if _GOVERNMENT_WORDS.search(t) and not _PLANS.search(t):
        return "government"
    if index == 0 and not _TARGETS_WORDS.search(t):
        return "results"
    return "targets"


def infer_year(text: str, part_titles: list[str]) -> int | None:
    """The report's year: the year its targets are for, else the review year + 1, else the delivery date."""
    for title in part_titles:
        t = title.lower()
        years = [int(y) for y in _YEAR.findall(title)]
        if years and _TARGETS_WORDS.search(t):
            return max(years)
    for title in part_titles:
        t = title.lower()
        years = [int(y) for y in _YEAR.findall(title)]
        if years and _REVIEWED_YEAR.search(t):
            return max(years) + 1
    head = [int(y) for y in _YEAR.findall(text[:1500])]
    return max(head) if head else None


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
    """A part heading: the paragraph it is, the part's Roman id and the heading's title."""
    paragraph: int
    part: str
    title: str


def _roman_part_headings(text: str, paragraphs) -> list[_Heading]:
    """Part headings numbered "I." to "X." (or Ⅰ to Ⅹ), each numbered above the one before."""
    out: list[_Heading] = []
    for i, (a, b) in enumerate(paragraphs):
        if b - a > 220:
            continue
        m = _PART_HEADING.match(text[a:b])
        if m:
            num = _UNICODE_ROMAN.get(m.group("num"), m.group("num"))
            if not out or ROMAN[num] > ROMAN[out[-1].part]:
                out.append(_Heading(i, num, m.group("title").strip()))
    return out


def _other_part_headings(text: str, paragraphs) -> list[_Heading]:
    """Part headings written as "Part One: ..." or "1. Review of ...", for reports without Roman numerals."""
    out: list[_Heading] = []
    for i, (a, b) in enumerate(paragraphs):
        line = text[a:b]
        if b - a > 220:
            continue
        m = _PART_WORD_HEADING.match(line)
        if m is None:
            m = _ARABIC_PART_HEADING.match(line)
            if m is None or not _PART_WORDS.search(m.group("title")):
                continue
        raw = m.group("num").lower()
        n = _PART_NUMBERS.get(raw) or int(raw)
        if n in _ROMAN_OF and (not out or n == ROMAN[out[-1].part] + 1) and (out or n == 1):
            out.append(_Heading(i, _ROMAN_OF[n], m.group("title").strip()))
    return out


def parse_document(text: str, year: int | None = None, place: str | None = None,
                   report_id: str | None = None) -> Document:
    """Split `text` into parts, sections, paragraphs and sentences; infer place and year unless given."""
    paragraphs = _paragraphs(text)
    headings = _roman_part_headings(text, paragraphs) or _other_part_headings(text, paragraphs)
    if year is None:
        year = infer_year(text, [h.title for h in headings])
    if place is None:
        place = infer_place(text)
    if report_id is None:
        report_id = f"{slug(place or 'report')}-{year}" if year else slug(place or "report")
    parts = _parts(text, paragraphs, headings, year)
    sections, sentences = _sections_and_sentences(text, paragraphs, parts)
    return Document(
        text=text, place=place, year=year, report_id=report_id, parts=tuple(parts),
        sections=tuple(sections), paragraphs=tuple(paragraphs), sentences=tuple(sentences),
        _starts=tuple(s.start for s in sentences),
    )


def _parts(text: str, paragraphs, headings: list[_Heading], year: int | None) -> list[Part]:
    """The parts between the headings, each with the role its heading gives it; text before the first
    heading is the preamble, part "0"."""
    parts: list[Part] = []
    bounds = [(paragraphs[h.paragraph][0], h.part, h.title) for h in headings]
    first = bounds[0][0] if bounds else len(text)
    if first > 0 or not bounds:
        parts.append(Part("0", "preamble", "", 0, first))
    for k, (start, pid, title) in enumerate(bounds):
        end = bounds[k + 1][0] if k + 1 < len(bounds) else len(text)
        parts.append(Part(pid, _heading_role(title, year, k), title, start, end))
    return parts


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
        for s, e in _split_sentences(text, a, b):
            sentences.append(Sentence(s, e, pi, sid, part.role))
    ends = [paragraphs[nxt - 1][1] for nxt, _ in opened[1:]] + [paragraphs[-1][1]] if opened else []
    sections = [sec if sec.end == end else Section(sec.id, sec.part, sec.role, sec.number, sec.title, sec.start, end)
                for (_, sec), end in zip(opened, ends)]
    return sections, sentences
