"""Last year's results beside this year's targets, indicator by indicator and count by count.

Targets are matched to results by headline indicator id (the result for the
year before the target's first), else (counts, levels, shares and changes off
the catalogue) by kind, unit, the noun counted and the subject's words, or by a
quoted programme name both sentences share ("taking the lead in the list"). Units are
bridged only where honest: good-air days against a share of the year's days.
Whatever finds no partner is listed too.
"""
from __future__ import annotations

import calendar
import re

import pandas as pd

from ..contract import schema
from ..contract.categories import COMPARISON_VERDICTS as VERDICTS  # noqa: F401
from ..contract.tables import COMPARISONS
from .growth import signed


SUBJECT_KINDS = ("count", "quantity", "amount", "share", "growth", "pp_change")
_STOP = frozenset("the of and in for to a an new newly with at by on our city city's municipal".split())
_QUOTED = re.compile(r"[\"“]([^\"”]{3,60})[\"”]")


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z&-]+", s.lower()) if w not in _STOP}


def _similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _quoted_near(claim: dict) -> str:
    """A programme name in quotes just after the figure ('132 items of "taking the lead in the list"')."""
    offset = claim["end"] - claim["sentence_start"]
    tail = claim["sentence"][offset: offset + 70]
    digit = re.search(r"\d", tail)
    m = _QUOTED.search(tail[: digit.start()] if digit else tail)
    return m.group(1).lower() if m else ""


def _year(value) -> int | None:
    return int(value) if pd.notna(value) else None


def _year_before(r: dict, t: dict) -> bool:
    """A result may stand beside a target when it is about an earlier year (or either year is unknown)."""
    return _year(r["period"]) is None or _year(t["period"]) is None or _year(r["period"]) < _year(t["period"])


def _gap(r: dict, t: dict) -> int:
    """Years between a result and the year before its target (0 when either year is unknown)."""
    if _year(r["period"]) is None or _year(t["period"]) is None:
        return 0
    return abs(_year(t["period"]) - 1 - _year(r["period"]))


def _days_in(year) -> int | None:
    return (366 if calendar.isleap(int(year)) else 365) if pd.notna(year) else None


def _verdict(result: float, target: float, rate: bool, tol_pp: float, tol_ratio: float) -> tuple[float, str, str]:
    if rate:
        change = target - result
        verdict = "held" if abs(change) <= tol_pp else ("raised" if change > 0 else "lowered")
        return change, "pp", verdict
    if result == 0:
        return float("nan"), "", "not comparable"
    change = target / result
    verdict = "held" if abs(change - 1) <= tol_ratio else ("raised" if change > 1 else "lowered")
    return change, "ratio", verdict


def compare_years(claims: pd.DataFrame, *, min_similarity: float = 0.6, tol_pp: float = 0.05,
                  tol_ratio: float = 0.01) -> pd.DataFrame:
    """One row per target of the report's year and per unmatched result of the year before."""
    if claims.empty:
        return pd.DataFrame(columns=COMPARISONS.columns)
    report_id = claims["report_id"].iloc[0]
    targets = claims[claims["status"] == "target"].to_dict("records")
    results = claims[claims["status"].isin(["actual", "estimate"])].to_dict("records")
    used: set[int] = set()
    rows: list[dict] = []

    def pick(candidates):
        for c in candidates:
            if c["claim_id"] not in used:
                used.add(c["claim_id"])
                return c
        return None

    for t in targets:
        res, basis = None, ""
        if t["indicator"]:
            same = [r for r in results if r["indicator"] == t["indicator"]]
            same.sort(key=lambda r: (r["kind"] != t["kind"], r["unit"] != t["unit"],
                                     _year(r["base_period"]) != _year(t["base_period"]),
                                     not _year_before(r, t), _gap(r, t), r["start"]))
            res = pick(same)
            basis = "indicator" if res is not None else ""
        if res is None and t["kind"] in SUBJECT_KINDS:
            quoted = _quoted_near(t)
            scored = []
            for r in results:
                if r["kind"] != t["kind"] or r["unit"] != t["unit"] or r["indicator"] or not _year_before(r, t):
                    continue
                if t["kind"] in ("growth", "pp_change") and _year(r["base_period"]) != _year(t["base_period"]):
                    continue
                if quoted and quoted == _quoted_near(r):
                    scored.append((2.0, r["start"], r, "quoted name"))
                    continue
                if t["kind"] == "count" and r["counted"] != t["counted"]:
                    continue
                shared = _words(r["subject"]) & _words(t["subject"]) - _words(t["counted"])
                sim = _similarity(r["subject"], t["subject"])
                if sim >= min_similarity and shared:
                    scored.append((sim, r["start"], r, "subject"))
            scored.sort(key=lambda x: (-x[0], _gap(x[2], t), x[1]))
            for sim, _, r, how in scored:
                if r["claim_id"] not in used:
                    used.add(r["claim_id"])
                    res, basis = r, how
                    break
        rows.append(_row(t, res, basis, tol_pp, tol_ratio))
    for r in results:  # every result no target took, so nothing is silently dropped
        if r["claim_id"] not in used:
            rows.append(_row(None, r, "", tol_pp, tol_ratio))
    order = {"indicator": 0, "unit bridge": 0, "subject": 1, "quoted name": 1, "": 2}
    rows.sort(key=lambda x: (order[x["match_basis"]], x["target_start"] if pd.notna(x["target_start"]) else 10**9,
                             x["result_start"] if pd.notna(x["result_start"]) else 10**9))
    for i, r in enumerate(rows, 1):
        r["row"] = i
        r["report_id"] = report_id
    df = pd.DataFrame(rows, columns=COMPARISONS.columns)
    for c in ("row", "result_claim_id", "result_period", "target_claim_id", "target_period",
              "result_start", "result_end", "target_start", "target_end"):
        df[c] = df[c].astype("Int64")
    for c in ("result_value", "target_value", "change"):
        df[c] = df[c].astype("float64")
    return df


