"""How figures are read: digits, scale words, number words, ranges, percentages, currencies,
units and qualifiers, each in sentences worded as city, provincial and national reports word them.

`value` is always the number fully scaled; `expr` is the figure as written with its
qualifier, currency and scale words.
"""
from __future__ import annotations

import pytest

approx = pytest.approx


def check(row, value, unit, kind, qualifier="exact", value_high=None):
    assert row["value"] == approx(value), row["expr"]
    assert row["unit"] == unit, row["expr"]
    assert row["kind"] == kind, row["expr"]
    assert row["qualifier"] == qualifier, row["expr"]
    if value_high is None:
        assert row["value_high"] != row["value_high"], f"{row['expr']} is not a range"  # NaN
    else:
        assert row["value_high"] == approx(value_high), row["expr"]


# --- digits, separators and decimals -------------------------------------------------------

@pytest.mark.parametrize("sentence, expr, value, unit, kind", [
    ("In the whole year, 138,900 new business entities were registered.", "138,900", 138_900, "", "count"),
    ("There were 1,234,567 registered market entities at the end of the year.", "1,234,567", 1_234_567, "", "count"),
    ("Total output reached 2,345.67 billion yuan.", "2,345.67 billion yuan", 2_345.67e9, "CNY", "amount"),
    ("Complete the sown area of grain of 4.021 million mu.", "4.021 million mu", 4_021_000, "mu", "quantity"),
    ("Consumer prices rose by 0.6%.", "0.6%", 0.6, "%", "growth"),
    ("65,000 college graduates were received.", "65,000", 65_000, "", "count"),
    ("The city added 1,000 family old-age beds.", "1,000", 1_000, "", "count"),
])
def test_digits_with_separators_and_decimals(reports, sentence, expr, value, unit, kind):
    check(reports.claim(sentence, expr), value, unit, kind)


# --- scale words, including the translations of 万 and 亿 ----------------------------------

@pytest.mark.parametrize("sentence, expr, value, unit", [
    ("Average monthly wages were 5 thousand yuan.", "5 thousand yuan", 5e3, "CNY"),
    ("The city received 136 million tourists.", "136 million", 136e6, ""),
    ("Tourism income reached 149.3 billion yuan.", "149.3 billion yuan", 149.3e9, "CNY"),
    ("Gross domestic product reached 126 trillion yuan.", "126 trillion yuan", 126e12, "CNY"),
    ("The per capita disposable income reached 3.5 10,000 yuan.", "3.5 10,000 yuan", 35_000, "CNY"),
    ("The guidance fund raised 7.5 100 million yuan.", "7.5 100 million yuan", 750e6, "CNY"),
    ("The fund raised 2.6 hundred million yuan.", "2.6 hundred million yuan", 260e6, "CNY"),
    ("Enterprises received subsidies of 12 ten thousand yuan each.", "12 ten thousand yuan", 120_000, "CNY"),
])
def test_scale_words(reports, sentence, expr, value, unit):
    row = reports.claim(sentence, expr)
    assert row["value"] == approx(value)
    assert row["unit"] == unit


def test_a_year_before_10000_is_not_a_scale(reports):
    e = reports.extract("In 2023 10,000 new jobs were created.")
    claims = e.claims
    assert list(claims["expr"]) == ["10,000"]
    assert claims.iloc[0]["value"] == 10_000
    years = e.mentions[e.mentions["nonclaim_type"] == "year"]["text"]
    assert "2023" in set(years)


# --- number words ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expr, value, counted", [
    ("The number of national key laboratories in our city increased to five.", "five", 5, "laboratories"),
    ("Six national seed farms were newly identified.", "Six", 6, "farms"),
    ("Six national and provincial seed farms were newly identified.", "Six", 6, "farms"),
    ("The city added twelve new parks.", "twelve", 12, "parks"),
    ("Eleven counties were lifted out of poverty.", "Eleven", 11, "counties"),
    ("Nineteen projects were completed.", "Nineteen", 19, "projects"),
    ("The number of high-tech zones increased to twenty.", "twenty", 20, "zones"),
    ("Twenty-five new hospitals were opened.", "Twenty-five", 25, "hospitals"),
    ("We built two hundred new schools.", "two hundred", 200, "schools"),
    ("Three thousand teachers were trained.", "Three thousand", 3000, "teachers"),
    ("Three enterprises were awarded national demonstration factories.", "Three", 3, "enterprises"),
])
def test_number_words(reports, sentence, expr, value, counted):
    row = reports.claim(sentence, expr)
    assert row["value"] == value
    assert row["kind"] == "count"
    assert row["counted"] == counted
    assert row["unit"] == ""


