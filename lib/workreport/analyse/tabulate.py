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


def _column(s: pd.Series) -> list:
    """A column as plain Python values, an empty nullable integer as None (as `to_dict` gives it)."""
    if isinstance(s.dtype, pd.Int64Dtype):
        return s.to_numpy(dtype=object, na_value=None).tolist()
    return s.tolist()


def records(df: pd.DataFrame) -> list[dict]:
    """The rows as dicts, the same values as `df.to_dict('records')` but built column by column: pandas
    builds each row of Arrow-backed string columns one by one, several milliseconds a table, and the
    feasibility turns a few tables of every report of a corpus into rows."""
    cols = list(df.columns)
    return [dict(zip(cols, vals)) for vals in zip(*(_column(df[c]) for c in cols))]


def optional(value):
    """A value, or None where the table holds NaN or NA: the form the rules compare with `is None`."""
    return value if pd.notna(value) else None
