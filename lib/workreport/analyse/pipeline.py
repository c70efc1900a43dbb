"""From an extraction to every analysis table, in one place so the CLI and the notebooks agree."""
from __future__ import annotations

import pandas as pd

from .backtest import backtest, backtest_summary, estimates_vs_final
from .comparisons import compare_years
from .consistency import check_consistency
from .feasibility import Rules, assess_targets
from .growth import growth_claims, implied_levels
from .reference import load_reference


def _report_id(extraction) -> str:
    """The report's id, from the extraction or its claims, so an empty backtest's summary still names it."""
    rid = getattr(extraction, "report_id", "")
    claims = extraction.claims
    return rid or (str(claims["report_id"].iloc[0]) if len(claims) else "")


def analysis_tables(extraction, reference=None, rules: Rules | None = None, catalogue=None, *,
                    record: pd.DataFrame | None = None, hierarchy: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """comparisons, consistency, feasibility, growth, implied_levels, estimates, backtest and its summary for one
    report. `record` (shaped like the corpus ledger) and `hierarchy` (like the corpus targets table) give the
    feasibility its place's earlier targets and outcomes and its parent's and the nation's targets; cut the
    record at the report's year with `record.as_of` (as `report.notebook.corpus_record` does), so the report
    is not judged with a figure published after it."""
    claims = extraction.claims
    ref = reference if isinstance(reference, pd.DataFrame) else load_reference(reference)
    place = extraction.document.place
    held = rules or Rules()
    comparisons = compare_years(claims, delivery_pp=held.hold_pp, delivery_ratio=held.hold_ratio)
    feasibility = assess_targets(claims, ref, place=place, rules=rules, catalogue=catalogue, comparisons=comparisons,
                                 record=record, hierarchy=hierarchy)
    bt = backtest(feasibility, claims, ref, place, rules=rules, catalogue=catalogue)
    return {
        "comparisons": comparisons,
        "consistency": check_consistency(claims),
        "feasibility": feasibility,
        "growth": growth_claims(claims),
        "implied_levels": implied_levels(claims),
        "estimates": estimates_vs_final(claims, ref, place, rules=rules),
        "backtest": bt,
        "backtest_summary": backtest_summary(bt, _report_id(extraction)),
    }
