"""Every dataset the project writes, declared once: its fields, their types, allowed values and meanings.

Tables are assembled here, in one place, rather than by the modules that fill them, so the
contract can be read (and the README written) without importing any of the reading or analysis code.
"""
from __future__ import annotations

from .categories import (COMPARISON_VERDICTS, DELIVERY, FEASIBILITY_VERDICTS, KINDS, NONCLAIM_TYPES, PART_ROLES, QUALIFIERS,
                         SPANS, STATUSES, TARGET_TYPES, UNITS)
from .schema import Field, Table

F = Field
_REPORT_ID = F("report_id", "str", "Short id of the report, e.g. `dalian-2024`.")
_OFFSETS = (
    F("start", "int", "Character offset where the expression starts in the text as read (UTF-8, universal newlines)."),
    F("end", "int", "Character offset just past the expression: `text[start:end]` is the expression."),
)

CLAIMS = Table("claims", "One row per quantitative claim, in text order.", (
    _REPORT_ID,
    F("claim_id", "int", "1, 2, ... in text order."),
    *_OFFSETS,
    F("expr", "str", "The quantity as written, with qualifier and scale words: `more than 6%`, `149.3 billion yuan`."),
    F("value", "float", "The number fully scaled (`149.3 billion` -> 149300000000); the magnitude as written, sign in `direction`."),
    F("value_high", "float", "Upper end of a range (`2-3` -> 3), else empty.", nullable=True),
    F("value_stretch", "float", "A stretch aim written beside a target (`6% or so, striving for 7%`, 力争7%) -> 7; "
      "the target row keeps the base value, else empty.", nullable=True),
    F("unit", "str", ", ".join(f"`{u}`" for u in UNITS if u) + ", or empty for counts (the unit registry, "
      "`contract/units.csv`, says what each measures and converts between units of one dimension).", allowed=UNITS),
    F("counted", "str", "For counts: the plural noun counted (`kindergartens`), else empty."),
    F("kind", "str", "What the number is: " + ", ".join(f"`{k}`" for k in KINDS) + ".", allowed=KINDS),
    F("qualifier", "str", "Hedge written with it: " + ", ".join(f"`{q}`" for q in QUALIFIERS) + ".", allowed=QUALIFIERS),
    F("direction", "str", "`up` or `down` for growth and pp_change; `none` otherwise.", allowed=("up", "down", "none")),
    F("period", "int", "Last year the number describes (results: the previous year; targets: the report's year; `by 2025`: 2025).", nullable=True),
    F("period_start", "int", "First year the number describes: `period` for one year, 2016 for `over the past five years` in a 2021 report or for a 13th Five-Year Plan target.", nullable=True),
    F("span", "str", "How the figure covers its years: `year` (one year), `average_annual` (a yearly average, or a rate to keep in each year of a plan) or `cumulative` (a total over the years).", allowed=SPANS),
    F("base_period", "int", "Base year of a comparison the text names (`compared with 2020` -> 2020), else empty.", nullable=True),
    F("status", "str", "`actual`, `estimate` (hedged as estimated) or `target`.", allowed=STATUSES),
    F("subject", "str", "Short phrase for what is measured, in the report's language: `regional gdp`, `地区生产总值`."),
    F("indicator", "str", "Canonical id of a headline indicator (see the catalogue), else empty."),
    F("section", "str", "Where it stands: `I.3` is part I, numbered section (3)."),
    F("sentence", "str", "The sentence it stands in."),
    F("sentence_start", "int", "Offset where that sentence starts: `text[sentence_start:]` begins with it."),
), key=("report_id", "claim_id"))

MENTIONS = Table("mentions", "One row per number expression in the text, claim or not; every digit lies in exactly one.", (
    _REPORT_ID,
    F("mention_id", "int", "1, 2, ... in text order."),
    *_OFFSETS,
    F("text", "str", "The expression as written."),
    F("role", "str", "`claim` or `non_claim`.", allowed=("claim", "non_claim")),
    F("nonclaim_type", "str", "For non-claims: " + ", ".join(f"`{t}`" for t in NONCLAIM_TYPES) + "; else empty.", allowed=NONCLAIM_TYPES + ("",)),
    F("claim_id", "int", "The claim this mention is, else empty.", nullable=True),
), key=("report_id", "mention_id"))

