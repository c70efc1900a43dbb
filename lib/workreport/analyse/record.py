"""A place's record on an indicator: its earlier targets against their outcomes, and its recent results.

Two sources, passed in as plain tables so the analysis never reads the corpus itself:

- the curated reference data (one row per sourced figure, each with a source tier and a re-check), and
- the corpus ledger (one row per one-year target beside the result a later report gives), whose
  `target_report` and `outcome_report` name the reports read.

A year both know is taken from the reference data: its figures were gathered from the statistics
communiques and re-checked one by one, while the ledger's are read by machine from later reports (often
a first estimate). The ledger fills the years the reference data lacks. Every record row names where it
comes from, so a reason can say which reports and rows it rests on.

The spread of the record (the standard deviation of outcome minus target) is what scales the feasibility
thresholds: a place whose outcomes land within half a point of its targets year after year makes a
one-point ask large; one whose outcomes swing by three points makes it small.
"""
from __future__ import annotations

import statistics

import pandas as pd

from .met import margin as margin_rule, met as met_rule, relative_margin
from .reference import Facts, outcome_of
from .tabulate import optional, records

RATE_UNITS = ("%", "pp")
_LEDGER_DECIDED = ("met", "missed")


def is_rate(unit: str) -> bool:
    return unit in RATE_UNITS


def _margin(outcome: float, target: float, qualifier: str, high, better: str, rate: bool) -> float | None:
    """Outcome minus target, positive on the meeting side, with no tolerance (as the ledger's margin):
    points for rates, ratio - 1 for levels and counts."""
    rule = margin_rule if rate else relative_margin
    return rule(outcome, target, qualifier, high, better=better, about_tolerance=0.0)


def record_row(year: int, target: float, qualifier: str, high, outcome: float, outcome_status: str, better: str,
               rate: bool, met_options: dict, source: str, fact_ids: tuple[int, ...] = ()) -> dict:
    """One earlier year of the record: the target as worded, the outcome, met or missed by the one rule of
    `met.met` (the rules' tolerance), the margin without tolerance, and where both figures come from."""
    hit = met_rule(outcome, target, qualifier, high, better=better, relative=not rate, **met_options)
    return dict(year=int(year), target=float(target), qualifier=qualifier, high=high, outcome=float(outcome),
                outcome_status=outcome_status, met=bool(hit), margin=_margin(outcome, target, qualifier, high, better, rate),
                source=source, fact_ids=tuple(fact_ids))


def reference_record(facts: Facts, indicator: str, before_year: int, better: str, met_options: dict) -> list[dict]:
    """Earlier growth targets in the reference data with the outcome it trusts (final before estimate), oldest first."""
    out = []
    for t in facts.targets.get((indicator, "growth"), []):
        if t["year"] >= before_year:
            break  # by year: the rest are later
        o = outcome_of(facts, indicator, t["year"])
        if o is None or any(r["year"] == int(t["year"]) for r in out):
            continue
        tid, oid = int(t["fact_id"]), int(o["fact_id"])
        out.append(record_row(t["year"], t["value"], t["qualifier"], optional(t["value_high"]), float(o["value"]),
                              o["status"], better, True, met_options, f"reference facts {tid} -> {oid}", (tid, oid)))
    return out


def stated_by(report, year: int, report_years: dict) -> bool:
    """Whether a report of `year` or earlier stated the figure `report` gives: a report whose year is unknown
    cannot be shown to have come first, so its figure is not taken as known."""
    stated = report_years.get(report)
    return stated is not None and pd.notna(stated) and int(stated) <= int(year)


def as_of(ledger: pd.DataFrame | None, year: int, report_years: dict) -> pd.DataFrame | None:
    """The ledger rows a reader of a report of `year` could have known: those whose outcome a report of that
    year or earlier stated (`report_years` maps report ids to years, as the corpus `reports` table does).
    A verdict is only evidence if it is judged as it could have been then, so a final figure published
    later is not used: that year drops out of the record rather than leak the future."""
    if ledger is None or ledger.empty:
        return ledger
    return ledger[[stated_by(r, year, report_years) for r in ledger["outcome_report"]]]


