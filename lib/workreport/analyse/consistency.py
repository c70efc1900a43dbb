"""Internal consistency checks in the spirit of statcheck: figures of one report that cannot all be true.

Each check lists what it compared and whether it passed, with both sentences,
so a reader can judge a flag in seconds. A check that found nothing to compare
says so in one row rather than staying silent.

Every check is a function of the claims (as records) that returns its findings, so
one check can be read, tested or dropped without the others; `check_consistency`
only runs them in a fixed order and numbers the rows. The few words a check reads (those naming
the whole of a share: 'of the city's land', 占全市耕地的) are data, analyse/<language>/share_whole_words.csv,
read for every language at once, so a Chinese report is checked exactly as an English one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import pandas as pd

from ..catalogue import load_catalogue
from ..contract.tables import CONSISTENCY
from . import words
from .growth import implied_levels, signed
from .met import met
from .tabulate import numbered, records, typed_frame


@dataclass(frozen=True)
class Tolerance:
    """How far two statements of one figure may differ and still agree: the larger of an absolute and a
    relative margin, so that rounding in the last printed digit is never taken for a contradiction."""
    rel_tol: float = 0.005
    abs_tol: float = 0.05

    def close(self, a: float, b: float, scale: float) -> bool:
        """Whether a and b agree, the relative margin taken of `scale`."""
        return abs(a - b) <= max(self.abs_tol, self.rel_tol * scale)


@dataclass(frozen=True)
class Finding:
    """One comparison a check made, or its note that it had nothing to compare (then `claims` is empty)."""
    check: str
    status: str  # pass, flag or nothing to check
    detail: str
    claims: tuple = ()

    def row(self) -> dict:
        """The finding as a consistency row: the first and the last claim compared, each with its sentence
        (the second sentence only when it is another one, so a reader is not shown the same text twice)."""
        first = self.claims[0] if self.claims else {}
        second = self.claims[-1] if len(self.claims) > 1 else {}
        return dict(check=self.check, status=self.status, claim_ids=";".join(str(c["claim_id"]) for c in self.claims),
                    detail=self.detail, first_start=first.get("start"), second_start=second.get("start"),
                    first_sentence=first.get("sentence", ""),
                    second_sentence=second.get("sentence", "") if second.get("sentence") != first.get("sentence") else "")


def _summary(check: str, n: int, n_bad: int, what: str, none: str) -> list[Finding]:
    """One finding for the figures a range check passed: `nothing to check` without any, none when all failed
    (each failure already has its own row, and a 'pass' row for zero figures would mislead)."""
    if n == 0:
        return _or_nothing(check, [], none)
    if n == n_bad:
        return []
    return [Finding(check, "pass", f"{n - n_bad} of {n} {what}")]


def _or_nothing(check: str, findings: list[Finding], none: str) -> list[Finding]:
    """The comparisons a check made, or one row saying it found none to make: silence would read as a pass."""
    return findings or [Finding(check, "nothing to check", none)]


def _range_check(check: str, figures: list[dict], outside: Callable[[dict], bool], flag: Callable[[dict], str],
                 what: str, none: str) -> list[Finding]:
    """A flag for each figure outside the range its kind allows, then one row for those inside: a range
    check needs only one figure, so the passes are counted rather than listed."""
    bad = [c for c in figures if outside(c)]
    return [Finding(check, "flag", flag(c), (c,)) for c in bad] + _summary(check, len(figures), len(bad), what, none)


def _shares(recs: list[dict]) -> list[dict]:
    return [c for c in recs if c["kind"] == "share" and c["unit"] == "%"]


def _either(role: str) -> str:
    """An alternation of the share-whole words playing `role`, in every language (one that never matches
    when there are none)."""
    return "|".join(map(re.escape, words.by_role("share_whole_words", role))) or "(?!)"


@lru_cache(maxsize=None)
def _whole_patterns() -> tuple[re.Pattern, re.Pattern]:
    """How a sentence names the whole of its shares, read from the words around the figure: after it
    ('30% and 45% of the city's land', the tail read from the figure on) or before it (占全市耕地的30%和45%,
    the head read up to the figure). Other figures of the same list may stand in between."""
    joins, closes, figure = _either("joins"), _either("closes"), r"[\d.]+[%％]"
    after = re.compile(rf"^(?:\s*(?:{joins})\s*{figure})*\s+(?:{_either('whole_after')})\s+"
                       rf"((?:(?:{_either('opens')})\s+)?[^\W\d_][\w'’ -]{{1,40}}?)"
                       rf"(?=\s+(?:{closes})|\s*[,.;，。；]|$)")
    before = re.compile(rf"(?:{_either('whole_before')})\s*([^\W\d_][^\d%％,.;:，。；：、]{{0,39}}?)\s*"
                        rf"(?:(?:{closes})\s*)*(?:{figure}\s*(?:{joins})\s*)*$")
    return after, before


def _denominator(c: dict) -> str:
    """The whole a share is 'of' ('62% of the city's exports', 占全市出口的62%), read from the words next to
    the figure; '' if none."""
    after, before = _whole_patterns()
    at, end = c["start"] - c["sentence_start"], c["end"] - c["sentence_start"]
    m = after.match(c["sentence"][end:]) or before.search(c["sentence"][:at])
    return m.group(1).lower().strip() if m else ""


def share_range(recs: list[dict]) -> list[Finding]:
    """A share is a part of a whole, so below 0% or above 100% it is a misreading or a misprint."""
    return _range_check(
        "share_range", _shares(recs),
        lambda c: not 0 <= c["value"] <= 100 or (pd.notna(c["value_high"]) and c["value_high"] > 100),
        lambda c: f"a share of {c['expr']} lies outside 0-100% ({c['subject']})",
        "shares lie within 0-100%", "no shares")


def _named_before(g: list[dict]) -> str:
    """The words naming the parts of a list of figures: its sentence up to the last figure, lower-cased."""
    last = max(c["start"] for c in g)
    return g[0]["sentence"][:last - g[0]["sentence_start"]].lower()


def _overlapping(g: list[dict]) -> list[str]:
    """The cross-cutting classifications (strategic emerging industries, the digital economy) a list of shares
    names: shares of such classifications overlap, so their sum says nothing about the whole."""
    head = _named_before(g)
    # longest first, then alphabetically: words of one length (高新技术, 数字经济) in the same order every run
    return [w for w in sorted(words.words("overlapping_parts"), key=lambda w: (-len(w), w)) if w.lower() in head]


def _added(g: list[dict], tol: Tolerance) -> Finding:
    """Parts of one whole cannot add up to more than 100%; parts that may overlap are not added at all."""
    whole, shown = _denominator(g[0]), " and ".join(c["expr"] for c in g)
    themes = _overlapping(g)
    if themes:
        return Finding("shares_of_one_whole", "nothing to check",
                       f"{shown} of {whole} not added: {' and '.join(themes)} are overlapping classifications, "
                       f"not parts of one whole", tuple(g))
    total = sum(c["value"] for c in g)
    status = "pass" if total <= 100 + tol.abs_tol else "flag"
    return Finding("shares_of_one_whole", status, f"{' + '.join(c['expr'] for c in g)} of {whole} = {total:g}% "
                   f"({'within' if status == 'pass' else 'more than'} 100%)", tuple(g))


def shares_of_one_whole(recs: list[dict], tol: Tolerance) -> list[Finding]:
    """Shares of the same whole in one sentence ('30% and 45% of the city's land') cannot add up to more
    than 100%; `tol.abs_tol` allows for rounding of each part. Shares of classifications that cut across
    the economy by theme (analyse/<language>/overlapping_parts.csv) may overlap and are not added."""
    groups: dict[tuple, list] = {}
    for c in _shares(recs):
        d = _denominator(c)
        if d:
            groups.setdefault((c["sentence_start"], d), []).append(c)
    out = [_added(g, tol) for g in groups.values() if len(g) > 1]
    return _or_nothing("shares_of_one_whole", out, "no sentence gives two shares of the same whole")


def decline_range(recs: list[dict]) -> list[Finding]:
    """Nothing measured from zero can fall by more than 100%: such a decrease is a misreading."""
    declines = [c for c in recs if c["kind"] == "growth" and c["direction"] == "down" and c["unit"] == "%"]
    return _range_check(
        "decline_range", declines, lambda c: c["value"] > 100,
        lambda c: f"a decrease of {c['expr']} would take {c['subject']} below zero",
        "decreases are at most 100%", "no decreases in %")


def _broken(text: str) -> bool:
    """Whether a stretch of a sentence holds a clause break (analyse/<language>/clause_breaks.csv): a list
    does not run across one."""
    return any(mark in text for mark in words.words("clause_breaks"))


def _one_list(a: dict, b: dict) -> bool:
    """Two figures of one list in one sentence ('grew by 5% and 4.5% respectively', 分别增长5%和4.5%) name
    different things, whatever indicator the reader gave them. Only the list's own figures are: both on the
    side of the list word its role gives (before 'respectively', after 分别) with no clause break between
    them and it, so a restatement elsewhere in the sentence is still compared."""
    if a["sentence_start"] != b["sentence_start"]:
        return False
    text, s0 = a["sentence"].lower(), a["sentence_start"]
    first, last = min(a["start"], b["start"]) - s0, max(a["end"], b["end"]) - s0
    for word in words.by_role("list_words", "figures_before"):
        if any(last <= m.start() and not _broken(text[first:m.start()]) for m in _found(word, text)):
            return True
    for word in words.by_role("list_words", "figures_after"):
        if any(m.end() <= first and not _broken(text[m.end():last]) for m in _found(word, text)):
            return True
    return False


def _found(word: str, text: str) -> list[re.Match]:
    """Every place a word stands in a (lower-cased) text."""
    return list(re.finditer(re.escape(word.lower()), text))


def repeated_figure(recs: list[dict], tol: Tolerance) -> list[Finding]:
    """A headline indicator stated twice for the same year, kind, unit and basis must be the same figure
    both times; each restatement is held against the first statement (figures of one 'respectively' list
    are different things and are not compared)."""
    by_key: dict[tuple, list] = {}
    for c in recs:
        if c["indicator"]:
            key = (c["indicator"], c["period"], c["kind"], c["unit"], c["status"] == "target",
                   c["base_period"] if pd.notna(c["base_period"]) else None)
            by_key.setdefault(key, []).append(c)
    out = []
    for a, *rest in by_key.values():
        for b in (b for b in rest if not _one_list(a, b)):
            same = tol.close(a["value"], b["value"], abs(a["value"])) and a["direction"] == b["direction"]
            out.append(Finding("repeated_figure", "pass" if same else "flag",
                               f"{a['indicator']} for {a['period']} stated as {a['expr']} and as {b['expr']}", (a, b)))
    return _or_nothing("repeated_figure", out, "no headline indicator is stated twice for the same year and basis")


@lru_cache(maxsize=None)
def _aliases(indicator: str) -> tuple[str, ...]:
    """The bundled catalogue's names of an indicator in every language, longest first, so 国内生产总值 goes
    whole before 生产总值 is looked for."""
    found = next((i for i in load_catalogue() if i.id == indicator), None) if indicator else None
    return tuple(sorted(found.aliases, key=lambda a: (-len(a), a))) if found else ()


def _scope(subject: str, indicator: str = "") -> frozenset[str]:
    """The scope words of a subject (per capita, rural, 规模以上): two levels are of one scope only with the same.
    The indicator's own names are taken out first: 'domestic' in 'gross domestic product' and 国内 in
    国内生产总值 name GDP itself, not a narrower part of it."""
    low = str(subject).lower()
    for alias in _aliases(indicator or ""):
        low = low.replace(alias, " ")
    return frozenset(w for w in words.words("scope_words") if w.lower() in low)


def _same_thing(c: dict, lv: dict, level: dict) -> bool:
    """Whether a stated figure measures what an implied base-year level measures: the same indicator (or, when
    either figure has none, the same subject), unit and kind of figure, and the same scope words, so rural
    income is never checked against an implied base of all income."""
    if c["kind"] not in ("amount", "count", "quantity") or c["unit"] != lv["unit"] or pd.isna(c["period"]):
        return False
    if int(c["period"]) != int(lv["base_period"]) or c["claim_id"] == level["claim_id"]:
        return False
    both = c["indicator"] and level["indicator"]
    same = (c["indicator"] == level["indicator"]) if both else c["subject"] == lv["subject"]
    return same and _scope(c["subject"], c["indicator"]) == _scope(level["subject"], level["indicator"])


def stated_base(recs: list[dict], levels: pd.DataFrame, tol: Tolerance) -> list[Finding]:
    """A level with its change implies the base year's level (see `implied_levels`); where the report also
    states that base-year level, of the same indicator and scope, the two must agree."""
    out = []
    by_id = {x["claim_id"]: x for x in recs}
    for lv in records(levels):
        if pd.isna(lv["base_period"]):
            continue
        level = by_id[lv["level_claim_id"]]
        for c in (c for c in recs if _same_thing(c, lv, level)):
            ok = tol.close(c["value"], lv["implied_base_value"], c["value"])
            out.append(Finding("stated_base", "pass" if ok else "flag",
                               f"{lv['level_expr']} with {lv['change_expr']} implies {lv['implied_base_value']:,.4g} "
                               f"for {lv['base_period']}; the report states {c['expr']}", (level, c)))
    return _or_nothing("stated_base", out,
                       f"{len(levels)} level-and-change pairs; the report states none of their base-year levels")


def cumulative_target(recs: list[dict]) -> list[Finding]:
    """A cumulative target ('cut 13.5% from 2020 by 2025') that a stated result on the same base year already
    beats is no target for the years left: flagged, not because it is false, but because it asks nothing."""
    out = []
    targets = [c for c in recs if c["status"] == "target" and c["kind"] == "growth" and pd.notna(c["base_period"])]
    for t in targets:
        for r in recs:
            if (r["status"] != "target" and r["kind"] == "growth" and r["indicator"] == t["indicator"] and t["indicator"]
                    and pd.notna(r["base_period"]) and r["base_period"] == t["base_period"]):
                rs, ts = signed(r["value"], r["direction"]), signed(t["value"], t["direction"])
                beaten = met(rs, ts, "exact", better="lower" if t["direction"] == "down" else "higher")
                out.append(Finding(
                    "cumulative_target", "flag" if beaten else "pass",
                    f"{t['indicator']} since {int(t['base_period'])}: {r['expr']} ({r['direction']}) by {r['period']} "
                    f"{'already beats' if beaten else 'is short of'} the {t['period']} target {t['expr']} ({t['direction']})",
                    (r, t)))
    return _or_nothing("cumulative_target", out, "no cumulative target shares its base year with a stated result")


def check_consistency(claims: pd.DataFrame, *, rel_tol: float = 0.005, abs_tol: float = 0.05) -> pd.DataFrame:
    """Run every check; return one row per comparison made (and one per check with nothing to compare)."""
    tol = Tolerance(rel_tol, abs_tol)
    recs = records(claims)
    findings = [*share_range(recs), *shares_of_one_whole(recs, tol), *decline_range(recs),
                *repeated_figure(recs, tol), *stated_base(recs, implied_levels(claims), tol), *cumulative_target(recs)]
    report_id = claims["report_id"].iloc[0] if len(claims) else ""
    rows = numbered((f.row() for f in findings), "check_id", report_id)
    return typed_frame(rows, CONSISTENCY, ints=("check_id", "first_start", "second_start"))
