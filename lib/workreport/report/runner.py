"""Batch runs: extract each report and execute every notebook for it with papermill, then HTML.

`workreport run --report PATH [-p NAME VALUE ...] [--out DIR] [--jobs N]` and
`make run` use this; `python -m workreport.runner --refresh-notebooks` re-executes
the reference notebooks in place so their stored outputs match the code (nbval).
"""
from __future__ import annotations

import ast
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from ..contract import paths
from ..contract.errors import ParameterError, WorkReportError
from ..read.loading import check_language

KERNEL = "python3"
# Seconds a notebook's kernel may take to start: on a busy two-core machine, with other notebooks of the batch
# starting at the same time, it can take longer than papermill's default of 60.
KERNEL_START_TIMEOUT = 300
# The kernel's start-up chatter (a transport notice) is not an error; keep batch output clean.
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]


CORPUS_ID = "corpus"   # reports/corpus/: the corpus notebooks' pages and figures (a report id is <place>-<year>)


def all_notebooks() -> list[Path]:
    nbs = sorted(paths.notebooks_dir().glob("[0-9][0-9]_*.ipynb"))
    if not nbs:
        raise WorkReportError(f"no notebooks found in {paths.notebooks_dir()}; run from a checkout of the project.")
    return nbs


def is_corpus_notebook(nb: Path) -> bool:
    """A corpus notebook (05, 06) reads the corpus tables, not one report: it declares corpus_dir."""
    return "corpus_dir" in declared_parameters(nb)


def notebook_paths() -> list[Path]:
    """The per-report notebooks (01-04): run once for each report of a batch."""
    return [nb for nb in all_notebooks() if not is_corpus_notebook(nb)]


def corpus_notebook_paths() -> list[Path]:
    """The corpus notebooks: run once per batch, with --corpus."""
    return [nb for nb in all_notebooks() if is_corpus_notebook(nb)]


def declared_parameters(nb: Path) -> dict[str, dict]:
    import papermill as pm

    return pm.inspect_notebook(str(nb))


def _typed(name: str, raw: str, spec: dict):
    """Turn a -p VALUE string into the type of the notebook's default for it."""
    try:
        default = ast.literal_eval(spec.get("default") or "''")
    except (ValueError, SyntaxError):
        default = ""
    kind = {bool: "bool", int: "int", float: "float"}.get(type(default), "str")
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "bool":
            if raw.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError
            return raw.lower() in ("true", "1", "yes")
    except ValueError:
        raise ParameterError(f"parameter {name} must be {kind}, not {raw!r}.") from None
    return raw


def plan(reports: list[tuple[Path, str]], params: dict[str, str], out: Path | None, names: dict[str, str] | None = None,
         show_code: bool = False, years: dict[str, int] | None = None,
         languages: dict[str, str] | None = None) -> list[tuple]:
    """(report, report id, notebook, output directory, parameters, report name, show code) for every run,
    after checking the parameters."""
    nbs = notebook_paths()
    declared = {nb: declared_parameters(nb) for nb in nbs}
    known = sorted({p for d in declared.values() for p in d})
    for name in params:
        if name not in known:
            corpus_only = any(name in declared_parameters(nb) for nb in corpus_notebook_paths())
            hint = " (a parameter of the corpus notebooks: add --corpus)" if corpus_only else ""
            raise ParameterError(f"unknown parameter {name}{hint}; the notebooks take: {', '.join(known)}.")
        if name in ("report_path", "output_dir"):
            raise ParameterError(f"parameter {name} is set by workreport run itself; use --report and --out.")
    typed = {}
    for name, raw in params.items():
        spec = next(d[name] for d in declared.values() if name in d)
        typed[name] = _typed(name, raw, spec)
    from .notebook import check_parameters
    check_parameters(typed)
    jobs = []
    for report, report_id in reports:
        # every notebook reads the report as the batch did: the same id, year and language, whatever the text says
        own = dict(typed, report_id=report_id, year=(years or {}).get(report_id, 0),
                   language=(languages or {}).get(report_id, ""))
        for nb in nbs:
            jobs.append((report, report_id, nb, out, {k: v for k, v in own.items() if k in declared[nb]},
                         (names or {}).get(report_id, report_id), show_code))
    return jobs


