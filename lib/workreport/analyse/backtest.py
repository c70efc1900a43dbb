"""Checking the report against what happened: estimates against final statistics, verdicts against outcomes.

A verdict 'held' when a target judged `already met` or `on track` was met, or one
judged `stretch` or `ambitious` was missed; `insufficient evidence` is not scored.
Whether a target was met, and whether a final figure bears an estimate out, are decided by
the one rule in `met.met`, the same the feasibility record uses, so that a target counted as
met there is met here too.
"""
from __future__ import annotations

import pandas as pd

from ..contract.tables import BACKTEST, ESTIMATES
from .feasibility import Rules, _catalogue, better_of
from .growth import signed
from .met import met
from .reference import best_outcome, for_place
from .tabulate import optional, typed_frame

_ROUNDING = 0.05 + 1e-9  # half the last printed digit of a one-decimal figure


def _measure(claim) -> str | None:
    """Which reference series a claim is checked against: growth rates, or levels in yuan or dollars."""
    if claim["kind"] == "growth" and claim["unit"] == "%":
        return "growth"
    if claim["kind"] == "amount" and claim["unit"] in ("CNY", "USD"):
        return "level"
    return None


def _outcome(ref: pd.DataFrame, claim, measure: str):
    """The trusted outcome for the claim's indicator and year, on the claim's scale (same unit for levels)."""
    if pd.isna(claim["period"]):
        return None
    o = best_outcome(ref, claim["indicator"], int(claim["period"]), measure)
    if o is not None and measure == "level" and o["unit"] != claim["unit"]:
        return None
    return o


def within_hedge(final: float, estimate: float, qualifier: str, rules: Rules | None = None) -> bool:
    """Whether a final figure satisfies an estimate as worded. An estimate bounds the truth from the side
    its hedge names, which is the question `met.met` answers: 'more than' and 'at least' as floors ('more
    than' including the figure itself, 以上, unless `rules.more_than_inclusive` is off), 'at most' and
    'less than' as ceilings; 'about' bounds it on both sides (a floor and a ceiling `rules.about_tolerance`
    away); 'exact' only within rounding of the last printed digit (0.05)."""
    rules = rules or Rules()
    if qualifier == "exact":
        return abs(final - estimate) < _ROUNDING
    sides = ("higher", "lower") if qualifier == "about" else ("higher",)
    return all(met(final, estimate, qualifier, better=side, **rules.met_options()) for side in sides)


def estimates_vs_final(claims: pd.DataFrame, reference: pd.DataFrame, place: str | None,
                       rules: Rules | None = None) -> pd.DataFrame:
    """Each hedged-as-estimated headline figure beside the final statistic for the same year."""
    ref = for_place(reference, place)
    rows = []
    for c in claims[(claims["status"] == "estimate") & (claims["indicator"] != "")].to_dict("records"):
        measure = _measure(c)
        if measure is None:
            continue
        o = _outcome(ref, c, measure)
        final = o if o is not None and o["status"] == "final" else None
        est = signed(c["value"], c["direction"])
        fv = float(final["value"]) if final is not None else None
        if fv is None:
            within = "unknown"
        else:
            scale = fv if measure == "level" else 1.0  # levels: compare in units of the final figure
            within = "yes" if within_hedge(fv / scale, est / scale, c["qualifier"], rules) else "no"
        rows.append((c["report_id"], c["claim_id"], c["indicator"], c["period"], c["expr"], est, c["qualifier"], fv,
                     None if fv is None else round(fv - est, 6), within,
                     final["source"] if final is not None else "", final["snippet"] if final is not None else "", c["start"],
                     int(final["fact_id"]) if final is not None else None))
    df = typed_frame(rows, ESTIMATES, ints=("claim_id", "period", "start", "final_fact_id"))
    return df.sort_values(["indicator", "claim_id"]).reset_index(drop=True)


def _target_met(outcome: float, t: dict, better: str, rules: Rules) -> bool:
    """Whether the outcome met the target claim, by the one rule of `met.met`: the claim keeps magnitudes
    with the sign in `direction`, so both ends of a range are signed alike (a cut of 3-4% is -3 to -4)."""
    high = optional(t["value_high"])
    high = signed(high, t["direction"]) if high is not None else None
    return bool(met(outcome, signed(t["value"], t["direction"]), t["qualifier"], high, better=better,
                    **rules.met_options()))


def backtest(feasibility: pd.DataFrame, claims: pd.DataFrame, reference: pd.DataFrame, place: str | None,
             rules: Rules | None = None, catalogue=None) -> pd.DataFrame:
    """Targets of the report's year whose outcome the reference data knows, with their verdicts scored."""
    rules = rules or Rules()
    cat = _catalogue(catalogue)
    ref = for_place(reference, place)
    by_id = {int(c["claim_id"]): c for c in claims.to_dict("records")}
    rows = []
    for f in feasibility[feasibility["indicator"] != ""].to_dict("records"):
        t = by_id[int(f["target_claim_id"])]
        measure = _measure(t)
        o = _outcome(ref, t, measure) if measure else None
        if o is None:
            continue
        hit = _target_met(float(o["value"]), t, better_of(t, cat), rules)
        if f["verdict"] == "insufficient evidence":
            held = "not scored"
        else:
            predicted = f["verdict"] in ("already met", "on track")
            held = "yes" if predicted == hit else "no"
        rows.append((f["report_id"], f["target_claim_id"], f["indicator"], f["target_expr"], f["verdict"],
                     float(o["value"]), o["unit"], o["status"], bool(hit), held, o["source"], o["snippet"],
                     int(o["fact_id"])))
    df = typed_frame(rows, BACKTEST, ints=("target_claim_id", "fact_id"))
    return df.sort_values(["indicator", "target_claim_id"]).reset_index(drop=True)


def score(bt: pd.DataFrame) -> str:
    """'1 of 2 scored verdicts held (2 not scored: insufficient evidence); 2 of 4 targets were met'."""
    scored = bt[bt["held"] != "not scored"]
    held = int((scored["held"] == "yes").sum())
    skipped = len(bt) - len(scored)
    tail = f" ({skipped} not scored: insufficient evidence)" if skipped else ""
    return f"{held} of {len(scored)} scored verdicts held{tail}; {int(bt['met'].sum())} of {len(bt)} targets were met"
