"""What a figure claims: kind, direction, status, period, base period, subject and indicator,
read from sentences worded as national, provincial and city reports word them."""
from __future__ import annotations

import pandas as pd
import pytest

approx = pytest.approx


def rows(claims, *cols):
    """The columns as tuples, with empty values as None."""
    return [tuple(None if pd.isna(v) else v for v in r) for r in claims[list(cols)].itertuples(index=False)]


# --- national reports (the Premier's report to the NPC) --------------------------------------

NATIONAL_TARGETS = (
    "The main projected targets for development this year are: GDP growth of around 5 percent; "
    "over 12 million new urban jobs; a surveyed urban unemployment rate within 5.5 percent; "
    "a CPI increase of around 3 percent; growth in personal income that is in step with economic growth; "
    "a deficit-to-GDP ratio of 3 percent; grain output of over 650 billion kilograms; "
    "and a drop of around 2.5 percent in energy consumption per unit of GDP."
)


def test_national_main_targets(reports):
    claims = reports.claims(NATIONAL_TARGETS, part="targets", level="national")
    assert rows(claims, "expr", "value", "unit", "kind", "qualifier", "direction") == [
        ("around 5 percent", 5, "%", "growth", "about", "up"),
        ("over 12 million", 12e6, "", "count", "more_than", "none"),
        ("within 5.5 percent", 5.5, "%", "share", "at_most", "none"),
        ("around 3 percent", 3, "%", "growth", "about", "up"),
        ("3 percent", 3, "%", "share", "exact", "none"),
        ("over 650 billion kilograms", 650e9, "kg", "quantity", "more_than", "none"),
        ("around 2.5 percent", 2.5, "%", "growth", "about", "down"),
    ]
    assert list(claims["indicator"]) == ["gdp", "urban_new_jobs", "surveyed_unemployment_rate", "cpi", "deficit_ratio", "grain_output", "energy_intensity"]
    assert list(claims["subject"])[:6] == ["gdp", "new urban jobs", "surveyed urban unemployment rate", "cpi",
                                           "deficit-to-gdp ratio", "grain output"]
    assert claims.iloc[1]["counted"] == "jobs"
    assert set(claims["status"]) == {"target"}
    assert set(claims["period"]) == {2024}
    assert set(claims["section"]) == {"II"}


def test_national_fiscal_figures(reports):
    claims = reports.claims(
        "We plan to issue 1 trillion yuan of ultra-long special treasury bonds. "
        "Local government special-purpose bonds will total 3.9 trillion yuan. "
        "The deficit will be 4.06 trillion yuan, 180 billion yuan more than last year.",
        part="targets", level="national")
    assert rows(claims, "expr", "value", "unit", "kind", "subject") == [
        ("1 trillion yuan", 1e12, "CNY", "amount", "ultra-long special treasury bonds"),
        ("3.9 trillion yuan", 3.9e12, "CNY", "amount", "local government special-purpose bonds"),
        ("4.06 trillion yuan", 4.06e12, "CNY", "amount", "deficit"),
        ("180 billion yuan", 180e9, "CNY", "amount", "deficit"),
    ]


def test_national_results(reports):
    claims = reports.claims(
        "Gross domestic product reached 126 trillion yuan, an increase of 5.2 percent. "
        "12.44 million new urban jobs were added. The consumer price index rose by 0.2 percent. "
        "Energy consumption per unit of GDP dropped by 0.5 percent. "
        "Total imports and exports of goods grew 0.2 percent to 41.8 trillion yuan.",
        level="national")
    assert rows(claims, "expr", "kind", "direction", "indicator", "status", "period") == [
        ("126 trillion yuan", "amount", "none", "gdp", "actual", 2023),
        ("5.2 percent", "growth", "up", "gdp", "actual", 2023),
        ("12.44 million", "count", "none", "urban_new_jobs", "actual", 2023),
        ("0.2 percent", "growth", "up", "cpi", "actual", 2023),
        ("0.5 percent", "growth", "down", "energy_intensity", "actual", 2023),
        ("0.2 percent", "growth", "up", "foreign_trade", "actual", 2023),
        ("41.8 trillion yuan", "amount", "none", "foreign_trade", "actual", 2023),
    ]


