"""The backtest across a corpus: every ledger target with an outcome, judged as its report's year allowed.

Expected rows are worked out by hand from the small corpora below (targets and results a reader would give),
never read off the program's output."""
from __future__ import annotations

import pandas as pd

from test_ledger import gdp, reading, res
from workreport.contract import schema
from workreport.contract.tables import CORPUS_BACKTEST, CORPUS_BACKTEST_SUMMARY
from workreport.analyse.record import as_of
from workreport.analyse.feasibility import assess_targets
from workreport.analyse.reference import for_place, load_reference
from workreport.corpus.backtest import facts_then
from workreport.corpus.batch import headline_pairs
from workreport.corpus.build import corpus_tables


def aim(v: float) -> dict:
    return gdp(v, sentence=f"This year GDP is to grow by {v}%.")


def was(v: float, period=None) -> dict:
    return res(v, period=period, sentence=f"GDP grew by {v}% in {period or 'the past year'}.")


def henan() -> dict:
    """Targets 2019-2022 and the results the next reports give; the 2023 report also restates 2021 (6.8%), a
    figure the 2022 report's reader could not have known."""
    return corpus_tables([
        reading("Henan", 2019, aim(7.0)),
        reading("Henan", 2020, was(7.0), aim(6.5)),         # 2019 met exactly; 2020 target below last year's 7.0
        reading("Henan", 2021, was(6.0), aim(6.0)),         # 2020 missed; 2021 target equal to last year's 6.0
        reading("Henan", 2022, was(6.5), aim(6.0)),         # 2021 met; 2022 target below last year's 6.5
        reading("Henan", 2023, was(5.0), was(6.8, period=2021)),   # 2022 missed; 2021 restated later
    ])


def test_every_target_with_an_outcome_is_a_row_with_or_without_a_verdict():
    bt = henan()["backtest"].set_index("period")
    schema.validate(bt.reset_index(), CORPUS_BACKTEST)
    assert list(bt.index) == [2019, 2020, 2021, 2022]
    assert bt["met"].tolist() == [True, False, True, False]
    # the 2019 report states no result for 2018: nothing to judge from, so no prediction
    assert bt.loc[2019, "verdict"] == "insufficient evidence" and bt.loc[2019, "held"] == "not scored"
    # each later target asks no more than last year's result gave: on track, i.e. 'met' predicted
    assert (bt.loc[[2020, 2021, 2022], "verdict"] == "on track").all()
    assert bt.loc[[2020, 2021, 2022], "held"].tolist() == ["no", "yes", "no"]
    assert bt.loc[[2020, 2021, 2022], "last_year"].tolist() == [7.0, 6.0, 6.5]


def test_the_record_is_cut_at_the_report_year():
    bt = henan()["backtest"].set_index("period")
    # 2020: 2019's outcome (stated 2020); 2021: 2019 and 2020; 2022: still two, since 2021's outcome is taken
    # from the 2023 report, which the 2022 report's reader did not have
    assert bt["record_years"].tolist() == [0, 1, 2, 2]


def test_as_of_keeps_only_outcomes_stated_by_then():
    ledger = pd.DataFrame(dict(place=["A", "A", "A", "B", "A"], met=["met", "missed", "no result", "met", "met"],
                               outcome_report=["a-2021", "a-2023", "", "b-2021", "a-x"],
                               period=[2020, 2021, 2022, 2020, 2019]))
    years = {"a-2021": 2021, "a-2023": 2023, "b-2021": 2021}
    # a 2022 reader knows the outcomes of the 2021 reports (A's and B's 2020), not a-2023's; a row with no
    # outcome report, or one whose report's year is unknown (a-x), is not shown to be known
    assert as_of(ledger, 2022, years)["period"].tolist() == [2020, 2020]
    assert as_of(ledger, 2023, years)["period"].tolist() == [2020, 2021, 2020]
    assert as_of(ledger, 2021, years)["place"].tolist() == ["A", "B"]
    assert as_of(ledger, 2020, years).empty


def test_summary_sets_the_verdicts_beside_the_naive_rules_with_n():
    s = henan()["backtest_summary"]
    schema.validate(s, CORPUS_BACKTEST_SUMMARY)
    assert set(s["place"]) == {"all places", "Henan"}
    got = s[s["place"] == "all places"].set_index("rule")[["targets", "predicted", "held"]].T.to_dict()
    assert got["feasibility verdicts"] == {"targets": 4, "predicted": 3, "held": 1}
    assert got["every target is met"] == {"targets": 4, "predicted": 4, "held": 2}
    # repeat: 2020 (7.0 meets 6.5, missed), 2021 (6.0 meets 6.0, met), 2022 (6.5 meets 6.0, missed); 2019 unknown
    assert got["this year repeats last year"] == {"targets": 4, "predicted": 3, "held": 1}


def test_last_years_reference_outcome_is_not_known_to_the_report():
    """The final figure for the year just ended comes from a communique published after most reports: a report
    of 2024 may use the reference outcome of 2022, not that of 2023; targets up to its own year it may."""
    ref = load_reference()
    facts = facts_then(for_place(ref, "dalian"), 2024)
    years = {key[2] for key in facts.outcomes if key[:2] == ("gdp", "growth")}
    assert 2023 not in years and 2022 in years
    assert 2023 in {t["year"] for t in facts.targets[("gdp", "growth")]}
    earlier = facts_then(for_place(ref, "dalian"), 2022)     # the 2023 target was not yet set in 2022
    assert max(t["year"] for t in earlier.targets[("gdp", "growth")]) == 2022


def _retail(v: float, status="actual", indicator="", period=None) -> dict:
    verb = "is to grow" if status == "target" else "grew"
    return dict(expr=f"{v}%", value=v, kind="growth", unit="%", direction="up", status=status, period=period,
                subject="total retail sales of consumer goods", indicator=indicator,
                sentence=f"Total retail sales of consumer goods {verb} by {v}%.")


def test_a_base_the_reader_gave_no_indicator_still_counts():
    """Last year's 7% (no indicator: matched by its words) is the base of this year's 6% retail target, in
    the backtest as in the report's own analysis: on track, not 'insufficient evidence'."""
    first = reading("Hebei", 2024, _retail(7.0), _retail(6.0, "target", "retail_sales"))
    later = reading("Hebei", 2025, _retail(6.5, indicator="retail_sales"))
    bt = corpus_tables([first, later])["backtest"]
    assert bt["verdict"].tolist() == ["on track"] and bt["last_year"].tolist() == [7.0]
    own = assess_targets(first.claims)
    assert own.loc[own["indicator"] == "retail_sales", "verdict"].tolist() == ["on track"]
    # a worker's reading brings the same pair with it
    pairs = headline_pairs(first.claims)
    assert [(p["result_value"], p["target_value"]) for p in pairs] == [(7.0, 6.0)]
