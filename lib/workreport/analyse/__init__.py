"""Analysis of extracted claims: growth, results against targets, consistency, feasibility, backtest.

It reads the datasets the reading layer produces (and the reference facts), never the text itself.
"""
from .pipeline import analysis_tables

__all__ = ["analysis_tables"]