def index_as_of(index: dict, place: str, year: int, report_years: dict) -> dict:
    """`as_of` on a `ledger_index` of several places, cut to one place: the corpus indexes its ledger once
    and cuts it for each report."""
    cut = {}
    for key, rows in index.items():
        if key[0] == place.lower():
            cut[key] = [r for r in rows if stated_by(r["outcome_report"], year, report_years)]
    return cut


def ledger_index(ledger: pd.DataFrame | None) -> dict[tuple, list[dict]]:
    """The ledger's rows by (place in lower case, indicator, kind, unit), each list in the order a record reads
    them (period, target report, offset). Built once per report, so each target looks its rows up rather
    than filtering the table: the corpus backtest assesses hundreds of targets."""
    if ledger is None or ledger.empty:
        return {}
    out: dict[tuple, list[dict]] = {}
    for r in records(ledger.sort_values(["period", "target_report", "target_start"], kind="stable")):
        unit = r["unit"] if isinstance(r["unit"], str) else ""
        out.setdefault((str(r["place"]).lower(), r["indicator"], r["kind"], unit), []).append(r)
    return out


def ledger_rows(index: dict, place: str | None, indicator: str, kind: str, unit: str) -> list[dict]:
    """The indexed ledger's rows for one place, indicator, kind and unit (none without a place or an indicator)."""
    if not index or not place or not indicator:
        return []
    return index.get((place.lower(), indicator, kind, unit or ""), [])


def first_per_period(rows: list[dict], keep) -> list[dict]:
    """The first row of each period among the rows `keep` accepts, in the rows' order (the ledger's
    `drop_duplicates('period')` on plain rows)."""
    seen, out = set(), []
    for r in rows:
        if pd.notna(r["period"]) and keep(r) and r["period"] not in seen:
            seen.add(r["period"])
            out.append(r)
    return out


def ledger_record(rows: list[dict], before_year: int, better: str, met_options: dict) -> list[dict]:
    """Earlier targets the ledger pairs with a later report's result (met or missed), one per year, oldest first."""
    decided = first_per_period(rows, lambda r: r["met"] in _LEDGER_DECIDED and r["period"] < before_year)
    return [record_row(r["period"], r["target_value"], r["target_qualifier"], optional(r["target_value_high"]),
                       r["outcome_value"], r["outcome_status"], better, r["unit"] in RATE_UNITS, met_options,
                       f"{r['target_report']} -> {r['outcome_report']}") for r in decided]


def merge_records(reference: list[dict], ledger: list[dict]) -> list[dict]:
    """The reference data's years, and the ledger's for years the reference data lacks, oldest first."""
    known = {r["year"] for r in reference}
    return sorted(reference + [r for r in ledger if r["year"] not in known], key=lambda r: r["year"])


def spread(record: list[dict], min_years: int) -> float | None:
    """The sample standard deviation of outcome minus target over the record, when at least `min_years`
    (and never fewer than 2) years have a margin; else None, and the fixed thresholds apply."""
    margins = [r["margin"] for r in record if r["margin"] is not None]
    if len(margins) < max(min_years, 2):
        return None
    return statistics.stdev(margins)


def fmt_record(record: list[dict], rate: bool) -> str:
    """The record year by year with its sources: '2022: target about 8% -> 4% missed (reference facts 3 -> 9)'."""
    q = {"about": "about ", "at_least": ">=", "at_most": "<=", "less_than": "<", "more_than": ">", "exact": ""}
    pct = "%" if rate else ""
    return "; ".join(
        f"{r['year']}: target {q.get(r['qualifier'], '')}{r['target']:g}{'-' + format(r['high'], 'g') if r['high'] else ''}{pct}"
        f" -> {r['outcome']:g}{pct}{' (estimate)' if r['outcome_status'] == 'estimate' else ''}"
        f" {'met' if r['met'] else 'missed'} ({r['source']})" for r in record)
