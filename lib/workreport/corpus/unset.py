"""Where a report says it sets no target for an indicator (the 2020 national report set none for GDP growth).

A year without a target is a fact about the promise, not a gap in the reading: the ledger marks it `no target set`
only where the text says so, so a target the reader simply did not find is never mistaken for a decision.
The wordings are data (no_target_words.csv beside this module), one regular expression a row per language.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..catalogue import match_indicator
from ..read.words import read_list

WORDS = Path(__file__).resolve().parent / "no_target_words.csv"
KIND, UNIT = "growth", "%"   # a target left unset is a growth rate: the headline a government chooses not to fix


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern | None:
    """One pattern of every wording of `language`, or None when the list has none for it."""
    found = [row[0] for row in read_list(WORDS)[2] if row[1] == language]
    return re.compile("|".join(f"(?:{p})" for p in found), re.IGNORECASE) if found else None


def unset_statements(doc, language: str, catalogue) -> list[tuple[str, str, str, int, str]]:
    """(indicator, kind, unit, offset of the wording, its sentence) for each sentence of `doc` saying no target is
    set for an indicator it names; one per indicator, the first."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    out, seen = [], set()
    for m in pattern.finditer(doc.text):
        i = doc.sentence_index(m.start())
        sentence = doc.sentence_text(i)
        indicator = match_indicator(catalogue, sentence, KIND)
        if indicator and indicator not in seen:
            seen.add(indicator)
            out.append((indicator, KIND, UNIT, m.start(), sentence.strip()))
    return out
