"""How fast is a corpus? `workreport corpus` on every bundled report (about a hundred), end to end, as a user runs it.

Run with `python benchmarks/corpus.py [--jobs N] [--repeat N]`. Each run is a fresh command in its own process
(interpreter start and imports included), writing CSV and Parquet into a temporary folder; the figure to beat
is 10 s on 2 cores. It also prints the CPU time of the run (the command and its worker processes), which
does not depend on what else the machine is doing, and the phases measured in this process: reading every
report, building the tables, and within them the backtest (every report's targets judged as of its year, with
the reference data, as `workreport corpus` runs it; the figure to beat is 3 s).
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
TARGET_SECONDS = 10.0
BACKTEST_SECONDS = 3.0


def command_run(jobs: int) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the command and its workers, its summary line) of one command run."""
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "workreport", "corpus", str(RAW), "--out", str(Path(tmp) / "out"),
                               "--jobs", str(jobs)], capture_output=True, text=True, cwd=ROOT)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"the command failed: {done.stderr.strip().splitlines()[-1]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout.strip()


def phases(jobs: int) -> tuple[float, float, float]:
    """(seconds reading every report in `jobs` processes, seconds building the tables, seconds of the
    backtest alone), in this process."""
    from workreport.analyse.reference import load_reference
    from workreport.corpus.backtest import corpus_backtest
    from workreport.corpus.build import corpus_tables, read_corpus

    reference = load_reference()
    t0 = time.perf_counter()
    readings = read_corpus([str(RAW)], jobs=jobs)
    t1 = time.perf_counter()
    tables = corpus_tables(readings, reference=reference)
    t2 = time.perf_counter()
    corpus_backtest(readings, tables["ledger"], tables["targets"], tables["reports"], reference)
    return t1 - t0, t2 - t1, time.perf_counter() - t2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    runs = [command_run(args.jobs) for _ in range(args.repeat)]
    walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
    read, build, backtest = phases(args.jobs)
    n = len(list(RAW.rglob("*.txt")))
    rows = [
        ("reports", f"{n} bundled reports, --jobs {args.jobs}, {os.cpu_count()} CPUs here"),
        ("command, median wall", f"{statistics.median(walls):.1f} s (min {min(walls):.1f}; target under {TARGET_SECONDS:.0f} s)"),
        ("command, median CPU", f"{statistics.median(cpus):.1f} s over all processes"),
        ("reading in this process", f"{read:.1f} s"),
        ("building the tables", f"{build:.1f} s"),
        ("the backtest alone", f"{backtest:.1f} s (target under {BACKTEST_SECONDS:.0f} s)"),
        ("summary", runs[-1][2]),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