SECTIONS = Table("sections", "One row per part or numbered section of the report.", (
    _REPORT_ID,
    F("section", "str", "Section id: `I.3` (part I, section 3), `II` (part II before its first numbered section), `0` (preamble)."),
    F("part", "str", "Part id: `0` (preamble), `I`, `II`, ..."),
    F("part_role", "str", "`preamble`, `results` (the review of last year or of past years), `targets` (this year's targets, tasks, requirements and policy directions), `plan` (a five-year plan: targets for the plan's years), `government` or `unrecognised` (no part heading could be read).", allowed=PART_ROLES),
    F("number", "int", "Number of the section within its part, else empty.", nullable=True),
    F("title", "str", "The section's heading sentence."),
    *_OFFSETS,
    F("n_sentences", "int", "Sentences in the section."),
    F("n_claims", "int", "Claims in the section."),
), key=("report_id", "section"))


# --- analysis tables ---------------------------------------------------------------------------

GROWTH = Table("growth", "Every growth and percentage-point claim, signed, with its hedge.", (
    F("report_id", "str", "Report id."),
    F("claim_id", "int", "The claim (see claims)."),
    F("start", "int", "Offset of the expression."),
    F("end", "int", "Offset just past the expression."),
    F("expr", "str", "As written."),
    F("section", "str", "Section id."),
    F("status", "str", "`actual`, `estimate` or `target`."),
    F("kind", "str", "`growth` (% change) or `pp_change` (percentage points).", allowed=("growth", "pp_change")),
    F("direction", "str", "`up` or `down`.", allowed=("up", "down")),
    F("qualifier", "str", "The hedge as written (`more_than`, `about`, ...)."),
    F("hedged", "bool", "True when a qualifier other than exact, or an estimate, softens the figure."),
    F("signed_value", "float", "The change with its sign: -23.4 for 'decreased by 23.4%'.", unit="% or pp"),
    F("period", "int", "Year of the change.", nullable=True),
    F("base_period", "int", "Base year named by the text, else empty (the previous year).", nullable=True),
    F("subject", "str", "What changed."),
    F("indicator", "str", "Headline indicator id, else empty."),
    F("span", "str", "`year`, `average_annual` or `cumulative`: a change over several years is never ranked beside "
      "one-year changes.", allowed=SPANS),
    F("better", "str", "`higher` or `lower`: which way the thing improves (the catalogue, else the per-language list "
      "of things better lower such as accidents and pollution).", allowed=("higher", "lower")),
    F("improvement", "float", "The change signed so that positive is better: a 23.4% fall in accidents is +23.4.",
      unit="% or pp"),
), key=("report_id", "claim_id"))

IMPLIED = Table("implied_levels", "Base-year levels implied by a level and its change.", (
    F("report_id", "str", "Report id."),
    F("level_claim_id", "int", "The level claim."),
    F("change_claim_id", "int", "The growth or ratio claim that qualifies it."),
    F("subject", "str", "What is measured."),
    F("level_expr", "str", "The level as written."),
    F("level_value", "float", "The level, fully scaled."),
    F("unit", "str", "Unit of the level (empty for counts)."),
    F("counted", "str", "For counts, the noun counted."),
    F("period", "int", "Year of the level.", nullable=True),
    F("change_expr", "str", "The change as written."),
    F("change_kind", "str", "`growth` or `ratio_to_base`."),
    F("base_period", "int", "Year the implied level describes.", nullable=True),
    F("implied_base_value", "float", "level / (1 + growth) or level / ratio."),
    F("base_qualifier", "str", "Hedge carried over to the base (a 'more than' growth gives a 'less than' base; a 'more than' level a 'more than' base)."),
    F("level_start", "int", "Offset of the level."),
    F("change_start", "int", "Offset of the change."),
    F("sentence", "str", "The sentence both stand in."),
), key=("report_id", "level_claim_id", "change_claim_id"))

