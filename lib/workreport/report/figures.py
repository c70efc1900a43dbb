"""Seaborn figures for the notebooks: titled, axes labelled with units, deterministic."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg", force=False)
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

KIND_ORDER = ["growth", "pp_change", "share", "ratio_to_base", "amount", "quantity", "count", "rank", "duration"]
VERDICT_ORDER = ["already met", "on track", "stretch", "ambitious", "insufficient evidence"]
VERDICT_COLOURS = dict(zip(VERDICT_ORDER, ["#1b7837", "#5aae61", "#f1a340", "#d73027", "#999999"]))
CHANGE_COLOURS = {"raised": "#2166ac", "held": "#999999", "lowered": "#b2182b"}


def _style():
    sns.set_theme(style="whitegrid", context="notebook")


def _shorten(s: str, n: int = 38) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _hbars(d: pd.DataFrame, x: str, hue: str, order: list[str], palette, ref: float, title: str, xlabel: str,
           row_height: float, width: float = 8):
    """Horizontal bars, one per row of `d` (column 'label'), coloured by `hue`, with a reference line."""
    fig, ax = plt.subplots(figsize=(width, max(3, row_height * len(d) + 1)))
    sns.barplot(data=d, y="label", x=x, hue=hue, dodge=False, ax=ax,
                hue_order=[h for h in order if h in set(d[hue])], palette=palette)
    ax.axvline(ref, color="black", linewidth=0.8)
    ax.set(title=title, xlabel=xlabel, ylabel="")
    ax.tick_params(axis="y", labelsize=8)
    fig.tight_layout()
    return fig


def _labelled(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(label=[i or _shorten(s) for i, s in zip(d["indicator"], d["subject"])])


def claims_by_section(claims: pd.DataFrame, title: str):
    _style()
    order = sorted(claims["section"].unique(), key=lambda s: [int(p) if p.isdigit() else 0 for p in s.replace("III", "3").replace("II", "2").replace("I", "1").split(".")])
    kinds = [k for k in KIND_ORDER if k in set(claims["kind"])]
    fig, ax = plt.subplots(figsize=(10, 4.5))
    sns.countplot(data=claims, x="section", hue="kind", order=order, hue_order=kinds, ax=ax, palette="tab10")
    ax.set(title=title, xlabel="Section (part.number)", ylabel="Claims (count)")
    ax.legend(title="kind", bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    fig.tight_layout()
    return fig


def growth_bars(growth: pd.DataFrame, title: str):
    """Signed growth rates, one bar per claim, coloured by status."""
    _style()
    g = growth[growth["kind"] == "growth"].copy()
    g["label"] = [f"{_shorten(s)} ({p})" for s, p in zip(g["subject"], g["period"])]
    g = g.sort_values(["signed_value", "claim_id"], ascending=[False, True])
    return _hbars(g, "signed_value", "status", ["actual", "estimate", "target"], "Set2", 0, title,
                  "Change on the previous year (or stated base), %", 0.28, width=9)


def rates_result_vs_target(comp: pd.DataFrame, title: str):
    """Dumbbells: last year's result and this year's target for each rate indicator (percentage points)."""
    _style()
    d = _labelled(comp[comp["change_unit"] == "pp"])
    fig, ax = plt.subplots(figsize=(8, max(3, 0.45 * len(d) + 1)))
    for y, r in enumerate(d.itertuples()):
        ax.plot([r.result_value, r.target_value], [y, y], color=CHANGE_COLOURS.get(r.verdict, "grey"), linewidth=2)
    long = pd.concat([
        pd.DataFrame({"label": d["label"], "value": d["result_value"], "which": "last year's result"}),
        pd.DataFrame({"label": d["label"], "value": d["target_value"], "which": "this year's target"}),
    ])
    sns.scatterplot(data=long, x="value", y="label", hue="which", style="which", s=80, ax=ax,
                    palette={"last year's result": "#636363", "this year's target": "#e6550d"})
    ax.set(title=title, xlabel="Rate, % (growth or share; decreases as magnitudes)", ylabel="")
    ax.legend(title="", fontsize=8, loc="best")
    fig.tight_layout()
    return fig


def count_ratios(comp: pd.DataFrame, title: str):
    """Target divided by last year's result for counts and levels (1 = the same again)."""
    _style()
    d = _labelled(comp[comp["change_unit"] == "ratio"])
    d = d.sort_values(["change", "label"], ascending=[False, True])
    return _hbars(d, "change", "verdict", ["raised", "held", "lowered"], CHANGE_COLOURS, 1, title,
                  "Target / last year's result (ratio)", 0.32)


def feasibility_chart(feas: pd.DataFrame, title: str):
    """Improvement each rate target asks beyond last year's result, coloured by verdict."""
    _style()
    d = _labelled(feas[(feas["unit"] == "%") & feas["required"].notna()])
    d = d.sort_values(["required", "label"], ascending=[False, True])
    return _hbars(d, "required", "verdict", VERDICT_ORDER, VERDICT_COLOURS, 0, title,
                  "Improvement asked beyond last year's result, percentage points", 0.4)


def backtest_chart(bt: pd.DataFrame, targets: pd.Series, title: str):
    """Each backtested target beside its outcome."""
    _style()
    d = bt.assign(target=targets.values)
    long = pd.concat([
        pd.DataFrame({"indicator": d["indicator"], "value": d["target"], "which": "target"}),
        pd.DataFrame({"indicator": d["indicator"], "value": d["outcome"], "which": "outcome"}),
    ])
    fig, ax = plt.subplots(figsize=(7, 3.5))
    sns.barplot(data=long, x="value", y="indicator", hue="which", ax=ax, palette={"target": "#e6550d", "outcome": "#3182bd"})
    ax.set(title=title, xlabel="Growth, %", ylabel="")
    ax.legend(title="", fontsize=8)
    fig.tight_layout()
    return fig
