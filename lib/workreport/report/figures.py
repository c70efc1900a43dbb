"""Seaborn figures for people: human labels wrapped at word boundaries, a value on every bar, fixed colours
per kind, status and verdict (report/style.py), a legend for every colour, and scales that one outlier does
not flatten (its bar is cut at the edge, hatched and labelled with its value). Deterministic output.

Chinese reports: an indicator the catalogue knows is named by its English label; anything else by its
subject as the report writes it, in Chinese, drawn with Noto Sans CJK (report/style.py) where the default
font has no glyph, and wrapped between characters, since Chinese has no spaces to break at.
"""
from __future__ import annotations

import dataclasses
import math
import re
import textwrap

import matplotlib

matplotlib.use("Agg", force=False)
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from .style import (CHANGE_COLOURS, CHANGE_ORDER, CJK_FAMILY, KIND_COLOURS, KIND_ORDER,  # noqa: E402
                    SERIES_COLOURS, STATUS_COLOURS, STATUS_ORDER, VERDICT_COLOURS, VERDICT_ORDER, cjk_font_path,
                    name_of, words)
from .tables import signed  # noqa: E402

OUTLIER_FACTOR = 4.0   # a value more than this many times the upper quartile (by size) is drawn off scale
DPI = 150


def _style():
    sns.set_theme(style="whitegrid", context="notebook")
    plt.rcParams["font.family"] = font_families()
    plt.rcParams["svg.hashsalt"] = "workreport"   # stable ids in SVG output
    plt.rcParams["figure.dpi"] = DPI


def font_families() -> list[str]:
    """Seaborn's sans-serif first, so Latin text looks as it always has, then Noto Sans CJK SC for the glyphs
    it lacks (Chinese subjects). The font is registered from its package on first use, once per process.

    The collection has one weight, so it is registered for bold text as well: bold Chinese is drawn regular,
    and matplotlib does not log 'Failed to find font weight bold' into every notebook that has a bold label."""
    from matplotlib import font_manager

    path = cjk_font_path()
    if path is None:
        return ["sans-serif"]
    fm = font_manager.fontManager
    if CJK_FAMILY not in fm.get_font_names():
        fm.addfont(path)
        fm.ttflist += [dataclasses.replace(f, weight=700) for f in fm.ttflist if f.name == CJK_FAMILY]
    return ["sans-serif", CJK_FAMILY]


# Characters drawn twice as wide as a Latin letter, between any two of which Chinese text may break.
_WIDE = "\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_NO_LINE_START = "，。、；：！？）》」』】〕”’％"   # closing marks stay with what they close
_NO_LINE_END = "（《「『【〔“‘"                     # opening marks stay with what they open
_PIECE = re.compile(rf"(\s*)([{_NO_LINE_END}]*(?:[{_WIDE}]|[^\s{_WIDE}]+)[{_NO_LINE_START}]*)")


def _width(s: str) -> int:
    return sum(2 if re.match(f"[{_WIDE}]", ch) else 1 for ch in s)


def _joined(pieces: list[tuple[str, str]]) -> str:
    return "".join((" " if space and i else "") + piece for i, (space, piece) in enumerate(pieces))


def _wrap_wide(s: str, width: int, max_lines: int) -> str:
    """Text with Chinese in it, wrapped by drawn width: a line may end between two Chinese characters or at a
    space, never inside a Latin word or number, never before a closing mark or after an opening one."""
    lines: list[list[tuple[str, str]]] = [[]]
    for space, piece in _PIECE.findall(s):
        if lines[-1] and _width(_joined(lines[-1] + [(space, piece)])) > width:
            lines.append([("", piece)])
        else:
            lines[-1].append((space, piece))
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while len(last) > 1 and _width(_joined(last)) + 2 > width:
            last.pop()
        lines = lines[:max_lines - 1] + [last + [("", "…")]]
    return "\n".join(_joined(line) for line in lines)


