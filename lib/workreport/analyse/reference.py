"""Curated facts from outside the report: earlier targets, outcomes, final statistics.

`data/reference/dalian_facts_sources.csv` is the gathered material as received
(immutable); `curate()` turns it into `data/reference/facts.csv`, one typed row
per figure, every row keeping its source address and quoted snippet. Gaps stay
gaps: nothing is filled in by guessing.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..contract import paths, schema
from ..contract.errors import ParameterError
from ..contract.tables import REFERENCE
from .tabulate import records


_IDS = {
    "gdp_growth_real": ("gdp", "growth"), "gdp_level": ("gdp", "level"),
    "industrial_va_growth": ("industrial_value_added", "growth"), "fai_growth": ("fixed_asset_investment", "growth"),
    "retail_sales_growth": ("retail_sales", "growth"), "retail_sales_level": ("retail_sales", "level"),
    "gpbr_growth": ("public_budget_revenue", "growth"), "gpbr_level": ("public_budget_revenue", "level"),
    "trade_growth": ("foreign_trade", "growth"), "trade_level": ("foreign_trade", "level"),
    "exports_growth": ("exports", "growth"), "exports_level": ("exports", "level"),
    "fdi_growth": ("fdi_utilized", "growth"), "fdi_actual_use": ("fdi_utilized", "level"),
    "cpi": ("cpi", "growth"), "income_growth": ("disposable_income", "growth"),
    "income_growth_urban": ("disposable_income_urban", "growth"), "income_growth_rural": ("disposable_income_rural", "growth"),
    "tourist_visits": ("tourist_visits", "level"), "tourism_income": ("tourism_income", "level"),
    "airport_passengers": ("airport_passengers", "level"),
}
_SCALE = [("亿美元", "USD", 1e8), ("亿元", "CNY", 1e8), ("亿人次", "count", 1e8), ("万人次", "count", 1e4)]


def _qualifier(unit: str, value: str) -> str:
    """The qualifier of a reference figure from how its source writes it ('<=5', '5%左右', 'within 5%'), so a
    sourced target compares with a read one on the same terms."""
    if value.startswith("<="):
        return "at_most"
    if value.startswith("<"):
        return "less_than"
    if re.search(r"以上|or higher|or more", unit):
        return "at_least"
    if re.search(r"左右|about|around|approx", unit):
        return "about"
    if re.search(r"within|以内|ceiling", unit):
        return "at_most"
    return "exact"


# Caveat words in the curator's note. ADJUSTED only in capitals: "(adjusted) growth +11.5%" beside a
# headline figure describes another number, while "ADJUSTED basis" flags the row's own.
_CAVEAT = re.compile(r"(?i:year[- ]label doubt|year inferred|mislabel|context only|do not use|basis unclear)|ADJUSTED")


def _stated(raw_value: str, snippet: str) -> bool:
    """Whether the figure itself is quoted in its snippet (then it is stated directly)."""
    try:
        v = abs(float(raw_value))
    except ValueError:
        return False
    return any(float(x) == v for x in re.findall(r"\d+(?:\.\d+)?", snippet.replace(",", "")))


def _derived(note: str, raw_value: str, snippet: str) -> bool:
    """`DERIVED` in the note marks a computed figure, unless the figure is quoted in the snippet: then the
    note's derivation is about another number ("1.36亿人次 ... implied 2019 ≈ 0.92亿 (DERIVED)")."""
    return "DERIVED" in note and not _stated(raw_value, snippet)


@dataclass(frozen=True)
class Figure:
    """A gathered value as typed: the number fully scaled (with the upper end of a range), its unit, or
    the words of a qualitative target ('in step with economic growth') when there is no number."""
    value: float | None = None
    value_high: float | None = None
    unit: str = ""
    qualitative: str = ""


def _status(kind: str, note: str, unit_text: str) -> str:
    """target, estimate (marked preliminary or expected by the curator or the source) or final."""
    if kind == "target":
        return "target"
    return "estimate" if "[prelim]" in note or "prelim" in unit_text or "expected" in unit_text else "final"


