"""`workreport corpus PATH... --out DIR`: many reports into panel tables, the promise ledger and the disagreements
between two readings of one report, written whole or not at all.

The command line registers this subcommand with `add_parser`; everything else about it lives here, in the
corpus layer, so the command line stays one small dispatcher.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..contract.errors import ParameterError


def add_parser(sub) -> argparse.ArgumentParser:
    """The `corpus` subcommand and its options."""
    c = sub.add_parser("corpus", help="read many reports into panel tables and the promise ledger (CSV and Parquet)")
    c.add_argument("paths", nargs="+", metavar="PATH", help="report files (.txt) or folders searched for them")
    c.add_argument("--out", required=True, help="directory for reports, targets, results, ledger, disagreements and the backtest")
    c.add_argument("--jobs", type=int, help="parallel processes (default: one per CPU)")
    c.add_argument("--dask", metavar="ADDRESS", help="read the reports on the Dask cluster whose scheduler is at "
                                                     "ADDRESS (tcp://host:8786); needs workreport[cluster]")
    c.add_argument("--catalogue", help="indicator catalogue CSV to use instead of the bundled one")
    c.add_argument("--about-tolerance", type=float, default=0.5,
                   help="'about X' is met from X minus this many points (for levels: this percent of X); default 0.5")
    c.add_argument("--more-than-excludes-target", action="store_true",
                   help="read 'more than X' as strictly above X (default: X itself meets it, as 以上 includes X)")
    c.add_argument("--usually", type=float, default=0.5,
                   help="a place usually targets an indicator it set in more than this share of its other years "
                        "(default 0.5); only then does a report saying it sets none make a 'no target set' row")
    c.set_defaults(func=run)
    return c


def _rules(args: argparse.Namespace):
    from .ledger import LedgerRules

    try:
        return LedgerRules(about_tolerance=args.about_tolerance, usually=args.usually,
                           more_than_includes_target=not args.more_than_excludes_target)
    except ValueError as exc:
        raise ParameterError(f"{exc}.") from None


def run(args: argparse.Namespace) -> int:
    """Read, build, write; name each report that could not be read on stderr. Exit status 1 when any could not."""
    from ..analyse.reference import load_reference
    from ..catalogue import load_catalogue
    from .build import corpus_tables, read_corpus
    from .store import write_tables

    if args.jobs is not None and args.jobs < 1:
        raise ParameterError(f"--jobs must be at least 1, not {args.jobs}.")
    rules, catalogue = _rules(args), load_catalogue(args.catalogue)
    started = time.perf_counter()
    readings = read_corpus(args.paths, jobs=args.jobs, dask=args.dask, catalogue=args.catalogue)
    tables = corpus_tables(readings, catalogue=catalogue, rules=rules, reference=load_reference())
    write_tables(tables, Path(args.out))
    failed = [r for r in readings if r.error]
    for r in failed:   # one line each, naming the file (most reasons already do)
        print(f"workreport: error: {'' if r.file in r.error else r.file + ': '}{r.error}", file=sys.stderr)
    print(summary(tables, time.perf_counter() - started, args.out))
    return 1 if failed else 0


def summary(tables: dict, seconds: float, out) -> str:
    """One line: how many reports were read, what the tables hold, and the ledger's verdicts."""
    reports, ledger = tables["reports"], tables["ledger"]
    n_bad = int((reports["error"] != "").sum())
    counts = ledger["met"].value_counts()
    verdicts = ", ".join(f"{counts.get(v, 0)} {v}" for v in ("met", "missed", "no result", "no target set"))
    bt = tables["backtest_summary"].set_index(["place", "rule"])
    v = bt.loc[("all places", "feasibility verdicts")] if len(bt) else None
    scored = (f"backtest: {int(v['held'])} of {int(v['predicted'])} verdicts held ({int(v['predicted'])} of {int(v['targets'])} targets "
              f"with an outcome judged)") if v is not None else "backtest: no target with an outcome"
    return (f"{len(reports) - n_bad} of {len(reports)} reports read in {seconds:.1f} s: {len(tables['targets'])} "
            f"targets, {len(tables['results'])} results, ledger of {len(ledger)} ({verdicts}), "
            f"{len(tables['disagreements'])} disagreements, {scored} -> {out}")
