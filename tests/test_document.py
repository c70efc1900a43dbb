"""A report's structure: parts and their roles, numbered sections, sentences with offsets,
and the place and year read from city, provincial and national headers (or given)."""
from __future__ import annotations

import pytest

from workreport import parse_document
from workreport.read.document import infer_place, slug


# --- the bundled report ------------------------------------------------------------------------

def test_bundled_parts_and_roles(dalian):
    doc = dalian.document
    assert [(p.id, p.role) for p in doc.parts] == [
        ("0", "preamble"), ("I", "results"), ("II", "targets"), ("III", "government")]
    assert doc.parts[1].title == "Review of Work in 2023"
    assert doc.parts[2].title.startswith("Government work objectives and main tasks in 2024")
    for a, b in zip(doc.parts, doc.parts[1:]):
        assert a.end == b.start
    assert doc.parts[0].start == 0 and doc.parts[-1].end == len(doc.text)


def test_bundled_headings_with_unicode_roman_numerals(dalian):
    doc = dalian.document
    for part in doc.parts[2:]:
        assert doc.text[part.start] in "ⅡⅢ"


def test_bundled_sections(dalian):
    ids = [s.id for s in dalian.document.sections]
    assert ids == (["0", "I"] + [f"I.{i}" for i in range(1, 9)] + ["II"] + [f"II.{i}" for i in range(1, 10)]
                   + ["III"] + [f"III.{i}" for i in range(1, 5)])
    sec = {s.id: s for s in dalian.document.sections}
    assert sec["I.1"].title.startswith("(1) Make every effort to promote the economic recovery")
    assert sec["I.1"].number == 1 and sec["I.1"].part == "I" and sec["I.1"].role == "results"
    assert sec["II.9"].role == "targets" and sec["III.4"].role == "government"


def test_sections_table(dalian):
    s = dalian.sections
    assert list(s["section"]) == [x.id for x in dalian.document.sections]
    assert s["n_claims"].sum() == len(dalian.claims)
    assert s["n_sentences"].sum() == len(dalian.document.sentences)
    by_id = s.set_index("section")
    assert by_id.loc["II", "n_claims"] >= 8          # the main expected goals
    assert by_id.loc["0", "n_claims"] == 0            # the header has dates, not claims


def test_sentences_are_ordered_spans_within_their_part(dalian):
    doc = dalian.document
    prev_end = 0
    parts = {p.id: p for p in doc.parts}
    for s in doc.sentences:
        assert prev_end <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start:s.end] == doc.text[s.start:s.end].strip()
        part = parts[s.section.split(".")[0]]
        assert part.start <= s.start and s.end <= part.end
        assert s.role == part.role
        prev_end = s.end


def test_page_number_stands_alone_between_sentences(dalian):
    doc = dalian.document
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    i = texts.index("-12-")
    assert texts[i - 1].endswith("the increase of consumer price will be controlled at about 3%.")
    assert texts[i + 1].startswith("The income growth of urban and rural residents")


def test_sentence_index_finds_the_sentence_of_an_offset(dalian):
    doc = dalian.document
    pos = doc.text.index("319 days")
    s = doc.sentences[doc.sentence_index(pos)]
    assert s.start <= pos < s.end
    assert doc.sentence_text(doc.sentence_index(pos)).startswith("The number of days with good air quality")


# --- splitting -------------------------------------------------------------------------------

def sentences(text):
    doc = parse_document(text)
    return [text[s.start:s.end] for s in doc.sentences]


def test_abbreviations_and_decimals_do_not_end_sentences():
    text = ("I. Review of Work in 2023\n\nInvestment reached 12.5 billion U.S. dollars. The port ranks No. 2 "
            "in China. Dalian No.1 satellite was launched. GDP grew 5.2%.\n")
    assert sentences(text)[1:] == ["Investment reached 12.5 billion U.S. dollars.", "The port ranks No. 2 in China.",
                                   "Dalian No.1 satellite was launched.", "GDP grew 5.2%."]


def test_semicolons_do_not_end_sentences():
    text = "I. Review of Work in 2023\n\nRevenue rose 12%; Retail sales rose 9%. Next.\n"
    assert sentences(text)[1:] == ["Revenue rose 12%; Retail sales rose 9%.", "Next."]


