"""The notebooks' tables, as people read them: each view picks and orders columns from a dataset and hands
them to `people_table` (labels, units, formats, em dashes, wrapping). One function per table keeps the
notebooks to a line each and gives every table a fixed HTML id.
"""
from __future__ import annotations

import re

import pandas as pd

from ..contract.categories import COMPARABLE_VERDICTS, COMPARISON_VERDICTS
from .style import KIND_ORDER, STATUS_ORDER, VERDICT_ORDER, words
from .tables import Col, people_table, signed


def _offsets(starts, ends) -> list[str]:
    return [f"{a}–{b}" if pd.notna(a) and pd.notna(b) else "" for a, b in zip(starts, ends)]


def _counts(index: pd.Series, columns: pd.Series, *, name: str, first: str, order_cols=None, order_rows=None,
            caption=None):
    """A cross-count with totals, as a people table (row labels become the first column)."""
    t = pd.crosstab(index, columns, margins=True, margins_name="total")
    if order_cols:
        t = t[[c for c in order_cols if c in t.columns] + ["total"]]
    if order_rows:
        t = t.loc[[r for r in order_rows if r in t.index] + ["total"]]
    t.columns = [words(c) if not isinstance(c, tuple) else ", ".join(words(x) for x in c if x) for c in t.columns]
    t = t.reset_index()
    t.columns = [first] + list(t.columns[1:])
    t[first] = [words(v) for v in t[first]]
    cols = [(first, first, "text")] + [(c, c, "count") for c in t.columns[1:]]
    return people_table(t, cols, name=name, caption=caption)


# ---- 01 extract claims ------------------------------------------------------------------------------------

def coverage(ex):
    """Mentions by role and type, with the digits each covers: nothing silently dropped."""
    m = ex.mentions.copy()
    m["type"] = m["nonclaim_type"].where(m["role"] == "non_claim", "claim")
    m["digits"] = [sum(ch.isdecimal() for ch in t) for t in m["text"]]
    t = m.groupby(["role", "type"], sort=True).agg(mentions=("mention_id", "size"), digits=("digits", "sum")).reset_index()
    total_digits = sum(ch.isdecimal() for ch in ex.text)
    t.loc[len(t)] = ["all", "all", int(t["mentions"].sum()), int(t["digits"].sum())]
    t["share"] = [100 * d / total_digits if total_digits else 0.0 for d in t["digits"]]
    return people_table(t, [("role", "Role", "category"), ("type", "Type", "category"), ("mentions", "Mentions", "count"),
                            ("digits", "Digits", "count"), ("share", "Share of the text's digits", "percent")],
                        name="coverage")


def sections(ex):
    s = ex.sections
    return people_table(s, [("section", "Section"), ("part_role", "Part's role", "category"), ("title", "Heading", "long"),
                            ("n_sentences", "Sentences", "count"), ("n_claims", "Claims", "count")], name="sections")


def kind_by_status(claims: pd.DataFrame):
    return _counts(claims["kind"], claims["status"], name="kind_by_status", first="Kind of claim",
                   order_cols=STATUS_ORDER, order_rows=KIND_ORDER)


def claims_preview(claims: pd.DataFrame, rows: int | None = None):
    """The claims as a reader wants them: value in its unit, hedges spelled out, in text order."""
    v = claims.sort_values("claim_id")
    v = v.head(rows) if rows else v
    v = v.assign(offsets=_offsets(v["start"], v["end"]))
    return people_table(v, [
        "claim_id", "section", "status", "kind", "expr",
        Col("value", "Value", "amount", unit_col="unit", counted_col="counted", prefix_col="expr"),
        "qualifier", "direction", "period", "subject", "indicator", "offsets"], name="claims_preview")


def headline_claims(claims: pd.DataFrame):
    h = claims[claims["indicator"] != ""].sort_values(["indicator", "period", "claim_id"])
    h = h.assign(offsets=_offsets(h["start"], h["end"]))
    return people_table(h, ["indicator", "period", "status", "expr", "kind", "direction",
                            ("base_period", "Compared with", "year"), "offsets"], name="headline_claims")


# ---- 02 growth --------------------------------------------------------------------------------------------

def growth_by_section(growth: pd.DataFrame):
    return _counts(growth["section"], [growth["kind"], growth["direction"]], name="growth_by_section", first="Section")


def hedges(growth: pd.DataFrame):
    return _counts(growth["status"], growth["qualifier"], name="hedges", first="Status",
                   order_cols=["exact", "about", "more_than", "at_least", "less_than", "at_most"],
                   order_rows=STATUS_ORDER)


def _change(v, kind) -> str:
    return "" if pd.isna(v) else signed(v, " pp" if kind == "pp_change" else "%")


def growth_claims(growth: pd.DataFrame):
    g = growth.assign(change=[_change(v, k) for v, k in zip(growth["signed_value"], growth["kind"])],
                      offsets=_offsets(growth["start"], growth["end"]))
    return people_table(g, ["status", "section", "subject", "expr", ("change", "Change, % or pp", "number"),
                            ("hedged", "Hedged", "yesno"), "indicator", "offsets"], name="growth_claims")


def implied_levels(levels: pd.DataFrame):
    return people_table(levels, [
        "subject", ("level_expr", "Level as written"), ("change_expr", "Change as written"),
        ("base_period", "Base year", "year"),
        Col("implied_base_value", "Implied base-year level", "amount", unit_col="unit", counted_col="counted",
            prefix_col="level_expr"),
        ("base_qualifier", "Hedge on the base", "category")], name="implied_levels")


