"""What the corpus notebooks (05 promise tracking, 06 targets across places) stand on: the corpus tables, built
from the report texts when they are missing, their parameters checked against what the corpus holds, and the
frames their tables and figures are drawn from.

They read the tables `workreport corpus` writes (the ledger and the reports), never the texts: a notebook on a
hundred reports then runs in seconds, and says exactly what the ledger says. The one choice made here is which
target counts when a place states several for one indicator and year (`one_per_year`).
"""
from __future__ import annotations

import contextlib
import difflib
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..contract import paths
from ..contract.errors import ParameterError, WorkReportError
from ..contract.tables import CORPUS_TABLES
from .notebook import check_choice, check_number, output_folder, resolve, shown, show_figure
from .style import indicator_label

LEVELS = ("national", "province", "city")
RATE_UNITS = ("%", "pp")                     # margins in points; every other unit as a share of the target
KEY = ["place", "indicator", "kind", "unit", "period"]
JUDGED = ("met", "missed")
NEEDED = ("reports", "ledger", "backtest", "backtest_summary")   # the tables the notebooks read
MORE, SAME, LESS = "more than its parent's", "the same as its parent's", "less than its parent's"
AMBITION_ORDER = [MORE, SAME, LESS]          # what a place's target asks beside its parent's


def about_tolerance() -> float:
    """The points either side of an 'about' target the ledger counts as met, by its default rules (the band the
    charts draw)."""
    from ..corpus.ledger import LedgerRules

    return LedgerRules().about_tolerance


def default_dir() -> Path:
    return paths.processed_dir() / "corpus"


def corpus_path(corpus_dir) -> Path:
    """The corpus tables' folder from a parameter ('' = data/processed/corpus/ in the project)."""
    if isinstance(corpus_dir, str) and not corpus_dir.strip():
        return default_dir()
    return resolve(corpus_dir, "corpus_dir")


def complete(folder: Path) -> bool:
    """Whether `folder` holds every corpus table (as `workreport corpus` writes them: all or none)."""
    return all((Path(folder) / f"{name}.parquet").is_file() for name in CORPUS_TABLES)


def build_tables(raw_dir, out: Path, *, jobs: int | None = None, quiet: bool = True) -> dict[str, pd.DataFrame]:
    """Read every report below `raw_dir` and write the corpus tables to `out` (whole or not at all), as
    `workreport corpus RAW --out OUT` does with its default rules. `quiet` keeps the progress bar out of a
    notebook's output (stored outputs must compare run to run)."""
    from ..analyse.reference import load_reference
    from ..catalogue import load_catalogue
    from ..corpus.build import corpus_tables, read_corpus
    from ..corpus.store import write_tables

    raw = resolve(raw_dir, "raw_dir")
    if not raw.exists():
        raise ParameterError(f"raw_dir {shown(raw)} does not exist; name the folder of report texts the corpus "
                             "tables are built from (data/raw in the project).")
    sink = io.StringIO()
    with contextlib.redirect_stderr(sink) if quiet else contextlib.nullcontext():
        readings = read_corpus([str(raw)], jobs=jobs)
    tables = corpus_tables(readings, catalogue=load_catalogue(), reference=load_reference())
    try:
        write_tables(tables, out)
    except WorkReportError:
        if not complete(out):     # another run wrote them meanwhile: theirs are the same tables
            raise
    return tables


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(Path(folder) / f"{name}.parquet") for name in NEEDED}


