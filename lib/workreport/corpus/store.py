"""Corpus tables on disk: each as CSV (for people and spreadsheets) and Parquet (typed, for pandas and DuckDB),
every file whole or none at all, as the per-report datasets are written."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from ..contract.errors import ParameterError
from ..contract.files import write_files
from ..read.datasets import to_csv_text


def _parquet_bytes(df: pd.DataFrame) -> bytes:
    """One table as Parquet, in memory: written to disk only once every table is ready."""
    try:
        import pyarrow  # noqa: F401 -- a clear sentence rather than pandas' long ImportError
    except ImportError:
        raise ParameterError("writing Parquet needs pyarrow: pip install pyarrow (a dependency of workreport)") from None
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def payload(tables: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    """File name -> bytes for every table: `name.csv` and `name.parquet`."""
    out = {}
    for name, df in tables.items():
        out[f"{name}.csv"] = to_csv_text(df).encode("utf-8")
        out[f"{name}.parquet"] = _parquet_bytes(df)
    return out


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write every table into `out_dir`, first all into a temporary folder beside it, then moved in place, so an
    error part-way leaves the folder as it was."""
    return write_files(payload(tables), out_dir, "the corpus tables")