@pytest.mark.parametrize("sentence, word, nonclaim_type", [
    ("Huaneng and Three Gorges offshore wind power projects have been launched one after another.", "Three", "word_use"),
    ("Huaneng and Three Gorges offshore wind power projects have been launched one after another.", "one", "word_use"),
    ("It is a crucial year for implementing the three-year action.", "three", "word_use"),
    ("Anchor the strategic positioning of \"two leading areas\" and \"three centers\".", "two", "slogan"),
    ("Anchor the strategic positioning of \"two leading areas\" and \"three centers\".", "three", "slogan"),
])
def test_number_words_that_are_not_quantities(reports, sentence, word, nonclaim_type):
    e = reports.extract(sentence)
    assert e.claims.empty
    m = e.mentions[e.mentions["text"] == word]
    assert not m.empty
    assert set(m["nonclaim_type"]) == {nonclaim_type}


def test_number_words_inside_other_words_are_not_mentions(reports):
    sentence = "Someone often wonders whether tonnage and sevenfold attention matter."
    e = reports.extract(sentence)
    assert e.claims.empty
    a = e.text.index(sentence)
    assert e.mentions[(e.mentions["start"] >= a) & (e.mentions["end"] <= a + len(sentence))].empty


# --- ranges ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expr, low, high, unit, kind, part", [
    ("Strive to build 2-3 national innovation platforms.", "2-3", 2, 3, "", "count", "targets"),
    ("Fixed-asset investment will grow by 6–6.5%.", "6–6.5%", 6, 6.5, "%", "growth", "targets"),
    ("We will add 2 to 3 national innovation platforms.", "2 to 3", 2, 3, "", "count", "targets"),
    ("Regional GDP will grow by 6.5%-7%.", "6.5%-7%", 6.5, 7, "%", "growth", "targets"),
    ("Regional GDP will grow by 5 to 6 percent.", "5 to 6 percent", 5, 6, "%", "growth", "targets"),
    ("Regional GDP will grow by 5.5 percent to 6 percent.", "5.5 percent to 6 percent", 5.5, 6, "%", "growth", "targets"),
    ("Investment will reach 30-40 billion yuan.", "30-40 billion yuan", 30e9, 40e9, "CNY", "amount", "targets"),
])
def test_ranges(reports, sentence, expr, low, high, unit, kind, part):
    check(reports.claim(sentence, expr, part=part), low, unit, kind, value_high=high)


def test_from_x_to_y_is_a_change_not_a_range(reports):
    claims = reports.claims("The number of national parks rose from 5 to 6.")
    assert claims["value_high"].isna().all()
    assert "5 to 6" not in set(claims["expr"])
    assert 6 in set(claims["value"])


def test_a_rate_then_the_level_it_reached_is_not_a_range(reports):
    claims = reports.claims("Total imports and exports of goods grew 0.2 percent to 41.8 trillion yuan.", level="national")
    assert list(claims["expr"]) == ["0.2 percent", "41.8 trillion yuan"]
    rate, level = claims.iloc[0], claims.iloc[1]
    check(rate, 0.2, "%", "growth")
    check(level, 41.8e12, "CNY", "amount")
    assert rate["indicator"] == level["indicator"] == "foreign_trade"


def test_year_ranges_are_years_not_quantities(reports):
    e = reports.extract("During 2021-2025 the city carried out the plan.")
    assert e.claims.empty
    assert set(e.mentions[e.mentions["text"].str.contains("2021")]["nonclaim_type"]) == {"year"}


# --- percent, per cent and percentage points -------------------------------------------------

@pytest.mark.parametrize("written", ["12%", "12 percent", "12 per cent", "12％"])
def test_percent_spellings(reports, written):
    row = reports.claim(f"General public budget revenue increased by {written}.", written)
    check(row, 12, "%", "growth")
    assert row["indicator"] == "public_budget_revenue"