@dataclass
class CorpusRun:
    """One corpus notebook's run: the tables it reads and where its figures go."""
    tables: dict[str, pd.DataFrame]
    corpus_dir: Path
    out_dir: Path
    figure_format: str = "png"
    saved: list[Path] = field(default_factory=list)

    @property
    def ledger(self) -> pd.DataFrame:
        return self.tables["ledger"]

    @property
    def reports(self) -> pd.DataFrame:
        return self.tables["reports"]

    @property
    def backtest_summary(self) -> pd.DataFrame:
        return self.tables["backtest_summary"]

    @property
    def used(self) -> pd.DataFrame:
        """The one reading of each place and year (the Chinese original where a translation is read too)."""
        r = self.reports
        return r[r["used"].astype(bool) & (r["error"] == "") & r["year"].notna() & (r["place"] != "")]

    def describe(self) -> str:
        """What the corpus holds, the same words whether its tables were read or just built, and a warning line
        naming any report that could not be read."""
        r, led = self.reports, self.ledger
        bad = r[r["error"] != ""]
        used = self.used
        counts = led["met"].value_counts()
        years = used["year"].astype(int)
        head = (f"Corpus tables in {shown(self.corpus_dir)}/: {len(r) - len(bad)} of {len(r)} reports read, "
                f"{used['place'].nunique()} places, {years.min() if len(years) else '—'}-"
                f"{years.max() if len(years) else '—'}; the ledger holds {len(led)} targets "
                f"({counts.get('met', 0)} met, {counts.get('missed', 0)} missed, {counts.get('no result', 0)} "
                f"without a result, {counts.get('no target set', 0)} with no target set); outputs go to "
                f"{shown(self.out_dir)}/")
        warn = [f"WARNING: {len(bad)} report(s) could not be read: {', '.join(sorted(bad['report_id']))}"] if len(bad) else []
        return "\n".join([head, *warn])

    def figure(self, fig, name: str):
        path = self.out_dir / f"{name}.{self.figure_format}"
        self.saved.append(path)
        return show_figure(fig, path)


def start(corpus_dir="", raw_dir="data/raw", output_dir="", *, figure_format="png") -> CorpusRun:
    """Check the shared parameters, read the corpus tables (building them from `raw_dir` when any is missing)
    and make the output directory (default reports/corpus/)."""
    from .notebook import FIGURE_FORMATS

    check_choice("figure_format", figure_format, FIGURE_FORMATS)
    folder = corpus_path(corpus_dir)
    if not complete(folder):
        build_tables(raw_dir, folder)
    tables = read_tables(folder)
    out = output_folder(output_dir, "corpus")
    return CorpusRun(tables, folder, out, figure_format)


# ---- parameters checked against the corpus ---------------------------------------------------------------

def years_text(years) -> str:
    """2000-2015, 2017, 2019-2026: a set of years as people write it."""
    ys = sorted({int(y) for y in years})
    runs: list[list[int]] = []
    for y in ys:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def check_place(run: CorpusRun, place) -> str:
    """A place of the corpus, as the manifest names it in English (any capitalisation), or one sentence."""
    places = sorted(set(run.used["place"]))
    if isinstance(place, str):
        by_lower = {p.lower(): p for p in places}
        if place.strip().lower() in by_lower:
            return by_lower[place.strip().lower()]
    hint = difflib.get_close_matches(str(place), places, n=1)
    also = f" (did you mean {hint[0]}?)" if hint else ""
    raise ParameterError(f"parameter place must be a place of the corpus, as the manifest names it in English "
                         f"({', '.join(places)}), not {place!r}{also}.")


def check_level(level) -> str:
    return check_choice("level", level, LEVELS)


def check_parameters(values: dict) -> dict:
    """The corpus notebooks' own parameters that need no corpus to check, by name, checked as the notebooks check
    them (they call this too), so `workreport run --corpus` refuses a bad value before anything is written."""
    out = dict(values)
    for name, v in values.items():
        if name == "level":
            out[name] = check_level(v)
        elif name == "min_years":
            out[name] = check_number(name, v, minimum=1, integer=True)
        elif name == "window":
            out[name] = check_number(name, v, minimum=0.1, maximum=5)
        elif name == "year":
            out[name] = check_number(name, v, minimum=1950, maximum=2100, integer=True)
        elif name == "place" and not (isinstance(v, str) and v.strip()):
            raise ParameterError(f"parameter place must name a place of the corpus, such as Zhumadian, not {v!r}.")
    if "margin_range" in values:
        out["margin_range"] = check_number("margin_range", values["margin_range"], minimum=out.get("window", 0.1),
                                           maximum=50)
    return out


def check_year(run: CorpusRun, year, level: str) -> int:
    """A year the corpus has reports of `level` for, or one sentence naming those years."""
    year = check_number("year", year, integer=True)
    have = run.used.loc[run.used["level"] == level, "year"].astype(int)
    if year not in set(have):
        known = years_text(have) if len(have) else "none"
        raise ParameterError(f"parameter year must be a year the corpus has {level} reports of ({known}), not {year}.")
    return year


# ---- frames the tables and figures are drawn from -----------------------------------------------------------

def catalogue_order() -> dict[str, int]:
    """Indicator id -> its row in the catalogue: GDP first, as the catalogue and the README list them."""
    from ..catalogue import load_catalogue

    return {i.id: n for n, i in enumerate(load_catalogue())}


