"""Reports of other places, years and translators: part roles from what a heading says, the main-targets
paragraph wherever it stands, sentence-based statuses when no part is recognised, the report's year, and
the years a figure covers (period_start, span). Each case is a short synthetic report of one shape."""
from __future__ import annotations

import pytest

import workreport
from workreport import parse_document

HEAD = ("Report on the Work of the Government\n\nDelivered at the Fourth Session of the 13th National People's "
        "Congress of the People's Republic of China on March 5, {year}\n\nFellow Deputies,\n\n")


def roles(text: str, year: int | None = None) -> list[tuple[str, str]]:
    return [(p.id, p.role) for p in parse_document(text, year=year).parts]


def claims(text: str, **kw):
    return workreport.extract_text(text, **kw).claims


def one(c, expr: str):
    hits = c[c["expr"] == expr]
    assert len(hits) == 1, list(c["expr"])
    return hits.iloc[0]


# --- part roles from the headings' words -----------------------------------------------------------

def test_unnumbered_headings_say_what_each_part_is():
    text = (HEAD.format(year=2017) + "Review of our work in 2016\n\nGDP grew by 6.7 percent.\n\n"
            "What the government will do in 2017\n\nThe main targets are: GDP growth of around 6.5 percent.\n\n"
            "Major areas of work for 2017\n\n1. Pushing ahead with the five priority tasks\n\nWe will cut 50 million tons.\n\n"
            "2. Deepening reform\n\nWe will do more.\n")
    doc = parse_document(text)
    assert [(p.id, p.role) for p in doc.parts] == [("0", "preamble"), ("I", "results"), ("II", "targets"),
                                                     ("III", "targets")]
    # numbered sections inside a part are its sections, not parts
    assert [s.id for s in doc.sections if s.part == "III"] == ["III", "III.1", "III.2"]


@pytest.mark.parametrize("first, second, want", [
    ("I. 2018 in Review", "II. Tasks for 2019", ["results", "targets"]),
    ("Ⅰ．Review of Work in 2018", "Ⅱ．Overall Requirements and Policy Directions", ["results", "targets"]),
    ("Part One: Review of Work in 2018", "Part Two: Major Targets and Tasks for the 14th Five-Year Plan Period",
     ["results", "plan"]),
    ("I. A review of our work in 2018", "II. Main targets for development in 2019 and the overall plan for the next stage",
     ["results", "targets"]),
])
def test_numbered_headings_roles(first, second, want):
    text = f"Report\n\n{first}\n\nGDP grew 6%.\n\n{second}\n\nGDP will grow 6%.\n"
    assert [r for _, r in roles(text, 2019)][1:] == want


def test_a_heading_split_over_two_lines_and_a_numeral_on_its_own_line():
    text = ("Report\n\nI.\n\nReview of Work in 2018\n\nGDP grew 6%.\n\n"
            "II. Economic and Social Development in 2019:\n\nOverall Requirements and Policy Directions\n\nGDP will grow 6%.\n")
    doc = parse_document(text)
    assert [(p.id, p.role) for p in doc.parts] == [("0", "preamble"), ("I", "results"), ("II", "targets")]
    assert doc.parts[1].title == "Review of Work in 2018"
    assert doc.parts[2].title.endswith("in 2019: Overall Requirements and Policy Directions")


def test_a_plan_part_covers_the_plans_years():
    text = (HEAD.format(year=2021) + "I. Review of Our Work in 2020\n\nGDP grew 2.3 percent.\n\n"
            "II. Major Targets and Tasks for the 14th Five-Year Plan Period\n\n"
            "Energy consumption per unit of GDP will be cut by 13.5 percent. "
            "We will keep the surveyed urban unemployment rate within 5.5 percent. "
            "Grain output will stay above 650 million metric tons. "
            "R&D spending will increase by more than 7 percent per year. "
            "The urbanization rate of permanent residents will reach 65 percent.\n\n"
            "III. Tasks for 2021\n\nGDP will grow by over 6 percent.\n")
    c = claims(text)
    got = {e: (r.period_start, r.period, r.span, r.status) for e, r in zip(c["expr"], c.itertuples())}
    assert got["2.3 percent"] == (2020, 2020, "year", "actual")
    assert got["13.5 percent"] == (2021, 2025, "cumulative", "target")
    assert got["within 5.5 percent"] == (2021, 2025, "average_annual", "target")
    assert got["above 650 million metric tons"] == (2021, 2025, "average_annual", "target")
    assert got["more than 7 percent"] == (2021, 2025, "average_annual", "target")
    assert got["65 percent"] == (2025, 2025, "year", "target")
    assert got["over 6 percent"] == (2021, 2021, "year", "target")


