"""A place's target beside its parent's and the nation's for the same indicator and year.

A city's growth target above its province's, and the province's above the nation's, is the mark-up
economists read as pressure passed down the hierarchy. The targets come from a table shaped like the
corpus `targets` table (place, parent, indicator, kind, unit, period, span, value, value_high, qualifier,
direction, expr, report_id, language), passed in by the caller. Only one-year targets of the same kind and
unit are set side by side; where a report is read in both languages, the Chinese original is preferred.
The mark-up is in points. Levels and counts are not set beside each other: a city's amount beside its
province's or the nation's measures the city's size, not its ambition (`markup` could give their ratio,
which would only mislead), so they get no mark-up.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .growth import signed
from .tabulate import records

NATION = "china"


@dataclass(frozen=True)
class Higher:
    """The parent's and the nation's targets for one target, with their mark-ups (None where unknown)."""
    parent: str = ""
    parent_target: float | None = None
    parent_expr: str = ""
    parent_report: str = ""
    national_target: float | None = None
    national_expr: str = ""
    national_report: str = ""
    markup_parent: float | None = None
    markup_national: float | None = None


def parent_of(targets: pd.DataFrame | None, place: str | None, parent: str | None = None) -> str:
    """The place one level up: as given, else as the targets table records it for the place."""
    if parent or targets is None or targets.empty or not place:
        return parent or ""
    known = targets.loc[targets["place"].astype(str).str.lower() == place.lower(), "parent"].dropna().astype(str)
    known = known[known != ""]
    return known.iloc[0] if len(known) else ""


def of_places(table: pd.DataFrame | None, names) -> pd.DataFrame | None:
    """The rows of a ledger- or targets-shaped table for the places named (any case), cut once per report so
    each target looks through a few rows, not the corpus."""
    if table is None or table.empty:
        return table
    wanted = {str(n).lower() for n in names if n}
    return table[table["place"].astype(str).str.lower().isin(wanted)]


def targets_index(targets: pd.DataFrame | None) -> dict[tuple, dict]:
    """The one-year targets of a targets-shaped table by (place in lower case, indicator, kind, unit, year),
    one per key: the Chinese original first, then by report and offset. Built once per report, so each
    target looks up the targets above it rather than filtering the table again."""
    if targets is None or targets.empty:
        return {}
    rows = targets[(targets["span"] == "year") & targets["period"].notna()]
    rows = rows.assign(_zh=(rows["language"] != "zh").astype(int))
    rows = rows.sort_values(["_zh", "report_id", "start"], kind="stable")
    out: dict[tuple, dict] = {}
    for r in records(rows.drop(columns="_zh")):
        unit = r["unit"] if isinstance(r["unit"], str) else ""
        out.setdefault((str(r["place"]).lower(), r["indicator"], r["kind"], unit, r["period"]), r)
    return out


def index_of_year(index: dict, places, year: int) -> dict:
    """A `targets_index` cut to the places named (any case) and to one year: the corpus indexes its targets
    once and sets each report only beside the targets of its own year."""
    wanted = {str(n).lower() for n in places if n}
    return {k: v for k, v in index.items() if k[0] in wanted and k[4] == year}


def target_of(index: dict, place: str, t: dict) -> dict | None:
    """The place's one-year target for the same indicator, kind, unit and year from `targets_index`; None
    when it has none."""
    return index.get((place.lower(), t["indicator"], t["kind"], t["unit"] or "", t["period"]))


def markup(value: float, other: float | None, rate: bool) -> float | None:
    """How far a target lies above another: points for rates, ratio - 1 for levels."""
    if other is None:
        return None
    if rate:
        return round(value - other, 9)
    return value / other - 1 if other else None


def one_year_rate(t: dict, rate: bool) -> bool:
    """Only a one-year rate is set beside the targets above: a city's amount beside the nation's says
    nothing of ambition (it is the city's size), and a cumulative milestone has no one-year counterpart."""
    return rate and t.get("span", "year") == "year" and pd.isna(t.get("base_period"))


def higher_targets(targets: dict, place: str | None, parent: str, t: dict, rate: bool) -> Higher:
    """The parent's and the nation's targets for the target `t` (its value signed), with the mark-ups;
    `targets` is a `targets_index`."""
    if (not targets or not place or not t.get("indicator") or pd.isna(t.get("period"))
            or not one_year_rate(t, rate)):
        return Higher(parent)
    value = signed(t["value"], t["direction"])
    found = {}
    for role, name in (("parent", parent), ("national", NATION)):
        row = target_of(targets, name, t) if name and name.lower() != place.lower() else None
        found[role] = row
    p, n = found["parent"], found["national"]
    pv = signed(p["value"], p["direction"]) if p else None
    nv = signed(n["value"], n["direction"]) if n else None
    return Higher(parent, pv, p["expr"] if p else "", p["report_id"] if p else "",
                  nv, n["expr"] if n else "", n["report_id"] if n else "",
                  markup(value, pv, rate), markup(value, nv, rate))


def describe(h: Higher, place: str, rate: bool) -> str:
    """'Liaoning's target 5.5% (liaoning-2024): 0.5 points above it; China's about 5% (china-2024): 1.0 points above'."""
    parts = []
    for who, expr, report, m in ((h.parent, h.parent_expr, h.parent_report, h.markup_parent),
                                 ("China", h.national_expr, h.national_report, h.markup_national)):
        if m is None or (who != "China" and who.lower() == NATION):
            continue
        size = f"{abs(m):.1f} points" if rate else f"{abs(m):.0%}"
        side = "above" if m > 0 else ("below" if m < 0 else "level with")
        parts.append(f"{who}'s target {expr} ({report}): {'level with it' if m == 0 else f'{size} {side}'}")
    return "; ".join(parts)
