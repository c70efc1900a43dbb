"""Closing findings for each notebook, written from the tables (never hard-coded prose)."""
from __future__ import annotations

import pandas as pd

from ..contract.categories import AMBITION_VERDICTS, CEILING_VERDICTS, DELIVERY_VERDICTS
from ..analyse.backtest import score
from .style import indicator_label, name_of, subject_words, words


def _join(items: list[str]) -> str:
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else (items[0] if items else "none")


def extraction(ex) -> list[str]:
    """What was read, in sentences for the notebook's top: how many digits, mentions and claims, by status,
    so a reader sees at once whether anything was left out."""
    c, m = ex.claims, ex.mentions
    digits = sum(ch.isdecimal() for ch in ex.text)
    by_status = c["status"].value_counts()
    top_kind = c["kind"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    sec = c.groupby("section").size().sort_values(ascending=False, kind="stable")
    return [
        f"{len(m)} number expressions cover all {digits} digits of the text; {len(c)} of them are quantitative claims.",
        f"{by_status.get('actual', 0)} claims report results, {by_status.get('estimate', 0)} are hedged as estimates "
        f"and {by_status.get('target', 0)} are targets.",
        f"The commonest kinds are {_join([f'{words(k)} ({n})' for k, n in top_kind.head(3).items()])}.",
        f"Section {sec.index[0]} holds the most claims ({sec.iloc[0]})." if len(sec) else "No section holds a claim.",
        f"{(c['indicator'] != '').sum()} claims are on {c.loc[c['indicator'] != '', 'indicator'].nunique()} headline indicators.",
    ]


def _subject(row) -> str:
    """A claim's subject as the report writes it (Chinese in a Chinese report), or its number when the reader
    found none, so a sentence never names nothing."""
    return subject_words(row["subject"]) or f"claim {int(row['claim_id'])}"


def _ceiling(g: pd.DataFrame) -> pd.Series:
    """Targets on things better lower are ceilings: ranking them beside growth targets would read a looser
    ceiling as more ambition."""
    return (g["status"] == "target") & (g["better"] == "lower")


def _ranked(status: str, grp: pd.DataFrame) -> str:
    """One status's one-year growth rates, best and worst by improvement (a fall in accidents is a gain)."""
    best = grp.sort_values(["improvement", "claim_id"], ascending=[False, True]).iloc[0]
    worst = grp.sort_values(["improvement", "claim_id"]).iloc[0]
    return (f"{len(grp)} {status} one-year growth rates: best {_subject(best)} ({best['signed_value']:+g}%), "
            f"worst {_subject(worst)} ({worst['signed_value']:+g}%); {int(grp['hedged'].sum())} hedged.")


def _falls_that_improve(g: pd.DataFrame) -> list[str]:
    """Falls in things better lower, named as the improvements they are."""
    falls = g[(g["better"] == "lower") & (g["signed_value"] < 0) & (g["status"] != "target") & (g["span"] == "year")]
    falls = falls.sort_values(["improvement", "claim_id"], ascending=[False, True])
    if not len(falls):
        return []
    named = [f"{_subject(r)} ({r['signed_value']:+g}%)" for r in falls.head(4).to_dict("records")]
    return [f"Falls in things better lower count as improvements: {_join(named)}."]


def growth(g: pd.DataFrame, levels: pd.DataFrame) -> list[str]:
    """The one-year growth rates of each status in a sentence, best and worst by improvement, with ceilings
    (targets on things better lower) apart, since a looser ceiling is no more ambition."""
    yearly = g[(g["kind"] == "growth") & (g["span"] == "year") & ~_ceiling(g)]
    out = [_ranked(status, grp) for status, grp in yearly.groupby("status", sort=True)]
    ceilings = g[(g["kind"] == "growth") & _ceiling(g)]
    if len(ceilings):
        named = [f"{_subject(r)} {r['expr']}" for r in ceilings.to_dict("records")]
        out.append(f"{len(ceilings)} growth targets are ceilings on things better lower ({_join(named)}), "
                   f"not ranked as ambition.")
    out += _falls_that_improve(g[g["kind"] == "growth"])
    several = g[(g["kind"] == "growth") & (g["span"] != "year")]
    if len(several):
        out.append(f"{len(several)} changes cover several years (cumulative or average annual) and are not ranked "
                   f"beside one-year rates.")
    pp = g[g["kind"] == "pp_change"]
    if len(pp):
        out.append(f"{len(pp)} changes are given in percentage points.")
    if len(levels):
        first = levels.iloc[0]
        out.append(f"{len(levels)} level-and-change pairs imply base-year levels, e.g. {first['level_expr']} with "
                   f"{first['change_expr']} implies about {_num(first['implied_base_value'])} in {first['base_period']}.")
    return out or ["The report states no growth rates."]


def _delivered(comp: pd.DataFrame) -> list[str]:
    """The government outputs apart: counts the government delivers (school places follow births), said
    against last year's delivery, never counted among the ambitious or the less ambitious."""
    v = comp.loc[comp["verdict"].isin(DELIVERY_VERDICTS), "verdict"].value_counts()
    if not len(v):
        return []
    said = [f"{int(v[w])} {w.split()[0]}" for w in DELIVERY_VERDICTS if v.get(w, 0)]
    return [f"{int(v.sum())} are government outputs (parks, school places), counts the government delivers, set "
            f"beside last year's delivery rather than read as ambition: {_join(said)} it."]


def year_over_year(comp: pd.DataFrame) -> list[str]:
    """How this year's targets compare with last year's results, counted per verdict, with the largest cut and
    rise, so a reader sees the direction of ambition before the table."""
    asked = AMBITION_VERDICTS + CEILING_VERDICTS
    matched = comp[comp["verdict"].isin(asked)]
    v = matched["verdict"].value_counts()
    said = [f"{int(v[w])} {w}" for w in asked if v.get(w, 0)]
    out = [f"{len(matched)} targets have a comparable result from last year: {', '.join(said) or 'none'}."]
    out += _delivered(comp)
    rates = matched[matched["change_unit"] == "pp"].sort_values(["change", "row"])
    if len(rates):
        lo, hi = rates.iloc[0], rates.iloc[-1]
        out.append(f"Largest cut: {name_of(lo['indicator'], lo['subject'])} ({lo['result_expr']} → {lo['target_expr']}, {lo['change']:+.1f} pp); "
                   f"largest rise: {name_of(hi['indicator'], hi['subject'])} ({hi['result_expr']} → {hi['target_expr']}, {hi['change']:+.1f} pp).")
    n_nc = int((comp["verdict"] == "not comparable").sum())
    if n_nc:
        out.append(f"{n_nc} targets have last year's figure on another scale (see the notes).")
    out.append(f"{int((comp['verdict'] == 'target only').sum())} targets and {int((comp['verdict'] == 'result only').sum())} "
               "results have no partner in the other year.")
    return out


def feasibility(feas: pd.DataFrame, bt: pd.DataFrame, est: pd.DataFrame) -> list[str]:
    """The feasibility verdicts of the headline targets in sentences, with what they rest on and the estimates
    the final statistics did not bear out, so a verdict is read with its evidence."""
    head = feas[feas["indicator"] != ""]
    v = head["verdict"].value_counts()
    out = [f"Of {len(head)} headline targets: " + _join([f"{n} {k}" for k, n in v.items()]) + "."]
    for verdict in ("already met", "ambitious"):
        names = [indicator_label(i) for i in head.loc[head["verdict"] == verdict, "indicator"]]
        if names:
            out.append(f"{verdict.capitalize()}: {_join(names)}.")
    out += feasibility_context(feas)
    if len(est):
        revised = est[est["within_hedge"] == "no"]
        if len(revised):
            out.append("Estimates the final statistics did not bear out: " + _join(
                [f"{indicator_label(r.indicator)} {r.estimate_expr} (final {r.final_value:g}%)" for r in revised.itertuples()]) + ".")
    if len(bt):
        out.append("Backtest against known outcomes: " + score(bt) + ".")
    return out


def feasibility_context(feas: pd.DataFrame) -> list[str]:
    """What the verdicts rest on beyond the ask: rebounds in the base, the mark-up over the nation's targets,
    and the government outputs set beside last year's delivery (not judged)."""
    head, out = feas[feas["indicator"] != ""], []
    rebound = [indicator_label(i) for i in head.loc[head["rebound"].astype(bool), "indicator"]]
    if rebound:
        out.append(f"Last year's result is a rebound after a shock for {_join(rebound)}: the recent mean is beside it.")
    marked = head[head["markup_national"].notna()]
    if len(marked):
        out.append("Against the nation's target: " + _join(
            [f"{indicator_label(r.indicator)} " + (f"{r.markup_national:+.1f} points" if abs(r.markup_national) > 1e-9
                                                    else "level with it") for r in marked.itertuples()]) + ".")
    outputs = feas[feas["target_type"] == "government output"]
    if len(outputs):
        d = outputs["delivery"].value_counts()
        out.append(f"{len(outputs)} government outputs, not judged for credibility: "
                   + _join([f"{n} {k}" for k, n in d.items()]) + ".")
    return out


def _num(v: float) -> str:
    from .notebook import number

    return number(v)