# Part numerals of every kind a translation writes: each report reads as review, targets, government.
@pytest.mark.parametrize("first, second, third", [
    ("1. Work in 2018", "2. Targets and Tasks for 2019", "3. Improving Government Performance"),
    ("1 Review of Work in 2018", "2 Major Tasks for 2019", "3 Strengthening Government Self-Improvement"),
    ("一、Review of Work in 2018", "二、Overall Requirements and Main Targets for 2019", "三、Improving Government Performance"),
    ("一、 2018 work review", "二、 The main expected goals in 2019", "三、 Strengthen the government's own construction"),
    ("1、 2018 work review", "2、 This year's main goals and tasks", "3、 Strengthen the construction of the government itself"),
    ("1. Work in the Past Year", "2. Economic and Social Development Goals for 2019", "3. Improving Government Performance"),
    ("REVIEW OF WORK IN 2018", "MAIN TARGETS AND TASKS FOR 2019", "IMPROVING GOVERNMENT PERFORMANCE"),
    ("First, the work review of 2018", "Second, the main work of 2019", "Third, strengthen the government's own construction"),
])
def test_part_numerals_arabic_chinese_ordinal_and_none(first, second, third):
    text = (HEAD.format(year=2019) + f"{first}\nGDP grew by 6 percent.\n{second}\nThe main targets are: GDP growth of "
            f"6 percent.\n1. Deepening reform\nWe will do more.\n{third}\nWe will serve the people.\n")
    doc = parse_document(text)
    assert [(p.id, p.role) for p in doc.parts] == [("0", "preamble"), ("I", "results"), ("II", "targets"),
                                                     ("III", "government")]
    assert doc.parts[1].start == text.index(first)


def test_a_report_numbers_its_parts_in_one_style():
    text = (HEAD.format(year=2019) + "一、Review of Work in 2018\nGDP grew by 6 percent.\n2. Deepening reform tasks\n"
            "We reformed.\n二、Main Targets for 2019\nGDP will grow by 6 percent.\n三、Improving Government "
            "Performance\nWe will serve.\n")
    assert [(p.role, p.title) for p in parse_document(text).parts[1:]] == [
        ("results", "Review of Work in 2018"), ("targets", "Main Targets for 2019"),
        ("government", "Improving Government Performance")]


def test_an_ordinal_opening_a_paragraph_is_no_heading():
    text = (HEAD.format(year=2019) + "First, we will deepen reform in 2019.\nSecond, we will open wider.\n"
            "GDP will grow by 6 percent.\n")
    assert roles(text) == [("0", "unrecognised")]


def test_a_heading_running_into_its_paragraph_ends_where_the_paragraph_begins():
    text = (HEAD.format(year=2014) + "I. Review of work in 2013 Over the past year, GDP grew by 8.3 percent.\n"
            "II. Main targets and tasks for 2014 The main projected targets for this year are: GDP growth of around 8 "
            "percent, growth of fixed asset investment of 17 percent, and grain output kept stable at above 35 million "
            "tons.\nIII. Improving government performance We will keep improving the conduct of government.\n")
    doc = parse_document(text)
    assert [(p.role, p.title) for p in doc.parts[1:]] == [
        ("results", "Review of work in 2013"), ("targets", "Main targets and tasks for 2014"),
        ("government", "Improving government performance")]


