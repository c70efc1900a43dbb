"""A hard-wrapped English report (its paragraphs broken into lines of some seventy characters) reads as the same
report written one paragraph to a line: its line breaks inside a paragraph are read as spaces, every offset
kept. Built on the development reports (Dalian 2024, national 2017, 2019, 2020); the evaluation reports
(national 2021-2026) were only measured, not tested here.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import workreport
from workreport.catalogue import load_catalogue
from workreport.read.datasets import UNWRAPPED
from workreport.read.languages import reader_for
from workreport.read.wrap import unwrapped

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
DEV = [RAW / "dalian-2024-government-work-report.txt"] + [
    RAW / "en" / f"china-{y}-government-work-report.txt" for y in (2017, 2019, 2020)]
FIELDS = ["value", "value_high", "unit", "kind", "qualifier", "direction", "period", "period_start", "span",
          "status", "subject", "indicator", "expr"]


def _wrapped(text: str, width: int, between: str) -> str:
    """The text as a wrapping tool saves it: each paragraph (a line) filled to `width`, paragraphs joined by
    `between` (a line break, or a blank line too)."""
    return between.join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
                        for p in text.split("\n"))


def _claims(text: str) -> list[tuple]:
    claims = workreport.extract_text(text, language="en").claims
    return sorted(tuple(map(str, row)) for row in claims[FIELDS].itertuples(index=False))


@pytest.fixture(scope="module", params=DEV, ids=lambda p: p.stem[:-len("-government-work-report")])
def report(request):
    text = request.param.read_text(encoding="utf-8")
    return text, _claims(text)


@pytest.mark.parametrize("width", [60, 72, 90])
def test_a_report_wrapped_with_blank_lines_between_paragraphs_reads_as_written(report, width):
    text, claims = report
    assert _claims(_wrapped(text, width, "\n\n")) == claims


def test_a_report_wrapped_without_blank_lines_reads_almost_as_written(report):
    """Without blank lines, a paragraph whose last line is full looks like one running on: at most one claim
    in fifty may then be read otherwise (none in most reports)."""
    text, claims = report
    read = _claims(_wrapped(text, 72, "\n"))
    same = len(set(read) & set(claims))
    assert same >= 0.98 * len(claims) and len(read) == len(claims)


def _read_line_by_line(text: str) -> set[tuple]:
    """(value, unit, kind, status, subject) of each claim, the text read without its line breaks unwrapped."""
    reader = reader_for("en")
    doc = reader.parse_document(text)
    claims = reader.build_claims(doc, reader.find_mentions(text, doc.paragraphs), load_catalogue())
    return {(c.value, c.unit, c.kind, c.status, c.subject) for c in claims}


def test_read_line_by_line_a_wrapped_report_loses_many_of_its_claims(report):
    """What unwrapping mends: read line by line, a wrapped report's figures lose their clauses."""
    text, _ = report
    written = _read_line_by_line(text)
    assert len(_read_line_by_line(_wrapped(text, 72, "\n\n")) & written) < 0.8 * len(written)


def _filled_to_the_end(paragraph: str, width: int) -> str:
    """The paragraph filled to `width`, words added until its last line is full too: the line before a heading
    or a list item is then as full as one a wrapping tool broke."""
    while True:
        lines = textwrap.fill(paragraph, width).split("\n")
        if len(lines[-1]) >= width - 2:
            return "\n".join(lines)
        paragraph += " and more"


def test_only_breaks_inside_paragraphs_become_spaces_and_offsets_stay():
    paragraph = ("The gross domestic product of the city grew by 5.2 percent over the previous year, reaching "
                 "1.2 trillion yuan, and the general public budget revenue rose by 6 percent to 98.7 billion yuan "
                 "as new urban jobs reached 150,000 and the surveyed urban unemployment rate stayed at 5 percent.")
    text = "\n".join([
        "Report on the Work of the Government",
        "",
        "I. Review of Our Work in 2023",
        textwrap.fill(paragraph, 60),
        _filled_to_the_end(paragraph, 60),
        "II. Major Targets for 2024",
        _filled_to_the_end("(1) " + paragraph, 60),
        _filled_to_the_end("(2) " + paragraph, 60),
        "• Grain output will stay above 10 million metric tons.",
        _filled_to_the_end(paragraph, 60),
        "Part Two: Tasks"])
    out = unwrapped(text)
    assert len(out) == len(text)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(text, out))
    lines = out.split("\n")
    assert lines[:3] == ["Report on the Work of the Government", "", "I. Review of Our Work in 2023"]
    assert "II. Major Targets for 2024" in lines and lines[-1] == "Part Two: Tasks"
    assert sum(line.startswith(("(1) ", "(2) ", "• ")) for line in lines) == 3
    assert "1.2 trillion yuan, and the general" in out   # a figure broken over two lines is one again
    assert "reaching\n1.2" not in out and "reaching 1.2" in out


def test_a_line_opening_with_a_heading_word_but_no_number_goes_on_its_paragraph():
    """"Part of the revenue" goes on a sentence; "Part Two" heads a part."""
    lines = ["The city's general public budget revenue reached 84.5 billion yuan in 2023, up 3.8 percent over the"] * 13
    lines[6] = "Part of the revenue went to education, and 12.5 billion yuan of special bonds went to projects of"
    out = unwrapped("\n".join(lines + ["previous year."]))
    assert out.count("\n") == 0
    lines[6] = "Part Two: Tasks for 2024"
    assert "\nPart Two: Tasks for 2024\n" in unwrapped("\n".join(lines + ["previous year."]))


def test_a_report_written_one_paragraph_to_a_line_is_read_as_it_is():
    for path in sorted(RAW.glob("*.txt")) + sorted((RAW / "en").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert unwrapped(text) is text, path.name
    short = "A note.\nIt has\nfew lines."
    assert unwrapped(short) is short


def test_a_list_of_short_lines_is_no_wrapped_paragraph():
    """The targets written a line each, without marks: lines of any length, most far shorter than the longest,
    so their breaks are no wrapping tool's."""
    lines = ["Main targets for 2024", "GDP growth of around 5 percent", "Over 12 million new urban jobs",
             "Surveyed urban unemployment rate of around 5.5 percent", "CPI increase of around 3 percent",
             "Steady growth in personal income", "Grain output of over 650 million metric tons",
             "Further drop in energy consumption per unit of GDP", "Deficit-to-GDP ratio of 3 percent",
             "Local government special bonds of 3.9 trillion yuan", "Basic balance in international payments",
             "Ultra-long special treasury bonds of 1 trillion yuan", "Continued improvements in the environment",
             "Growth in foreign trade volume and quality"]
    text = "\n".join(lines)
    assert unwrapped(text) is text


def test_the_warnings_say_when_a_text_was_read_unwrapped():
    text = DEV[3].read_text(encoding="utf-8")
    assert UNWRAPPED in workreport.extract_text(_wrapped(text, 72, "\n\n")).warnings
    assert UNWRAPPED not in workreport.extract_text(text).warnings