COMPARISONS = Table("comparisons", "This year's targets beside last year's results.", (
    F("report_id", "str", "Report id."),
    F("row", "int", "1, 2, ... (indicators first, then counts and levels, then unmatched)."),
    F("indicator", "str", "Headline indicator id, else empty."),
    F("subject", "str", "What is measured (the target's subject, else the result's)."),
    F("kind", "str", "Kind of the target (else of the result)."),
    F("match_basis", "str", "`indicator`, `subject`, `quoted name`, `unit bridge`, `uncertain` (same topic and counted noun or context words only; the note says what it rests on) or empty when unmatched."),
    F("better", "str", "`higher` or `lower`: which way the thing improves (catalogue, else the lower-is-better word list, else a ceiling's wording).", allowed=("higher", "lower")),
    F("result_claim_id", "int", "Last year's result claim.", nullable=True),
    F("result_expr", "str", "The result as written."),
    F("result_value", "float", "The result as written (a 13% decrease is 13; see direction).", nullable=True),
    F("result_qualifier", "str", "Hedge on the result."),
    F("result_status", "str", "`actual` or `estimate`."),
    F("result_period", "int", "Year of the result.", nullable=True),
    F("target_claim_id", "int", "This year's target claim.", nullable=True),
    F("target_expr", "str", "The target as written."),
    F("target_value", "float", "The target as written.", nullable=True),
    F("direction", "str", "`up` or `down` for changes (both sides share it when compared), else `none`."),
    F("target_qualifier", "str", "Hedge on the target."),
    F("target_period", "int", "Year of the target.", nullable=True),
    F("unit", "str", "Unit both values are in (after any bridge or conversion into the result's unit)."),
    F("change", "float", "Target minus result in percentage points for rates (for two decreases: the larger decrease is the larger number); target / result for levels and counts.", nullable=True),
    F("change_unit", "str", "`pp` or `ratio`, empty when not comparable."),
    F("verdict", "str", "Where higher is better `more ambitious`, `equally ambitious`, `less ambitious`; where lower is better (a ceiling) `tighter ceiling`, `same ceiling`, `looser ceiling`; for a government output (parks, school places: a count the government delivers, stated as a count) `below last year's delivery`, `at last year's delivery`, `above last year's delivery`; else `not comparable`, `target only`, `result only`.", allowed=COMPARISON_VERDICTS),
    F("note", "str", "Uncertain pairs, unit bridges and conversions, cumulative bases and what they allow this year, what a growth target implies for a level, a government output's amount planned after the amount delivered."),
    F("result_start", "int", "Offset of the result in the text.", nullable=True),
    F("result_end", "int", "End offset of the result.", nullable=True),
    F("target_start", "int", "Offset of the target in the text.", nullable=True),
    F("target_end", "int", "End offset of the target.", nullable=True),
), key=("report_id", "row"))

CONSISTENCY = Table("consistency", "Internal consistency checks: what was compared and whether it holds.", (
    F("report_id", "str", "Report id."),
    F("check_id", "int", "1, 2, ..."),
    F("check", "str", "Which rule: `share_range`, `shares_of_one_whole`, `decline_range`, `repeated_figure`, `stated_base`, `cumulative_target`."),
    F("status", "str", "`pass`, `flag` (cannot all be true, or a target already beaten) or `nothing to check`.", allowed=("pass", "flag", "nothing to check")),
    F("claim_ids", "str", "The claims compared, `;`-separated."),
    F("detail", "str", "What was compared, with the numbers."),
    F("first_start", "int", "Offset of the first figure.", nullable=True),
    F("second_start", "int", "Offset of the second figure, if any.", nullable=True),
    F("first_sentence", "str", "The first figure's sentence."),
    F("second_sentence", "str", "The second figure's sentence, if another."),
), key=("report_id", "check_id"))