def test_part_one_with_its_title_on_the_next_line_and_an_untitled_part_two():
    text = ("Report\nJanuary 2010\n\nPart One\nReview of Work in 2009\nGDP grew by 12.1 percent.\n\nPart Two\n"
            "The main projected targets for this year are: GDP growth of 10 percent.\n\nPart Three\n"
            "Strengthening Government Building\nWe will be transparent.\n")
    doc = parse_document(text)
    assert [(p.role, p.title) for p in doc.parts[1:]] == [
        ("results", "Review of Work in 2009"), ("targets", ""), ("government", "Strengthening Government Building")]
    assert doc.year == 2010


@pytest.mark.parametrize("second, third, want", [
    # a year's suggestions after a five-year review are this year's work, not the government's own
    ("II. Suggestions for the Government's Work in 2018", "III. Strengthening the Government's Self-Improvement",
     ["results", "targets", "government"]),
    ("II. Key Projected Targets", "III. Improving Government Performance", ["results", "targets", "government"]),
    # a heading naming a five-year plan is a plan part, however it is worded
    ("II. The 13th Five-Year Plan at a glance", "III. Key Tasks for 2018", ["results", "plan", "targets"]),
    ("II. Main Objectives of the 13th Five-Year Plan", "III. The Government's Work in 2018",
     ["results", "plan", "targets"]),
    ('II. Main Targets for 2018', 'III. The main goals of the "Thirteenth Five-Year Plan" period',
     ["results", "targets", "plan"]),
])
def test_role_words_of_more_headings(second, third, want):
    text = (HEAD.format(year=2018) + f"I. Our Work over the Past Five Years\n\nGo.\n\n{second}\n\nGo.\n\n"
            f"{third}\n\nGo.\n")
    assert [r for _, r in roles(text)][1:] == want


def test_a_review_of_the_year_and_of_the_last_plan_is_a_review():
    text = (HEAD.format(year=2016) + "I. Review of Work in 2015 and the 12th Five-Year Plan Period\n\nGo.\n\n"
            "II. Main Targets for 2016\n\nGo.\n\nIII. Main Objectives for the 13th Five-Year Plan Period\n\nGo.\n")
    assert [r for _, r in roles(text)][1:] == ["results", "targets", "plan"]
    # a heading that reviews and then sets targets is still read as one that does both
    mixed = HEAD.format(year=2021) + ("I. Achievements in the 13th Five-Year Plan Period and Major Targets and Tasks "
                                      "for the 14th Five-Year Plan Period\n\nGo.\n\nII. Tasks for 2021\n\nGo.\n")
    assert parse_document(mixed).parts[1].mixed


# --- the main-targets paragraph --------------------------------------------------------------------

def test_main_targets_in_the_preamble_are_targets():
    text = (HEAD.format(year=2024) + "This year, we have set the following key projected targets for development "
            "this year: GDP growth of around 5 percent; a CPI increase of around 3 percent.\n\n"
            "I. Review of Work in 2023\n\nGDP grew by 5.2 percent.\n")
    c = claims(text)
    assert list(zip(c["expr"], c["status"], c["period"])) == [
        ("around 5 percent", "target", 2024), ("around 3 percent", "target", 2024), ("5.2 percent", "actual", 2023)]


def test_main_targets_list_lines_after_an_intro_with_a_colon():
    text = ("Report\n\nI. Review of Work in 2018\n\nGDP grew by 6.6 percent. The main projected targets for economic "
            "and social development this year are set as follows:\n\n-- GDP growth of 6-6.5 percent\n\n"
            "Over 11 million new urban jobs\n\nA drop of around 3 percent in energy consumption per unit of GDP\n\n"
            "Last year, exports grew by 7.1 percent.\n")
    c = claims(text)
    assert list(zip(c["expr"], c["status"])) == [
        ("6.6 percent", "actual"), ("6-6.5 percent", "target"), ("Over 11 million", "target"),
        ("around 3 percent", "target"), ("7.1 percent", "actual")]


def test_a_review_of_last_years_main_targets_stays_a_result():
    text = "Report\n\nI. Review of Work in 2018\n\nThe main targets for the year were met: GDP grew by 6.6 percent.\n"
    assert list(claims(text)["status"]) == ["actual"]


