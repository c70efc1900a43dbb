"""From rows an analysis built to the table the contract declares.

Every analysis ends the same way: rows in the contract's column order, counted 1, 2, ...
within the report, with the columns that may be empty held as nullable integers. Doing it
in one place keeps the tables alike, so a CSV of one analysis reads like the others.
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from ..contract.schema import Table


def numbered(rows: Iterable[dict], key: str, report_id) -> list[dict]:
    """The rows in their order, each with its number (from 1) under `key` and the report's id:
    the number is what a reader cites ('check 4'), so it follows the order the rows are shown in."""
    return [{**row, key: i, "report_id": report_id} for i, row in enumerate(rows, 1)]


def typed_frame(rows: list, table: Table, *, ints: Iterable[str] = (), floats: Iterable[str] = ()) -> pd.DataFrame:
    """The rows (dicts or tuples) as `table`'s columns; `ints` as nullable integers (Int64), so an empty
    offset or year stays empty instead of turning the column into floats, and `floats` as float64, so a
    column of numbers and Nones is numeric even when every row is empty."""
    df = pd.DataFrame(rows, columns=table.columns)
    for c in ints:
        df[c] = df[c].astype("Int64")
    for c in floats:
        df[c] = df[c].astype("float64")
    return df


def optional(value):
    """A value, or None where the table holds NaN or NA: the form the rules compare with `is None`."""
    return value if pd.notna(value) else None
