"""Write every dataset `workreport extract` produces for a set of reports, one folder per report.

A refactoring must not change output: snapshot before, snapshot after, and compare the two trees
byte for byte (`--compare BEFORE AFTER` prints each file that differs and exits 1 if any does).

    python benchmarks/snapshot.py --out /tmp/before            # the bundled reports
    python benchmarks/snapshot.py --out /tmp/before extra.txt  # and others
    python benchmarks/snapshot.py --compare /tmp/before /tmp/after
"""
from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_reports() -> list[Path]:
    """Every report text the project bundles under data/raw (subfolders included)."""
    return sorted((ROOT / "data" / "raw").rglob("*.txt"))


def snapshot(reports: list[Path], out: Path) -> None:
    """Run the command-line extractor on each report, as a user would, into out/<file stem>/."""
    for report in reports:
        target = out / report.stem
        cmd = [sys.executable, "-m", "workreport", "extract", str(report), "--out", str(target)]
        done = subprocess.run(cmd, capture_output=True, text=True)
        status = "ok" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()}"
        print(f"{report.name}: {status}")


def compare(before: Path, after: Path) -> int:
    """Print every file present on one side only or differing in content; 0 when none."""
    differing = []

    def walk(cmp: filecmp.dircmp, where: Path) -> None:
        differing.extend(f"only in {before.name}: {where / n}" for n in cmp.left_only)
        differing.extend(f"only in {after.name}: {where / n}" for n in cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        differing.extend(f"differs: {where / n}" for n in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, where / name)

    walk(filecmp.dircmp(before, after), Path("."))
    print("\n".join(differing) if differing else "no differences")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("reports", nargs="*", type=Path, help="report texts (default: every bundled report)")
    p.add_argument("--out", type=Path, help="folder to write the snapshot into")
    p.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = p.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if not args.out:
        p.error("give --out DIR to write a snapshot, or --compare BEFORE AFTER")
    snapshot(args.reports or default_reports(), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
