"""The shortcuts the Chinese claims take to build each claim faster read as the plain code they stand for.

A claim is made by position, in the order of Claim's fields; a pattern that needs a word of its own is not
tried on an empty rest of a clause; a claim's indicator is looked up before its subject is asked whether it
names a smaller area. On every figure of some development reports each reads as the plain code (kept below).
"""
from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

import workreport.read.zh.claims as zh_claims
import workreport.read.zh.when as zh_when
from workreport.read.claims import Claim
from workreport.read.datasets import load_catalogue, reader_for

_RAW = Path(__file__).resolve().parents[1] / "data" / "raw" / "zh"
_AREA = zh_claims._SMALLER_AREA   # the pattern itself, kept for the plain code below
_REPORTS = ["china-2005", "china-2012", "zhumadian-2008", "zhumadian-2013",
            "beijing-2025", "fujian-2025", "gansu-2025", "hebei-2025"]


def _read(name: str):
    reader = reader_for("zh")
    text = (_RAW / f"{name}-government-work-report.txt").read_text(encoding="utf-8")
    doc = reader.parse_document(text, year=None, place=None, report_id=None)
    return reader, doc, reader.find_mentions(text, doc.paragraphs)


@pytest.fixture(scope="module")
def indicator_calls():
    """(arguments, indicator) of every claim's indicator look-up in the reports."""
    calls = []
    original = zh_claims._indicator

    def record(*args):
        found = original(*args)
        calls.append((args, found))
        return found

    zh_claims._indicator = record
    try:
        for name in _REPORTS:
            reader, doc, mentions = _read(name)
            reader.build_claims(doc, [copy.copy(m) for m in mentions], load_catalogue(None))
    finally:
        zh_claims._indicator = original
    return calls


def _indicator_in_full(look_up, r, text, sent_start):
    """_indicator as first written: a smaller area is asked before any look-up."""
    if r.kind in zh_claims._LEVEL_KINDS and "比" in r.lead and zh_claims._DIFFERENCE.search(r.lead):
        return ""
    if _AREA.search(r.subject):
        return ""
    return zh_claims._indicator_of(look_up, r, text, sent_start)


def test_a_claim_is_made_in_the_order_of_claim_s_fields():
    """_sentence_claims passes Claim's fields by position, in this order."""
    assert [f.name for f in dataclasses.fields(Claim)] == [
        "claim_id", "start", "end", "expr", "value", "value_high", "value_stretch", "unit", "counted", "kind",
        "qualifier", "direction", "period", "period_start", "span", "base_period", "status", "subject",
        "indicator", "section", "sentence", "sentence_start", "sentence_end", "part"]
    reader, doc, mentions = _read("china-2005")
    claim = reader.build_claims(doc, mentions, load_catalogue(None))[0]
    assert claim.expr == doc.text[claim.start:claim.end]
    assert claim.sentence == doc.text[claim.sentence_start:claim.sentence_end]
    assert claim.status in ("actual", "estimate", "target") and claim.span in ("year", "average_annual", "cumulative")


def test_patterns_skipped_on_an_empty_rest_of_a_clause_never_match_one():
    assert zh_when._TO.match("") is None and zh_when._AIM_AFTER.match("") is None


def test_an_indicator_looked_up_before_the_area_is_the_rule_s(indicator_calls):
    assert sum(bool(found) for _, found in indicator_calls) > 100
    assert any(_AREA.search(args[1].subject) for args, _ in indicator_calls)
    for args, found in indicator_calls:
        assert found == _indicator_in_full(*args), args[1].subject


def test_the_comparison_fails_where_the_area_is_not_asked(indicator_calls, monkeypatch):
    """The test above would see an indicator kept for a smaller area's subject."""
    monkeypatch.setattr(zh_claims, "_SMALLER_AREA", zh_claims.re.compile("(?!)"))
    assert any(zh_claims._indicator(*args) != _indicator_in_full(*args) for args, _ in indicator_calls
               if args[1].subject)
