"""The bundled report (Dalian 2024, machine translated) end to end: its headline targets and
results, every digit accounted for, and its translation glitches read for what they are."""
from __future__ import annotations

import pandas as pd
import pytest

approx = pytest.approx


def find(claims: pd.DataFrame, *, sentence_has: str, expr: str) -> pd.Series:
    hits = claims[claims["sentence"].str.contains(sentence_has, regex=False) & (claims["expr"] == expr)]
    assert len(hits) == 1, f"{expr!r} in a sentence with {sentence_has!r}: {len(hits)} claims"
    return hits.iloc[0]


# --- the eight main expected goals for 2024 -----------------------------------------------------

GOALS_2024 = [
    # indicator, expr, value, qualifier, direction, base_period
    ("gdp", "about 6%", 6, "about", "up", None),
    ("industrial_value_added", "7.5%", 7.5, "exact", "up", None),
    ("fixed_asset_investment", "about 8%", 8, "about", "up", None),
    ("retail_sales", "8%", 8, "exact", "up", None),
    ("public_budget_revenue", "6%", 6, "exact", "up", None),
    ("foreign_trade", "7%", 7, "exact", "up", None),
    ("cpi", "about 3%", 3, "about", "up", None),
    ("energy_intensity", "12%", 12, "exact", "down", 2020),
]


@pytest.fixture(scope="module")
def goals(dalian_claims):
    c = dalian_claims
    return c[(c["section"] == "II") & (c["indicator"] != "")]


def test_the_eight_main_goals_in_order(goals):
    assert list(goals["indicator"]) == [g[0] for g in GOALS_2024]


@pytest.mark.parametrize("indicator, expr, value, qualifier, direction, base", GOALS_2024,
                         ids=[g[0] for g in GOALS_2024])
def test_main_goal(goals, indicator, expr, value, qualifier, direction, base):
    row = goals[goals["indicator"] == indicator].iloc[0]
    assert row["expr"] == expr
    assert row["value"] == approx(value)
    assert (row["unit"], row["kind"]) == ("%", "growth")
    assert row["qualifier"] == qualifier
    assert row["direction"] == direction
    assert (row["status"], row["period"]) == ("target", 2024)
    assert (None if pd.isna(row["base_period"]) else row["base_period"]) == base


def test_goal_after_the_page_number_keeps_its_base_year(goals):
    row = goals[goals["indicator"] == "energy_intensity"].iloc[0]
    assert row["sentence"].startswith("The income growth of urban and rural residents")
    assert "-12-" not in row["sentence"]


# --- the 2023 results --------------------------------------------------------------------------

ESTIMATED_2023 = [
    # indicator, expr, value, qualifier, direction, base_period
    ("gdp", "more than 6%", 6, "more_than", "up", None),
    ("public_budget_revenue", "12%", 12, "exact", "up", None),
    ("industrial_value_added", "more than 10%", 10, "more_than", "up", None),
    ("retail_sales", "9%", 9, "exact", "up", None),
    ("cpi", "0.6%", 0.6, "exact", "up", None),
    ("energy_intensity", "more than 13%", 13, "more_than", "down", 2020),
]


@pytest.mark.parametrize("indicator, expr, value, qualifier, direction, base", ESTIMATED_2023,
                         ids=[g[0] for g in ESTIMATED_2023])
def test_estimated_headline_results(dalian_claims, indicator, expr, value, qualifier, direction, base):
    c = dalian_claims
    hits = c[(c["indicator"] == indicator) & (c["period"] == 2023) & (c["kind"] == "growth")]
    row = hits.iloc[0]
    assert row["expr"] == expr
    assert row["value"] == approx(value)
    assert row["qualifier"] == qualifier
    assert row["direction"] == direction
    assert row["status"] == "estimate"
    assert row["section"] == "I"
    assert (None if pd.isna(row["base_period"]) else row["base_period"]) == base


def test_only_the_hedged_sentences_are_estimates(dalian_claims):
    est = dalian_claims[dalian_claims["status"] == "estimate"]
    assert len(est) == 6
    assert est["sentence"].str.contains("It is estimated that|Compared with 2020", regex=True).all()


