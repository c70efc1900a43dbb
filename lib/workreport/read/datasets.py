"""The extraction pipeline and its tidy tables: text -> document -> mentions -> claims.

`extract()` is the one call a notebook needs; `write_datasets()` saves tables
whole or not at all, so a failed run never leaves half a dataset behind.
"""
from __future__ import annotations

import operator
from itertools import repeat
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

try:
    import pyarrow as pa
except ImportError:   # pandas then stores its str dtype in Python objects
    pa = None

from ..catalogue import Matcher, load_catalogue
from ..contract import schema
from ..contract.files import write_files
from ..contract.tables import CLAIMS, MENTIONS, SECTIONS, TABLES
from .claims import Claim
from .document import Document
from .languages import guess_language, reader_for
from .loading import check_language, read_report



@dataclass(frozen=True)
class Extraction:
    """Everything read from one report: its structure and its tables."""
    document: Document
    claims: pd.DataFrame
    mentions: pd.DataFrame
    sections: pd.DataFrame
    warnings: tuple[str, ...] = ()   # one sentence each: what the reader could not read as the genre has it
    language: str = "en"             # the language the report was read in ('en', 'zh')

    @property
    def report_id(self) -> str:
        return self.document.report_id

    @property
    def text(self) -> str:
        return self.document.text

    def __repr__(self) -> str:
        """A short line, not the whole report: notebooks echo an extraction and people print it."""
        d = self.document
        return (f"<Extraction {self.report_id}: {d.place or 'place unknown'}, {d.year or 'year unknown'}, "
                f"{len(self.text):,} characters, {len(self.claims)} claims, {len(self.mentions)} mentions>")

    @property
    def name(self) -> str:
        """The report as people name it: 'Dalian 2024' (its id when place or year is unknown)."""
        d = self.document
        return f"{d.place} {d.year}" if d.place and d.year else self.report_id

    def summary(self) -> str:
        c = self.claims
        n_digits = sum(ch.isdecimal() for ch in self.text)
        status = c["status"].value_counts()
        roles = {p.role for p in self.document.parts}
        warn = "" if roles & {"targets", "plan", "unrecognised"} else \
            "; no targets part found, so no claim is read as a target (check the part headings)"
        return (f"{self.report_id}: {len(self.mentions)} number mentions ({n_digits} digits, all covered), "
                f"{len(c)} claims ({status.get('actual', 0)} actual, {status.get('estimate', 0)} estimate, "
                f"{status.get('target', 0)} target), {int((c['indicator'] != '').sum())} on headline indicators{warn}")


# The dtype pandas infers for a column of strings: a column with no empty value is built in it directly,
# which skips the inference over every value (a column with empties, or none at all, is left to pandas).
_STR = pd.api.types.pandas_dtype("str")
_STR_ARRAY = type(pd.array([""], dtype=_STR))


def _str_column(values: tuple) -> object:
    """A column of strings (checked as such by the schema) in pandas' str dtype. Where that dtype is stored
    in Arrow, the Arrow array is built directly: pd.array checks each value again first, which cost about
    a millisecond a report over its forty-odd string columns."""
    if pa is not None and _STR_ARRAY is pd.arrays.ArrowStringArray:
        return _STR_ARRAY(pa.chunked_array([pa.array(values, type=pa.large_string())]), dtype=_STR)
    return pd.array(values, dtype=_STR)


def _nullable_ints(values: tuple) -> pd.arrays.IntegerArray:
    """A column of ints with empties in pandas' Int64 dtype, from its values and a mask: pd.array infers
    the type of every value first, three times slower for the few hundred values of a report. A column
    with no empty value (most offsets and ids) is read by numpy at once."""
    n = len(values)
    if None not in values:
        return pd.arrays.IntegerArray(np.array(values, dtype="int64"), np.zeros(n, dtype=bool))
    mask = np.fromiter(map(operator.is_, values, repeat(None, n)), dtype=bool, count=n)
    data = np.array([0 if v is None else v for v in values], dtype="int64")
    return pd.arrays.IntegerArray(data, mask)


def _floats(values: tuple) -> np.ndarray:
    """A column of floats, an empty value as NaN (numpy reads a column without one at once)."""
    if None not in values:
        return np.array(values, dtype="float64")
    return np.array([np.nan if v is None else v for v in values], dtype="float64")


def _frame(records: list[tuple], table: schema.Table) -> pd.DataFrame:
    """A DataFrame with the contract's dtypes, built column by column (fast for a few hundred rows) from the
    columns the schema check made. Its dict holds the columns in the contract's order already, so pandas
    is not given them again: reindexing a dict by its own keys cost about half a millisecond a table."""
    cols = schema.checked_columns(records, table) or [()] * len(table.fields)
    data = {}
    for f, values in zip(table.fields, cols):
        if f.dtype == "int":
            data[f.name] = _nullable_ints(values) if f.nullable else np.array(values, dtype="int64")
        elif f.dtype == "float":
            data[f.name] = _floats(values)
        elif f.dtype == "str" and values and None not in values:
            data[f.name] = _str_column(values)
        else:
            data[f.name] = np.array(values, dtype=object)
    return pd.DataFrame(data, copy=False)


