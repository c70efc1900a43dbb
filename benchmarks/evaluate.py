"""How exact is the reader? Precision, recall and per-field accuracy against records people wrote by reading.

The expected records live in tests/data/expected/<language>/*.json (format in its README): for Dalian 2024
every claim, for the national reports every headline target and result. Each file says whether its text is
for development (rules may be written while looking at it) or evaluation only (it is never read to write a
rule). This script prints one line per report and a line per role; `--details` lists each miss and each
wrong field, and refuses evaluation texts unless `--allow-evaluation-details` is given, so that the
evaluation texts stay unseen by whoever writes rules.

    python benchmarks/evaluate.py                  # every report, scores only
    python benchmarks/evaluate.py --details china-2019
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "data" / "expected"
RAW = ROOT / "data" / "raw"
# value_stretch: a stretch aim beside a target (力争7%); a record without one expects none
FIELDS = ("value", "value_high", "qualifier", "unit", "kind", "direction", "period", "period_start", "span",
          "status", "indicator", "value_stretch")


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    record: dict

    @property
    def required(self) -> bool:
        return not self.record.get("optional", False)

    @property
    def headline(self) -> bool:
        return bool(self.record.get("indicator"))


@dataclass
class Score:
    """Counts for one report (or a sum of reports) in one scope: `headline` or `all` claims."""
    expected: int = 0
    found: int = 0
    extracted: int = 0
    false_positives: int = 0
    right: dict = field(default_factory=lambda: {f: 0 for f in FIELDS})
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        scored = self.found + self.false_positives
        return self.found / scored if scored else 1.0

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.found if self.found else 1.0

    def add(self, other: "Score") -> None:
        self.expected += other.expected
        self.found += other.found
        self.extracted += other.extracted
        self.false_positives += other.false_positives
        for f in FIELDS:
            self.right[f] += other.right[f]


def load_expected(path: Path) -> tuple[dict, list[Expected]]:
    """A file of expected records, each placed at its offsets in the text (its quote occurs once there)."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    text = (RAW / spec["file"]).read_text(encoding="utf-8")
    out = []
    for rec in spec["records"]:
        at = text.find(rec["quote"])
        if at < 0 or text.count(rec["quote"]) != 1 or rec["quote"].count(rec["expr"]) != 1:
            raise ValueError(f"{path.name}: quote {rec['quote']!r} must occur once in the text and hold {rec['expr']!r} once")
        start = at + rec["quote"].index(rec["expr"])
        out.append(Expected(start, start + len(rec["expr"]), rec))
    return spec, out


def read_languages() -> tuple[str, ...]:
    """The languages the library reads; records for any other wait for its reader."""
    from workreport.read import LANGUAGES
    return LANGUAGES


def expected_files(languages: tuple[str, ...] | None = None) -> list[Path]:
    return sorted(p for lang in (languages or read_languages()) for p in EXPECTED.glob(f"{lang}/*.json"))


def same(name: str, want, got) -> bool:
    """Field equality as a reader means it: numbers to 1e-9 relative, empty matches empty (None, NaN, '')."""
    empty_want = want is None or want == ""
    empty_got = got is None or got == "" or (isinstance(got, float) and math.isnan(got))
    if empty_want or empty_got:
        return empty_want and empty_got
    if name in ("value", "value_high"):
        return math.isclose(float(want), float(got), rel_tol=1e-9, abs_tol=1e-12)
    if name in ("period", "period_start"):
        return int(want) == int(got)
    return str(want) == str(got)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_report(expected: list[Expected], claims: list[dict], scope: str) -> Score:
    """Match each expected record to the extracted claim whose span overlaps it most, then compare fields.

    In the `headline` scope only records and claims with an indicator count; an optional record is
    neither required nor, when a claim lands on it, a false positive.
    """
    s = Score()
    in_scope = [e for e in expected if scope == "all" or e.headline]
    pool = [c for c in claims if scope == "all" or c.get("indicator")]
    s.extracted = len(pool)
    used: set[int] = set()
    for e in sorted(in_scope, key=lambda e: e.start):
        best = max((c for c in pool if id(c) not in used), default=None,
                   key=lambda c: overlap(e.start, e.end, c["start"], c["end"]))
        hit = best if best is not None and overlap(e.start, e.end, best["start"], best["end"]) > 0 else None
        if hit is not None:
            used.add(id(hit))
        if not e.required:
            continue
        s.expected += 1
        if hit is None:
            s.misses.append(e)
            continue
        s.found += 1
        for f in FIELDS:
            if same(f, e.record.get(f), hit.get(f)):
                s.right[f] += 1
            else:
                s.wrong.append((e, f, hit.get(f)))
    s.false_positives = sum(1 for c in pool if id(c) not in used)
    return s


