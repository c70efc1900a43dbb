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

KERNEL = "python3"
# The kernel's start-up chatter (a transport notice) is not an error; keep batch output clean.
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]


def notebook_paths() -> list[Path]:
    nbs = sorted(paths.notebooks_dir().glob("[0-9][0-9]_*.ipynb"))
    if not nbs:
        raise WorkReportError(f"no notebooks found in {paths.notebooks_dir()}; run from a checkout of the project.")
    return nbs


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
         show_code: bool = False) -> list[tuple]:
    """(report, report id, notebook, output directory, parameters, report name, show code) for every run,
    after checking the parameters."""
    nbs = notebook_paths()
    declared = {nb: declared_parameters(nb) for nb in nbs}
    known = sorted({p for d in declared.values() for p in d})
    for name in params:
        if name not in known:
            raise ParameterError(f"unknown parameter {name}; the notebooks take: {', '.join(known)}.")
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
        for nb in nbs:
            jobs.append((report, report_id, nb, out, {k: v for k, v in typed.items() if k in declared[nb]},
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
    parameters = dict(params, report_path=str(report.resolve()), output_dir=str(target.resolve()))
    try:
        pm.execute_notebook(str(nb), str(executed), parameters=parameters, kernel_name=KERNEL,
                            progress_bar=False, cwd=str(paths.notebooks_dir()), log_output=False,
                            extra_arguments=KERNEL_ARGS)
    except pm.PapermillExecutionError as exc:
        return report_id, nb.stem, f"{exc.ename}: {exc.evalue}"
    write_page(executed, target / f"{nb.stem}.html", title=page_title(report_name or report_id, nb.stem),
               show_code=show_code)
    return report_id, nb.stem, ""


def _write_datasets(ex, out: Path | None) -> str:
    """All tables of one report: to data/processed/<id>/, or beside the notebooks when --out is given."""
    from ..read.datasets import write_datasets
    from ..analyse import analysis_tables

    target = (out / ex.report_id / "datasets") if out else paths.processed_dir() / ex.report_id
    tables = {"claims": ex.claims, "mentions": ex.mentions, "sections": ex.sections, **analysis_tables(ex)}
    write_datasets(tables, target)
    return f"{ex.summary()} -> {target}"


def _report_name(ex) -> str:
    d = ex.document
    return f"{d.place} {d.year}" if d.place and d.year else ex.report_id


def run_reports(reports: list[str], *, params: dict[str, str] | None = None, out: str | None = None,
                jobs: int = 1, all_raw: bool = False, show_code: bool = False) -> int:
    """Extract and run every notebook for each report; print where to look. Returns an exit status."""
    from tqdm import tqdm

    params = params or {}
    paths_ = [Path(r) for r in reports]
    if all_raw:
        paths_ += sorted(paths.raw_dir().glob("*.txt"))
    if not paths_:
        raise ParameterError("no report given; pass --report PATH (repeatable) or --all for every report in data/raw/.")
    if jobs < 1:
        raise ParameterError(f"--jobs must be at least 1, not {jobs}.")
    from ..read.datasets import extract

    seen: dict[str, tuple[Path, object]] = {}
    for p in paths_:
        ex = extract(p)  # bad input fails here, before anything runs
        other = seen.get(ex.report_id)
        if other is not None and other[0].resolve() != p.resolve():
            raise ParameterError(f"{other[0]} and {p} both read as report {ex.report_id}; run them separately "
                                 "(or give each a header naming its place and year).")
        seen.setdefault(ex.report_id, (p, ex))
    out_dir = Path(out) if out else None
    names = {rid: _report_name(ex) for rid, (_, ex) in seen.items()}
    work = plan([(p, rid) for rid, (p, _) in seen.items()], params, out_dir, names, show_code)
    started = time.perf_counter()
    for _, ex in seen.values():
        print(_write_datasets(ex, out_dir))
    failures = []
    workers = max(1, min(jobs, len(work)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_run_one, *w) for w in work]
        for fut in tqdm(as_completed(futures), total=len(futures), desc="notebooks", unit="nb", file=sys.stdout):
            rid, name, err = fut.result()
            if err:
                failures.append(f"{rid} {name}: {err}")
    from .pages import write_corpus_index, write_report_index

    root = out_dir if out_dir else paths.reports_dir()
    where = [write_report_index(root / rid, names[rid]) for rid in seen]
    corpus = write_corpus_index(root)
    for msg in failures:
        print(f"workreport: error: {msg}", file=sys.stderr)
    opened = corpus if len(where) > 1 else where[0]
    print(f"ran {len(work) - len(failures)} of {len(work)} notebooks for {len(seen)} report(s) "
          f"in {time.perf_counter() - started:.0f} s; open {opened}")
    return 2 if failures else 0


def refresh_notebooks() -> int:
    """Execute the reference notebooks in place with their default parameters (stored outputs for nbval)."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    import nbformat
    from nbclient import NotebookClient

    display_name = _kernel_display_name()
    for nb_path in notebook_paths():
        nb = nbformat.read(str(nb_path), as_version=4)
        # JupyterLab rewrites a kernelspec that differs from the installed one, marking the notebook modified.
        nb.metadata["kernelspec"] = {"display_name": display_name, "language": "python", "name": KERNEL}
        NotebookClient(nb, kernel_name=KERNEL, timeout=600, extra_arguments=KERNEL_ARGS,
                       resources={"metadata": {"path": str(nb_path.parent)}}).execute()
        for cell in nb.cells:
            cell.get("metadata", {}).pop("execution", None)
        nbformat.write(nb, str(nb_path))
        print(f"refreshed {nb_path.name}")
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
    if argv == ["--refresh-notebooks"]:
        try:
            return refresh_notebooks()
        except WorkReportError as exc:
            print(f"workreport: error: {exc}", file=sys.stderr)
            return 2
    print("usage: python -m workreport.runner --refresh-notebooks", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