ACTUAL_2023 = [
    # sentence fragment, expr, value, unit, kind, indicator
    ("turnover of technology contracts", "18.4%", 18.4, "%", "growth", "tech_contract_turnover"),
    ("local conversion rate", "42.2%", 42.2, "%", "share", "tech_conversion_rate"),
    ("R&D investment increased", "10%", 10, "%", "growth", "rd_expenditure"),
    ("R&D investment increased", "3.2%", 3.2, "%", "share", "rd_intensity"),
    ("new jobs in cities and towns", "125,000", 125_000, "", "count", "urban_new_jobs"),
    ("days with good air quality", "319 days", 319, "day", "quantity", "air_quality"),
    ("actual utilization of foreign capital", "960 million US dollars", 960e6, "USD", "amount", "fdi_utilized"),
    ("actual utilization of foreign capital", "188.56 billion yuan", 188.56e9, "CNY", "amount", "domestic_capital"),
    ("actual utilization of foreign capital", "15.1%", 15.1, "%", "growth", "domestic_capital"),
]


@pytest.mark.parametrize("fragment, expr, value, unit, kind, indicator", ACTUAL_2023,
                         ids=[f"{a[5]}-{a[1]}" for a in ACTUAL_2023])
def test_actual_headline_results(dalian_claims, fragment, expr, value, unit, kind, indicator):
    row = find(dalian_claims, sentence_has=fragment, expr=expr)
    assert row["value"] == approx(value)
    assert (row["unit"], row["kind"], row["indicator"]) == (unit, kind, indicator)
    assert (row["status"], row["period"]) == ("actual", 2023)
    assert row["section"].startswith("I.")


def test_new_urban_jobs_result_and_target_are_counts_of_jobs(dalian_claims):
    jobs = dalian_claims[dalian_claims["indicator"] == "urban_new_jobs"]
    assert list(zip(jobs["value"], jobs["status"], jobs["qualifier"], jobs["counted"])) == [
        (125_000, "actual", "exact", "jobs"), (127_000, "target", "more_than", "jobs")]


def test_increased_to_five(dalian_claims):
    row = find(dalian_claims, sentence_has="increased to five", expr="five")
    assert (row["value"], row["kind"], row["counted"]) == (5, "count", "laboratories")


def test_respectively_lists_in_the_report(dalian_claims):
    row = dalian_claims[dalian_claims["sentence"].str.contains("Japan, South Korea and Russia")]
    assert list(row["value"]) == [42.6, 2, 20, 80]
    assert [s.split()[-1] for s in row["subject"][1:]] == ["japan", "korea", "russia"]


def test_decrease_is_a_magnitude_with_direction_down(dalian_claims):
    row = find(dalian_claims, sentence_has="production safety accidents", expr="23.4%")
    assert (row["value"], row["direction"], row["kind"]) == (23.4, "down", "growth")


def test_percentage_points_in_the_report(dalian_claims):
    pp = dalian_claims[dalian_claims["unit"] == "pp"]
    assert list(pp["value"]) == [19.5, 23.9]
    assert set(pp["kind"]) == {"pp_change"} and set(pp["direction"]) == {"up"}


def test_range_target(dalian_claims):
    row = find(dalian_claims, sentence_has="national innovation platforms", expr="2-3")
    assert (row["value"], row["value_high"], row["kind"], row["status"]) == (2, 3, "count", "target")


def test_amounts_are_fully_scaled(dalian_claims):
    row = find(dalian_claims, sentence_has="tourism income", expr="149.3 billion yuan")
    assert row["value"] == approx(149.3e9)
    mu = find(dalian_claims, sentence_has="sown area of grain", expr="4.021 million mu")
    assert (mu["value"], mu["unit"], mu["kind"]) == (approx(4_021_000), "mu", "quantity")


# --- table invariants ---------------------------------------------------------------------------

def test_claims_trace_back_to_the_text(dalian):
    text = dalian.text
    c = dalian.claims
    assert list(c["claim_id"]) == list(range(1, len(c) + 1))
    assert (c["start"].diff().dropna() > 0).all()
    for r in c.itertuples():
        assert text[r.start:r.end] == r.expr
        assert r.expr in r.sentence
        assert r.sentence in text
    assert set(c["report_id"]) == {"dalian-2024"}
    assert (c["value"] >= 0).all()
    assert c.loc[c["kind"].isin(["growth", "pp_change"]), "direction"].isin(["up", "down"]).all()
    assert (c.loc[~c["kind"].isin(["growth", "pp_change"]), "direction"] == "none").all()


