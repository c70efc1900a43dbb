"""Figures of the corpus notebooks, for a paper: a place's targets and outcomes over the years, the margins of
the whole corpus around zero, and each place's target against its parent's. Seaborn on the theme, fonts and
colours every figure shares (report/figures.py, report/style.py); deterministic (no jitter, no random layout);
values written where a reader would look them up; an outlier drawn at the edge with its value written.
"""
from __future__ import annotations

import math

from .figures import _hbars, _style, off_scale_limit, short, wrap_label   # first: it picks the Agg backend

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch, Rectangle  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from .corpus import AMBITION_ORDER, panel_name  # noqa: E402
from .style import MET_COLOURS, MET_ORDER, SERIES_COLOURS  # noqa: E402
from .tables import signed  # noqa: E402

TARGET = SERIES_COLOURS["target"]
HALF = 0.38          # half the width of a year's target mark
AMBITION_COLOURS = dict(zip(AMBITION_ORDER, ["#2166ac", "#999999", "#b2182b"]))
GROUP_COLOURS = {"GDP": "#e6550d", "other indicators": "#9ecae1"}


# ---- 05: one place's targets and outcomes over the years ---------------------------------------------------

def _target_marks(ax, rows: pd.DataFrame, about_tolerance: float) -> None:
    """Each year's target as a short line, a range as a band between its ends, 'about' as a lighter band of the
    tolerance either side."""
    for r in rows.itertuples():
        if pd.isna(r.target_value):
            continue
        x0 = r.period - HALF
        if r.target_qualifier == "about":
            ax.add_patch(Rectangle((x0, r.target_value - about_tolerance), 2 * HALF, 2 * about_tolerance,
                                   facecolor=TARGET, alpha=0.16, linewidth=0, zorder=1))
        if pd.notna(r.target_value_high):
            lo, hi = sorted((r.target_value, r.target_value_high))
            ax.add_patch(Rectangle((x0, lo), 2 * HALF, hi - lo, facecolor=TARGET, alpha=0.4, linewidth=0, zorder=1))
            ax.plot([x0, x0 + 2 * HALF], [hi, hi], color=TARGET, linewidth=1.6, zorder=2)
        ax.plot([x0, x0 + 2 * HALF], [r.target_value, r.target_value], color=TARGET, linewidth=2.2, zorder=2)


def _outcomes(ax, rows: pd.DataFrame, limit: float | None) -> None:
    """Outcomes as points coloured by the ledger's verdict, joined year to year (a gap where a year has none);
    an outcome beyond `limit` drawn at the edge as a triangle with its value written."""
    years = range(int(rows["period"].min()), int(rows["period"].max()) + 1)
    line = rows.set_index("period")["outcome_value"].reindex(years)
    drawn = line if limit is None else line.clip(-limit, limit)
    ax.plot(list(years), drawn.tolist(), color="#969696", linewidth=0.8, zorder=2)
    o = rows[rows["outcome_value"].notna()].copy()
    o["drawn"] = o["outcome_value"] if limit is None else o["outcome_value"].clip(-limit, limit)
    off = o["drawn"] != o["outcome_value"]
    inside = o[~off]
    if len(inside):
        sns.scatterplot(data=inside, x="period", y="drawn", hue="met", hue_order=MET_ORDER, palette=MET_COLOURS, s=30,
                        ax=ax, legend=False, zorder=3, edgecolor="white", linewidth=0.5)
    for r in o[off].itertuples():
        up = r.outcome_value > 0
        ax.scatter([r.period], [r.drawn], marker="^" if up else "v", s=40, color=MET_COLOURS.get(r.met, "#777777"),
                   zorder=3)
        ax.annotate(short(r.outcome_value), (r.period, r.drawn), xytext=(4, -8 if up else 4),
                    textcoords="offset points", fontsize=7, ha="left")


def promise_chart(rows: pd.DataFrame, title: str, about_tolerance: float):
    """One panel per indicator (rows of `corpus.charted`, column `panel`, in order), years on x: each year's
    target band and the outcome a later report gives, met green and missed red."""
    _style()
    panels = list(dict.fromkeys(rows["panel"]))
    fig, axes, cols, height = _panel_grid(len(panels))
    years = int(rows["period"].min()), int(rows["period"].max())
    for ax, panel in zip(axes.flat, panels):
        _promise_panel(ax, rows[rows["panel"] == panel], panel, years, about_tolerance)
    for ax in list(axes.flat)[len(panels):]:
        ax.set_visible(False)
    handles = _promise_handles(rows, about_tolerance)
    # room above the panels first, then the title and legend put there (tight_layout would pad a suptitle twice)
    fig.tight_layout(rect=(0, 0, 1, 1 - (0.75 if cols > 1 else 1.1) / height))
    fig.suptitle(title, fontsize=12, y=1 - 0.08 / height, va="top")
    fig.legend(handles=handles, loc="upper center", ncol=min(len(handles), 6 if cols > 1 else 2), fontsize=8,
               frameon=False, bbox_to_anchor=(0.5, 1 - 0.38 / height))
    return fig