def test_percent_and_percent_sign_side_by_side(reports):
    claims = reports.claims(
        "The actual utilization of foreign investment will increase by more than 12 percent, "
        "and the actual domestic capital in place will increase by more than 12%.", part="targets")
    assert list(claims["value"]) == [12, 12]
    assert list(claims["unit"]) == ["%", "%"]
    assert list(claims["indicator"]) == ["fdi_utilized", "domestic_capital"]


@pytest.mark.parametrize("sentence, expr, value, direction", [
    ("The detection rate of criminal cases increased by 19.5 percentage points.", "19.5 percentage points", 19.5, "up"),
    ("The urban unemployment rate dropped 0.3 percentage points.", "0.3 percentage points", 0.3, "down"),
    ("The urbanization rate rose by 1 percentage point.", "1 percentage point", 1, "up"),
])
def test_percentage_points(reports, sentence, expr, value, direction):
    row = reports.claim(sentence, expr)
    check(row, value, "pp", "pp_change")
    assert row["direction"] == direction


# --- currencies ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expr, value, unit", [
    ("Tourism income reached 149.3 billion yuan.", "149.3 billion yuan", 149.3e9, "CNY"),
    ("Fiscal revenue was RMB 5 billion.", "RMB 5 billion", 5e9, "CNY"),
    ("Fiscal revenue was RMB5 billion.", "RMB5 billion", 5e9, "CNY"),
    ("Fiscal revenue was 5 billion RMB.", "5 billion RMB", 5e9, "CNY"),
    ("The actual utilization of foreign capital reached 960 million US dollars.", "960 million US dollars", 960e6, "USD"),
    ("Investment reached 12.5 billion U.S. dollars.", "12.5 billion U.S. dollars", 12.5e9, "USD"),
    ("Exports reached $3.4 trillion.", "$3.4 trillion", 3.4e12, "USD"),
    ("Foreign trade was US$ 5.9 trillion.", "US$ 5.9 trillion", 5.9e12, "USD"),
    ("Imports were USD 2.5 trillion.", "USD 2.5 trillion", 2.5e12, "USD"),
])
def test_currencies(reports, sentence, expr, value, unit):
    check(reports.claim(sentence, expr), value, unit, "amount")


# --- units -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expr, value, unit, kind", [
    ("Revitalize the coastline of 54.3 kilometers.", "54.3 kilometers", 54.3, "km", "quantity"),
    ("Build 30 km of urban water supply pipes.", "30 km", 30, "km", "quantity"),
    ("Build and upgrade 70,000 mu of high-standard farmland.", "70,000 mu", 70_000, "mu", "quantity"),
    ("Clean up and rectify the sea area of 90,000 hectares.", "90,000 hectares", 90_000, "ha", "quantity"),
    ("Transform 192 old residential areas with 11 million square meters.", "11 million square meters", 11e6, "m2", "quantity"),
    ("Grain output reached 2.5 billion jin.", "2.5 billion jin", 2.5e9, "jin", "quantity"),
    ("Steel output fell to 3 million tons.", "3 million tons", 3e6, "ton", "quantity"),
    ("Grain output reached a record high of 695 billion kilograms.", "695 billion kilograms", 695e9, "kg", "quantity"),
    ("The number of days with good air quality is 319 days.", "319 days", 319, "day", "quantity"),
    ("The task was completed two years ahead of schedule.", "two years", 2, "year", "duration"),
    ("The approval time was cut to 15 days.", "15 days", 15, "day", "duration"),
])
def test_units(reports, sentence, expr, value, unit, kind):
    check(reports.claim(sentence, expr), value, unit, kind)


# --- qualifiers ------------------------------------------------------------------------------

QUALIFIERS = [
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("nearly", "about"),
    ("close to", "about"), ("more than", "more_than"), ("over", "more_than"), ("exceed", "more_than"),
    ("exceeding", "more_than"), ("above", "more_than"), ("no less than", "at_least"),
    ("not less than", "at_least"), ("at least", "at_least"), ("within", "at_most"), ("up to", "at_most"),
    ("no more than", "at_most"), ("not exceeding", "at_most"), ("below", "less_than"),
    ("less than", "less_than"), ("under", "less_than"),
]


