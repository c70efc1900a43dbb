"""Wordings of the genre, not of one file: how national, provincial and city reports in English write
their headline figures. Each sentence is short and stands where such a sentence would stand."""
from __future__ import annotations

import pytest

import workreport
from builders import report
from workreport.catalogue import load_catalogue, match_indicator
from workreport.read import mentions

FIELDS = ("expr", "value", "unit", "kind", "qualifier", "direction", "indicator")

RESULTS = [
    ("Investment in fixed assets went up by 5.9 percent.",
     ("5.9 percent", 5.9, "%", "growth", "exact", "up", "fixed_asset_investment"), "investment in fixed assets"),
    ("General public budget revenue came in at 18.3 trillion yuan.",
     ("18.3 trillion yuan", 18.3e12, "CNY", "amount", "exact", "none", "public_budget_revenue"),
     "general public budget revenue"),
    ("The CPI edged up by 0.2 percent.", ("0.2 percent", 0.2, "%", "growth", "exact", "up", "cpi"), "cpi"),
    ("CPI rose by a mere 0.2 percent.", ("0.2 percent", 0.2, "%", "growth", "exact", "up", "cpi"), "cpi"),
    ("The CPI rose by just 0.2 percent.", ("0.2 percent", 0.2, "%", "growth", "exact", "up", "cpi"), "cpi"),
    ("Consumer prices grew by only 2 percent.", ("2 percent", 2, "%", "growth", "exact", "up", "cpi"), "consumer prices"),
    ("Grain output hit a record 650 million metric tons.",
     ("650 million metric tons", 650e6, "ton", "quantity", "exact", "none", "grain_output"), "grain output"),
    ("Last year, GDP, compared with the previous year, grew by 6%.",
     ("6%", 6, "%", "growth", "exact", "up", "gdp"), "gdp"),
    ("The registered urban unemployment rate stood at 4.02 percent.",
     ("4.02 percent", 4.02, "%", "share", "exact", "none", "registered_unemployment_rate"),
     "registered urban unemployment rate"),
    ("China utilized more than US$130 billion of overseas investment.",
     ("more than US$130 billion", 130e9, "USD", "amount", "more_than", "none", "fdi_utilized"), None),
    ("The value of technology transactions exceeded one trillion yuan.",
     ("exceeded one trillion yuan", 1e12, "CNY", "amount", "more_than", "none", "tech_contract_turnover"), None),
    ("Grain output reached 665 million metric tons.",
     ("665 million metric tons", 665e6, "ton", "quantity", "exact", "none", "grain_output"), "grain output"),
    ("The rural revitalization strategy was implemented; grain output was kept above 650 million metric tons.",
     ("above 650 million metric tons", 650e6, "ton", "quantity", "more_than", "none", "grain_output"), "grain output"),
    ("Per capita disposable personal income topped 30,000 yuan.",
     ("topped 30,000 yuan", 30000, "CNY", "amount", "more_than", "none", "disposable_income"), None),
    ("The volume of contracted technology transactions grew by over 30 percent.",
     ("over 30 percent", 30, "%", "growth", "more_than", "up", "tech_contract_turnover"), None),
    ("China's total volume of trade in goods exceeded 30 trillion yuan.",
     ("exceeded 30 trillion yuan", 30e12, "CNY", "amount", "more_than", "none", "foreign_trade"), None),
    ("Its utilized foreign investment totaled US$138.3 billion.",
     ("US$138.3 billion", 138.3e9, "USD", "amount", "exact", "none", "fdi_utilized"), None),
]


@pytest.mark.parametrize("sentence, want, subject", RESULTS)
def test_a_result_as_reports_write_it(sentence, want, subject):
    claims = report(sentence, level="national")
    assert len(claims) == 1, list(claims["expr"])
    row = claims.iloc[0]
    assert tuple(row[f] for f in FIELDS) == want
    if subject is not None:
        assert row["subject"] == subject


def test_hyphened_rates_are_read_with_their_unit():
    c = report("GDP reached 74.4 trillion yuan, representing 6.7-percent growth.", level="national")
    assert [tuple(r) for r in c[["expr", "unit", "kind", "direction", "indicator"]].itertuples(index=False)] == [
        ("74.4 trillion yuan", "CNY", "amount", "none", "gdp"), ("6.7-percent", "%", "growth", "up", "gdp")]


def test_a_participle_clause_borrows_the_subject_before_it():
    c = report("GDP reached 99.1 trillion yuan, representing a 6.1 percent increase over the previous year.",
               level="national")
    assert list(c["kind"]) == ["amount", "growth"] and list(c["indicator"]) == ["gdp", "gdp"]


def test_deficit_ratio_and_its_change_in_points():
    c = report("We worked.", "Deficit-to-GDP ratio this year is projected at 2.8 percent, a 0.2-percentage-point "
               "increase over that of last year. This year's deficit-to-GDP ratio is projected to be 3 percent.",
               level="national")
    assert [tuple(r) for r in c[["expr", "value", "unit", "kind", "direction", "indicator"]].itertuples(index=False)] == [
        ("2.8 percent", 2.8, "%", "share", "none", "deficit_ratio"),
        ("0.2-percentage-point", 0.2, "pp", "pp_change", "up", "deficit_ratio"),
        ("3 percent", 3, "%", "share", "none", "deficit_ratio")]
    assert c.iloc[2]["subject"] == "deficit-to-gdp ratio"