FEASIBILITY = Table("feasibility", "Each target with its evidence, verdict and reason.", (
    F("report_id", "str", "Report id."),
    F("target_claim_id", "int", "The target claim."),
    F("indicator", "str", "Headline indicator id, else empty."),
    F("subject", "str", "What the target is about."),
    F("target_expr", "str", "The target as written."),
    F("target_value", "float", "The target (signed for changes: a 12% cut is -12)."),
    F("unit", "str", "Unit of target and base (`%`, `pp`, counts empty ...)."),
    F("better", "str", "`higher` or `lower`: which way the indicator improves.", allowed=("higher", "lower")),
    F("target_type", "str", "`outcome`, `ceiling` (an outcome better lower, set as a bound), `cumulative milestone` "
      "(a change since a base year over several) or `government output` (parks, school places, kilometres of road: "
      "judged against last year's delivery, not for credibility).", allowed=TARGET_TYPES),
    F("base_source", "str", "`report`, `reference` or `none`: where last year's result comes from.", allowed=("report", "reference", "none")),
    F("base_expr", "str", "The base as written (report) or as recorded (reference)."),
    F("base_value", "float", "Last year's result on the target's scale (signed for changes).", nullable=True),
    F("base_period", "int", "Year of the base.", nullable=True),
    F("base_status", "str", "`actual`, `estimate`, `final` ..."),
    F("recent_outcomes", "str", "The known results of the three years before the target (`2021: 8.2%; 2022: 4%; 2023: 6.7%`): "
      "last year's base, the report's own figures, the reference data, the ledger's outcomes, in that order of preference."),
    F("recent_mean", "float", "Mean of those results when at least two are known.", nullable=True),
    F("rebound", "bool", "True when last year's result beats the year before by more than `shock_pp` (`shock_ratio`) "
      "after that year fell by as much from the one before it (where known): a rebound after a shock."),
    F("required", "float", "Improvement the target asks beyond the base, the target read as the line it sets "
      "('about X' from X minus the tolerance): points for rates, ratio - 1 for counts and levels.", nullable=True),
    F("thresholds", "str", "Which thresholds decided: `record (sd 0.80 pp over 5 years)` when scaled by the record's "
      "spread, `fixed (...)` with fewer record years than `min_sd_years`; empty where no threshold applied."),
    F("hold_threshold", "float", "Largest ask that is still `on track` (points or ratio).", nullable=True),
    F("stretch_threshold", "float", "Largest ask that is a `stretch`; beyond it `ambitious`.", nullable=True),
    F("record_years", "int", "Earlier years with both a target and an outcome, in the reference data or the ledger."),
    F("record_met", "int", "How many of those targets were met."),
    F("record", "str", "The record, year by year, each year with its source: reference fact ids or the target's and "
      "the outcome's reports (`zhumadian-2024 -> zhumadian-2025`)."),
    F("verdict", "str", "`already met`, `on track`, `stretch`, `ambitious`, `insufficient evidence`, or "
      "`not judged (government output)`.", allowed=FEASIBILITY_VERDICTS),
    F("delivery", "str", "For a government output, its plan against last year's delivered amount: `below last "
      "year's delivery`, `at last year's delivery` (within `hold_ratio` of it for counts and levels, `hold_pp` "
      "points for rates), `above last year's delivery` or `no delivery known`; else empty.",
      allowed=DELIVERY + ("",)),
    F("reason", "str", "One line built from the numbers: the ask, the thresholds, the record with its sources, the "
      "recent mean and a rebound, the targets above."),
    F("parent", "str", "The place one level up (from the hierarchy table), else empty."),
    F("parent_target", "float", "For a one-year rate target: the parent's target for the same indicator, kind, unit and year "
      "(signed); levels and counts are not compared across places of different size.", nullable=True),
    F("national_target", "float", "The nation's target likewise.", nullable=True),
    F("markup_parent", "float", "Target minus the parent's, in points.", nullable=True),
    F("markup_national", "float", "Target minus the nation's, likewise.", nullable=True),
    F("target_start", "int", "Offset of the target."),
    F("target_end", "int", "End offset of the target."),
    F("base_start", "int", "Offset of the base in the text (report bases).", nullable=True),
    F("reference_source", "str", "Source address of a reference base."),
    F("reference_snippet", "str", "The quoted passage of a reference base."),
    F("reference_fact_ids", "str", "`;`-separated `fact_id`s of every reference row used (base, earlier targets and outcomes); "
      "each keeps its source and snippet in the reference table."),
), key=("report_id", "target_claim_id"))