def _row(t: dict | None, r: dict | None, basis: str, tol_pp: float, tol_ratio: float) -> dict:
    main = t or r
    out = dict(indicator=main["indicator"], subject=main["subject"], kind=main["kind"], match_basis=basis,
               result_claim_id=None, result_expr="", result_value=None, result_qualifier="", result_status="",
               result_period=None, target_claim_id=None, target_expr="", target_value=None, target_qualifier="",
               target_period=None, direction=main["direction"], unit=main["unit"], change=None, change_unit="", verdict="", note="",
               result_start=None, result_end=None, target_start=None, target_end=None)
    if r is not None:
        out.update(result_claim_id=r["claim_id"], result_expr=r["expr"], result_value=r["value"],
                   result_qualifier=r["qualifier"], result_status=r["status"], result_period=r["period"],
                   result_start=r["start"], result_end=r["end"])
    if t is not None:
        out.update(target_claim_id=t["claim_id"], target_expr=t["expr"], target_value=t["value"],
                   target_qualifier=t["qualifier"], target_period=t["period"], target_start=t["start"], target_end=t["end"])
    if t is None:
        out["verdict"] = "result only"
        return out
    if r is None:
        out["verdict"] = "target only"
        return out
    rv, tv = out["result_value"], out["target_value"]
    if t["direction"] != r["direction"]:
        rv, tv = signed(rv, r["direction"]), signed(tv, t["direction"])
        out["direction"] = "none" if t["direction"] == "none" else "up"
        if t["kind"] == r["kind"] == "growth":
            out.update(result_value=rv, target_value=tv)
    notes = []
    if t["kind"] == r["kind"] and t["unit"] == r["unit"]:
        rate = t["unit"] in ("%", "pp")
        if rate and t["kind"] == "growth" and pd.notna(t["base_period"]) and t["base_period"] == r["base_period"]:
            notes.append(f"both cumulative since {int(t['base_period'])}")
        change, cu, verdict = _verdict(rv, tv, rate, tol_pp, tol_ratio)
        out.update(change=change, change_unit=cu, verdict=verdict)
    elif {t["unit"], r["unit"]} == {"%", "day"} and t["kind"] in ("share", "quantity") and r["kind"] in ("share", "quantity"):
        days_r, days_t = _days_in(r["period"]), _days_in(t["period"])
        if r["unit"] == "day":
            share = r["value"] / days_r * 100
            notes.append(f"{r['value']:g} of {days_r} days in {r['period']} = {share:.1f}% of days; "
                         f"{t['value']:g}% of {days_t} days in {t['period']} = {t['value'] * days_t / 100:.0f} days")
            out.update(result_value=share, unit="%", match_basis="unit bridge")
            change, cu, verdict = _verdict(share, tv, True, tol_pp, tol_ratio)
        else:
            share = t["value"] / days_t * 100
            notes.append(f"{t['value']:g} of {days_t} days = {share:.1f}% of days")
            out.update(target_value=share, unit="%", match_basis="unit bridge")
            change, cu, verdict = _verdict(rv, share, True, tol_pp, tol_ratio)
        out.update(change=change, change_unit=cu, verdict=verdict)
    elif t["kind"] == "growth" and r["kind"] in ("amount", "count", "quantity") and t["unit"] == "%":
        factor = 1 + tv / 100
        notes.append(f"a {t['expr']} growth target on {r['expr']} implies {_fmt(r['value'] * factor, r['unit'])} in {t['period']}")
        out.update(verdict="not comparable")
    else:
        notes.append(f"{r['kind']} ({r['unit'] or 'count'}) against {t['kind']} ({t['unit'] or 'count'})")
        out.update(verdict="not comparable")
    if r["qualifier"] != "exact" or t["qualifier"] != "exact":
        notes.append(f"hedges: result {r['qualifier']}, target {t['qualifier']}")
    if r["status"] == "estimate":
        notes.append("last year's figure is an estimate")
    out["note"] = "; ".join(notes)
    return out


def _fmt(value: float, unit: str) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.2f} {word} {unit}".strip()
    return f"{value:,.0f} {unit}".strip()