# --- no recognisable part --------------------------------------------------------------------------

def test_unrecognised_parts_read_each_sentence_and_warn():
    text = ("Report of the city, 2024\n\nGDP grew by 5.2 percent. We will strive for GDP growth of 6 percent. "
            "The deficit is projected at 3 percent. Revenue is expected to grow by 4 percent.\n")
    ex = workreport.extract_text(text, year=2024)
    assert [p.role for p in ex.document.parts] == ["unrecognised"]
    assert list(ex.sections["part_role"]) == ["unrecognised"]
    assert list(zip(ex.claims["status"], ex.claims["period"])) == [
        ("actual", 2023), ("target", 2024), ("target", 2024), ("target", 2024)]
    assert len(ex.warnings) == 1 and "not recognised" in ex.warnings[0] and "sentence" in ex.warnings[0]


def test_recognised_parts_give_no_warning():
    ex = workreport.extract_text("Report\n\nI. Review of Work in 2023\n\nGDP grew 5%.\n\nII. Tasks for 2024\n\nGo.\n")
    assert ex.warnings == ()


# --- the report's year -----------------------------------------------------------------------------

@pytest.mark.parametrize("header, year", [
    ("Delivered at the Fifth Session of the 12th National People's Congress of the People's Republic of China "
     "on March 5, 2017", 2017),
    ("Delivered at the Third Session of the 13th National People's Congress of the\nPeople's Republic of China on "
     "May 22, 2020", 2020),
    ("Second Session of the 13th National People's Congress of the People's Republic of China, March 2019", 2019),
    ("Government Work Report\n\n2024-01-15", 2024),
])
def test_year_from_the_delivery_line_or_header_date(header, year):
    text = f"{header}\n\nFellow Deputies,\n\nBy 2035 we will have basically realized modernization. In 2010 GDP grew 10%.\n"
    assert parse_document(text).year == year


def test_year_never_the_largest_year_mentioned():
    text = ("Report\n\nReview of our work in 2016\n\nBy 2035, the plan will be done; on 2030 we will see.\n\n"
            "What the government will do this year\n\nGo.\n")
    assert parse_document(text).year == 2017
    assert parse_document("Report\n\nGDP will double by 2035. It grew 5% in 2020.\n").year is None


@pytest.mark.parametrize("text, year", [
    ("Report\n\nI. Looking Back on 2015\n\nThe 2022 Winter Olympics.\n\nII. Major Tasks for This Year\n\nGo by 2020.\n",
     2016),
    ("Report\n\nI. Looking Back on the Past Year\n\nGo.\n\nII. Tasks for This Year\n\nThis year is the final year of "
     "the 13th Five-Year Plan period, and we will finish by 2035.\n", 2020),
    ("Report\n\nI. Looking Back on the Past Year\n\nLast year was the final year of the 13th Five-Year Plan period.\n\n"
     "II. Tasks for This Year\n\nThis year is the first year of the 14th Five-Year Plan period.\n", 2021),
    ("Report\n-- January 2019\n\nI. Looking Back on the Past Year\n\nGo.\n\nII. Tasks for This Year\n\nGo.\n", 2019),
    ("REPORT\n\nREVIEW OF WORK IN 2018\n\nGo by 2035.\n\nMAIN TASKS FOR THIS YEAR\n\nGo.\n", 2019),
    ("Report\n\n1、 2016 work review\n\nThe 2022 Winter Olympics.\n\n2、 This year's main goals and tasks\n\nGo.\n", 2017),
])
def test_year_from_a_dateline_a_reviewed_year_or_the_year_of_a_plan(text, year):
    assert parse_document(text).year == year


def test_year_from_the_targets_heading_last():
    assert parse_document("Report\n\nI. The Past Year\n\nGo.\n\nII. Tasks for 2022\n\nGo.\n").year == 2022


def test_the_caller_s_year_wins():
    assert parse_document(HEAD.format(year=2017) + "I. Review of Work in 2016\n\nGo.\n", year=2030).year == 2030