def test_registered_and_surveyed_unemployment_are_two_indicators():
    c = report("We worked.", "We will keep a surveyed urban unemployment rate of around 5.5 percent and a "
               "registered urban unemployment rate within 4.5 percent.", level="national")
    assert list(c["indicator"]) == ["surveyed_unemployment_rate", "registered_unemployment_rate"]
    assert list(c["subject"]) == ["surveyed urban unemployment rate", "registered urban unemployment rate"]


def test_a_bare_noun_joined_by_and_shares_the_modifier_before_it():
    c = report("We worked.", "Realize grain planting area of over 4 million mu and output of over 2.5 billion Jin.")
    row = c.iloc[1]
    assert (row["expr"], row["unit"], row["kind"], row["subject"], row["indicator"]) == (
        "over 2.5 billion Jin", "jin", "quantity", "grain output", "grain_output")


def test_a_level_reached_by_rising_is_no_change():
    c = report("The contribution of technological advances to economic growth has risen to 58.5 percent.",
               level="national")
    assert (c.iloc[0]["kind"], c.iloc[0]["indicator"]) == ("share", "")


def test_a_word_in_the_subject_does_not_set_the_direction():
    c = report("The volume of contracted technology transactions grew by 30 percent, and imports fell by 2 percent.")
    assert list(c["direction"]) == ["up", "down"]


def test_an_unquoted_numbered_slogan_is_no_claim():
    from workreport import extract_text
    ex = extract_text("Government Work Report\n\nI. Review of Work in 2023\n\nWe will constantly correct four "
                      "winds and fight the four winds. We built four new schools.\n")
    m = ex.mentions
    assert list(m.loc[m["text"].str.lower() == "four", "nonclaim_type"])[:2] == ["slogan", "slogan"]
    assert list(ex.claims["expr"]) == ["four"]


@pytest.mark.parametrize("sentence, expr, unit", [
    ("We built 500 m2 of housing.", "500 m2", "m2"), ("Each paid 5 U.S. dollars.", "5 U.S. dollars", "USD"),
    ("Each got 5 kilogrammes of rice.", "5 kilogrammes", "kg"), ("Each paid 5 US$.", "5 US$", "USD"),
    ("We built 3 sq.km of parks.", "3 sq.km", "km2"),
])
def test_units_whose_first_word_was_no_continuation(sentence, expr, unit):
    c = report(sentence)
    assert (c.iloc[0]["expr"], c.iloc[0]["unit"]) == (expr, unit)


@pytest.mark.parametrize("subject, kind, indicator", [
    ("registered urban unemployment rate", "share", "registered_unemployment_rate"),
    ("urban registered unemployment rate", "share", "registered_unemployment_rate"),
    ("surveyed urban unemployment rate", "share", "surveyed_unemployment_rate"),
    ("urban unemployment rate", "share", "surveyed_unemployment_rate"),
    ("deficit-to-gdp ratio", "share", "deficit_ratio"), ("deficit-to-gdp ratio", "pp_change", "deficit_ratio"),
    ("grain output", "quantity", "grain_output"), ("total grain output", "growth", "grain_output"),
    ("grain production capacity", "quantity", ""), ("grain sown area", "quantity", ""),
    ("utilized foreign investment", "amount", "fdi_utilized"), ("trade in goods", "amount", "foreign_trade"),
    ("disposable personal income", "amount", "disposable_income"),
    ("value of technology transactions", "amount", "tech_contract_turnover"),
])
def test_catalogue_aliases(subject, kind, indicator):
    assert match_indicator(load_catalogue(), subject, kind) == indicator


def test_catalogue_ids_and_labels():
    cat = {i.id: i for i in load_catalogue()}
    assert "unemployment_rate" not in cat
    assert {"surveyed_unemployment_rate", "registered_unemployment_rate", "deficit_ratio", "grain_output"} <= set(cat)
    assert cat["gdp"].label == "GDP"
    assert cat["deficit_ratio"].better == "lower" and cat["surveyed_unemployment_rate"].better == "lower"
    assert cat["grain_output"].better == "higher"


def test_continuation_words_hold_every_units_first_word():
    assert {"m", "u.s", "us$", "kilogrammes", "sqm"} <= mentions._CONTINUATIONS


@pytest.mark.parametrize("sentence, subject, indicator", [
    ("Consumer prices were stable, rising by 0.2 percent.", "consumer prices", "cpi"),
    ("China saw a 2.3 percent growth in GDP.", "gdp", "gdp"),
    ("Last year, in the face of difficulties, grew by 5%.", "", ""),
])
def test_the_subject_of_a_clause_that_opens_with_its_verb(sentence, subject, indicator):
    c = report(sentence)
    assert (c.iloc[0]["kind"], c.iloc[0]["subject"], c.iloc[0]["indicator"]) == ("growth", subject, indicator)


def test_a_range_written_between_and():
    claims = report("We worked hard.", "The main projected targets for this year are: GDP growth of between 6 and 6.5 percent.")
    row = claims.iloc[0]
    assert (row["value"], row["value_high"], row["unit"], row["kind"], row["indicator"]) == (6, 6.5, "%", "growth", "gdp")
    claims = report("Between 2019 and 2023, we built 6 and 7 parks.")   # "and" makes a range only after "between"
    assert claims["value_high"].isna().all() and not any(" and " in e for e in claims["expr"])


def test_levels_of_a_mechanism_are_no_claims():
    claims = report("We worked hard.", "We will establish a coordination mechanism at two levels in urban areas.")
    assert claims.empty