def test_numbered_sections_in_both_styles():
    text = ("Report\n\nI. Review of Work in 2023\n\nLead.\n\n(1) Industry grew. Build parks.\n\n(2) Farms grew.\n\n"
            "II. Tasks for 2024\n\nLead.\n\n1. Build a modern industrial system. Do it.\n2. Another thing.\n")
    doc = parse_document(text)
    assert [(s.id, s.title) for s in doc.sections] == [
        ("0", "Report"), ("I", "Review of Work in 2023"), ("I.1", "(1) Industry grew."), ("I.2", "(2) Farms grew."),
        ("II", "Tasks for 2024"), ("II.1", "1. Build a modern industrial system."), ("II.2", "2. Another thing.")]
    assert sentences(text)[-3:] == ["1. Build a modern industrial system.", "Do it.", "2. Another thing."]


def test_text_without_headings_is_one_unrecognised_part():
    doc = parse_document("GDP grew 5%. Revenue rose 3%.")
    assert [(p.id, p.role) for p in doc.parts] == [("0", "unrecognised")]
    assert [s.id for s in doc.sections] == ["0"]
    assert doc.year is None and doc.place is None and doc.report_id == "report"


def test_heading_numbers_must_increase():
    # a later "I." inside the text (a list item) does not open a new part
    text = "I. Review of Work in 2023\n\nLead.\n\nII. Tasks for 2024\n\nLead.\n\nI. Something else\n\nMore.\n"
    doc = parse_document(text)
    assert [p.id for p in doc.parts] == ["I", "II"]


# --- roles of parts by their titles --------------------------------------------------------------

@pytest.mark.parametrize("title, role", [
    ("Review of Work in 2023", "results"),
    ("A Review of Our Work in 2023", "results"),
    ("Work in 2023", "results"),
    ("The Past Five Years", "results"),
    ("Government work objectives and main tasks in 2024", "targets"),
    ("Overall Requirements and Policy Priorities for Economic and Social Development in 2024", "targets"),
    ("Main Targets and Tasks for 2024", "targets"),
    ("Build a service-oriented government that people are satisfied with in the new era", "government"),
    ("Strengthening the Government's Own Development", "government"),
])
def test_part_roles_from_titles(title, role):
    first = "I. Review of Work in 2023" if role != "results" else "I. Something"
    text = f"{first}\n\nLead.\n\nII. {title}\n\nLead.\n"
    doc = parse_document(text, year=2024)
    assert doc.parts[-1].role == role


# --- place and year --------------------------------------------------------------------------

@pytest.mark.parametrize("level, place, report_id", [
    ("city", "Dalian", "dalian-2024"),
    ("province", "Guangdong", "guangdong-2024"),
    ("national", "China", "china-2024"),
])
def test_place_and_year_from_headers(make_report, level, place, report_id):
    doc = parse_document(make_report(level=level))
    assert (doc.place, doc.year, doc.report_id) == (place, 2024, report_id)
    assert [p.role for p in doc.parts] == ["preamble", "results", "targets", "government"]


@pytest.mark.parametrize("header, place", [
    ("--At the Third Session of the 17th National People's Congress of Dalian on January 6, 2024", "Dalian"),
    ("At the Second Session of the Fourteenth People's Congress of Zhejiang Province on January 23, 2024",
     "Zhejiang"),
    ("Wang Hao, Governor of Zhejiang Province", "Zhejiang"),
    ("Liu Ning, Governor of the People's Government of Guangdong Province", "Guangdong"),
    ("Delivered at the Second Session of the 16th Shanghai Municipal People's Congress", "Shanghai"),
    ("the Second Session of the 14th Guangdong Provincial People's Congress", "Guangdong"),
    ("Report on the Work of the Government of Shenzhen Municipality", "Shenzhen"),
    ("Chen Shaowang, Mayor of Dalian Municipal People's Government", "Dalian"),
    ("Yin Yong, Mayor of Beijing Municipality", "Beijing"),
    ("Li Qiang, Premier of the State Council", "China"),
    ("Delivered at the Second Session of the 14th National People's Congress of the People's Republic of China",
     "China"),
    ("Report on the Work of the Government", None),
])
def test_infer_place(header, place):
    assert infer_place(header + "\n\nDelegates,\n") == place


def test_year_from_the_delivery_line_wins_over_the_titles(make_report):
    text = make_report(year=2024).replace("January 6, 2024", "January 6, 2025")
    assert parse_document(text).year == 2025


