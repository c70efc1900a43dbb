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

from ..contract.categories import AMBITION_VERDICTS, CEILING_VERDICTS, COMPARISON_VERDICTS as VERDICTS  # noqa: F401
from ..contract.tables import COMPARISONS
from ..contract.units import convert, convertible
from .direction import indicators_by_id
from .direction import better as better_of, verdict_word
from .growth import signed
from .pairing import Reading, contrast, jaccard as similarity_of, likeness, readings
from .similarity import tokens
from .tabulate import numbered, records, typed_frame
from .target_types import HOLD_PP, HOLD_RATIO, delivery, government_output


SUBJECT_KINDS = ("count", "quantity", "amount", "share", "growth", "pp_change")
# A name in straight or curly double quotes, corner brackets or title marks (《》 names a plan or a law).
_QUOTED = re.compile(r"[\"“「《]([^\"”」》]{2,60})[\"”」》]")
_NEAR = 70  # how many characters on either side of a figure a quoted name may stand
_CLAUSE_OR_DIGIT = re.compile(r"[\d,;:，；：、。]")
_RATES = ("%", "pp")
# Rows by how sure the match is: by indicator (or a unit bridge of one) first, then by words, then unmatched.
_BASIS_ORDER = {"indicator": 0, "unit bridge": 0, "subject": 1, "quoted name": 1, "uncertain": 2, "": 3}


@dataclass(frozen=True)
class Pair:
    """A target and the result set beside it, with how they were matched; either side may be missing
    (a target with no result, a result no target took), and then `basis` is ''."""
    target: dict | None
    result: dict | None
    basis: str = ""
    why: str = ""  # for an uncertain pair: what it rests on


@dataclass(frozen=True)
class HeldWithin:
    """How small a change still counts as 'held': in points for rates, as a ratio for levels and counts.
    A government output is `at` last year's delivery within its own band (`delivery_pp`, `delivery_ratio`),
    the feasibility's hold thresholds, so both tables give a target the same delivery word."""
    pp: float = 0.05
    ratio: float = 0.01
    delivery_pp: float = HOLD_PP
    delivery_ratio: float = HOLD_RATIO


@dataclass(frozen=True)
class Judgement:
    """A pair put on one scale: the values as compared, the change from result to target and its verdict,
    with notes on whatever a reader needs to trust the comparison (hedges, estimates, bridged units)."""
    result_value: float | None
    target_value: float | None
    direction: str
    unit: str
    match_basis: str
    better: str = "higher"
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


def _units_meet(r: dict, t: dict) -> bool:
    """The same unit, or two of one dimension (mu and hectares), which are compared in the result's."""
    return r["unit"] == t["unit"] or (bool(r["unit"]) and bool(t["unit"]) and convertible(t["unit"], r["unit"]))


def _in_result_unit(t: dict, r: dict) -> dict:
    """The target with its value written in the result's unit (a copy; the same target when they agree)."""
    if t["unit"] == r["unit"] or not _units_meet(r, t):
        return t
    high = t["value_high"] if pd.notna(t["value_high"]) else None
    return {**t, "value": convert(t["value"], t["unit"], r["unit"]), "unit": r["unit"],
            "value_high": convert(high, t["unit"], r["unit"]) if high is not None else None}


def _candidate(r: dict, t: dict, max_ratio: float) -> bool:
    """Whether an off-catalogue result may stand beside a target at all: same kind, a unit of the same
    dimension, about an earlier year, alike in size, not different things by a contrasting word; a
    change must share the target's base year and its span (a cumulative change is no annual one)."""
    if r["kind"] != t["kind"] or not _units_meet(r, t) or r["indicator"] or not _year_before(r, t):
        return False
    if t["kind"] in ("growth", "pp_change") and (_year(r["base_period"]) != _year(t["base_period"])
                                                 or r["span"] != t["span"]):
        return False
    return _alike_in_size(r, _in_result_unit(t, r), max_ratio) and not contrast(r["subject"], t["subject"])


def _strong(t: dict, r: dict, rt: Reading, rr: Reading, min_similarity: float) -> tuple[float, str] | None:
    """A pair shown by the words: the same quoted programme, or, where their sentences' topics do not differ, subjects
    (read alike) at least `min_similarity` alike sharing a token beyond the noun counted; a count must count the same noun,
    unless its subject is worded all but the same."""
    quoted = _quoted_near(t)
    if quoted and quoted == _quoted_near(r):
        return 2.0, "quoted name"
    if rt.own_topic and rr.own_topic and rt.own_topic != rr.own_topic:
        return None
    sim = likeness(rr.subject, rt.subject)
    if t["kind"] == "count" and rr.counted != rt.counted and similarity_of(rr.subject, rt.subject) < 0.8:
        return None
    if sim >= min_similarity and rr.subject & rt.subject - tokens(rt.counted):
        return sim, "subject"
    return None


