"""Corpus tables on disk: each as CSV (for people and spreadsheets) and Parquet (typed, for pandas and DuckDB),
every file whole or none at all, as the per-report datasets are written."""
from __future__ import annotations

import io
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from ..contract.errors import ParameterError, WorkReportError
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise WorkReportError(f"{out} exists and is not a directory; choose another --out directory.")
    files = payload(tables)
    parent = out.parent if str(out.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=parent))
        tmp.chmod(0o777 & ~_umask())       # a folder people share, not mkdtemp's private one
    except OSError as exc:
        raise WorkReportError(f"cannot write to {parent} ({exc.strerror}); choose a writable --out directory.") from None
    try:
        for name, body in files.items():
            (tmp / name).write_bytes(body)
        if not out.exists():
            os.replace(tmp, out)
        else:
            for name in files:
                os.replace(tmp / name, out / name)
    except OSError as exc:
        raise WorkReportError(f"cannot write the corpus tables to {out} ({exc.strerror}); nothing was changed there.") from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return [out / name for name in files]
