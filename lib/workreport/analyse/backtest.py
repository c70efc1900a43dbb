"""Checking the report against what happened: estimates against final statistics, verdicts against outcomes.

Every target whose outcome the reference data knows is backtested, with or without a verdict: a
verdict 'held' when a target judged `already met` or `on track` was met, or one judged `stretch` or
`ambitious` was missed; `insufficient evidence` predicts nothing, so it lowers the verdicts' coverage
(how many targets get a verdict) rather than their hit rate. Two naive rules are scored on the same
targets, 'every target is met' and 'this year repeats last year', so a hit rate is read against what
no analysis at all would have scored. Each outcome keeps its source tier; a tier-4 one is marked
unconfirmed. A row the re-check found in conflict (a figure of another year under this year's label)
is never an outcome: the reference marks it unusable.
Whether a target was met, and whether a final figure bears an estimate out, are decided by
the one rule in `met.met`, the same the feasibility record uses, so that a target counted as
met there is met here too.
"""
from __future__ import annotations

import pandas as pd

from ..contract.tables import BACKTEST, BACKTEST_RULES, BACKTEST_SUMMARY, ESTIMATES
from .feasibility import Rules, _catalogue, better_of
from .growth import signed
from .met import met
from .reference import Facts, for_place, index_facts, outcome_of
from .tabulate import optional, records, typed_frame

_ROUNDING = 0.05 + 1e-9  # half the last printed digit of a one-decimal figure


def _measure(claim) -> str | None:
    """Which reference series a claim is checked against: growth rates, or levels in yuan or dollars."""
    if claim["kind"] == "growth" and claim["unit"] == "%":
        return "growth"
    if claim["kind"] == "amount" and claim["unit"] in ("CNY", "USD"):
        return "level"
    return None


def _outcome(facts: Facts, claim, measure: str):
    """The trusted outcome for the claim's indicator and year, on the claim's scale (same unit for levels),
    looked up in the place's facts indexed once (`reference.index_facts`)."""
    if pd.isna(claim["period"]):
        return None
    o = outcome_of(facts, claim["indicator"], int(claim["period"]), measure)
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
    ref = index_facts(for_place(reference, place))
    rows = []
    for c in records(claims[(claims["status"] == "estimate") & (claims["indicator"] != "")]):
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


def unconfirmed(fact) -> bool:
    """A reference figure only a tier-4 page shows, or one the re-check could not confirm: the reader is
    told so wherever it is used, since a repost may carry a wrong or relabelled figure."""
    tier = fact["source_tier"]
    return (pd.notna(tier) and int(tier) == 4) or fact["check"] == "unconfirmed"


def _tier(fact) -> int | None:
    return int(fact["source_tier"]) if pd.notna(fact["source_tier"]) else None


def held(verdict: str, hit: bool) -> str:
    """A verdict predicts met (`already met`, `on track`) or missed (`stretch`, `ambitious`); insufficient
    evidence predicts nothing, nor does a government output (its delivery is a plan, not a forecast), so it counts against coverage, not against the hit rate."""
    if verdict in ("insufficient evidence", "not judged (government output)"):
        return "not scored"
    return "yes" if (verdict in ("already met", "on track")) == hit else "no"


def last_year(f: dict, t: dict, ref: Facts, measure: str) -> tuple[float | None, str, bool]:
    """Last year's result for the naive 'this year repeats last year' rule: the base the verdict itself was
    judged against when the report gives it, else the trusted reference outcome for the year before, so
    the baseline sees no more than the verdict could. Returns the value, its origin and whether it is
    unconfirmed."""
    if f["base_source"] == "report" and pd.notna(f["base_value"]):
        return float(f["base_value"]), "report", False
    o = _outcome(ref, {**t, "period": int(t["period"]) - 1}, measure) if pd.notna(t["period"]) else None
    if o is None:
        return None, "none", False
    return float(o["value"]), "reference", unconfirmed(o)


