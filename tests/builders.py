"""Small reports and claims tables for the analysis tests, built the way real ones are.

`report()` puts sentences in the part of a report where they would stand, under a city,
provincial or national header; `claims_df()` builds a claims table directly from short specs
so one rule can be tested without the parser in between.
"""
from __future__ import annotations

import copy
import math

import pandas as pd

import workreport
from workreport.catalogue import load_catalogue
from workreport.read.claims import Claim
from workreport.read.datasets import claims_frame
from workreport.read.languages import reader_for

from zh_development import RAW as ZH_RAW

HEADER = {
    "city": "Government Work Report\n\n--At the Second Session of the 17th People's Congress of Dalian\n\n",
    "province": "Report on the Work of the Government\n\n--Delivered at the Second Session of the 14th "
                "Liaoning Provincial People's Congress\n\n",
    "national": "Report on the Work of the Government\n\nDelivered at the Second Session of the 14th National "
                "People's Congress\n\nLi Qiang, Premier of the State Council\n\n",
}


def report(results: str, targets: str = "We will work hard.", level: str = "city") -> pd.DataFrame:
    """Claims of a short report: `results` in part I (2023), `targets` in part II (2024)."""
    text = (HEADER[level] + f"I. Review of Work in 2023\n\n{results}\n\n"
            f"II. Main Targets and Tasks for 2024\n\n{targets}\n\nIII. Improving the Government\n\nWe serve.\n")
    return workreport.extract_text(text).claims


DEFAULTS = dict(value_high=None, value_stretch=None, unit="", counted="", kind="count", qualifier="exact", direction="none",
                period=None, period_start=None, span="year", base_period=None, status="actual", subject="output", indicator="", section="")


def claims_df(*specs: dict, year: int = 2024) -> pd.DataFrame:
    """A claims table from short specs; claims sharing a `sentence` stand in one sentence."""
    out, starts, used, cursor = [], {}, {}, 0
    for i, spec in enumerate(specs, 1):
        d = {**DEFAULTS, **spec}
        target = d["status"] == "target"
        d["period"] = d["period"] if d["period"] is not None else (year if target else year - 1)
        d["period_start"] = d["period_start"] if d["period_start"] is not None else d["period"]
        d["section"] = d["section"] or ("II" if target else "I")
        sentence = d.pop("sentence", None) or f"The {d['subject']} came to {d['expr']}."
        if sentence not in starts:
            starts[sentence], cursor = cursor, cursor + len(sentence) + 1
        s0 = starts[sentence]
        at = sentence.index(d["expr"], used.get(sentence, 0))
        used[sentence] = at + len(d["expr"])
        out.append(Claim(claim_id=i, start=s0 + at, end=s0 + at + len(d["expr"]), sentence=sentence,
                         sentence_start=s0, sentence_end=s0 + len(sentence), part="II" if target else "I", **d))
    return claims_frame("test-2024", out)


def same_value(want, got) -> bool:
    """Equal as a reader means it: a missing value matches only a missing value; numbers to float precision."""
    missing = got is None or got == "" or (isinstance(got, float) and math.isnan(got))
    if want in (None, ""):
        return missing
    if missing:
        return False
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return math.isclose(float(want), float(got), rel_tol=1e-9)
    return str(want) == str(got)


def record_problems(claims: list[dict], records: list[dict], fields: tuple[str, ...]) -> list[str]:
    """What a reading gets wrong against records a reader wrote (each with `start` and `end` in the text): a
    record no claim overlaps, a field that differs, a headline claim (one with an indicator) no record names."""
    used, out = set(), []
    for rec in records:
        hit = next((c for c in claims if c["start"] < rec["end"] and rec["start"] < c["end"]), None)
        if hit is None:
            out.append(f"missed {rec['expr']!r}")
            continue
        used.add(id(hit))
        out += [f"{rec['expr']!r} {f}: expected {rec.get(f)!r}, got {hit.get(f)!r}"
                for f in fields if not same_value(rec.get(f), hit.get(f))]
    return out + [f"extra headline claim {c['expr']!r} ({c['indicator']})"
                  for c in claims if c.get("indicator") and id(c) not in used]


def passage_records(passage: dict, year: int, at: int) -> list[dict]:
    """A genre passage's records with offsets in the report it is placed in and every field filled from its
    part: a review part speaks of year Y-1 (actual), a targets part of year Y (target); an offset is written
    in the passage only where it differs, and a figure over several years starts in its part's year."""
    out = []
    for rec in passage["records"]:
        start = at + passage["text"].index(rec["expr"])
        own = year - 1 if passage["part"] == "review" else year
        period = year + rec["period_offset"] if "period_offset" in rec else own
        first = (year + rec["period_start_offset"] if "period_start_offset" in rec
                 else period if rec["span"] == "year" else own)
        status = rec.get("status", "actual" if passage["part"] == "review" else "target")
        out.append({**rec, "start": start, "end": start + len(rec["expr"]), "period": period,
                    "period_start": first, "status": status})
    return out


def build_zh_claims(names=(), texts=()) -> None:
    """Build the claims of the named Chinese reports (`china-2005`: data/raw/zh/china-2005-government-work-report.txt)
    and of `texts`, read as reports of 2025: the fast-path tests swap a function of the claims reader for a
    recorder and read reports with this. Each report's mentions are copied first, as build_claims marks some."""
    reader = reader_for("zh")
    catalogue = load_catalogue(None)
    sources = [((ZH_RAW / f"{name}-government-work-report.txt").read_text(encoding="utf-8"), None) for name in names]
    for text, year in sources + [(text, 2025) for text in texts]:
        doc = reader.parse_document(text, year=year, place=None, report_id=None)
        reader.build_claims(doc, [copy.copy(m) for m in reader.find_mentions(text, doc.paragraphs)], catalogue)
