"""Writing a folder of output files whole or not at all: the per-report datasets and the corpus tables are
both written this way, so an error part-way (a full disk, a folder someone else owns) leaves what was
already there as it was."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .errors import WorkReportError


def _umask() -> int:
    """The process's file-creation mask (read by setting it and putting it back: the only way to read it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _staging_folder(out: Path) -> Path:
    """A new empty folder beside `out` (same file system, so moving a file in place is atomic), with the
    permissions a folder made by mkdir would have: people share output folders, and mkdtemp's are private."""
    parent = out.parent if str(out.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=parent))
        tmp.chmod(0o777 & ~_umask())
    except OSError as exc:
        raise WorkReportError(f"cannot write to {parent} ({exc.strerror}); choose a writable --out directory.") from None
    return tmp


def write_files(files: dict[str, bytes], out_dir: str | Path, what: str) -> list[Path]:
    """Write each named file into `out_dir`: first all into a folder beside it, then each moved in place, so an
    error before the moves leaves `out_dir` as it was. `what` names the files in the one-sentence error."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise WorkReportError(f"{out} exists and is not a directory; choose another --out directory.")
    clash = next((out / name for name in files if (out / name).is_dir()), None)
    if clash is not None:
        raise WorkReportError(f"{clash} is a directory where a file is to be written; move it away and run again "
                              "(nothing was changed).")
    tmp = _staging_folder(out)
    try:
        for name, body in files.items():
            (tmp / name).write_bytes(body)
        if not out.exists():
            os.replace(tmp, out)
        else:
            for name in files:
                os.replace(tmp / name, out / name)
    except OSError as exc:
        raise WorkReportError(f"cannot write {what} to {out} ({exc.strerror}); nothing was changed there.") from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return [out / name for name in files]
