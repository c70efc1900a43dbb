"""How credible is each target? Evidence and a verdict from transparent, parameterized rules.

Evidence: last year's result for the same thing (from the report, else from the
reference data), a cumulative target already met, and the record of earlier
targets against outcomes. Rules (thresholds in `Rules`):

1. a cumulative target that last year's result on the same base year already beats -> `already met`;
2. no result to start from, in the report or the reference data -> `insufficient evidence`;
3. otherwise the improvement the target asks beyond last year's result decides:
   at most `hold_pp` (or `hold_ratio`) -> `on track`; at most `stretch_pp` (`stretch_ratio`) -> `stretch`;
   more -> `ambitious`. For indicators that improve downwards (CPI, energy intensity in the
   catalogue; off the catalogue, targets stated as cuts or ceilings) the improvement is a fall;
4. an `on track` target whose indicator met fewer than `min_hit_rate` of its earlier targets
   (at least `min_record` years known) becomes `stretch`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from ..catalogue import load_catalogue
from ..contract import schema
from ..contract.categories import FEASIBILITY_VERDICTS as VERDICTS
from ..contract.tables import FEASIBILITY
from .comparisons import compare_years
from .growth import signed
from .reference import best_outcome, for_place



@dataclass(frozen=True)
class Rules:
    hold_pp: float = 0.5          # a rate target within this many points of last year's result is on track
    stretch_pp: float = 2.0       # ... and within this many points a stretch; beyond, ambitious
    hold_ratio: float = 0.05      # a count or level target within 5% of last year's is on track
    stretch_ratio: float = 0.25   # ... within 25% a stretch; beyond, ambitious
    min_hit_rate: float = 0.5     # an indicator that met fewer of its earlier targets than this loses 'on track'
    min_record: int = 2           # ... when at least this many earlier years are known
    about_tolerance: float = 0.5  # an 'about X%' target counts as met from X - 0.5 points
    max_base_age: int = 1         # a reference outcome older than this many years is not a base
    more_than_inclusive: bool = True  # 'more than X%' renders 以上 ('X or more'): X itself meets it

    def __post_init__(self):
        for name, v in asdict(self).items():
            if not isinstance(v, (int, float)) or v < 0:
                raise ValueError(f"rule {name} must be a non-negative number, not {v!r}")
        if self.stretch_pp < self.hold_pp or self.stretch_ratio < self.hold_ratio:
            raise ValueError("the stretch thresholds must be at least the hold thresholds")
        if self.min_hit_rate > 1:
            raise ValueError("min_hit_rate is a share between 0 and 1")




def met(outcome: float, target: float, qualifier: str, better: str, rules: Rules | None = None,
        target_high: float | None = None) -> bool:
    """Whether an outcome meets a target as worded ('about 6%' is met from 5.5%).

    Values are signed (a 12% cut is -12). For an indicator that improves downwards the target is a
    ceiling: 'about 3%' CPI is met up to 3.5%, a cut of 'more than 13%' by any cut of 13% or more.
    'More than X' is the translation of 以上 and includes X unless `rules.more_than_inclusive` is off.
    """
    rules = rules or Rules()
    tol = rules.about_tolerance if qualifier == "about" else 0.0
    strict = qualifier == "less_than" or (qualifier == "more_than" and not rules.more_than_inclusive)
    if better == "lower" or qualifier in ("at_most", "less_than"):
        limit = target_high if target_high is not None and target_high == target_high else target
        return outcome < limit if strict else outcome <= limit + tol + 1e-9
    return outcome > target if strict else outcome >= target - tol - 1e-9


def record_of(ref: pd.DataFrame, indicator: str, before_year: int, better: str, rules: Rules) -> list[dict]:
    """Earlier targets for an indicator with the outcome the analysis trusts, oldest first."""
    out = []
    rows = ref[(ref["indicator"] == indicator) & (ref["measure"] == "growth") & (ref["status"] == "target")
               & ref["usable"] & (ref["year"] < before_year)]
    for t in rows.sort_values(["year", "fact_id"]).to_dict("records"):
        o = best_outcome(ref, indicator, t["year"])
        if o is None:
            continue
        high = t["value_high"] if pd.notna(t["value_high"]) else None
        out.append(dict(year=int(t["year"]), target=t["value"], qualifier=t["qualifier"], high=high,
                        outcome=float(o["value"]), outcome_status=o["status"],
                        target_fact_id=int(t["fact_id"]), outcome_fact_id=int(o["fact_id"]),
                        met=met(float(o["value"]), t["value"], t["qualifier"], better, rules, high)))
    return out


def _fmt_record(rec: list[dict]) -> str:
    q = {"about": "about ", "at_least": ">=", "at_most": "<=", "less_than": "<", "more_than": ">", "exact": ""}
    return "; ".join(f"{r['year']}: target {q[r['qualifier']]}{r['target']:g}{'-' + format(r['high'], 'g') if r['high'] else ''}%"
                     f" -> {r['outcome']:g}%{' (estimate)' if r['outcome_status'] == 'estimate' else ''}"
                     f" {'met' if r['met'] else 'missed'}" for r in rec)


def _catalogue(catalogue) -> dict:
    """Indicators by id from a catalogue (tuple of Indicator), a catalogue CSV path, or the bundled one."""
    if catalogue is None or isinstance(catalogue, (str, Path)):
        catalogue = load_catalogue(catalogue)
    return {i.id: i for i in catalogue}


def better_of(target: dict, cat: dict) -> str:
    """Which way the target's indicator improves: from the catalogue, else down for a target stated as a
    cut or as a ceiling ('kept within 4.5%', 'below 3%')."""
    if target["indicator"] in cat:
        return cat[target["indicator"]].better
    if target["direction"] == "down" or target["qualifier"] in ("at_most", "less_than"):
        return "lower"
    return "higher"


def _as_written(expr: str, direction: str) -> str:
    """A change with its direction: 'down 12%' for a 12% cut; other figures as written."""
    return f"down {expr}" if direction == "down" else expr


def assess_targets(claims: pd.DataFrame, reference: pd.DataFrame | None = None, *, place: str | None = None,
                   rules: Rules | None = None, catalogue=None, comparisons: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per target of the report: evidence, verdict and a one-line reason."""
    rules = rules or Rules()
    cat = _catalogue(catalogue)
    claim_by_id = {int(c["claim_id"]): c for c in claims.to_dict("records")}
    comp = comparisons if comparisons is not None else compare_years(claims)
    ref = for_place(reference, place) if reference is not None else None
    by_target = {int(r["target_claim_id"]): r for r in comp.to_dict("records") if pd.notna(r["target_claim_id"])}
    targets = claims[claims["status"] == "target"]
    rows = []
    for t in targets.to_dict("records"):
        ind = t["indicator"]
        better = better_of(t, cat)
        c = by_target.get(int(t["claim_id"]), {})
        rate = t["unit"] in ("%", "pp")
        tval = signed(t["value"], t["direction"])
        row = dict(report_id=t["report_id"], target_claim_id=t["claim_id"], indicator=ind, subject=t["subject"],
                   target_expr=t["expr"], target_value=tval, unit=t["unit"], better=better, base_source="none",
                   base_expr="", base_value=None, base_period=None, base_status="", required=None,
                   record_years=0, record_met=0, record="", verdict="insufficient evidence", reason="",
                   target_start=t["start"], target_end=t["end"], base_start=None, reference_source="",
                   reference_snippet="", reference_fact_ids="")
        used: list[int] = []
        comparable = c.get("verdict") in ("raised", "held", "lowered")
        if comparable:
            base = signed(c["result_value"], c["direction"]) if c["direction"] == "down" else c["result_value"]
            if c["match_basis"] == "unit bridge":
                base = c["result_value"]
                c = dict(c, result_expr=f"{c['result_expr']} ({c['result_value']:.1f}% of the year's days)")
                if t["unit"] != "%":  # a days target against a share result: compare on the share scale
                    tval = c["target_value"]
            res = claim_by_id.get(int(c["result_claim_id"]), {})
            cumulative = (pd.notna(t["base_period"]) and pd.notna(res.get("base_period"))
                          and int(t["base_period"]) == int(res["base_period"]))
            c = dict(c, cumulative=cumulative)
            row.update(base_source="report", base_expr=_as_written(c["result_expr"], res.get("direction", "none")), base_value=base,
                       base_period=c["result_period"], base_status=c["result_status"], base_start=c["result_start"])
        elif ind and t["kind"] == "growth" and ref is not None and t["period"] is not None and pd.notna(t["period"]):
            for age in range(1, rules.max_base_age + 1):
                o = best_outcome(ref, ind, int(t["period"]) - age)
                if o is not None:
                    row.update(base_source="reference", base_expr=f"{o['value']:g}% ({o['status']}, {int(o['year'])})",
                               base_value=float(o["value"]), base_period=int(o["year"]), base_status=o["status"],
                               reference_source=o["source"], reference_snippet=o["snippet"])
                    used.append(int(o["fact_id"]))
                    break
        rec = record_of(ref, ind, int(t["period"]), better, rules) if ind and ref is not None and pd.notna(t["period"]) else []
        row.update(record_years=len(rec), record_met=sum(r["met"] for r in rec), record=_fmt_record(rec))
        used += [i for r in rec for i in (r["target_fact_id"], r["outcome_fact_id"])]
        row["reference_fact_ids"] = ";".join(str(i) for i in sorted(set(used)))
        row["verdict"], row["required"], row["reason"] = _judge(t, c, row, tval, rate, better, rules)
        if row["verdict"] == "on track" and len(rec) >= rules.min_record and row["record_met"] / len(rec) < rules.min_hit_rate:
            row["verdict"] = "stretch"
            row["reason"] += f"; but only {row['record_met']} of {len(rec)} earlier targets were met"
        rows.append(row)
    order = {v: i for i, v in enumerate(VERDICTS)}
    rows.sort(key=lambda r: (r["indicator"] == "", order[r["verdict"]], r["target_start"]))
    df = pd.DataFrame(rows, columns=FEASIBILITY.columns)
    for col in ("target_claim_id", "base_period", "record_years", "record_met", "target_start", "target_end", "base_start"):
        df[col] = df[col].astype("Int64")
    for col in ("target_value", "base_value", "required"):
        df[col] = df[col].astype("float64")
    return df


