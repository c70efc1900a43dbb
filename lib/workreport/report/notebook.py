"""What the notebooks share: parameter checks, locating the report, saving figures, readable tables.

Notebooks stay thin: narrative, parameters, calls into these helpers, a table or
a figure. Paths are resolved against the project root so a notebook runs the
same from JupyterLab in notebooks/, from papermill at the root, or from anywhere.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..contract import paths
from ..contract.errors import ParameterError, ReportInputError
from ..read.datasets import Extraction, extract, write_datasets

FIGURE_FORMATS = ("png", "svg", "pdf")


def check_number(name: str, value, *, minimum: float | None = None, maximum: float | None = None,
                 integer: bool = False) -> float:
    """A numeric parameter, or ParameterError saying what is wrong with it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (isinstance(value, float) and math.isnan(value)):
        raise ParameterError(f"parameter {name} must be a number, not {value!r}.")
    if integer and int(value) != value:
        raise ParameterError(f"parameter {name} must be a whole number, not {value!r}.")
    if minimum is not None and value < minimum:
        raise ParameterError(f"parameter {name} must be at least {minimum:g}, not {value!r}.")
    if maximum is not None and value > maximum:
        raise ParameterError(f"parameter {name} must be at most {maximum:g}, not {value!r}.")
    return int(value) if integer else float(value)


def check_choice(name: str, value, choices) -> str:
    if value not in choices:
        raise ParameterError(f"parameter {name} must be one of {', '.join(map(str, choices))}, not {value!r}.")
    return value


def check_list(name: str, value) -> list[str]:
    """A comma-separated string or a list of strings ('' = everything)."""
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise ParameterError(f"parameter {name} must be a comma-separated string or a list of names, not {value!r}.")


def resolve(path: str | Path, what: str) -> Path:
    """A path as given if it exists from here, else relative to the project root."""
    if not isinstance(path, (str, Path)) or not str(path).strip():
        raise ParameterError(f"parameter {what} must be a path, not {path!r}.")
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p
    root = paths.project_root()
    return root / p if root is not None else p


def shown(path: Path) -> str:
    """A path as printed in notebook output: relative to the project root, so runs compare across machines."""
    root = paths.project_root()
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix() if root else Path(path).name
    except ValueError:
        return Path(path).name


@dataclass
class Run:
    """One notebook run on one report: the extraction and where outputs go."""
    extraction: Extraction
    report_path: Path
    out_dir: Path
    figure_format: str = "png"
    saved: list[Path] = field(default_factory=list)

    @property
    def claims(self) -> pd.DataFrame:
        return self.extraction.claims

    @property
    def report_id(self) -> str:
        return self.extraction.report_id

    def describe(self) -> str:
        d = self.extraction.document
        return (f"Report {d.report_id} ({d.place or 'place unknown'}, {d.year or 'year unknown'}) "
                f"read from {shown(self.report_path)}; outputs go to {shown(self.out_dir)}/")

    def figure(self, fig, name: str):
        """Save a figure beside the executed notebook and return it as an image for display."""
        import matplotlib.pyplot as plt
        from IPython.display import SVG, Image

        path = self.out_dir / f"{name}.{self.figure_format}"
        fig.savefig(path, dpi=110, bbox_inches="tight", metadata={"Date": None} if self.figure_format == "png" else None)
        plt.close(fig)
        self.saved.append(path)
        if self.figure_format == "png":
            return Image(filename=str(path))
        if self.figure_format == "svg":
            return SVG(filename=str(path))
        return f"saved {shown(path)}"

    def save_tables(self, tables: dict[str, pd.DataFrame], subdir: str = "datasets") -> str:
        written = write_datasets(tables, self.out_dir / subdir)
        return f"wrote {len(written)} tables to {shown(self.out_dir / subdir)}/: " + ", ".join(p.name for p in written)


def start(report_path, output_dir="", *, figure_format="png", report_id="", year=0, notebook="") -> Run:
    """Check the shared parameters, read and extract the report, and make the output directory."""
    check_parameters({"figure_format": figure_format, "report_id": report_id, "year": year})
    year = int(year)
    path = resolve(report_path, "report_path")
    try:
        ex = extract(path, report_id=report_id or None, year=year or None)
    except ReportInputError as exc:
        raise ParameterError(f"report_path: {exc}") from None
    if output_dir is None or (isinstance(output_dir, str) and not output_dir.strip()):
        out = paths.reports_dir() / ex.report_id
    else:
        out = resolve(output_dir, "output_dir")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ParameterError(f"output_dir {out} cannot be created ({exc.strerror}); choose a writable directory.") from None
    return Run(ex, path, out, figure_format)


# ---- readable tables -------------------------------------------------------------------------

def pct(v, digits: int = 1) -> str:
    return "" if v is None or pd.isna(v) else f"{v:.{digits}f}%"


