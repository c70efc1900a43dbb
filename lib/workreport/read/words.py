"""The words the reader knows, kept as data: one CSV file per kind of word in a folder per language.

English lives in read/en/ (units.csv, qualifiers.csv, growth_words.csv ...), so that a reader of another
language can keep its own words beside it (read/zh/ for Chinese). Each file starts with a line
'# ...' saying what the list is for, then a header row; the first column is the word (or phrase), unique
and never empty. Files are read once per process (lru_cache) and handed out immutable: tuples, frozensets
and read-only mappings, so no caller can change the words another one reads. The reading modules build
their patterns from these lists when they are imported; the patterns' structure stays in their code.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from ..catalogue.patterns import Gated, alternation, endings_for, gated  # noqa: F401 (the readers' word lists as one pattern)

LANGUAGE = "en"
FOLDER = Path(__file__).resolve().parent


class WordListError(ValueError):
    """A word file that cannot be used: missing, without its about-line, or with an empty or repeated word."""


@lru_cache(maxsize=None)
def read_list(path: Path) -> tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(about, header, rows) of one word file; raises WordListError rather than read a broken list."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise WordListError(f"word list {path} cannot be read ({exc.strerror})") from None
    if not lines or not lines[0].startswith("#") or not lines[0].lstrip("# ").strip():
        raise WordListError(f"{path.name} must start with a line '# ...' saying what the list is for")
    table = [tuple(r) for r in csv.reader(lines[1:]) if r]
    if not table:
        raise WordListError(f"{path.name} has no header row")
    header, rows = table[0], table[1:]
    seen: set[str] = set()
    for n, row in enumerate(rows, 3):
        if len(row) != len(header):
            raise WordListError(f"{path.name} line {n}: {len(row)} columns where the header has {len(header)}")
        word = row[0]
        if not word.strip() or word != word.strip():
            raise WordListError(f"{path.name} line {n}: empty word, or blanks around it: {word!r}")
        if word in seen:
            raise WordListError(f"{path.name} line {n}: {word!r} is listed twice")
        seen.add(word)
    return lines[0].lstrip("# ").strip(), header, tuple(rows)


def rows(name: str, language: str = LANGUAGE) -> tuple[tuple[str, ...], ...]:
    """The rows of read/<language>/<name>.csv, in file order, without the about-line and header."""
    return read_list(FOLDER / language / f"{name}.csv")[2]


def words(name: str, language: str = LANGUAGE) -> frozenset[str]:
    """The words (first column) of a list."""
    return frozenset(r[0] for r in rows(name, language))


def column(name: str, col: str, language: str = LANGUAGE) -> Mapping[str, str]:
    """Word -> the value of column `col`, read-only, in file order."""
    _, header, body = read_list(FOLDER / language / f"{name}.csv")
    i = header.index(col)
    return MappingProxyType({r[0]: r[i] for r in body})


def where(name: str, col: str, value: str, language: str = LANGUAGE) -> tuple[str, ...]:
    """The words whose column `col` holds `value`, in file order."""
    return tuple(w for w, v in column(name, col, language).items() if v == value)


def looks_plural(word: str) -> bool:
    """Whether a word (the last of a phrase) reads as a plural noun: it ends in -s and is no listed
    exception ('process', 'its'), or is a listed plural without -s ('people')."""
    w = word.lower().strip("\"“” \t\u00a0")
    if " " in w:
        w = w.split()[-1]
    plural = _PLURAL_EXCEPTIONS.get(w)
    if plural is not None:
        return plural
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


_PLURAL_EXCEPTIONS = MappingProxyType({w: v == "yes" for w, v in column("plural_exceptions", "plural").items()})
IRREGULAR_PLURALS = frozenset(where("plural_exceptions", "plural", "yes"))


# Below this many characters a regex scan is faster than looking for each first character with str.find
# (a clause of a figure: 0.3-0.8 µs against 1.5-3 µs); above it, over a long sentence, the finds win.
SHORT_TEXT = 200


def common_char(words) -> str:
    """A character that every one of the words holds, or '' (which every text holds): a text without it
    holds none of the words, which one `in` test tells several times cheaper than a pattern's search."""
    sets = [frozenset(w) for w in words]
    common = frozenset.intersection(*sets) if sets else frozenset()
    return min(common) if common else ""


def first_chars(words) -> str:
    """The characters the words open with, sorted: a text holding none of them holds none of the words."""
    return "".join(sorted({w[0] for w in words}))


def opening(pattern: str, firsts: str, classes: str = "") -> re.Pattern:
    """The pattern, tried only where one of the characters its matches open with stands (`firsts`, and a class
    such as \\d in `classes`): alternatives that open with a group give the regex engine no such characters to
    look for, and it then tries each alternative at every character of the text."""
    return re.compile(f"(?=[{re.escape(firsts)}{classes}])(?:{pattern})")


class WordList:
    """A word list as a pattern, with the characters its words start with: a long text holding none of
    them cannot match, which a few str.find calls tell faster than a regex scan; and a character all its
    words hold (年 of 年均, 每年; 计 of 累计, 共计), which a whole clause that lacks it cannot match."""

    def __init__(self, words) -> None:
        self.words = tuple(words)
        self.pattern = re.compile(alternation(words))
        self.firsts = first_chars(words)
        self.mark = common_char(words)

    def search(self, text: str, a: int = 0, b: int | None = None) -> re.Match | None:
        if b is None:
            if self.mark not in text:
                return None
            b = len(text)
        if b - a > SHORT_TEXT and not any(text.find(c, a, b) >= 0 for c in self.firsts):
            return None
        return self.pattern.search(text, a, b)
