"""Tables for people: human labels, units in the headers, numbers formatted for their kind, no index column,
an em dash for what is missing, text left-aligned and long sentences wrapped (never cut).

`people_table(df, columns, name=...)` returns a `PeopleTable`: JupyterLab and the HTML pages show its
styled HTML (a pandas Styler whose table id is fixed, so stored outputs compare run to run); its plain-text
form is the same formatted table, whole.
"""
from __future__ import annotations

import hashlib
import html.entities
import math
import re
from dataclasses import dataclass

import pandas as pd

from .style import UNIT_WORDS, indicator_label, subject_words, words

DASH = "—"

# How each kind of column is written and which unit its header carries.
KINDS = {
    "text": "", "subject": "", "long": "", "category": "", "indicator": "", "yesno": "", "year": "", "id": "",
    "count": "", "number": "", "percent": "%", "signed_percent": "%", "pp": "pp", "ratio": "×", "amount": "",
}
NUMERIC = {"count", "number", "percent", "signed_percent", "pp", "ratio", "amount", "year", "id"}

# Default header and kind for column names the datasets share (a spec may override either).
DEFAULTS: dict[str, tuple[str, str]] = {
    "indicator": ("Indicator", "indicator"), "subject": ("Subject", "subject"), "expr": ("As written", "text"),
    "section": ("Section", "text"), "status": ("Status", "category"), "kind": ("Kind", "category"),
    "qualifier": ("Hedge", "category"), "direction": ("Direction", "category"), "period": ("Year", "year"),
    "verdict": ("Verdict", "category"), "reason": ("Reason", "long"), "sentence": ("Sentence", "long"),
    "title": ("Title", "long"), "note": ("Note", "long"), "record": ("Record of earlier targets", "long"),
    "snippet": ("Source passage", "long"), "final_snippet": ("Source passage", "long"),
    "target_expr": ("Target as written", "text"), "result_expr": ("Last year's result as written", "text"),
    "base_expr": ("Last year's result", "text"), "estimate_expr": ("Estimate as written", "text"),
    "claim_id": ("Claim", "id"), "offsets": ("Offsets in text", "text"), "unit": ("Unit", "category"),
}


@dataclass(frozen=True)
class Col:
    """One column of a people table: where it comes from, its header and how its values are written.

    kinds: text, long (wrapped prose), category (words for ids such as more_than), indicator (catalogue
    label; the id when the table asks for ids), yesno, year, id, count (whole numbers), number, percent
    (one decimal), signed_percent, pp (signed points, one decimal), ratio, amount (per row, in the unit of
    `unit_col`: money as reports write it, counts with their noun from `counted_col`).
    `unit` overrides the unit the header carries.
    """
    source: str
    label: str | None = None
    kind: str | None = None
    unit: str | None = None
    unit_col: str | None = None
    counted_col: str | None = None
    prefix_col: str | None = None

    def resolved(self) -> "Col":
        label, kind = DEFAULTS.get(self.source, (self.source.replace("_", " ").capitalize(), "text"))
        kind = self.kind or kind
        if kind not in KINDS:
            raise ValueError(f"unknown column kind {kind!r}; use one of {', '.join(KINDS)}.")
        return Col(self.source, self.label or label, kind, KINDS[kind] if self.unit is None else self.unit,
                   self.unit_col, self.counted_col, self.prefix_col)

    @property
    def header(self) -> str:
        return f"{self.label}, {self.unit}" if self.unit else self.label


def missing(v) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and not v.strip()


def _scale(v: float, like: str = "") -> tuple[float, str]:
    """Divide by the scale the report uses (taken from `like`, an expression as written), else a natural one."""
    like = like.lower()
    for word, size in (("trillion", 1e12), ("100 million", 1e8), ("billion", 1e9), ("10,000", 1e4), ("million", 1e6)):
        if word in like:
            return v / size, f" {word}"
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return v / size, f" {word}"
    return v, ""


def _short(x: float) -> str:
    """At most two decimals, no trailing zeros: 149.3, 1.08, 960."""
    s = f"{x:,.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def money(v: float, unit: str, like: str = "") -> str:
    """An amount as reports write it: '149.3 billion yuan', '1.08 billion US dollars', '3.5 10,000 yuan'."""
    x, scale = _scale(float(v), like)
    return f"{_short(x)}{scale} {UNIT_WORDS.get(unit, unit)}"


def amount(v, unit: str = "", counted: str = "", like: str = "") -> str:
    """A level in its own unit: money as reports write it, counts as whole numbers with their noun."""
    if missing(v):
        return DASH
    unit = "" if missing(unit) else str(unit)
    if unit in ("CNY", "USD"):
        return money(v, unit, like)
    if unit == "%":
        return f"{v:.1f}%"
    if unit == "":
        noun = "" if missing(counted) else f" {counted}"
        return f"{round(float(v)):,d}{noun}"
    return f"{_short(float(v))} {UNIT_WORDS.get(unit, unit)}"


def cell(v, kind: str, *, ids: bool = False) -> str:
    """One value written for people; missing values are an em dash."""
    if missing(v):
        return DASH
    if isinstance(v, str) and kind in NUMERIC:
        return v   # written already (e.g. a change in % or pp, per row)
    if kind == "indicator":
        return str(v) if ids else indicator_label(v)
    if kind == "category":
        return words(v)
    if kind == "subject":
        return subject_words(v)
    if kind == "yesno":
        return "yes" if bool(v) else "no"
    if kind in ("year", "id"):
        return str(int(v))
    if kind == "count":
        return f"{round(float(v)):,d}"
    if kind == "number":
        return _short(float(v))
    if kind == "percent":
        return f"{float(v):.1f}"
    if kind in ("signed_percent", "pp"):
        return f"{float(v):+.1f}" if round(float(v), 1) != 0 else "0.0"
    if kind == "ratio":
        return f"×{float(v):.2f}"
    return " ".join(str(v).split())


