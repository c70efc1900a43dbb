"""Closing findings of the corpus notebooks, every number computed from the corpus tables (never hard-coded)."""
from __future__ import annotations

import pandas as pd

from ..contract.tables import BACKTEST_RULES

from .corpus import JUDGED, LESS, MORE, SAME, window_counts
from .corpus_views import LEVEL_PLURAL, places as _places
from .findings import _join
from .tables import signed


def _pts(v: float) -> str:
    return signed(float(v), " points")


def _times(above: int, below: int) -> str:
    if not below:
        return "none ended just below" if above else "none ended near the target"
    return f"{above / below:.1f} times as many just above as just below"


def bunching_sentence(margins: pd.DataFrame, window: float, *, what: str) -> str:
    """'N <what> have an outcome: A ended at or up to W points above the target and B up to W points below it'."""
    below, above = window_counts(margins["margin"], window)
    return (f"{len(margins)} {what} have an outcome: {above} ended at or up to {window:g} points above the target "
            f"and {below} up to {window:g} points below it ({_times(above, below)}).")


def promise(place: str, series: pd.DataFrame, summary: pd.DataFrame, margins: pd.DataFrame, window: float,
            backtest: pd.DataFrame | None = None) -> list[str]:
    """05: the place's record, its GDP growth, the indicators it meets most and least often, the backtest of the
    feasibility verdicts (the place's and the corpus's) and the corpus's bunching of growth outcomes just above
    the target."""
    judged = series[series["met"].isin(JUDGED)]
    return [_record(place, series, judged), *_gdp_record(judged), *_unset_targets(place, series),
            *_most_and_least(summary), *_backtests(place, backtest), *_corpus_bunching(margins, window)]


def _record(place: str, series: pd.DataFrame, judged: pd.DataFrame) -> str:
    """The reader's first question: how many targets the place set, how many a later report judged, how many held."""
    targets = series[series["met"] != "no target set"]
    years = series["period"].astype(int)
    if not len(series):
        return f"The ledger holds no one-year headline target of {place}."
    met = int((judged["met"] == "met").sum())
    share = f" ({100 * met / len(judged):.0f}%)" if len(judged) else ""
    span = f"over {years.nunique()} years ({years.min()}-{years.max()})" if years.nunique() > 1 else \
        f"for {years.min()}"
    return (f"{place} set {len(targets)} one-year headline targets {span}; {len(judged)} have an outcome "
            f"in a later report" + (f", and {met} of those were met{share}." if len(judged) else "."))


def _gdp_record(judged: pd.DataFrame) -> list[str]:
    """GDP growth is the target every report leads with, so its record gets a sentence of its own, worst year named."""
    gdp = judged[(judged["indicator"] == "gdp") & (judged["kind"] == "growth")]
    if not len(gdp):
        return []
    worst = gdp.sort_values(["margin", "period"]).iloc[0]
    least = "the largest shortfall" if worst["margin"] < 0 else "the smallest margin"
    return [f"GDP growth: met in {int((gdp['met'] == 'met').sum())} of {len(gdp)} "
            f"{'year' if len(gdp) == 1 else 'years'} with an outcome, median margin {_pts(gdp['margin'].median())}; "
            f"{least} {_pts(worst['margin'])} in {int(worst['period'])} (target {worst['target_expr']}, "
            f"outcome {worst['outcome_expr']})."]


def _unset_targets(place: str, series: pd.DataFrame) -> list[str]:
    """A year with no target set is a finding in itself (it is not a miss), so each is named."""
    out = []
    for r in series[series["met"] == "no target set"].itertuples():
        outcome = f"; growth was {r.outcome_expr}" if r.outcome_expr else ""
        out.append(f"In {int(r.period)} {place} set no target for {r.label} growth, and said so{outcome}.")
    return out


def _most_and_least(summary: pd.DataFrame) -> list[str]:
    """The best and worst kept indicators, only among those judged at least three times so one year is no record."""
    ranked = summary[summary["judged"] >= 3].sort_values(["hit_rate", "judged", "label"], ascending=[False, False, True])
    if len(ranked) < 2:
        return []
    top, low = ranked.iloc[0], ranked.iloc[-1]
    return [f"Most often met: {top['label']} ({top['measure']}; {top['met_n']} of {top['judged']}); least often: "
            f"{low['label']} ({low['measure']}; {low['met_n']} of {low['judged']})."]


def _backtests(place: str, backtest: pd.DataFrame | None) -> list[str]:
    """The place's backtest beside the whole corpus's, so a hit rate on few targets is read against a larger one."""
    if backtest is None:
        return []
    return [f"Backtest for {place}: " + backtest_sentence(backtest, place),
            "Backtest across all places: " + backtest_sentence(backtest, "all places")]


def _corpus_bunching(margins: pd.DataFrame, window: float) -> list[str]:
    """More outcomes just above the target than just below is the corpus-wide sign a single place cannot show."""
    if not len(margins):
        return []
    out = ["Across the corpus, " + bunching_sentence(margins, window, what="growth targets of indicators that "
                                                                          "improve upwards")]
    gdp_all = margins[margins["indicator"] == "gdp"]
    if len(gdp_all):
        below, above = window_counts(gdp_all["margin"], window)
        out.append(f"GDP growth alone: {above} at or just above the target against {below} just below, of "
                   f"{len(gdp_all)} targets with an outcome.")
    return out