def _figure(raw_value: str, unit_text: str, measure: str, row: int) -> Figure:
    """The value as a number in the project's units: 亿元 and 万人次 scaled out, growth in %, a range
    'low-high' kept whole; 'sync' is the qualitative target; anything else is refused, not guessed."""
    m = re.fullmatch(r"(?:<=|<)?(-?\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?", raw_value)
    if m:
        value = float(m.group(1))
        value_high = float(m.group(2)) if m.group(2) else None
        unit = "%" if measure == "growth" else ""
        for mark, u, mult in _SCALE:
            if mark in unit_text:
                unit, value = u, round(value * mult, 6)
                break
        return Figure(value, value_high, unit)
    if raw_value == "sync":
        return Figure(qualitative="in step with economic growth")
    raise ParameterError(f"reference row {row}: value {raw_value!r} is neither a number nor 'sync'.")


def _tier_and_check(r) -> tuple[int | None, str]:
    """The re-check's source tier (1 official ... 4 repost or unknown) and verdict (`confirmed`,
    `unconfirmed`, `conflict`); a table gathered before the re-check has neither."""
    tier = str(getattr(r, "source_tier", "")).strip()
    return (int(tier) if tier.isdigit() else None), str(getattr(r, "check", "")).strip()


def curate(raw: pd.DataFrame) -> pd.DataFrame:
    """Typed, flagged reference rows from the gathered source table (columns indicator, year, kind, value, unit, source, snippet, note)."""
    need = ["indicator", "year", "kind", "value", "unit", "source", "snippet", "note"]
    missing = [c for c in need if c not in raw.columns]
    if missing:
        raise ParameterError(f"reference source table lacks columns {missing}; it needs {need}.")
    rows = []
    for i, r in enumerate(raw.fillna("").astype(str).itertuples(index=False), 1):
        place, _, key = r.indicator.partition("_")
        if key not in _IDS:
            raise ParameterError(f"reference row {i}: unknown indicator {r.indicator!r}; add it to the curation map.")
        indicator, measure = _IDS[key]
        note, unit_text, raw_value = r.note, r.unit, r.value.strip()
        status = _status(r.kind, note, unit_text)
        fig = _figure(raw_value, unit_text, measure, i)
        low = "LOW RELIABILITY" in note
        caveat = bool(_CAVEAT.search(note + " " + unit_text))
        derived = _derived(note, raw_value, r.snippet)
        tier, check = _tier_and_check(r)
        conflict = "CONFLICT" in note or check == "conflict"
        rows.append((i, place, indicator, measure, int(r.year), status, fig.value, fig.value_high,
                     _qualifier(unit_text, raw_value), fig.unit, fig.qualitative, derived, low,
                     conflict, caveat, fig.value is not None and not low and not caveat and not derived
                     and check != "conflict", r.source, r.snippet, note, tier, check))
    df = pd.DataFrame(rows, columns=REFERENCE.columns)
    schema.check_records(list(df.itertuples(index=False, name=None)), REFERENCE)
    return df


def default_path() -> Path:
    return paths.reference_dir() / "facts.csv"


def load_reference(path: str | Path | None = None) -> pd.DataFrame:
    """The curated reference table; an empty one (with the right columns) when there is none."""
    p = Path(path) if path is not None else default_path()
    if not p.is_file():
        if path is not None:
            raise ParameterError(f"reference file {p} does not exist; pass data/reference/facts.csv or another curated table.")
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REFERENCE.columns})
    df = pd.read_csv(p, keep_default_na=False, na_values={"value": [""], "value_high": [""], "source_tier": [""]})
    for c in ("source_tier", "check"):  # a table curated before the re-check has neither
        if c not in df.columns:
            df[c] = None if c == "source_tier" else ""
    df["source_tier"] = df["source_tier"].astype("Int64")
    for c in ("derived", "low_reliability", "conflict", "caveat", "usable"):
        df[c] = df[c].astype(str).str.lower().eq("true")
    return schema.validate(df, REFERENCE)


def for_place(ref: pd.DataFrame, place: str | None) -> pd.DataFrame:
    """The rows for one place (none, with the columns, when no place is given), so no other place's facts are used."""
    if not place or ref.empty:
        return ref.iloc[0:0]
    return ref[ref["place"] == place.lower()]


