"""How fast is extraction? Median time for the bundled report, throughput over 100 copies, and quantulum3 for scale.

Run with `make bench` (or `python benchmarks/extract.py [--repeat N]`). Timings exclude the
one-off import of the package; quantulum3 is measured only where it is installed.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import workreport
from workreport.catalogue import Matcher, load_catalogue

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt"


def timed(fn, repeat: int) -> list[float]:
    fn()  # warm up caches (regex compilation, pandas internals)
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--copies", type=int, default=100)
    args = ap.parse_args()
    text = REPORT.read_text(encoding="utf-8")
    cat = Matcher(load_catalogue())

    file_runs = timed(lambda: workreport.extract(REPORT), args.repeat)
    text_runs = timed(lambda: workreport.extract_text(text, catalogue=cat), args.repeat)
    t0 = time.perf_counter()
    claims = 0
    for _ in range(args.copies):
        claims += len(workreport.extract_text(text, catalogue=cat).claims)
    corpus = time.perf_counter() - t0
    mb = len(text.encode("utf-8")) * args.copies / 1e6

    rows = [
        ("report", f"{REPORT.name} ({len(text):,} characters)"),
        ("extract(path), median", f"{statistics.median(file_runs) * 1000:.1f} ms (min {min(file_runs) * 1000:.1f})"),
        ("extract_text, median", f"{statistics.median(text_runs) * 1000:.1f} ms (min {min(text_runs) * 1000:.1f})"),
        (f"corpus of {args.copies} copies", f"{corpus:.2f} s = {args.copies / corpus:.1f} reports/s, {mb / corpus:.2f} MB/s, "
                                            f"{claims:,} claims"),
    ]
    try:
        from quantulum3 import parser as q3
    except ImportError:
        rows.append(("quantulum3", "not installed (pip install quantulum3 to compare)"))
    else:
        q_runs = timed(lambda: q3.parse(text), max(3, args.repeat // 10))
        q_med = statistics.median(q_runs)
        rows.append(("quantulum3 parse, median", f"{q_med * 1000:.0f} ms, {len(q3.parse(text))} quantities"))
        rows.append(("quantulum3 / workreport", f"{q_med / statistics.median(file_runs):.0f}x slower"))
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