def _weak(t: dict, r: dict, rt: Reading, rr: Reading) -> tuple[float, str] | None:
    """A pair the words alone do not show but the text does: the same topic and the same counted noun
    and a context word beyond it (a count), or the same topic and two context words in common (a level or a share). It is shown
    as `uncertain`, never silently dropped nor silently trusted. A headline indicator's target waits for
    its own indicator (trade with Japan is not foreign trade)."""
    if t["indicator"] or not rt.topic or rt.topic != rr.topic:
        return None
    shared = rr.context & rt.context - tokens(rt.counted)
    if t["kind"] == "count" and not (rt.counted and rr.counted == rt.counted and shared):
        return None
    return (likeness(rr.context, rt.context), "uncertain") if shared and (t["kind"] == "count" or len(shared) >= 2) else None


def _why(basis: str, rt: Reading, rr: Reading) -> str:
    """What an uncertain pair rests on, for its note."""
    if basis != "uncertain":
        return ""
    what = (f"same counted noun ({rt.counted})" if rt.counted
            else "shared words (" + ", ".join(sorted(rr.context & rt.context)) + ")")
    return f"uncertain pair: {what} and topic ({rt.topic}); subjects '{rr.text}' and '{rt.text}'"


def _best_first(targets: list[dict], results: list[dict], used: set[int], rule) -> dict[int, Pair]:
    """Pairs by `rule`, surest first across the whole report (not in text order, so a target later in
    the text keeps the partner it fits best), each result and target taken once."""
    scored = []
    for t in targets:
        for r in results:
            found = rule(t, r) if r["claim_id"] not in used else None
            if found:
                scored.append((-found[0], _gap(r, t), r["start"], t["start"], t, r, found[1]))
    chosen: dict[int, Pair] = {}
    for *_, t, r, basis in sorted(scored, key=lambda x: x[:4]):
        if t["claim_id"] not in chosen and r["claim_id"] not in used:
            used.add(r["claim_id"])
            chosen[t["claim_id"]] = Pair(t, r, basis)
    return chosen


def match(targets: list[dict], results: list[dict], min_similarity: float, max_ratio: float = 10.0) -> list[Pair]:
    """Each target with at most one result: by indicator first (in text order), then by words, then by
    topic and counted noun (uncertain); then each result no target took, so nothing is silently dropped."""
    used: set[int] = set()
    pairs: dict[int, Pair] = {}
    for t in targets:
        pair = next((p for p in _by_indicator(t, results) if p.result["claim_id"] not in used), None)
        if pair is not None:
            used.add(pair.result["claim_id"])
            pairs[t["claim_id"]] = pair
    open_t = [t for t in targets if t["kind"] in SUBJECT_KINDS and t["claim_id"] not in pairs]
    off = [r for r in results if not r["indicator"]]
    # the words are read only when some pair must be found by them (never among headline claims alone)
    read = readings(targets + results) if open_t and off else {}

    def fits(rule):
        return lambda t, r: rule(t, r, read[t["claim_id"]], read[r["claim_id"]]) if _candidate(r, t, max_ratio) else None

    pairs |= _best_first(open_t, off, used, fits(lambda t, r, rt, rr: _strong(t, r, rt, rr, min_similarity)))
    weak = _best_first([t for t in open_t if t["claim_id"] not in pairs], off, used, fits(_weak))
    pairs |= {k: replace(p, why=_why(p.basis, read[k], read[p.result["claim_id"]])) for k, p in weak.items()}
    return ([pairs.get(t["claim_id"], Pair(t, None)) for t in targets]
            + [Pair(None, r) for r in results if r["claim_id"] not in used])


# --- judging --------------------------------------------------------------------------------------

def _verdict(result: float, target: float, rate: bool, tol: HeldWithin, better: str = "higher",
             fall: bool = False) -> tuple[float, str, str]:
    """Change from result to target, in points for a rate and as a ratio otherwise (a ratio to zero means
    nothing: not comparable), and what it says: whether the target asks more, the same or less than last
    year delivered, in the direction the thing improves (`better`). `fall`: both are unsigned decreases,
    so a larger number is a larger fall."""
    if rate:
        change = target - result
        moved = change * (-1 if fall else 1)
        asks = None if abs(change) <= tol.pp else (moved > 0) == (better == "higher")
        return change, "pp", verdict_word(better, asks)
    if result == 0:
        return float("nan"), "", "not comparable"
    change = target / result
    asks = None if abs(change - 1) <= tol.ratio else (change > 1) == (better == "higher")
    return change, "ratio", verdict_word(better, asks)


