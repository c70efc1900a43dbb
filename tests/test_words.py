"""The reader's words are data (lib/workreport/read/en/*.csv): every list loads, says what it is for,
has no empty or repeated word, is used by the code, and comes back immutable; a word added to a copy
of a list changes what is read; and the patterns built from the lists match what a plain list of
alternatives would."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workreport.contract.categories import QUALIFIERS, UNITS
from workreport.read import claims, mentions, periods, words
from workreport.read.words import WordListError, alternation, looks_plural, read_list

PACKAGE = Path(words.__file__).resolve().parents[1]
READ = PACKAGE / "read"
FILES = sorted(READ.glob("*/*.csv"))   # every language's lists: read/en/, read/zh/


def test_there_are_word_lists():
    assert len([p for p in FILES if p.parent.name == "en"]) >= 30
    assert len([p for p in FILES if p.parent.name == "zh"]) >= 15


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_list_loads_says_what_it_is_for_and_has_no_empty_or_repeated_word(path):
    about, header, rows = read_list(path)
    assert len(about.split()) >= 5, f"{path.name}: the first line should say what the list is for"
    assert rows, f"{path.name} is empty"
    assert header[0] in ("word", "phrase")
    firsts = [r[0] for r in rows]
    assert all(w.strip() == w and w for w in firsts)
    assert len(set(firsts)) == len(firsts)
    assert len({w.casefold() for w in firsts}) == len(firsts), f"{path.name}: a word listed twice in two cases"


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_list_is_read_by_the_code(path):
    """No dead list: each file's name appears in a reading module of its language (English: read/*.py)."""
    folder = READ if path.parent.name == "en" else path.parent
    code = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.py"))
    assert re.search(rf"[\"']{path.stem}[\"']", code), f"{path.name} is not read anywhere"


def test_the_loader_returns_immutable_values_read_once():
    assert isinstance(words.rows("units"), tuple) and all(isinstance(r, tuple) for r in words.rows("units"))
    assert isinstance(words.words("determiners"), frozenset)
    mapping = words.column("number_words", "value")
    assert isinstance(mapping, MappingProxyType)
    with pytest.raises(TypeError):
        mapping["eleventy"] = "110"  # type: ignore[index]
    assert isinstance(mentions.SCALES, MappingProxyType) and isinstance(mentions.NUMBER_WORDS, MappingProxyType)
    path = READ / "en" / "units.csv"
    assert read_list(path) is read_list(path)   # cached: the file is read once per process


@pytest.mark.parametrize("body, problem", [
    ("word\nfoo\n", "must start with a line"),
    ("# a list of things for testing\nword\nfoo\nbar\nfoo\n", "listed twice"),
    ("# a list of things for testing\nword,value\nfoo,1\n,2\n", "empty word"),
    ("# a list of things for testing\nword,value\nfoo,1\nbar\n", "columns"),
    ("# a list of things for testing\nword\n foo\n", "blanks"),
])
def test_a_broken_list_is_refused_with_its_problem(tmp_path, body, problem):
    path = tmp_path / "broken.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(WordListError, match=problem):
        read_list(path)


def test_a_missing_list_is_refused(tmp_path):
    with pytest.raises(WordListError, match="cannot be read"):
        read_list(tmp_path / "nothing.csv")


def test_the_unit_registry_speaks_the_contract():
    for word, unit, scale, place, whole in words.rows("units"):
        assert bool(unit) != bool(scale), f"{word}: a unit or a scale, not both"
        assert unit in UNITS
        assert place in ("after", "before", "either") and whole in ("yes", "no")
        if scale:
            assert re.fullmatch(r"10*", scale) and int(scale) >= 1000, f"{word}: a scale is a power of ten"
    for phrase, qualifier, place in words.rows("qualifiers"):
        assert qualifier in QUALIFIERS and qualifier != "exact" and place in ("before", "after")
    assert {r for _, r in words.rows("part_headings")} <= {"results", "targets", "requirements", "plan", "government"}


# Unit words whose first word is no continuation word: none, since the continuation words are built from
# units.csv ("500 m2", "5 U.S. dollars", "5 kilogrammes" and "5 US$" were read without their unit before).
KNOWN_GAPS: set[str] = set()


def test_a_unit_written_after_a_number_starts_with_a_continuation_word():
    """The quick test before the unit patterns: a unit's first word must be a continuation word."""
    missing = set()
    for word, _, _, place, _ in words.rows("units"):
        q = 0
        while q < len(word) and (word[q].isalpha() or word[q] in ".$"):
            q += 1
        first = word[:q].lower().rstrip(".")
        if place != "before" and first and first not in mentions._CONTINUATIONS:
            missing.add(first)
    assert missing == KNOWN_GAPS