# --- provincial reports (the Governor's report) ----------------------------------------------

def test_provincial_results(reports):
    claims = reports.claims(
        "The province's GDP grew by 5.3 percent. General public budget revenue rose 8.6%. "
        "The added value of industries above designated size increased by 4.4 percent. "
        "Total retail sales of consumer goods rose 5.8 percent, and total imports and exports grew 0.3 percent. "
        "Per capita disposable income of residents rose 4.8 percent. "
        "The province's R&D expenditure exceeded 470 billion yuan, accounting for 3.5 percent of GDP. "
        "Actual use of foreign investment dropped 21.6 percent. "
        "Technology contract turnover reached 480 billion yuan, up 10.2 percent.",
        level="province")
    assert rows(claims, "expr", "value", "kind", "qualifier", "direction", "indicator") == [
        ("5.3 percent", 5.3, "growth", "exact", "up", "gdp"),
        ("8.6%", 8.6, "growth", "exact", "up", "public_budget_revenue"),
        ("4.4 percent", 4.4, "growth", "exact", "up", "industrial_value_added"),
        ("5.8 percent", 5.8, "growth", "exact", "up", "retail_sales"),
        ("0.3 percent", 0.3, "growth", "exact", "up", "foreign_trade"),
        ("4.8 percent", 4.8, "growth", "exact", "up", "disposable_income"),
        ("exceeded 470 billion yuan", 470e9, "amount", "more_than", "none", "rd_expenditure"),
        ("3.5 percent", 3.5, "share", "exact", "none", "rd_intensity"),
        ("21.6 percent", 21.6, "growth", "exact", "down", "fdi_utilized"),
        ("480 billion yuan", 480e9, "amount", "exact", "none", "tech_contract_turnover"),
        ("10.2 percent", 10.2, "growth", "exact", "up", "tech_contract_turnover"),
    ]
    assert claims.iloc[0]["subject"] == "province's gdp"
    assert set(claims["status"]) == {"actual"} and set(claims["period"]) == {2023}


def test_provincial_targets(reports):
    claims = reports.claims(
        "The main targets are: the province's GDP will grow by around 5 percent; "
        "general public budget revenue will grow by 3.5 percent; "
        "the consumer price index will rise by around 3 percent; "
        "more than 1.1 million new urban jobs will be created.",
        part="targets", level="province")
    assert rows(claims, "expr", "qualifier", "indicator", "status", "period") == [
        ("around 5 percent", "about", "gdp", "target", 2024),
        ("3.5 percent", "exact", "public_budget_revenue", "target", 2024),
        ("around 3 percent", "about", "cpi", "target", 2024),
        ("more than 1.1 million", "more_than", "urban_new_jobs", "target", 2024),
    ]


def test_provincial_target_wording(reports):
    claims = reports.claims(
        "The province will strive for GDP growth of above 5%. "
        "The output of grain will be stabilized at over 12.5 million tons. "
        "New energy vehicle output will exceed 3 million units. "
        "We will work to keep the surveyed urban unemployment rate at around 5.5%. "
        "Over the past five years, GDP increased from 9.7 trillion yuan to 13.6 trillion yuan, "
        "an average annual growth of 5.5%.",
        part="targets", level="province")
    assert rows(claims, "expr", "kind", "subject", "indicator") == [
        ("above 5%", "growth", "gdp", "gdp"),
        ("over 12.5 million tons", "quantity", "output of grain", "grain_output"),
        ("exceed 3 million", "count", "new energy vehicle output", ""),
        ("around 5.5%", "share", "surveyed urban unemployment rate", "surveyed_unemployment_rate"),
        ("9.7 trillion yuan", "amount", "gdp", "gdp"),
        ("13.6 trillion yuan", "amount", "gdp", "gdp"),
        ("5.5%", "growth", "gdp", "gdp"),
    ]
    assert claims.iloc[2]["counted"] == "units"


# --- city reports ----------------------------------------------------------------------------