def backtest_sentence(summary: pd.DataFrame, scope: str) -> str:
    """The verdicts' hit rate with its n and coverage beside the naive rules on the same targets."""
    s = summary[summary["place"] == scope].set_index("rule")
    if not len(s) or not int(s["targets"].iloc[0]):
        return f"no target of {scope} has an outcome to backtest the feasibility verdicts on."
    v, every, rep = (s.loc[r] for r in BACKTEST_RULES)
    n, held, targets = int(v["predicted"]), int(v["held"]), int(v["targets"])
    verdicts = (f"the feasibility verdicts, judged with the record as it stood in each report's year, held for {held} "
                f"of {n} targets ({100 * held / n:.0f}%; {n} of {targets} targets with an outcome got a verdict)"
                if n else f"none of the {targets} targets with an outcome got a feasibility verdict")
    return (f"{verdicts}; on the same targets 'every target is met' held for {int(every['held'])} of "
            f"{int(every['predicted'])} and 'this year repeats last year' for {int(rep['held'])} of "
            f"{int(rep['predicted'])}.")


def across_places(year: int, level: str, pairs: pd.DataFrame, outcomes: pd.DataFrame) -> list[str]:
    """06: how the places' targets stand against their parents', and how the year's targets fared."""
    places = "nation" if level == "national" else LEVEL_PLURAL[level]
    return [*_gdp_markups(year, level, pairs), *_ambition(year, level, places, pairs),
            *_year_outcomes(year, level, places, outcomes)]


def _gdp_markups(year: int, level: str, pairs: pd.DataFrame) -> list[str]:
    """GDP growth is the headline target, so its mark-ups over the parent's lead, the largest one named."""
    gdp = pairs[(pairs["indicator"] == "gdp") & (pairs["kind"] == "growth")] if len(pairs) else pairs
    if not len(gdp):
        return []
    top = gdp.sort_values(["markup", "place"], ascending=[False, True]).iloc[0]
    n = gdp["ambition"].value_counts()
    their = "its" if len(gdp) == 1 else "their"
    return [f"In {year}, {_places(len(gdp), level)} set a GDP growth target beside {their} parent's: "
            f"{n.get(MORE, 0)} above it, {n.get(SAME, 0)} the same and {n.get(LESS, 0)} below; the median mark-up is "
            f"{_pts(gdp['markup'].median())}, the largest {top['place']}'s ({_pts(top['markup'])}: "
            f"{top['target_expr']} against {top['parent_target_expr']})."]


def _ambition(year: int, level: str, places: str, pairs: pd.DataFrame) -> list[str]:
    """Every indicator's mark-ups, not GDP's alone; the nation has no parent, so its missing pairs need no sentence."""
    if len(pairs):
        n = pairs["ambition"].value_counts()
        return [f"Over {pairs['indicator'].nunique()} headline indicators, {len(pairs)} targets have a parent's "
                f"to compare with: {n.get(MORE, 0)} ask more, {n.get(SAME, 0)} the same and {n.get(LESS, 0)} less."]
    if level != "national":
        return [f"No {year} target of the {places} has a parent's target in the corpus to compare with."]
    return []


def _year_outcomes(year: int, level: str, places: str, outcomes: pd.DataFrame) -> list[str]:
    """How the year's targets fared, said plainly when no later report has judged them yet (a recent year)."""
    judged = outcomes[outcomes["met"].isin(JUDGED)]
    if not len(judged):
        whose = "the nation's" if level == "national" else f"the {places}'"
        return [f"No later report in the corpus gives the outcomes of {whose} {year} targets yet."]
    met = int((judged["met"] == "met").sum())
    return [f"Of the {len(outcomes)} targets the {places} set for {year}, {len(judged)} have an outcome in a later "
            f"report: {met} met and {len(judged) - met} missed ({100 * met / len(judged):.0f}% met).",
            *_gdp_outcomes(level, judged), *_rate_shortfall(judged)]


def _gdp_outcomes(level: str, judged: pd.DataFrame) -> list[str]:
    """Which places missed their GDP growth target, by how much, since that miss is the one a reader looks for."""
    g = judged[(judged["indicator"] == "gdp") & (judged["kind"] == "growth")]
    if not len(g):
        return []
    missed = g[g["met"] == "missed"].sort_values(["margin", "place"])
    names = _join([f"{r.place} ({_pts(r.margin)})" for r in missed.itertuples()])
    if len(g) == 1:
        r = g.iloc[0]
        return [f"GDP growth: {r['place']} {r['met']} its target ({_pts(r['margin'])}: target {r['target_expr']}, "
                f"outcome {r['outcome_expr']})."]
    return [f"GDP growth: {len(missed)} of {_places(len(g), level)} with an outcome missed their target"
            + (f": {names}." if len(missed) else ".")]


def _rate_shortfall(judged: pd.DataFrame) -> list[str]:
    """The worst miss on a rate, in points, since margins on counts and levels are not on one scale to rank."""
    rates = judged[(judged["met"] == "missed") & judged["unit"].isin(["%", "pp"])]
    if not len(rates):
        return []
    w = rates.sort_values(["margin", "place", "indicator"]).iloc[0]
    return [f"The largest shortfall on a rate: {w['place']}, {w['label']} ({w['measure']}): target "
            f"{w['target_expr']}, outcome {w['outcome_expr']} ({_pts(w['margin'])})."]