@pytest.mark.parametrize("sentence, expr, value", [
    ("We will help two counties enter the top 100 county economies in China.", "100", 100),
    ("We will strive to rank among the top ten cities.", "ten", 10),
])
def test_a_rank_among_the_first_is_a_ceiling_on_the_rank(sentence, expr, value):
    claims = report("We worked hard.", sentence)
    row = claims[claims["expr"].str.endswith(expr)].iloc[0]
    assert (row["kind"], row["value"], row["qualifier"]) == ("rank", value, "at_most")


@pytest.mark.parametrize("sentence, expr, value", [
    ("Over the past five years, general public budget revenue doubled.", "doubled", 100),
    ("Over the past five years, the city's R&D investment has tripled.", "tripled", 200),
])
def test_a_change_written_as_a_multiple_is_a_growth(sentence, expr, value):
    c = report(sentence)
    row = c[c["expr"] == expr].iloc[0]
    assert (row["value"], row["unit"], row["kind"], row["direction"], row["span"]) == (value, "%", "growth", "up", "cumulative")


def test_a_multiple_word_before_a_number_or_in_quotes_is_no_figure():
    c = report('We doubled 5 subsidies and promoted the "doubled" plan.')
    assert "doubled" not in set(c["expr"])


def test_a_list_of_nouns_shares_the_last_ones_per_phrase_and_the_verb_before_it():
    c = report("We worked hard.", "We will create more than 50 million new jobs in urban areas; and cut water consumption, "
               "energy consumption and carbon dioxide emissions per unit of GDP by 23 percent, 15 percent and 18 percent "
               "respectively.", level="national").iloc[1:]
    assert [tuple(r) for r in c[["expr", "kind", "direction", "subject", "indicator"]].itertuples(index=False)] == [
        ("23 percent", "growth", "down", "consumption per unit of gdp", ""),
        ("15 percent", "growth", "down", "energy consumption per unit of gdp", "energy_intensity"),
        ("18 percent", "growth", "down", "carbon dioxide emissions per unit of gdp", "")]


def plan_report(sentence: str, year: int = 2016):
    """Claims of a sentence in a part on the five-year plan that opens in `year` (the 13th for 2016)."""
    from workreport import extract_text
    nth = (year - 1966) // 5 + 3
    text = (f"Government Work Report\n\nI. Review of Work in {year - 1}\n\nWe worked hard.\n\n"
            f"II. Main Objectives and Tasks for the {nth}th Five-Year Plan Period\n\n{sentence}\n\n"
            "III. Improving the Government\n\nWe serve.\n")
    return extract_text(text, year=year).claims


def when(claims, expr: str) -> tuple:
    row = claims[claims["expr"] == expr].iloc[0]
    return row["period_start"], row["period"], row["span"]


@pytest.mark.parametrize("sentence, expr, want", [
    ("During the 12th Five-Year Plan period, total imports and exports amounted to 420 billion US dollars.",
     "420 billion US dollars", (2011, 2015, "cumulative")),
    ("Over the past five years, total R&D spending amounted to 212 billion yuan.", "212 billion yuan",
     (2019, 2023, "cumulative")),
    ("During the 12th Five-Year Plan period, total imports and exports rose to 420 billion US dollars.",
     "420 billion US dollars", (2015, 2015, "year")),
])
def test_an_amount_that_amounted_to_over_a_plan_is_its_total(sentence, expr, want):
    assert when(report(sentence), expr) == want


def test_a_count_made_over_a_plan_is_its_total_and_a_ceiling_is_kept():
    c = plan_report("Throughout the plan period, the registered urban unemployment rate will be kept below 4 percent, "
                    "while more than 5 million new urban jobs will be created.")
    assert when(c, "below 4 percent") == (2016, 2020, "average_annual")
    assert when(c, "more than 5 million") == (2016, 2020, "cumulative")


def test_the_five_years_are_the_plan_named_before_else_the_part_s():
    c = report("We worked hard.", "During the 13th Five-Year Plan period, we will keep growth at a medium-high rate. "
               "Over the five years, more than 50 million new urban jobs will be created.", level="national")
    assert when(c, "more than 50 million") == (2016, 2020, "cumulative")
    assert "five years" not in set(c["expr"])
    from workreport import extract_text
    review = extract_text("Government Work Report\n\nI. Review of Work in 2010\n\nA total of 57.71 million jobs were "
                          "created for urban residents over the five years.\n\nII. Main Targets and Tasks for 2011\n\n"
                          "We will work hard.\n", year=2011).claims
    assert when(review, "57.71 million") == (2006, 2010, "cumulative")   # the plan that holds the year reviewed


def test_a_plan_named_in_quotes_gives_its_years():
    c = report("We worked hard.", 'The main goals of the "14th Five-Year Plan" are: the average annual growth of '
               "regional GDP is about 6%.")
    assert when(c, "about 6%") == (2021, 2025, "average_annual")


def test_a_sentence_opening_by_a_year_reaches_every_clause():
    c = report("We worked hard.", "By 2027, GDP will reach 1.2 trillion yuan, and R&D spending will account for "
               "4.25 percent of GDP; the economy will grow at an average annual rate of 6 percent.")
    assert when(c, "4.25 percent") == (2027, 2027, "year")
    assert when(c, "6 percent") == (2024, 2027, "average_annual")


def test_a_place_phrase_inside_a_measure_s_name_is_skipped():
    c = report("We worked hard.", "The proportion of days with good air quality in cities at and above the "
               "prefecture level will reach 82 percent.")
    assert c[c["expr"] == "82 percent"].iloc[0]["indicator"] == "air_quality"