def test_city_targets(reports):
    claims = reports.claims(
        "The main expected goals are: the regional GDP will increase by about 6%, the added value of "
        "industrial enterprises above designated size will increase by 7.5%, the investment in fixed assets "
        "will increase by about 8%, and the energy consumption intensity will decrease by 12% compared with 2020.",
        part="targets")
    assert rows(claims, "expr", "value", "qualifier", "direction", "base_period", "indicator") == [
        ("about 6%", 6, "about", "up", None, "gdp"),
        ("7.5%", 7.5, "exact", "up", None, "industrial_value_added"),
        ("about 8%", 8, "about", "up", None, "fixed_asset_investment"),
        ("12%", 12, "exact", "down", 2020, "energy_intensity"),
    ]


def test_city_counts_name_what_they_count(reports):
    claims = reports.claims(
        "13 new public kindergartens were opened and 3,180 degrees were added; "
        "7 compulsory education schools were newly built, and 8,000 degrees were added. "
        "Raise 6,036 sets of affordable rental housing.")
    assert rows(claims, "value", "kind", "counted", "subject") == [
        (13, "count", "kindergartens", "new public kindergartens"),
        (3180, "count", "degrees", "degrees"),
        (7, "count", "schools", "compulsory education schools"),
        (8000, "count", "degrees", "degrees"),
        (6036, "count", "sets", "affordable rental housing"),
    ]


# --- kinds -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expr, kind", [
    ("The total investment in manufacturing accounts for 39.3% of the city's investment.", "39.3%", "share"),
    ("The local conversion rate of scientific and technological achievements reached 42.2%.", "42.2%", "share"),
    ("Tourism income recovered to 175% of 2019.", "175%", "ratio_to_base"),
    ("Exports were 1.5 times those of 2022.", "1.5 times", "ratio_to_base"),
    ("The city ranked 3rd among sub-provincial cities.", "3rd", "rank"),
    ("Its port throughput ranks No. 2 in the country.", "No. 2", "rank"),
    ("The task was completed two years ahead of schedule.", "two years", "duration"),
    ("Approval time was shortened to 3 working days.", "3 working days", "duration"),
    ("The number of days with good air quality is 319 days.", "319 days", "quantity"),
    ("Tourism income reached 149.3 billion yuan.", "149.3 billion yuan", "amount"),
    ("Rectify 284 environmental problems.", "284", "count"),
    ("The detection rate increased by 19.5 percentage points.", "19.5 percentage points", "pp_change"),
    ("Retail sales grew 7.2 percent year on year.", "7.2 percent", "growth"),
])
def test_kinds(reports, sentence, expr, kind):
    row = reports.claim(sentence, expr)
    assert row["kind"] == kind
    assert row["direction"] == ("up" if kind in ("growth", "pp_change") else "none")


def test_ratio_to_base_names_its_base_year(reports):
    row = reports.claim("Tourism income recovered to 175% of 2019.", "175%")
    assert row["base_period"] == 2019 and row["value"] == 175


# --- direction: the value is the magnitude, the sign is in direction --------------------------

@pytest.mark.parametrize("sentence, expr, direction", [
    ("The number of production safety accidents decreased by 23.4%.", "23.4%", "down"),
    ("Exports fell 4.6%.", "4.6%", "down"),
    ("Imports declined by 5.5 percent.", "5.5 percent", "down"),
    ("Coal consumption dropped 2%.", "2%", "down"),
    ("Sales were down 3.1%.", "3.1%", "down"),
    ("Emissions were reduced by 18%.", "18%", "down"),
    ("The number of accidents saw a decrease of 12%.", "12%", "down"),
    ("Steel output shrank 1.5%.", "1.5%", "down"),
    ("Profits were 5.5% lower than in 2022.", "5.5%", "down"),
    ("Exports increased by 3.2%.", "3.2%", "up"),
    ("Revenue rose 4% over 2022.", "4%", "up"),
    ("Retail sales were up 9%.", "9%", "up"),
    ("The share of coal was down 1.2 percentage points.", "1.2 percentage points", "down"),
    ("Industrial output growth was -2.1%.", "-2.1%", "down"),
    ("Export growth was about -1%.", "about -1%", "down"),
    ("The change in the urbanization rate was −0.4 percentage points.", "−0.4 percentage points", "down"),
])
def test_direction_and_magnitude(reports, sentence, expr, direction):
    row = reports.claim(sentence, expr)
    assert row["direction"] == direction
    assert row["value"] > 0


