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
from ..corpus import extract_report
from ..read import LANGUAGES
from ..read.datasets import Extraction, write_datasets

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
        """Which report this is, where outputs go, and a warning line for anything the reader could not establish
        (parts not recognised, a targets paragraph the text lacks), so every notebook says so at its top."""
        d = self.extraction.document
        head = (f"Report {d.report_id} ({d.place or 'place unknown'}, {d.year or 'year unknown'}) "
                f"read from {shown(self.report_path)}; outputs go to {shown(self.out_dir)}/")
        return "\n".join([head, *(f"WARNING: {note}" for note in self.extraction.warnings)])

    @property
    def name(self) -> str:
        """The report as people name it: 'Dalian 2024' (its id when place or year is unknown)."""
        return self.extraction.name

    def figure(self, fig, name: str):
        """Save a figure beside the executed notebook (PNG at 150 dpi) and return it for inline display."""
        path = self.out_dir / f"{name}.{self.figure_format}"
        self.saved.append(path)
        return show_figure(fig, path)

    def save_tables(self, tables: dict[str, pd.DataFrame], subdir: str = "datasets") -> str:
        written = write_datasets(tables, self.out_dir / subdir)
        return f"wrote {len(written)} tables to {shown(self.out_dir / subdir)}/: " + ", ".join(p.name for p in written)


def show_figure(fig, path: Path):
    """Save a figure to `path` (its suffix is the format; PNG at 150 dpi, no software or date stamped in, the
    title as its metadata) and return what displays it inline: every notebook, per report or corpus, saves
    its figures alike."""
    import matplotlib.pyplot as plt
    from IPython.display import SVG, Image

    from .figures import DPI

    figure_format = path.suffix.lstrip(".")
    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}[figure_format]
    title = fig.get_suptitle() or (fig.axes[0].get_title() if fig.axes else "")
    if title:
        metadata = dict(metadata, Title=title)
    fig.savefig(path, dpi=DPI, bbox_inches="tight", metadata=metadata)
    plt.close(fig)
    if figure_format == "png":
        from PIL import Image as PILImage

        with PILImage.open(path) as im:
            width = im.width
        return Image(filename=str(path), width=round(width * 96 / DPI), alt=title or path.stem)   # sharp: 150 dpi shown at 96 px per inch
    if figure_format == "svg":
        return SVG(filename=str(path))
    return f"saved {shown(path)}"


def check_injected(namespace: dict | None = None) -> None:
    """With plain papermill, name a -p value this notebook does not declare (papermill injects every value it
    is given, so a misspelled name would otherwise be ignored in silence)."""
    import ast
    import difflib

    if namespace is None:
        try:
            namespace = get_ipython().user_ns  # noqa: F821 -- defined inside a kernel
        except NameError:
            return
    history = list(namespace.get("In") or [])
    injected = [i for i, src in enumerate(history) if src.lstrip().startswith("# Parameters")]
    if not injected or injected[-1] < 1:
        return

    def names(src: str) -> list[str]:
        try:
            tree = ast.parse(src)
        except SyntaxError:
            return []
        return [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)]

    at = injected[-1]
    declared = names(history[at - 1])
    unknown = [n for n in names(history[at]) if n not in declared]
    if unknown and declared:
        hint = difflib.get_close_matches(unknown[0], declared, n=1)
        also = f" (did you mean {hint[0]}?)" if hint else ""
        raise ParameterError(f"unknown parameter {unknown[0]}{also}; this notebook takes {', '.join(declared)}.")


def start(report_path, output_dir="", *, figure_format="png", report_id="", year=0, notebook="",
          language="") -> Run:
    """Check the shared parameters, read and extract the report, and make the output directory."""
    check_parameters({"figure_format": figure_format, "report_id": report_id, "year": year, "language": language})
    year = int(year)
    path = resolve(report_path, "report_path")
    try:
        ex = extract_report(path, report_id=report_id or None, year=year or None, language=language or None)
    except ReportInputError as exc:
        raise ParameterError(f"report_path: {exc}") from None
    out = output_folder(output_dir, ex.report_id)
    return Run(ex, path, out, figure_format)


def output_folder(output_dir, default_name: str) -> Path:
    """The notebook's output folder, made: `output_dir`, or reports/<default_name>/ when it is empty."""
    if output_dir is None or (isinstance(output_dir, str) and not output_dir.strip()):
        out = paths.reports_dir() / default_name
    else:
        out = resolve(output_dir, "output_dir")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ParameterError(f"output_dir {out} cannot be created ({exc.strerror}); choose a writable directory.") from None
    return out


# ---- readable tables -------------------------------------------------------------------------

def number(v) -> str:
    """A number in words people read: 1.08 billion, 51,181, 2.5."""
    if v is None or pd.isna(v):
        return "—"
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{v / size:,.2f} {word}"
    return f"{v:,.0f}" if abs(v) >= 100 or float(v).is_integer() else f"{v:,.2f}"


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
        from ..contract.tables import REFERENCE
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REFERENCE.columns})
    return load_reference(resolve(reference_path, "reference_path"))


def corpus_table(folder: Path, name: str) -> pd.DataFrame | None:
    """One corpus table (`ledger`, `targets`) from a folder `workreport corpus --out` wrote: the parquet copy
    (typed) where there is one, else the CSV with its text columns empty rather than NaN; None without either."""
    from ..contract.tables import CORPUS_TABLES

    if (folder / f"{name}.parquet").is_file():
        return pd.read_parquet(folder / f"{name}.parquet")
    if not (folder / f"{name}.csv").is_file():
        return None
    df = pd.read_csv(folder / f"{name}.csv")
    for f in CORPUS_TABLES[name].fields:
        if f.dtype == "str" and f.name in df.columns:
            df[f.name] = df[f.name].fillna("").astype(str)
    return df


def corpus_record(record_dir="", year=None) -> dict:
    """The corpus ledger and targets a report of `year` is read against (its place's earlier targets and
    outcomes; its parent's and the nation's targets), as `assess_targets(record=..., hierarchy=...)` takes
    them; both None when `record_dir` is '' or holds no corpus tables, so a report is judged as before.
    The ledger is cut at the report's year (`record.as_of`, the years from the corpus `reports` table), as
    the corpus backtest cuts it, so a report is never judged with a figure published after it; without a
    year (or a reports table) nothing can be shown to have been known then, and the record is None."""
    from ..analyse.record import as_of

    if isinstance(record_dir, str) and not record_dir.strip():
        return dict(record=None, hierarchy=None)
    folder = resolve(record_dir, "record_dir")
    ledger, reports = corpus_table(folder, "ledger"), corpus_table(folder, "reports")
    if ledger is not None and (not year or reports is None):
        ledger = None
    elif ledger is not None:
        ledger = as_of(ledger, int(year), dict(zip(reports["report_id"], reports["year"])))
    return dict(record=ledger, hierarchy=corpus_table(folder, "targets"))


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
        elif name == "language" and v:
            check_choice(name, v, LANGUAGES)
    thresholds = {k: values[k] for k in _RULE_NAMES if k in values}
    if thresholds:
        rules(**thresholds)