def named(claims, expr: str) -> tuple:
    row = claims[claims["expr"] == expr].iloc[0]
    return row["unit"], row["kind"], row["direction"], row["indicator"]


@pytest.mark.parametrize("sentence, expr", [
    ("We will keep the economy growing at a medium-high rate, with average annual growth above 6.5 percent.",
     "above 6.5 percent"),
    ("The province's GDP will exceed 6 trillion yuan, with an average annual growth rate of 10 percent.", "10 percent"),
])
def test_a_clause_with_a_bare_change_takes_what_grows_in_the_clause_before(sentence, expr):
    assert named(report("We worked hard.", sentence), expr) == ("%", "growth", "up", "gdp")


def test_a_participle_after_a_yearly_change_has_the_changing_measure_as_subject():
    c = report("Total retail sales of consumer goods grew by an average of 16.5 percent a year, reaching 1.86 trillion "
               "yuan in 2023.")
    assert named(c, "1.86 trillion yuan") == ("CNY", "amount", "none", "retail_sales")


def test_a_change_in_points_after_a_share_is_the_share_s_change():
    c = report("The added value of strategic emerging industries accounted for 16.8% of GDP, up 1.2 percentage "
               "points year-on-year.")
    assert named(c, "1.2 percentage points") == ("pp", "pp_change", "up", "strategic_emerging_share")


def test_its_opens_a_subject_of_the_figure_before():
    c = report("The city's R&D investment has doubled, and its ratio to GDP reached 3.6%.")
    assert named(c, "3.6%") == ("%", "share", "none", "rd_intensity")


def test_a_level_kept_stable_has_the_subject_before_its_verb():
    c = report("We worked hard.", "Grain output will be kept stable at above 50 million tons a year.")
    assert named(c, "above 50 million tons") == ("ton", "quantity", "none", "grain_output")


def test_a_respectively_list_takes_the_last_unit_and_a_plural_rate():
    c = report("We worked hard.", "We propose growth in investment in fixed assets and in total retail sales of "
               "consumer goods of 12 and 13 percent respectively.")
    assert named(c, "12") == ("%", "growth", "up", "fixed_asset_investment")
    assert named(c, "13 percent") == ("%", "growth", "up", "retail_sales")
    scaled = report("Grain and vegetable output reached 1.2 and 3.4 million tons respectively.")
    assert scaled[scaled["expr"] == "1.2"].empty or named(scaled, "1.2")[0] != "ton"
    rates = report("We worked hard.", "Over the next five years, regional GDP, fixed asset investment and total retail "
                   "sales of consumer goods are expected to grow at average annual rates of 7.5%, 12% and 11% "
                   "respectively.")
    assert [named(rates, e)[3] for e in ("7.5%", "12%", "11%")] == ["gdp", "fixed_asset_investment", "retail_sales"]
    assert {when(rates, e) for e in ("7.5%", "12%", "11%")} == {(2024, 2028, "average_annual")}


def test_a_verb_left_out_after_a_comma():
    c = report("We worked hard.", "GDP will grow by about 7 percent annually on average, general public budget revenue "
               "by 8 percent a year, and total retail sales of consumer goods by 10 percent a year.")
    assert named(c, "8 percent") == ("%", "growth", "up", "public_budget_revenue")
    assert named(c, "10 percent") == ("%", "growth", "up", "retail_sales")


def test_a_cumulative_reduction_names_its_measure_after_the_figure():
    c = plan_report("The main targets of the 13th Five-Year Plan are:\n— a cumulative reduction of 16% in energy "
                    "consumption per unit of GDP.")
    assert named(c, "16%") == ("%", "growth", "down", "energy_intensity")


def test_an_amount_after_an_infinitive_that_ran_on_is_what_the_verb_does():
    c = report("We worked hard.", "We will strive to attract 300 billion yuan of domestic capital from outside the "
               "province and to use US$7 billion of foreign capital.")
    assert named(c, "300 billion yuan")[3] == "domestic_capital"
    assert named(c, "US$7 billion")[3] == "fdi_utilized"


def test_a_word_hyphenated_over_a_line_break_is_read_whole():
    c = report("We worked hard.", "Main targets: regional GDP growth of about 5.5%; fixed asset invest-\nment growth "
               "of 6%; general public budget reve-\nnue growth of 4%.")
    assert named(c, "6%")[3] == "fixed_asset_investment"
    assert named(c, "4%")[3] == "public_budget_revenue"
    row = c[c["expr"] == "6%"].iloc[0]
    at = row["start"] - row["sentence_start"]
    assert row["sentence"][at:at + 2] == "6%"   # offsets stay on the text as written


def test_an_estimate_reaches_the_lines_of_its_list():
    c = report("It is estimated that the annual regional GDP will increase by 5.3%;\nthe general public budget revenue "
               "will reach 31.2 billion yuan;\nthe total retail sales of consumer goods will increase by 6.6%.\n\n"
               "Grain output reached 1.2 million tons.")
    assert list(c["status"]) == ["estimate", "estimate", "estimate", "actual"]


def test_a_list_line_goes_on_from_the_frame_of_the_line_that_leads_the_list():
    c = report("Over the past three years:\n• GDP rose from 1.8 trillion yuan to 2.7 trillion yuan\n"
               "• Per capita disposable income grew by 8.3% a year on average\n"
               "• A total of 6.4 million new urban jobs were created")
    assert when(c, "1.8 trillion yuan") == (2020, 2020, "year")
    assert when(c, "8.3%") == (2021, 2023, "average_annual")
    assert when(c, "6.4 million") == (2021, 2023, "cumulative")


