"""Panel tables of a corpus: one row per report, and every target and every result with its place and report.

They are built from the readings alone (pure functions), so a local run and a cluster run that read the same
reports give the same tables. One reading per place and year: where a report is read in its Chinese original
and in an English translation, the original is `used` and the translation kept beside it for comparison.
"""
from __future__ import annotations

import pandas as pd

from ..contract import schema
from ..contract.tables import CORPUS_REPORTS, RESULTS, TARGETS
from .batch import Reading

PREFERRED = ("zh", "en")   # the original before a translation


def used_ids(readings: list[Reading]) -> set[str]:
    """The one reading of each place and year: the Chinese original where there is one, then by report id.
    A report whose place or year is unknown is its own reading (it cannot be paired with another)."""
    best: dict[tuple, Reading] = {}
    for r in readings:
        if r.error:
            continue
        key = (r.place, r.year) if r.place and r.year else (r.report_id,)
        old = best.get(key)
        if old is None or _rank(r) < _rank(old):
            best[key] = r
    return {r.report_id for r in best.values()}


def _rank(r: Reading) -> tuple:
    """Sorts the readings of one place and year: the original language first, then by id (stable across runs)."""
    return (PREFERRED.index(r.language) if r.language in PREFERRED else len(PREFERRED), r.report_id)


def reports_table(readings: list[Reading]) -> pd.DataFrame:
    """One row per report, read or not, in the order given."""
    used = used_ids(readings)
    rows = [_report_row(r, r.report_id in used) for r in readings]
    return schema.validate(pd.DataFrame(rows, columns=CORPUS_REPORTS.columns).astype({"year": "Int64"}),
                           CORPUS_REPORTS)


def _report_row(r: Reading, used: bool) -> dict:
    c = r.claims
    n = len(c) if c is not None else 0
    n_targets = int((c["status"] == "target").sum()) if c is not None else 0
    return dict(report_id=r.report_id, file=r.file, place=r.place, level=r.level, parent=r.parent, year=r.year,
                language=r.language, used=used, parts=";".join(r.parts), n_claims=n, n_targets=n_targets,
                n_results=n - n_targets, warnings=" | ".join(r.warnings), error=r.error)


def claims_table(readings: list[Reading], targets: bool) -> pd.DataFrame:
    """Every target (or every result and estimate) of every report read, with the report's place, level, parent,
    year and language (one concatenation, then the report's fields looked up by id: a corpus has thousands)."""
    table = TARGETS if targets else RESULTS
    read = [r for r in readings if r.claims is not None and len(r.claims)]
    if not read:
        return schema.validate(_empty(table), table)
    df = pd.concat([r.claims for r in read], ignore_index=True)
    df = df[(df["status"] == "target") == targets].reset_index(drop=True)
    by_id = {r.report_id: r for r in read}
    ids = df["report_id"]
    for name in ("place", "level", "parent", "language"):
        df[name] = ids.map({rid: getattr(r, name) for rid, r in by_id.items()})
    df["year"] = ids.map({rid: r.year for rid, r in by_id.items()}).astype("Int64")
    return schema.validate(df[table.columns], table)


def _empty(table) -> pd.DataFrame:
    types = {"int": "Int64", "float": "float64", "str": object, "bool": bool}
    return pd.DataFrame({f.name: pd.Series([], dtype=types[f.dtype]) for f in table.fields})