def extremes(top: pd.DataFrame):
    t = top.assign(change=[_change(v, "growth") for v in top["signed_value"]])
    return people_table(t, ["status", ("rank", "Rank", "category"), "subject", "expr", ("change", "Change, %", "number"),
                            "section"], name="extremes")


# ---- 03 year over year ------------------------------------------------------------------------------------

def _yoy_change(c, u) -> str:
    if pd.isna(c):
        return ""
    return signed(c, " pp") if u == "pp" else f"×{c:.2f}"


def _prose(text) -> str:
    """Category ids inside generated notes as words: 'hedges: result more_than' -> 'hedges: result more than'."""
    return re.sub(r"\b(more_than|at_least|less_than|at_most)\b", lambda m: words(m.group(1)), str(text or ""))


def paired(comp: pd.DataFrame):
    p = comp[comp["verdict"].isin(COMPARABLE_VERDICTS + ("not comparable",))]
    p = p.assign(note=[_prose(n) for n in p["note"]], change_text=[_yoy_change(c, u) for c, u in zip(p["change"], p["change_unit"])],
                 offsets=_offsets(p["result_start"], p["target_start"]))
    return people_table(p, [("indicator", "Indicator", "indicator"), "subject", ("result_expr", "Last year"),
                            ("target_expr", "This year"), ("change_text", "Change, pp or ratio", "number"),
                            ("verdict", "Target against last year", "category"), ("match_basis", "Matched by", "category"),
                            "note", ("offsets", "Offsets (result, target)")], name="paired")


def verdict_counts(comp: pd.DataFrame):
    order = list(COMPARISON_VERDICTS)
    v = comp["verdict"].value_counts()
    t = pd.DataFrame({"verdict": [o for o in order if o in v.index], "n": [int(v[o]) for o in order if o in v.index]})
    return people_table(t, [("verdict", "Target against last year", "category"), ("n", "Targets or results", "count")],
                        name="verdict_counts")


def targets_alone(comp: pd.DataFrame, rows: int = 12):
    a = comp[comp["verdict"] == "target only"].head(rows)
    return people_table(a, ["indicator", "subject", "target_expr", ("target_start", "Offset", "id")], name="targets_alone")


# ---- 04 feasibility ---------------------------------------------------------------------------------------

def _asks(v, unit) -> str:
    if pd.isna(v):
        return ""
    return signed(v, " pp") if unit == "%" else f"×{1 + v:.2f}"


def headline_targets(feas: pd.DataFrame):
    head = feas[feas["indicator"] != ""]
    h = head.assign(asks=[_asks(v, u) for v, u in zip(head["required"], head["unit"])])
    return people_table(h, ["indicator", "target_expr", ("target_type", "Type", "category"), "base_expr",
                            ("base_source", "From", "category"), ("asks", "Asks beyond last year, pp or ratio", "number"),
                            ("thresholds", "Thresholds", "text"), "verdict",
                            ("markup_national", "Above the nation's target", "pp"), "reason",
                            ("target_start", "Offset", "id")], name="headline_targets", wrap=40)


def government_outputs(feas: pd.DataFrame):
    """Targets for what the government itself delivers, beside last year's delivery: not judged for credibility."""
    out = feas[feas["target_type"] == "government output"]
    return people_table(out, ["subject", "target_expr", "base_expr", ("delivery", "Against last year's delivery", "category"),
                              ("target_start", "Offset", "id")], name="government_outputs", wrap=40)


def verdicts(feas: pd.DataFrame):
    t = feas.assign(headline=["headline indicators" if i else "other targets" for i in feas["indicator"]])
    return _counts(t["verdict"], t["headline"], name="verdicts", first="Verdict", order_rows=VERDICT_ORDER)


def record(feas: pd.DataFrame):
    head = feas[(feas["indicator"] != "") & (feas["record"] != "")]
    return people_table(head, ["indicator", ("record_years", "Earlier years", "count"), ("record_met", "Targets met", "count"),
                               "record"], name="record", wrap=48)


def estimates(est: pd.DataFrame):
    return people_table(est, ["indicator", "estimate_expr", ("final_value", "Final statistic", "percent"),
                              ("revision", "Revision", "pp"), ("within_hedge", "Within the estimate's hedge", "category"),
                              "final_snippet"], name="estimates")


def backtest(bt: pd.DataFrame):
    """Each target with a known outcome; an outcome from a tier-4 source (or not confirmed by the re-check)
    is marked unconfirmed beside its source tier, wherever it is shown."""
    bt = bt.assign(confirmed=["unconfirmed" if u else "confirmed" for u in bt["unconfirmed"]]) if "unconfirmed" in bt else bt
    cols = ["indicator", "target_expr", "verdict", Col("outcome", "Outcome", "amount", unit_col="outcome_unit")]
    cols += [("source_tier", "Source tier", "count"), ("confirmed", "Outcome checked", "category")] if "confirmed" in bt else []
    return people_table(bt, cols + [("met", "Met", "yesno"), ("held", "Verdict held", "category"), "snippet"],
                        name="backtest")


def backtest_summary(summary: pd.DataFrame):
    """The verdicts beside two naive rules on the same targets, each with its n, so a hit rate is read
    against what 'every target is met' would have scored."""
    summary = summary.assign(coverage=summary["coverage"] * 100, hit_rate=summary["hit_rate"] * 100)
    return people_table(summary, [("rule", "Rule", "category"), ("targets", "Targets with an outcome", "count"),
                                  ("predicted", "Predicted (n)", "count"), ("coverage", "Coverage", "percent"),
                                  ("held", "Held", "count"), ("hit_rate", "Hit rate", "percent"),
                                  ("unconfirmed", "Of which unconfirmed", "count")], name="backtest_summary")
