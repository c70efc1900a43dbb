"""The words the analysis needs, kept as data: analyse/<language>/<name>.csv, in the format of the reader's
lists (a line '# what it is for', a header, one word a row; see read/words.py).

The analysis never asks which language a report is in: it reads every language's list of a kind at once,
so a Chinese claims table and an English one go through the same code. That is safe because the words of
one language do not occur in the other's text (`的` is in no English sentence, `of` in no Chinese one).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..read.words import read_list

FOLDER = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of analyse/*/<name>.csv, every language's in turn (languages in name order), without the
    about-line and header; files are read once per process and handed out as tuples, so none is changed."""
    found = sorted(FOLDER.glob(f"*/{name}.csv"))
    if not found:
        raise FileNotFoundError(f"no word list analyse/*/{name}.csv")
    return tuple(r for path in found for r in read_list(path)[2])


def words(name: str) -> frozenset[str]:
    """The words (first column) of a kind of list, in every language."""
    return frozenset(r[0] for r in rows(name))


def by_role(name: str, role: str) -> tuple[str, ...]:
    """The words of a two-column list (word, role) that play `role`, longest first, so that an alternation
    built from them tries `比重` before any shorter word it begins with."""
    return tuple(sorted({r[0] for r in rows(name) if r[1] == role}, key=lambda w: (-len(w), w)))