ESTIMATES = Table("estimates", "The report's estimates for last year against the final statistics.", (
    F("report_id", "str", "Report id."),
    F("claim_id", "int", "The estimate claim."),
    F("indicator", "str", "Headline indicator id."),
    F("period", "int", "Year estimated."),
    F("estimate_expr", "str", "The estimate as written."),
    F("estimate_value", "float", "The estimate (signed)."),
    F("qualifier", "str", "Its hedge."),
    F("final_value", "float", "The final statistic, where the reference data has one.", nullable=True),
    F("revision", "float", "Final minus estimate (points for rates).", nullable=True),
    F("within_hedge", "str", "`yes`/`no` whether the final figure satisfies the estimate as worded, `unknown` without one.", allowed=("yes", "no", "unknown")),
    F("final_source", "str", "Where the final statistic comes from."),
    F("final_snippet", "str", "The quoted passage."),
    F("start", "int", "Offset of the estimate in the text."),
    F("final_fact_id", "int", "The final statistic's row in the reference table.", nullable=True),
), key=("report_id", "claim_id"))

BACKTEST = Table("backtest", "Each target with a known outcome: was it met, and did its verdict hold?", (
    F("report_id", "str", "Report id."),
    F("target_claim_id", "int", "The target."),
    F("indicator", "str", "Headline indicator id."),
    F("target_expr", "str", "The target as written."),
    F("verdict", "str", "The feasibility verdict."),
    F("outcome", "float", "What happened (reference data): a growth rate, or a level for amount targets."),
    F("outcome_unit", "str", "Unit of the outcome (`%` for growth rates)."),
    F("outcome_status", "str", "`final` or `estimate`."),
    F("met", "bool", "Whether the outcome met the target as worded."),
    F("held", "str", "`yes`/`no` whether the verdict predicted that; `not scored` for insufficient evidence and government outputs.", allowed=("yes", "no", "not scored")),
    F("source", "str", "Source of the outcome."),
    F("snippet", "str", "The quoted passage."),
    F("fact_id", "int", "The outcome's row in the reference table."),
    F("source_tier", "int", "The outcome's source tier (1 official ... 4 repost or unknown site); empty before the re-check.", nullable=True),
    F("unconfirmed", "bool", "The outcome comes from a tier-4 source or the re-check did not confirm it: read it as unconfirmed."),
    F("last_year", "float", "Last year's result on the target's scale (the feasibility base from the report, else the "
      "reference outcome for the year before), for the 'this year repeats last year' baseline.", nullable=True),
    F("last_year_source", "str", "`report`, `reference` or `none`: where last year's result comes from.", allowed=("report", "reference", "none")),
    F("last_year_unconfirmed", "bool", "Last year's result is a reference figure from a tier-4 source or not confirmed by the re-check."),
    F("repeat_met", "str", "`yes`/`no` whether last year's result already meets this target (the 'this year repeats last "
      "year' prediction); `unknown` without last year's result.", allowed=("yes", "no", "unknown")),
), key=("report_id", "target_claim_id"))

BACKTEST_RULES = ("feasibility verdicts", "every target is met", "this year repeats last year")
BACKTEST_SUMMARY = Table("backtest_summary", "The backtest in counts: how many targets with a known outcome each rule makes "
                         "a prediction for, and how many of those predictions held, the verdicts beside two naive rules "
                         "on the same targets.", (
    F("report_id", "str", "Report id."),
    F("rule", "str", "`feasibility verdicts` (met predicted for `already met` and `on track`, missed for `stretch` and "
      "`ambitious`), `every target is met`, or `this year repeats last year` (met predicted when last year's result "
      "already meets the target).", allowed=BACKTEST_RULES),
    F("targets", "int", "Targets with a known outcome (the backtest's rows)."),
    F("predicted", "int", "How many of them the rule makes a prediction for: n of its hit rate."),
    F("coverage", "float", "predicted / targets; empty when no target has a known outcome.", nullable=True),
    F("held", "int", "Predictions the outcome bore out."),
    F("hit_rate", "float", "held / predicted; empty when the rule predicts nothing.", nullable=True),
    F("unconfirmed", "int", "Predicted targets whose outcome is unconfirmed (tier-4 source or not confirmed by the re-check)."),
), key=("report_id", "rule"))