def test_a_target_set_beside_last_year_s_result_measures_what_the_result_measures():
    c = report("We worked hard.", "Having achieved economic growth of 7.1 percent last year, we have set this year's "
               "target at around 7 percent.")
    assert named(c, "around 7 percent") == ("%", "growth", "up", "gdp")
    assert c[c["expr"] == "7.1 percent"].iloc[0]["status"] == "actual"


def test_a_frame_on_a_line_of_its_own_reaches_the_sentences_on_the_lines_after_it():
    # text re-joined from a sentence-aligned corpus: one sentence a line, the frame on its own line
    c = report("In the past five years, we worked hard.\nGDP grew by an average of 6.1 percent a year.\n"
               "A total of 4.35 million new urban jobs were created.\n\nGDP grew by 5 percent a year on average.")
    assert when(c, "6.1 percent") == (2019, 2023, "average_annual")
    assert when(c, "4.35 million") == (2019, 2023, "cumulative")
    assert when(c, "5 percent") == (2023, 2023, "year")   # a blank line ends what the frame reaches


def test_a_line_ending_with_a_colon_leads_the_lines_after_it_with_its_frame_and_hedge():
    c = report("Over the past five years:\nthe proportion of days with good air quality rose by 9.2 percentage points."
               "\n\nIt is estimated that for the whole year:\nGDP grew by about 4.5 percent;\n"
               "and the consumer price index rose by 2.1 percent.\n\nGrain output reached 1.2 million tons.")
    assert when(c, "9.2 percentage points") == (2019, 2023, "cumulative")
    assert list(c[c["expr"] != "9.2 percentage points"]["status"]) == ["estimate", "estimate", "actual"]


def test_a_line_of_several_sentences_is_a_paragraph_and_no_frame_reaches_it_from_the_line_before():
    c = report("In the past five years, we worked hard.\nWe did much. GDP grew by 6.1 percent a year on average.")
    assert when(c, "6.1 percent") == (2023, 2023, "year")


@pytest.mark.parametrize("sentence, expr", [
    ("GDP grew by 8.4 percent year on year, with two-year average growth of 5.9 percent.", "5.9 percent"),
    ("GDP grew by about 7.5 percent, an average of 5.6 percent over the two years.", "5.6 percent"),
])
def test_a_two_year_average_is_a_yearly_average_over_the_reviewed_year_and_the_one_before(sentence, expr):
    c = report(sentence)
    assert when(c, expr) == (2022, 2023, "average_annual")
    assert named(c, expr) == ("%", "growth", "up", "gdp")
    assert when(c, c["expr"].iloc[0]) == (2023, 2023, "year")   # the year's own growth stays one year's


def test_a_percentage_compared_with_a_base_year_is_a_total_change_since_it():
    c = report("Total retail sales of consumer goods exceeded 920 billion yuan, up 9.1 percent year on year and "
               "4.7 percent compared with 2019.")
    assert named(c, "4.7 percent") == ("%", "growth", "up", "retail_sales")
    assert when(c, "4.7 percent") == (2020, 2023, "cumulative")


def test_a_record_since_a_year_makes_no_base():
    c = report("GDP grew by 8.3 percent, the fastest growth since 2013, and general public budget revenue rose by "
               "11.2 percent.")
    assert when(c, "8.3 percent") == (2023, 2023, "year")
    assert when(c, "11.2 percent") == (2023, 2023, "year")


def test_a_stretch_aim_written_as_a_higher_growth_rate_in_practice_is_the_target_s_stretch():
    c = report("We worked hard.", "We will keep the regional GDP growing by about 5 percent and strive for a higher "
               "growth rate of 5.5 percent in practice.")
    row = c[c["expr"] == "about 5 percent"].iloc[0]
    assert (row["indicator"], row["value_stretch"]) == ("gdp", 5.5)


def test_a_county_level_place_phrase_does_not_hide_the_measure_s_name():
    c = report("The proportion of days with good air quality in cities at and above the county level reached "
               "93.6 percent.")
    assert named(c, "93.6 percent")[3] == "air_quality"


def test_income_growth_in_nominal_and_real_terms_is_growth_of_the_income_before_it():
    c = report("The per capita disposable income of residents reached 30,214 yuan, a nominal increase of 5.9 percent,"
               " or 4.1 percent in real terms.")
    assert named(c, "5.9 percent") == ("%", "growth", "up", "disposable_income")
    assert named(c, "4.1 percent") == ("%", "growth", "up", "disposable_income")


def test_an_amount_a_verb_in_the_infinitive_acts_on_after_a_pronoun_is_what_follows_of():
    c = report("We worked hard.", "We will strive to use over US$5 billion of foreign capital in actual terms and keep "
               "total imports and exports growing at around 3 percent.")
    assert named(c, "over US$5 billion")[3] == "fdi_utilized"
    assert named(c, "around 3 percent")[3] == "foreign_trade"


def test_an_amount_named_by_a_passive_verb_after_it_is_what_the_verb_names():
    c = report("Over the past five years, a cumulative total of 1.86 trillion yuan was invested in fixed assets.")
    assert named(c, "1.86 trillion yuan")[3] == "fixed_asset_investment"
    assert when(c, "1.86 trillion yuan") == (2019, 2023, "cumulative")