UNIT_NAMES = {"%": "%", "pp": "points", "CNY": "yuan", "USD": "US dollars"}


def measure(kind: str, unit: str) -> str:
    """What a figure measures, in a few words: 'growth, %', 'rate, %', 'amount, yuan', 'count'."""
    from .style import UNIT_WORDS

    if unit == "":
        return "count"
    unit_words = UNIT_NAMES.get(unit, UNIT_WORDS.get(unit, unit))
    kind_words = {"share": "rate", "pp_change": "change"}.get(kind, kind.replace("_", " "))
    return f"{kind_words}, {unit_words}"


def panel_name(label: str, kind: str, unit: str) -> str:
    """A chart's name for an indicator and measure: 'GDP growth, %', 'Surveyed urban unemployment rate, %'."""
    if kind == "growth":
        return f"{label} growth, {UNIT_NAMES.get(unit, unit)}"
    if kind == "share":
        return f"{label}, {UNIT_NAMES.get(unit, unit)}"
    return f"{label}, {measure(kind, unit)}"


def sort_indicators(df: pd.DataFrame, *then: str, ascending: bool | list[bool] = True) -> pd.DataFrame:
    """Rows in the catalogue's order of indicators (GDP first), then by measure and the columns `then`."""
    order = catalogue_order()
    d = df.assign(_order=[order.get(i, len(order)) for i in df["indicator"]])
    asc = [ascending] * len(then) if isinstance(ascending, bool) else list(ascending)
    d = d.sort_values(["_order", "kind", "unit", *then], ascending=[True, True, True, *asc], kind="stable")
    return d.drop(columns="_order").reset_index(drop=True)


