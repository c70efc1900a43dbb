"""Field metadata for every dataset, declared once: used to validate tables and to document them.

Each table has a primary key that is checked at every save.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .claims import KINDS, QUALIFIERS, STATUSES, UNITS
from .errors import SchemaError
from .mentions import NONCLAIM_TYPES


@dataclass(frozen=True)
class Field:
    name: str
    dtype: str                 # "int", "float", "str", "bool"
    description: str
    nullable: bool = False
    allowed: tuple | None = None
    unit: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


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
    F("unit", "str", "`%`, `pp`, `CNY`, `USD`, `km`, `km2`, `mu`, `ha`, `m2`, `jin`, `ton`, `kg`, `day`, `month`, `year`, `times`, or empty for counts.", allowed=UNITS),
    F("counted", "str", "For counts: the plural noun counted (`kindergartens`), else empty."),
    F("kind", "str", "What the number is: " + ", ".join(f"`{k}`" for k in KINDS) + ".", allowed=KINDS),
    F("qualifier", "str", "Hedge written with it: " + ", ".join(f"`{q}`" for q in QUALIFIERS) + ".", allowed=QUALIFIERS),
    F("direction", "str", "`up` or `down` for growth and pp_change; `none` otherwise.", allowed=("up", "down", "none")),
    F("period", "int", "Year the number describes (results: the previous year; targets: the report's year).", nullable=True),
    F("base_period", "int", "Base year of a comparison the text names (`compared with 2020` -> 2020), else empty.", nullable=True),
    F("status", "str", "`actual`, `estimate` (hedged as estimated) or `target`.", allowed=STATUSES),
    F("subject", "str", "Short lower-case phrase for what is measured: `regional gdp`."),
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
    F("part_role", "str", "`preamble`, `results` (last year's review), `targets` (this year's plans) or `government`.", allowed=("preamble", "results", "targets", "government")),
    F("number", "int", "Number of the section within its part, else empty.", nullable=True),
    F("title", "str", "The section's heading sentence."),
    *_OFFSETS,
    F("n_sentences", "int", "Sentences in the section."),
    F("n_claims", "int", "Claims in the section."),
), key=("report_id", "section"))

TABLES: dict[str, Table] = {t.name: t for t in (CLAIMS, MENTIONS, SECTIONS)}


def register(table: Table) -> Table:
    """Add a table declared by another module (analysis tables) to the registry."""
    TABLES[table.name] = table
    return table


_PY_TYPES = {"int": {int}, "float": {int, float}, "str": {str}, "bool": {bool}}
_NONE = type(None)


def check_records(records: list[tuple], table: Table) -> None:
    """Validate rows before they become a DataFrame: types, empties, allowed values and the primary key."""
    if not records:
        return
    width = len(table.fields)
    if any(len(r) != width for r in records):
        raise SchemaError(f"{table.name} rows must have {width} values each")
    problems = []
    cols = list(zip(*records))
    for f, col in zip(table.fields, cols):
        types = set(map(type, col))
        if _NONE in types:
            if not f.nullable:
                problems.append(f"{f.name}: {col.count(None)} empty values")
            types.discard(_NONE)
        if not types <= _PY_TYPES[f.dtype]:
            problems.append(f"{f.name}: values of type {sorted(t.__name__ for t in types)} where {f.dtype} is declared")
        elif f.dtype == "float" and not f.nullable and any(v != v for v in col):
            problems.append(f"{f.name}: NaN values")
        if f.allowed is not None:
            bad = set(col) - set(f.allowed) - {None}
            if bad:
                problems.append(f"{f.name}: values {sorted(map(str, bad))[:5]} not in {list(f.allowed)}")
    idx = [table.columns.index(k) for k in table.key]
    keys = list(zip(*(cols[i] for i in idx)))
    if len(set(keys)) != len(keys):
        problems.append(f"primary key {list(table.key)} is not unique")
    if problems:
        raise SchemaError(f"{table.name} table breaks its schema: " + "; ".join(problems))


def validate(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Raise SchemaError listing every way `df` breaks its contract; return it in contract column order."""
    problems = []
    missing = [c for c in table.columns if c not in df.columns]
    if missing:
        problems.append(f"missing columns {missing}")
    for f in table.fields:
        if f.name not in df.columns:
            continue
        col = df[f.name]
        nulls = col.isna()
        if not f.nullable and nulls.any():
            problems.append(f"{f.name}: {int(nulls.sum())} empty values")
        present = col[~nulls]
        if f.allowed is not None:
            bad = sorted(set(present.astype(str)) - {str(a) for a in f.allowed})
            if bad:
                problems.append(f"{f.name}: values {bad[:5]} not in {list(f.allowed)}")
        if f.dtype in ("int", "float") and len(present):
            if not pd.api.types.is_numeric_dtype(present):
                problems.append(f"{f.name}: not numeric")
            elif f.dtype == "int" and ((present.astype(float) % 1) != 0).any():
                problems.append(f"{f.name}: not whole numbers")
    if not missing and len(df) and df.duplicated(list(table.key)).any():
        problems.append(f"primary key {list(table.key)} is not unique")
    if problems:
        raise SchemaError(f"{table.name} table breaks its schema: " + "; ".join(problems))
    return df[table.columns + [c for c in df.columns if c not in table.columns]]


def markdown(table: Table) -> str:
    """The table's columns as a Markdown table, for the README."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    for f in table.fields:
        lines.append(f"| `{f.name}` | {f.dtype}{' (may be empty)' if f.nullable else ''} | {f.description} |")
    return "\n".join(lines)
