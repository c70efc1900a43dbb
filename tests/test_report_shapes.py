"""Whole short English reports in many shapes and layouts (tests/data/genre/en_shapes.json: numberings and
wordings of headings; en_layouts.json: copies from PDFs, web pages and word processors, contents lists, tables,
footnotes; each written by reading and checked by a second reader): each part's role from what its heading says, the report's year from its delivery line or
headings (never the largest year it mentions), and its headline records with the status and years the part
gives them. Reports the reader does not yet read right are listed in KNOWN_MISSES (strict: each must still
fail), so that the set measures progress and a report that starts to pass is noticed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import workreport
from builders import record_problems
from workreport import parse_document

SETS = (Path(__file__).parent / "data" / "genre" / "en_shapes.json",
        Path(__file__).parent / "data" / "genre" / "en_layouts.json")
FIELDS = ("value", "value_high", "unit", "kind", "qualifier", "direction", "span", "status", "period",
          "period_start", "indicator", "value_stretch")
KNOWN_MISSES: dict[str, str] = {
    "s-nat-2007-pdf-hard-wraps": "sentences hard-wrapped at the line end are read line by line, so 'an / increase of "
                                 "10.8 percent' and 'Government revenue / totaled' lose their subject (parts and year "
                                 "are read right; the genre passages' 'broken-hard-wraps' still waits for line joining)",
}


def reports() -> list[dict]:
    return [r for path in SETS for r in json.loads(path.read_text(encoding="utf-8"))["reports"]]


def part_problems(report: dict, doc) -> list[str]:
    """Each part's role and where it starts (the line of its heading), against the reader's parts."""
    text = report["text"]
    want = []
    for part in report["parts"]:
        at = 0 if not part["heading"] else text.rfind("\n", 0, text.index(part["heading"])) + 1
        want.append((part["role"], at))
    got = [(p.role, text.rfind("\n", 0, p.start + 1) + 1 if p.start else 0) for p in doc.parts]
    return [] if got == want else [f"parts: expected {want}, got {got}"]


def records_of(report: dict) -> list[dict]:
    """The reader's records with their offsets in the report (a figure stands where it is first written)."""
    text = report["text"]
    return [{**rec, "start": text.index(rec["expr"]), "end": text.index(rec["expr"]) + len(rec["expr"])}
            for rec in report["records"]]


def problems(report: dict) -> list[str]:
    doc = parse_document(report["text"])
    year = [] if doc.year == report["report_year"] else [f"year: expected {report['report_year']}, got {doc.year}"]
    claims = workreport.extract_text(report["text"]).claims.to_dict("records")
    return year + part_problems(report, doc) + record_problems(claims, records_of(report), FIELDS)


@pytest.mark.parametrize("report", reports(), ids=lambda r: r["id"])
def test_a_report_of_any_shape_is_read_as_a_reader_reads_it(report):
    if report["id"] in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[report["id"]])
    assert problems(report) == []


@pytest.mark.parametrize("rid", sorted(KNOWN_MISSES))
def test_a_known_miss_still_fails(rid):
    """A report listed as a known miss that now passes must leave the list."""
    report = next(r for r in reports() if r["id"] == rid)
    assert problems(report), f"{rid} now passes: take it off KNOWN_MISSES"


def test_the_set_is_checked_and_its_figures_are_in_its_texts():
    """The set names its two readers, and every heading and figure it lists is written in its report."""
    for path in SETS:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["first_reader"] != data["second_reader"]
    ids = [r["id"] for r in reports()]
    assert len(ids) == len(set(ids))
    for r in reports():
        assert all(p["heading"] in r["text"] for p in r["parts"]), r["id"]
        assert all(rec["expr"] in r["text"] for rec in r["records"]), r["id"]