def one_per_year(ledger: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """One ledger row per place, indicator, measure and year: where a place states several targets for one
    year, the one its own report of that year states first (else the latest report's first). The rows keep
    the ledger's columns, with `label` (the catalogue's) and `measure` added."""
    year_of = dict(zip(reports["report_id"], reports["year"]))
    d = ledger.assign(_year=[year_of.get(r) for r in ledger["target_report"]])
    d["_own"] = d["_year"] == d["period"]
    d = d.sort_values(KEY + ["_own", "_year", "target_start"], ascending=[True] * 5 + [False, False, True],
                      kind="stable")
    d = d.drop_duplicates(KEY).drop(columns=["_year", "_own"])
    d = d.assign(label=[indicator_label(i) for i in d["indicator"]],
                 measure=[measure(k, u) for k, u in zip(d["kind"], d["unit"])])
    return d.reset_index(drop=True)


def is_rate(unit) -> bool:
    return unit in RATE_UNITS


def margin_shown(margin, unit):
    """A margin on the scale people read: points for rates, percent of the target for levels and counts."""
    if pd.isna(margin):
        return float("nan")
    return float(margin) if is_rate(unit) else 100 * float(margin)


# 05: one place over the years

def place_series(run: CorpusRun, place: str) -> pd.DataFrame:
    """Every target of `place`, one per indicator, measure and year, oldest first."""
    led = run.ledger[run.ledger["place"] == place]
    return sort_indicators(one_per_year(led, run.reports), "period")


def charted(series: pd.DataFrame, min_years: int) -> pd.DataFrame:
    """The rates to chart, each a panel (column `panel`): those with an outcome in at least `min_years` years, or
    in as many years as the place's best-documented indicator has when that is fewer (a province with two
    reports has one year of outcomes); a place without any outcome charts the rates it targeted that often."""
    rates = series[series["unit"].isin(RATE_UNITS)]
    with_outcome = rates["outcome_value"].notna() & (rates["met"] != "no result")
    key = ["indicator", "kind", "unit"]
    counted = rates[with_outcome] if with_outcome.any() else rates
    years = counted.groupby(key)["period"].nunique()
    need = min(min_years, int(years.max())) if len(years) else 1
    keep = set(years[years >= need].index)
    d = rates[[k in keep for k in zip(rates["indicator"], rates["kind"], rates["unit"])]].copy()
    d["panel"] = [panel_name(lab, k, u) for lab, k, u in zip(d["label"], d["kind"], d["unit"])]
    return d.reset_index(drop=True)


SUMMARY = ["targets", "unset", "judged", "met_n", "missed", "no_result", "hit_rate", "median_margin", "worst", "best",
           "years", "rate"]


def _summary(d: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Targets, outcomes, met, missed, hit rate and margins per group of `d` (ledger rows with `label` and
    `measure`), in the catalogue's order of indicators."""
    rows = []
    for keys, g in d.groupby(by, sort=False):
        keys = keys if isinstance(keys, tuple) else (keys,)
        judged = g[g["met"].isin(JUDGED)]
        m = [margin_shown(v, u) for v, u in zip(judged["margin"], judged["unit"])]
        m = pd.Series(m, dtype=float).dropna()
        periods = g["period"].astype(int)
        rows.append(dict(zip(by, keys), targets=int((g["met"] != "no target set").sum()),
                         unset=int((g["met"] == "no target set").sum()), judged=len(judged),
                         met_n=int((g["met"] == "met").sum()), missed=int((g["met"] == "missed").sum()),
                         no_result=int((g["met"] == "no result").sum()),
                         hit_rate=100 * (g["met"] == "met").sum() / len(judged) if len(judged) else float("nan"),
                         median_margin=m.median() if len(m) else float("nan"),
                         worst=m.min() if len(m) else float("nan"), best=m.max() if len(m) else float("nan"),
                         years=f"{periods.min()}-{periods.max()}" if periods.min() != periods.max() else str(periods.min()),
                         rate=is_rate(g["unit"].iloc[0])))
    out = pd.DataFrame(rows, columns=by + SUMMARY)
    return sort_indicators(out) if len(out) else out


def hit_rates(series: pd.DataFrame) -> pd.DataFrame:
    """One row per indicator and measure of a place: targets, outcomes, met, missed, hit rate and margins
    (points for rates, percent of the target for levels), in the catalogue's order."""
    return _summary(series, ["indicator", "kind", "unit", "label", "measure"])


def growth_margins(ledger: pd.DataFrame) -> pd.DataFrame:
    """Every growth target of the ledger with an outcome, for an indicator that improves upwards (so the margin
    is the outcome minus the target, in points; a range from its low end): the bunching sample."""
    d = ledger[(ledger["kind"] == "growth") & (ledger["unit"] == "%") & (ledger["better"] == "higher")
               & ledger["met"].isin(JUDGED) & ledger["margin"].notna()]
    d = d.assign(group=["GDP" if i == "gdp" else "other indicators" for i in d["indicator"]])
    return d.reset_index(drop=True)


def window_counts(margins: pd.Series, window: float) -> tuple[int, int]:
    """(just below, at or just above): margins in [-window, 0) and in [0, window), rounded to 1e-6 so that 6.1
    minus 5.6 counts as 0.5."""
    m = margins.astype(float).round(6)
    w = round(float(window), 6)
    return int(((m >= -w) & (m < 0)).sum()), int(((m >= 0) & (m < w)).sum())


def bunching(margins: pd.DataFrame, window: float) -> pd.DataFrame:
    """Per indicator group and level: growth targets judged, how many met, how many ended just below and at or
    just above the target (within `window` points), and the ratio of the two."""
    rows = []
    groups = [("GDP", margins["indicator"] == "gdp"), ("every growth target", pd.Series(True, index=margins.index))]
    for name, mask in groups:
        for level in ("national", "province", "city", "all levels"):
            g = margins[mask & ((margins["level"] == level) if level != "all levels" else True)]
            if not len(g):
                continue
            below, above = window_counts(g["margin"], window)
            rows.append(dict(group=name, level=level, judged=len(g), met_n=int((g["met"] == "met").sum()),
                             share_met=100 * (g["met"] == "met").sum() / len(g), below=below, above=above,
                             ratio=above / below if below else float("nan")))
    return pd.DataFrame(rows, columns=["group", "level", "judged", "met_n", "share_met", "below", "above", "ratio"])


# 06: one year and level across places

def _line(row) -> float:
    """The target's line as the ledger judges it, without the 'about' tolerance: a range from the end the
    indicator improves towards first (its low end for growth, its high end for a ceiling)."""
    from ..analyse.met import threshold

    return threshold(row["target_value"], row["target_qualifier"], row["target_value_high"], better=row["better"],
                     about_tolerance=0.0)[0]


def level_targets(run: CorpusRun, year: int, level: str) -> pd.DataFrame:
    """Every target of `year` set by a place of `level` (one per indicator and measure), the ledger's row."""
    places = set(run.used.loc[(run.used["level"] == level) & (run.used["year"] == year), "place"])
    led = run.ledger[run.ledger["place"].isin(places) & (run.ledger["period"] == year)]
    return one_per_year(led, run.reports)


def unpaired(run: CorpusRun, year: int, level: str) -> list[tuple[str, str]]:
    """(place, parent) for each place of `level` with a report of `year` whose parent has none that year."""
    u = run.used
    here = u[(u["level"] == level) & (u["year"] == year)]
    have = set(u.loc[u["year"] == year, "place"])
    return sorted({(p, q) for p, q in zip(here["place"], here["parent"]) if q not in have})


def parent_pairs(run: CorpusRun, year: int, level: str) -> pd.DataFrame:
    """Each rate target of `year` of a place of `level` beside its parent's target for the same indicator,
    measure and year, where the corpus has the parent's report: `markup` is the place's line minus the parent's
    in points; `ambition` says whether that asks more or less, given the way the indicator improves."""
    own = level_targets(run, year, level)
    own = own[own["unit"].isin(RATE_UNITS) & own["target_value"].notna()]
    parents = set(own["parent"]) - {""}
    led = run.ledger[run.ledger["place"].isin(parents) & (run.ledger["period"] == year)]
    up = one_per_year(led, run.reports)
    up = up[up["target_value"].notna()]
    cols = ["place", "indicator", "kind", "unit", "target_expr", "target_value", "target_value_high",
            "target_qualifier", "better"]
    up = up[cols].rename(columns={c: f"parent_{c}" for c in cols if c not in ("indicator", "kind", "unit")})
    pairs = own.merge(up, left_on=["parent", "indicator", "kind", "unit"],
                      right_on=["parent_place", "indicator", "kind", "unit"], how="inner")
    if not len(pairs):
        return pairs.assign(line=[], parent_line=[], markup=[], ambition=[])
    pairs["line"] = [_line(r) for r in pairs.to_dict("records")]
    pairs["parent_line"] = [_line({"target_value": r["parent_target_value"], "target_qualifier": r["parent_target_qualifier"],
                                   "target_value_high": r["parent_target_value_high"], "better": r["better"]})
                            for r in pairs.to_dict("records")]
    pairs["markup"] = (pairs["line"] - pairs["parent_line"]).round(6)
    asks = [m if b == "higher" else -m for m, b in zip(pairs["markup"], pairs["better"])]
    pairs["ambition"] = [MORE if a > 0 else LESS if a < 0 else SAME for a in asks]
    return sort_indicators(pairs, "markup", "place", ascending=[False, True])


def markup_summary(pairs: pd.DataFrame) -> pd.DataFrame:
    """Per indicator and measure: places compared, how many ask more, the same or less than their parent, and
    the median and largest mark-up with its place."""
    rows = []
    for (ind, kind, unit), g in pairs.groupby(["indicator", "kind", "unit"], sort=False):
        top = g.sort_values(["markup", "place"], ascending=[False, True]).iloc[0]
        rows.append(dict(indicator=ind, kind=kind, unit=unit, measure=g["measure"].iloc[0], places=len(g),
                         more=int((g["ambition"] == MORE).sum()), same=int((g["ambition"] == SAME).sum()),
                         less=int((g["ambition"] == LESS).sum()),
                         median=g["markup"].median(), largest=top["markup"], largest_place=top["place"]))
    out = pd.DataFrame(rows, columns=["indicator", "kind", "unit", "measure", "places", "more", "same", "less", "median",
                                      "largest", "largest_place"])
    return sort_indicators(out) if len(out) else out


def year_outcomes(run: CorpusRun, year: int, level: str) -> pd.DataFrame:
    """Every target of `year` of a place of `level` beside the outcome a later report gives (the ledger's rows,
    one per indicator and measure), with the margin on the scale people read (`margin_shown`)."""
    d = level_targets(run, year, level)
    d = d.assign(margin_shown=[margin_shown(m, u) for m, u in zip(d["margin"], d["unit"])])
    return sort_indicators(d, "margin_shown", "place")


def outcome_summary(outcomes: pd.DataFrame) -> pd.DataFrame:
    """Per indicator and measure: targets of the year, outcomes, met, missed, hit rate, median margin."""
    return _summary(outcomes, ["indicator", "kind", "unit", "label", "measure"])