def signed_pp(v, digits: int = 1) -> str:
    return "" if v is None or pd.isna(v) else f"{v:+.{digits}f} pp"


def number(v) -> str:
    if v is None or pd.isna(v):
        return ""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{v / size:,.2f} {word}"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"


def ratio(v) -> str:
    return "" if v is None or pd.isna(v) else f"x{v:.2f}"


def coverage(ex: Extraction) -> pd.DataFrame:
    """Mentions by role and type, with the digits each covers: nothing silently dropped."""
    m = ex.mentions.copy()
    m["type"] = m["nonclaim_type"].where(m["role"] == "non_claim", "claim")
    m["digits"] = [sum(ch.isdecimal() for ch in t) for t in m["text"]]
    t = m.groupby(["role", "type"], sort=True).agg(mentions=("mention_id", "size"), digits=("digits", "sum")).reset_index()
    total_digits = sum(ch.isdecimal() for ch in ex.text)
    t.loc[len(t)] = ["all", "all", int(t["mentions"].sum()), int(t["digits"].sum())]
    t["share_of_digits"] = [pct(100 * d / total_digits if total_digits else 0) for d in t["digits"]]
    return t


def claims_view(claims: pd.DataFrame, rows: int | None = None) -> pd.DataFrame:
    """The claims table as a reader wants it: value with unit, hedges spelled out, sorted by position."""
    v = claims.sort_values("claim_id")
    out = pd.DataFrame({
        "id": v["claim_id"], "section": v["section"], "status": v["status"], "kind": v["kind"],
        "expr": v["expr"], "value": [number(x) for x in v["value"]], "unit": v["unit"],
        "qualifier": v["qualifier"], "direction": v["direction"], "period": v["period"],
        "subject": v["subject"], "indicator": v["indicator"], "offsets": [f"{a}-{b}" for a, b in zip(v["start"], v["end"])],
    })
    return out.head(rows) if rows else out


def headline_view(claims: pd.DataFrame) -> pd.DataFrame:
    h = claims[claims["indicator"] != ""].sort_values(["indicator", "period", "claim_id"])
    return pd.DataFrame({"indicator": h["indicator"], "period": h["period"], "status": h["status"], "expr": h["expr"],
                         "kind": h["kind"], "direction": h["direction"], "base": h["base_period"].astype("string").fillna(""),
                         "offsets": [f"{a}-{b}" for a, b in zip(h["start"], h["end"])]}).reset_index(drop=True)


def markdown_list(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def rules(**thresholds):
    """Feasibility rules from notebook parameters, with one clear sentence for a bad value."""
    from ..analyse.feasibility import Rules

    for name, value in thresholds.items():
        check_number(name, value, minimum=0)
    try:
        return Rules(**thresholds)
    except (TypeError, ValueError) as exc:
        raise ParameterError(f"feasibility parameters: {exc}.") from None


def reference(reference_path):
    """The curated reference table from a notebook parameter ('' = none)."""
    from ..analyse.reference import load_reference

    if isinstance(reference_path, str) and not reference_path.strip():
        from .reference import REFERENCE
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REFERENCE.columns})
    return load_reference(resolve(reference_path, "reference_path"))


def check_indicators(value) -> list[str]:
    """Indicator ids from a parameter, each one known to the catalogue."""
    from ..catalogue import load_catalogue

    wanted = check_list("indicators", value)
    known = sorted(i.id for i in load_catalogue())
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise ParameterError(f"parameter indicators names unknown ids {unknown}; known ids: {', '.join(known)}.")
    return wanted


_RULE_NAMES = ("hold_pp", "stretch_pp", "hold_ratio", "stretch_ratio", "min_hit_rate", "min_record", "about_tolerance",
               "max_base_age")


def check_parameters(values: dict) -> None:
    """Check notebook parameters by name, the same way the notebooks do, so a batch run can refuse
    a bad value before anything is written."""
    for name, v in values.items():
        if name in ("top_n", "preview_rows"):
            check_number(name, v, minimum=1, integer=True)
        elif name == "figure_format":
            check_choice(name, v, FIGURE_FORMATS)
        elif name == "min_similarity":
            check_number(name, v, minimum=0, maximum=1)
        elif name == "indicators":
            check_indicators(v)
        elif name == "report_id" and not isinstance(v, str):
            raise ParameterError(f"parameter report_id must be text, not {v!r}.")
        elif name == "year":
            year = check_number(name, v, minimum=0, maximum=2100, integer=True)
            if year and year < 1950:
                raise ParameterError(f"parameter year must be a report year such as 2024 (or 0 to read it from the text), not {year}.")
        elif name == "reference_path":
            reference(v)
    thresholds = {k: values[k] for k in _RULE_NAMES if k in values}
    if thresholds:
        rules(**thresholds)
