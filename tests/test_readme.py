"""The README documents what the code does: dataset columns come from the schema, commands exist."""
from pathlib import Path

from workreport.report import docs

ROOT = Path(__file__).resolve().parents[1]


def test_dataset_section_matches_the_schema():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(docs.START, 1)[1].split(docs.END, 1)[0]
    assert section.strip() == docs.datasets_markdown().strip(), "run: python -m workreport.report.docs"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make run" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_figure_exists():
    assert (ROOT / "docs" / "feasibility-dalian-2024.png").is_file()
