"""The promise ledger: each one-year headline target beside the result a later report gives, and whether it was met.

Report t sets this year's targets; report t+1 states last year's results. Paired across a corpus, they make the
record researchers otherwise compile by hand: how often a place meets what it promised, and by how much. Rules:

- one reading per place and year (the Chinese original where a translation is read too), but a pair may cross
  languages: the 2019 targets meet their results in the English 2020 report;
- a target pairs with results of the same place, indicator, kind and unit for its period (growth with growth,
  an amount in yuan with an amount in yuan), stated by a report of a later year; within one report its first
  such figure counts (the review opens with last year's headline figures; a second one further on is usually a
  part or an average), and across reports a final figure beats an estimate, then a later report an earlier one;
- `met` is decided by the one rule of `analyse/met.py` (its 'about' tolerance and reading of 'more than' are
  `LedgerRules`' parameters); `margin` is the outcome beyond the target as written, positive = better;
- `no target set` is a row only where a report says it sets no target (see `unset.py`) for an indicator its place
  targeted in most of its other years: a target the reader did not find makes no row.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..analyse.growth import signed
from ..analyse.met import margin, met, relative_margin
from ..catalogue import load_catalogue
from ..contract import schema
from ..contract.tables import LEDGER

KEY = ["place", "indicator", "kind", "unit", "period"]
RATE_UNITS = ("%", "pp")          # compared in points; every other unit (yuan, tons, counts) as a ratio
UNSET_COLUMNS = ["report_id", "place", "level", "parent", "year", "language", "indicator", "kind", "unit", "start",
                 "sentence"]


@dataclass(frozen=True)
class LedgerRules:
    """The parameters of the ledger's judgement, each one a user may want to change."""
    about_tolerance: float = 0.5          # 'about 6%' is met from 5.5%; 'about' a level from 0.5% below it
    more_than_includes_target: bool = True  # 'more than 6%' renders 以上, which includes 6%
    usually: float = 0.5                  # a place usually targets an indicator set in more than this share of its other years

    def __post_init__(self):
        if self.about_tolerance < 0:
            raise ValueError(f"about_tolerance must be zero or more, not {self.about_tolerance}")
        if not 0 <= self.usually < 1:
            raise ValueError(f"usually is a share from 0 to below 1, not {self.usually}")


def build_ledger(targets: pd.DataFrame, results: pd.DataFrame, reports: pd.DataFrame,
                 unset: pd.DataFrame | None = None, *, catalogue=None, rules: LedgerRules = LedgerRules()) -> pd.DataFrame:
    """The ledger from the corpus tables (targets, results, reports with `used`) and the statements that no
    target is set (columns UNSET_COLUMNS)."""
    used = set(reports.loc[reports["used"].astype(bool), "report_id"])
    better = {i.id: i.better for i in _catalogue(catalogue)}
    heads = headline_targets(targets, used)
    best = best_outcomes(results, used)
    nexts = next_reports(reports[reports["report_id"].isin(used)])
    rows = [_target_row(t, best, nexts, better, rules) for t in heads.to_dict("records")]
    if unset is not None and len(unset):
        rows += [_unset_row(s, best, nexts, better) for s in unset_rows(unset, heads, reports, used, rules)]
    df = pd.DataFrame(rows, columns=LEDGER.columns)
    if not len(df):
        return schema.validate(_typed(df), LEDGER)
    df = df.sort_values(["place", "indicator", "kind", "unit", "period", "target_report", "target_start"])
    return schema.validate(_typed(df.reset_index(drop=True)), LEDGER)


def _catalogue(catalogue):
    return catalogue if isinstance(catalogue, tuple) else load_catalogue(catalogue)


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """The contract's dtypes: whole numbers that may be empty stay whole (Int64), values stay floats."""
    ints = {c: "Int64" for c in ("period", "target_start", "outcome_start")}
    floats = {c: "float64" for c in ("target_value", "target_value_high", "target_value_stretch", "outcome_value",
                                     "margin")}
    return df.astype({**ints, **floats})


def headline_targets(targets: pd.DataFrame, used: set[str]) -> pd.DataFrame:
    """One-year targets on a headline indicator from the readings used, a target repeated in its report once."""
    t = targets[targets["report_id"].isin(used) & (targets["indicator"] != "") & (targets["span"] == "year")
                & targets["period"].notna() & (targets["place"] != "")]
    same = ["report_id", "indicator", "kind", "unit", "period", "value", "value_high", "qualifier", "direction"]
    return t.sort_values(["report_id", "start"]).drop_duplicates(same)


def best_outcomes(results: pd.DataFrame, used: set[str]) -> dict[tuple, dict]:
    """The result the ledger trusts for each (place, indicator, kind, unit, period): the first figure of each
    later report, then a final figure over an estimate and a later report over an earlier one."""
    r = results[results["report_id"].isin(used) & (results["indicator"] != "") & (results["span"] == "year")
                & results["period"].notna() & results["status"].isin(["actual", "estimate"])
                & (results["place"] != "")]
    r = r[r["year"].notna() & (r["year"] > r["period"])]
    r = r.sort_values(["report_id", "start"]).drop_duplicates(KEY + ["report_id"])
    r = r.assign(_final=r["status"] == "actual").sort_values(["_final", "year", "report_id"], ascending=False)
    return {tuple(row[k] for k in KEY): row for row in r.drop_duplicates(KEY).to_dict("records")}


