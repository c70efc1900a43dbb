"""Checking the report against what happened: estimates against final statistics, verdicts against outcomes.

A verdict 'held' when a target judged `already met` or `on track` was met, or one
judged `stretch` or `ambitious` was missed; `insufficient evidence` is not scored.
"""
from __future__ import annotations

import pandas as pd

from . import schema
from .catalogue import load_catalogue
from .feasibility import Rules, met
from .growth import signed
from .reference import best_outcome, for_place

F = schema.Field
ESTIMATES = schema.register(schema.Table("estimates", "The report's estimates for last year against the final statistics.", (
    F("report_id", "str", "Report id."),
    F("claim_id", "int", "The estimate claim."),
    F("indicator", "str", "Headline indicator id."),
    F("period", "int", "Year estimated."),
    F("estimate_expr", "str", "The estimate as written."),
    F("estimate_value", "float", "The estimate (signed)."),
    F("qualifier", "str", "Its hedge."),
    F("final_value", "float", "The final statistic, where the reference data has one.", nullable=True),
    F("revision", "float", "Final minus estimate, in points.", nullable=True),
    F("within_hedge", "str", "`yes`/`no` whether the final figure satisfies the estimate as worded, `unknown` without one.", allowed=("yes", "no", "unknown")),
    F("final_source", "str", "Where the final statistic comes from."),
    F("final_snippet", "str", "The quoted passage."),
    F("start", "int", "Offset of the estimate in the text."),
), key=("report_id", "claim_id")))

BACKTEST = schema.register(schema.Table("backtest", "Each target with a known outcome: was it met, and did its verdict hold?", (
    F("report_id", "str", "Report id."),
    F("target_claim_id", "int", "The target."),
    F("indicator", "str", "Headline indicator id."),
    F("target_expr", "str", "The target as written."),
    F("verdict", "str", "The feasibility verdict."),
    F("outcome", "float", "What happened (reference data)."),
    F("outcome_status", "str", "`final` or `estimate`."),
    F("met", "bool", "Whether the outcome met the target as worded."),
    F("held", "str", "`yes`/`no` whether the verdict predicted that; `not scored` for insufficient evidence.", allowed=("yes", "no", "not scored")),
    F("source", "str", "Source of the outcome."),
    F("snippet", "str", "The quoted passage."),
), key=("report_id", "target_claim_id")))


def estimates_vs_final(claims: pd.DataFrame, reference: pd.DataFrame, place: str | None) -> pd.DataFrame:
    """Each hedged-as-estimated headline figure beside the final statistic for the same year."""
    ref = for_place(reference, place)
    rows = []
    for c in claims[(claims["status"] == "estimate") & (claims["indicator"] != "") & (claims["kind"] == "growth")].to_dict("records"):
        o = best_outcome(ref, c["indicator"], int(c["period"])) if pd.notna(c["period"]) else None
        final = o if o is not None and o["status"] == "final" else None
        est = signed(c["value"], c["direction"])
        fv = float(final["value"]) if final is not None else None
        if fv is None:
            within = "unknown"
        else:
            ok = {"exact": abs(fv - est) < 0.05, "about": abs(fv - est) <= 0.5, "more_than": fv > est,
                  "at_least": fv >= est, "less_than": fv < est, "at_most": fv <= est}[c["qualifier"]]
            within = "yes" if ok else "no"
        rows.append((c["report_id"], c["claim_id"], c["indicator"], c["period"], c["expr"], est, c["qualifier"], fv,
                     None if fv is None else round(fv - est, 6), within,
                     final["source"] if final is not None else "", final["snippet"] if final is not None else "", c["start"]))
    df = pd.DataFrame(rows, columns=ESTIMATES.columns)
    for col in ("claim_id", "period", "start"):
        df[col] = df[col].astype("Int64")
    return df.sort_values(["indicator", "claim_id"]).reset_index(drop=True)


def backtest(feasibility: pd.DataFrame, claims: pd.DataFrame, reference: pd.DataFrame, place: str | None,
             rules: Rules | None = None, catalogue=None) -> pd.DataFrame:
    """Targets of the report's year whose outcome the reference data knows, with their verdicts scored."""
    rules = rules or Rules()
    cat = {i.id: i for i in (catalogue if catalogue is not None else load_catalogue())}
    ref = for_place(reference, place)
    by_id = claims.set_index("claim_id")
    rows = []
    for f in feasibility[feasibility["indicator"] != ""].to_dict("records"):
        t = by_id.loc[f["target_claim_id"]]
        if t["kind"] != "growth" or pd.isna(t["period"]):
            continue
        o = best_outcome(ref, f["indicator"], int(t["period"]))
        if o is None:
            continue
        better = cat[f["indicator"]].better if f["indicator"] in cat else "higher"
        hit = met(float(o["value"]), f["target_value"], t["qualifier"], better, rules)
        if f["verdict"] == "insufficient evidence":
            held = "not scored"
        else:
            predicted = f["verdict"] in ("already met", "on track")
            held = "yes" if predicted == hit else "no"
        rows.append((f["report_id"], f["target_claim_id"], f["indicator"], f["target_expr"], f["verdict"],
                     float(o["value"]), o["status"], hit, held, o["source"], o["snippet"]))
    df = pd.DataFrame(rows, columns=BACKTEST.columns)
    df["target_claim_id"] = df["target_claim_id"].astype("Int64")
    return df.sort_values(["indicator"]).reset_index(drop=True)


def score(bt: pd.DataFrame) -> str:
    """'2 of 3 scored verdicts held (1 not scored: insufficient evidence)'."""
    scored = bt[bt["held"] != "not scored"]
    held = int((scored["held"] == "yes").sum())
    skipped = len(bt) - len(scored)
    tail = f" ({skipped} not scored: insufficient evidence)" if skipped else ""
    return f"{held} of {len(scored)} scored verdicts held{tail}; {int(bt['met'].sum())} of {len(bt)} targets were met"
