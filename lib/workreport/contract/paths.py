"""Where things live in the project, found from the package itself so nothing depends on the working directory."""
from __future__ import annotations

from pathlib import Path


def project_root() -> Path | None:
    """The repository root (holding pyproject.toml and data/), or None for an installed copy without it."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "data").is_dir():
            return parent
    return None


def _under_root(*parts: str) -> Path:
    root = project_root()
    return (root if root is not None else Path.cwd()).joinpath(*parts)


def raw_dir() -> Path:
    return _under_root("data", "raw")


def processed_dir() -> Path:
    return _under_root("data", "processed")


def reference_dir() -> Path:
    return _under_root("data", "reference")


def reports_dir() -> Path:
    return _under_root("reports")


def notebooks_dir() -> Path:
    return _under_root("notebooks")


def bundled_report() -> Path:
    return raw_dir() / "dalian-2024-government-work-report.txt"