def test_year_from_the_review_title():
    doc = parse_document("Report\n\nI. Review of Work in 2022\n\nGDP grew 3%.\n")
    assert doc.year == 2023


def test_year_from_the_delivery_date_without_headings():
    doc = parse_document("Government Work Report\n\nDelivered on January 15, 2021\n\nGDP grew 8%.\n")
    assert doc.year == 2021


def test_overrides(make_report):
    text = make_report(level="city")
    doc = parse_document(text, year=2030, place="Lüshun", report_id="my-report")
    assert (doc.year, doc.place, doc.report_id) == (2030, "Lüshun", "my-report")
    assert parse_document(text, place="Da Lian").report_id == "da-lian-2024"
    assert parse_document(text, year=2019).report_id == "dalian-2019"


def test_year_override_sets_periods(make_report):
    import workreport
    e = workreport.extract_text(make_report("GDP grew 5%.", "GDP will grow 6%."), year=2030)
    assert list(e.claims["period"]) == [2029, 2030]
    assert e.report_id == "dalian-2030"


@pytest.mark.parametrize("s, expected", [("Dalian", "dalian"), ("Inner Mongolia", "inner-mongolia"),
                                         ("", "report"), ("--", "report")])
def test_slug(s, expected):
    assert slug(s) == expected


def test_lists_inside_sections_are_not_sections():
    text = ("II. Tasks for 2024\n\nLead.\n\n1. Build industry. Do it.\n\n(1) First item.\n\n(2) Second item.\n\n"
            "2. Grow farms.\n\n(1) Another item.\n\n(0) x\n(0) y\n3. Last.\n")
    doc = parse_document(text)
    assert [(s.id, s.title) for s in doc.sections] == [
        ("II", "Tasks for 2024"), ("II.1", "1. Build industry."), ("II.2", "2. Grow farms."), ("II.3", "3. Last.")]
    sec = {s.id: s for s in doc.sections}
    assert text[sec["II.1"].start:sec["II.1"].end].endswith("(2) Second item.")


def test_section_ids_are_unique_even_when_numbers_repeat():
    doc = parse_document("I. Review\n\n(1) A.\n\n(1) B.\n\n(3) C.\n\n(2) D.\n")
    ids = [s.id for s in doc.sections]
    assert ids == ["I", "I.1", "I.3"]


def test_a_list_of_contents_before_the_body_is_no_part():
    text = ("Report on the Work of the Government\n\nContents\nI. Review of Work in 2023 .......... 1\n"
            "II. Main Targets for 2024 .......... 9\n\nFellow Deputies,\n\nI. REVIEW OF WORK IN 2023\n"
            "GDP grew by 5.2 percent.\n\nII. MAIN TARGETS FOR 2024\nGDP will grow by around 5 percent.\n")
    doc = parse_document(text)
    assert [(p.role, text[p.start:p.start + 8]) for p in doc.parts][1:] == [("results", "I. REVIE"), ("targets", "II. MAIN")]


@pytest.mark.parametrize("mark", ["## ", "**"])
def test_a_heading_marked_by_markdown_or_a_word_processor_is_a_heading(mark):
    end = "**" if mark == "**" else ""
    text = (f"Report on the Work of the Government\n\n{mark}I. Review of Work in 2019{end}\n\nGDP grew by 6.1 percent.\n\n"
            f"{mark}II. Main Targets and Tasks for 2020{end}\n\nGDP will grow by about 6 percent.\n")
    doc = parse_document(text)
    assert [p.role for p in doc.parts] == ["preamble", "results", "targets"] and doc.year == 2020


def test_a_sentence_after_one_opening_with_a_year_speaks_of_that_year():
    from builders import report
    text = ("Report on the Work of the Government\n\nI. Review of Our Work over the Past Five Years\n\nOver the past "
            "five years, GDP grew by 6 percent a year. In 2022, GDP grew by 3 percent. Revenue grew by 6.4 percent.\n\n"
            "II. Work for 2023\n\nGDP will grow by around 5 percent.\n")
    import workreport
    c = workreport.extract_text(text, year=2023).claims
    row = c[c["expr"] == "6.4 percent"].iloc[0]
    assert (row["period_start"], row["period"], row["span"]) == (2022, 2022, "year")