def claims_frame(report_id: str, claims: list[Claim]) -> pd.DataFrame:
    values = _CLAIM_VALUES   # one attrgetter call per claim rather than a getattr per field
    return _frame([(report_id, *values(c)) for c in claims], CLAIMS)


_CLAIM_VALUES = operator.attrgetter(*CLAIMS.columns[1:])


def extract_text(text: str, *, report_id: str | None = None, year: int | None = None,
                 place: str | None = None, catalogue=None, language: str | None = None) -> Extraction:
    """Extract the datasets from a report's text (already read), with the reader of its language:
    `language` ('en', 'zh') when given, else told from the text's script."""
    cat = catalogue if isinstance(catalogue, (tuple, Matcher)) else load_catalogue(catalogue)
    reader = reader_for(check_language(language) if language else guess_language(text))
    written, text = text, reader.prepare(text)
    doc = reader.parse_document(text, year=year, place=place, report_id=report_id)
    mentions = reader.find_mentions(text, doc.paragraphs)
    claims = reader.build_claims(doc, mentions, cat)
    rid = doc.report_id
    claim_of = {c.start: c.claim_id for c in claims}
    m_recs = []
    for i, m in enumerate(mentions, 1):
        cid = claim_of.get(m.start) if m.nonclaim_type is None else None
        m_recs.append((rid, i, m.start, m.end, m.text, "claim" if cid else "non_claim",
                       "" if cid else (m.nonclaim_type or "other"), cid))
    counts: dict[str, int] = {}
    for c in claims:
        counts[c.section] = counts.get(c.section, 0) + 1
    n_sent: dict[str, int] = {}
    for s in doc.sentences:
        n_sent[s.section] = n_sent.get(s.section, 0) + 1
    s_recs = [(rid, s.id, s.part, s.role, s.number, s.title, s.start, s.end, n_sent.get(s.id, 0), counts.get(s.id, 0))
              for s in doc.sections]
    return Extraction(
        document=doc,
        claims=claims_frame(rid, claims),
        mentions=_frame(m_recs, MENTIONS),
        sections=_frame(s_recs, SECTIONS),
        warnings=_warnings(doc) + ((UNWRAPPED,) if text is not written else ()),
        language=reader.language,
    )


UNRECOGNISED_PARTS = ("The report's parts were not recognised (no part heading was found), so each figure's "
                      "status comes from its own sentence: a future or an aim makes it a target, else a result.")


UNWRAPPED = ("The text is hard-wrapped (its paragraphs broken into short lines), so each line break inside a "
             "paragraph was read as a space; offsets are the text's as written.")


def _warnings(doc: Document) -> tuple[str, ...]:
    """Sentences saying what could not be read as reports usually have it."""
    return (UNRECOGNISED_PARTS,) if any(p.role == "unrecognised" for p in doc.parts) else ()


def extract(path: str | Path, *, report_id: str | None = None, year: int | None = None,
            place: str | None = None, catalogue=None, language: str | None = None) -> Extraction:
    """Read a report file and extract its datasets; bad input raises ReportInputError. The language is
    told from the text unless given ('en', 'zh'); another language is refused with one sentence."""
    text = read_report(path, language=language)
    return extract_text(text, report_id=report_id, year=year, place=place, catalogue=catalogue, language=language)


# Twelve significant digits hold every figure a report writes and drop the binary noise of arithmetic on
# them (6.5 - 5.7 is 0.799999999999997 in floating point, 0.8 in the CSV); fifteen when printing keeps
# large levels in plain digits (140.19 trillion yuan is 140190000000000, not 1.4019e+14).
SIGNIFICANT_DIGITS = 12


def _without_noise(value: float) -> float:
    return value if value != value or value in (float("inf"), float("-inf")) else float(f"{value:.{SIGNIFICANT_DIGITS}g}")


def to_csv_text(df: pd.DataFrame) -> str:
    floats = df.select_dtypes("float").columns
    clean = df.assign(**{c: df[c].map(_without_noise) for c in floats}) if len(floats) else df
    return clean.to_csv(index=False, float_format="%.15g", lineterminator="\n")


def write_datasets(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write `name.csv` for each table into out_dir: every file whole, or none at all."""
    for name, df in tables.items():
        if name in TABLES:
            schema.validate(df, TABLES[name])
    return write_files({f"{name}.csv": to_csv_text(df).encode("utf-8") for name, df in tables.items()}, out_dir,
                       "datasets")
