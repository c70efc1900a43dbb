"""From an extraction to every analysis table, in one place so the CLI and the notebooks agree."""
from __future__ import annotations

import pandas as pd

from .backtest import backtest, estimates_vs_final
from .comparisons import compare_years
from .consistency import check_consistency
from .feasibility import Rules, assess_targets
from .growth import growth_claims, implied_levels
from .reference import load_reference


def analysis_tables(extraction, reference=None, rules: Rules | None = None, catalogue=None) -> dict[str, pd.DataFrame]:
    """comparisons, consistency, feasibility, growth, implied_levels, estimates and backtest for one report."""
    claims = extraction.claims
    ref = reference if isinstance(reference, pd.DataFrame) else load_reference(reference)
    place = extraction.document.place
    comparisons = compare_years(claims)
    feasibility = assess_targets(claims, ref, place=place, rules=rules, catalogue=catalogue, comparisons=comparisons)
    return {
        "comparisons": comparisons,
        "consistency": check_consistency(claims),
        "feasibility": feasibility,
        "growth": growth_claims(claims),
        "implied_levels": implied_levels(claims),
        "estimates": estimates_vs_final(claims, ref, place, rules=rules),
        "backtest": backtest(feasibility, claims, ref, place, rules=rules, catalogue=catalogue),
    }