def _panel_grid(n: int):
    """Up to three panels a row sharing the years' axis, with an inch above them for the title and legend."""
    cols = min(3, n)
    nrows = math.ceil(n / cols)
    height = 2.9 * nrows + 1.0                   # inches: the panels, then the title and legend above them
    fig, axes = plt.subplots(nrows, cols, figsize=(4.3 * cols, height), squeeze=False, sharex=True)
    return fig, axes, cols, height


def _promise_panel(ax, d: pd.DataFrame, panel: str, years: tuple[int, int], about_tolerance: float) -> None:
    """One indicator's panel: a scale an outlier does not squash, and the chart's years on x so panels line up."""
    values = pd.concat([d["target_value"], d["target_value_high"], d["outcome_value"]]).dropna()
    limit = off_scale_limit(values)
    _target_marks(ax, d, about_tolerance)
    if d["outcome_value"].notna().any():
        _outcomes(ax, d, limit)
    if limit is not None:
        ax.set_ylim(max(-limit, values.min() - 1) if values.min() < 0 else None, limit * 1.05)
    ax.set_title(wrap_label(panel, 40), fontsize=9)
    ax.set(xlabel="", ylabel="%")
    ax.set_xlim(years[0] - 0.7, years[1] + 0.7)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.tick_params(labelsize=8)
    ax.tick_params(axis="x", labelbottom=True)


def _promise_handles(rows: pd.DataFrame, about_tolerance: float) -> list:
    """Legend entries for only the marks drawn: a range, an 'about' band, each verdict present."""
    present = [m for m in MET_ORDER if m in set(rows.loc[rows["outcome_value"].notna(), "met"])]
    handles = [Line2D([], [], color=TARGET, linewidth=2.2, label="target as written")]
    if rows["target_value_high"].notna().any():
        handles.append(Patch(facecolor=TARGET, alpha=0.4, label="target range"))
    if (rows["target_qualifier"] == "about").any():
        handles.append(Patch(facecolor=TARGET, alpha=0.16, label=f"'about': ±{short(about_tolerance)} points met"))
    handles += [Line2D([], [], marker="o", linestyle="", color=MET_COLOURS[m], label=f"outcome: {m}") for m in present]
    return handles


# ---- 05: the corpus's margins around zero ------------------------------------------------------------------

def margin_histogram(margins: pd.DataFrame, window: float, limit: float, title: str):
    """Margins of growth targets (outcome minus target, points), in bins `window` wide with an edge at zero,
    stacked GDP and other indicators, each bar's count written; margins beyond ±`limit` go into the end bins,
    which say how many they hold. The bins just below and at or just above zero are shaded."""
    _style()
    edge = max(1, math.ceil(round(limit / window, 6)))
    k = [math.floor(round(m / window, 6)) for m in margins["margin"].astype(float)]
    k = [min(max(i, -edge), edge - 1) for i in k]
    d = margins.assign(bin=k, centre=[(i + 0.5) * window for i in k])
    fig, ax = plt.subplots(figsize=(10, 4.8))
    ax.axvspan(-window, 0, color=MET_COLOURS["missed"], alpha=0.08, zorder=0)
    ax.axvspan(0, window, color=MET_COLOURS["met"], alpha=0.08, zorder=0)
    groups = [g for g in GROUP_COLOURS if g in set(d["group"])]
    sns.histplot(data=d, x="centre", hue="group", hue_order=groups, palette=GROUP_COLOURS, multiple="stack",
                 bins=[i * window for i in range(-edge, edge + 1)], ax=ax, alpha=1, edgecolor="white", linewidth=0.6,
                 legend=False)
    totals = d.groupby("bin").size()
    top = totals.max() if len(totals) else 1
    beyond = {-edge: int((margins["margin"] < -edge * window).sum()), edge - 1: int((margins["margin"] >= edge * window).sum())}
    for b, n in totals.items():
        more = beyond.get(b, 0)
        if more:   # an end bin: its count, and how many of them lie beyond the axis, written inwards
            inwards = "left" if b < 0 else "right"
            x = b * window + (0.05 * window if b < 0 else 0.95 * window)
            ax.text(x, n + top * 0.01, f"{int(n)}\n(with {more} beyond {'−' if b < 0 else '+'}{short(edge * window)})",
                    ha=inwards, va="bottom", fontsize=7, multialignment=inwards)
        else:
            ax.text((b + 0.5) * window, n + top * 0.01, str(int(n)), ha="center", va="bottom", fontsize=8)
    ax.axvline(0, color="black", linewidth=0.9)
    ax.set_ylim(0, top * 1.22 + 1)
    ax.set_xlim(-edge * window, edge * window)
    handles = [Patch(color=GROUP_COLOURS[g], label=f"{g} growth" if g == "GDP" else g) for g in groups]
    handles += [Patch(facecolor=MET_COLOURS["missed"], alpha=0.15, label=f"just below the target (−{short(window)} to 0)"),
                Patch(facecolor=MET_COLOURS["met"], alpha=0.15, label=f"at or just above (0 to +{short(window)})")]
    ax.legend(handles=handles, fontsize=8, loc="upper left", frameon=True)
    ax.set(title=title, xlabel="Outcome minus target, percentage points (a range from its low end)",
           ylabel="Targets (count)")
    fig.tight_layout()
    return fig