@pytest.mark.parametrize("words, qualifier", QUALIFIERS)
@pytest.mark.parametrize("template, figure, value, unit, kind", [
    ("Fixed-asset investment will grow by {q} 6%.", "6%", 6, "%", "growth"),
    ("We will build {q} 1,200 kilometers of rural roads.", "1,200 kilometers", 1200, "km", "quantity"),
    ("Tourism revenue will reach {q} 35 billion yuan.", "35 billion yuan", 35e9, "CNY", "amount"),
    ("The city will add {q} 300 pocket parks.", "300", 300, "", "count"),
])
def test_qualifiers_before(reports, words, qualifier, template, figure, value, unit, kind):
    expr = f"{words} {figure}"
    row = reports.claim(template.format(q=words), expr, part="targets")
    check(row, value, unit, kind, qualifier=qualifier)


def test_qualifier_is_part_of_expr_with_its_capital(reports):
    row = reports.claim("More than 100 new marine science and technology enterprises will be added.", "More than 100",
                        part="targets")
    check(row, 100, "", "count", qualifier="more_than")
    assert row["counted"] == "enterprises"


@pytest.mark.parametrize("sentence, expr, qualifier", [
    ("Fixed-asset investment will grow by 6% or more.", "6% or more", "at_least"),
    ("Grain output will be 50 billion jin or above.", "50 billion jin or above", "at_least"),
    ("The urban unemployment rate will be 5.5% or lower.", "5.5% or lower", "at_most"),
])
def test_qualifiers_after(reports, sentence, expr, qualifier):
    assert reports.claim(sentence, expr, part="targets")["qualifier"] == qualifier


def test_comparison_word_before_a_year_is_not_a_qualifier(reports):
    row = reports.claim("Revenue rose 4% over 2022.", "4%")
    assert row["qualifier"] == "exact"
    assert row["base_period"] == 2022


@pytest.mark.parametrize("sentence, frame", [
    ("Over the past five years, GDP grew 6% a year.", "five years"),
    ("In the next 3 years we will build 10 parks.", "3 years"),
    ("Over the last 12 months prices rose 2%.", "12 months"),
])
def test_time_frames_are_not_claims(reports, sentence, frame):
    e = reports.extract(sentence)
    assert frame not in set(e.claims["expr"])
    m = e.mentions[e.mentions["text"] == frame]
    assert list(m["nonclaim_type"]) == ["other"]
    assert len(e.claims) == 1


@pytest.mark.parametrize("sentence, figure, nonclaim_type", [
    ("Five companies entered the Fortune Global 500 list.", "500", "ordinal_name"),
    ("The city built the Metro Line 5 and Phase 2 of the port.", "Line 5", "ordinal_name"),
    ("The 2035 goals were set.", "2035", "year"),
    ("The 2021-2025 plan was carried out.", "2021-2025", "year"),
    ("The city built 4 5G base stations.", "5G", "word_use"),
    ("There were 5 P2P platforms.", "P2P", "word_use"),
    ("The city has 12 4A-level scenic spots.", "4A-level", "ordinal_name"),
    ("On 15 January 2024 we met.", "15 January 2024", "date"),
    ("In January 2024, exports rose 5%.", "January 2024", "date"),
])
def test_numbers_inside_names_and_dates(reports, sentence, figure, nonclaim_type):
    m = reports.extract(sentence).mentions
    assert list(m.loc[m["text"] == figure, "nonclaim_type"]) == [nonclaim_type]


@pytest.mark.parametrize("sentence, expr, counted, subject", [
    ("We built 2000 enterprises.", "2000", "enterprises", "enterprises"),
    ("The city built 4 5G base stations.", "4", "stations", "5g base stations"),
    ("There were 5 P2P platforms.", "5", "platforms", "p2p platforms"),
    ("The city has 12 4A-level scenic spots.", "12", "spots", "4a-level scenic spots"),
    ("Five companies entered the Fortune Global 500 list.", "Five", "companies", "companies"),
])
def test_counts_next_to_names_and_alphanumeric_words(reports, sentence, expr, counted, subject):
    row = reports.claim(sentence, expr)
    assert (row["kind"], row["counted"], row["subject"]) == ("count", counted, subject)
