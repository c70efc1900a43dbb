"""Chinese genre passages (tests/data/genre/zh*.json): sentences written the way Chinese work reports write
their headline figures, each with the records a reader found, written by one reader and checked by another.

Each passage is put where it stands in a report (the review of year Y-1, or the targets of year Y, under a
national, provincial or city header) and read; every record must come out field by field, and no other
headline claim. Passages the reader does not yet read right are listed in KNOWN_MISSES (strict: each must
still fail), so that the set measures progress and a passage that starts to pass is noticed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import workreport
from builders import passage_records, record_problems

# a set joins once its second reader has checked it
SETS = [Path(__file__).parent / "data" / "genre" / name for name in ("zh.json",)]
FIELDS = ("value", "value_high", "unit", "kind", "qualifier", "direction", "span", "status", "period",
          "period_start", "indicator", "value_stretch")
DEFAULT_YEAR = 2024
HEADER = {
    "national": "政府工作报告\n\n——{year}年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理\n\n",
    "province": "政府工作报告\n\n——{year}年1月15日在河北省第十四届人民代表大会第三次会议上\n\n省长\n\n",
    "city": "政府工作报告\n\n——{year}年2月20日在洛阳市第十六届人民代表大会第四次会议上\n\n市长\n\n",
}
KNOWN_MISSES: dict[str, str] = {}


def passages() -> list[dict]:
    return [p for path in SETS if path.exists() for p in json.loads(path.read_text(encoding="utf-8"))["passages"]]


def placed(passage: dict) -> tuple[str, int, int]:
    """(report text, report year, offset of the passage): the passage in the part its `part` names."""
    year = passage.get("report_year", DEFAULT_YEAR)
    review, targets = ((passage["text"], "我们努力工作。") if passage["part"] == "review"
                       else ("我们努力工作。", passage["text"]))
    head = HEADER[passage["level"]].format(year=year) + f"一、{year - 1}年工作回顾\n\n"
    text = (head + f"{review}\n\n二、{year}年工作总体要求和主要目标\n\n{targets}\n\n"
            "三、加强政府自身建设\n\n我们将努力。\n")
    at = len(head) if passage["part"] == "review" else text.index(targets)
    return text, year, at


def problems(passage: dict) -> list[str]:
    text, year, at = placed(passage)
    claims = workreport.extract_text(text, year=year).claims.to_dict("records")
    return record_problems(claims, passage_records(passage, year, at), FIELDS)


@pytest.mark.parametrize("passage", passages(), ids=lambda p: p["id"])
def test_a_chinese_genre_passage_is_read_as_a_reader_reads_it(passage):
    if passage["id"] in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[passage["id"]])
    assert problems(passage) == []


@pytest.mark.parametrize("pid", sorted(KNOWN_MISSES))
def test_a_known_miss_still_fails(pid):
    """A passage listed as a known miss that now passes must leave the list."""
    passage = next(p for p in passages() if p["id"] == pid)
    assert problems(passage), f"{pid} now passes: take it off KNOWN_MISSES"