@pytest.mark.parametrize("surface, unit", [
    ("sq. km", "km2"), ("Square Kilometres", "km2"), ("percentage points", "pp"), ("per cent", "%"),
    ("US$", "USD"), ("U.S. dollars", "USD"), ("metric tonnes", "ton"), ("working days", "day"), ("furlongs", ""),
])
def test_unit_of_reads_the_registry(surface, unit):
    assert mentions.unit_of(surface) == unit


@pytest.mark.parametrize("word, plural", [
    ("enterprises", True), ("people", True), ("“farms”", True), ("sub-field laboratories", True),
    ("process", False), ("its", False), ("status", False), ("analysis", False), ("glass", False), ("", False),
])
def test_one_plural_check_with_its_listed_exceptions(word, plural):
    assert looks_plural(word) is plural


def test_the_quick_substring_tests_cover_their_lists():
    """Each pattern is tried only when one of its hints is in the text, so a listed word that holds
    none of them would never be found."""
    for hint_set, name in [(claims._CUT_HINTS, "clause_openers"), (claims._HEDGE_HINTS, "hedges"),
                           (claims._TIME_FRAME_HINTS, "time_frame_words"), (claims._PLACE_HINTS, "place_phrases"),
                           (periods._PLAN_FRAME_HINTS, "plan_frames"), (periods._AVERAGE_SPAN_HINTS, "average_spans")]:
        for phrase in words.words(name):
            assert any(h in phrase for h in hint_set), f"{name}: {phrase!r} holds no hint"


WORD = st.text(alphabet="abcd $.", min_size=1, max_size=5).filter(lambda w: w.strip() == w)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=8, unique=True), st.data(), st.text(alphabet="abcd $.x", max_size=12))
def test_a_trie_pattern_matches_as_a_list_of_alternatives_longest_first(items, data, text):
    whole = data.draw(st.lists(st.sampled_from(items), unique=True))
    flat = "|".join(re.escape(w) + (r"\b" if w in whole else "")
                    for w in sorted(items, key=lambda w: (-len(w), w)))
    for pos in range(len(text) + 1):
        a = re.compile(f"(?:{alternation(items, whole)})").match(text, pos)
        b = re.compile(f"(?:{flat})").match(text, pos)
        assert (a and a.group()) == (b and b.group()), (items, whole, text, pos)


def _read_with_lists(tmp_path: Path, edit, sentence: str) -> list[tuple]:
    """Claims of a small report read by a copy of the package whose word lists `edit` has changed."""
    copy = tmp_path / "lib"
    shutil.copytree(PACKAGE, copy / "workreport", ignore=shutil.ignore_patterns("__pycache__"))
    edit(copy / "workreport" / "read" / "en")
    report = tmp_path / "report.txt"
    report.write_text("I. Review of Work in 2023\n" + sentence + "\nII. Tasks for 2024\nWe will do more.\n",
                      encoding="utf-8")
    script = textwrap.dedent(f"""
        import workreport
        assert workreport.__file__.startswith({str(copy)!r}), workreport.__file__
        ex = workreport.extract({str(report)!r})
        for r in ex.claims.itertuples():
            print(r.expr, r.value, r.unit, r.qualifier, r.kind, sep="|")
    """)
    out = subprocess.run([sys.executable, "-c", script], env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True, check=True).stdout
    return [tuple(line.split("|")) for line in out.splitlines()]


def _append(name: str, line: str):
    def edit(folder: Path) -> None:
        with open(folder / f"{name}.csv", "a", encoding="utf-8") as f:
            f.write(line + "\n")
    return edit


def test_a_qualifier_added_to_a_copy_of_the_list_changes_the_reading(tmp_path):
    sentence = "The regional GDP grew in excess of 5% over the previous year."
    before = _read_with_lists(tmp_path / "a", lambda folder: None, sentence)
    after = _read_with_lists(tmp_path / "b", _append("qualifiers", "in excess of,more_than,before"), sentence)
    assert [(r[0], r[3]) for r in before] == [("5%", "exact")]
    assert [(r[0], r[3]) for r in after] == [("in excess of 5%", "more_than")]


def test_a_unit_and_a_scale_added_to_a_copy_of_the_registry_change_the_reading(tmp_path):
    sentence = "Grain output reached 3 lakh kati."
    before = _read_with_lists(tmp_path / "a", lambda folder: None, sentence)
    edits = [_append("units", "kati,jin,,after,yes"), _append("units", "lakh,,100000,after,yes"),
             _append("continuations", "lakh"), _append("continuations", "kati")]
    after = _read_with_lists(tmp_path / "b", lambda f: [e(f) for e in edits], sentence)
    assert [(r[2], float(r[1])) for r in before] == [("", 3.0)]
    assert [(r[0], r[2], float(r[1])) for r in after] == [("3 lakh kati", "jin", 300000.0)]
