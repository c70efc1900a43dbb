"""Internal consistency checks in the spirit of statcheck: figures of one report that cannot all be true.

Each check lists what it compared and whether it passed, with both sentences,
so a reader can judge a flag in seconds. A check that found nothing to compare
says so in one row rather than staying silent.
"""
from __future__ import annotations

import re

import pandas as pd

from ..contract import schema
from ..contract.tables import CONSISTENCY
from .growth import implied_levels, signed


_DENOMINATOR = re.compile(r"^(?:\s*(?:,|and)\s*[\d.]+%)*\s+of\s+((?:the\s+)?[A-Za-z][\w'’ -]{1,40}?)(?=\s+respectively|\s*[,.;]|$)")


def _row(check, status, claims, detail):
    claims = list(claims)
    first = claims[0] if claims else {}
    second = claims[-1] if len(claims) > 1 else {}
    return dict(check=check, status=status, claim_ids=";".join(str(c["claim_id"]) for c in claims), detail=detail,
                first_start=first.get("start"), second_start=second.get("start"),
                first_sentence=first.get("sentence", ""),
                second_sentence=second.get("sentence", "") if second.get("sentence") != first.get("sentence") else "")


def _summary(check: str, n: int, n_bad: int, what: str, none: str) -> dict:
    """One row for the figures a range check passed: `nothing to check` without any, no row when all failed."""
    if n == 0:
        return _row(check, "nothing to check", [], none)
    if n == n_bad:
        return {}
    return _row(check, "pass", [], f"{n - n_bad} of {n} {what}")


def _denominator(c: dict) -> str:
    tail = c["sentence"][c["end"] - c["sentence_start"]:]
    m = _DENOMINATOR.match(tail)
    return m.group(1).lower().strip() if m else ""


def check_consistency(claims: pd.DataFrame, *, rel_tol: float = 0.005, abs_tol: float = 0.05) -> pd.DataFrame:
    """Run every check; return one row per comparison made (and one per check with nothing to compare)."""
    rows: list[dict] = []
    recs = claims.to_dict("records")
    shares = [c for c in recs if c["kind"] == "share" and c["unit"] == "%"]
    bad = [c for c in shares if not 0 <= c["value"] <= 100 or (pd.notna(c["value_high"]) and c["value_high"] > 100)]
    for c in bad:
        rows.append(_row("share_range", "flag", [c], f"a share of {c['expr']} lies outside 0-100% ({c['subject']})"))
    rows.append(_summary("share_range", len(shares), len(bad), "shares lie within 0-100%", "no shares"))

    groups: dict[tuple, list] = {}
    for c in shares:
        d = _denominator(c)
        if d:
            groups.setdefault((c["sentence_start"], d), []).append(c)
    multi = [g for g in groups.values() if len(g) > 1]
    for g in multi:
        total = sum(c["value"] for c in g)
        status = "pass" if total <= 100 + abs_tol else "flag"
        rows.append(_row("shares_of_one_whole", status, g,
                         f"{' + '.join(c['expr'] for c in g)} of {_denominator(g[0])} = {total:g}% "
                         f"({'within' if status == 'pass' else 'more than'} 100%)"))
    if not multi:
        rows.append(_row("shares_of_one_whole", "nothing to check", [], "no sentence gives two shares of the same whole"))

    declines = [c for c in recs if c["kind"] == "growth" and c["direction"] == "down" and c["unit"] == "%"]
    over = [c for c in declines if c["value"] > 100]
    for c in over:
        rows.append(_row("decline_range", "flag", [c], f"a decrease of {c['expr']} would take {c['subject']} below zero"))
    rows.append(_summary("decline_range", len(declines), len(over), "decreases are at most 100%", "no decreases in %"))

    by_key: dict[tuple, list] = {}
    for c in recs:
        if c["indicator"]:
            key = (c["indicator"], c["period"], c["kind"], c["unit"], c["status"] == "target",
                   c["base_period"] if pd.notna(c["base_period"]) else None)
            by_key.setdefault(key, []).append(c)
    repeats = [g for g in by_key.values() if len(g) > 1]
    for g in repeats:
        a = g[0]
        for b in g[1:]:  # every restatement against the first statement
            same = abs(a["value"] - b["value"]) <= max(abs_tol, rel_tol * abs(a["value"])) and a["direction"] == b["direction"]
            rows.append(_row("repeated_figure", "pass" if same else "flag", [a, b],
                             f"{a['indicator']} for {a['period']} stated as {a['expr']} and as {b['expr']}"))
    if not repeats:
        rows.append(_row("repeated_figure", "nothing to check", [], "no headline indicator is stated twice for the same year and basis"))

    levels = implied_levels(claims)
    stated = 0
    for lv in levels.to_dict("records"):
        if pd.isna(lv["base_period"]):
            continue
        base = [c for c in recs if c["subject"] == lv["subject"] and c["kind"] in ("amount", "count", "quantity")
                and c["unit"] == lv["unit"] and pd.notna(c["period"]) and int(c["period"]) == int(lv["base_period"])]
        for c in base:
            stated += 1
            ok = abs(c["value"] - lv["implied_base_value"]) <= max(rel_tol * c["value"], abs_tol)
            level = next(x for x in recs if x["claim_id"] == lv["level_claim_id"])
            rows.append(_row("stated_base", "pass" if ok else "flag", [level, c],
                             f"{lv['level_expr']} with {lv['change_expr']} implies {lv['implied_base_value']:,.4g} "
                             f"for {lv['base_period']}; the report states {c['expr']}"))
    if not stated:
        rows.append(_row("stated_base", "nothing to check", [],
                         f"{len(levels)} level-and-change pairs; the report states none of their base-year levels"))

    cum = 0
    targets = [c for c in recs if c["status"] == "target" and c["kind"] == "growth" and pd.notna(c["base_period"])]
    for t in targets:
        for r in recs:
            if (r["status"] != "target" and r["kind"] == "growth" and r["indicator"] == t["indicator"] and t["indicator"]
                    and pd.notna(r["base_period"]) and r["base_period"] == t["base_period"]):
                cum += 1
                rs, ts = signed(r["value"], r["direction"]), signed(t["value"], t["direction"])
                beaten = rs <= ts if t["direction"] == "down" else rs >= ts
                rows.append(_row("cumulative_target", "flag" if beaten else "pass", [r, t],
                                 f"{t['indicator']} since {int(t['base_period'])}: {r['expr']} ({r['direction']}) by {r['period']} "
                                 f"{'already beats' if beaten else 'is short of'} the {t['period']} target {t['expr']} ({t['direction']})"))
    if not cum:
        rows.append(_row("cumulative_target", "nothing to check", [], "no cumulative target shares its base year with a stated result"))

    report_id = claims["report_id"].iloc[0] if len(claims) else ""
    rows = [r for r in rows if r]
    for i, r in enumerate(rows, 1):
        r["check_id"] = i
        r["report_id"] = report_id
    df = pd.DataFrame(rows, columns=CONSISTENCY.columns)
    for c in ("check_id", "first_start", "second_start"):
        df[c] = df[c].astype("Int64")
    return df