REFERENCE = Table("reference", "Facts from outside the report, one row per sourced figure.", (
    F("fact_id", "int", "Row number in the source file (1 = first data row)."),
    F("place", "str", "`dalian`, `liaoning` or `china`."),
    F("indicator", "str", "Canonical indicator id (catalogue ids where one exists, e.g. `gdp`, `fdi_utilized`)."),
    F("measure", "str", "`growth` (% change) or `level`.", allowed=("growth", "level")),
    F("year", "int", "Year the figure describes."),
    F("status", "str", "`target`, `estimate` (given in the next report before final statistics) or `final`.", allowed=("target", "estimate", "final")),
    F("value", "float", "The figure (levels fully scaled: 亿元 x 1e8 -> CNY); empty for qualitative targets.", nullable=True),
    F("value_high", "float", "Upper end of a range target, else empty.", nullable=True),
    F("qualifier", "str", "`exact`, `about`, `at_least`, `at_most`, `less_than`.", allowed=("exact", "about", "at_least", "at_most", "less_than", "more_than")),
    F("unit", "str", "`%`, `CNY`, `USD`, `count`, or empty for qualitative rows."),
    F("qualitative", "str", "For targets without a number: what the source says (`in step with GDP growth`)."),
    F("derived", "bool", "Computed from a sourced figure, not stated directly."),
    F("low_reliability", "bool", "From an unsourced aggregator page."),
    F("conflict", "bool", "Sources disagree; every version is kept."),
    F("caveat", "bool", "Year label in doubt, adjusted basis, context only or marked 'do not use'."),
    F("usable", "bool", "Used by the analysis: numeric, stated directly (not derived), not low-reliability, no caveat, not found in conflict by the re-check (a conflicting row is never the outcome for the year it carries)."),
    F("source", "str", "Address of the page the figure was read from."),
    F("snippet", "str", "The quoted passage, in its original language."),
    F("note", "str", "The curator's note as received."),
    F("source_tier", "int", "1 official statistics or government site, 2 state or official media, 3 reputable commercial or foreign media, 4 repost or unknown site (unconfirmed wherever shown); empty before the re-check.", nullable=True),
    F("check", "str", "The re-check: `confirmed`, `unconfirmed` or `conflict`; empty before it.", allowed=("confirmed", "unconfirmed", "conflict", "")),
), key=("fact_id",))

TABLES: dict[str, Table] = {t.name: t for t in (CLAIMS, MENTIONS, SECTIONS, COMPARISONS, FEASIBILITY, CONSISTENCY, GROWTH,
                                                IMPLIED, ESTIMATES, BACKTEST, BACKTEST_SUMMARY, REFERENCE)}


# --- corpus tables: many reports at once (`workreport corpus`) ----------------------------------

LEVELS = ("national", "province", "city", "district", "")
LEDGER_MET = ("met", "missed", "no result", "no target set")
_WHERE = (
    F("place", "str", "Place as the manifest names it (`Zhumadian`, `China`), else as the text names it; empty when unknown."),
    F("level", "str", "`national`, `province`, `city` or `district` (from the manifest); empty when unknown.", allowed=LEVELS),
    F("parent", "str", "The place one level up (`Henan` for Zhumadian, `China` for a province); empty for the nation or when unknown."),
)

CORPUS_REPORTS = Table("reports", "One row per report given to `workreport corpus`, read or not.", (
    _REPORT_ID,
    F("file", "str", "The report file as given (a folder's files as found below it)."),
    *_WHERE,
    F("year", "int", "Year of the report (delivered early in that year; its targets are for that year).", nullable=True),
    F("language", "str", "`en` or `zh`: the language the text was read in; empty when it could not be read."),
    F("used", "bool", "True for the one reading of its place and year the ledger uses: the Chinese original where its "
      "English translation is read too, else the only one."),
    F("parts", "str", "Roles of the parts recognised, in text order, `;`-separated (`preamble;results;targets;government`)."),
    F("n_claims", "int", "Claims read."),
    F("n_targets", "int", "Claims read as targets."),
    F("n_results", "int", "Claims read as results or estimates."),
    F("warnings", "str", "What the reader could not establish, sentences separated by ` | `; else empty."),
    F("error", "str", "Why the report could not be read (one sentence); empty when it was read."),
), key=("report_id",))

