"""Analysis tables derived from an extraction (filled by the analysis modules)."""
from __future__ import annotations


def analysis_tables(extraction, reference=None) -> dict:
    return {}