def _judge(t: dict, c: dict, row: dict, tval: float, rate: bool, better: str, rules: Rules):
    base = row["base_value"]
    if base is None:
        why = "no result for last year in the report or the reference data"
        if c.get("verdict") == "not comparable" and c.get("note"):
            why = f"last year's figure is not on the same scale ({c['note'].split(';')[0]})"
        return "insufficient evidence", None, why
    when = (f"{row['base_expr']} {'by' if c.get('cumulative') else 'in'} {row['base_period']}"
            + (", an estimate" if row["base_status"] == "estimate" else ""))
    if row["base_source"] == "reference":
        when += " (reference data)"
    if rate:
        need = (base - tval) if better == "lower" else (tval - base)
        hold, stretch = rules.hold_pp, rules.stretch_pp
        size = f"{abs(need):.{2 if abs(need) < 0.1 else 1}f} points"
    else:
        ratio = tval / base if base else float("inf")
        need = (1 / ratio - 1) if better == "lower" and ratio else ratio - 1
        hold, stretch = rules.hold_ratio, rules.stretch_ratio
        size = f"{abs(need):.0%}"
    if c.get("cumulative"):
        beaten = base <= tval if better == "lower" else base >= tval  # no 'about' leeway: beaten means beaten
        if beaten:
            return "already met", need, (f"cumulative target {_as_written(t['expr'], t['direction'])} on "
                                         f"{int(t['base_period'])} by {t['period']} is already beaten: {when}")
    if abs(need) < 1e-9:
        ask = "asks what last year delivered"
    elif need > 0:
        ask = f"asks {size} {'below' if better == 'lower' else 'beyond'} last year's result"
    else:
        ask = f"leaves {size} of room against last year's result"
    verdict = "on track" if need <= hold else ("stretch" if need <= stretch else "ambitious")
    return verdict, need, f"target {_as_written(t['expr'], t['direction'])} against {when}: {ask}"