_PANEL_FIELDS = (
    _REPORT_ID,
    F("claim_id", "int", "The claim in its report's claims table."),
    *_WHERE,
    F("year", "int", "Year of the report the figure stands in.", nullable=True),
    F("language", "str", "Language of that report (`en`, `zh`)."),
    F("indicator", "str", "Headline indicator id (see the catalogue), else empty."),
    F("subject", "str", "What is measured, as written."),
    F("kind", "str", "What the number is: " + ", ".join(f"`{k}`" for k in KINDS) + ".", allowed=KINDS),
    F("period", "int", "Last year the figure describes.", nullable=True),
    F("period_start", "int", "First year the figure describes.", nullable=True),
    F("span", "str", "`year`, `average_annual` or `cumulative`.", allowed=SPANS),
    F("value", "float", "The number fully scaled, its magnitude as written (the sign is in `direction`)."),
    F("value_high", "float", "Upper end of a range, else empty.", nullable=True),
    F("value_stretch", "float", "A stretch aim written beside a target (力争7%), else empty.", nullable=True),
    F("qualifier", "str", "Hedge: " + ", ".join(f"`{q}`" for q in QUALIFIERS) + ".", allowed=QUALIFIERS),
    F("direction", "str", "`up` or `down` for changes, else `none`.", allowed=("up", "down", "none")),
    F("unit", "str", "Unit id from the unit registry, or empty for counts.", allowed=UNITS),
    F("status", "str", "`actual`, `estimate` or `target`.", allowed=STATUSES),
    *_OFFSETS,
    F("expr", "str", "The figure as written."),
)
TARGETS = Table("targets", "Every target of every report read, with its place and report.", _PANEL_FIELDS,
                key=("report_id", "claim_id"))
RESULTS = Table("results", "Every result or estimate of every report read (an estimate and a later final figure "
                "for one year are both kept).", _PANEL_FIELDS, key=("report_id", "claim_id"))

LEDGER = Table("ledger", "One row per one-year headline target, beside the result a later report gives for the same "
               "place, indicator and period; and a row where a report says it sets no target for an indicator its "
               "place usually targets.", (
    *_WHERE,
    F("indicator", "str", "Headline indicator id."),
    F("kind", "str", "Kind shared by target and outcome (`growth` pairs only with `growth`).", allowed=KINDS),
    F("unit", "str", "Unit shared by target and outcome.", allowed=UNITS),
    F("period", "int", "Year the target is for."),
    F("better", "str", "`higher` or `lower`: which way the indicator improves (the catalogue's `better`).", allowed=("higher", "lower")),
    F("target_value", "float", "The target, signed for changes (an energy-intensity cut of 3% is -3); empty where no target was set.", nullable=True),
    F("target_value_high", "float", "Upper end of a range target, signed alike, else empty.", nullable=True),
    F("target_value_stretch", "float", "A stretch aim beside the target, else empty.", nullable=True),
    F("target_qualifier", "str", "Hedge on the target (`about`, `more_than`, ...); empty where no target was set."),
    F("target_expr", "str", "The target as written; where no target was set, the sentence saying so."),
    F("target_report", "str", "Report of the target (or of the statement that none is set)."),
    F("target_start", "int", "Offset of the target (or of that statement) in its report's text."),
    F("target_language", "str", "Language of the target's report."),
    F("outcome_value", "float", "The result a later report gives for the period, signed for changes; empty when none does.", nullable=True),
    F("outcome_expr", "str", "The result as written."),
    F("outcome_status", "str", "`actual` or `estimate`; empty without a result.", allowed=("actual", "estimate", "")),
    F("outcome_report", "str", "Report of the result: the latest one giving a final figure, else the latest estimate."),
    F("outcome_start", "int", "Offset of the result in its report's text.", nullable=True),
    F("outcome_language", "str", "Language of the result's report."),
    F("next_report", "str", "The place's first report after the period in the corpus (where a result would stand); "
      "empty when the corpus has none, so `no result` with a next report means the reader found none there."),
    F("met", "str", "`met`, `missed`, `no result` or `no target set`, by the rule of `analyse/met.py`.", allowed=LEDGER_MET),
    F("margin", "float", "Outcome minus target, positive = better: points for rates (the target as written, no "
      "tolerance), ratio - 1 for levels and counts; empty without both.", nullable=True),
    F("margin_unit", "str", "`pp` (points) or `ratio`; empty without a margin.", allowed=("pp", "ratio", "")),
), key=("target_report", "target_start"))

