"""Gated patterns (catalogue/patterns.py) run only where a text holds one of their gates, for speed. A gate
that a match can lack would silently lose a claim's year, span or subject, so these tests hold every gated
pattern of the English reader to its ungated self: on every sentence and clause of the development texts,
on texts written in capitals and odd letters, and on random texts. The same holds for the other quick tests
that stand before a pattern or in its place: the ending of a stretch phrase, and the starts of number words."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workreport.catalogue.patterns import Gated, alternation, endings_for, gated, gates_for
from workreport.read import claims, mentions, periods
from workreport.read.scan import root_words

ROOT = Path(__file__).resolve().parents[1]
DEV_TEXTS = [ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt",
             ROOT / "data" / "raw" / "en" / "china-2017-government-work-report.txt"]
GATED = sorted({id(p): (f"{m.__name__.rsplit('.', 1)[-1]}.{name}", p) for m in (claims, periods)
                for name, p in vars(m).items() if isinstance(p, Gated)}.values(), key=lambda t: t[0])
ODD = ["LAST YEAR, GDP grew BY 2020", "In 2020-2025 the 14TH FIVE-YEAR PLAN PERIOD", "over the PAST FIVE YEARS",
       "Up From 3 percent", "a TOTAL OF 5 million", "AVERAGE ANNUAL growth", "AMOUNTED TO 3", "by the END OF 2025",
       "the target of 7 percent", "RATES of", "compared with 2019", "Over The Previous Year", "in\u00a02019",
       "Over the NEXT FIVE YEARS", "grew At An Average Annual RATE OF ", "it was up FROM", "rose from  "]


def _samples() -> list[str]:
    """Every sentence of the development texts, each clause of them, and the tails the readers search."""
    out = list(ODD)
    for path in DEV_TEXTS:
        text = path.read_text(encoding="utf-8")
        for sentence in re.split(r"(?<=[.;!?])\s+", text):
            out.append(sentence)
            out += [clause for clause in re.split(r"[,;:]", sentence) if clause.strip()]
            out.append(sentence[:80])
    return out


SAMPLES = _samples()


def test_the_reader_gates_its_slowest_patterns():
    names = {n for n, _ in GATED}
    assert {"periods._RELATIVE_ONE_YEAR", "periods._PAST_N", "periods._RANGE", "periods._PLAN_PERIOD", "claims._YEAR_CUE",
            "claims._IN_YEAR", "claims._BY_YEAR", "periods.FROM_END"} <= names


@pytest.mark.parametrize("name,pattern", GATED, ids=[n for n, _ in GATED])
def test_a_gated_pattern_finds_what_it_finds_ungated(name, pattern):
    found = 0
    for text in SAMPLES:
        a, b = pattern.search(text), pattern.compiled.search(text)
        assert (a and a.span()) == (b and b.span()), (name, text)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.compiled.finditer(text)]
        found += b is not None
    assert found or name in ("claims._BY_YEAR",), f"{name} matched none of the samples: the test proves nothing"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aeflmnoprstuvyATFROMYEARS 0129-–,.İıſ", max_size=40), st.integers(0, 5))
def test_random_texts_and_offsets_find_the_same(text, pos):
    for name, pattern in GATED:
        for method in ("search", "match"):
            a = getattr(pattern, method)(text, pos)
            b = getattr(pattern.compiled, method)(text, pos)
            assert (a and a.span()) == (b and b.span()), (name, method, text, pos)


def test_the_gates_of_a_word_list_cover_every_word_and_avoid_the_letters_case_blindness_widens():
    listed = ["average annual", "annually", "per year", "on average", "two-year average", "yearly"]
    gates = gates_for(listed)
    assert gates and len(gates) <= 6
    assert all(any(g in w.lower() for g in gates) for w in listed)
    assert not any(set(g) & set("is") for g in gates)      # 'ı' and 'ſ' match i and s under re.I
    assert gates_for(["is", "as", "it"]) == ()             # no gate possible: the pattern runs ungated
    assert isinstance(gated(re.compile("is|as", re.I), ["is", "as"]), re.Pattern)


def test_a_gate_turns_away_only_texts_without_it():
    p = Gated(re.compile(r"\bfrom\s*$", re.I), "from")
    assert p.search("up FROM ") is not None and p.search("up to") is None
    assert p.sub("", "rose from") == "rose " and p.sub("", "rose to") == "rose to"
    with pytest.raises(ValueError):
        Gated(re.compile("x"), "From")


def test_the_last_clause_boundary_is_the_last_match_of_the_boundary_pattern():
    windows = SAMPLES + ["a, b; c (d) e - f", "1,000 yuan, and 2,300", "x - - y", "x — y – z", "ends with,",
                         "a,123 b", "a,1234", "(a: b, c)"]
    for w in windows:
        last = 0
        for m in claims._BOUNDARY.finditer(w):
            last = m.end()
        assert claims._last_boundary(w) == last, w


def test_a_text_names_one_year_exactly_where_the_one_year_pattern_matches():
    odd = ["in 2020", "In  2019,", "within 2020", "in\n2020", "ın 2020", "İn 2021", "in 2020-2025", "in 20201",
           "in 2020s", "rain 2020", "the previous year", "last years", "in2020", "x in 1999.", "in 2019–"]
    for text in SAMPLES + odd:
        assert periods.names_one_year(text) == (periods._ONE_YEAR.search(text) is not None), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="inIİı \n\t-–2019lastyer", max_size=30))
def test_random_texts_name_one_year_as_the_pattern_says(text):
    assert periods.names_one_year(text) == (periods._ONE_YEAR.search(text) is not None), text


def _gaps() -> list[str]:
    """The text between every two digits runs of the development texts, as the stretch rule meets it between two
    figures, and stretch phrases written in other cases and spacings."""
    out = ["about 6 percent, striving for ", ", and we will strive for\u00a0", " while STRIVING FOR  ",
           ", striving to achieve\n", "; we will strive for a higher growth rate of ", " strive fort ", " for "]
    for path in DEV_TEXTS:
        out += re.split(r"\d+", path.read_text(encoding="utf-8"))
    return out


def test_a_text_is_turned_away_as_no_stretch_gap_only_where_the_pattern_fails():
    seen = 0
    for gap in _gaps():
        matched = claims._STRETCH_GAP.fullmatch(gap) is not None
        assert claims._may_end_stretch(gap, 0, len(gap)) or not matched, gap
        seen += matched
    assert seen >= 4   # the samples hold stretch gaps, so the test can fail


def test_endings_are_refused_where_case_blindness_widens_a_letter():
    assert endings_for(["striving for", "strive to achieve"]) == {"or", "ve"}
    assert endings_for(["this", "as"]) is None   # 'ſ' and 'ı' match s and i under re.I: no ending can be trusted


def _number_word_starts_by_pattern(low: str) -> list[int]:
    """Where a number word starts, as a scan with the pattern of the root words after a character that is no
    ASCII letter finds it (how the reader found them before it used str.find)."""
    roots = alternation(root_words(mentions.NUMBER_WORDS))
    starts = [0] if re.match(roots, low) else []
    return starts + [m.start() + 1 for m in re.finditer(rf"[^a-z](?:{roots})", low) if not low[m.start()].isalpha()]


def test_number_words_start_where_the_pattern_of_their_roots_finds_them():
    texts = [p.read_text(encoding="utf-8").lower() for p in DEV_TEXTS] + [
        "one", "often ten", "twenty-one and sixty", "é seven", "x,three", "someone\nfour", "thirteen fifteen", ""]
    for low in texts:
        assert mentions._number_word_starts(low) == _number_word_starts_by_pattern(low), low[:40]
    assert len(mentions._number_word_starts(texts[0])) > 50   # the bundled report writes many number words


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="onetwhrfisxvuyé -\n,.", max_size=40))
def test_random_texts_have_number_words_where_the_pattern_finds_them(low):
    assert mentions._number_word_starts(low) == _number_word_starts_by_pattern(low), low
