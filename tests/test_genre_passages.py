"""The English genre set: passages written the way national, provincial and city reports in English write
their headline figures (tests/data/genre/en*.json, written by reading and checked by a second reader), each
placed in the review or the targets part of a small report, or in a part on the five-year plan where the
passage is a plan's targets (`"part": "plan"`, with a `placement_note` saying why). Every headline record a
reader found must be extracted with the reader's fields, and no other figure may be given a headline
indicator.

Passages the reader does not yet read right are listed in KNOWN_MISSES (strict: each must still fail), so
that the set measures progress and a passage that starts to pass is noticed.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import HEADER, passage_records, record_problems
import workreport

# a set joins once its second reader has checked it
SETS = [Path(__file__).parent / "data" / "genre" / name
        for name in ("en.json", "en_national.json", "en_plans_mt.json", "en_recent.json")]
FIELDS = ("value", "value_high", "unit", "kind", "qualifier", "direction", "span", "status", "period",
          "period_start", "indicator", "value_stretch")
DEFAULT_YEAR = 2024
KNOWN_MISSES = {
    'broken-hard-wraps': 'a sentence wrapped over lines is read line by line (joining wrapped lines was tried and left out: no development text wraps)',
}


def passages() -> list[dict]:
    """Every passage of the English sets (each set written by one reader and checked by another)."""
    return [p for path in SETS for p in json.loads(path.read_text(encoding="utf-8"))["passages"]]


def placed(passage: dict) -> tuple[str, int, int]:
    """(report text, report year, offset of the passage): the passage in the part its `part` names."""
    year = passage.get("report_year", DEFAULT_YEAR)
    if passage["part"] == "plan":
        return placed_in_plan(passage, year)
    review, targets = ((passage["text"], "We worked hard.") if passage["part"] == "review"
                       else ("We worked hard.", passage["text"]))
    head = HEADER[passage["level"]] + f"I. Review of Work in {year - 1}\n\n"
    text = (head + f"{review}\n\nII. Main Targets and Tasks for {year}\n\n{targets}\n\n"
            "III. Improving the Government\n\nWe serve.\n")
    at = len(head) if passage["part"] == "review" else text.index(targets)
    return text, year, at


def placed_in_plan(passage: dict, year: int) -> tuple[str, int, int]:
    """A plan's targets stand in a part on the plan that opens in the report's year ("II. Main Objectives and
    Tasks for the 13th Five-Year Plan Period"), after the review of the year before."""
    nth = (year - 1966) // 5 + 3
    head = (HEADER[passage["level"]] + f"I. Review of Work in {year - 1}\n\nWe worked hard.\n\n"
            f"II. Main Objectives and Tasks for the {nth}th Five-Year Plan Period\n\n")
    return head + passage["text"] + "\n\nIII. Improving the Government\n\nWe serve.\n", year, len(head)


def problems(passage: dict) -> list[str]:
    """What the extractor gets wrong on one passage: missed records, wrong fields, extra headline claims."""
    text, year, at = placed(passage)
    claims = workreport.extract_text(text, year=year).claims.to_dict("records")
    return record_problems(claims, passage_records(passage, year, at), FIELDS)


@pytest.mark.parametrize("passage", passages(), ids=lambda p: p["id"])
def test_a_genre_passage_is_read_as_a_reader_reads_it(passage):
    if passage["id"] in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[passage["id"]])
    assert problems(passage) == []


@pytest.mark.parametrize("pid", sorted(KNOWN_MISSES))
def test_a_known_miss_still_fails(pid):
    """A passage listed as a known miss that now passes must leave the list."""
    passage = next(p for p in passages() if p["id"] == pid)
    assert problems(passage), f"{pid} now passes: take it off KNOWN_MISSES"