def test_decrease_keeps_the_magnitude(reports):
    row = reports.claim("The number of production safety accidents decreased by 23.4%.", "23.4%")
    assert row["value"] == approx(23.4)
    assert (row["kind"], row["direction"]) == ("growth", "down")
    assert row["subject"] == "number of production safety accidents"


# --- status and period -----------------------------------------------------------------------

def test_targets_part_states_targets_whatever_the_tense(reports):
    claims = reports.claims(
        "GDP increased by 6%. The number of pocket parks reached 100. Investment will grow by 8%.", part="targets")
    assert set(claims["status"]) == {"target"}
    assert set(claims["period"]) == {2024}


def test_government_part_states_targets(reports):
    claims = reports.claims("General expenditure will be cut by 5%.", part="government")
    assert list(claims["status"]) == ["target"]
    assert list(claims["direction"]) == ["down"]


def test_results_part_states_last_year(reports):
    claims = reports.claims("GDP will increase by 6%. Retail sales rose 9%.", year=2019)
    assert set(claims["status"]) == {"actual"}
    assert set(claims["period"]) == {2018}


def test_target_for_a_later_year(reports):
    row = reports.claim("By 2025, the share of services will reach 50%.", "50%", part="targets")
    assert row["period"] == 2025
    assert row["subject"] == "share of services"


def test_it_is_estimated_governs_the_figures_after_it(reports):
    claims = reports.claims(
        "It is estimated that the regional GDP will increase by more than 6%; General public budget revenue "
        "increased by 12%; Consumer prices rose by 0.6%. Retail sales rose 9%.")
    assert rows(claims, "expr", "status", "indicator") == [
        ("more than 6%", "estimate", "gdp"),
        ("12%", "estimate", "public_budget_revenue"),
        ("0.6%", "estimate", "cpi"),
        ("9%", "actual", "retail_sales"),
    ]


def test_estimate_hedge_does_not_reach_back(reports):
    claims = reports.claims("Exports grew 5%, and it is estimated that imports rose 3%.")
    assert rows(claims, "subject", "status") == [("exports", "actual"), ("imports", "estimate")]


@pytest.mark.parametrize("sentence", [
    "According to preliminary statistics, GDP grew 5.2%.",
    "Imports are estimated at 30 billion yuan.",
    "The city's R&D investment is expected to reach 3.2% of GDP.",
])
def test_other_estimate_hedges(reports, sentence):
    claims = reports.claims(sentence)
    assert list(claims["status"]) == ["estimate"]


def test_estimate_words_in_the_targets_part_stay_targets(reports):
    claims = reports.claims("It is estimated that GDP will grow by about 6%.", part="targets")
    assert list(claims["status"]) == ["target"]


@pytest.mark.parametrize("phrase", ["compared with 2020", "compared to 2020", "over 2020", "than in 2020"])
def test_base_period(reports, phrase):
    sentence = {
        "than in 2020": "Energy consumption per unit of GDP was 13% lower than in 2020.",
    }.get(phrase, f"Energy consumption per unit of GDP decreased by 13% {phrase}.")
    row = reports.claim(sentence, "13%")
    assert row["base_period"] == 2020
    assert row["direction"] == "down"
    assert row["indicator"] == "energy_intensity"


def test_no_base_period_without_a_named_year(reports):
    row = reports.claim("Retail sales rose 9%.", "9%")
    assert pd.isna(row["base_period"])


# --- respectively lists and growth rates that qualify a figure --------------------------------

def test_respectively_pairs_figures_with_subjects_in_order(reports):
    claims = reports.claims(
        "The import and export volume to Japan, South Korea and Russia increased by 2%, 20% and 80% respectively.")
    assert rows(claims, "value", "kind", "direction") == [(2, "growth", "up"), (20, "growth", "up"),
                                                          (80, "growth", "up")]
    assert [s.split()[-1] for s in claims["subject"]] == ["japan", "korea", "russia"]


def test_respectively_with_amounts_and_a_shared_verb(reports):
    claims = reports.claims(
        "Exports, imports and the trade surplus reached 3.5 trillion yuan, 2.5 trillion yuan and "
        "1 trillion yuan respectively.", level="national")
    assert rows(claims, "subject", "value") == [("exports", 3.5e12), ("imports", 2.5e12), ("trade surplus", 1e12)]


