"""The corpus notebooks' tables as people read them (labels from the catalogue, units in the headers, sorted,
an em dash for what is missing), their figure titles, and the sentences that stand in for a table or figure
the parameters leave empty. One function per table gives each a fixed HTML id, as report/views.py does.
"""
from __future__ import annotations

import pandas as pd

from .corpus import RATE_UNITS, panel_name
from .tables import Col, people_table, signed

LEVEL_PLURAL = {"national": "national governments", "province": "provinces", "city": "cities"}
LEVEL_ONE = {"national": "national government", "province": "province", "city": "city"}


def places(n: int, level: str) -> str:
    """'1 province', '23 provinces', 'the nation'."""
    if level == "national" and n == 1:
        return "the nation"
    return f"{n} {LEVEL_ONE[level] if n == 1 else LEVEL_PLURAL[level]}"


def _margin_text(v, unit) -> str:
    """A ledger margin as written for people: '+0.3 pp' for rates, '-4.2%' of the target for levels."""
    if pd.isna(v):
        return ""
    return signed(float(v), " pp") if unit in RATE_UNITS else signed(100 * float(v), "% of the target")


# ---- 05 promise tracking ----------------------------------------------------------------------------------

def promise_title(place: str, chart: pd.DataFrame) -> str:
    first, last = int(chart["period"].min()), int(chart["period"].max())
    years = f"{first}-{last}" if first != last else str(first)
    return f"{place}, {years}: each year's target and the outcome a later report gives"


def hit_rates(summary: pd.DataFrame, *, rates: bool):
    """Per indicator: targets, outcomes, met, missed, hit rate and margins; rates in points, or levels and counts
    as a percent of their target (two tables, so every header carries its unit)."""
    d = summary[summary["rate"] == rates]
    margin_kind = "pp" if rates else "signed_percent"
    unit = None if rates else "% of the target"
    return people_table(d, [
        ("label", "Indicator", "text"), ("measure", "Measured as", "text"), ("years", "Years", "text"),
        ("targets", "Targets", "count"), ("unset", "No target set", "count"), ("judged", "With an outcome", "count"),
        ("met_n", "Met", "count"), ("missed", "Missed", "count"), ("hit_rate", "Hit rate", "percent"),
        Col("median_margin", "Median margin", margin_kind, unit), Col("worst", "Smallest margin", margin_kind, unit),
        Col("best", "Largest margin", margin_kind, unit),
    ], name="hit_rates" if rates else "hit_rates_levels")


def record(series: pd.DataFrame, indicator: str = "gdp", kind: str = "growth"):
    """One indicator's targets year by year: as written, the outcome as written and where, met, margin."""
    d = series[(series["indicator"] == indicator) & (series["kind"] == kind)].sort_values("period")
    d = d.assign(outcome_words=[f"{e} ({'estimate' if s == 'estimate' else 'final'})" if e else ""
                                for e, s in zip(d["outcome_expr"], d["outcome_status"])])
    return people_table(d, [
        "period", ("target_expr", "Target as written", "text"), ("target_qualifier", "Hedge", "category"),
        ("target_report", "Target stated in", "text"), ("outcome_words", "Outcome as written", "text"),
        ("outcome_report", "Outcome stated in", "text"), ("met", "Verdict", "category"), ("margin", "Margin", "pp"),
    ], name=f"record_{indicator}_{kind}", wrap=48)


def bunching(table: pd.DataFrame, window: float):
    w = f"{window:g}"
    return people_table(table, [
        ("group", "Targets", "text"), ("level", "Level", "text"), ("judged", "With an outcome", "count"),
        ("met_n", "Met", "count"), ("share_met", "Share met", "percent"),
        ("below", f"Just below (−{w} to 0 points)", "count"), ("above", f"At or just above (0 to +{w} points)", "count"),
        ("ratio", "Just above per just below", "ratio"),
    ], name="bunching")


