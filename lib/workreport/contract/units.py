"""One registry of units: the ids every dataset writes, what each measures, and exact conversions.

The words for units belong to each language (read/en/units.csv, read/zh/units.csv map 'hectares' and 公顷
to `ha`); what a unit *is* belongs to no language, so it is declared once here, in units.csv beside this
module, and the analysis converts with it (a target in mu beside a result in hectares; grain in jin in a
Chinese report beside tonnes in its translation). Conversions are exact fractions, so 15 mu is 1 ha
exactly rather than 0.9999999.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Unit:
    unit: str
    dimension: str
    in_base: Fraction      # how many base units one of this unit is
    base: str
    label: str
    note: str


class UnitError(ValueError):
    """Two units that cannot be converted into each other, or a unit the registry does not know."""


@lru_cache(maxsize=1)
def registry() -> Mapping[str, Unit]:
    """unit id -> Unit, read once from units.csv; read-only."""
    text = resources.files("workreport.contract").joinpath("units.csv").read_text(encoding="utf-8")
    lines = text.splitlines()[1:]          # the first line says what the file is
    rows = csv.DictReader(lines)
    return MappingProxyType({r["unit"]: Unit(r["unit"], r["dimension"], Fraction(r["in_base"]), r["base"], r["label"],
                                             r["note"]) for r in rows})


def unit_ids() -> tuple[str, ...]:
    """Every unit id, in registry order: the values the `unit` column may hold."""
    return tuple(registry())


def convertible(a: str, b: str) -> bool:
    """Whether a figure in `a` can be written in `b` (same dimension)."""
    reg = registry()
    return a in reg and b in reg and reg[a].dimension == reg[b].dimension


def factor(from_unit: str, to_unit: str) -> Fraction:
    """The exact number one `from_unit` is in `to_unit` (mu -> ha: 1/15)."""
    reg = registry()
    for u in (from_unit, to_unit):
        if u not in reg:
            raise UnitError(f"unit {u!r} is not in the unit registry; known: {', '.join(repr(k) for k in reg)}")
    if not convertible(from_unit, to_unit):
        raise UnitError(f"{reg[from_unit].label} ({reg[from_unit].dimension}) cannot be converted into "
                        f"{reg[to_unit].label} ({reg[to_unit].dimension})")
    return reg[from_unit].in_base / reg[to_unit].in_base


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """`value` in `from_unit`, written in `to_unit` (converting 30 mu to ha gives 2.0)."""
    return float(Fraction(value) * factor(from_unit, to_unit)) if from_unit != to_unit else value