def test_respectively_with_decreases(reports):
    claims = reports.claims("The number of production safety accidents and deaths decreased by 23.4% and "
                            "20.3% respectively.")
    assert rows(claims, "subject", "value", "direction") == [
        ("number of production safety accidents", 23.4, "down"), ("number of deaths", 20.3, "down")]


def test_respectively_with_shares(reports):
    claims = reports.claims("The added value of strategic emerging industries and the added value of digital "
                            "economy core industries accounted for 13% and 9.5% of GDP respectively.")
    assert list(claims["value"]) == [13, 9.5]
    assert list(claims["kind"]) == ["share", "share"]
    assert "strategic emerging" in claims.iloc[0]["subject"]
    assert "digital economy" in claims.iloc[1]["subject"]
    assert claims.iloc[0]["indicator"] == "strategic_emerging_share"
    assert claims.iloc[1]["indicator"] == ""


def test_respectively_refers_back_to_earlier_figures(reports):
    claims = reports.claims("In the whole year, it received 136 million tourists and realized tourism income of "
                            "149.3 billion yuan, which recovered to 148% and 175% respectively in 2019.")
    assert rows(claims, "expr", "kind", "subject") == [
        ("136 million", "count", "tourists"),
        ("149.3 billion yuan", "amount", "tourism income"),
        ("148%", "ratio_to_base", "tourists"),
        ("175%", "ratio_to_base", "tourism income"),
    ]
    assert list(claims["base_period"])[2:] == [2019, 2019]


def test_respectively_with_a_minus_sign(reports):
    claims = reports.claims("Investment in infrastructure, manufacturing and real estate grew by 5.9%, 6.5% and -9.6% "
                            "respectively.")
    assert rows(claims, "subject", "value", "direction") == [
        ("investment in infrastructure", 5.9, "up"), ("investment in manufacturing", 6.5, "up"),
        ("investment in real estate", 9.6, "down")]


@pytest.mark.parametrize("sentence, subjects", [
    ("The added value of the primary, secondary and tertiary industries grew by 4.8%, 4.9% and 5.6% respectively.",
     ["added value of the primary industries", "added value of secondary industries",
      "added value of tertiary industries"]),
    ("Per capita disposable income of urban and rural residents increased by 5.0% and 7.3% respectively.",
     ["per capita disposable income of urban residents", "per capita disposable income of rural residents"]),
    ("The import and export volume grew 3% and 4% respectively.", ["import volume", "export volume"]),
    ("GDP and fiscal revenue grew by 5% and 6% respectively.", ["gdp", "fiscal revenue"]),
])
def test_respectively_lists_sharing_a_noun(reports, sentence, subjects):
    assert list(reports.claims(sentence)["subject"]) == subjects


def test_a_second_list_pairs_with_the_first(reports):
    claims = reports.claims("Urban and rural per capita disposable income reached 52,000 yuan and 21,000 yuan "
                            "respectively, increasing by 5% and 7.5%.")
    assert rows(claims, "value", "kind", "subject") == [
        (52_000, "amount", "urban per capita disposable income"), (21_000, "amount", "rural per capita disposable income"),
        (5, "growth", "urban per capita disposable income"), (7.5, "growth", "rural per capita disposable income")]
    assert set(claims["indicator"]) == {"disposable_income"}


def test_respectively_splits_the_subject_the_earlier_figures_share(reports):
    claims = reports.claims("The output of grain and vegetables was 1.2 million tons and 3.4 million tons, up 3.1% "
                            "and 5.2% respectively.")
    assert rows(claims, "value", "kind", "subject") == [
        (1.2e6, "quantity", "output of grain"), (3.4e6, "quantity", "output of vegetables"),
        (3.1, "growth", "output of grain"), (5.2, "growth", "output of vegetables")]


