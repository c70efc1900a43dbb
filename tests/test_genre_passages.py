"""The genre sets: passages written the way national, provincial and city reports in English and Chinese write
their headline figures (tests/data/genre/en*.json and zh.json, written by reading and checked by a second reader), each
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
        for name in ("en.json", "en_national.json", "en_plans_mt.json", "en_recent.json", "en_policy.json", "en_translators.json", "zh.json", "zh_local.json")]
FIELDS = ("value", "value_high", "unit", "kind", "qualifier", "direction", "span", "status", "period",
          "period_start", "indicator", "value_stretch")
DEFAULT_YEAR = 2024
# a Chinese set's passages stand under a Chinese report's header and headings
HEADER_ZH = {
    "national": "政府工作报告\n\n——{year}年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理\n\n",
    "province": "政府工作报告\n\n——{year}年1月15日在河北省第十四届人民代表大会第三次会议上\n\n省长\n\n",
    "city": "政府工作报告\n\n——{year}年2月20日在洛阳市第十六届人民代表大会第四次会议上\n\n市长\n\n",
}
KNOWN_MISSES = {
    'broken-hard-wraps': 'a few lines wrapped inside a text written a paragraph to a line are read line by line: a whole hard-wrapped text is unwrapped, but a lone wrapped passage cannot be told from a list whose items open in lower case',
    # en_policy.json
    'p-a-nat-2012-slightly-lower-cpi-room': "'set the GDP growth target ... slightly lower, at 7.5 percent': a comma between the measure and 'at' cuts the subject off",
    'p-a-nat-2018-surveyed-rate-first-time': "'included the surveyed urban unemployment rate ... and set it at within 5.5 percent': 'it' is read with the clause before, not as the rate",
    'p-a-nat-2018-consistent-with-plan-requirement': "a plan's average named inside a later year's sentence that also says 'by 2020' is dated from the report's year, not the plan's first",
    'p-b-nat-2012-down-from-budgeted-last-year': "'down from the budgeted 2 percent last year' after a deficit ratio is read as a fall of GDP, not last year's budgeted ratio",
    'p-c-city-domestic-capital-projects': "'striving to bring in 80 billion yuan of domestic capital': the amount's 'of' phrase after an infinitive is not read as its subject",
    'p-d-nat-2016-last-year-target-and-result': "'we have set the target at 6.5 to 7 percent' names no measure in its sentence; the growth target of the sentence before is not carried over",
    'p-d-nat-2023-grain-record-then-keep': "'... 686.53 million metric tons last year.' in a targets part is a result only when its own sentence speaks of this year; and 'output' alone is not grain output",
    'p-e-nat-2016-jobs-per-point': "'each percentage point of GDP growth creates about 1.7 million urban jobs' is a ratio, read as a count of new jobs",
    # en_translators.json
    't-nat2015-draft-copy-bullets-ten-million': "'does not rise above 4.5%' (a ceiling written with a negated verb) is read as a rise of more than 4.5 percent",
    't-nat2016-news-brief-pct': "'6.5-7 pct economic growth': a measure named right after the figure without a verb is not read",
    't-nat2023-news-second-largest-economy': "'the world's second-largest economy grew by 3 percent' (a news agency's name for the country) is not read as GDP",
    't-nat2018-highlights-dashes-five-years': "'energy and water consumption per unit of GDP each fell': a shared tail after two measures is not split",
    't-nat2010-news-beating-8-percent-target-dipped': "'beating the government's 8-percent target' (a target recalled as a hyphenated adjective) is not read as a target",
}


def passages() -> list[dict]:
    """Every passage of the sets (each written by one reader and checked by another), with its set's language
    (zh*.json are Chinese)."""
    return [{**p, "language": "zh" if path.name.startswith("zh") else "en"}
            for path in SETS for p in json.loads(path.read_text(encoding="utf-8"))["passages"]]


def placed(passage: dict) -> tuple[str, int, int]:
    """(report text, report year, offset of the passage): the passage in the part its `part` names."""
    year = passage.get("report_year", DEFAULT_YEAR)
    if passage["language"] == "zh":
        return placed_in_chinese(passage, year)
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


def placed_in_chinese(passage: dict, year: int) -> tuple[str, int, int]:
    """A Chinese passage in the review of the year before (一、…工作回顾) or this year's targets (二、…主要目标)."""
    review, targets = ((passage["text"], "我们努力工作。") if passage["part"] == "review"
                       else ("我们努力工作。", passage["text"]))
    head = HEADER_ZH[passage["level"]].format(year=year) + f"一、{year - 1}年工作回顾\n\n"
    text = (head + f"{review}\n\n二、{year}年工作总体要求和主要目标\n\n{targets}\n\n"
            "三、加强政府自身建设\n\n我们将努力。\n")
    at = len(head) if passage["part"] == "review" else text.index(targets)
    return text, year, at


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
