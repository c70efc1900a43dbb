"""What a report file is (place, level, parent, year, language, completeness), from the manifest beside it.

The text of a translation often lacks its place or year, and a re-joined text may lack whole passages;
a `manifest.csv` in the report's folder (or a folder above it, naming the file by its path below that
folder) says so once, and every command and notebook takes it from here rather than guessing.
Files that no manifest lists are read as before: place and year come from the text.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..contract.errors import ParameterError
from ..read.document import slug

COLUMNS = ("file", "place", "place_zh", "level", "parent", "year", "language", "completeness", "chars", "sha256",
           "source")
LEVELS = ("national", "province", "city", "district")
MANIFEST_NAME = "manifest.csv"
_SEARCH_DEPTH = 3          # folders above a report that may hold the manifest naming it


@dataclass(frozen=True)
class Entry:
    """One manifest row, with the report id it gets among its manifest's rows."""
    path: Path              # the report file, resolved
    file: str               # as the manifest names it, relative to the manifest's folder
    place: str
    place_zh: str
    level: str
    parent: str
    year: int
    language: str
    completeness: str
    source: str
    report_id: str

    @property
    def complete(self) -> bool:
        return self.completeness.strip().lower().startswith("full")

    @property
    def lacks_targets_paragraph(self) -> bool:
        """The manifest says the paragraph listing the main targets is missing from this text."""
        c = self.completeness.lower()
        return not self.complete and "main targets" in c


def read_manifest(path: str | Path) -> tuple[Entry, ...]:
    """Every row of one manifest file, checked, with unique report ids."""
    p = Path(path)
    if not p.is_file():
        raise ParameterError(f"manifest {p} does not exist; give a CSV with columns {', '.join(COLUMNS)}.")
    with p.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ParameterError(f"manifest {p} lacks the columns {', '.join(missing)}; add them (see the README).")
        rows = [_checked(row, n, p) for n, row in enumerate(reader, 2)]
    ids = report_ids([(r["place"], r["year"], r["language"]) for r in rows])
    return tuple(Entry(path=(p.parent / r["file"]).resolve(), file=r["file"], place=r["place"], place_zh=r["place_zh"],
                       level=r["level"], parent=r["parent"], year=r["year"], language=r["language"],
                       completeness=r["completeness"], source=r["source"], report_id=rid)
                 for r, rid in zip(rows, ids))


def _checked(row: dict, line: int, path: Path) -> dict:
    """One row with its year as an int; a row a user cannot have meant is refused with its line number."""
    year = (row.get("year") or "").strip()
    if not year.isdigit():
        raise ParameterError(f"manifest {path}, line {line}: year {year!r} is not a year; write it as 2024.")
    level = (row.get("level") or "").strip()
    if level not in LEVELS:
        raise ParameterError(f"manifest {path}, line {line}: level {level!r} is not one of {', '.join(LEVELS)}.")
    if not (row.get("file") or "").strip() or not (row.get("place") or "").strip():
        raise ParameterError(f"manifest {path}, line {line}: every row needs a file and a place.")
    return {**{k: (row.get(k) or "").strip() for k in COLUMNS}, "year": int(year)}


def report_ids(keys: list[tuple[str, int, str]]) -> list[str]:
    """`<place>-<year>`, with `-<language>` where the same report is listed in two languages.

    Ids stay short for the common case and unique where a translation and its original sit side by side
    (`china-2019-en`, `china-2019-zh`); a place listed twice in one language and year gets `-2`, `-3`.
    """
    languages: dict[tuple[str, int], set[str]] = {}
    for place, year, lang in keys:
        languages.setdefault((slug(place), year), set()).add(lang)
    ids, seen = [], {}
    for place, year, lang in keys:
        base = f"{slug(place)}-{year}" + (f"-{lang}" if len(languages[(slug(place), year)]) > 1 else "")
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def describe(report: str | Path) -> Entry | None:
    """The manifest entry of a report file: from a manifest.csv in its folder or up to three folders above."""
    target = Path(report).resolve()
    folder = target.parent
    for _ in range(_SEARCH_DEPTH):
        candidate = folder / MANIFEST_NAME
        if candidate.is_file():
            for entry in read_manifest(candidate):
                if entry.path == target:
                    return entry
        if folder.parent == folder:
            break
        folder = folder.parent
    return None
