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

from dataclasses import dataclass

import pandas as pd

from ..analyse.backtest import backtest_summary, held as held_of
from ..analyse.comparisons import comparison_rows
from ..analyse.direction import indicators_by_id
from ..analyse.feasibility import Rules, Sources, assess_rows
from ..analyse.hierarchy import NATION, index_of_year, parent_of, targets_index
from ..analyse.met import met
from ..analyse.recent import results_index
from ..analyse.record import is_rate, index_as_of, ledger_index
from ..analyse.reference import for_place, index_facts
from ..analyse.tabulate import records
from ..contract import schema
from ..contract.tables import CORPUS_BACKTEST, CORPUS_BACKTEST_SUMMARY
from .batch import Reading

SCORED = ("met", "missed")       # ledger rows whose outcome is known
ALL_PLACES = "all places"


@dataclass(frozen=True)
class Corpus:
    """The corpus tables every report is judged against, indexed once for the whole corpus (each report
    then cuts plain dicts instead of filtering tables): the ledger's scored rows, the targets, the years of
    the reports, the targets table itself (for a place's parent), the reference facts by place (None without
    reference data; cut per report to what its year knew), the catalogue and the rules."""
    ledger: dict
    targets: dict
    years: dict
    table: pd.DataFrame
    reference: dict | None
    catalogue: dict
    rules: Rules


def facts_then(ref: pd.DataFrame | None, year: int):
    """A place's reference facts (cut with `for_place`) a reader of its report of `year` could have had:
    targets up to that year and outcomes up to two years before it. The final figure for the year just ended
    comes from the statistics communique, published after most reports (the report's own estimate stands in
    for it), and the table records no publication dates to tell otherwise; so last year's outcome is never
    taken from it."""
    if ref is None or ref.empty:
        return None if ref is None else index_facts(ref)
    known = ((ref["status"] == "target") & (ref["year"] <= year)) | ((ref["status"] != "target") & (ref["year"] <= year - 2))
    return index_facts(ref[known])


def sources_then(reading: Reading, claims: list[dict], corpus: Corpus) -> Sources:
    """What the report is judged against as of its own year: its record cut at that year (`record.as_of`:
    outcomes stated by a report of that year or before), its parent's and the nation's targets of the
    same year, its own results and its place's reference facts as of that year (`facts_then`)."""
    year = int(reading.year)
    parent = reading.parent or parent_of(corpus.table[corpus.table["period"] == year], reading.place)
    facts = facts_then(corpus.reference.get(reading.place) if corpus.reference is not None else None, year)
    return Sources(facts, index_as_of(corpus.ledger, reading.place, year, corpus.years),
                   index_of_year(corpus.targets, [parent, NATION], year), results_index(claims), reading.place, parent)


def assess_then(reading: Reading, corpus: Corpus) -> list[dict]:
    """The report's feasibility rows as of its own year, for its headline targets (the ledger holds nothing
    else). Last year's results are paired with the targets among all the report's claims, as the report's
    own analysis pairs them: a result the reader gave no indicator can still be a headline target's base.
    A reading from `read_one` brings its pairs (made in the worker); one built by hand is paired here."""
    every = records(reading.claims)
    kept = [c for c in every if c["status"] != "target" or c["indicator"]]
    pairs = list(reading.pairs) if reading.pairs is not None else comparison_rows(every)
    return assess_rows(kept, pairs, sources_then(reading, kept, corpus), corpus.rules, corpus.catalogue)


def _repeat(last: float | None, led: dict, rules: Rules) -> str:
    """Whether last year's result, repeated, meets the target as worded (the naive 'repeat' rule)."""
    if last is None:
        return "unknown"
    high = led["target_value_high"] if pd.notna(led["target_value_high"]) else None
    hit = met(last, led["target_value"], led["target_qualifier"], high, better=led["better"],
              relative=not is_rate(led["unit"]), **rules.met_options())
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
                    reference: dict | None = None, rules: Rules | None = None) -> pd.DataFrame:
    """Every ledger target with a known outcome, its verdict as of its report's year, scored."""
    rules = rules or Rules()
    scored = ledger[ledger["met"].isin(SCORED)]
    by_id = {r.report_id: r for r in readings if r.claims is not None and r.year}
    facts = ({p: for_place(reference, p) for p in {r.place for r in by_id.values()}}
             if reference is not None else None)
    corpus = Corpus(ledger_index(scored), targets_index(targets), dict(zip(reports["report_id"], reports["year"])),
                    targets, facts, indicators_by_id(None), rules)
    rows = []
    for rid, group in scored.groupby("target_report", sort=True):
        # a target whose report was not read here still has its row: no verdict, so no prediction
        at = {int(f["target_start"]): f for f in assess_then(by_id[rid], corpus)} if rid in by_id else {}
        rows += [_row(led, at.get(int(led["target_start"])), rules) for led in records(group)]
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
