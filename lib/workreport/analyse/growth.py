"""Growth claims and the base-year levels they imply.

A level and its change stated together ("188.56 billion yuan, an increase of
15.1%") imply last year's level: 188.56 / 1.151 = 163.8 billion yuan. A ratio to
a base year ("136 million tourists, 148% of 2019") implies the base year's level.
"""
from __future__ import annotations

import pandas as pd

from ..contract.tables import GROWTH, IMPLIED
from . import words
from .direction import improves, indicators_by_id
from .tabulate import records, typed_frame

LEVEL_KINDS = ("amount", "count", "quantity")
# A hedge on the change turns around on the base: more than +9% growth means a base of less than level/1.09.
_BASE_QUALIFIER = {"exact": "exact", "about": "about", "more_than": "less_than", "at_least": "at_most",
                   "less_than": "more_than", "at_most": "at_least"}


def signed(value: float, direction: str) -> float:
    """A change with its sign (a 12% cut is -12): claims keep the magnitude as written, the sign in `direction`."""
    return -value if direction == "down" else value


def growth_claims(claims: pd.DataFrame, catalogue=None) -> pd.DataFrame:
    """Growth and percentage-point claims, signed, with which way each improves and the change signed
    so that positive is better; sorted by status then size."""
    cat = indicators_by_id(catalogue)
    g = claims[claims["kind"].isin(["growth", "pp_change"])].copy()
    g["signed_value"] = [signed(v, d) for v, d in zip(g["value"], g["direction"])]
    g["hedged"] = (g["qualifier"] != "exact") | (g["status"] == "estimate")
    g["better"] = [improves(c, cat) for c in records(g)]
    g["improvement"] = [v if b == "higher" else -v for v, b in zip(g["signed_value"], g["better"])]
    out = g[GROWTH.columns].sort_values(["status", "signed_value", "claim_id"], ascending=[True, False, True])
    return out.reset_index(drop=True)


def extremes(growth: pd.DataFrame, n: int = 3, kind: str = "growth") -> pd.DataFrame:
    """The n best and n worst one-year changes of one kind per status, ranked by improvement (a fall in
    accidents ranks with a rise in GDP, not beside a fall in revenue); changes over several years
    (cumulative, average annual) are left out, since they cannot be ranked beside one year's, and so are
    targets on things better lower: a ceiling is not an ambition."""
    parts = []
    ceiling = (growth["status"] == "target") & (growth["better"] == "lower")   # a ceiling is no ambition to rank
    yearly = growth[(growth["kind"] == kind) & (growth["span"] == "year") & ~ceiling]
    for status, grp in yearly.groupby("status", sort=True):
        ordered = grp.sort_values(["improvement", "claim_id"], ascending=[False, True])
        top = ordered.head(n).assign(rank="best")
        bottom = ordered.iloc[::-1].head(n).assign(rank="worst")
        bottom = bottom[~bottom["claim_id"].isin(top["claim_id"])]
        parts += [top, bottom]
    if not parts:
        return growth.head(0).assign(rank=pd.Series(dtype=str))
    return pd.concat(parts, ignore_index=True)


def _clause_break_between(a: dict, b: dict) -> bool:
    """Figures in clauses a semicolon separates describe different things ("...650 million tons; a drop of
    2.5% in ...", 6.5亿吨；……下降2.5%); the marks are listed in analyse/<language>/clause_breaks.csv."""
    lo, hi = sorted((a, b), key=lambda r: r["start"])
    between = lo["sentence"][lo["end"] - lo["sentence_start"]: hi["start"] - hi["sentence_start"]]
    return any(mark in between for mark in words.words("clause_breaks"))


def _base_qualifier(level_q: str, change_q: str) -> str:
    """Hedge on level / (1 + change): the level's hedge carries over as is, the change's turned round."""
    from_change = _BASE_QUALIFIER[change_q]
    if level_q == "exact" or level_q == from_change:
        return from_change
    if from_change == "exact":
        return level_q
    return "about"


def _level_for(change: dict, recs: list[dict], paired: set[int]) -> dict | None:
    """The level a change qualifies: the nearest one before it ("188.56 billion yuan, an increase of 15.1%"),
    else the first one after it ("increased by 7.2% to 47.1 billion yuan"), of the same subject, in the same
    clause, and not already paired with another change."""
    same = [r for r in recs if r["kind"] in LEVEL_KINDS and r["subject"] == change["subject"]
            and r["claim_id"] not in paired and not _clause_break_between(r, change)]
    before = [r for r in same if r["start"] < change["start"]]
    after = [r for r in same if r["start"] > change["start"]]
    return before[-1] if before else (after[0] if after else None)


def _base_of(level: dict, change: dict) -> tuple[float, object]:
    """What the level is divided by to give the base, and the base's year: 1 + growth since the year before
    the level (or the base year the text names), or the ratio to a named base year."""
    if change["kind"] == "growth":
        factor = 1 + signed(change["value"], change["direction"]) / 100
        base_period = change["base_period"] if pd.notna(change["base_period"]) else (
            level["period"] - 1 if pd.notna(level["period"]) else None)
        return factor, base_period
    return change["value"] / 100, change["base_period"] if pd.notna(change["base_period"]) else None


def implied_levels(claims: pd.DataFrame) -> pd.DataFrame:
    """For each change that qualifies a level in the same sentence, the level it implies for the base year.

    A level pairs with one change at most; a hedge on the change carries over, turned round, to the base.
    """
    rows = []
    by_sentence: dict[int, list[dict]] = {}
    for rec in records(claims.sort_values(["sentence_start", "start"])):  # one conversion: fast
        by_sentence.setdefault(rec["sentence_start"], []).append(rec)
    for recs in by_sentence.values():
        paired: set[int] = set()
        for ch in recs:
            if ch["kind"] not in ("growth", "ratio_to_base") or ch["unit"] != "%":
                continue
            level = _level_for(ch, recs, paired)
            if level is None:
                continue
            paired.add(level["claim_id"])
            factor, base_period = _base_of(level, ch)
            if factor <= 0:
                continue
            rows.append((level["report_id"], level["claim_id"], ch["claim_id"], ch["subject"], level["expr"],
                         level["value"], level["unit"], level["counted"], level["period"], ch["expr"], ch["kind"],
                         base_period, level["value"] / factor, _base_qualifier(level["qualifier"], ch["qualifier"]),
                         level["start"], ch["start"], level["sentence"]))
    df = typed_frame(rows, IMPLIED, ints=("period", "base_period"))
    return df.sort_values(["level_start", "change_start"]).reset_index(drop=True)
