"""The readers keep nothing of one report while reading another: a notebook or a user's script may read several
reports in threads at once, and a reader that kept the report or sentence it read last in a module-level cache
would give one report another's parts when two threads meet there. Threads are made to switch very often, so
that the readings of the reports interleave figure by figure."""
from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import workreport

ROOT = Path(__file__).resolve().parents[1]
# development texts only: Chinese reports of several shapes, and English ones
REPORTS = [ROOT / "data" / "raw" / "zh" / f"{name}-government-work-report.txt"
           for name in ("china-2010", "zhumadian-2012", "anhui-2025", "guizhou-2025")] + \
          [ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt"]


def _claims(path: Path) -> list[tuple]:
    x = workreport.extract(path)
    return [tuple(r) for r in x.claims[["start", "status", "period", "period_start", "span", "indicator"]]
            .astype(object).itertuples(index=False)]


def test_reports_read_in_threads_read_as_one_after_another():
    alone = {p: _claims(p) for p in REPORTS}
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(len(REPORTS)) as pool:
            together = list(pool.map(_claims, REPORTS * 2))   # each report twice, all at once
    finally:
        sys.setswitchinterval(before)
    for p, claims in zip(REPORTS * 2, together):
        assert claims == alone[p], p.name
