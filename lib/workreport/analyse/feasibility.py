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

from dataclasses import asdict, dataclass, replace
from pathlib import Path

import pandas as pd

from ..catalogue import load_catalogue
from ..contract.categories import COMPARABLE_VERDICTS, FEASIBILITY_VERDICTS as VERDICTS
from ..contract.tables import FEASIBILITY
from .comparisons import compare_years
from .direction import better as better_direction
from .growth import signed
from .met import met as met_rule
from .reference import best_outcome, for_place
from .tabulate import optional, typed_frame


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

    def met_options(self) -> dict:
        """The rules' say in whether a target was met, as `met.met` takes it."""
        return dict(about_tolerance=self.about_tolerance, more_than_includes_target=self.more_than_inclusive)


def met(outcome: float, target: float, qualifier: str, better: str, rules: Rules | None = None,
        target_high: float | None = None) -> bool:
    """Whether an outcome meets a target as worded, by the one rule in `met.met` with the tolerance and the
    reading of 'more than' the rules set (values signed, `target_high` on the target's scale)."""
    return bool(met_rule(outcome, target, qualifier, target_high, better=better, **(rules or Rules()).met_options()))


def record_of(ref: pd.DataFrame, indicator: str, before_year: int, better: str, rules: Rules) -> list[dict]:
    """Earlier targets for an indicator with the outcome the analysis trusts, oldest first."""
    out = []
    rows = ref[(ref["indicator"] == indicator) & (ref["measure"] == "growth") & (ref["status"] == "target")
               & ref["usable"] & (ref["year"] < before_year)]
    for t in rows.sort_values(["year", "fact_id"]).to_dict("records"):
        o = best_outcome(ref, indicator, t["year"])
        if o is None:
            continue
        high = optional(t["value_high"])
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
    """Which way the target's indicator improves: from the catalogue, else the lower-is-better word list
    (accidents, petitions), else down for a target stated as a cut or as a ceiling ('kept within 4.5%')."""
    return better_direction(target, cat)


def _as_written(expr: str, direction: str) -> str:
    """A change with its direction: 'down 12%' for a 12% cut; other figures as written."""
    return f"down {expr}" if direction == "down" else expr