def _run_one(report: Path, report_id: str, nb: Path, out: Path | None, params: dict, report_name: str = "",
             show_code: bool = False) -> tuple[str, str, str]:
    """Execute one notebook for one report; returns (report_id, notebook name, error or '')."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    import papermill as pm

    from .pages import page_title, write_page

    target = (out / report_id) if out else paths.reports_dir() / report_id
    target.mkdir(parents=True, exist_ok=True)
    executed = target / nb.name
    parameters = dict(params, output_dir=str(target.resolve()))
    if report is not None:      # a corpus notebook reads the corpus tables named in its parameters instead
        parameters["report_path"] = str(report.resolve())
    try:
        pm.execute_notebook(str(nb), str(executed), parameters=parameters, kernel_name=KERNEL,
                            progress_bar=False, cwd=str(paths.notebooks_dir()), log_output=False,
                            extra_arguments=KERNEL_ARGS, start_timeout=KERNEL_START_TIMEOUT)
    except pm.PapermillExecutionError as exc:
        return report_id, nb.stem, f"{exc.ename}: {exc.evalue}"
    except (RuntimeError, TimeoutError) as exc:   # the kernel did not start: this notebook fails, the batch goes on
        return report_id, nb.stem, f"its Python kernel did not start ({exc}); run it again when the machine is less busy"
    write_page(executed, target / f"{nb.stem}.html", title=page_title(report_name or report_id, nb.stem),
               show_code=show_code)
    return report_id, nb.stem, ""


def _write_datasets(ex, out: Path | None) -> str:
    """All tables of one report: to data/processed/<id>/, or beside the notebooks when --out is given."""
    from ..read.datasets import write_datasets
    from ..analyse import analysis_tables
    from .notebook import corpus_record

    target = (out / ex.report_id / "datasets") if out else paths.processed_dir() / ex.report_id
    tables = {"claims": ex.claims, "mentions": ex.mentions, "sections": ex.sections,
              **analysis_tables(ex, **corpus_record(paths.processed_dir() / "corpus", ex.document.year))}
    write_datasets(tables, target)
    return f"{ex.summary()} -> {target}"


def _gather(reports: list[str], all_raw: bool) -> tuple[list[Path], list[str]]:
    """The report files to run, and a line for each bundled report skipped because its language is not read."""
    from ..corpus import is_read

    chosen = [Path(r) for r in reports]
    skipped = []
    if all_raw:
        for p in sorted(paths.raw_dir().rglob("*.txt")):
            ok, why = is_read(p)
            if ok:
                chosen.append(p)
            else:
                skipped.append(f"{p.relative_to(paths.raw_dir()).as_posix()}: {why}")
    return chosen, skipped


def _read_all(chosen: list[Path], report_id: str | None, year: int | None,
              language: str | None = None) -> tuple[dict, list[str]]:
    """Extract each report once: {report id: (path, extraction)}, and one error line per report that could not be
    read, so one bad report is named and the others still run."""
    from ..corpus import extract_report

    seen: dict[str, tuple[Path, object]] = {}
    failures = []
    for p in chosen:
        try:
            ex = extract_report(p, report_id=report_id, year=year, language=language)
        except WorkReportError as exc:
            failures.append(f"{p}: {exc}")
            continue
        other = seen.get(ex.report_id)
        if other is not None and other[0].resolve() != p.resolve():
            raise ParameterError(f"{other[0]} and {p} both read as report {ex.report_id}; run them separately "
                                 "(or list them in a manifest, which gives each its own id).")
        seen.setdefault(ex.report_id, (p, ex))
        for note in ex.warnings:
            print(f"workreport: warning: {ex.report_id}: {note}", file=sys.stderr)
    return seen, failures


def _overrides(params: dict[str, str], report_id: str | None, year: int | None, n_reports: int):
    """--report-id/--year and -p report_id/-p year say the same thing, and only about one report."""
    report_id = report_id or params.pop("report_id", None) or None
    raw_year = params.pop("year", None)
    if year is None and raw_year not in (None, "", "0"):
        if not str(raw_year).isdigit():
            raise ParameterError(f"year must be a year such as 2024, not {raw_year!r}.")
        year = int(raw_year)
    if (report_id or year) and n_reports != 1:
        raise ParameterError("--report-id and --year (or -p report_id / -p year) name one report; give exactly one --report.")
    return report_id, year


def _execute(work: list[tuple], jobs: int) -> list[str]:
    """Run every notebook job in parallel processes; one error line per notebook that failed."""
    from tqdm import tqdm

    failures = []
    if not work:
        return failures
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(work)))) as pool:
        futures = [pool.submit(_run_one, *w) for w in work]
        for fut in tqdm(as_completed(futures), total=len(futures), desc="notebooks", unit="nb", file=sys.stdout):
            rid, name, err = fut.result()
            if err:
                failures.append(f"{rid} {name}: {err}")
    return failures


def run_reports(reports: list[str], *, params: dict[str, str] | None = None, out: str | None = None,
                jobs: int = 1, all_raw: bool = False, show_code: bool = False, report_id: str | None = None,
                year: int | None = None, language: str | None = None, corpus: bool = False) -> int:
    """Extract and run every notebook for each report, and with `corpus` build the corpus tables and run the
    corpus notebooks once; print where to look. Returns an exit status."""
    params = dict(params or {})
    chosen, skipped = _gather(reports, all_raw)
    _check_request(chosen, corpus, jobs)
    corpus_params = _corpus_parameters(params, bool(chosen)) if corpus else {}
    seen, unread = _read_reports(chosen, skipped, params, report_id, year, language)
    out_dir = Path(out) if out else None
    names, work = _report_work(seen, params, out_dir, show_code)
    started = time.perf_counter()
    if corpus:
        corpus_work, corpus_unread = _corpus_plan(corpus_params, out_dir, show_code)
        work = corpus_work + work            # the longer notebooks start first
        unread += corpus_unread
    for _, ex in seen.values():
        print(_write_datasets(ex, out_dir))
    failures = _execute(work, jobs)
    opened = _write_indexes(out_dir, names, corpus)
    for msg in unread + failures:
        print(f"workreport: error: {msg}", file=sys.stderr)
    what = f"{len(seen)} report(s)" + (" and the corpus" if corpus else "")
    print(f"ran {len(work) - len(failures)} of {len(work)} notebooks for {what} "
          f"in {time.perf_counter() - started:.0f} s; open {opened}")
    return 2 if unread or failures else 0


def _check_request(chosen: list[Path], corpus: bool, jobs: int) -> None:
    """Refuse a run with nothing to do or no process to do it in, before any parameter is read."""
    if not chosen and not corpus:
        raise ParameterError("no report given; pass --report PATH (repeatable), --all for every report in data/raw/, "
                             "or --corpus for the corpus notebooks.")
    if jobs < 1:
        raise ParameterError(f"--jobs must be at least 1, not {jobs}.")


def _read_reports(chosen: list[Path], skipped: list[str], params: dict[str, str], report_id: str | None,
                  year: int | None, language: str | None) -> tuple[dict, list[str]]:
    """The id, year and language are checked (after the corpus notebooks took theirs) before any report is read."""
    if chosen:
        report_id, year = _overrides(params, report_id, year, len(chosen))
    if skipped:
        print(f"skipped {len(skipped)} report(s) in a language not read yet, e.g. {skipped[0]}", file=sys.stderr)
    language = language or params.pop("language", None) or None
    if language:
        language = check_language(language)     # one sentence for an unknown language, before anything runs
    return _read_all(chosen, report_id, year, language) if chosen else ({}, [])


def _report_work(seen: dict, params: dict[str, str], out: Path | None,
                 show_code: bool) -> tuple[dict[str, str], list[tuple]]:
    """Every per-report notebook is told the id, year and language the batch read its report with, and its name."""
    names = {rid: ex.name for rid, (_, ex) in seen.items()}
    years = {rid: ex.document.year or 0 for rid, (_, ex) in seen.items()}
    languages = {rid: ex.language for rid, (_, ex) in seen.items()}
    work = plan([(p, rid) for rid, (p, _) in seen.items()], params, out, names, show_code, years, languages) \
        if seen else []
    return names, work


def _write_indexes(out: Path | None, names: dict[str, str], corpus: bool) -> Path | str:
    """The reader gets one page to open: the only report's index, or the page linking them all when several ran."""
    from .pages import write_corpus_index, write_report_index

    root = out if out else paths.reports_dir()
    where = [write_report_index(root / rid, name) for rid, name in names.items()]
    if corpus:
        where.append(write_report_index(root / CORPUS_ID, "The corpus", corpus=True))
    index = write_corpus_index(root) if where else None
    return index if len(where) > 1 else (where[0] if where else "nothing")


