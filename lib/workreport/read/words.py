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