def test_growth_rate_belongs_to_the_figure_it_follows(reports):
    claims = reports.claims(
        "The circle of friends for investment promotion continued to expand, with the actual utilization of "
        "foreign capital reaching 960 million US dollars and the domestic capital in place outside the province "
        "reaching 188.56 billion yuan, an increase of 15.1%.")
    assert rows(claims, "expr", "unit", "kind", "indicator") == [
        ("960 million US dollars", "USD", "amount", "fdi_utilized"),
        ("188.56 billion yuan", "CNY", "amount", "domestic_capital"),
        ("15.1%", "%", "growth", "domestic_capital"),
    ]
    assert claims.iloc[2]["subject"] == claims.iloc[1]["subject"]


def test_growth_rate_after_a_count(reports):
    claims = reports.claims("In the whole year, 138,900 new business entities were registered, an increase of 16.68%.")
    assert rows(claims, "value", "kind", "subject") == [(138_900, "count", "new business entities"),
                                                        (16.68, "growth", "new business entities")]


# --- subjects and indicators -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expr, subject, indicator", [
    ("The whole society's R&D investment increased by 10%, accounting for 3.2% of GDP.", "10%",
     "whole society's r&d investment", "rd_expenditure"),
    ("The whole society's R&D investment increased by 10%, accounting for 3.2% of GDP.", "3.2%",
     "whole society's r&d investment", "rd_intensity"),
    ("The turnover of technology contracts increased by 18.4%.", "18.4%", "turnover of technology contracts",
     "tech_contract_turnover"),
    ("125,000 new jobs in cities and towns were created.", "125,000", "new jobs in cities and towns",
     "urban_new_jobs"),
    ("The number of days with good air quality is 319 days.", "319 days", "number of days with good air quality",
     "air_quality"),
    ("The per capita disposable income of urban residents grew by 5%.", "5%",
     "per capita disposable income of urban residents", "disposable_income"),
    ("Water use per unit of GDP was cut by 10%.", "10%", "water use per unit of gdp", ""),
    ("GDP per capita rose 5%.", "5%", "gdp per capita", ""),
    ("The surveyed urban unemployment rate averaged 5.2 percent.", "5.2 percent",
     "surveyed urban unemployment rate", "surveyed_unemployment_rate"),
    ("The deficit-to-GDP ratio is projected at 3 percent.", "3 percent", "deficit-to-gdp ratio", "deficit_ratio"),
    ("We cut taxes and fees by more than 2.2 trillion yuan.", "more than 2.2 trillion yuan", "taxes and fees", ""),
    ("The task was completed two years ahead of schedule.", "two years", "task", ""),
    ("Over the last 12 months consumer prices rose 2%.", "2%", "consumer prices", "cpi"),
    ("The city ranked 3rd among sub-provincial cities.", "3rd", "city", ""),
])
def test_subjects_and_indicators(reports, sentence, expr, subject, indicator):
    row = reports.claim(sentence, expr)
    assert row["subject"] == subject
    assert row["indicator"] == indicator


def test_subjects_are_lower_case_phrases(dalian_claims):
    subjects = dalian_claims["subject"]
    assert (subjects == subjects.str.lower()).all()
    assert not subjects.str.startswith(("the ", "a ", "an ")).any()
    assert not subjects.str.endswith((" will", " by", " to", " of", " and")).any()


def test_custom_catalogue_row_is_used(tmp_path, make_report):
    from importlib import resources

    from workreport import extract_text, load_catalogue
    text = resources.files("workreport.catalogue").joinpath("indicators.csv").read_text(encoding="utf-8")
    header = text.splitlines()[0].split(",")
    row = {c: "" for c in header}
    row.update(indicator="urbanization_rate", label="Urbanization rate", kinds="share|pp_change", units="%|pp",
               aliases="urbanization rate", description="Share of residents living in towns")
    if "better" in row:
        row["better"] = "higher"
    path = tmp_path / "indicators.csv"
    path.write_text(text.rstrip("\n") + "\n" + ",".join(row[c] for c in header) + "\n", encoding="utf-8")
    e = extract_text(make_report("The urbanization rate rose by 1 percentage point to 66%."),
                     catalogue=load_catalogue(path))
    assert list(e.claims["indicator"]) == ["urbanization_rate", "urbanization_rate"]
    assert list(e.claims["kind"]) == ["pp_change", "share"]


