"""Where one report is read twice, in its Chinese original and its English translation: where the readings differ.

The ledger uses the original; the translation's reading is kept so that each headline figure the two disagree on
(the same indicator, kind, period and status, a different value or hedge) is listed, for a reader to check in both
texts: a difference is a translation that renders a figure otherwise, or a reader that got one of them wrong.
"""
from __future__ import annotations

import math

import pandas as pd

from ..analyse.growth import signed
from ..contract import schema
from ..contract.tables import DISAGREEMENTS
from ..contract.units import convert, convertible

GROUP = ("indicator", "kind", "period", "status_class", "span")


def disagreements(targets: pd.DataFrame, results: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """Every headline figure of a place and year read in both languages that the other reading does not give,
    paired in text order with one of the same indicator, kind, period and status that it disagrees with."""
    pairs = _twins(reports)
    ids = {rid for pair in pairs for rid in pair}
    by_report: dict[str, list[dict]] = {}
    for c in _headline(targets, ids) + _headline(results, ids):
        by_report.setdefault(c["report_id"], []).append(c)
    rows = [row for zh, en in pairs for row in _compare(by_report.get(zh, []), by_report.get(en, []))]
    df = pd.DataFrame(rows, columns=DISAGREEMENTS.columns)
    df = df.astype({c: "float64" for c in ("zh_value", "zh_value_high", "en_value", "en_value_high")})
    return schema.validate(df.astype({c: "int64" for c in ("year", "period", "zh_start", "en_start")}), DISAGREEMENTS)


def _twins(reports: pd.DataFrame) -> list[tuple[str, str]]:
    """(Chinese report, English report) of each place and year read in both."""
    seen: dict[tuple, dict[str, str]] = {}
    for r in reports.to_dict("records"):
        if not r["error"] and r["place"] and r["year"] == r["year"] and r["year"] is not None:
            seen.setdefault((r["place"], int(r["year"])), {}).setdefault(r["language"], r["report_id"])
    return [(langs["zh"], langs["en"]) for langs in seen.values() if "zh" in langs and "en" in langs]


def _headline(claims: pd.DataFrame, ids: set[str]) -> list[dict]:
    """The headline figures of the reports `ids`, signed, with their status class, in text order."""
    c = claims[claims["report_id"].isin(ids) & (claims["indicator"] != "") & claims["period"].notna()]
    out = []
    for r in c.sort_values("start").to_dict("records"):
        high = None if _none(r["value_high"]) else signed(r["value_high"], r["direction"])
        out.append(dict(r, status_class="target" if r["status"] == "target" else "result",
                        signed=signed(r["value"], r["direction"]), signed_high=high))
    return out


def _compare(zh: list[dict], en: list[dict]) -> list[dict]:
    """Within each group of one indicator, kind, period, status and unit: the figures of each reading the other
    lacks, paired in text order."""
    en_groups: dict[tuple, list[dict]] = {}
    for e in en:
        en_groups.setdefault(tuple(e[k] for k in GROUP), []).append(e)
    zh_groups: dict[tuple, list[dict]] = {}
    for z in zh:
        zh_groups.setdefault((*(z[k] for k in GROUP), z["unit"]), []).append(z)
    rows = []
    for (*key, unit), zs in zh_groups.items():
        es = [x for x in (_in_unit(e, unit) for e in en_groups.get(tuple(key), [])) if x is not None]
        lone_zh = [z for z in zs if not any(_same(z, e) for e in es)]
        lone_en = [e for e in es if not any(_same(z, e) for z in zs)]
        rows += [_row(z, e) for z, e in zip(lone_zh, lone_en)]
    return rows


def _in_unit(e: dict, unit: str) -> dict | None:
    """The English figure in the Chinese reading's unit (tons beside 斤), None when it cannot be."""
    if e["unit"] == unit:
        return e
    if not convertible(e["unit"], unit):
        return None
    high = None if _none(e["signed_high"]) else convert(e["signed_high"], e["unit"], unit)
    return dict(e, unit=unit, signed=convert(e["signed"], e["unit"], unit), signed_high=high)


def _none(x) -> bool:
    return x is None or x != x     # None or NaN: a figure without a range's upper end


def _close(a, b) -> bool:
    if _none(a) or _none(b):
        return _none(a) and _none(b)
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _same(z: dict, e: dict) -> bool:
    return _close(z["signed"], e["signed"]) and _close(z["signed_high"], e["signed_high"]) \
        and z["qualifier"] == e["qualifier"]


def _row(z: dict, e: dict) -> dict:
    return dict(place=z["place"], level=z["level"], parent=z["parent"], year=int(z["year"]),
                indicator=z["indicator"], kind=z["kind"], unit=z["unit"], period=int(z["period"]),
                status=z["status_class"], zh_report=z["report_id"], zh_start=int(z["start"]), zh_expr=z["expr"],
                zh_value=z["signed"], zh_value_high=z["signed_high"], zh_qualifier=z["qualifier"],
                en_report=e["report_id"], en_start=int(e["start"]), en_expr=e["expr"], en_value=e["signed"],
                en_value_high=e["signed_high"], en_qualifier=e["qualifier"])
