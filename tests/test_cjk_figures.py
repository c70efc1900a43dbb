"""Figures and tables of a Chinese report: every figure draws its Chinese text with a font that has the glyphs
(matplotlib's "Glyph ... missing from font(s)" warning is a failure here, never a box in a picture), names
headline indicators by the catalogue's English labels and Chinese subjects as written; figures of English
reports look exactly as before; tables show Chinese as written, escaped and wrapped."""
from __future__ import annotations

import re
import warnings
from pathlib import Path
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pytest  # noqa: E402

import workreport  # noqa: E402
from builders import claims_df  # noqa: E402
from workreport.analyse.growth import growth_claims  # noqa: E402
from workreport.analyse.pipeline import analysis_tables  # noqa: E402
from workreport.report import figures, findings, style, views  # noqa: E402
from workreport.report.tables import html_text, people_table  # noqa: E402

ENGLISH_REPORT = Path(__file__).resolve().parents[1] / "data" / "raw" / "dalian-2024-government-work-report.txt"
GLYPH_MISSING = r"Glyph \d+ .* missing from font"
TITLE = "按部分和类别的定量陈述，大连 2024"


def claim(expr, value, subject, sentence, **kw) -> dict:
    return dict(expr=expr, value=value, subject=subject, sentence=sentence, **kw)


def rate(expr, value, subject, sentence, indicator="", status="actual", **kw) -> dict:
    return claim(expr, value, subject, sentence, **{**dict(unit="%", kind="growth", direction="up"), **kw},
                 indicator=indicator, status=status)


# A report's claims as the Chinese reader writes them: subjects, expressions and sentences in Chinese,
# indicator ids as for English reports. Dalian, so the reference data has 2024 outcomes for the backtest.
SPECS = (
    rate("5.2%", 5.2, "地区生产总值", "全市地区生产总值增长5.2%。", "gdp", section="I.1"),
    rate("7.6%", 7.6, "规模以上工业增加值", "规模以上工业增加值增长7.6%，创近年新高。", section="I.1"),
    rate("3.5%", 3.5, "城乡居民人均可支配收入实际增长速度与经济增长基本同步", "城乡居民人均可支配收入实际增长速度与经济增长基本同步，增长3.5%。",
         direction="down", section="I.2"),
    claim("12.1万人", 121000, "城镇新增就业", "城镇新增就业12.1万人。", kind="count", counted="人",
          indicator="urban_new_jobs", section="I.2"),
    claim("2.5%", 2.5, "研发经费投入强度", "研发经费投入强度达到2.5%。", unit="%", kind="share", indicator="rd_intensity",
          section="I.3"),
    rate("6%左右", 6, "地区生产总值", "地区生产总值增长6%左右。", "gdp", "target", qualifier="about", section="II.1"),
    claim("11万人以上", 110000, "城镇新增就业", "城镇新增就业11万人以上。", kind="count", counted="人",
          indicator="urban_new_jobs", status="target", qualifier="more_than", section="II.1"),
    claim("2.6%", 2.6, "研发经费投入强度", "研发经费投入强度提高到2.6%。", unit="%", kind="share", indicator="rd_intensity",
          status="target", section="II.1"),
    rate("8%", 8, "规模以上工业增加值", "规模以上工业增加值增长8%，<重点>项目 & 产业链协同推进。", status="target",
         section="VII.2"),
    rate("12%左右", 12, "", "增长12%左右。", status="target", qualifier="about", section="II.1"),   # no subject found
)


@pytest.fixture(scope="module")
def claims():
    return claims_df(*SPECS)


@pytest.fixture(scope="module")
def tables(claims):
    return analysis_tables(SimpleNamespace(claims=claims, document=SimpleNamespace(place="dalian")))


