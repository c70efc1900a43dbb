"""Reading many reports at once: which files, what each is, and their extraction in parallel processes or on a
Dask cluster.

Each report is read on its own (a process or a Dask worker), and only what the corpus tables need comes back:
the claims, the parts recognised, the warnings and any statement that no target is set, never the whole text.
A report that cannot be read comes back as a reading with its reason, so one bad file never stops the rest.
"""
from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..contract.errors import ParameterError, WorkReportError
from ..read import LANGUAGES
from ..read.document import slug
from .manifest import _SEARCH_DEPTH, MANIFEST_NAME, Entry, read_manifest

CLUSTER_EXTRA = "install the cluster extra: pip install workreport[cluster]"


@dataclass(frozen=True)
class Job:
    """One report file to read: as the user named it (or as found in a folder), and its manifest row."""
    path: Path
    file: str
    entry: Entry | None = None


@dataclass(frozen=True)
class Reading:
    """What one report gives the corpus; `error` says why it could not be read (then `claims` is None)."""
    report_id: str
    file: str
    place: str = ""
    level: str = ""
    parent: str = ""
    year: int | None = None
    language: str = ""
    parts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    claims: pd.DataFrame | None = field(default=None, repr=False)
    unset: tuple[tuple, ...] = ()     # (indicator, kind, unit, offset, sentence): 'no target is set for ...'
    error: str = ""
    pairs: tuple[dict, ...] | None = field(default=None, repr=False)  # last year's result beside each headline target


def gather(paths: list[str]) -> list[Job]:
    """Report files named or found below named folders (*.txt, recursively), each once, in the order given,
    with the manifest row of each (each manifest read once)."""
    files: dict[Path, str] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(p.rglob("*.txt"))
            if not found:
                raise ParameterError(f"{p} holds no report (*.txt) in it or its subfolders; name a folder of reports.")
        elif p.is_file():
            found = [p]
        else:
            raise ParameterError(f"{p} does not exist; name report files (.txt) or folders holding them.")
        for f in found:
            files.setdefault(f.resolve(), str(f))
    manifests: dict[Path, dict[Path, Entry]] = {}
    return [Job(path, shown, _entry(path, manifests)) for path, shown in files.items()]


def _entry(path: Path, manifests: dict[Path, dict[Path, Entry]]) -> Entry | None:
    """The manifest row of a resolved report path, searching as `manifest.describe` does, each manifest read once."""
    folder = path.parent
    for _ in range(_SEARCH_DEPTH):
        candidate = folder / MANIFEST_NAME
        if candidate.is_file():
            if candidate not in manifests:
                manifests[candidate] = {e.path: e for e in read_manifest(candidate)}
            if path in manifests[candidate]:
                return manifests[candidate][path]
        if folder.parent == folder:
            break
        folder = folder.parent
    return None


def _failed(job: Job, reason: str) -> Reading:
    """The reading of a report that could not be read: what the manifest says of it, and why (on one line)."""
    reason = " ".join(reason.split())
    e = job.entry
    if e is None:
        return Reading(report_id=slug(job.path.stem) or "report", file=job.file, error=reason)
    return Reading(report_id=e.report_id, file=job.file, place=e.place, level=e.level, parent=e.parent,
                   year=e.year, error=reason)


def read_one(job: Job, catalogue: str | None = None) -> Reading:
    """Extract one report (in a worker): never raises for a report that cannot be read, it says why."""
    from ..catalogue import load_catalogue
    from .reading import extract_report
    from .unset import unset_statements

    e = job.entry
    if e is not None and e.language not in LANGUAGES:
        return _failed(job, f"{e.language} is not read yet (this version reads {', '.join(LANGUAGES)})")
    try:
        cat = load_catalogue(catalogue)
        ex = extract_report(job.path, catalogue=cat, entry=e)
        unset = tuple(unset_statements(ex.document, ex.language, cat))
    except WorkReportError as exc:
        return _failed(job, str(exc))
    except Exception as exc:  # noqa: BLE001 -- a reader bug on one text must not stop a corpus of a hundred
        return _failed(job, f"the reader failed on this text ({type(exc).__name__}: {exc}); please report it")
    doc = ex.document
    return Reading(report_id=ex.report_id, file=job.file, place=e.place if e else (doc.place or ""),
                   level=e.level if e else "", parent=e.parent if e else "", year=doc.year, language=ex.language,
                   parts=tuple(p.role for p in doc.parts), warnings=tuple(ex.warnings), claims=ex.claims,
                   unset=unset, pairs=headline_pairs(ex.claims))


def headline_pairs(claims: pd.DataFrame) -> tuple[dict, ...]:
    """The report's result-target pairs whose target is a headline one, paired among all its claims as the
    report's own analysis pairs them (a result the reader gave no indicator can be a headline target's base).
    Made in the worker, in parallel, since pairing costs more than the rest of the backtest together."""
    from ..analyse.comparisons import comparison_rows
    from ..analyse.tabulate import records

    every = records(claims)
    headline = {int(c["claim_id"]) for c in every if c["status"] == "target" and c["indicator"]}
    return tuple(r for r in comparison_rows(every)
                 if pd.notna(r["target_claim_id"]) and int(r["target_claim_id"]) in headline)


def _bar(total: int):
    from tqdm import tqdm

    return tqdm(total=total, desc="reports", unit="report", file=sys.stderr)


def read_local(jobs: list[Job], n_jobs: int | None = None, catalogue: str | None = None) -> list[Reading]:
    """Every report read in parallel processes (one per CPU unless `n_jobs`), in the order of `jobs`."""
    n = max(1, min(n_jobs or os.cpu_count() or 1, len(jobs)))
    out: list[Reading | None] = [None] * len(jobs)
    if n == 1:
        with _bar(len(jobs)) as bar:
            for i, job in enumerate(jobs):
                out[i] = read_one(job, catalogue)
                bar.update()
        return out
    _warm()
    with ProcessPoolExecutor(max_workers=n) as pool:
        futures = {pool.submit(read_one, job, catalogue): i for i, job in enumerate(jobs)}
        with _bar(len(jobs)) as bar:     # after the workers start: no thread of its own is forked with them
            for fut in as_completed(futures):
                out[futures[fut]] = fut.result()
                bar.update()
    return out


def _warm() -> None:
    """Load both readers before the workers start: forked workers then inherit them instead of each loading
    its own (a second or so per worker, on a run of ten)."""
    from ..read.languages import reader_for

    for language in LANGUAGES:
        reader_for(language)


def read_dask(jobs: list[Job], address: str, catalogue: str | None = None) -> list[Reading]:
    """Every report read on the Dask cluster whose scheduler listens at `address` (workers need the project
    installed), in the order of `jobs`."""
    try:
        from distributed import Client, as_completed as completed
    except ImportError:
        raise ParameterError(CLUSTER_EXTRA) from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise ParameterError(f"cannot reach a Dask scheduler at {address} ({exc}); start one with "
                             "`dask scheduler` and workers with `dask worker ADDRESS`.") from None
    with client, _bar(len(jobs)) as bar:
        futures = client.map(read_one, jobs, catalogue=catalogue, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        out: list[Reading | None] = [None] * len(jobs)
        for fut in completed(futures):
            out[index[fut.key]] = fut.result()
            bar.update()
    return out
