"""What every report shares in how it looks: one fixed colour per kind, status and verdict, and the human
words for ids, categories and column names. Kept as data here so every report, figure and table agrees,
whichever categories a given report happens to have.
"""
from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

from ..contract.categories import COMPARABLE_VERDICTS

# ---- palettes: one colour per value, the same in every report ------------------------------------------

KIND_ORDER = ["growth", "pp_change", "share", "ratio_to_base", "amount", "quantity", "count", "rank", "duration"]
KIND_COLOURS = dict(zip(KIND_ORDER, ["#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#9467bd",
                                     "#8c564b", "#7f7f7f"]))

STATUS_ORDER = ["actual", "estimate", "target"]
STATUS_COLOURS = {"actual": "#4c72b0", "estimate": "#8da0cb", "target": "#e6550d"}

VERDICT_ORDER = ["already met", "on track", "stretch", "ambitious", "insufficient evidence",
                 "not judged (government output)"]
VERDICT_COLOURS = dict(zip(VERDICT_ORDER, ["#1b7837", "#5aae61", "#f1a340", "#d73027", "#999999"]))

# A target beside last year's result: blue where it asks more (more ambitious, a tighter ceiling), red where it
# asks less (less ambitious, a looser ceiling), grey where it asks the same, whichever way the thing improves.
# A government output against last year's delivery is no ask, so it is neither blue nor red: purples, darker
# for more planned than delivered.
CHANGE_ORDER = list(COMPARABLE_VERDICTS)
CHANGE_COLOURS = {"more ambitious": "#2166ac", "equally ambitious": "#999999", "less ambitious": "#b2182b",
                  "tighter ceiling": "#4393c3", "same ceiling": "#bdbdbd", "looser ceiling": "#d6604d",
                  "below last year's delivery": "#cbc9e2", "at last year's delivery": "#9e9ac8",
                  "above last year's delivery": "#54278f"}

# The promise ledger's verdicts (corpus notebooks): met green and missed red, as the feasibility verdicts.
MET_ORDER = ["met", "missed", "no result", "no target set"]
MET_COLOURS = {"met": "#1b7837", "missed": "#d73027", "no result": "#bdbdbd", "no target set": "#636363"}

SERIES_COLOURS = {"last year's result": "#636363", "this year's target": "#e6550d", "target": "#e6550d",
                  "outcome": "#3182bd"}

PALETTES = {"kind": KIND_COLOURS, "status": STATUS_COLOURS, "verdict": VERDICT_COLOURS, "change": CHANGE_COLOURS,
            "series": SERIES_COLOURS, "met": MET_COLOURS}

# ---- words for categories ---------------------------------------------------------------------------------

CATEGORY_WORDS = {
    "pp_change": "percentage-point change", "ratio_to_base": "ratio to a base year", "more_than": "more than",
    "at_least": "at least", "less_than": "less than", "at_most": "at most", "non_claim": "not a claim",
    "section_marker": "section marker", "page_artifact": "page number", "ordinal_name": "ordinal in a name",
    "word_use": "number word used as a word", "part_role": "role", "unit bridge": "unit bridge",
    "share_range": "share within 0-100%", "shares_of_one_whole": "shares of one whole",
    "decline_range": "decline within 0-100%", "repeated_figure": "repeated figure", "stated_base": "stated base",
    "cumulative_target": "cumulative target", "none": "—",
}

UNIT_WORDS = {"%": "%", "pp": "percentage points", "CNY": "yuan", "USD": "US dollars", "km": "km", "km2": "km²",
              "mu": "mu", "ha": "hectares", "m2": "m²", "jin": "jin", "ton": "tons", "kg": "kg", "day": "days",
              "month": "months", "year": "years", "times": "times"}


def words(value) -> str:
    """A category value as a reader says it: 'more_than' -> 'more than'."""
    s = "" if value is None else str(value)
    return CATEGORY_WORDS.get(s, s.replace("_", " "))


@functools.lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    from ..catalogue import load_catalogue

    return {i.id: i.label for i in load_catalogue()}


def indicator_label(indicator_id) -> str:
    """The catalogue's label for a headline indicator id ('' stays '')."""
    s = "" if indicator_id is None else str(indicator_id)
    return _labels().get(s, s.replace("_", " "))


def indicator_ids() -> list[str]:
    return sorted(_labels())


def name_of(indicator_id, subject, claim_id=None) -> str:
    """What a row is about, for people: the indicator's label, else the subject as written, else (a figure
    whose subject the reader could not tell) the claim's number, so a label is never empty and can be looked
    up in the claims table."""
    if indicator_id:
        return indicator_label(indicator_id)
    if subject_words(subject) or claim_id is None:
        return subject_words(subject)
    return f"claim {int(claim_id)}"


ACRONYMS = {"gdp": "GDP", "cpi": "CPI", "ppi": "PPI", "r&d": "R&D", "s&t": "S&T", "fdi": "FDI", "5g": "5G",
            "it": "IT", "ai": "AI", "sme": "SME", "smes": "SMEs", "rmb": "RMB", "usd": "USD"}


def subject_words(subject) -> str:
    """A subject as people write it: the reader lower-cases subjects ('regional gdp'); capitalise the first
    word and the acronyms again ('Regional GDP')."""
    s = "" if subject is None else str(subject)
    out = " ".join(ACRONYMS.get(w, w) for w in s.split(" "))
    return out[:1].upper() + out[1:]


# ---- fonts ------------------------------------------------------------------------------------------------

# Chinese reports put Chinese subjects on figure axes. Seaborn's sans-serif (DejaVu Sans, shipped with
# matplotlib) has no Chinese glyphs, so figures name Noto Sans CJK SC as a fallback family: DejaVu still draws
# every glyph it has (figures of English reports look as before) and Noto draws the rest. The font comes from
# PyPI at set-up (package noto-cjk-sans-otc, SIL Open Font License 1.1), never from the system or the network.
CJK_FONT_PACKAGE = "noto_cjk_sans_otc"
CJK_FONT_FILE = "NotoSansCJK-Regular.ttc"
CJK_FAMILY = "Noto Sans CJK SC"   # the simplified-Chinese face of the collection


def cjk_font_path() -> Path | None:
    """The Noto Sans CJK collection inside its installed package, or None when the package is missing (then
    figures draw Latin text as before and matplotlib warns of any Chinese glyph it cannot draw)."""
    try:
        path = importlib.resources.files(CJK_FONT_PACKAGE) / CJK_FONT_FILE
    except ModuleNotFoundError:
        return None
    return Path(str(path)) if path.is_file() else None