def wrap_label(s: str, width: int = 30, max_lines: int = 2) -> str:
    """A label on at most `max_lines` lines, broken and shortened only between words (or, in Chinese, between
    characters; a Chinese character counts two towards `width`, as it is drawn about twice as wide)."""
    s = " ".join(str(s).split())
    if re.search(f"[{_WIDE}]", s):
        return _wrap_wide(s, width, max_lines)
    lines = textwrap.wrap(s, width=width, max_lines=max_lines, placeholder=" …", break_long_words=False,
                          break_on_hyphens=False)
    return "\n".join(lines) if lines else ""


def short(v: float) -> str:
    """87.3973 -> '87.4', 6.0 -> '6'."""
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _unique(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for lab in labels:
        seen[lab] = seen.get(lab, 0) + 1
        out.append(lab if seen[lab] == 1 else f"{lab} [{seen[lab]}]")
    return out


def off_scale_limit(values) -> float | None:
    """The axis limit (by size) that keeps outliers from flattening the rest, or None when none stands out."""
    a = sorted(abs(float(v)) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v)))
    if len(a) < 3:
        return None
    upper_quartile = a[int(0.75 * (len(a) - 1))]
    if upper_quartile <= 0:
        return None
    inside = [v for v in a if v <= OUTLIER_FACTOR * upper_quartile]
    if len(inside) == len(a) or not inside:
        return None
    return 1.3 * max(inside)


def _clip(values: pd.Series, limit: float | None) -> pd.Series:
    return values if limit is None else values.clip(lower=-limit, upper=limit)


def _value_labels(ax, ys, values, clipped, fmt, limit, colours):
    """A value at the end of every bar; a marker where a bar has no length; off-scale bars hatched."""
    span = (limit or max([abs(v) for v in clipped] + [1e-9])) * 0.015
    for y, v, c, colour in zip(ys, values, clipped, colours):
        off = limit is not None and abs(v) > limit
        if c == 0:
            ax.plot([0], [y], marker="D", color=colour, markersize=5, zorder=3)
        text = fmt(v) + (" ▸" if off and v > 0 else "") if not (off and v < 0) else "◂ " + fmt(v)
        ha = "left" if c >= 0 else "right"
        x = c + (span if c >= 0 else -span)
        if off:   # write the true value inside the cut bar's end, where the axis has room
            ha = "right" if c > 0 else "left"
            x = c - span if c > 0 else c + span
        ax.text(x, y, text, va="center", ha=ha, fontsize=8, color="black",
                bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.8) if off else None)


def _hbars(d: pd.DataFrame, x: str, hue: str, order: list[str], palette: dict, ref: float, title: str, xlabel: str,
           fmt, legend_title: str, width: float = 9):
    """Horizontal bars, one per row of `d` (column 'label'), coloured by `hue`, labelled with their values."""
    d = d.reset_index(drop=True).copy()
    d["label"] = _unique([wrap_label(s) for s in d["label"]])
    limit = off_scale_limit(d[x])
    d["_drawn"] = _clip(d[x].astype(float), limit)
    n_lines = sum(max(1, s.count("\n") + 1) for s in d["label"])
    fig, ax = plt.subplots(figsize=(width, max(3.0, 0.26 * n_lines + 0.12 * len(d) + 1.3)))
    levels = [h for h in order if h in set(d[hue])]
    sns.barplot(data=d, y="label", x="_drawn", hue=hue, dodge=False, ax=ax, order=list(d["label"]),
                hue_order=levels, palette=palette, saturation=1)
    ax.axvline(ref, color="black", linewidth=0.8)
    colours = [palette.get(h, "#777777") for h in d[hue]]
    _value_labels(ax, range(len(d)), d[x].astype(float), d["_drawn"] - ref * 0, fmt, limit, colours)
    handles = [Patch(color=palette[h], label=words(h)) for h in levels]
    if limit is not None:
        for patch, v in zip(_bars_in_row_order(ax, d), d[x]):
            if patch is not None and abs(v) > limit:
                patch.set_hatch("///")
                patch.set_edgecolor("white")
        handles.append(Patch(facecolor="#cccccc", hatch="///", edgecolor="white", label="off scale: value written"))
    lo, hi = min(0, d["_drawn"].min(), ref), max(0, d["_drawn"].max(), ref)
    pad = 0.22 * (hi - lo or 1)
    ax.set_xlim(lo - (pad if lo < 0 else 0.02 * (hi - lo or 1)), hi + pad)
    ax.legend(handles=handles, title=legend_title, fontsize=8, title_fontsize=9, loc="lower right", frameon=True)
    ax.set(title=title, xlabel=xlabel, ylabel="")
    ax.tick_params(axis="y", labelsize=8)
    fig.tight_layout()
    return fig