def next_reports(reports: pd.DataFrame) -> dict[str, list[tuple[int, str]]]:
    """Each place's readings as (year, report id), oldest first."""
    out: dict[str, list[tuple[int, str]]] = {}
    for r in reports[reports["year"].notna() & (reports["place"] != "")].to_dict("records"):
        out.setdefault(r["place"], []).append((int(r["year"]), r["report_id"]))
    return {p: sorted(v) for p, v in out.items()}


def _next(nexts: dict, place: str, period: int) -> str:
    return next((rid for year, rid in nexts.get(place, []) if year > period), "")


def judge(outcome: float | None, target: float, qualifier: str, high: float | None, better: str, unit: str,
          rules: LedgerRules) -> tuple[str, float | None, str]:
    """(met, margin, margin unit) of one target, by the rules of `analyse/met.py`: points for rates, a ratio
    for levels; the margin is measured from the target as written (no tolerance)."""
    if outcome is None or outcome != outcome:
        return "no result", None, ""
    relative = unit not in RATE_UNITS
    ok = met(outcome, target, qualifier, high, better=better, about_tolerance=rules.about_tolerance,
             more_than_includes_target=rules.more_than_includes_target, relative=relative)
    gap = (relative_margin if relative else margin)(outcome, target, qualifier, high, better=better,
                                                    about_tolerance=0.0)
    gap = None if gap is None else round(gap, 9)   # 8.3 - 8 is 0.3, not 0.30000000000000071
    return ("met" if ok else "missed"), gap, ("" if gap is None else "ratio" if relative else "pp")


def _better(indicator: str, direction: str, qualifier: str, better: dict[str, str]) -> str:
    """From the catalogue; else down for a cut or a ceiling (as the feasibility analysis reads it)."""
    if indicator in better:
        return better[indicator]
    return "lower" if direction == "down" or qualifier in ("at_most", "less_than") else "higher"


def _signed(value, direction: str) -> float | None:
    return None if value is None or value != value else signed(float(value), direction)


def _outcome_fields(o: dict | None) -> dict:
    """The outcome columns of a row: the result chosen, signed like its target, or empty."""
    if o is None:
        return dict(outcome_value=None, outcome_expr="", outcome_status="", outcome_report="", outcome_start=None,
                    outcome_language="")
    return dict(outcome_value=_signed(o["value"], o["direction"]), outcome_expr=o["expr"], outcome_status=o["status"],
                outcome_report=o["report_id"], outcome_start=int(o["start"]), outcome_language=o["language"])


def _target_row(t: dict, best: dict, nexts: dict, better: dict, rules: LedgerRules) -> dict:
    """One target's ledger row: the target as written (signed), its outcome, and the verdict."""
    key = tuple(t[k] for k in KEY)
    o = best.get(key)
    side = _better(t["indicator"], t["direction"], t["qualifier"], better)
    value, high = _signed(t["value"], t["direction"]), _signed(t["value_high"], t["direction"])
    out = _outcome_fields(o)
    verdict, gap, gap_unit = judge(out["outcome_value"], value, t["qualifier"], high, side, t["unit"], rules)
    return dict(place=t["place"], level=t["level"], parent=t["parent"], indicator=t["indicator"], kind=t["kind"],
                unit=t["unit"], period=int(t["period"]), better=side, target_value=value, target_value_high=high,
                target_value_stretch=_signed(t["value_stretch"], t["direction"]), target_qualifier=t["qualifier"],
                target_expr=t["expr"], target_report=t["report_id"], target_start=int(t["start"]),
                target_language=t["language"], **out, next_report=_next(nexts, t["place"], int(t["period"])),
                met=verdict, margin=gap, margin_unit=gap_unit)


def unset_rows(unset: pd.DataFrame, heads: pd.DataFrame, reports: pd.DataFrame, used: set[str],
               rules: LedgerRules) -> list[dict]:
    """The statements that make a `no target set` row: from a reading used, whose report sets no target for the
    indicator after all, of a place that targeted it in most of its other years."""
    years = reports[reports["report_id"].isin(used) & reports["year"].notna()].groupby("place")["year"]
    years = {p: set(map(int, y)) for p, y in years}
    own_year = heads[heads["period"] == heads["year"]]
    targeted = {(p, i, k, u): set(map(int, y)) for (p, i, k, u), y in
                own_year.groupby(["place", "indicator", "kind", "unit"])["year"]}
    out = []
    for s in unset[unset["report_id"].isin(used)].to_dict("records"):
        year, key = int(s["year"]), (s["place"], s["indicator"], s["kind"], s["unit"])
        others = years.get(s["place"], set()) - {year}
        set_in = targeted.get(key, set())
        if year not in set_in and others and len(set_in & others) / len(others) > rules.usually:
            out.append(s)
    return out


def _unset_row(s: dict, best: dict, nexts: dict, better: dict) -> dict:
    """A `no target set` row: the statement in place of a target, and the year's outcome all the same."""
    period = int(s["year"])
    o = best.get((s["place"], s["indicator"], s["kind"], s["unit"], period))
    return dict(place=s["place"], level=s["level"], parent=s["parent"], indicator=s["indicator"], kind=s["kind"],
                unit=s["unit"], period=period, better=better.get(s["indicator"], "higher"), target_value=None,
                target_value_high=None, target_value_stretch=None, target_qualifier="", target_expr=s["sentence"],
                target_report=s["report_id"], target_start=int(s["start"]), target_language=s["language"],
                **_outcome_fields(o), next_report=_next(nexts, s["place"], period), met="no target set", margin=None,
                margin_unit="")