def extracted_claims(report: Path) -> list[dict]:
    """The claims the library extracts from a report, read the way the command line reads it."""
    import workreport
    from workreport.corpus import describe

    entry = describe(report)
    known = {} if entry is None else {"report_id": entry.report_id, "year": entry.year, "place": entry.place}
    return workreport.extract(report, **known).claims.to_dict("records")


def evaluate(files: list[Path] | None = None) -> list[tuple[str, str, str, Score]]:
    """(report, role, scope, score) for every expected file; scope `headline` always, `all` where written."""
    rows = []
    for path in files or expected_files():
        spec, expected = load_expected(path)
        claims = extracted_claims(RAW / spec["file"])
        name = f"{path.parent.name}/{path.stem}"
        rows.append((name, spec["role"], "headline", score_report(expected, claims, "headline")))
        if spec["scope"] == "all":
            rows.append((name, spec["role"], "all", score_report(expected, claims, "all")))
    return rows


def table(rows: list[tuple[str, str, str, Score]], roles_by_report: tuple[str, ...] = ("development", "evaluation")) -> str:
    """Scores report by report for the texts of `roles_by_report`, then the totals of every language and role."""
    head = f"{'report':<22}{'role':<12}{'scope':<9}{'n':>4}{'recall':>8}{'prec':>7}  " + " ".join(f"{f[:8]:>8}" for f in FIELDS)
    lines = [head, "-" * len(head)]
    for name, role, scope, s in rows:
        if role not in roles_by_report:
            continue
        lines.append(f"{name:<22}{role:<12}{scope:<9}{s.expected:>4}{s.recall:>8.3f}{s.precision:>7.3f}  "
                     + " ".join(f"{s.accuracy(f):>8.3f}" for f in FIELDS))
    for lang in sorted({name.split("/")[0] for name, *_ in rows}):
        for role in ("development", "evaluation"):
            total = totals(rows, lang, role)
            lines.append(f"{'ALL ' + lang + ' ' + role:<34}{'':<9}{total.expected:>4}{total.recall:>8.3f}{total.precision:>7.3f}  "
                         + " ".join(f"{total.accuracy(f):>8.3f}" for f in FIELDS))
    return "\n".join(lines)


def totals(rows: list[tuple[str, str, str, Score]], language: str, role: str) -> Score:
    """The headline score summed over one language's texts of one role (development or evaluation)."""
    total = Score()
    for name, r, scope, s in rows:
        if name.startswith(language + "/") and r == role and scope == "headline":
            total.add(s)
    return total


def details(name: str, s: Score) -> str:
    out = [f"== {name}: {len(s.misses)} missed, {len(s.wrong)} wrong fields"]
    out += [f"  missed  {e.record['expr']!r} in {e.record['quote']!r}" for e in s.misses]
    out += [f"  {f:<12} {e.record['expr']!r}: expected {e.record.get(f)!r}, got {got!r}  ({e.record['quote']!r})"
            for e, f, got in s.wrong]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--details", nargs="*", metavar="REPORT", help="list misses and wrong fields (e.g. china-2019)")
    p.add_argument("--allow-evaluation-details", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    rows = evaluate()
    print(table(rows))
    for name, role, scope, s in rows:
        wanted = args.details is not None and (not args.details or any(d in name for d in args.details))
        if wanted and (role == "development" or args.allow_evaluation_details):
            print(details(f"{name} ({scope})", s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