def _corpus_parameters(params: dict[str, str], with_reports: bool) -> dict:
    """Take the corpus notebooks' -p values out of `params` (a name both kinds declare stays for the reports too),
    typed and checked as far as they can be without the corpus."""
    from .corpus import check_parameters

    declared = {}
    for nb in corpus_notebook_paths():
        for name, spec in declared_parameters(nb).items():
            declared.setdefault(name, spec)
    for name in ("corpus_dir", "output_dir"):
        if name in params:
            raise ParameterError(f"parameter {name} is set by workreport run --corpus itself; use --out.")
    if "year" in params and with_reports:
        raise ParameterError("-p year is a report's year for the per-report notebooks and the year of "
                             "06_targets_across_places; run the corpus notebooks on their own: "
                             "workreport run --corpus -p year 2026.")
    report_names = {n for nb in notebook_paths() for n in declared_parameters(nb)}
    known = sorted(set(declared) | report_names)
    for name in params:
        if name not in known:
            raise ParameterError(f"unknown parameter {name}; the notebooks take: {', '.join(known)}.")
    typed = {}
    for name in list(params):
        if name in declared:
            typed[name] = _typed(name, params[name], declared[name])
            if name not in report_names:
                del params[name]
    checked = check_parameters(typed)
    from .notebook import check_parameters as check_shared

    check_shared({k: v for k, v in checked.items() if k == "figure_format"})
    return checked