def _bars_in_row_order(ax, d: pd.DataFrame) -> list:
    """The bar drawn for each row of `d` (row i sits at y = i)."""
    by_row: list = [None] * len(d)
    for patch in ax.patches:
        if patch.get_height() <= 0:
            continue
        i = round(patch.get_y() + patch.get_height() / 2)
        if 0 <= i < len(d) and by_row[i] is None and patch.get_width() != 0:
            by_row[i] = patch
    return by_row


def _claim_ids(d: pd.DataFrame) -> list:
    """The claim each row stands for: its own, else its target's, else its result's (None when there is none)."""
    cols = [c for c in ("claim_id", "target_claim_id", "result_claim_id") if c in d.columns]
    return [next((r[c] for c in cols if pd.notna(r[c])), None) for _, r in d[cols].iterrows()] if cols else \
        [None] * len(d)


def _labelled(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(label=[name_of(i, s, c) for i, s, c in zip(d["indicator"], d["subject"], _claim_ids(d))])


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def section_key(section: str) -> tuple[int, int]:
    """'0' (before part I) first, then parts in Roman order, however many a report has (a national report in
    Chinese may run past VI; past XV the reader numbers them in digits), then numbered sections; anything
    else last."""
    part, _, num = str(section).partition(".")
    values = [_ROMAN.get(ch) for ch in part]
    if part.isdigit():
        n = int(part)
    elif part and None not in values:
        n = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    else:
        n = 999
    return n, int(num) if num.isdigit() else 0


def claims_by_section(claims: pd.DataFrame, title: str):
    """Claims per section, one bar per kind, each labelled with its count."""
    _style()

    order = sorted(claims["section"].unique(), key=section_key)
    kinds = [k for k in KIND_ORDER if k in set(claims["kind"])]
    counts = pd.crosstab(claims["section"], claims["kind"]).reindex(index=order, columns=kinds, fill_value=0)
    fig, ax = plt.subplots(figsize=(11, 5))
    d = claims.assign(section=pd.Categorical(claims["section"], categories=order, ordered=True))
    sns.histplot(data=d, x="section", hue="kind", hue_order=kinds, multiple="stack", discrete=True, shrink=0.8,
                 palette=KIND_COLOURS, ax=ax, legend=False, linewidth=0.5, edgecolor="white", alpha=1)
    for container in ax.containers:
        ax.bar_label(container, labels=[f"{int(b.get_height())}" if b.get_height() >= 2 else "" for b in container],
                     label_type="center", fontsize=7, color="white")
    totals = counts.sum(axis=1)
    for x, total in enumerate(totals):
        ax.text(x, total + 0.3, str(int(total)), ha="center", va="bottom", fontsize=8, fontweight="bold")
    handles = [Patch(color=KIND_COLOURS[k], label=words(k)) for k in kinds]
    ax.legend(handles=handles, title="Kind of claim", bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    ax.set_ylim(0, totals.max() * 1.1 + 1)
    ax.set(title=title, xlabel="Section (part.number); bold: all claims in the section", ylabel="Claims (count)")
    fig.tight_layout()
    return fig


def growth_bars(growth: pd.DataFrame, title: str):
    """Signed growth rates, one bar per claim, coloured by status."""
    _style()
    g = growth[growth["kind"] == "growth"].copy()
    g["label"] = [f"{name_of(i, s, c)} ({'' if pd.isna(p) else int(p)})".replace(" ()", "")
                  for i, s, c, p in zip(g["indicator"], g["subject"], g["claim_id"], g["period"])]
    g = g.sort_values(["signed_value", "claim_id"], ascending=[False, True])
    return _hbars(g, "signed_value", "status", STATUS_ORDER, STATUS_COLOURS, 0, title,
                  "Change on the previous year (or stated base), %", lambda v: signed(v, "%"), "Status", width=10)


def _legend_word(verdict: str) -> str:
    """'more ambitious target', 'looser ceiling', 'target below last year's delivery': the connector's meaning
    in the legend."""
    if verdict.endswith("delivery"):
        return f"target {verdict}"
    return verdict if verdict.endswith("ceiling") else f"{verdict} target"


def rates_result_vs_target(comp: pd.DataFrame, title: str):
    """Last year's result and this year's target for each rate, growth rates and shares on their own scales;
    the connector's colour says whether the target asks more or less than last year's result: more, equally or
    less ambitious where higher is better, a tighter, the same or a looser ceiling where lower is better."""
    _style()
    d, panels, sizes = _rate_panels(comp)
    fig, axes = plt.subplots(len(panels), 1, figsize=(9, 0.42 * sum(sizes) + 1.6 * len(panels) + 0.6),
                             gridspec_kw={"height_ratios": sizes}, squeeze=False)
    for ax, panel in zip(axes[:, 0], panels):
        _rate_panel(ax, d[d["panel"] == panel].reset_index(drop=True), panel)
    _rate_legend(axes[0, 0], d)
    axes[0, 0].set_title(title)
    fig.tight_layout()
    return fig


_RATE_PANELS = ("Growth rates, % change", "Shares and other rates, %")


def _rate_panels(comp: pd.DataFrame) -> tuple[pd.DataFrame, list[str], list[int]]:
    """Growth rates and shares get separate panels, since one axis for 5% and 40% would flatten the growth rates."""
    d = _labelled(comp[comp["change_unit"] == "pp"]).reset_index(drop=True)
    d["panel"] = [_RATE_PANELS[0] if k in ("growth", "pp_change") else _RATE_PANELS[1] for k in d["kind"]]
    panels = [p for p in _RATE_PANELS if p in set(d["panel"])]
    sizes = [int((d["panel"] == p).sum()) for p in panels]
    return d, panels, sizes


def _rate_panel(ax, p: pd.DataFrame, panel: str) -> None:
    """Connectors go under the points so the verdict colour reads between them; values sit past the right end."""
    p["label"] = _unique([wrap_label(s, 34) for s in p["label"]])
    for y, r in enumerate(p.itertuples()):
        ax.plot([r.result_value, r.target_value], [y, y], color=CHANGE_COLOURS.get(r.verdict, "#777777"),
                linewidth=2.5, zorder=1)
    long = _result_and_target_points(ax, p)
    for y, r in enumerate(p.itertuples()):
        right = max(r.result_value, r.target_value)
        ax.text(right, y, f"  {short(r.result_value)} → {short(r.target_value)}", va="center", ha="left", fontsize=8)
    ax.set_yticks(range(len(p)), p["label"])
    ax.set_ylim(len(p) - 0.5, -0.5)
    lo, hi = min(0, long["value"].min()), long["value"].max()
    ax.set_xlim(lo, hi + 0.3 * (hi - lo or 1))
    ax.set(xlabel=panel + " (decreases as magnitudes)", ylabel="")
    ax.tick_params(axis="y", labelsize=8)


def _result_and_target_points(ax, p: pd.DataFrame) -> pd.DataFrame:
    """Result and target are drawn alike in every panel (fixed series colours); their values set the panel's scale."""
    long = pd.concat([
        pd.DataFrame({"label": p["label"], "value": p["result_value"], "which": "last year's result"}),
        pd.DataFrame({"label": p["label"], "value": p["target_value"], "which": "this year's target"}),
    ])
    sns.scatterplot(data=long, x="value", y="label", hue="which", style="which", s=70, ax=ax, zorder=2,
                    hue_order=["last year's result", "this year's target"],
                    palette={k: SERIES_COLOURS[k] for k in ("last year's result", "this year's target")},
                    legend=False)
    return long


def _rate_legend(ax, d: pd.DataFrame) -> None:
    """One legend for all panels, outside the plot, naming only the verdicts drawn (seaborn's own is turned off)."""
    verdicts = [v for v in CHANGE_ORDER if v in set(d["verdict"])]
    handles = [Line2D([], [], marker="o", linestyle="", color=SERIES_COLOURS["last year's result"], label="last year's result"),
               Line2D([], [], marker="X", linestyle="", color=SERIES_COLOURS["this year's target"], label="this year's target")]
    handles += [Line2D([], [], color=CHANGE_COLOURS[v], linewidth=2.5, label=_legend_word(v)) for v in verdicts]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=True)


def count_ratios(comp: pd.DataFrame, title: str):
    """Target divided by last year's result for counts and levels (1 = the same again)."""
    _style()
    d = _labelled(comp[comp["change_unit"] == "ratio"])
    d = d.sort_values(["change", "label"], ascending=[False, True])
    return _hbars(d, "change", "verdict", CHANGE_ORDER, CHANGE_COLOURS, 1, title,
                  "This year's target / last year's result (1 = the same again)", lambda v: f"×{v:.2f}",
                  "Target against last year")


def feasibility_chart(feas: pd.DataFrame, title: str):
    """Improvement each rate target asks beyond last year's result, coloured by verdict."""
    _style()
    d = _labelled(feas[(feas["unit"] == "%") & feas["required"].notna()])
    d = d.sort_values(["required", "label"], ascending=[False, True])
    return _hbars(d, "required", "verdict", VERDICT_ORDER, VERDICT_COLOURS, 0, title,
                  "Improvement asked beyond last year's result, percentage points", lambda v: signed(v, " pp"),
                  "Verdict")


def backtest_chart(bt: pd.DataFrame, targets: pd.Series, title: str):
    """Each backtested target beside its outcome, values written on the bars."""
    _style()
    d = bt.assign(target=list(targets.values)).reset_index(drop=True)
    d["label"] = _unique([wrap_label(name_of(i, "")) for i in d["indicator"]])
    long = pd.concat([
        pd.DataFrame({"label": d["label"], "value": d["target"].astype(float), "which": "target"}),
        pd.DataFrame({"label": d["label"], "value": d["outcome"].astype(float), "which": "outcome"}),
    ]).reset_index(drop=True)
    limit = off_scale_limit(long["value"])
    long["_drawn"] = _clip(long["value"], limit)
    fig, ax = plt.subplots(figsize=(8, 0.75 * len(d) + 1.6))
    sns.barplot(data=long, x="_drawn", y="label", hue="which", order=list(d["label"]), hue_order=["target", "outcome"],
                ax=ax, palette={k: SERIES_COLOURS[k] for k in ("target", "outcome")}, saturation=1)
    for container, which in zip(ax.containers, ["target", "outcome"]):
        vals = long.loc[long["which"] == which, "value"].tolist()
        labels = [f"{short(v)}%" + (" ▸ off scale" if limit is not None and abs(v) > limit else "") for v in vals]
        ax.bar_label(container, labels=labels, fontsize=8, padding=2)
        for bar, v in zip(container, vals):
            if limit is not None and abs(v) > limit:
                bar.set_hatch("///")
                bar.set_edgecolor("white")
    hi = max(0, long["_drawn"].max())
    lo = min(0, long["_drawn"].min())
    ax.set_xlim(lo * 1.2, hi * 1.45 if hi > 0 else 1)
    handles = [Patch(color=SERIES_COLOURS["target"], label="target"), Patch(color=SERIES_COLOURS["outcome"], label="outcome")]
    if limit is not None:
        handles.append(Patch(facecolor="#cccccc", hatch="///", edgecolor="white", label="off scale: value written"))
    ax.legend(handles=handles, fontsize=8, loc="lower right")
    ax.set(title=title, xlabel="Growth, %", ylabel="")
    ax.tick_params(axis="y", labelsize=8)
    fig.tight_layout()
    return fig
