"""Which way a thing improves, so that a verdict can say whether a target asks more or less of it.

A rise in GDP is an improvement; a rise in consumer prices, energy intensity, accidents or petitions
is not. The direction comes from the catalogue's `better` column for a headline indicator, else from
the per-language list of counted nouns and subjects that are better lower
(analyse/<language>/lower_is_better.csv), else from the target's wording: a ceiling ('at most',
'less than', 'kept within') is set on something better lower.
"""
from __future__ import annotations

from . import words

_CEILINGS = ("at_most", "less_than")


def lower_is_better(text: str) -> bool:
    """Whether a subject or counted noun names something better lower (accidents, deaths, petitions)."""
    low = str(text).lower()
    return any(w.lower() in low for w in words.words("lower_is_better"))


def improves(claim: dict, catalogue: dict) -> str:
    """Which way the thing a figure is about improves: the catalogue for a headline indicator, else the
    per-language list of things better lower (accidents, deaths, pollution). A result's own wording says
    nothing about it (a 10% fall in revenue is no gain), so this is all a growth ranking may use."""
    ind = claim.get("indicator") or ""
    if ind in catalogue:
        return catalogue[ind].better
    named = lower_is_better(claim.get("subject", "")) or lower_is_better(claim.get("counted", ""))
    return "lower" if named and claim.get("kind") != "share" else "higher"  # a resolution rate of petitions is better higher


def better(claim: dict, catalogue: dict) -> str:
    """`higher` or `lower` for a target: `improves`, then, off the catalogue, a ceiling's wording (a cut, 'at
    most', 'less than') says the thing is better lower."""
    way = improves(claim, catalogue)
    if way == "lower" or (claim.get("indicator") or "") in catalogue:
        return way
    return "lower" if claim.get("direction") == "down" or claim.get("qualifier") in _CEILINGS else "higher"


WORDS = {"higher": ("more ambitious", "equally ambitious", "less ambitious"),
         "lower": ("tighter ceiling", "same ceiling", "looser ceiling")}


def verdict_word(better_way: str, asks_more: bool | None) -> str:
    """The verdict for a target that asks more (True), the same (None) or less (False) than last year's
    result, in ambition words where higher is better and ceiling words where lower is."""
    more, same, less = WORDS[better_way]
    return same if asks_more is None else (more if asks_more else less)


def indicators_by_id(catalogue=None) -> dict:
    """Indicators by id from a catalogue (tuple of Indicator), a catalogue CSV path, or the bundled one."""
    from pathlib import Path

    from ..catalogue import load_catalogue
    if catalogue is None or isinstance(catalogue, (str, Path)):
        catalogue = load_catalogue(catalogue)
    return {i.id: i for i in catalogue}
