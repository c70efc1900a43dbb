"""The headline-indicator catalogue: canonical ids, aliases, kinds and units, kept as data.

A user extends it by adding a row to a copy of `indicators.csv` (beside this module) and passing
that file; no code changes. Each language has its own alias and exclusion columns (`aliases`, `exclude`
for English; `aliases_zh`, `exclude_zh` for Chinese); one indicator id serves both, so a Chinese and an
English reading of one report meet on the same ids. The columns are merged when read: a Chinese alias
never occurs in an English subject, nor an English one in a Chinese subject.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..contract.errors import ParameterError
from .patterns import alternation

_COLUMNS = ("indicator", "label", "kinds", "units", "better", "aliases", "exclude", "aliases_zh", "exclude_zh", "description")


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    kinds: frozenset[str]
    units: tuple[str, ...]
    better: str          # "higher" or "lower": which way a figure improves (CPI and energy intensity: lower)
    aliases: tuple[str, ...]
    exclude: tuple[str, ...]
    description: str
    pattern: re.Pattern


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip().lower() for p in (cell or "").split(";") if p.strip())


def load_catalogue(path: str | Path | None = None) -> tuple[Indicator, ...]:
    """Read the catalogue CSV (the bundled one unless `path` is given)."""
    if path is None:
        return _bundled()
    return _read(path)


@functools.lru_cache(maxsize=1)
def _bundled() -> tuple[Indicator, ...]:
    """The bundled catalogue is read once per process: it is package data and never changes."""
    return _read(None)


def _read(path: str | Path | None) -> tuple[Indicator, ...]:
    """The catalogue's rows as Indicators, from the bundled file or a user's copy; a broken file raises a
    ParameterError naming what is wrong, since a silently half-read catalogue would drop indicators."""
    if path is None:
        text = resources.files("workreport.catalogue").joinpath("indicators.csv").read_text(encoding="utf-8")
        where = "the bundled catalogue"
    else:
        p = Path(path)
        if not p.is_file():
            raise ParameterError(f"indicator catalogue {p} does not exist; pass a CSV with columns {', '.join(_COLUMNS)}.")
        text = p.read_text(encoding="utf-8")
        where = str(p)
    rows = list(csv.DictReader(text.splitlines()))
    if not rows or any(c not in rows[0] for c in ("indicator", "label", "kinds", "units", "aliases")):
        raise ParameterError(f"{where} needs the columns {', '.join(_COLUMNS)}.")
    out = []
    for row in rows:
        aliases = _split(row["aliases"]) + _split(row.get("aliases_zh"))
        if not row["indicator"] or not aliases:
            raise ParameterError(f"{where}: every row needs an indicator id and at least one alias.")
        if (row.get("better") or "higher").strip().lower() not in ("higher", "lower"):
            raise ParameterError(f"{where}: 'better' must be 'higher' or 'lower' (row {row['indicator']}).")
        alias_re = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        out.append(Indicator(
            id=row["indicator"].strip(), label=row["label"].strip(),
            kinds=frozenset(k.strip() for k in row["kinds"].split("|") if k.strip()),
            units=tuple(u.strip() for u in row["units"].split("|")),
            better=(row.get("better") or "higher").strip().lower(),
            aliases=aliases, exclude=_split(row.get("exclude")) + _split(row.get("exclude_zh")), description=(row.get("description") or "").strip(),
            pattern=re.compile(rf"(?<![a-z]){alias_re}"),
        ))
    return tuple(out)


class Matcher:
    """All aliases of a catalogue in one pattern, so a subject is scanned once; kept by script as well."""

    def __init__(self, catalogue: tuple[Indicator, ...]):
        self.by_alias: dict[str, list[Indicator]] = {}
        for ind in catalogue:
            for a in ind.aliases:
                self.by_alias.setdefault(a, []).append(ind)
        # Per script of the subject: its patterns (all aliases, then those of each kind) hold only the aliases
        # that can occur in it. An English subject holds no Chinese alias, nor a Chinese one (of no ASCII
        # character) an English alias, and the regex engine tries an alternation's branches one by one, so a
        # pattern of half the aliases runs in about half the time. Each keeps the aliases' order, so finds the
        # same matches as the pattern of all of them would in that subject.
        self.scripts = {script: _patterns(catalogue, keep) for script, keep in _SCRIPTS.items()}

    def match(self, subject: str, kind: str) -> str:
        """The id of the indicator whose longest alias the subject holds, among those admitting `kind`. Most
        subjects hold no alias of the kind's indicators: a pattern of those aliases alone tells it quicker."""
        if not subject:
            return ""
        script = next(script for script, holds in _SCRIPTS.items() if holds(subject))
        return self.match_with(self.scripts[script], subject, kind)

    def match_with(self, patterns: tuple[re.Pattern | None, dict[str, re.Pattern]], subject: str, kind: str) -> str:
        """`match` with the patterns of one script (those of "mixed" read any subject)."""
        pattern, hints = patterns
        hint = hints.get(kind)
        if pattern is None or hint is None or hint.search(subject) is None:
            return ""
        best, best_len = "", 0
        for m in pattern.finditer(subject):
            for ind in self.by_alias[m.group()]:
                if kind in ind.kinds and len(m.group()) > best_len and not any(x in subject for x in ind.exclude):
                    best, best_len = ind.id, len(m.group())
        return best


# The scripts a text may be written in, the narrowest first: all ASCII, no ASCII, or both. A subject is read
# with the patterns of the first its text fits, which hold the aliases that fit it too.
_SCRIPTS = {"ascii": str.isascii, "other": lambda t: not t.encode("ascii", "ignore"), "mixed": lambda t: True}


def _patterns(catalogue: tuple[Indicator, ...], keep) -> tuple[re.Pattern | None, dict[str, re.Pattern]]:
    """(one trie of every alias `keep` admits, and per kind a pattern of those of the indicators admitting it).
    Python's regex engine tries a flat alternation one alias at a time, hence the trie; the kind patterns have
    no look-behind so the engine skips to their first letters: where one finds none, no alias can give the kind
    an indicator."""
    kept = sorted({a for ind in catalogue for a in ind.aliases if keep(a)})
    whole = re.compile(rf"(?<![a-z])(?:{alternation(kept)})") if kept else None
    aliases: dict[str, set[str]] = {}
    for ind in catalogue:
        for kind in ind.kinds:
            aliases.setdefault(kind, set()).update(a for a in ind.aliases if keep(a))
    return whole, {kind: re.compile(alternation(words)) for kind, words in aliases.items() if words}


@functools.lru_cache(maxsize=8)
def matcher_for(catalogue: tuple[Indicator, ...]) -> Matcher:
    """One compiled matcher per catalogue (catalogues are immutable tuples)."""
    return Matcher(catalogue)


def match_indicator(catalogue, subject: str, kind: str) -> str:
    """The id whose longest alias appears in `subject` and whose kinds admit `kind`, else ''."""
    matcher = catalogue if isinstance(catalogue, Matcher) else matcher_for(tuple(catalogue))
    return matcher.match(subject.lower(), kind)
