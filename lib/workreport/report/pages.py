"""HTML people can publish: one page per executed notebook, titled with its question and the report, code
hidden unless asked for; an index.html per report linking its pages, figures and datasets; and an index for a
batch or corpus linking every report. No timestamps or absolute paths, so pages compare run to run.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

# The question each notebook answers, as a page title says it after the report's name.
QUESTIONS = {
    "01_extract_claims": "what does the report quantify?",
    "02_growth_claims": "how fast do its figures say things grew?",
    "03_year_over_year": "how do this year's targets compare with last year's results?",
    "04_target_feasibility": "which targets are credible?",
}
# The corpus notebooks' questions, after a place ("Zhumadian: ...") or a level and year ("Provinces 2025: ...").
CORPUS_QUESTIONS = {
    "05_promise_tracking": "were the targets met, year after year?",
    "06_targets_across_places": "how do targets compare across places, and which were missed?",
}
FIGURE_CAPTIONS = {
    "01_claims_by_section": "Quantitative claims by section and kind",
    "02_growth_rates": "Growth rates stated in the report",
    "03_rates": "Rates: last year's result and this year's target",
    "03_counts": "Counts and levels: this year's target over last year's result",
    "04_feasibility": "What each rate target asks beyond last year",
    "04_backtest": "Targets against outcomes",
    "05_promise": "Each year's target and its outcome",
    "05_margins": "Outcome minus target across the corpus",
    "06_gdp_markup": "GDP growth targets against the parent's",
    "06_markups": "Mark-ups over the parent's target",
    "06_gdp_outcomes": "GDP growth against the target, by place",
}
FIGURE_SUFFIXES = (".png", ".svg", ".pdf")
INDEX = "index.html"

CSS = """
body { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; max-width: 60em;
       margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 1.6em; }
