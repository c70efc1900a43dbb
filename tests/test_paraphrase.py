"""Rewrites that keep the meaning keep the reading: "12%" or "12 percent", another growth verb, an inserted
clause, a hedge written before or after the figure. Value, kind, qualifier, direction and indicator of the
figure must not move, in the results part and in the targets part alike."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from builders import report

SUBJECTS = [  # (as a report writes it, headline indicator)
    ("GDP", "gdp"), ("the regional GDP", "gdp"), ("investment in fixed assets", "fixed_asset_investment"),
    ("fixed-asset investment", "fixed_asset_investment"), ("total retail sales of consumer goods", "retail_sales"),
    ("general public budget revenue", "public_budget_revenue"), ("total imports and exports", "foreign_trade"),
    ("per capita disposable income", "disposable_income"), ("the value added of industrial enterprises above "
                                                           "designated size", "industrial_value_added"),
    ("CPI", "cpi"), ("consumer prices", "cpi"),
]
UP_VERBS = ["grew by", "increased by", "rose by", "went up by", "expanded by", "edged up by", "climbed by"]
DOWN_VERBS = ["fell by", "decreased by", "dropped by", "declined by", "went down by", "edged down by"]
PERCENT = ["%", " percent", " per cent"]
HEDGES = [("", "", "exact"), ("about ", "", "about"), ("around ", "", "about"), ("more than ", "", "more_than"),
          ("over ", "", "more_than"), ("", " or more", "at_least")]
INSERTS = ["", " year on year", " in real terms", ", compared with the previous year,", ", as planned,"]


@st.composite
def rewrites(draw):
    """One figure said two ways: the same subject, value, hedge and direction, other words around them."""
    subject, indicator = draw(st.sampled_from(SUBJECTS))
    down = draw(st.booleans())
    verbs = DOWN_VERBS if down else UP_VERBS
    value = draw(st.sampled_from(["6", "12", "0.6", "7.5", "13.4"]))
    before, after, qualifier = draw(st.sampled_from(HEDGES))
    said = []
    for _ in range(2):
        verb, pct, insert = draw(st.sampled_from(verbs)), draw(st.sampled_from(PERCENT)), draw(st.sampled_from(INSERTS))
        said.append(f"Last year, {subject}{insert} {verb} {before}{value}{pct}{after}.")
    return said, dict(value=float(value), kind="growth", qualifier=qualifier,
                      direction="down" if down else "up", indicator=indicator)


def reading(sentence: str) -> dict:
    claims = report(sentence)
    assert len(claims) == 1, f"{sentence!r}: {list(claims['expr'])}"
    row = claims.iloc[0]
    return {k: row[k] for k in ("value", "kind", "qualifier", "direction", "indicator")}


@settings(max_examples=150, deadline=None)
@given(rewrites())
def test_a_rewrite_keeps_value_kind_hedge_direction_and_indicator(case):
    (first, second), want = case
    assert reading(first) == want, first
    assert reading(second) == want, second
