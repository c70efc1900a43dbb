"""The README's dataset section, written from the schema so documentation and validation never drift.

`python -m workreport.docs` rewrites the section between the markers; a test checks it is current.
"""
from __future__ import annotations

import sys

from ..contract import paths, schema
from ..contract.tables import CORPUS_TABLES, TABLES

START, END = "<!-- datasets:start -->", "<!-- datasets:end -->"
ORDER = ["claims", "mentions", "sections", "comparisons", "feasibility", "consistency", "growth", "implied_levels",
         "estimates", "backtest", "backtest_summary", "reference"]
FILES = {"reference": "data/reference/facts.csv"}
# the tables of `workreport corpus ... --out DIR`, one row per report, target, result, ledger pair or backtest row
CORPUS_ORDER = [name for name in ("reports", "targets", "results", "ledger", "disagreements", "backtest",
                                  "backtest_summary") if name in CORPUS_TABLES]


def _section(heading: str, where: str, t) -> str:
    return f"### {heading}\n\n{where}: {t.description} Primary key: {', '.join(t.key)}.\n\n{schema.markdown(t)}\n"


def datasets_markdown() -> str:
    """Every per-report table, then every corpus table; a corpus table named like a per-report one (the
    backtest) is headed as the corpus's."""
    parts = []
    for name in ORDER:
        where = FILES.get(name, f"`DIR/{name}.csv`")
        parts.append(_section(name, where if where.startswith("`") else f"`{where}`", TABLES[name]))
    for name in CORPUS_ORDER:
        heading = f"{name} (corpus)" if name in TABLES else name
        parts.append(_section(heading, f"`CORPUS_DIR/{name}.csv` (and `.parquet`)", CORPUS_TABLES[name]))
    return "\n".join(parts)


def main() -> int:
    """Rewrites the README's dataset section from the contract, so the documented columns are the ones written."""
    readme = paths.project_root() / "README.md"
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"README.md lacks the markers {START} ... {END}", file=sys.stderr)
        return 2
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{datasets_markdown()}{END}{tail}", encoding="utf-8")
    print("README.md dataset section rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