def test_a_sentence_opening_with_last_year_in_a_review_of_five_years_is_one_year_s():
    text = ("Work Report of the People's Government of the Region\n\nI. Review of Work over the Past Five Years\n"
            "Over the past five years, GDP grew at an average annual rate of 5.6 percent.\n"
            "Last year, total imports and exports reached 683.4 billion yuan, up 14.6 percent.\n\n"
            "II. Main Targets for 2023\n\nGDP will grow by around 6 percent.\n")
    c = workreport.extract_text(text, year=2023).claims
    assert when(c, "5.6 percent") == (2018, 2022, "average_annual")
    assert when(c, "14.6 percent") == (2022, 2022, "year")


def test_a_change_with_no_subject_is_named_by_the_words_that_named_the_figure_before_it():
    c = report("In 2023, the city achieved a regional GDP of 290.2 billion yuan, an increase of 13.8%.")
    assert named(c, "290.2 billion yuan")[3] == "gdp"
    assert named(c, "13.8%") == ("%", "growth", "up", "gdp")


def test_a_verb_of_multiples_in_its_base_form_before_a_year_s_figure_is_a_growth_since_that_year():
    c = report("We worked hard.", "By 2028, the city's GDP will double the 2023 figure to more than 600 billion yuan.")
    row = c[c["expr"] == "double"].iloc[0]
    assert (row["value"], row["kind"], row["indicator"]) == (100, "growth", "gdp")
    assert when(c, "double") == (2024, 2028, "cumulative")
    assert named(c, "more than 600 billion yuan")[3] == "gdp"
    assert "double" not in set(report("We will double our efforts and double-check the 2024 accounts.")["expr"])


@pytest.mark.parametrize("results, targets, expr", [
    ("Growth came in at 6.9 percent.", "We will work hard.", "6.9 percent"),
    ("We worked hard.", "The target growth rate of approximately 7 percent takes into account what is possible.",
     "approximately 7 percent"),
    ("We worked hard.", "As the service sector expands, growth of around 7 percent will be enough to ensure "
     "employment.", "around 7 percent"),
    ("We worked hard.", "Fellow deputies, the target of 6 percent growth that we have set for this year is an "
     "ambitious one.", "6 percent"),
])
def test_a_growth_whose_clause_names_nothing_but_the_growth_is_the_economy_s(results, targets, expr):
    assert named(report(results, targets), expr) == ("%", "growth", "up", "gdp")


@pytest.mark.parametrize("sentence, expr", [
    ("Tourism revenue reached 5 billion yuan, with average annual growth of 10 percent.", "10 percent"),
    ("The growth rate of investment in high-tech industries was 8 percent.", "8 percent"),
    ("Exports grew by 4 percent and imports showed growth of 3 percent.", "3 percent"),
])
def test_a_growth_of_a_named_measure_is_not_the_economy_s(sentence, expr):
    assert named(report(sentence), expr)[3] != "gdp"


def test_a_bare_percentage_of_a_measure_that_only_ever_changes_is_its_growth():
    c = report("We worked hard.", "The CPI target of around 3.5 percent allows for last year's price rises, and "
               "energy consumption per unit of GDP will be reduced by around 2.5 percent.")
    assert named(c, "around 3.5 percent") == ("%", "growth", "up", "cpi")
    c = report("The service sector accounted for 52.9 percent of GDP.")
    assert named(c, "52.9 percent")[3] != "gdp"


@pytest.mark.parametrize("sentence, expr, want", [
    ("Guangdong's GRP reached 13.57 trillion yuan.", "13.57 trillion yuan", ("CNY", "amount", "none", "gdp")),
    ("The provincial economy recorded growth of 7.5 per cent.", "7.5 per cent", ("%", "growth", "up", "gdp")),
    ("The total output value of the province reached 5.91 trillion yuan.", "5.91 trillion yuan",
     ("CNY", "amount", "none", "gdp")),
    ("Inflation stood at 1.4 percent.", "1.4 percent", ("%", "growth", "up", "cpi")),
    ("The overall price level rose by 3.3 percent.", "3.3 percent", ("%", "growth", "up", "cpi")),
    ("Consumer prices dipped 0.7 percent.", "0.7 percent", ("%", "growth", "down", "cpi")),
    ("The surveyed urban jobless rate stood at 4.2%.", "4.2%", ("%", "share", "none", "surveyed_unemployment_rate")),
    ("The registered jobless rate in urban areas was 3.1 percent.", "3.1 percent",
     ("%", "share", "none", "registered_unemployment_rate")),
    ("Job creation in urban areas reached 132,000.", "132,000", ("", "count", "none", "urban_new_jobs")),
    ("Revenue in the local general public budget went up by 7%.", "7%", ("%", "growth", "up", "public_budget_revenue")),
    ("Energy use per unit of GDP fell by 5.6 percent.", "5.6 percent", ("%", "growth", "down", "energy_intensity")),
    ("The total value of foreign trade slipped 7 percent.", "7 percent", ("%", "growth", "down", "foreign_trade")),
    ("China's economy grew by 6.9 pct.", "6.9 pct", ("%", "growth", "up", "gdp")),
])
def test_names_other_translators_give_the_headline_figures(sentence, expr, want):
    assert named(report(sentence), expr) == want


@pytest.mark.parametrize("sentence, expr", [
    ("The total output value of marine economy in the city is 420 billion yuan.", "420 billion yuan"),
    ("The gross output value of industrial enterprises above designated size exceeded 13 trillion yuan.",
     "exceeded 13 trillion yuan"),
    ("The total output value of strategic emerging industries grew by 12 percent.", "12 percent"),
])
def test_the_output_of_a_sector_is_no_headline_figure(sentence, expr):
    assert named(report(sentence), expr)[3] == ""