def _judged(j: Judgement, result: float, target: float, rate: bool, tol: HeldWithin, **changes) -> Judgement:
    fall = j.direction == "down"
    change, unit, verdict = _verdict(result, target, rate, tol, j.better, fall)
    return replace(j, change=change, change_unit=unit, verdict=verdict, **changes)


def allowed_this_year(result: float, target: float) -> float:
    """What a cumulative target already beaten allows this year, in % (signed values: a 12% cut by this
    year after a 13% cut by last year lets the level rise (1 - 0.12) / (1 - 0.13) - 1 = +1.1%)."""
    return ((1 + target / 100) / (1 + result / 100) - 1) * 100


def _cumulative_note(t: dict, r: dict, j: Judgement, rv: float, tv: float) -> str:
    """Both changes run from the same base year: say so, and what the target leaves for this year."""
    sr, st = (-rv, -tv) if j.direction == "down" else (rv, tv)
    allows = allowed_this_year(sr, st)
    way = "rise" if allows > 0 else "fall"
    return (f"both cumulative since {int(t['base_period'])}; the target allows a {way} of about "
            f"{abs(allows):.1f}% in {t['period']} (not an annual rate)")


def _alike(t: dict, r: dict, j: Judgement, rv: float, tv: float, tol: HeldWithin) -> Judgement:
    """Same kind and unit: compared directly. A cumulative change is never set beside an annual one; two
    cumulative ones since the same base year are, with what the target leaves for this year."""
    rate = t["unit"] in ("%", "pp")
    if t["kind"] == "growth" and t["span"] != r["span"]:
        return replace(j, verdict="not comparable", notes=(f"a {t['span']} change against a {r['span']} one",))
    notes = ()
    if rate and t["kind"] == "growth" and pd.notna(t["base_period"]) and t["base_period"] == r["base_period"]:
        notes = (_cumulative_note(t, r, j, rv, tv),)
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


def _on_one_scale(t: dict, r: dict, j: Judgement, rv: float, tv: float, tol: HeldWithin) -> Judgement:
    """The comparison the pair's kinds and units allow: direct, days bridged to a share, a growth target
    on a level (explained), or none."""
    if t["kind"] == r["kind"] and t["unit"] == r["unit"]:
        return _alike(t, r, j, rv, tv, tol)
    if _is_days_bridge(t, r):
        return _days_bridge(t, r, j, rv, tv, tol)
    if t["kind"] == "growth" and r["kind"] in ("amount", "count", "quantity") and t["unit"] == "%":
        return _growth_on_level(t, r, j, tv)
    return replace(j, verdict="not comparable",
                   notes=(f"{r['kind']} ({r['unit'] or 'count'}) against {t['kind']} ({t['unit'] or 'count'})",))


def _amount(value: float, unit: str) -> str:
    """A planned or delivered amount as people write it: '5,000', '170,000 mu'."""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"
    return f"{number} {unit}" if unit else number


def _delivered(j: Judgement, t: dict, tol: HeldWithin) -> Judgement:
    """A government output (parks, school places, kilometres of road: `target_types.government_output`) is a
    count the government delivers, stated as a count: school places follow falling births, parks the plan, so
    fewer planned than delivered is no loss of ambition. Its verdict says where the target lies against last
    year's delivered amount (`target_types.delivery`, within the feasibility's hold band `tol.delivery_pp` or
    `tol.delivery_ratio`), as the feasibility does, and the note says what was planned after what was delivered."""
    rate = j.change_unit == "pp"
    more = j.change if rate else j.change - 1
    what = "a count" if t["kind"] == "count" else "an amount"
    note = (f"{what} the government delivers, stated as {what}: {_amount(j.target_value, j.unit)} "
            f"planned after {_amount(j.result_value, j.unit)} delivered")
    return replace(j, verdict=delivery(more, tol.delivery_pp if rate else tol.delivery_ratio), notes=(note,) + j.notes)