def test_status_follows_the_part(dalian_claims):
    c = dalian_claims
    assert set(c.loc[c["section"].str.startswith(("II", "III")), "status"]) == {"target"}
    assert set(c.loc[c["section"].str.match(r"^I(\.|$)"), "status"]) == {"actual", "estimate"}
    assert set(c.loc[c["status"] == "target", "period"]) == {2024}
    assert set(c.loc[c["status"] != "target", "period"]) == {2023}


def test_counts_name_the_noun_counted(dalian_claims):
    counts = dalian_claims[dalian_claims["kind"] == "count"]
    assert (counts["counted"] != "").all()
    assert (dalian_claims.loc[dalian_claims["kind"] != "count", "counted"] == "").all()


# --- mentions: every digit in exactly one ---------------------------------------------------------

def test_every_digit_lies_in_exactly_one_mention(dalian):
    text = dalian.text
    cover = [0] * len(text)
    for r in dalian.mentions.itertuples():
        assert text[r.start:r.end] == r.text
        for i in range(r.start, r.end):
            cover[i] += 1
    assert max(cover) == 1
    missed = [i for i, ch in enumerate(text) if ch.isdecimal() and cover[i] != 1]
    assert missed == []


def test_mentions_and_claims_agree(dalian):
    m = dalian.mentions
    claims = m[m["role"] == "claim"]
    assert list(claims["claim_id"]) == list(dalian.claims["claim_id"])
    assert list(claims["start"]) == list(dalian.claims["start"])
    assert (claims["nonclaim_type"] == "").all()
    non = m[m["role"] == "non_claim"]
    assert non["claim_id"].isna().all()
    assert (non["nonclaim_type"] != "").all()
    assert list(m["mention_id"]) == list(range(1, len(m) + 1))


def nonclaim(dalian, text, near=None):
    m = dalian.mentions
    hits = m[m["text"] == text]
    if near is not None:
        pos = dalian.text.index(near)
        hits = hits[(hits["start"] >= pos) & (hits["start"] < pos + len(near))]
    assert len(hits) >= 1, text
    return set(hits["nonclaim_type"])


def test_page_number_is_a_page_artifact(dalian):
    assert nonclaim(dalian, "-12-") == {"page_artifact"}


def test_delivery_dates(dalian):
    assert nonclaim(dalian, "2024-01-15") == {"date"}
    assert nonclaim(dalian, "January 6, 2024") == {"date"}


def test_section_markers(dalian):
    assert nonclaim(dalian, "(1)") == {"section_marker"}
    m = dalian.mentions
    assert len(m[m["nonclaim_type"] == "section_marker"]) == 8 + 9 + 4


def test_ordinal_names(dalian):
    assert nonclaim(dalian, "20th") == {"ordinal_name"}
    assert nonclaim(dalian, "17th") == {"ordinal_name"}
    assert nonclaim(dalian, "Line 5") == {"ordinal_name"}
    assert nonclaim(dalian, "No.1") == {"ordinal_name"}
    assert nonclaim(dalian, "14th Five-Year Plan") == {"ordinal_name"}


def test_quoted_numbers_are_slogans(dalian):
    assert nonclaim(dalian, "10,000", near='"10,000 visits"') == {"slogan"}
    assert nonclaim(dalian, "two", near='"two leading areas"') == {"slogan"}
    assert nonclaim(dalian, "30", near='"Top 30 National') == {"slogan"}


def test_years_are_years(dalian):
    assert nonclaim(dalian, "2023", near="Review of Work in 2023") == {"year"}
    assert nonclaim(dalian, "2020", near="Compared with 2020") == {"year"}


def test_words_and_names_with_digits(dalian):
    assert nonclaim(dalian, "COVID-19") == {"word_use"}
    assert nonclaim(dalian, "Three", near="Three Gorges") == {"word_use"}


def test_run_together_numbers_28_70(dalian):
    """'launch 28 70 upgrading measures': a glitch; 28 is not a claim, 70 counts the measures."""
    m = dalian.mentions
    pos = dalian.text.index("28 70 upgrading")
    twenty_eight = m[m["start"] == pos].iloc[0]
    assert (twenty_eight["text"], twenty_eight["role"]) == ("28", "non_claim")
    assert twenty_eight["nonclaim_type"] == "other"
    seventy = dalian.claims[dalian.claims["start"] == pos + 3].iloc[0]
    assert (seventy["value"], seventy["counted"]) == (70, "measures")


def test_summary_line(dalian):
    line = dalian.summary()
    assert "\n" not in line
    assert line.startswith("dalian-2024: ")
    assert f"{len(dalian.claims)} claims" in line