def status(claims, expr: str) -> tuple:
    row = claims[claims["expr"] == expr].iloc[0]
    return row["status"], row["period_start"], row["period"], row["span"]


def test_a_clause_opening_with_last_year_in_the_targets_part_recalls_a_result():
    c = report("We worked hard.", "Last year, general public budget revenue grew by 7.2 percent despite tax cuts; this "
               "year, we expect it to grow by around 5 percent. In 2023, 1.32 million new urban jobs were created. "
               "Last year, we set the growth target at around 6 percent.")
    assert status(c, "7.2 percent") == ("actual", 2023, 2023, "year")
    assert status(c, "around 5 percent")[:3] == ("target", 2024, 2024)
    assert status(c, "1.32 million") == ("actual", 2023, 2023, "year")
    assert status(c, "around 6 percent") == ("target", 2023, 2023, "year")
    # a clause with a modal verb is an aim, whatever year it opens with
    assert status(report("We worked hard.", "Last year, we said GDP will grow by 5 percent.") , "5 percent")[0] == "target"


def test_a_clause_of_this_year_after_a_review_of_five_years_is_this_year_s():
    c = report("We worked hard.", "Over the past five years, technology contract turnover grew by an average of 21.5 "
               "percent a year and R&D intensity rose to 2.4 percent; this year, we will keep technology contract "
               "turnover growing by more than 15 percent.")
    assert status(c, "21.5 percent") == ("actual", 2019, 2023, "average_annual")
    assert status(c, "2.4 percent")[0] == "actual" and named(c, "2.4 percent")[3] == "rd_intensity"
    assert status(c, "more than 15 percent") == ("target", 2024, 2024, "year")


def test_a_list_written_without_verbs_names_each_figure_by_its_label():
    c = report("Hainan's GRP grew by 5.8 percent; fixed asset investment, 10.1 percent; revenue in the general public "
               "budget, 8.7 percent; and the CPI, 2.5 percent.")
    assert named(c, "10.1 percent") == ("%", "growth", "up", "fixed_asset_investment")
    assert named(c, "8.7 percent") == ("%", "growth", "up", "public_budget_revenue")
    assert named(c, "2.5 percent") == ("%", "growth", "up", "cpi")
    c = report("We worked hard.", "Key targets for this year:\nGRP: growth of around 6 percent;\nnew urban jobs: more "
               "than 1.1 million;\nregistered urban unemployment rate, within 3 percent.")
    assert named(c, "around 6 percent") == ("%", "growth", "up", "gdp")
    assert named(c, "more than 1.1 million")[3] == "urban_new_jobs"
    assert named(c, "within 3 percent")[3] == "registered_unemployment_rate"


def test_an_item_that_opens_with_a_time_or_names_what_follows_the_figure_is_no_label():
    c = report("We worked hard.", "This year, 2.15 trillion yuan of special local government bonds will be issued. "
               "On top of this, one trillion yuan of government bonds will be issued.")
    assert named(c, "2.15 trillion yuan")[3] == "" and "special" in c[c["expr"] == "2.15 trillion yuan"].iloc[0]["subject"]
    assert "government bonds" in c[c["expr"] == "one trillion yuan"].iloc[0]["subject"]


def test_a_target_that_fell_short_did_not_fall():
    c = report("GDP growth of 4.8 percent fell short of the target of 6.5 percent.")
    assert named(c, "4.8 percent") == ("%", "growth", "up", "gdp")
    assert named(c, "6.5 percent")[:3] == ("%", "growth", "up")
    assert named(report("Grain output fell by 2 percent."), "2 percent")[2] == "down"


def test_last_year_s_level_or_target_beside_this_year_s_target():
    c = report("We worked hard.", "We are targeting growth of around 7 percent, down from last year's target of about "
               "7.5 percent. The deficit ratio is set at 2.3 percent, up from 2.1 percent last year.")
    assert named(c, "around 7 percent")[3] == "gdp" and status(c, "around 7 percent")[:3] == ("target", 2024, 2024)
    assert named(c, "about 7.5 percent")[3] == "gdp" and status(c, "about 7.5 percent")[:3] == ("target", 2023, 2023)
    assert status(c, "2.3 percent")[:3] == ("target", 2024, 2024)
    assert status(c, "2.1 percent")[:3] == ("actual", 2023, 2023) and named(c, "2.1 percent")[3] == "deficit_ratio"


def test_an_intensity_per_unit_of_industrial_value_added_is_no_industrial_figure():
    c = report("The energy consumption per unit of industrial added value of enterprises above designated size "
               "decreased by 4.2%.")
    assert named(c, "4.2%")[3] == ""


def test_the_years_a_relative_clause_after_a_target_names_are_not_the_target_s():
    c = report("We worked hard.", "The regional GDP growth target is set at about 5.5%, which is mainly considered to "
               "be connected with the goals of the \"14th Five-Year Plan\".")
    assert status(c, "about 5.5%") == ("target", 2024, 2024, "year")
    c = report("We worked hard.", "During the 14th Five-Year Plan period, GDP will grow by about 5.5% a year.")
    assert status(c, "about 5.5%") == ("target", 2021, 2025, "average_annual")