def _repeat(prior: float | None, t: dict, better: str, rules: Rules) -> str:
    """Whether last year's result, repeated, would meet this year's target."""
    if prior is None:
        return "unknown"
    return "yes" if _target_met(prior, t, better, rules) else "no"


def backtest(feasibility: pd.DataFrame, claims: pd.DataFrame, reference: pd.DataFrame, place: str | None,
             rules: Rules | None = None, catalogue=None) -> pd.DataFrame:
    """Every target of the report whose outcome the reference data knows, with or without a verdict, its
    verdict scored, the outcome's source tier, and what the 'repeat last year' rule would have predicted."""
    rules = rules or Rules()
    cat = _catalogue(catalogue)
    ref = index_facts(for_place(reference, place))
    by_id = {int(c["claim_id"]): c for c in records(claims)}
    rows = []
    for f in records(feasibility[feasibility["indicator"] != ""]):
        t = by_id[int(f["target_claim_id"])]
        measure = _measure(t)
        o = _outcome(ref, t, measure) if measure else None
        if o is None:
            continue
        better = better_of(t, cat)
        hit = _target_met(float(o["value"]), t, better, rules)
        prior, prior_from, prior_unconfirmed = last_year(f, t, ref, measure)
        rows.append((f["report_id"], f["target_claim_id"], f["indicator"], f["target_expr"], f["verdict"],
                     float(o["value"]), o["unit"], o["status"], bool(hit), held(f["verdict"], hit), o["source"],
                     o["snippet"], int(o["fact_id"]), _tier(o), bool(unconfirmed(o)), prior, prior_from,
                     bool(prior_unconfirmed), _repeat(prior, t, better, rules)))
    df = typed_frame(rows, BACKTEST, ints=("target_claim_id", "fact_id", "source_tier"), floats=("last_year",))
    return df.sort_values(["indicator", "target_claim_id"]).reset_index(drop=True)


def _rule_row(report_id: str, rule: str, targets: int, predicted: pd.DataFrame, held: pd.Series) -> tuple:
    n = len(predicted)
    return (report_id, rule, targets, n, n / targets if targets else None, int(held.sum()),
            float(held.sum()) / n if n else None, int(predicted["unconfirmed"].sum()))


def backtest_summary(bt: pd.DataFrame, report_id: str = "") -> pd.DataFrame:
    """The verdicts' coverage and hit rate beside two naive rules on the same targets, each with its n:
    a hit rate means little unless it beats 'every target is met' (governments mostly meet their targets)
    and 'this year repeats last year'. One row per rule, rows for n = 0 too, so n is always shown."""
    report_id = str(bt["report_id"].iloc[0]) if len(bt) else report_id
    scored = bt[bt["held"] != "not scored"]
    repeat = bt[bt["repeat_met"] != "unknown"]
    rows = [_rule_row(report_id, "feasibility verdicts", len(bt), scored, scored["held"] == "yes"),
            _rule_row(report_id, "every target is met", len(bt), bt, bt["met"].astype(bool)),
            _rule_row(report_id, "this year repeats last year", len(bt), repeat,
                      (repeat["repeat_met"] == "yes") == repeat["met"].astype(bool))]
    return typed_frame(rows, BACKTEST_SUMMARY, ints=("targets", "predicted", "held", "unconfirmed"),
                       floats=("coverage", "hit_rate"))


def score(bt: pd.DataFrame) -> str:
    """One sentence of the summary: the verdicts' hit rate with its n and coverage, the naive rules beside
    it, and how many outcomes are unconfirmed."""
    s = backtest_summary(bt).set_index("rule")
    v, every, rep = (s.loc[r] for r in BACKTEST_RULES)
    text = (f"{v['held']} of {v['predicted']} scored verdicts held ({v['predicted']} of {v['targets']} targets with a "
            f"known outcome have a verdict); naive rules on the same targets: every target is met held "
            f"{every['held']} of {every['predicted']}, this year repeats last year {rep['held']} of {rep['predicted']}")
    weak = int(bt["unconfirmed"].sum())
    return text + (f"; {weak} of {len(bt)} outcomes unconfirmed (tier-4 source)" if weak else "")
