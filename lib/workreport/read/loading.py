"""Reading a report file, refusing anything that is not English plain text.

Offsets in every dataset count characters of the text as read here (UTF-8,
universal newlines), so this is the one place a report is read.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..contract.errors import ReportInputError
from . import words as vocab

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|span|table|br|meta|script)\b", re.I)
_ENGLISH_FUNCTION_WORDS = vocab.words("function_words")


def check_text(text: str, name: str = "the text") -> None:
    """Raise ReportInputError when `text` is not English prose we can parse."""
    if not text.strip():
        raise ReportInputError(f"{name} is empty (or only whitespace); pass the text of a work report.")
    if "\x00" in text or _control_share(text) > 0.01:
        raise ReportInputError(f"{name} looks like a binary file, not text; pass the report as a UTF-8 .txt file.")
    head = text.lstrip()[:2000]
    if head.startswith("%PDF"):
        raise ReportInputError(f"{name} is a PDF; convert it to plain text first (for example with pdftotext) and pass the .txt file.")
    if len(_HTML.findall(text[:20000])) >= 2 or head.lower().startswith(("<!doctype html", "<html")):
        raise ReportInputError(f"{name} looks like an HTML page; save the report's text as a plain .txt file and pass that.")
    sample = text[:100000]
    if _CJK.search(sample) and _cjk_share(sample) > 0.3:
        raise ReportInputError(f"{name} is Chinese-language text; this toolkit reads English translations of work reports, so pass an English version.")
    words = [w.lower() for w in _LATIN_WORD.findall(text[:20000])]
    if len(words) >= 12 and sum(w in _ENGLISH_FUNCTION_WORDS for w in words) < 0.08 * len(words):
        raise ReportInputError(f"{name} does not look like English text; this toolkit reads English translations of work reports.")
    if not words:
        raise ReportInputError(f"{name} contains no words; pass the text of a work report.")


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)


def _cjk_share(sample: str) -> float:
    """Share of CJK characters among CJK and Latin letters."""
    cjk = len(_CJK.findall(sample))
    latin = sum(len(w) for w in _LATIN_WORD.findall(sample))
    return cjk / max(cjk + latin, 1)


def read_report(path: str | Path) -> str:
    """Return the report's text, or raise ReportInputError naming the problem."""
    p = Path(path)
    if not p.exists():
        raise ReportInputError(f"{p} does not exist; check the path to the report text file.")
    if p.is_dir():
        raise ReportInputError(f"{p} is a directory; pass the path of one report text file (.txt).")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ReportInputError(f"{p} cannot be read ({exc.strerror}); check its permissions.") from None
    if raw.startswith(b"%PDF"):
        raise ReportInputError(f"{p} is a PDF; convert it to plain text first (for example with pdftotext) and pass the .txt file.")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReportInputError(f"{p} is UTF-16 text; re-save it as UTF-8 and try again.")
    if b"\x00" in raw[:65536]:
        raise ReportInputError(f"{p} looks like a binary file, not text; pass the report as a UTF-8 .txt file.")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReportInputError(
            f"{p} is not UTF-8 text (undecodable byte at offset {exc.start}); re-save it as UTF-8 and try again."
        ) from None
    # Universal newlines, exactly as open(..., newline=None) would give.
    text = decoded.replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, name=str(p))
    return text
