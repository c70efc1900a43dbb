"""Last year's results beside this year's targets, indicator by indicator and count by count.

Targets are matched to results by headline indicator id (the result for the
year before the target's first), else (counts, levels, shares and changes off
the catalogue) by kind, unit, the noun or measure word counted and a magnitude
within `max_ratio` of each other, and then by a quoted programme name both
sentences share ("taking the lead in the list", “揭榜挂帅”) or by how alike the
subjects are (`similarity`: words in English, pairs of characters in Chinese),
so an English and a Chinese report are paired alike. Units are bridged only
where honest: good-air days against a share of the year's days. Whatever finds
no partner is listed too.

The work is three steps on plain data: match targets to results (`Pair`), judge each
pair on one scale (`Judgement`), and lay the pairs out as rows.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

import pandas as pd

from ..contract.categories import COMPARISON_VERDICTS as VERDICTS  # noqa: F401
from ..contract.tables import COMPARISONS
from .growth import signed
from .similarity import similarity, tokens
from .tabulate import numbered, typed_frame


SUBJECT_KINDS = ("count", "quantity", "amount", "share", "growth", "pp_change")
# A name in straight or curly double quotes, corner brackets or title marks (《》 names a plan or a law).
_QUOTED = re.compile(r"[\"“「《]([^\"”」》]{2,60})[\"”」》]")
_NEAR = 70  # how many characters on either side of a figure a quoted name may stand
_CLAUSE_OR_DIGIT = re.compile(r"[\d,;:，；：、。]")
_RATES = ("%", "pp")
# Rows by how sure the match is: by indicator (or a unit bridge of one) first, then by words, then unmatched.
_BASIS_ORDER = {"indicator": 0, "unit bridge": 0, "subject": 1, "quoted name": 1, "": 2}


@dataclass(frozen=True)
class Pair:
    """A target and the result set beside it, with how they were matched; either side may be missing
    (a target with no result, a result no target took), and then `basis` is ''."""
    target: dict | None
    result: dict | None
    basis: str = ""


@dataclass(frozen=True)
class HeldWithin:
    """How small a change still counts as 'held': in points for rates, as a ratio for levels and counts."""
    pp: float = 0.05
    ratio: float = 0.01


@dataclass(frozen=True)
class Judgement:
    """A pair put on one scale: the values as compared, the change from result to target and its verdict,
    with notes on whatever a reader needs to trust the comparison (hedges, estimates, bridged units)."""
    result_value: float | None
    target_value: float | None
    direction: str
    unit: str
    match_basis: str
    change: float | None = None
    change_unit: str = ""
    verdict: str = ""
    notes: tuple[str, ...] = ()


def _quoted_near(claim: dict) -> str:
    """A programme name in quotes next to the figure: after it, up to the next number ('132 items of
    "taking the lead in the list"'), else before it in the same clause (实施“揭榜挂帅”项目132项), since
    languages put the name on different sides of the figure and the quotes are what they share. Before
    the figure no number or clause mark may stand between (in 'build 116 "pocket parks", and build 24
    sponge city projects' the name is the 116's)."""
    sentence, offset = claim["sentence"], claim["sentence_start"]
    tail = sentence[claim["end"] - offset: claim["end"] - offset + _NEAR]
    digit = re.search(r"\d", tail)
    after = _QUOTED.findall(tail[: digit.start()] if digit else tail)
    head = _CLAUSE_OR_DIGIT.split(sentence[max(0, claim["start"] - offset - _NEAR): claim["start"] - offset])[-1]
    names = after[:1] or _QUOTED.findall(head)[-1:]
    return names[0].lower() if names else ""


def _alike_in_size(r: dict, t: dict, max_ratio: float) -> bool:
    """Whether two levels are within `max_ratio` of each other: 9 new parks are no partner for 408 of
    anything. Rates, and a zero on either side, are not held to it (a ratio of rates or to zero says nothing)."""
    if t["unit"] in _RATES or not r["value"] or not t["value"]:
        return True
    ratio = abs(t["value"] / r["value"])
    return 1 / max_ratio <= ratio <= max_ratio


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


# --- matching -------------------------------------------------------------------------------------

def _by_indicator(t: dict, results: list[dict]) -> list[Pair]:
    """Results for the target's headline indicator, the likeliest partner first: same kind, unit and base
    year, about an earlier year, the year just before the target's, first in the text."""
    if not t["indicator"]:
        return []
    same = [r for r in results if r["indicator"] == t["indicator"]]
    same.sort(key=lambda r: (r["kind"] != t["kind"], r["unit"] != t["unit"],
                             _year(r["base_period"]) != _year(t["base_period"]),
                             not _year_before(r, t), _gap(r, t), r["start"]))
    return [Pair(t, r, "indicator") for r in same]


def _candidate(r: dict, t: dict, max_ratio: float) -> bool:
    """Whether an off-catalogue result may stand beside a target at all: same kind and unit, about an
    earlier year, alike in size; a change must share the target's base year."""
    if r["kind"] != t["kind"] or r["unit"] != t["unit"] or r["indicator"] or not _year_before(r, t):
        return False
    if t["kind"] in ("growth", "pp_change") and _year(r["base_period"]) != _year(t["base_period"]):
        return False
    return _alike_in_size(r, t, max_ratio)


def _by_subject(t: dict, results: list[dict], min_similarity: float, max_ratio: float) -> list[Pair]:
    """Off-catalogue results that may stand beside the target (`_candidate`), best first: one naming the
    same quoted programme, then those whose subject is at least `min_similarity` alike and shares a token
    beyond the noun counted. A count must count the same noun (or with the same measure word)."""
    if t["kind"] not in SUBJECT_KINDS:
        return []
    quoted = _quoted_near(t)
    counted = tokens(t["counted"])
    scored = []
    for r in (r for r in results if _candidate(r, t, max_ratio)):
        if quoted and quoted == _quoted_near(r):
            scored.append((2.0, r["start"], r, "quoted name"))
            continue
        if t["kind"] == "count" and r["counted"] != t["counted"]:
            continue
        sim = similarity(r["subject"], t["subject"])
        if sim >= min_similarity and tokens(r["subject"]) & tokens(t["subject"]) - counted:
            scored.append((sim, r["start"], r, "subject"))
    scored.sort(key=lambda x: (-x[0], _gap(x[2], t), x[1]))
    return [Pair(t, r, how) for _, _, r, how in scored]


def match(targets: list[dict], results: list[dict], min_similarity: float, max_ratio: float = 10.0) -> list[Pair]:
    """Each target with at most one result, taken in text order, a result going to the first target that
    wants it; then each result no target took, so nothing is silently dropped."""
    used: set[int] = set()
    pairs = []
    for t in targets:
        pair = next((p for p in _by_indicator(t, results) if p.result["claim_id"] not in used), None)
        if pair is None:
            pair = next((p for p in _by_subject(t, results, min_similarity, max_ratio)
                         if p.result["claim_id"] not in used),
                        Pair(t, None))
        if pair.result is not None:
            used.add(pair.result["claim_id"])
        pairs.append(pair)
    return pairs + [Pair(None, r) for r in results if r["claim_id"] not in used]


# --- judging --------------------------------------------------------------------------------------

def _verdict(result: float, target: float, rate: bool, tol: HeldWithin) -> tuple[float, str, str]:
    """Change from result to target and whether the target raised, held or lowered it: in points for a
    rate, as a ratio otherwise (a ratio to zero means nothing: not comparable)."""
    if rate:
        change = target - result
        verdict = "held" if abs(change) <= tol.pp else ("raised" if change > 0 else "lowered")
        return change, "pp", verdict
    if result == 0:
        return float("nan"), "", "not comparable"
    change = target / result
    verdict = "held" if abs(change - 1) <= tol.ratio else ("raised" if change > 1 else "lowered")
    return change, "ratio", verdict


def _judged(j: Judgement, result: float, target: float, rate: bool, tol: HeldWithin, **changes) -> Judgement:
    change, unit, verdict = _verdict(result, target, rate, tol)
    return replace(j, change=change, change_unit=unit, verdict=verdict, **changes)


def _alike(t: dict, r: dict, j: Judgement, rv: float, tv: float, tol: HeldWithin) -> Judgement:
    """Same kind and unit: compared directly, noting when both are changes since the same base year."""
    rate = t["unit"] in ("%", "pp")
    notes = ()
    if rate and t["kind"] == "growth" and pd.notna(t["base_period"]) and t["base_period"] == r["base_period"]:
        notes = (f"both cumulative since {int(t['base_period'])}",)
    return _judged(j, rv, tv, rate, tol, notes=notes)


def _days_bridge(t: dict, r: dict, j: Judgement, rv: float, tv: float, tol: HeldWithin) -> Judgement:
    """Days (of good air) against a share of the year's days: the days become a share of their own year."""
    days_r, days_t = _days_in(r["period"]), _days_in(t["period"])
    if r["unit"] == "day":
        share = r["value"] / days_r * 100
        note = (f"{r['value']:g} of {days_r} days in {r['period']} = {share:.1f}% of days; "
                f"{t['value']:g}% of {days_t} days in {t['period']} = {t['value'] * days_t / 100:.0f} days")
        return _judged(j, share, tv, True, tol, result_value=share, unit="%", match_basis="unit bridge", notes=(note,))
    share = t["value"] / days_t * 100
    note = f"{t['value']:g} of {days_t} days = {share:.1f}% of days"
    return _judged(j, rv, share, True, tol, target_value=share, unit="%", match_basis="unit bridge", notes=(note,))


def _growth_on_level(t: dict, r: dict, j: Judgement, tv: float) -> Judgement:
    """A growth target beside last year's level: not comparable, but the level it implies is worth saying."""
    factor = 1 + tv / 100
    note = f"a {t['expr']} growth target on {r['expr']} implies {_fmt(r['value'] * factor, r['unit'])} in {t['period']}"
    return replace(j, verdict="not comparable", notes=(note,))


def _is_days_bridge(t: dict, r: dict) -> bool:
    return ({t["unit"], r["unit"]} == {"%", "day"} and t["kind"] in ("share", "quantity")
            and r["kind"] in ("share", "quantity"))


def judge(pair: Pair, tol: HeldWithin) -> Judgement:
    """The pair on one scale and its verdict. Where target and result run in different directions (a cut
    against a rise) both are signed; growth figures are then shown signed too."""
    t, r = pair.target, pair.result
    if t is None:
        return Judgement(r["value"], None, r["direction"], r["unit"], pair.basis, verdict="result only")
    if r is None:
        return Judgement(None, t["value"], t["direction"], t["unit"], pair.basis, verdict="target only")
    rv, tv, direction = r["value"], t["value"], t["direction"]
    if t["direction"] != r["direction"]:
        rv, tv = signed(rv, r["direction"]), signed(tv, t["direction"])
        direction = "none" if t["direction"] == "none" else "up"
    shown_signed = t["direction"] != r["direction"] and t["kind"] == r["kind"] == "growth"
    j = Judgement(rv if shown_signed else r["value"], tv if shown_signed else t["value"], direction, t["unit"], pair.basis)
    if t["kind"] == r["kind"] and t["unit"] == r["unit"]:
        j = _alike(t, r, j, rv, tv, tol)
    elif _is_days_bridge(t, r):
        j = _days_bridge(t, r, j, rv, tv, tol)
    elif t["kind"] == "growth" and r["kind"] in ("amount", "count", "quantity") and t["unit"] == "%":
        j = _growth_on_level(t, r, j, tv)
    else:
        j = replace(j, verdict="not comparable",
                    notes=(f"{r['kind']} ({r['unit'] or 'count'}) against {t['kind']} ({t['unit'] or 'count'})",))
    notes = list(j.notes)
    if r["qualifier"] != "exact" or t["qualifier"] != "exact":
        notes.append(f"hedges: result {r['qualifier']}, target {t['qualifier']}")
    if r["status"] == "estimate":
        notes.append("last year's figure is an estimate")
    return replace(j, notes=tuple(notes))


# --- rows -----------------------------------------------------------------------------------------

_RESULT_FIELDS = ("claim_id", "expr", "qualifier", "status", "period", "start", "end")
_TARGET_FIELDS = ("claim_id", "expr", "qualifier", "period", "start", "end")
_TEXT_FIELDS = ("expr", "qualifier", "status")  # empty as '' when the side is missing, the others as None


def _side(prefix: str, claim: dict | None, fields: tuple[str, ...]) -> dict:
    if claim is None:
        return {f"{prefix}_{f}": "" if f in _TEXT_FIELDS else None for f in fields}
    return {f"{prefix}_{f}": claim[f] for f in fields}


def _row(pair: Pair, tol: HeldWithin) -> dict:
    main = pair.target or pair.result
    j = judge(pair, tol)
    return dict(indicator=main["indicator"], subject=main["subject"], kind=main["kind"], match_basis=j.match_basis,
                **_side("result", pair.result, _RESULT_FIELDS), **_side("target", pair.target, _TARGET_FIELDS),
                result_value=j.result_value, target_value=j.target_value, direction=j.direction, unit=j.unit,
                change=j.change, change_unit=j.change_unit, verdict=j.verdict, note="; ".join(j.notes))


def _shown_order(row: dict) -> tuple:
    """Surest matches first, then by where the target (else the result) stands in the text."""
    return (_BASIS_ORDER[row["match_basis"]], row["target_start"] if pd.notna(row["target_start"]) else 10**9,
            row["result_start"] if pd.notna(row["result_start"]) else 10**9)


def compare_years(claims: pd.DataFrame, *, min_similarity: float = 0.6, max_ratio: float = 10.0, tol_pp: float = 0.05,
                  tol_ratio: float = 0.01) -> pd.DataFrame:
    """One row per target of the report's year and per unmatched result of the year before. Off the
    catalogue a pair needs subjects at least `min_similarity` alike and, for levels, values within a
    factor of `max_ratio`; a change is held within `tol_pp` points (rates) or `tol_ratio` (levels)."""
    if claims.empty:
        return pd.DataFrame(columns=COMPARISONS.columns)
    targets = claims[claims["status"] == "target"].to_dict("records")
    results = claims[claims["status"].isin(["actual", "estimate"])].to_dict("records")
    tol = HeldWithin(tol_pp, tol_ratio)
    rows = sorted((_row(p, tol) for p in match(targets, results, min_similarity, max_ratio)), key=_shown_order)
    return typed_frame(numbered(rows, "row", claims["report_id"].iloc[0]), COMPARISONS,
                       ints=("row", "result_claim_id", "result_period", "target_claim_id", "target_period",
                             "result_start", "result_end", "target_start", "target_end"),
                       floats=("result_value", "target_value", "change"))


def _fmt(value: float, unit: str) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.2f} {word} {unit}".strip()
    return f"{value:,.0f} {unit}".strip()
