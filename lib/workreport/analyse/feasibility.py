"""How credible is each target? Evidence and a verdict from transparent, parameterized rules.

Evidence: last year's result for the same thing (from the report, else from the reference data) beside
the mean of the last three known years and a rebound flag (analyse/recent.py); the record of the place's
earlier targets against outcomes, from the reference data and the corpus ledger (analyse/record.py); the
parent's and the nation's targets for the same indicator and year (analyse/hierarchy.py); and the
target's type (analyse/target_types.py). Rules (thresholds in `Rules`):

1. a government output (parks, school places, kilometres of road) is `not judged (government output)`:
   its `delivery` says whether its plan is below, at or above last year's delivered amount (at within
   `hold_ratio` for counts and levels, `hold_pp` for rates: the band the comparisons use too);
2. a cumulative target that last year's result on the same base year already beats -> `already met`;
3. no result to start from, in the report or the reference data -> `insufficient evidence`;
4. otherwise the improvement the target asks beyond last year's result decides, the target read as the
   line an outcome must reach to meet it (an 'about X' target from X minus `about_tolerance`, as in the
   backtest, by `met.threshold`): at most the hold threshold -> `on track`; at most the stretch threshold
   -> `stretch`; more -> `ambitious`. With at least `min_sd_years` years of record the thresholds are
   `hold_sd` and `stretch_sd` times the standard deviation of outcome minus target over them; with fewer,
   the fixed `hold_pp`/`stretch_pp` (rates) or `hold_ratio`/`stretch_ratio` (counts and levels). For
   indicators that improve downwards (CPI, energy intensity in the catalogue; off the catalogue, targets
   stated as cuts or ceilings) the improvement is a fall;
5. an `on track` target whose indicator met fewer than `min_hit_rate` of its earlier targets
   (at least `min_record` years known) becomes `stretch`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import pandas as pd

from ..catalogue import load_catalogue
from ..contract.categories import COMPARABLE_VERDICTS, FEASIBILITY_VERDICTS as VERDICTS
from ..contract.tables import FEASIBILITY
from .comparisons import comparison_rows
from .direction import better as better_direction
from .growth import signed
from .hierarchy import (NATION, Higher, describe as describe_higher, higher_targets, of_places, parent_of,
                        targets_index)
from .met import met as met_rule, threshold
from .recent import Recent, recent, results_index
from .record import (fmt_record, is_rate, ledger_index, ledger_record, ledger_rows, merge_records, reference_record,
                     spread)
from .reference import Facts, for_place, index_facts, outcome_of
from .tabulate import optional, records, typed_frame
from .target_types import HOLD_PP, HOLD_RATIO, OUTPUT, delivery, target_type


@dataclass(frozen=True)
class Rules:
    hold_pp: float = HOLD_PP      # a rate target within this many points of last year's result is on track
    stretch_pp: float = 2.0       # ... and within this many points a stretch; beyond, ambitious
    hold_ratio: float = HOLD_RATIO  # a count or level target within 5% of last year's is on track
    stretch_ratio: float = 0.25   # ... within 25% a stretch; beyond, ambitious
    min_hit_rate: float = 0.5     # an indicator that met fewer of its earlier targets than this loses 'on track'
    min_record: int = 2           # ... when at least this many earlier years are known
    about_tolerance: float = 0.5  # an 'about X%' target counts as met from X - 0.5 points
    max_base_age: int = 1         # a reference outcome older than this many years is not a base
    more_than_inclusive: bool = True  # 'more than X%' renders 以上 ('X or more'): X itself meets it
    # With at least `min_sd_years` earlier years of target and outcome, the thresholds scale with the spread
    # of outcome minus target over them: within half a typical miss of last year's result a target asks
    # nothing a normal year does not deliver (on track); beyond two typical misses, an outcome that far
    # from target happened in about one year in twenty if misses are roughly normal (ambitious).
    min_sd_years: int = 3
    hold_sd: float = 0.5
    stretch_sd: float = 2.0
    # A rebound: last year's result beats the year before by more than this (points; a share for levels),
    # after that year fell by as much. Two points is the stretch threshold: a swing no ordinary year makes.
    shock_pp: float = 2.0
    shock_ratio: float = 0.25

    def __post_init__(self):
        for name, v in asdict(self).items():
            if not isinstance(v, (int, float)) or v < 0:
                raise ValueError(f"rule {name} must be a non-negative number, not {v!r}")
        if self.stretch_pp < self.hold_pp or self.stretch_ratio < self.hold_ratio or self.stretch_sd < self.hold_sd:
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
    """Earlier targets for an indicator in the reference data (one place's rows) with the outcome it trusts,
    oldest first; each row keeps the two facts' ids (`target_fact_id`, `outcome_fact_id`)."""
    rows = reference_record(index_facts(ref), indicator, before_year, better, rules.met_options())
    return [dict(r, target_fact_id=r["fact_ids"][0], outcome_fact_id=r["fact_ids"][1]) for r in rows]


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
    which way its indicator improves, its type, the base, the recent years, the record of earlier targets
    (reference data and ledger), the parent's and the nation's targets, and, when last year's figure was
    found but could not be set beside the target, the comparison's note saying why."""
    target: dict
    compared_value: float
    better: str
    base: Base
    record: tuple[dict, ...] = ()
    mismatch: str = ""
    kind: str = "outcome"  # the target type
    recent: Recent = field(default_factory=lambda: Recent({}))  # each its own dict: none is shared
    higher: Higher = Higher()

    @property
    def rate(self) -> bool:
        return is_rate(self.target["unit"])

    @property
    def record_met(self):
        return sum(r["met"] for r in self.record)

    @property
    def fact_ids(self) -> list[int]:
        """Every reference row used, so a reader can look each one up with its source."""
        used = list(self.base.fact_ids) + [i for r in self.record for i in r["fact_ids"]]
        return sorted(set(used))


@dataclass(frozen=True)
class Ask:
    """The improvement a target asks beyond its base, in words, with the thresholds for its scale."""
    need: float
    size: str
    hold: float
    stretch: float
    thresholds: str = "fixed"


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


def base_from_reference(t: dict, facts: Facts, rules: Rules) -> Base:
    """The trusted outcome for the target's indicator in the latest of the `rules.max_base_age` years
    before it: a base from outside the report, kept with its source so it can be checked."""
    for age in range(1, rules.max_base_age + 1):
        o = outcome_of(facts, t["indicator"], int(t["period"]) - age)
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


@dataclass(frozen=True)
class Sources:
    """Everything beside the target that its evidence is looked up in, each indexed once per report into
    plain dicts (a target then costs lookups, not table filters): the reference facts of the place (None
    without reference data), the corpus ledger's rows of the place (`record.ledger_index`), the parent's
    and the nation's targets (`hierarchy.targets_index`), the report's own results (`recent.results_index`),
    the place and its parent."""
    ref: Facts | None = None
    ledger: dict = field(default_factory=dict)
    targets: dict = field(default_factory=dict)
    results: dict = field(default_factory=dict)
    place: str | None = None
    parent: str = ""


def sources_of(claims: list[dict], reference: pd.DataFrame | None, place: str | None, record: pd.DataFrame | None,
               hierarchy: pd.DataFrame | None, parent: str) -> Sources:
    """The report's `Sources`: each table cut to the places that matter (the place; its parent and the
    nation) and indexed once."""
    facts = index_facts(for_place(reference, place)) if reference is not None else None
    ledger = ledger_index(of_places(record, [place]))
    higher = targets_index(of_places(hierarchy, [parent, NATION]))
    return Sources(facts, ledger, higher, results_index(claims), place, parent)


def _base(t: dict, comparison: dict, claim_by_id: dict, ref: Facts | None, rules: Rules) -> Base:
    """The report's own result first; the reference data only for a headline growth target without one."""
    if comparison.get("verdict") in _COMPARABLE:
        return base_from_report(t, comparison, claim_by_id)
    if t["indicator"] and t["kind"] == "growth" and ref is not None and pd.notna(t["period"]):
        return base_from_reference(t, ref, rules)
    return Base()


def _record(t: dict, ref: Facts | None, rows: list[dict], better: str, rules: Rules) -> list[dict]:
    """The reference data's record merged with the ledger's (the reference data first for a year both know)."""
    if not t["indicator"] or pd.isna(t["period"]):
        return []
    year = int(t["period"])
    from_ref = reference_record(ref, t["indicator"], year, better, rules.met_options()) \
        if ref is not None and t["kind"] == "growth" else []
    return merge_records(from_ref, ledger_record(rows, year, better, rules.met_options()))


def gather(t: dict, comparison: dict, claim_by_id: dict, src: Sources, cat: dict, rules: Rules) -> Evidence:
    """The evidence for one target: base, type, recent years, record and the targets above it."""
    base = _base(t, comparison, claim_by_id, src.ref, rules)
    better = better_of(t, cat)
    rows = ledger_rows(src.ledger, src.place, t["indicator"], t["kind"], t["unit"])
    rate = is_rate(t["unit"])
    shock = rules.shock_pp if rate else rules.shock_ratio
    at = (int(base.period), base.value) if base.value is not None and not base.cumulative and pd.notna(base.period) else None
    rec = recent(t, at, src.results, src.ref, rows, better, rate, shock)
    mismatch = comparison["note"] if comparison.get("verdict") == "not comparable" and comparison.get("note") else ""
    return Evidence(t, _compared_value(t, comparison), better, base, tuple(_record(t, src.ref, rows, better, rules)),
                    mismatch, target_type(t, better), rec,
                    higher_targets(src.targets, src.place, src.parent, t, rate))


def _line(ev: Evidence, rules: Rules) -> float:
    """The line an outcome must reach to meet the target, by `met.threshold`: 'about X' from X minus the
    tolerance (a share of X for counts and levels), a range from its nearer end; a bridged value as is."""
    t = ev.target
    high = optional(t.get("value_high"))
    if ev.compared_value != signed(t["value"], t["direction"]):
        high = None  # compared on another scale (days as a share of the year): the range is not on it
    elif high is not None:
        high = signed(high, t["direction"])
    tol = rules.about_tolerance if ev.rate else abs(ev.compared_value) * rules.about_tolerance / 100
    return threshold(ev.compared_value, t["qualifier"], high, better=ev.better, about_tolerance=tol)[0]


def thresholds(ev: Evidence, rules: Rules) -> tuple[float, float, str]:
    """Hold and stretch thresholds: scaled by the record's spread with enough years, else fixed."""
    sd = spread(list(ev.record), rules.min_sd_years)
    n = sum(r["margin"] is not None for r in ev.record)
    if sd:
        size = f"{sd:.2f} pp" if ev.rate else f"{sd:.1%}"
        return rules.hold_sd * sd, rules.stretch_sd * sd, f"record (sd {size} over {n} years)"
    hold, stretch = (rules.hold_pp, rules.stretch_pp) if ev.rate else (rules.hold_ratio, rules.stretch_ratio)
    why = "no spread" if sd == 0 else f"{n} record year{'s' if n != 1 else ''}, fewer than {rules.min_sd_years}"
    return hold, stretch, f"fixed ({why})"


def _ask(ev: Evidence, rules: Rules) -> Ask:
    """How far the line the target sets is beyond its base in the direction the indicator improves:
    points for a rate, a relative change (ratio - 1, turned round for indicators that improve downwards)
    otherwise."""
    base, line = ev.base.value, _line(ev, rules)
    hold, stretch, which = thresholds(ev, rules)
    if ev.rate:
        need = (base - line) if ev.better == "lower" else (line - base)
        return Ask(need, f"{abs(need):.{2 if abs(need) < 0.1 else 1}f} points", hold, stretch, which)
    if ev.better == "lower" and line <= 0:
        # zero accidents: no share of last year's count measures a fall to nothing, and it asks everything
        return Ask(float("inf"), "a fall to zero", hold, stretch, which)
    ratio = line / base  # a base of zero or less never gets here (`_no_ratio`)
    need = (1 / ratio - 1) if ev.better == "lower" else ratio - 1
    return Ask(need, f"{abs(need):.0%}", hold, stretch, which)


def _no_ratio(ev: Evidence) -> bool:
    """A count or level of zero or less last year is no base: a change from it is no ratio (a rate's
    change is in points, so a rate of zero still is one)."""
    return ev.base.value is not None and not ev.rate and ev.base.value <= 0


def _no_base(ev: Evidence) -> Verdict:
    why = "no result for last year in the report or the reference data"
    if ev.mismatch:
        why = f"last year's figure is not on the same scale ({ev.mismatch.split(';')[0]})"
    if _no_ratio(ev):
        why = f"last year's {_when(ev.base)} is no base: a change from a count or level of {ev.base.value:g} is no ratio"
    return Verdict("insufficient evidence", None, why)


def _when(base: Base) -> str:
    when = (f"{base.expr} {'by' if base.cumulative else 'in'} {base.period}"
            + (", an estimate" if base.status == "estimate" else ""))
    return when + (" (reference data)" if base.source == "reference" else "")


def _words(ask: Ask, better: str) -> str:
    if ask.need == float("inf"):
        return "asks it to fall to zero"
    if abs(ask.need) < 1e-9:
        return "asks what last year delivered"
    if ask.need > 0:
        return f"asks {ask.size} {'below' if better == 'lower' else 'beyond'} last year's result"
    return f"leaves {ask.size} of room against last year's result"


def judge_output(ev: Evidence, rules: Rules) -> tuple[Verdict, str]:
    """Rule 1: a government output is set beside last year's delivered amount, not judged for credibility."""
    t = ev.target
    if ev.base.value is None or _no_ratio(ev):
        return (Verdict(VERDICTS[-1], None, f"government output {t['expr']}: no delivery for last year to set it beside; "
                                            "not judged for credibility"), delivery(None, 0))
    more = _planned_more(ev)
    where = delivery(more, rules.hold_pp if ev.rate else rules.hold_ratio)
    size = f"{abs(more):.1f} points" if ev.rate else f"{abs(more):.0%}"
    change = "the same amount" if abs(more) < 1e-9 else f"{size} {'more' if more > 0 else 'less'}"
    return (Verdict(VERDICTS[-1], more, f"government output {t['expr']} against {_when(ev.base)} delivered: "
                                        f"{where} ({change}); not judged for credibility"), where)


def _planned_more(ev: Evidence) -> float:
    """How much more a government output plans than was delivered: the plan itself ('about 5,000' plans
    5,000), not the line an outcome must reach to meet it, since the government delivers what it plans; in
    points for a rate, else as a share of the delivery, as the comparisons measure it."""
    plan, base = ev.compared_value, ev.base.value
    return plan - base if ev.rate else plan / base - 1


def judge(ev: Evidence, rules: Rules) -> Verdict:
    """Rules 2 to 4 of the module's docstring: already met, insufficient evidence, or the size of the ask."""
    base, t = ev.base, ev.target
    if base.value is None or _no_ratio(ev):
        return _no_base(ev)
    when = _when(base)
    ask = _ask(ev, rules)
    if base.cumulative:
        # already met only when beaten outright: read as exact, a hedge gives it no leeway
        beaten = met_rule(base.value, ev.compared_value, "exact", better=ev.better)
        if beaten:
            return Verdict("already met", ask.need, (f"cumulative target {_as_written(t['expr'], t['direction'])} on "
                                                     f"{int(t['base_period'])} by {t['period']} is already beaten: {when}"))
    verdict = "on track" if ask.need <= ask.hold else ("stretch" if ask.need <= ask.stretch else "ambitious")
    return Verdict(verdict, ask.need, f"target {_as_written(t['expr'], t['direction'])} against {when}: "
                                      f"{_words(ask, ev.better)}; thresholds {ask.thresholds}")


def weigh_record(v: Verdict, ev: Evidence, rules: Rules) -> Verdict:
    """Rule 5: a target that looks on track is only a stretch for an indicator that missed most of its
    earlier targets, when enough of them are known to say so."""
    n = len(ev.record)
    if v.verdict == "on track" and n >= rules.min_record and ev.record_met / n < rules.min_hit_rate:
        return replace(v, verdict="stretch", reason=v.reason + f"; but only {ev.record_met} of {n} earlier targets were met")
    return v


def _context(ev: Evidence) -> str:
    """What the reason adds beyond the verdict's own numbers: the record with its sources, the recent
    years and a rebound, the targets above."""
    parts, pct = [], "%" if ev.rate else ""
    if ev.record:
        parts.append(f"record {ev.record_met} of {len(ev.record)} met ({', '.join(r['source'] for r in ev.record)})")
    r, last = ev.recent, int(ev.target["period"]) - 1 if pd.notna(ev.target["period"]) else None
    if r.rebound:
        parts.append(f"{last}'s {r.outcomes[last]:g}{pct} follows {last - 1}'s {r.outcomes[last - 1]:g}{pct}: a rebound")
    if r.mean is not None:
        parts.append(f"the {len(r.outcomes)}-year mean is {r.mean:.1f}{pct}")
    above = describe_higher(ev.higher, ev.target.get("place", ""), ev.rate)
    return "; ".join(parts + ([above] if above else []))


def verdict_of(ev: Evidence, rules: Rules) -> tuple[Verdict, str]:
    """The verdict with its full reason, and the delivery word (government outputs only)."""
    if ev.kind == OUTPUT:
        v, where = judge_output(ev, rules)
    else:
        v, where = weigh_record(judge(ev, rules), ev, rules), ""
    extra = _context(ev)
    return (replace(v, reason=f"{v.reason}; {extra}") if extra else v), where


def _row(ev: Evidence, v: Verdict, where: str, rules: Rules) -> dict:
    """One row of the feasibility table: the verdict beside the evidence it rests on (base, recent record, higher
    level's target) and the thresholds it was judged by, so a reader can check every verdict by hand."""
    t, b, h, r = ev.target, ev.base, ev.higher, ev.recent
    judged = v.verdict in ("on track", "stretch", "ambitious")
    hold, stretch, which = thresholds(ev, rules) if judged else (None, None, "")
    return dict(report_id=t["report_id"], target_claim_id=t["claim_id"], indicator=t["indicator"], subject=t["subject"],
                target_expr=t["expr"], target_value=signed(t["value"], t["direction"]), unit=t["unit"], better=ev.better,
                target_type=ev.kind, base_source=b.source, base_expr=b.expr, base_value=b.value, base_period=b.period,
                base_status=b.status, recent_outcomes=r.text(ev.rate), recent_mean=r.mean, rebound=r.rebound,
                required=v.required, thresholds=which, hold_threshold=hold, stretch_threshold=stretch,
                record_years=len(ev.record), record_met=ev.record_met, record=fmt_record(list(ev.record), ev.rate),
                verdict=v.verdict, delivery=where, reason=v.reason, parent=h.parent, parent_target=h.parent_target,
                national_target=h.national_target, markup_parent=h.markup_parent, markup_national=h.markup_national,
                target_start=t["start"], target_end=t["end"], base_start=b.start, reference_source=b.reference_source,
                reference_snippet=b.reference_snippet, reference_fact_ids=";".join(str(i) for i in ev.fact_ids))


def assess_rows(claims: list[dict], comparisons: list[dict], src: Sources, rules: Rules, cat: dict) -> list[dict]:
    """The rows of `assess_targets` from plain rows (the report's claims and its comparisons) and its indexed
    `Sources`, in the order shown: every report of a corpus is assessed this way, without a table between."""
    claim_by_id = {int(c["claim_id"]): c for c in claims}
    by_target = {int(r["target_claim_id"]): r for r in comparisons if pd.notna(r["target_claim_id"])}
    rows = []
    for t in (c for c in claims if c["status"] == "target"):
        ev = gather(t, by_target.get(int(t["claim_id"]), {}), claim_by_id, src, cat, rules)
        rows.append(_row(ev, *verdict_of(ev, rules), rules))
    order = {v: i for i, v in enumerate(VERDICTS)}
    rows.sort(key=lambda r: (r["indicator"] == "", order[r["verdict"]], r["target_start"]))
    return rows


def assess_targets(claims: pd.DataFrame, reference: pd.DataFrame | None = None, *, place: str | None = None,
                   rules: Rules | None = None, catalogue=None, comparisons: pd.DataFrame | None = None,
                   record: pd.DataFrame | None = None, hierarchy: pd.DataFrame | None = None,
                   parent: str | None = None) -> pd.DataFrame:
    """One row per target of the report: evidence, verdict and a one-line reason. `record` is a table shaped
    like the corpus ledger (the place's earlier targets against later reports' results; cut it with
    `record.as_of` to what was known in the report's year), `hierarchy` one shaped like the corpus targets
    table (the parent's and the nation's targets); either may be None. `parent` names the place one level
    up, else it is read from `hierarchy`."""
    rules = rules or Rules()
    every = records(claims)
    comp = records(comparisons) if comparisons is not None else \
        comparison_rows(every, delivery_pp=rules.hold_pp, delivery_ratio=rules.hold_ratio)
    src = sources_of(every, reference, place, record, hierarchy, parent_of(hierarchy, place, parent))
    rows = assess_rows(every, comp, src, rules, _catalogue(catalogue))
    return typed_frame(rows, FEASIBILITY,
                       ints=("target_claim_id", "base_period", "record_years", "record_met", "target_start",
                             "target_end", "base_start"),
                       floats=("target_value", "base_value", "required", "recent_mean", "hold_threshold",
                               "stretch_threshold", "parent_target", "national_target", "markup_parent",
                               "markup_national"))