# --- years a figure covers -------------------------------------------------------------------------

REVIEW = HEAD.format(year=2021) + "I. Review of Our Work in 2020\n\n{body}\n\nII. Tasks for 2021\n\n{targets}\n"


@pytest.mark.parametrize("body, expr, want", [
    ("GDP grew by 2.3 percent.", "2.3 percent", (2020, 2020, "year")),
    ("Over the past five years, GDP grew at an average annual rate of 5.7 percent.", "5.7 percent",
     (2016, 2020, "average_annual")),
    ("In the past five years, 55.75 million rural people were lifted out of poverty.", "55.75 million",
     (2016, 2020, "cumulative")),
    ("During 2016-2020, energy consumption per unit of GDP fell by 13.2 percent.", "13.2 percent",
     (2016, 2020, "cumulative")),
    ("From 2016 to 2020, grain output stayed above 650 million metric tons.", "above 650 million metric tons",
     (2016, 2020, "average_annual")),
    ("During the 13th Five-Year Plan period, over 60 million urban jobs were added.", "over 60 million",
     (2016, 2020, "cumulative")),
    ("Over the past five years, urban jobs grew by over 13 million a year.", "over 13 million",
     (2016, 2020, "average_annual")),
    ("Over the past five years, GDP increased from less than 70 trillion yuan to over 100 trillion yuan.",
     "less than 70 trillion yuan", (2015, 2015, "year")),
    ("Over the past five years, GDP increased from less than 70 trillion yuan to over 100 trillion yuan.",
     "over 100 trillion yuan", (2020, 2020, "year")),
    ("Over the past five years, exports grew fast; last year, GDP grew by 2.3 percent.", "2.3 percent",
     (2020, 2020, "year")),
])
def test_years_of_a_result(body, expr, want):
    r = one(claims(REVIEW.format(body=body, targets="Go.")), expr)
    assert (r["period_start"], r["period"], r["span"]) == want


@pytest.mark.parametrize("targets, expr, want", [
    ("GDP will grow by over 6 percent.", "over 6 percent", (2021, 2021, "year")),
    ("Energy consumption per unit of GDP will decrease by 12 percent compared with 2020 by 2024.", "12 percent",
     (2021, 2024, "cumulative")),
    ("Carbon intensity will fall by 18 percent compared with 2020.", "18 percent", (2021, 2021, "year")),
    ("The forest coverage rate will reach 24.1 percent by 2025.", "24.1 percent", (2025, 2025, "year")),
])
def test_years_of_a_target(targets, expr, want):
    r = one(claims(REVIEW.format(body="Go.", targets=targets)), expr)
    assert (r["period_start"], r["period"], r["span"]) == want


def test_a_change_compared_with_a_base_year_several_years_back():
    text = (HEAD.format(year=2024) + "I. Review of Work in 2023\n\nIt is estimated that energy consumption per unit "
            "of GDP has decreased by more than 13% compared with 2020.\n\nII. Tasks for 2024\n\nGo.\n")
    r = one(claims(text), "more than 13%")
    assert (r["period_start"], r["period"], r["span"], r["status"]) == (2021, 2023, "cumulative", "estimate")


def test_every_claim_covers_its_years_in_order(dalian):
    c = dalian.claims
    assert set(c["span"]) <= {"year", "average_annual", "cumulative"}
    assert (c["period_start"] <= c["period"]).all()
    assert ((c["span"] == "year") == (c["period_start"] == c["period"])).all()


# --- a date is one mention -------------------------------------------------------------------------

def test_an_iso_date_is_one_date_and_one_sentence():
    text = "Government Work Report\n\n2024-01-15\n\nI. Review of Work in 2023\n\nGDP grew 5%.\n"
    ex = workreport.extract_text(text)
    dates = ex.mentions[ex.mentions["text"] == "2024-01-15"]
    assert list(dates["nonclaim_type"]) == ["date"]
    sents = [ex.document.sentence_text(i) for i in range(len(ex.document.sentences))]
    assert "2024-01-15" in sents and "-01-" not in sents
    assert ex.document.year == 2024