@pytest.fixture(autouse=True)
def missing_glyphs_fail():
    """A glyph the fonts lack would be drawn as a box: make matplotlib's warning of it an error."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=GLYPH_MISSING)
        yield


def drawn_text(fig) -> str:
    """Every string the figure draws (title, tick labels, legend, value labels), once it has been drawn."""
    fig.canvas.draw()
    texts = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    matplotlib.pyplot.close(fig)
    return "\n".join(t for t in texts if t)


def as_a_subject_match(table, indicator: str):
    """The same rows with the indicator left unknown, as rows matched by their Chinese subject would come."""
    return table.assign(indicator=["" if i == indicator else i for i in table["indicator"]])


# ---- figures ----------------------------------------------------------------------------------------------

def test_claims_by_section(claims):
    text = drawn_text(figures.claims_by_section(claims, TITLE))
    assert TITLE in text and "VII.2" in text


def test_growth_bars(claims):
    text = drawn_text(figures.growth_bars(growth_claims(claims), "增长率，大连 2024"))
    assert "GDP (2023)" in text and "规模以上工业增加值 (2023)" in text   # English label; the subject as written
    assert "地区生产总值" not in text and "gdp" not in text.split()
    assert "城乡居民人均可支配收入实际增长\n速度与经济增长基本同步 (2023)" in text   # wrapped between characters
    assert "claim 10 (2024)" in text                                               # never an empty label


def test_rates_result_vs_target(tables):
    comp = tables["comparisons"]
    assert {"gdp", "rd_intensity"} <= set(comp.loc[comp["change_unit"] == "pp", "indicator"])
    text = drawn_text(figures.rates_result_vs_target(comp, "t"))
    assert "GDP" in text and "R&D intensity" in text and "5.2 → 6" in text
    text = drawn_text(figures.rates_result_vs_target(as_a_subject_match(comp, "rd_intensity"), "t"))
    assert "研发经费投入强度" in text


def test_count_ratios(tables):
    comp = tables["comparisons"]
    text = drawn_text(figures.count_ratios(comp, "t"))
    assert "New urban jobs" in text and "×0.91" in text
    assert "城镇新增就业" in drawn_text(figures.count_ratios(as_a_subject_match(comp, "urban_new_jobs"), "t"))


def test_feasibility_chart(tables):
    feas = tables["feasibility"]
    text = drawn_text(figures.feasibility_chart(feas, "t"))
    assert "GDP" in text and "+0.3 pp" in text   # about 6% is met from 5.5%, against 5.2%
    assert "地区生产总值" in drawn_text(figures.feasibility_chart(as_a_subject_match(feas, "gdp"), "t"))


def test_backtest_chart(tables):
    feas, bt = tables["feasibility"], tables["backtest"]
    assert bt["indicator"].tolist() == ["gdp"]
    targets = feas.set_index("target_claim_id").loc[bt["target_claim_id"], "target_value"]
    text = drawn_text(figures.backtest_chart(bt, targets, "目标与结果，大连 2024"))
    assert "GDP" in text and "5.2%" in text and "目标与结果" in text


def test_without_the_cjk_font_the_glyph_check_fails(claims, monkeypatch):
    """The check above can fail: with Latin fonts alone, drawing the Chinese subjects warns of missing glyphs."""
    monkeypatch.setattr(figures, "font_families", lambda: ["sans-serif"])
    with pytest.raises(UserWarning, match=GLYPH_MISSING):
        drawn_text(figures.growth_bars(growth_claims(claims), "t"))


def test_the_font_comes_from_its_package():
    path = style.cjk_font_path()
    assert path is not None and path.is_file() and path.parent.name == style.CJK_FONT_PACKAGE
    assert figures.font_families() == ["sans-serif", style.CJK_FAMILY]
    from matplotlib import font_manager

    registered = len(font_manager.fontManager.ttflist)
    figures.font_families()
    assert len(font_manager.fontManager.ttflist) == registered   # registering twice adds nothing


def test_bold_labels_log_nothing(claims, caplog):
    """The font has one weight; a bold label (the totals over each section) must not log a fallback warning
    that would show in every notebook."""
    from matplotlib import font_manager

    font_manager.FontManager._findfont_cached.cache_clear()   # matplotlib logs a fallback once, then remembers
    with caplog.at_level("WARNING", logger="matplotlib.font_manager"):
        drawn_text(figures.claims_by_section(claims, TITLE))
    assert not caplog.records


def test_figures_of_english_reports_look_as_before(monkeypatch):
    """Latin glyphs all come from the font they came from before the fallback existed: the same pixels."""
    growth = growth_claims(workreport.extract(ENGLISH_REPORT).claims)
    title = "Growth rates stated in the report, Dalian 2024 (×, →, …)"
    with_fallback = pixels(figures.growth_bars(growth, title))
    monkeypatch.setattr(figures, "font_families", lambda: ["sans-serif"])
    without = pixels(figures.growth_bars(growth, title))
    assert with_fallback.shape == without.shape and np.array_equal(with_fallback, without)


def pixels(fig) -> np.ndarray:
    fig.canvas.draw()
    out = np.asarray(fig.canvas.buffer_rgba()).copy()
    matplotlib.pyplot.close(fig)
    return out


def test_findings_name_what_they_speak_of(claims):
    lines = findings.growth(growth_claims(claims), claims.head(0))
    assert "best claim 10 (+12%)" in lines[1] and "worst 地区生产总值 (+6%)" in lines[1]


# ---- labels -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, width, max_lines, expected", [
    ("城镇新增就业", 30, 2, "城镇新增就业"),
    ("城镇新增就业1000万人以上，城镇登记失业率4.5%以内", 14, 3, "城镇新增就业\n1000万人以上，\n城镇登记失业…"),
    ("居民收入（预计）增长", 10, 3, "居民收入\n（预计）增\n长"),       # an opening bracket stays with what it opens
    ("R&D 经费投入强度 2.5% 左右", 14, 2, "R&D 经费投入强\n度 2.5% 左右"),  # Latin words and numbers whole
    ("regional gdp of the whole city and the new districts", 30, 2,
     "regional gdp of the whole city\nand the new districts"),           # English as before
])
def test_wrap_label(text, width, max_lines, expected):
    assert figures.wrap_label(text, width, max_lines) == expected


def test_wrapped_chinese_never_starts_a_line_with_a_closing_mark():
    s = "城镇新增就业，城镇登记失业率，居民消费价格，粮食产量，单位能耗。"
    for width in range(4, 30):
        lines = figures.wrap_label(s, width, max_lines=20).split("\n")
        assert "".join(lines) == s
        assert not any(line[0] in "，。" for line in lines)


def test_sections_in_roman_order_past_six():
    assert sorted(["VIII.1", "16.2", "II.3", "I.10", "0", "I.2", "IX", "XIV", "VI.1"], key=figures.section_key) == \
        ["0", "I.2", "I.10", "II.3", "VI.1", "VIII.1", "IX", "XIV", "16.2"]


# ---- tables -----------------------------------------------------------------------------------------------

def test_claims_table_shows_chinese_as_written_with_english_indicator_labels(claims):
    t = views.claims_preview(claims)
    f = t.frame
    assert f["Subject"].tolist()[:2] == ["地区生产总值", "规模以上工业增加值"]
    assert f["As written"].tolist()[:2] == ["5.2%", "7.6%"] and "6%左右" in f["As written"].tolist()
    assert f["Indicator"].tolist()[:2] == ["GDP", "—"]
    page = t.to_html()
    assert "城乡居民人均可支配收入实际增长速度与经济增长基本同步" in page
    assert re.search(r"td\.col\d+ \{[^}]*white-space: normal", page)   # long Chinese wraps in the browser


def test_chinese_sentences_are_escaped_not_read_as_markup(claims):
    t = people_table(claims, ["subject", "sentence"], name="zh")
    page = t.to_html()
    assert "&lt;重点>项目 & 产业链" in page and "<重点>" not in page
    assert "城乡居民人均可支配收入实际增长速度与经济增长基本同步，增长3.5%。" in repr(t)   # plain text whole


@pytest.mark.parametrize("text", ["R&D 经费", "<b>", "&amp; 与 &copy", "&#38;", "S&T"])
def test_html_text_shows_exactly_the_text(text):
    import html

    assert html.unescape(html_text(text)) == text and "<" not in html_text(text)


def test_what_html_reads_as_itself_is_left_as_written():
    assert html_text("R&D expenditure: target >=6% -> 6% met") == "R&D expenditure: target >=6% -> 6% met"
