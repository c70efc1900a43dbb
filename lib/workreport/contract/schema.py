"""How a dataset is declared and checked: fields with types, allowed values and meanings, and a primary key.

The declarations themselves live in `tables`; this module only knows how to validate a table against
one and how to document it, so validation and documentation can never drift apart.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from .errors import SchemaError


@dataclass(frozen=True)
class Field:
    name: str
    dtype: str                 # "int", "float", "str", "bool"
    description: str
    nullable: bool = False
    allowed: tuple | None = None
    unit: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


_PY_TYPES = {"int": {int}, "float": {int, float}, "str": {str}, "bool": {bool}}
_NONE = type(None)


def check_records(records: list[tuple], table: Table) -> None:
    """Validate rows before they become a DataFrame: types, empties, allowed values and the primary key."""
    checked_columns(records, table)


def checked_columns(records: list[tuple], table: Table) -> list[tuple]:
    """The columns of `records` (one tuple per field), once they are checked as check_records says: a table is
    built from the columns its check made, not from a second transposition of its rows. Each test runs in C
    over a whole column (map, set, count), since it runs on every row of every report read."""
    if not records:
        return []
    width = len(table.fields)
    if set(map(len, records)) != {width}:
        raise SchemaError(f"{table.name} rows must have {width} values each")
    cols = list(zip(*records))
    problems = [p for f, col in zip(table.fields, cols) for p in _column_problems(f, col)]
    idx = [table.columns.index(k) for k in table.key]
    keys = list(zip(*(cols[i] for i in idx)))
    if len(set(keys)) != len(keys):
        problems.append(f"primary key {list(table.key)} is not unique")
    if problems:
        raise SchemaError(f"{table.name} table breaks its schema: " + "; ".join(problems))
    return cols


def _column_problems(f: Field, col: tuple) -> list[str]:
    """What is wrong with one column's values: empties where none may be, a type not declared, NaN in a
    float column that may not be empty, a value not allowed."""
    problems = []
    types = set(map(type, col))
    if _NONE in types:
        if not f.nullable:
            problems.append(f"{f.name}: {col.count(None)} empty values")
        types.discard(_NONE)
    if not types <= _PY_TYPES[f.dtype]:
        problems.append(f"{f.name}: values of type {sorted(t.__name__ for t in types)} where {f.dtype} is declared")
    elif f.dtype == "float" and not f.nullable and any(map(math.isnan, col)):
        problems.append(f"{f.name}: NaN values")
    if f.allowed is not None:
        bad = set(col).difference(f.allowed)
        bad.discard(None)
        if bad:
            problems.append(f"{f.name}: values {sorted(map(str, bad))[:5]} not in {list(f.allowed)}")
    return problems


def validate(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Raise SchemaError listing every way `df` breaks its contract; return it in contract column order."""
    problems = []
    missing = [c for c in table.columns if c not in df.columns]
    if missing:
        problems.append(f"missing columns {missing}")
    for f in table.fields:
        if f.name not in df.columns:
            continue
        col = df[f.name]
        nulls = col.isna()
        if not f.nullable and nulls.any():
            problems.append(f"{f.name}: {int(nulls.sum())} empty values")
        present = col[~nulls]
        if f.allowed is not None:
            bad = sorted(set(present.astype(str)) - {str(a) for a in f.allowed})
            if bad:
                problems.append(f"{f.name}: values {bad[:5]} not in {list(f.allowed)}")
        if f.dtype in ("int", "float") and len(present):
            if not pd.api.types.is_numeric_dtype(present):
                problems.append(f"{f.name}: not numeric")
            elif f.dtype == "int" and ((present.astype(float) % 1) != 0).any():
                problems.append(f"{f.name}: not whole numbers")
    if not missing and len(df) and df.duplicated(list(table.key)).any():
        problems.append(f"primary key {list(table.key)} is not unique")
    if problems:
        raise SchemaError(f"{table.name} table breaks its schema: " + "; ".join(problems))
    return df[table.columns + [c for c in df.columns if c not in table.columns]]


def markdown(table: Table) -> str:
    """The table's columns as a Markdown table, for the README."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    for f in table.fields:
        lines.append(f"| `{f.name}` | {f.dtype}{' (may be empty)' if f.nullable else ''} | {f.description} |")
    return "\n".join(lines)