a { color: #1f5fa8; } ul { padding-left: 1.2em; } li { margin: 0.3em 0; }
figure { display: inline-block; margin: 0.5em 1em 1em 0; vertical-align: top; width: 18em; }
figure img { width: 100%; border: 1px solid #ddd; } figcaption { font-size: 0.9em; }
table { border-collapse: collapse; } td, th { text-align: left; padding: 0.25em 0.8em 0.25em 0; vertical-align: top; }
.muted { color: #666; font-size: 0.9em; }
"""


def question(nb_stem: str) -> str:
    return {**QUESTIONS, **CORPUS_QUESTIONS}.get(nb_stem, re.sub(r"^\d+_", "", nb_stem).replace("_", " ") + "?")


def page_title(report_name: str, nb_stem: str) -> str:
    """'Dalian 2024: which targets are credible?'"""
    return f"{report_name}: {question(nb_stem)}"


def figure_caption(path: Path) -> str:
    return FIGURE_CAPTIONS.get(path.stem, re.sub(r"^\d+_", "", path.stem).replace("_", " ").capitalize())


def notebook_html(nb, *, title: str, show_code: bool = False) -> str:
    """One executed notebook as a page: its question and report as title and heading, code hidden unless
    `show_code`, stderr (warnings) dropped, the parameter cells left out."""
    import copy

    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    nb.metadata["title"] = title
    cells = []
    heading_done = False
    for c in nb.cells:
        tags = c.get("metadata", {}).get("tags", [])
        if not show_code and ("parameters" in tags or "injected-parameters" in tags):
            continue
        if c.cell_type == "code" and not show_code:
            c.outputs = [o for o in c.get("outputs", []) if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
        if c.cell_type == "markdown" and not heading_done:
            lines = c.source.splitlines()
            if lines and lines[0].startswith("# "):
                lines[0] = f"# {title[0].upper()}{title[1:]}"
                lines.insert(1, f"\n[All pages, figures and datasets of this report]({INDEX})")
                c.source = "\n".join(lines)
            heading_done = True
        cells.append(c)
    nb.cells = cells
    exporter = HTMLExporter(template_name="lab", exclude_input=not show_code, exclude_input_prompt=not show_code,
                            exclude_output_prompt=not show_code)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def write_page(executed: Path, target: Path, *, title: str, show_code: bool = False) -> Path:
    import nbformat

    target.write_text(notebook_html(nbformat.read(str(executed), as_version=4), title=title, show_code=show_code),
                      encoding="utf-8")
    return target


def _doc(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{html.escape(title)}</title>\n'
            f"<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'


def _dataset_descriptions() -> dict[str, str]:
    from ..contract.tables import CORPUS_TABLES, TABLES

    return {name: t.description for name, t in {**CORPUS_TABLES, **TABLES}.items()}


def report_index(report_dir: Path, report_name: str, *, corpus: bool = False) -> str:
    """The index page of one report's directory (or, with `corpus`, of the corpus notebooks' directory): its
    pages, figures and datasets, all relative links."""
    report_dir = Path(report_dir)
    pages = sorted(p for p in report_dir.glob("[0-9][0-9]_*.html"))
    figures = sorted(p for p in report_dir.iterdir() if p.suffix in FIGURE_SUFFIXES)
    data = sorted((report_dir / "datasets").glob("*.csv")) if (report_dir / "datasets").is_dir() else []
    notebooks = sorted(report_dir.glob("[0-9][0-9]_*.ipynb"))
    described = _dataset_descriptions()
    parts = [f"<h1>{html.escape(report_name)}: the report, read as data</h1>",
             '<p class="muted">Pages written from the report\'s text by workreport; every figure and table traces '
             "back to the text by character offsets.</p>"]
    if corpus:
        parts = [f"<h1>{html.escape(report_name)}: many reports, read as data</h1>",
                 '<p class="muted">Pages written from the corpus tables by workreport; every target and outcome in '
                 "them names its report and its character offsets there.</p>"]
    parts.append("<h2>Pages</h2>\n<ul>" + "".join(
        f"<li>{_link(p.name, question(p.stem)[0].upper() + question(p.stem)[1:])}</li>" for p in pages) + "</ul>")
    if figures:
        items = []
        for f in figures:
            cap = html.escape(figure_caption(f))
            img = f'<img src="{html.escape(f.name)}" alt="{cap}">' if f.suffix in (".png", ".svg") else ""
            items.append(f'<figure><a href="{html.escape(f.name)}">{img}</a><figcaption>{_link(f.name, figure_caption(f))}'
                         f"</figcaption></figure>")
        parts.append("<h2>Figures</h2>\n" + "\n".join(items))
    if data:
        rows = "".join(f"<tr><td>{_link('datasets/' + d.name, d.name)}</td><td>{html.escape(described.get(d.stem, ''))}</td></tr>"
                       for d in data)
        parts.append(f"<h2>Datasets (CSV)</h2>\n<table>{rows}</table>")
    if notebooks:
        parts.append("<h2>Executed notebooks, with code</h2>\n<ul>" + "".join(
            f"<li>{_link(n.name, n.name)}</li>" for n in notebooks) + "</ul>")
    return _doc(f"{report_name}: pages, figures and datasets", "\n".join(parts))


def write_report_index(report_dir: Path, report_name: str, *, corpus: bool = False) -> Path:
    target = Path(report_dir) / INDEX
    target.write_text(report_index(report_dir, report_name, corpus=corpus), encoding="utf-8")
    return target


def _title_of(index: Path) -> str:
    m = re.search(r"<title>(.*?)</title>", index.read_text(encoding="utf-8"), re.S)
    name = html.unescape(m.group(1)) if m else index.parent.name
    return name.split(":")[0]


def corpus_index(root: Path) -> str:
    """The index of a batch or corpus directory: every report under it that has an index page."""
    root = Path(root)
    reports = sorted(p.parent for p in root.glob(f"*/{INDEX}"))
    items = []
    for r in reports:
        pages = sorted(r.glob("[0-9][0-9]_*.html"))
        sub = "".join(f"<li>{_link(f'{r.name}/{p.name}', question(p.stem))}</li>" for p in pages)
        items.append(f"<li>{_link(f'{r.name}/{INDEX}', _title_of(r / INDEX))}<ul>{sub}</ul></li>")
    body = (f"<h1>Government work reports, read as data</h1>\n<p class=\"muted\">{len(reports)} report(s); each links "
            f"its pages, figures and datasets.</p>\n<ul>{''.join(items)}</ul>")
    return _doc("Government work reports: every report", body)


def write_corpus_index(root: Path) -> Path:
    target = Path(root) / INDEX
    target.write_text(corpus_index(root), encoding="utf-8")
    return target