def signed(v: float, unit: str) -> str:
    """'+1.0 pp', '-6.0 pp', '0.0 pp' (no sign on nothing)."""
    return f"0.0{unit}" if round(v, 1) == 0 else f"{v:+.1f}{unit}"


# An ampersand HTML would read as the start of a character reference: '&#', '&name;', or one of the legacy
# names a browser accepts without the semicolon ('&copy'). Any other ampersand ('R&D') already reads as itself.
_LEGACY_NAMES = "|".join(k for k in html.entities.html5 if not k.endswith(";"))
_REFERENCE = re.compile(f"&(?=#|[A-Za-z0-9]+;|(?:{_LEGACY_NAMES}))")


def html_text(s: str) -> str:
    """A cell's text as HTML that shows exactly that text: the report's own characters (Chinese, quotes,
    '<', '&lt;') are never read as markup. Only what HTML would read as markup is escaped, '<' and an
    ampersand that starts a reference; '>' and 'R&D' already read as themselves, so they stay as written
    and the stored outputs of English reports ('target >=6% -> 6% met') stay the same."""
    return _REFERENCE.sub("&amp;", str(s)).replace("<", "&lt;")


def _table_id(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")
    return slug or hashlib.sha1(name.encode()).hexdigest()[:8]


def _css_for(kind: str, wrap: int) -> str:
    if kind in NUMERIC:
        return "text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums;"
    if kind == "long":
        return f"text-align: left; white-space: normal; overflow-wrap: break-word; min-width: 14em; max-width: {wrap}em;"
    return "text-align: left; white-space: normal; overflow-wrap: break-word; max-width: 22em;"


class PeopleTable:
    """A formatted table: `.frame` holds the strings shown; HTML via a Styler with a fixed id."""

    def __init__(self, frame: pd.DataFrame, kinds: list[str], name: str, caption: str | None, wrap: int):
        self.frame, self.kinds, self.name, self.caption, self.wrap = frame, kinds, name, caption, wrap

    def styler(self):
        """The table as people read it: no index, a stable id (deterministic HTML), text escaped, each column
        styled by its kind (numbers right-aligned)."""
        frame = self.frame
        st = frame.style.hide(axis="index").set_uuid(_table_id(self.name)).format(html_text)
        styles = [
            {"selector": "", "props": "border-collapse: collapse; margin: 0.5em 0 1em 0; font-size: 0.92em;"},
            {"selector": "caption", "props": "caption-side: top; text-align: left; font-weight: 600; padding: 0.2em 0;"},
            {"selector": "th", "props": "text-align: left; vertical-align: bottom; white-space: normal; padding: 0.3em 0.6em; border-bottom: 1px solid #888;"},
            {"selector": "td", "props": "vertical-align: top; padding: 0.25em 0.6em; border-bottom: 1px solid #e4e4e4;"},
        ]
        for i, kind in enumerate(self.kinds):
            styles.append({"selector": f"td.col{i}", "props": _css_for(kind, self.wrap)})
            if kind in NUMERIC:
                styles.append({"selector": f"th.col_heading.col{i}", "props": "text-align: right;"})
        st = st.set_table_styles(styles, overwrite=True)
        if self.caption:
            st = st.set_caption(self.caption)
        return st

    def to_html(self) -> str:
        return self.styler().to_html()

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        text = self.frame.to_string(index=False, max_colwidth=None) if len(self.frame) else \
            "  ".join(self.frame.columns) + "\n(no rows)"
        return f"{self.caption}\n{text}" if self.caption else text

    def __len__(self) -> int:
        return len(self.frame)


def people_table(df: pd.DataFrame, columns=None, *, name: str, ids: bool = False, caption: str | None = None,
                 wrap: int = 36) -> PeopleTable:
    """`df` for people. `columns` lists what to show, in order: a column name (header and kind from
    DEFAULTS), a (name, label) or (name, label, kind) tuple, or a Col. `name` fixes the table's HTML id;
    `ids=True` shows indicator ids instead of the catalogue's labels; `wrap` is the widest prose column in em."""
    specs = []
    for c in (list(df.columns) if columns is None else columns):
        if isinstance(c, Col):
            specs.append(c.resolved())
        elif isinstance(c, tuple):
            specs.append(Col(c[0], c[1], c[2] if len(c) > 2 else None).resolved())
        else:
            specs.append(Col(str(c)).resolved())
    unknown = [s.source for s in specs if s.source not in df.columns]
    if unknown:
        raise KeyError(f"people_table: no column {', '.join(unknown)} in the table.")
    rows = df.reset_index(drop=True)
    out = {}
    for s in specs:
        if s.kind == "amount":
            units = rows[s.unit_col] if s.unit_col else pd.Series([""] * len(rows))
            counted = rows[s.counted_col] if s.counted_col else pd.Series([""] * len(rows))
            like = rows[s.prefix_col] if s.prefix_col else pd.Series([""] * len(rows))
            values = [amount(v, u, n, "" if missing(l) else str(l)) for v, u, n, l in zip(rows[s.source], units, counted, like)]
        else:
            values = [cell(v, s.kind, ids=ids) for v in rows[s.source]]
        header = s.header
        while header in out:
            header += " "
        out[header] = values
    frame = pd.DataFrame(out, columns=list(out)) if out else pd.DataFrame()
    return PeopleTable(frame, [s.kind for s in specs], name, caption, wrap)
