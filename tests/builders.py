"""Small reports and claims tables for the analysis tests, built the way real ones are.

`report()` puts sentences in the part of a report where they would stand, under a city,
provincial or national header; `claims_df()` builds a claims table directly from short specs
so one rule can be tested without the parser in between.
"""
from __future__ import annotations

import pandas as pd

import workreport
from workreport.read.claims import Claim
from workreport.read.datasets import claims_frame

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