def test_a_dash_between_numbers_is_not_a_minus_sign(reports):
    claims = reports.claims("Imports rose 2 -3%. Exports rose 2%-3%.")
    assert list(claims["expr"]) == ["2 -3%", "2%-3%"]
    assert list(claims["direction"]) == ["up", "up"]
    assert list(claims["value_high"]) == [3, 3]


def test_counted_nouns_are_words(reports):
    e = reports.extract("The range was 5 - 3 parks. Values: -12-.")
    assert "-" not in set(e.claims["counted"])


@pytest.mark.parametrize("sentence, indicator", [
    ("Online retail sales grew 10%.", ""),
    ("Total retail sales of consumer goods grew 7%.", "retail_sales"),
    ("Imports and exports with RCEP members grew 3%.", ""),
    ("Total imports and exports grew 7%.", "foreign_trade"),
    ("R&D intensity reached 2.8%.", "rd_intensity"),
    ("The economy grew 5.2%.", "gdp"),
    ("The digital economy grew 8%.", ""),
    ("Per capita GDP reached 100,000 yuan.", ""),
    ("Energy consumption per unit of GDP fell 3%.", "energy_intensity"),
])
def test_catalogue_aliases_and_exclusions(reports, sentence, indicator):
    claims = reports.claims(sentence)
    assert list(claims["indicator"]) == [indicator]


@pytest.mark.parametrize("sentence, expr, period", [
    ("Sales in 2022 were 100 billion yuan.", "100 billion yuan", 2022),
    ("The GDP of 2021 was 5 trillion yuan.", "5 trillion yuan", 2021),
    ("In 2022, sales were 100 billion yuan.", "100 billion yuan", 2022),
    ("Energy intensity was 13% lower than in 2020.", "13%", 2023),
    ("Tourism recovered to 148% in 2019, and revenue was 5 billion yuan.", "5 billion yuan", 2023),
])
def test_a_clause_that_names_its_year_sets_the_period(reports, sentence, expr, period):
    row = reports.claim(sentence, expr)
    assert row["period"] == period
    assert not any(ch.isdigit() for ch in row["subject"])


def test_a_target_for_a_named_later_year(reports):
    row = reports.claim("In 2025, the share of services will reach 50%.", "50%", part="targets")
    assert (row["period"], row["subject"]) == (2025, "share of services")


@pytest.mark.parametrize("sentence", [
    "The city received 136 million tourists, recovering to 148% of 2019.",
    "The number of tourists received reached 136 million, 148% of that in 2019.",
])
def test_ratio_to_an_earlier_year(reports, sentence):
    claims = reports.claims(sentence)
    ratio = claims.iloc[1]
    assert (ratio["kind"], ratio["base_period"], ratio["value"]) == ("ratio_to_base", 2019, 148)
    assert ratio["subject"] == claims.iloc[0]["subject"]
    assert "tourists" in ratio["subject"]


def test_metric_tons(reports):
    row = reports.claim("Grain output reached 695 million metric tons.", "695 million metric tons", level="national")
    assert (row["value"], row["unit"], row["kind"], row["subject"]) == (695e6, "ton", "quantity", "grain output")


@pytest.mark.parametrize("sentence", [
    "Retail sales rose 7.2 percent, exports, 4.6 percent, and imports, 3.1 percent.",
    "Retail sales rose 7.2 percent, exports 4.6 percent and imports 3.1 percent.",
])
def test_a_verb_left_out_after_the_first_figure_is_the_first_ones(sentence):
    """Gapping: each measure named alone between figures takes the first figure's verb, and its own name."""
    import workreport
    text = f"I. Review of Work in 2023\n{sentence}\nII. Tasks for 2024\nWe will do more.\n"
    got = workreport.extract_text(text, language="en").claims
    assert list(zip(got["subject"], got["kind"], got["direction"], got["value"])) == [
        ("retail sales", "growth", "up", 7.2), ("exports", "growth", "up", 4.6), ("imports", "growth", "up", 3.1)]


def test_a_left_out_falling_verb_falls_too():
    import workreport
    text = "I. Review of Work in 2023\nExports fell 3 percent, imports, 2 percent.\nII. Tasks for 2024\nWe will do more.\n"
    got = workreport.extract_text(text, language="en").claims
    assert list(zip(got["subject"], got["direction"])) == [("exports", "down"), ("imports", "down")]