def backtest(summary: pd.DataFrame, place: str):
    """The corpus backtest for the place and for all places: each rule's n, coverage and hit rate."""
    from ..corpus.backtest import ALL_PLACES

    order = {ALL_PLACES: 1, place: 0}
    d = summary[summary["place"].isin(order)].copy()
    d["scope"] = [p if p != ALL_PLACES else "All places" for p in d["place"]]
    d = d.sort_values(["place"], key=lambda c: c.map(order), kind="stable")
    return people_table(d, [
        ("scope", "Places", "text"), ("rule", "Rule", "text"), ("targets", "Targets with an outcome", "count"),
        ("predicted", "Predicted (n)", "count"), ("coverage", "Coverage", "percent"), ("held", "Held", "count"),
        ("hit_rate", "Hit rate", "percent"),
    ], name="corpus_backtest")


# ---- 06 targets across places -----------------------------------------------------------------------------

def pairing_note(unpaired: list[tuple[str, str]], level: str, year: int, n_pairs: int) -> str:
    """What the mark-up section can and cannot compare, in one or two sentences."""
    if level == "national":
        return "The nation has no parent: its targets are the ones the provinces are compared with (level=province)."
    out = [f"{n_pairs} targets of {year} have a parent's target for the same indicator and measure."]
    if unpaired:
        names = ", ".join(f"{p} (parent {q or 'unknown'})" for p, q in unpaired)
        out.append(f"The corpus has no {year} report of the parent of: {names}.")
    return " ".join(out)


def markup_summary(summary: pd.DataFrame):
    d = summary.assign(name=[panel_name(lab, k, u) for lab, k, u in
                             zip(_labels(summary["indicator"]), summary["kind"], summary["unit"])])
    return people_table(d, [
        ("name", "Indicator", "text"), ("places", "Places compared", "count"),
        ("more", "Asks more than the parent's", "count"), ("same", "The same", "count"),
        ("less", "Asks less", "count"), ("median", "Median mark-up", "pp"), ("largest", "Largest mark-up", "pp"),
        ("largest_place", "Largest by", "text"),
    ], name="markup_summary")


def _labels(ids) -> list[str]:
    from .style import indicator_label

    return [indicator_label(i) for i in ids]


def pairs(p: pd.DataFrame):
    d = p.assign(name=[panel_name(lab, k, u) for lab, k, u in zip(p["label"], p["kind"], p["unit"])])
    return people_table(d, [
        ("name", "Indicator", "text"), ("place", "Place", "text"), ("parent", "Parent", "text"),
        ("target_expr", "Target as written", "text"), ("parent_target_expr", "Parent's target as written", "text"),
        ("line", "Target", "percent"), ("parent_line", "Parent's target", "percent"), ("markup", "Mark-up", "pp"),
        ("ambition", "The place's target asks", "text"),
    ], name="parent_pairs")


def outcome_summary(summary: pd.DataFrame, level: str):
    d = summary.assign(median_text=[("" if pd.isna(v) else signed(v, " pp") if r else signed(v, "%"))
                                    for v, r in zip(summary["median_margin"], summary["rate"])])
    return people_table(d, [
        ("label", "Indicator", "text"), ("measure", "Measured as", "text"),
        ("targets", f"{LEVEL_PLURAL[level].capitalize()} with a target", "count"),
        ("judged", "With an outcome", "count"), ("met_n", "Met", "count"), ("missed", "Missed", "count"),
        ("hit_rate", "Hit rate", "percent"),
        ("median_text", "Median margin (pp for rates, % of the target for levels)", "number"),
    ], name="outcome_summary")


def misses(outcomes: pd.DataFrame):
    """Every target of the year that was missed, the largest shortfall first within each indicator."""
    d = outcomes[outcomes["met"] == "missed"]
    d = d.assign(name=[panel_name(lab, k, u) for lab, k, u in zip(d["label"], d["kind"], d["unit"])],
                 margin_text=[_margin_text(m, u) for m, u in zip(d["margin"], d["unit"])],
                 outcome_words=[f"{e} ({'estimate' if s == 'estimate' else 'final'})"
                                for e, s in zip(d["outcome_expr"], d["outcome_status"])])
    return people_table(d, [
        ("name", "Indicator", "text"), ("place", "Place", "text"), ("target_expr", "Target as written", "text"),
        ("outcome_words", "Outcome as written", "text"), ("outcome_report", "Stated in", "text"),
        ("margin_text", "Margin (pp; for levels % of the target)", "number"),
    ], name="misses")


def gdp_outcomes_title(year: int, level: str, n: int) -> str:
    return f"GDP growth in {year} against the target, {places(n, level)} (outcome as the next report gives it)"