def best_outcome(ref: pd.DataFrame, indicator: str, year: int, measure: str = "growth"):
    """The outcome the analysis trusts for (indicator, year): final before estimate, unconflicted first."""
    rows = ref[(ref["indicator"] == indicator) & (ref["year"] == year) & (ref["measure"] == measure)
               & (ref["status"] != "target") & ref["usable"]]
    if rows.empty:
        return None
    rows = rows.assign(_rank=(rows["status"] != "final").astype(int) * 2 + rows["conflict"].astype(int))
    return rows.sort_values(["_rank", "fact_id"]).iloc[0]


@dataclass(frozen=True)
class Facts:
    """One place's reference rows indexed once into plain dicts, so each target of a report looks up its
    outcomes and earlier targets instead of filtering the table again (a corpus assesses hundreds):
    `outcomes` holds the trusted outcome (as `best_outcome` picks it) by (indicator, measure, year),
    `targets` the usable targets by (indicator, measure), by year and fact id."""
    outcomes: dict
    targets: dict


def index_facts(ref: pd.DataFrame) -> Facts:
    """The reference rows (of one place: cut them with `for_place` first) as `Facts`."""
    outcomes: dict = {}
    rows = ref[(ref["status"] != "target") & ref["usable"]] if not ref.empty else ref
    if len(rows):
        rows = rows.assign(_rank=(rows["status"] != "final").astype(int) * 2 + rows["conflict"].astype(int))
        for o in records(rows.sort_values(["_rank", "fact_id"], kind="stable").drop(columns="_rank")):
            outcomes.setdefault((o["indicator"], o["measure"], o["year"]), o)
    targets: dict = {}
    rows = ref[(ref["status"] == "target") & ref["usable"]] if not ref.empty else ref
    for t in records(rows.sort_values(["year", "fact_id"], kind="stable")) if len(rows) else []:
        targets.setdefault((t["indicator"], t["measure"]), []).append(t)
    return Facts(outcomes, targets)


def outcome_of(facts: Facts, indicator: str, year: int, measure: str = "growth") -> dict | None:
    """`best_outcome` looked up in the index: the trusted outcome for (indicator, year), else None."""
    return facts.outcomes.get((indicator, measure, year))


def revisions(ref: pd.DataFrame, place: str | None = None) -> pd.DataFrame:
    """Estimate against final for every figure the reference data has both of: how far the work reports'
    estimates ('预计', given before the final statistics) moved. One row per place, indicator, measure and year."""
    rows = ref if place is None else for_place(ref, place)
    rows = rows[rows["usable"] & (rows["status"] != "target")]
    out = []
    for (pl, ind, measure, year), grp in rows.groupby(["place", "indicator", "measure", "year"], sort=True):
        est = grp[grp["status"] == "estimate"].sort_values("fact_id")
        final = best_outcome(grp, ind, year, measure)
        if est.empty or final is None or final["status"] != "final":
            continue
        e = est.iloc[0]
        out.append(dict(place=pl, indicator=ind, measure=measure, year=int(year), unit=final["unit"],
                        estimate_value=float(e["value"]), estimate_qualifier=e["qualifier"],
                        final_value=float(final["value"]), revision=round(float(final["value"]) - float(e["value"]), 6),
                        estimate_fact_id=int(e["fact_id"]), final_fact_id=int(final["fact_id"])))
    cols = ["place", "indicator", "measure", "year", "unit", "estimate_value", "estimate_qualifier", "final_value",
            "revision", "estimate_fact_id", "final_fact_id"]
    return pd.DataFrame(out, columns=cols)


def targets(ref: pd.DataFrame, indicator: str, measure: str = "growth") -> pd.DataFrame:
    """Every target the reference data records for an indicator."""
    return ref[(ref["indicator"] == indicator) & (ref["measure"] == measure) & (ref["status"] == "target")]


def main(argv: list[str] | None = None) -> int:
    """`python -m workreport.reference [SOURCE.csv [OUT.csv]]`: rebuild data/reference/facts.csv."""
    argv = sys.argv[1:] if argv is None else argv
    src = Path(argv[0]) if argv else paths.reference_dir() / "dalian_facts_sources.csv"
    out = Path(argv[1]) if len(argv) > 1 else default_path()
    df = curate(pd.read_csv(src, dtype=str, keep_default_na=False))
    from ..read.datasets import to_csv_text
    out.write_text(to_csv_text(df), encoding="utf-8")
    print(f"{len(df)} reference rows ({int(df['usable'].sum())} usable) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