def _default(nb: Path, name: str):
    spec = declared_parameters(nb).get(name, {})
    try:
        return ast.literal_eval(spec.get("default") or "''")
    except (ValueError, SyntaxError):
        return ""


def _corpus_plan(params: dict, out: Path | None, show_code: bool) -> tuple[list[tuple], list[str]]:
    """Build the corpus tables of the bundled reports (or of -p raw_dir) once, check the parameters that name
    what the corpus holds (place, year), and return the corpus notebooks' jobs and a line for each report that
    could not be read."""
    from ..corpus.command import summary
    from . import corpus as c
    from .corpus_views import LEVEL_PLURAL

    folder = (out / CORPUS_ID / "datasets") if out else c.default_dir()
    started = time.perf_counter()
    tables = c.build_tables(params.get("raw_dir", "data/raw"), folder, quiet=False)
    print(summary(tables, time.perf_counter() - started, folder))
    reports = tables["reports"]
    unread = [f"{r.file}: {r.error}" for r in reports.itertuples() if r.error]
    run = c.CorpusRun(tables, folder, folder)
    nbs = corpus_notebook_paths()
    jobs = []
    for nb in nbs:
        declared = declared_parameters(nb)
        own = {k: v for k, v in params.items() if k in declared}
        if "place" in declared:
            own["place"] = c.check_place(run, own.get("place", _default(nb, "place")))
            name = own["place"]
        elif "year" in declared:
            level = own.get("level", _default(nb, "level"))
            own["year"] = c.check_year(run, own.get("year", _default(nb, "year")), level)
            name = f"{LEVEL_PLURAL[level].capitalize()} {own['year']}"
        else:
            name = "The corpus"
        own["corpus_dir"] = str(folder.resolve())
        jobs.append((None, CORPUS_ID, nb, out, own, name, show_code))
    return jobs, unread


def refresh_notebooks(names: list[str] | None = None) -> int:
    """Execute the reference notebooks in place with their default parameters (stored outputs for nbval): all of
    them, or those whose names (`05_promise_tracking`) or numbers (`05`) are given. The corpus tables are rebuilt
    first, so the corpus notebooks store what the reader gives now."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    import nbformat
    from nbclient import NotebookClient

    display_name = _kernel_display_name()
    chosen = [nb for nb in all_notebooks() if not names or nb.stem in names or nb.stem[:2] in names]
    if not chosen:
        raise ParameterError(f"no notebook is named {', '.join(names or [])}; name them as 05_promise_tracking or 05.")
    if any(is_corpus_notebook(nb) for nb in chosen):     # the corpus notebooks read the reader as it is now
        from .corpus import build_tables, default_dir

        build_tables(paths.raw_dir(), default_dir(), quiet=False)
        print(f"rebuilt the corpus tables in {default_dir()}")
    for nb_path in chosen:
        nb = nbformat.read(str(nb_path), as_version=4)
        # JupyterLab rewrites a kernelspec that differs from the installed one, marking the notebook modified.
        nb.metadata["kernelspec"] = {"display_name": display_name, "language": "python", "name": KERNEL}
        NotebookClient(nb, kernel_name=KERNEL, timeout=600, extra_arguments=KERNEL_ARGS,
                       resources={"metadata": {"path": str(nb_path.parent)}}).execute()
        for cell in nb.cells:
            cell.get("metadata", {}).pop("execution", None)
        nbformat.write(nb, str(nb_path))
        print(f"refreshed {nb_path.name}")
    if not names:
        refresh_docs()
    return 0


DOC_FIGURES = {"04_feasibility.png": "feasibility-dalian-2024.png", "03_rates.png": "year-over-year-dalian-2024.png"}


def refresh_docs() -> None:
    """Copy the default run's figures that the README shows into docs/."""
    import shutil

    source = paths.reports_dir() / "dalian-2024"
    docs = paths.notebooks_dir().parent / "docs"
    for name, doc in DOC_FIGURES.items():
        if (source / name).is_file():
            shutil.copyfile(source / name, docs / doc)
            print(f"refreshed docs/{doc}")


def _kernel_display_name() -> str:
    """The display name JupyterLab shows for the project's kernel (what it would write into the notebook)."""
    from jupyter_client.kernelspec import KernelSpecManager

    try:
        return KernelSpecManager().get_kernel_spec(KERNEL).display_name
    except Exception:  # noqa: BLE001 -- no kernelspec installed: ipykernel's own name
        return "Python 3 (ipykernel)"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--refresh-notebooks"]:
        try:
            return refresh_notebooks(argv[1:])
        except WorkReportError as exc:
            print(f"workreport: error: {exc}", file=sys.stderr)
            return 2
    print("usage: python -m workreport.report.runner --refresh-notebooks [NOTEBOOK ...]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
