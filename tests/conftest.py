"""Shared fixtures: the bundled report extracted once, and small reports built from sentences.

A test that checks how a sentence is read puts it in the part of a report where it would
stand (part I reviews last year, part II sets this year's targets), under a city, provincial
or national header, so status, period and place come out as they would in a real report.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import workreport
from workreport.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt"

HEADERS = {
    "city": (
        "Government Work Report\n\n"
        "--At the Second Session of the 17th People's Congress of Dalian on January 6, {year}\n\n"
        "Chen Shaowang, Mayor of Dalian Municipal People's Government\n\n"
        "Delegates:\n\n"
    ),
    "province": (
        "Report on the Work of the Government\n\n"
        "--Delivered at the Second Session of the 14th Guangdong Provincial People's Congress on January 23, {year}\n\n"
        "Wang Weizhong, Governor of Guangdong Province\n\n"
        "Fellow Deputies,\n\n"
    ),
    "national": (
        "Report on the Work of the Government\n\n"
        "Delivered at the Second Session of the 14th National People's Congress of the People's Republic of China "
        "on March 5, {year}\n\n"
        "Li Qiang, Premier of the State Council\n\n"
        "Fellow Deputies,\n\n"
    ),
}
PART_TITLES = {
    "city": ("I. Review of Work in {prev}", "II. Government work objectives and main tasks in {year}",
             "III. Build a service-oriented government that people are satisfied with"),
    "province": ("I. Review of Work in {prev}", "II. Overall Requirements and Main Targets for {year}",
                 "III. Strengthening the Government's Own Development"),
    "national": ("I. A Review of Our Work in {prev}",
                 "II. Overall Requirements and Policy Priorities for Economic and Social Development in {year}",
                 "III. Improving the Government's Performance"),
}


def build_report(results: str = "", targets: str = "", government: str = "", *, level: str = "city",
                 year: int = 2024) -> str:
    """A small report of the given level with one paragraph per part."""
    titles = [t.format(prev=year - 1, year=year) for t in PART_TITLES[level]]
    bodies = [results or "We worked hard.", targets or "We will work hard.", government or "We will serve the people."]
    parts = "".join(f"{title}\n\n{body}\n\n" for title, body in zip(titles, bodies))
    return HEADERS[level].format(year=year) + parts


class Reports:
    """Extract claims from sentences placed in one part of a small report."""

    def __init__(self, catalogue):
        self.catalogue = catalogue

    def extract(self, body: str = "", *, part: str = "results", level: str = "city", year: int = 2024):
        if part not in ("results", "targets", "government"):
            raise ValueError(part)
        text = build_report(**{part: body}, level=level, year=year)
        return workreport.extract_text(text, catalogue=self.catalogue)

    def claims(self, body: str, **kw) -> pd.DataFrame:
        """The claims read from `body` (the filler sentences of other parts hold no numbers)."""
        return self.extract(body, **kw).claims

    def claim(self, body: str, expr: str, **kw) -> pd.Series:
        """The one claim written exactly as `expr` in `body`."""
        claims = self.claims(body, **kw)
        hits = claims[claims["expr"] == expr]
        assert len(hits) == 1, f"expected one claim {expr!r}, got {list(claims['expr'])}"
        return hits.iloc[0]


@pytest.fixture(scope="session")
def make_report():
    """build_report(results=, targets=, government=, level=, year=) -> report text."""
    return build_report


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="session")
def reports(catalogue) -> Reports:
    return Reports(catalogue)


@pytest.fixture(scope="session")
def report_text() -> str:
    return workreport.read_report(REPORT)


@pytest.fixture(scope="session")
def dalian(catalogue):
    """The bundled Dalian 2024 report, extracted once for the whole session."""
    return workreport.extract(REPORT, catalogue=catalogue)


@pytest.fixture(scope="session")
def ref() -> pd.DataFrame:
    """The curated reference facts, read once."""
    from workreport.analyse.reference import load_reference

    return load_reference(ROOT / "data" / "reference" / "facts.csv")


@pytest.fixture(scope="session")
def dalian_claims(dalian) -> pd.DataFrame:
    return dalian.claims


def pytest_terminal_summary(terminalreporter):
    """Without Chromium, say in one line that the browser test was skipped and how to enable it."""
    reasons = {r.longrepr[2] for r in terminalreporter.stats.get("skipped", [])
               if "test_browser.py" in r.nodeid and isinstance(r.longrepr, tuple)}
    for reason in sorted(reasons):
        terminalreporter.write_line(reason.removeprefix("Skipped: "))
