"""Command line: `workreport extract REPORT --out DIR` and `workreport run ...`.

Every user error ends in one line on stderr and exit status 2; nothing is
written unless the whole dataset is ready.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .contract.errors import WorkReportError


def _extract(args: argparse.Namespace) -> int:
    """`workreport extract`: one report's datasets and analysis tables written to --out; imports are local so
    that `workreport --help` starts fast."""
    from .analyse import analysis_tables
    from .corpus import extract_report
    from .read.datasets import write_datasets

    ex = extract_report(args.report, report_id=args.report_id, year=args.year, catalogue=args.catalogue,
                        language=args.language)
    warn(ex)
    tables = {"claims": ex.claims, "mentions": ex.mentions, "sections": ex.sections}
    tables.update(analysis_tables(ex, reference=args.reference))
    out = Path(args.out) if args.out else Path("data/processed") / ex.report_id
    write_datasets(tables, out)
    print(f"{ex.summary()} -> {out}")
    return 0


def warn(ex) -> None:
    """What the reader could not establish goes to stderr, one line each, so a batch log shows it."""
    for note in ex.warnings:
        print(f"workreport: warning: {ex.report_id}: {note}", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from .report.runner import run_reports

    params = {}
    for name, value in args.param or []:
        params[name] = value
    reports = args.report or []
    return run_reports(reports, params=params, out=args.out, jobs=args.jobs, all_raw=args.all, show_code=args.code,
                       report_id=args.report_id, year=args.year, language=args.language, corpus=args.corpus)


def build_parser() -> argparse.ArgumentParser:
    """The command line in one place, so that the README's commands and `--help` cannot drift apart."""
    p = argparse.ArgumentParser(prog="workreport", description="Government work report text -> tidy datasets and notebooks.")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract claims, mentions, sections and analysis tables from one report")
    e.add_argument("report", help="path to the report's text in English or Chinese (.txt, UTF-8)")
    e.add_argument("--out", help="directory for the CSV files (default: data/processed/<report_id>)")
    e.add_argument("--report-id", help="override the id inferred from the text (e.g. dalian-2024)")
    e.add_argument("--year", type=int, help="override the report year inferred from the text")
    e.add_argument("--catalogue", help="indicator catalogue CSV to use instead of the bundled one")
    e.add_argument("--language", help="read the text as en (English) or zh (Chinese) instead of telling it from "
                                      "the manifest or the text")
    e.add_argument("--reference", help="reference facts CSV (default: the project's data/reference/facts.csv when present)")
    e.set_defaults(func=_extract)
    r = sub.add_parser("run", help="extract and run every notebook for one or more reports (papermill), with HTML reports")
    r.add_argument("--report", action="append", help="report text file; repeat for several reports")
    r.add_argument("--all", action="store_true", help="run every report in data/raw/ and its subfolders")
    r.add_argument("--report-id", help="override the report id (one --report only)")
    r.add_argument("--year", type=int, help="override the report year (one --report only)")
    r.add_argument("--language", help="read every report as en (English) or zh (Chinese) instead of telling it "
                                      "from the manifest or the text")
    r.add_argument("-p", "--param", nargs=2, action="append", metavar=("NAME", "VALUE"), help="notebook parameter")
    r.add_argument("--out", help="output directory (default: reports/)")
    r.add_argument("--jobs", type=int, default=1, help="reports to run in parallel processes")
    r.add_argument("--code", action="store_true", help="show the notebooks' code in the HTML pages (hidden by default)")
    r.add_argument("--corpus", action="store_true", help="also build the corpus tables of data/raw/ and run the corpus "
                                                         "notebooks (05, 06) once, into reports/corpus/")
    r.set_defaults(func=_run)
    from .corpus.command import add_parser as add_corpus_parser   # `workreport corpus`: its options live there
    add_corpus_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """The command line's entry: a bad input or parameter is one sentence on stderr and exit code 2, never a
    traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except WorkReportError as exc:
        print(f"workreport: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("workreport: interrupted; nothing more was written.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