# ---- 06: each place's target against its parent's ----------------------------------------------------------

def markup_bars(pairs: pd.DataFrame, title: str):
    """One indicator: each place's target minus its parent's, in points, a bar per place (largest first), its
    value written, coloured by whether it asks more, the same or less than the parent's."""
    _style()
    d = pairs.sort_values(["markup", "place"], ascending=[False, True]).assign(label=lambda x: x["place"])
    return _hbars(d, "markup", "ambition", AMBITION_ORDER, AMBITION_COLOURS, 0, title,
                  "Place's target minus its parent's, percentage points", lambda v: signed(v, " pp"),
                  "The place's target asks", width=8)


def markup_distribution(pairs: pd.DataFrame, title: str):
    """Every indicator with a pair: how many places set their target how far from their parent's (a dot per
    distinct mark-up, its size and written number the count of places), GDP first."""
    _style()
    d = pairs.assign(row=[panel_name(lab, k, u) for lab, k, u in zip(pairs["label"], pairs["kind"], pairs["unit"])])
    rows = list(dict.fromkeys(d["row"]))
    counts = d.groupby(["row", "markup", "ambition"], sort=False).size().reset_index(name="places")
    counts["y"] = [rows.index(r) for r in counts["row"]]
    fig, ax = plt.subplots(figsize=(9, 0.62 * len(rows) + 1.8))
    ax.axvline(0, color="black", linewidth=0.8)
    sns.scatterplot(data=counts, x="markup", y="y", hue="ambition", hue_order=[a for a in AMBITION_ORDER
                    if a in set(counts["ambition"])], palette=AMBITION_COLOURS, size="places", sizes=(130, 650),
                    size_norm=(1, max(2, counts["places"].max())), ax=ax, legend=False, alpha=0.85,
                    edgecolor="white", linewidth=0.8, zorder=3)
    for r in counts.itertuples():
        ax.text(r.markup, r.y, str(r.places), ha="center", va="center", fontsize=7, color="white",
                fontweight="bold", zorder=4)
    ax.set_yticks(range(len(rows)), [wrap_label(r, 40) for r in rows])
    ax.set_ylim(len(rows) - 0.5, -0.6)
    lo, hi = min(0, counts["markup"].min()), max(0, counts["markup"].max())
    pad = max(0.5, 0.12 * (hi - lo))
    ax.set_xlim(lo - pad, hi + pad)
    present = [a for a in AMBITION_ORDER if a in set(counts["ambition"])]
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=AMBITION_COLOURS[a], label=a) for a in present]
    ax.legend(handles=handles, title="The place's target asks", fontsize=8, title_fontsize=9, loc="upper left",
              bbox_to_anchor=(1.01, 1), frameon=True)
    ax.set(title=title, xlabel="Place's target minus its parent's, percentage points (number: places)", ylabel="")
    ax.tick_params(axis="y", labelsize=8)
    fig.tight_layout()
    return fig


def outcome_bars(outcomes: pd.DataFrame, title: str, xlabel: str):
    """One indicator: each place's outcome beyond its target (negative: short of it), a bar per place coloured
    met or missed, its value written, the misses at the bottom; an outlier cut at the edge with its value."""
    _style()
    d = outcomes[outcomes["met"].isin(["met", "missed"])]
    d = d.sort_values(["margin_shown", "place"], ascending=[False, True]).assign(label=lambda x: x["place"])
    rate = d["unit"].isin(["%", "pp"]).all()
    return _hbars(d, "margin_shown", "met", MET_ORDER, MET_COLOURS, 0, title, xlabel,
                  (lambda v: signed(v, " pp")) if rate else (lambda v: signed(v, "%")), "Target", width=8)
