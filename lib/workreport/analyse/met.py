"""Whether an outcome met a target as worded: one rule for every table that says 'met'.

The feasibility record, the backtest and the check of estimates against final figures all ask this
question; answered in three places it drifted (a cut's range was read unsigned in one of them), so it is
answered here once and they call it.

Values are signed on one scale: a 12% cut is -12, its range 12-13% is -12 and -13. A target is a line the
outcome must reach, from below or from above:

- an indicator that improves upwards (growth, jobs) makes the target a floor: 'about 6%' is met from
  6% minus `about_tolerance`, '6-6.5%' from 6%, and overshooting it still meets it;
- one that improves downwards (CPI, energy intensity, a cut), and any target worded as a ceiling
  ('at most', 'less than', 'kept within'), makes it a ceiling: 'about 3%' CPI is met up to 3% plus the
  tolerance, a range up to its high end, a cut of 3% by a cut of 3.5% (-3.5 <= -3);
- 'more than X' renders 以上, which in the Chinese original includes X ('X or more'), so X itself meets it
  unless `more_than_includes_target` is off; 'less than' (低于) is strict; 'at least' and 'at most' are not.

An outcome inside a range [low, high] therefore always meets it.

Rates (growth, shares, points) are compared in points; levels and counts (an amount of yuan, a number of
jobs) with `relative=True`, as a share of the target: there 'about' allows `about_tolerance` percent of the
target (0.5: half a percent), and the margin is a ratio - 1, so a margin means the same for a city and a nation.
"""
from __future__ import annotations

_EPS = 1e-9  # rounding noise: 5.5 - 0.5 must still meet 'about 5.5' at 5.0
_CEILINGS = ("at_most", "less_than")


def _missing(x) -> bool:
    return x is None or x != x  # None or NaN


def threshold(target: float, qualifier: str, value_high: float | None = None, *, better: str = "higher",
              about_tolerance: float = 0.5) -> tuple[float, bool]:
    """The line an outcome must reach, and whether it is a ceiling (reached from below) or a floor.
    A range is read from whichever end comes first in the direction the indicator improves."""
    ceiling = better == "lower" or qualifier in _CEILINGS
    low, high = (target, target) if _missing(value_high) else sorted((target, value_high))
    tol = about_tolerance if qualifier == "about" else 0.0
    return (high + tol, True) if ceiling else (low - tol, False)


def margin(outcome: float, target: float, qualifier: str, value_high: float | None = None, *,
           better: str = "higher", about_tolerance: float = 0.5) -> float | None:
    """How far the outcome lies beyond the line on the meeting side, in the target's unit (negative: short
    of it by that much); None when the outcome or the target is unknown."""
    if _missing(outcome) or _missing(target):
        return None
    line, ceiling = threshold(target, qualifier, value_high, better=better, about_tolerance=about_tolerance)
    return line - outcome if ceiling else outcome - line


def relative_margin(outcome: float, target: float, qualifier: str, value_high: float | None = None, *,
                    better: str = "higher", about_tolerance: float = 0.5) -> float | None:
    """For levels and counts: how far the outcome lies beyond the line as a share of the line (ratio - 1,
    positive on the meeting side), 'about' allowing `about_tolerance` percent of the target; None when
    the outcome or the target is unknown or the line is zero (no share of nothing)."""
    if _missing(outcome) or _missing(target):
        return None
    tol = abs(target) * about_tolerance / 100
    line, ceiling = threshold(target, qualifier, value_high, better=better, about_tolerance=tol)
    if line == 0:
        return None
    ratio = outcome / line - 1
    return -ratio if ceiling else ratio


def met(outcome: float, target: float, qualifier: str, value_high: float | None = None, *, better: str = "higher",
        about_tolerance: float = 0.5, more_than_includes_target: bool = True, relative: bool = False) -> bool | None:
    """Whether the outcome met the target as worded (see the module's docstring); None when either is unknown.
    On the line itself a target is met, except one worded 'less than', or 'more than' with
    `more_than_includes_target` off. `relative` compares a level or count as a share of the target."""
    rule = relative_margin if relative else margin
    m = rule(outcome, target, qualifier, value_high, better=better, about_tolerance=about_tolerance)
    if m is None:
        return None
    strict = qualifier == "less_than" or (qualifier == "more_than" and not more_than_includes_target)
    return m > 0 if strict else m >= -_EPS
