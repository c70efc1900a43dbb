"""The names of the categories every dataset uses: kinds, hedges, statuses, units, verdicts.

They are part of the contract, not of any one reader: the English and (later) other language
modules, the analysis and the documentation all take them from here.
"""
from __future__ import annotations

from .units import unit_ids

KINDS = ("growth", "pp_change", "share", "ratio_to_base", "amount", "quantity", "count", "rank", "duration")
QUALIFIERS = ("exact", "about", "more_than", "at_least", "less_than", "at_most")
STATUSES = ("actual", "estimate", "target")
# How many years a figure covers: one year, an average yearly rate over several, or a total over several.
SPANS = ("year", "average_annual", "cumulative")
# What a part of a report does; `unrecognised` when no part heading could be read.
PART_ROLES = ("preamble", "results", "targets", "plan", "government", "unrecognised")
UNITS = unit_ids()   # the unit registry (units.csv) is the one list of units, with their conversions
NONCLAIM_TYPES = ("year", "date", "ordinal_name", "section_marker", "page_artifact", "slogan", "word_use", "other")
# A target beside last year's result: ambition words where higher is better, ceiling words where lower is
# (a CPI ceiling set above last year's inflation is a looser ceiling, not a rise in ambition).
AMBITION_VERDICTS = ("more ambitious", "equally ambitious", "less ambitious")
CEILING_VERDICTS = ("tighter ceiling", "same ceiling", "looser ceiling")
# A government output (parks, school places, kilometres of road) beside what was delivered last year: where
# its target lies against that amount, not an ambition word, since the count follows need (fewer school
# places as births fall) and is the government's own plan, not an ask of the economy.
DELIVERY = ("below last year's delivery", "at last year's delivery", "above last year's delivery", "no delivery known")
DELIVERY_VERDICTS = DELIVERY[:3]
COMPARABLE_VERDICTS = AMBITION_VERDICTS + CEILING_VERDICTS + DELIVERY_VERDICTS
COMPARISON_VERDICTS = COMPARABLE_VERDICTS + ("not comparable", "target only", "result only")
FEASIBILITY_VERDICTS = ("already met", "on track", "stretch", "ambitious", "insufficient evidence",
                        "not judged (government output)")
# What a target is: judged for credibility (outcomes, ceilings, cumulative milestones) or, for a government
# output (parks, school places, kilometres of road), only set beside last year's delivered amount.
TARGET_TYPES = ("outcome", "ceiling", "cumulative milestone", "government output")
