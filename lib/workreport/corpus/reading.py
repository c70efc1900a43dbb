"""Reading a report the way every command and notebook does: what its manifest says, then its text.

A manifest row supplies the place, year and id a translation may not state, and what the text lacks
(a re-joined translation without its targets paragraph); that becomes a warning the command line prints
and every notebook shows at its top, so no reader mistakes a missing figure for one never set.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..read import LANGUAGES
from ..read.datasets import Extraction, extract
from .manifest import Entry, describe


def manifest_warnings(entry: Entry | None) -> tuple[str, ...]:
    """Sentences for what the manifest says is missing from the text."""
    if entry is None or entry.complete:
        return ()
    if entry.lacks_targets_paragraph:
        return (f"The manifest says this text lacks the paragraph listing the main targets ({entry.completeness}); "
                "targets are read where else the report states them, so some headline targets may be missing.",)
    return (f"The manifest says this text is incomplete: {entry.completeness}.",)


def extract_report(path: str | Path, *, report_id: str | None = None, year: int | None = None,
                   place: str | None = None, catalogue=None, language: str | None = None,
                   entry: Entry | None = None) -> Extraction:
    """Extract one report, taking place, year, id and language from its manifest row unless given here
    (a report not listed has them read from its text). `entry` is the row when the caller has it already:
    a corpus reads its manifest once rather than once per report."""
    entry = entry or describe(path)
    if entry is not None:
        report_id = report_id or entry.report_id
        year = year or entry.year
        place = place or entry.place
        language = language or (entry.language if entry.language in LANGUAGES else None)
    ex = extract(path, report_id=report_id, year=year, place=place, catalogue=catalogue, language=language)
    notes = manifest_warnings(entry)
    return replace(ex, warnings=tuple(ex.warnings) + notes) if notes else ex


def is_read(path: str | Path) -> tuple[bool, str]:
    """Whether the reading layer reads this report's language (as its manifest lists it), and why not."""
    entry = describe(path)
    if entry is None or entry.language in LANGUAGES:
        return True, ""
    return False, f"{entry.language} is not read yet (this version reads {', '.join(LANGUAGES)})"