def test_a_pronoun_after_its_verb_borrows_the_subject_before_it():
    c = report("We worked hard.", "Last year, general public budget revenue grew by 7.2 percent; this year, we expect it "
               "to grow by around 5 percent.")
    assert named(c, "around 5 percent") == ("%", "growth", "up", "public_budget_revenue")


def test_a_growth_proposed_with_its_measure_after_the_figure():
    c = report("We worked hard.", "For this year, we propose an expected growth of around 7.5 percent in GRP. We "
               "propose an expected growth of 8 percent in exports.")
    assert named(c, "around 7.5 percent") == ("%", "growth", "up", "gdp")
    assert named(c, "8 percent")[3] == ""


def test_a_table_of_targets_gives_each_figure_its_row_s_measure_and_its_column_s_status():
    c = report("We worked hard.", "The main targets are listed below.\nIndicator\t2023 actual\t2024 target\n"
               "GDP growth\t5.8%\tabout 6%\nNew urban jobs\t182,000\t180,000\n")
    assert status(c, "5.8%") == ("actual", 2023, 2023, "year") and named(c, "5.8%") == ("%", "growth", "up", "gdp")
    assert status(c, "about 6%")[:3] == ("target", 2024, 2024) and named(c, "about 6%")[3] == "gdp"
    assert status(c, "182,000")[0] == "actual" and named(c, "180,000")[3] == "urban_new_jobs"
    c = report("We worked hard.", "Indicator: GDP growth | Target: about 6% | 2023 actual: 5.8%\n")
    assert status(c, "about 6%")[:3] == ("target", 2024, 2024) and status(c, "5.8%")[:3] == ("actual", 2023, 2023)
    c = report("We worked hard.", "Annex\nIndicator | 2023 (estimated) | 2024 (target)\nGDP growth | 5.5% | 6%\n")
    assert status(c, "5.5%")[:3] == ("estimate", 2023, 2023) and named(c, "5.5%")[3] == "gdp"


def test_a_year_before_the_report_s_written_after_a_figure_makes_it_that_year_s_result():
    c = report("We worked hard.", "Main indicators:\nGDP growth: 5.2% in 2023; about 5% in 2024\n")
    assert status(c, "5.2%")[:3] == ("actual", 2023, 2023) and named(c, "5.2%") == ("%", "growth", "up", "gdp")
    assert status(c, "about 5%")[:3] == ("target", 2024, 2024) and named(c, "about 5%")[3] == "gdp"


def test_a_sentence_after_one_opening_with_last_year_speaks_of_that_year():
    text = ("Report on the Work of the Government\n\nI. Review of Our Work over the Past Five Years and in 2022\n\n"
            "Over the past five years, the economy grew by an average of 5.2 percent a year. Last year, GDP grew by 3 "
            "percent. Consumer prices rose by 2 percent, and government revenue totaled 20.4 trillion yuan.\n\n"
            "II. Suggestions for the Government's Work in 2023\n\nGDP will grow by around 5 percent.\n")
    c = workreport.extract_text(text, year=2023).claims
    assert when(c, "5.2 percent") == (2018, 2022, "average_annual")
    assert when(c, "2 percent") == (2022, 2022, "year")
    assert when(c, "20.4 trillion yuan") == (2022, 2022, "year")


def test_jobs_that_are_to_be_created_in_urban_areas_are_new_urban_jobs():
    c = report("We worked hard.", "Over the next five years, 45 million new jobs are to be created in urban areas.")
    assert named(c, "45 million")[3] == "urban_new_jobs"


def test_full_width_digits_and_emphasis_marks_in_an_english_text():
    c = report("The registered urban unemployment rate was within ４．５％.")
    row = c[c["expr"] == "within ４．５％"].iloc[0]
    assert (row["value"], row["unit"], row["qualifier"], row["indicator"]) == (4.5, "%", "at_most",
                                                                                 "registered_unemployment_rate")
    c = report("We worked hard.", "The economy will grow at an average annual rate of **above 6.5 percent**.")
    assert named(c, "above 6.5 percent") == ("%", "growth", "up", "gdp")
    assert c[c["expr"] == "above 6.5 percent"].iloc[0]["qualifier"] == "more_than"


def test_tables_copied_as_markdown_or_with_blank_lines_keep_their_column_headings():
    c = report("We worked hard.", "| Indicator | 2023 actual | 2024 expected target |\n|---|---|---|\n\n"
               "| GDP growth | 5.2% | about 5% |\n")
    assert status(c, "5.2%")[:3] == ("actual", 2023, 2023)
    assert status(c, "about 5%")[:3] == ("target", 2024, 2024) and named(c, "about 5%")[3] == "gdp"


def test_prose_set_apart_by_tabs_is_no_table_row():
    c = report("GDP grew by 6.1 percent,\tand exports\trose 5 percent.")
    assert named(c, "5 percent")[3] != "gdp"


def test_a_time_after_a_growth_is_no_measure_and_emphasis_after_a_figure_hides_nothing():
    c = report("Growth came in at 5.2 percent in 2023.", "We are targeting growth of around 5 percent in 2024. Fixed "
               "asset investment: **about 5 percent**;")
    assert named(c, "5.2 percent")[3] == "gdp" and named(c, "around 5 percent")[3] == "gdp"
    assert named(c, "about 5 percent") == ("%", "growth", "up", "fixed_asset_investment")


def test_a_full_width_stop_after_a_year_is_no_decimal_point():
    c = report("GDP grew by 6.1％ in 2023．2024 saw new growth.")
    assert not (c["value"] > 2023).any()

