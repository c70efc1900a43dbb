"""A corpus from report files to its tables: read every report (in processes or on a cluster), then build the
panel tables, the ledger, the disagreements and the backtest from the readings alone."""
from __future__ import annotations

import pandas as pd

from ..analyse.feasibility import Rules
from .backtest import corpus_backtest, corpus_backtest_summary
from .batch import Reading, gather, read_dask, read_local
from .bilingual import disagreements
from .ledger import UNSET_COLUMNS, LedgerRules, build_ledger
from .panel import claims_table, reports_table


def read_corpus(paths: list[str], *, jobs: int | None = None, dask: str | None = None,
                catalogue: str | None = None) -> list[Reading]:
    """Every report named or found below the folders named, in parallel processes or on the Dask cluster at
    `dask`; a report that cannot be read is a reading with its reason."""
    work = gather(paths)
    return read_dask(work, dask, catalogue) if dask else read_local(work, jobs, catalogue)


def unset_table(readings: list[Reading]) -> pd.DataFrame:
    """Each statement that no target is set, with its report's place and year."""
    rows = [(r.report_id, r.place, r.level, r.parent, r.year, r.language, *s[:4], s[4])
            for r in readings for s in r.unset]
    return pd.DataFrame(rows, columns=UNSET_COLUMNS)


def corpus_tables(readings: list[Reading], *, catalogue=None, rules: LedgerRules = LedgerRules(),
                  reference: pd.DataFrame | None = None, feasibility: Rules | None = None) -> dict[str, pd.DataFrame]:
    """reports, targets, results, ledger, disagreements, backtest and backtest_summary: the tables `workreport
    corpus` writes. `reference` (the curated outside facts) joins the ledger as the record where it has a place."""
    reports = reports_table(readings)
    targets, results = claims_table(readings, targets=True), claims_table(readings, targets=False)
    ledger = build_ledger(targets, results, reports, unset_table(readings), catalogue=catalogue, rules=rules)
    feasibility = feasibility or Rules(about_tolerance=rules.about_tolerance,
                                       more_than_inclusive=rules.more_than_includes_target)
    bt = corpus_backtest(readings, ledger, targets, reports, reference, feasibility)
    return dict(reports=reports, targets=targets, results=results, ledger=ledger,
                disagreements=disagreements(targets, results, reports), backtest=bt,
                backtest_summary=corpus_backtest_summary(bt))