def judge(pair: Pair, tol: HeldWithin, better: str = "higher") -> Judgement:
    """The pair on one scale and its verdict in the direction the thing improves (`better`). Where target
    and result run in different directions (a cut against a rise) both are signed; growth figures are
    then shown signed too. A target in another unit of the result's dimension is written in the result's."""
    t, r = pair.target, pair.result
    if t is None:
        return Judgement(r["value"], None, r["direction"], r["unit"], pair.basis, better, verdict="result only")
    if r is None:
        return Judgement(None, t["value"], t["direction"], t["unit"], pair.basis, better, verdict="target only")
    written, t = t, _in_result_unit(t, r)
    rv, tv, direction = r["value"], t["value"], t["direction"]
    if t["direction"] != r["direction"]:
        rv, tv = signed(rv, r["direction"]), signed(tv, t["direction"])
        direction = "none" if t["direction"] == "none" else "up"
    shown_signed = t["direction"] != r["direction"] and t["kind"] == r["kind"] == "growth"
    j = Judgement(rv if shown_signed else r["value"], tv if shown_signed else t["value"], direction, t["unit"],
                  pair.basis, better)
    j = _on_one_scale(t, r, j, rv, tv, tol)
    if j.verdict in AMBITION_VERDICTS + CEILING_VERDICTS and government_output(written):
        j = _delivered(j, written, tol)
    notes = ([pair.why] if pair.why else []) + list(j.notes)
    if written is not t:
        notes.append(f"target {written['expr']} = {t['value']:,.6g} {t['unit']}")
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


def _row(pair: Pair, tol: HeldWithin, cat: dict) -> dict:
    main = pair.target or pair.result
    j = judge(pair, tol, better_of(main, cat))
    return dict(indicator=main["indicator"], subject=main["subject"], kind=main["kind"], match_basis=j.match_basis,
                better=j.better,
                **_side("result", pair.result, _RESULT_FIELDS), **_side("target", pair.target, _TARGET_FIELDS),
                result_value=j.result_value, target_value=j.target_value, direction=j.direction, unit=j.unit,
                change=j.change, change_unit=j.change_unit, verdict=j.verdict, note="; ".join(j.notes))


def _shown_order(row: dict) -> tuple:
    """Surest matches first, then by where the target (else the result) stands in the text."""
    return (_BASIS_ORDER[row["match_basis"]], row["target_start"] if pd.notna(row["target_start"]) else 10**9,
            row["result_start"] if pd.notna(row["result_start"]) else 10**9)


def comparison_rows(claims: list[dict], *, min_similarity: float = 0.6, max_ratio: float = 10.0, tol_pp: float = 0.05,
                    tol_ratio: float = 0.01, catalogue=None, delivery_pp: float = HOLD_PP,
                    delivery_ratio: float = HOLD_RATIO) -> list[dict]:
    """The rows of `compare_years` from the claims as plain rows, before they are typed into a table: the
    feasibility of every report of a corpus reads them as rows, so it skips the table."""
    targets = [c for c in claims if c["status"] == "target"]
    results = [c for c in claims if c["status"] in ("actual", "estimate")]
    tol = HeldWithin(tol_pp, tol_ratio, delivery_pp, delivery_ratio)
    cat = indicators_by_id(catalogue)
    rows = sorted((_row(p, tol, cat) for p in match(targets, results, min_similarity, max_ratio)), key=_shown_order)
    return numbered(rows, "row", claims[0]["report_id"]) if claims else []


def compare_years(claims: pd.DataFrame, *, min_similarity: float = 0.6, max_ratio: float = 10.0, tol_pp: float = 0.05,
                  tol_ratio: float = 0.01, catalogue=None, delivery_pp: float = HOLD_PP,
                  delivery_ratio: float = HOLD_RATIO) -> pd.DataFrame:
    """One row per target of the report's year and per unmatched result of the year before. Off the
    catalogue a pair needs subjects at least `min_similarity` alike and, for levels, values within a
    factor of `max_ratio`; a change is held within `tol_pp` points (rates) or `tol_ratio` (levels). A
    government output is at last year's delivery within `delivery_pp` points or `delivery_ratio`: the
    feasibility's `Rules.hold_pp` and `Rules.hold_ratio`, so pass those when the rules differ."""
    if claims.empty:
        return pd.DataFrame(columns=COMPARISONS.columns)
    rows = comparison_rows(records(claims), min_similarity=min_similarity, max_ratio=max_ratio, tol_pp=tol_pp,
                           tol_ratio=tol_ratio, catalogue=catalogue, delivery_pp=delivery_pp,
                           delivery_ratio=delivery_ratio)
    return typed_frame(rows, COMPARISONS,
                       ints=("row", "result_claim_id", "result_period", "target_claim_id", "target_period",
                             "result_start", "result_end", "target_start", "target_end"),
                       floats=("result_value", "target_value", "change"))


def _fmt(value: float, unit: str) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.2f} {word} {unit}".strip()
    return f"{value:,.0f} {unit}".strip()
