"""The backtest across a corpus: every target of the ledger whose outcome a later report gives, with the
feasibility verdict its report would have had when it was delivered, scored beside two naive rules.

A verdict is only evidence if it is judged as a reader could have judged it then. So each report's targets
are assessed with the record the corpus held in that report's year: the ledger's earlier targets whose
outcome was stated by a report of that year or before (a final figure published later is not used, and
that year drops out of the record rather than leak the future). The outcome itself comes from the ledger,
so it is decided by the one rule of `analyse/met.py`, as everywhere else.

Every target with a known outcome is a row, with or without a verdict: coverage (how many get a verdict)
and the hit rate (how many of those held) are reported together, with n, per place and for the corpus,
beside 'every target is met' and 'this year repeats last year' on the same targets.
"""
from __future__ import annotations

import pandas as pd

from ..analyse.backtest import _held as held_of, backtest_summary
from ..analyse.feasibility import Rules, assess_targets
from ..analyse.met import met
from ..contract import schema
from ..contract.tables import CORPUS_BACKTEST, CORPUS_BACKTEST_SUMMARY
from .batch import Reading

SCORED = ("met", "missed")       # ledger rows whose outcome is known
RATE_UNITS = ("%", "pp")
ALL_PLACES = "all places"


def known_then(ledger: pd.DataFrame, year_of: dict, place: str, year: int) -> pd.DataFrame:
    """The place's ledger rows a reader of its report of `year` could have known: outcome stated by then."""
    rows = ledger[(ledger["place"] == place) & ledger["met"].isin(SCORED)]
    stated = rows["outcome_report"].map(year_of)
    return rows[stated.notna() & (stated <= year)]


def assess_then(reading: Reading, ledger: pd.DataFrame, targets: pd.DataFrame, year_of: dict,
                reference: pd.DataFrame | None, rules: Rules) -> pd.DataFrame:
    """The report's feasibility table as of its own year: its record cut at that year, its parent's and the
    nation's targets of the same year beside it. Only headline claims are assessed: the ledger holds
    nothing else, and their base is found by indicator, so the other claims would only cost time."""
    record = known_then(ledger, year_of, reading.place, int(reading.year))
    higher = targets[targets["period"] == reading.year]
    headline = reading.claims[reading.claims["indicator"] != ""]
    return assess_targets(headline, reference, place=reading.place, rules=rules, record=record,
                          hierarchy=higher, parent=reading.parent or None)


def _repeat(last: float | None, led: dict, rules: Rules) -> str:
    """Whether last year's result, repeated, meets the target as worded (the naive 'repeat' rule)."""
    if last is None:
        return "unknown"
    high = led["target_value_high"] if pd.notna(led["target_value_high"]) else None
    hit = met(last, led["target_value"], led["target_qualifier"], high, better=led["better"],
              relative=led["unit"] not in RATE_UNITS, **rules.met_options())
    return "yes" if hit else "no"


def _row(led: dict, f: dict | None, rules: Rules) -> dict:
    """One scored target: the ledger's outcome and met, the verdict of its report, the naive predictions."""
    hit = led["met"] == "met"
    verdict = f["verdict"] if f else "insufficient evidence"
    last = float(f["base_value"]) if f and pd.notna(f["base_value"]) else None
    return dict(place=led["place"], level=led["level"], parent=led["parent"], indicator=led["indicator"],
                period=led["period"], target_expr=led["target_expr"], target_value=led["target_value"],
                target_qualifier=led["target_qualifier"], target_report=led["target_report"],
                target_start=led["target_start"], target_type=f["target_type"] if f else "",
                verdict=verdict, thresholds=f["thresholds"] if f else "", record_years=int(f["record_years"]) if f else 0,
                outcome_value=led["outcome_value"], outcome_status=led["outcome_status"],
                outcome_report=led["outcome_report"], met=hit, held=held_of(verdict, hit), last_year=last,
                repeat_met=_repeat(last, led, rules), unconfirmed=False)


def corpus_backtest(readings: list[Reading], ledger: pd.DataFrame, targets: pd.DataFrame, reports: pd.DataFrame,
                    reference: pd.DataFrame | None = None, rules: Rules | None = None) -> pd.DataFrame:
    """Every ledger target with a known outcome, its verdict as of its report's year, scored."""
    rules = rules or Rules()
    year_of = dict(zip(reports["report_id"], reports["year"]))
    by_id = {r.report_id: r for r in readings if r.claims is not None and r.year}
    rows = []
    scored = ledger[ledger["met"].isin(SCORED)]
    for rid, group in scored.groupby("target_report", sort=True):
        if rid not in by_id:
            continue
        feas = assess_then(by_id[rid], ledger, targets, year_of, reference, rules)
        at = {int(f["target_start"]): f for f in feas.to_dict("records")}
        rows += [_row(led, at.get(int(led["target_start"])), rules) for led in group.to_dict("records")]
    df = pd.DataFrame(rows, columns=CORPUS_BACKTEST.columns)
    df = df.sort_values(["place", "indicator", "period", "target_start"], kind="stable").reset_index(drop=True)
    return schema.validate(df.astype({"period": "Int64", "target_start": "Int64", "record_years": "Int64"}),
                           CORPUS_BACKTEST)


def corpus_backtest_summary(bt: pd.DataFrame) -> pd.DataFrame:
    """The three rules' coverage and hit rate, with n, for the whole corpus and for each place."""
    parts = [backtest_summary(bt.assign(report_id=ALL_PLACES), ALL_PLACES)]
    parts += [backtest_summary(g.assign(report_id=place), place) for place, g in bt.groupby("place", sort=True)]
    df = pd.concat(parts, ignore_index=True).rename(columns={"report_id": "place"})
    return schema.validate(df[CORPUS_BACKTEST_SUMMARY.columns], CORPUS_BACKTEST_SUMMARY)
