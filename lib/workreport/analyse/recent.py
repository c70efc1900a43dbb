"""Last year's result beside the mean of the last two or three years, and whether it is a rebound.

One year's result can mislead as a base: 2023's growth after 2022's slump is partly the slump undone, and
a target set against it looks easier than it is. So the years before the target are gathered (from the
report's own figures for earlier years, the reference data and the ledger's outcomes, in that order of
preference) and the mean of the last three known is shown beside the base. A rebound is flagged when last
year's result beats the year before by more than `shock_pp` points (rates; `shock_ratio` for levels) in
the direction the indicator improves, and that year before had itself fallen by as much from the year
before it, where that year is known. The flag is shown, not used to change the verdict.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .growth import signed
from .record import first_per_period
from .reference import Facts, outcome_of

YEARS = 3  # how many years before the target the mean covers


@dataclass(frozen=True)
class Recent:
    outcomes: dict  # year -> result, for the `YEARS` years before the target that are known
    mean: float | None = None
    rebound: bool = False

    def text(self, rate: bool) -> str:
        pct = "%" if rate else ""
        return "; ".join(f"{y}: {v:g}{pct}" for y, v in sorted(self.outcomes.items()))


def results_index(claims: list[dict]) -> dict[tuple, list[tuple[int, float]]]:
    """The report's own one-year results of headline indicators (not targets, no base year) as (year, signed
    value) by (indicator, kind, unit), in text order: built once per report so each target looks its
    earlier years up rather than filtering the claims again."""
    out: dict[tuple, list[tuple[int, float]]] = {}
    for r in sorted(claims, key=lambda c: c["start"]):
        if (r["indicator"] and r["status"] != "target" and r["span"] == "year" and pd.notna(r["period"])
                and pd.isna(r["base_period"])):
            year_value = (int(r["period"]), signed(r["value"], r["direction"]))
            out.setdefault((r["indicator"], r["kind"], r["unit"]), []).append(year_value)
    return out


def from_claims(results: dict, t: dict, years: range) -> dict:
    """The report's own results for the target's indicator (same kind and unit, one-year figures) in `years`,
    from `results_index`; a later figure in the text wins."""
    if not t.get("indicator"):
        return {}
    return {y: v for y, v in results.get((t["indicator"], t["kind"], t["unit"]), []) if y in years}


def from_reference(facts: Facts | None, t: dict, years: range) -> dict:
    if facts is None or not t.get("indicator") or t["kind"] != "growth":
        return {}
    found = {y: outcome_of(facts, t["indicator"], y) for y in years}
    return {y: float(o["value"]) for y, o in found.items() if o is not None}


def from_ledger(rows: list[dict], years: range) -> dict:
    known = first_per_period(rows, lambda r: pd.notna(r["outcome_value"]) and r["period"] in years)
    return {int(r["period"]): float(r["outcome_value"]) for r in known}


def _gain(a: float, b: float, better: str, rate: bool) -> float | None:
    """How much better `a` is than `b`: points for rates, a share of `b` for levels (None from zero)."""
    if rate:
        return (a - b) if better == "higher" else (b - a)
    if not b:
        return None
    return (a / b - 1) if better == "higher" else (b / a - 1 if a else None)


def is_rebound(outcomes: dict, last: int, better: str, rate: bool, shock: float) -> bool:
    """Last year's result beats the year before's by more than `shock`, and that year fell by more than
    `shock` from the one before it where that one is known."""
    if last not in outcomes or last - 1 not in outcomes:
        return False
    up = _gain(outcomes[last], outcomes[last - 1], better, rate)
    if up is None or up <= shock:
        return False
    if last - 2 not in outcomes:
        return True
    down = _gain(outcomes[last - 2], outcomes[last - 1], better, rate)
    return down is not None and down > shock


def recent(t: dict, base: tuple[int, float] | None, results: dict, facts: Facts | None, ledger_rows: list[dict],
           better: str, rate: bool, shock: float) -> Recent:
    """The known results of the `YEARS` years before the target (the base's own year from the base), their
    mean when at least two are known, and the rebound flag. `results` is the report's `results_index`,
    `facts` its place's reference `Facts` (or None), `ledger_rows` its indexed ledger rows."""
    if t.get("period") is None or pd.isna(t.get("period")):
        return Recent({})
    year = int(t["period"])
    years = range(year - YEARS, year)
    found: dict = {}
    for source in (from_ledger(ledger_rows, years), from_reference(facts, t, years), from_claims(results, t, years)):
        found.update(source)  # later sources win: the report over the reference data over the ledger
    if base is not None and base[0] in years:
        found[base[0]] = base[1]
    mean = sum(found.values()) / len(found) if len(found) >= 2 else None
    return Recent(found, mean, is_rebound(found, year - 1, better, rate, shock))