@dataclass(frozen=True)
class Base:
    """Last year's result a target is measured against, and where it comes from: the report itself
    (`start` is its offset), the reference data (with the fact's source and snippet), or nowhere."""
    source: str = "none"  # report, reference or none
    expr: str = ""
    value: float | None = None
    period: object = None  # the year, as the comparison or the reference gives it
    status: str = ""
    start: object = None
    cumulative: bool = False  # target and result are changes since the same base year
    reference_source: str = ""
    reference_snippet: str = ""
    fact_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Everything one verdict rests on: the target, its value as compared (signed, on the base's scale),
    which way its indicator improves, the base, the record of earlier targets, and, when last year's figure
    was found but could not be set beside the target, the comparison's note saying why."""
    target: dict
    compared_value: float
    better: str
    base: Base
    record: tuple[dict, ...] = ()
    mismatch: str = ""

    @property
    def rate(self) -> bool:
        return self.target["unit"] in ("%", "pp")

    @property
    def record_met(self):
        return sum(r["met"] for r in self.record)

    @property
    def fact_ids(self) -> list[int]:
        """Every reference row used, so a reader can look each one up with its source."""
        used = list(self.base.fact_ids) + [i for r in self.record for i in (r["target_fact_id"], r["outcome_fact_id"])]
        return sorted(set(used))


@dataclass(frozen=True)
class Ask:
    """The improvement a target asks beyond its base, in words, with the thresholds for its scale."""
    need: float
    size: str
    hold: float
    stretch: float


@dataclass(frozen=True)
class Verdict:
    verdict: str
    required: float | None
    reason: str


_COMPARABLE = COMPARABLE_VERDICTS  # the comparison set a result beside the target on one scale


def base_from_report(t: dict, comparison: dict, claim_by_id: dict) -> Base:
    """Last year's result the comparison set beside the target. A bridged result (days as a share of the
    year) is shown with its share; a cut is signed; `cumulative` when both run from the same base year."""
    c = comparison
    value = signed(c["result_value"], c["direction"])
    expr = c["result_expr"]
    if c["match_basis"] == "unit bridge":
        value = c["result_value"]
        expr = f"{c['result_expr']} ({c['result_value']:.1f}% of the year's days)"
    res = claim_by_id.get(int(c["result_claim_id"]), {})
    cumulative = (pd.notna(t["base_period"]) and pd.notna(res.get("base_period"))
                  and int(t["base_period"]) == int(res["base_period"]))
    return Base("report", _as_written(expr, res.get("direction", "none")), value, c["result_period"], c["result_status"],
                c["result_start"], cumulative=cumulative)


def base_from_reference(t: dict, ref: pd.DataFrame, rules: Rules) -> Base:
    """The trusted outcome for the target's indicator in the latest of the `rules.max_base_age` years
    before it: a base from outside the report, kept with its source so it can be checked."""
    for age in range(1, rules.max_base_age + 1):
        o = best_outcome(ref, t["indicator"], int(t["period"]) - age)
        if o is not None:
            return Base("reference", f"{o['value']:g}% ({o['status']}, {int(o['year'])})", float(o["value"]), int(o["year"]),
                        o["status"], reference_source=o["source"], reference_snippet=o["snippet"],
                        fact_ids=(int(o["fact_id"]),))
    return Base()


def _compared_value(t: dict, comparison: dict) -> float:
    """The target signed; a days target set against a share result is compared on the share scale
    (the table still shows the target as written, in days)."""
    if (comparison.get("verdict") in _COMPARABLE and comparison["match_basis"] == "unit bridge"
            and t["unit"] != "%"):
        return comparison["target_value"]
    return signed(t["value"], t["direction"])


def gather(t: dict, comparison: dict, claim_by_id: dict, ref: pd.DataFrame | None, cat: dict,
           rules: Rules) -> Evidence:
    """The evidence for one target. The report's own result comes first; the reference data is asked
    only for a headline growth target the report gives no comparable result for."""
    ind = t["indicator"]
    base = Base()
    if comparison.get("verdict") in _COMPARABLE:
        base = base_from_report(t, comparison, claim_by_id)
    elif ind and t["kind"] == "growth" and ref is not None and t["period"] is not None and pd.notna(t["period"]):
        base = base_from_reference(t, ref, rules)
    better = better_of(t, cat)
    rec = record_of(ref, ind, int(t["period"]), better, rules) if ind and ref is not None and pd.notna(t["period"]) else []
    mismatch = comparison["note"] if comparison.get("verdict") == "not comparable" and comparison.get("note") else ""
    return Evidence(t, _compared_value(t, comparison), better, base, tuple(rec), mismatch)


def _ask(ev: Evidence, rules: Rules) -> Ask:
    """How far the target is beyond its base in the direction the indicator improves: points for a rate,
    a relative change (ratio - 1, turned round for indicators that improve downwards) otherwise."""
    base, tval = ev.base.value, ev.compared_value
    if ev.rate:
        need = (base - tval) if ev.better == "lower" else (tval - base)
        return Ask(need, f"{abs(need):.{2 if abs(need) < 0.1 else 1}f} points", rules.hold_pp, rules.stretch_pp)
    ratio = tval / base if base else float("inf")
    need = (1 / ratio - 1) if ev.better == "lower" and ratio else ratio - 1
    return Ask(need, f"{abs(need):.0%}", rules.hold_ratio, rules.stretch_ratio)


def _no_base(ev: Evidence) -> Verdict:
    why = "no result for last year in the report or the reference data"
    if ev.mismatch:
        why = f"last year's figure is not on the same scale ({ev.mismatch.split(';')[0]})"
    return Verdict("insufficient evidence", None, why)


def judge(ev: Evidence, rules: Rules) -> Verdict:
    """Rules 1 to 3 of the module's docstring: already met, insufficient evidence, or the size of the ask."""
    base, t = ev.base, ev.target
    if base.value is None:
        return _no_base(ev)
    when = (f"{base.expr} {'by' if base.cumulative else 'in'} {base.period}"
            + (", an estimate" if base.status == "estimate" else ""))
    if base.source == "reference":
        when += " (reference data)"
    ask = _ask(ev, rules)
    if base.cumulative:
        # already met only when beaten outright: read as exact, a hedge gives it no leeway
        beaten = met_rule(base.value, ev.compared_value, "exact", better=ev.better)
        if beaten:
            return Verdict("already met", ask.need, (f"cumulative target {_as_written(t['expr'], t['direction'])} on "
                                                     f"{int(t['base_period'])} by {t['period']} is already beaten: {when}"))
    if abs(ask.need) < 1e-9:
        words = "asks what last year delivered"
    elif ask.need > 0:
        words = f"asks {ask.size} {'below' if ev.better == 'lower' else 'beyond'} last year's result"
    else:
        words = f"leaves {ask.size} of room against last year's result"
    verdict = "on track" if ask.need <= ask.hold else ("stretch" if ask.need <= ask.stretch else "ambitious")
    return Verdict(verdict, ask.need, f"target {_as_written(t['expr'], t['direction'])} against {when}: {words}")


def weigh_record(v: Verdict, ev: Evidence, rules: Rules) -> Verdict:
    """Rule 4: a target that looks on track is only a stretch for an indicator that missed most of its
    earlier targets, when enough of them are known to say so."""
    n = len(ev.record)
    if v.verdict == "on track" and n >= rules.min_record and ev.record_met / n < rules.min_hit_rate:
        return replace(v, verdict="stretch", reason=v.reason + f"; but only {ev.record_met} of {n} earlier targets were met")
    return v


def _row(ev: Evidence, v: Verdict) -> dict:
    t, b = ev.target, ev.base
    return dict(report_id=t["report_id"], target_claim_id=t["claim_id"], indicator=t["indicator"], subject=t["subject"],
                target_expr=t["expr"], target_value=signed(t["value"], t["direction"]), unit=t["unit"], better=ev.better,
                base_source=b.source, base_expr=b.expr, base_value=b.value, base_period=b.period, base_status=b.status,
                required=v.required, record_years=len(ev.record), record_met=ev.record_met,
                record=_fmt_record(ev.record), verdict=v.verdict, reason=v.reason,
                target_start=t["start"], target_end=t["end"], base_start=b.start, reference_source=b.reference_source,
                reference_snippet=b.reference_snippet, reference_fact_ids=";".join(str(i) for i in ev.fact_ids))


def assess_targets(claims: pd.DataFrame, reference: pd.DataFrame | None = None, *, place: str | None = None,
                   rules: Rules | None = None, catalogue=None, comparisons: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per target of the report: evidence, verdict and a one-line reason."""
    rules = rules or Rules()
    cat = _catalogue(catalogue)
    claim_by_id = {int(c["claim_id"]): c for c in claims.to_dict("records")}
    comp = comparisons if comparisons is not None else compare_years(claims)
    ref = for_place(reference, place) if reference is not None else None
    by_target = {int(r["target_claim_id"]): r for r in comp.to_dict("records") if pd.notna(r["target_claim_id"])}
    rows = []
    for t in claims[claims["status"] == "target"].to_dict("records"):
        ev = gather(t, by_target.get(int(t["claim_id"]), {}), claim_by_id, ref, cat, rules)
        rows.append(_row(ev, weigh_record(judge(ev, rules), ev, rules)))
    order = {v: i for i, v in enumerate(VERDICTS)}
    rows.sort(key=lambda r: (r["indicator"] == "", order[r["verdict"]], r["target_start"]))
    return typed_frame(rows, FEASIBILITY,
                       ints=("target_claim_id", "base_period", "record_years", "record_met", "target_start",
                             "target_end", "base_start"),
                       floats=("target_value", "base_value", "required"))
