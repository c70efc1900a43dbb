"""What kind of target a target is, since they are not all judged alike.

- an **outcome** target names a result the economy delivers (growth, prices, jobs): judged for credibility;
- a **ceiling** is an outcome that improves downwards, set as a bound (CPI about 3%, unemployment within
  5.5%, a deficit ratio): judged for credibility, the improvement being a fall;
- a **cumulative milestone** runs from a base year over several (energy intensity down 12% on 2020 by
  2024): judged on the way travelled so far, and `already met` once beaten;
- a **government output** is something the government itself builds or provides (parks, school places,
  kilometres of road, housing units): whether it is delivered is the government's decision, not a
  forecast of the economy, so it is not judged for credibility; it is set beside last year's delivered
  amount instead (below, at or above it).

A government output is a count or quantity off the headline catalogue whose subject or counted noun is
in the per-language list analyse/<language>/government_outputs.csv, so the words stay data.
"""
from __future__ import annotations

import pandas as pd

from ..contract.categories import DELIVERY, TARGET_TYPES
from . import words

OUTCOME, CEILING, MILESTONE, OUTPUT = TARGET_TYPES
# How near last year's a target still asks nothing more: points for rates, a share for counts and levels. The
# feasibility's hold thresholds default to these, and the comparisons place a government output `at` last
# year's delivery within the same band, so the two tables never give one target two delivery words.
HOLD_PP = 0.5
HOLD_RATIO = 0.05
_OUTPUT_KINDS = ("count", "quantity")


def government_output(t: dict) -> bool:
    """A count or quantity off the catalogue whose subject or counted noun names a government output."""
    if t.get("indicator") or t.get("kind") not in _OUTPUT_KINDS:
        return False
    text = f"{t.get('subject', '')} {t.get('counted', '')}".lower()
    return any(w.lower() in text for w in words.words("government_outputs"))


def target_type(t: dict, better: str) -> str:
    """The type of a target (see the module's docstring), the first that applies in the order listed there
    from the bottom: government output, cumulative milestone, ceiling, outcome."""
    if government_output(t):
        return OUTPUT
    if t.get("span") == "cumulative" or pd.notna(t.get("base_period")):
        return MILESTONE
    if better == "lower":
        return CEILING
    return OUTCOME


def delivery(ask: float | None, band: float) -> str:
    """Where a government output's target lies against last year's delivered amount: `at` within `band`
    (a share of it), else below or above; `no delivery known` without last year's amount."""
    below, at, above, unknown = DELIVERY
    if ask is None:
        return unknown
    if abs(ask) <= band:
        return at
    return above if ask > 0 else below