DISAGREEMENTS = Table("disagreements", "Where one report is read in Chinese and in English: each headline figure "
                      "whose two readings give a different value or hedge.", (
    *_WHERE,
    F("year", "int", "Year of the report."),
    F("indicator", "str", "Headline indicator id."),
    F("kind", "str", "Kind of the figure.", allowed=KINDS),
    F("unit", "str", "Unit of the Chinese reading (the English value is converted into it).", allowed=UNITS),
    F("period", "int", "Year the figure describes."),
    F("status", "str", "`target` or `result` (an actual figure or an estimate: translations render the hedge loosely).",
      allowed=("target", "result")),
    F("zh_report", "str", "The Chinese reading."),
    F("zh_start", "int", "Offset of its figure."),
    F("zh_expr", "str", "Its figure as written."),
    F("zh_value", "float", "Its value, signed for changes."),
    F("zh_value_high", "float", "Its range's upper end, else empty.", nullable=True),
    F("zh_qualifier", "str", "Its hedge."),
    F("en_report", "str", "The English reading."),
    F("en_start", "int", "Offset of its figure."),
    F("en_expr", "str", "Its figure as written."),
    F("en_value", "float", "Its value in the Chinese reading's unit, signed for changes."),
    F("en_value_high", "float", "Its range's upper end, else empty.", nullable=True),
    F("en_qualifier", "str", "Its hedge."),
), key=("zh_report", "zh_start", "en_start"))

# Written by `workreport corpus`, in this order.
CORPUS_BACKTEST = Table("backtest", "Every ledger target whose outcome a later report gives, with the feasibility verdict "
                        "its report had as of its own year (the record cut at that year), scored, beside the naive "
                        "rules' predictions.", (
    *_WHERE,
    F("indicator", "str", "Headline indicator id."),
    F("period", "int", "Year the target is for."),
    F("target_expr", "str", "The target as written."),
    F("target_value", "float", "The target, signed for changes."),
    F("target_qualifier", "str", "Hedge on the target."),
    F("target_report", "str", "Report of the target."),
    F("target_start", "int", "Offset of the target in its report's text."),
    F("target_type", "str", "`outcome`, `ceiling`, `cumulative milestone` or `government output`; empty when the "
      "assessment did not reach the target.", allowed=TARGET_TYPES + ("",)),
    F("verdict", "str", "The feasibility verdict as of the target's report.", allowed=FEASIBILITY_VERDICTS),
    F("thresholds", "str", "Which thresholds decided the verdict (`record (sd ...)` or `fixed (...)`)."),
    F("record_years", "int", "Earlier years of the place's record the verdict could see."),
    F("outcome_value", "float", "The outcome the ledger pairs with the target, signed alike."),
    F("outcome_status", "str", "`actual` or `estimate`.", allowed=("actual", "estimate")),
    F("outcome_report", "str", "Report stating the outcome."),
    F("met", "bool", "Whether the outcome met the target as worded (the ledger's `met`)."),
    F("held", "str", "`yes`/`no` whether the verdict predicted that; `not scored` for insufficient evidence and "
      "government outputs.", allowed=("yes", "no", "not scored")),
    F("last_year", "float", "Last year's result on the target's scale (the verdict's base), for the 'repeat' rule.", nullable=True),
    F("repeat_met", "str", "`yes`/`no` whether last year's result already meets the target; `unknown` without it.",
      allowed=("yes", "no", "unknown")),
    F("unconfirmed", "bool", "Always false here: every outcome is the government's own figure in a later report."),
), key=("target_report", "target_start"))

CORPUS_BACKTEST_SUMMARY = Table("backtest_summary", "The corpus backtest in counts, for all places and for each: how "
                                "many targets with a known outcome each rule predicts, and how many predictions held.", (
    F("place", "str", "`all places`, or one place."),
    *[f for f in BACKTEST_SUMMARY.fields if f.name != "report_id"],
), key=("place", "rule"))

CORPUS_TABLES: dict[str, Table] = {t.name: t for t in (CORPUS_REPORTS, TARGETS, RESULTS, LEDGER, DISAGREEMENTS,
                                                                  CORPUS_BACKTEST, CORPUS_BACKTEST_SUMMARY)}
