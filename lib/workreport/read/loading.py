"""Reading a report file, refusing anything that is not plain text in a language we read.

Offsets in every dataset count characters of the text as read here (UTF-8,
universal newlines), so this is the one place a report is read. The language is told by the script:
Chinese characters make a Chinese report, English function words an English one; kana (Japanese),
Hangul (Korean), other Latin-script languages and garbage are refused with one sentence. A file in a
legacy Chinese encoding (GBK, GB18030) is refused, not guessed at: it is named and the user re-saves it
as UTF-8, so offsets always count the characters of one unambiguous text.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..contract.errors import ReportInputError
from . import LANGUAGES
from . import words as vocab

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
LANGUAGE_NAMES = {"en": "English", "zh": "Chinese"}
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|span|table|br|meta|script)\b", re.I)
_ENGLISH_FUNCTION_WORDS = vocab.words("function_words")


def check_text(text: str, name: str = "the text", language: str | None = None) -> str:
    """The language of `text` ('en' or 'zh'); raise ReportInputError when it is not a report we can read.

    `language` forces the reader (`--language`); the text must still be plain text, but a forced
    language is trusted, since a user may know better than the script count (a short excerpt)."""
    _check_plain(text, name)
    if language is not None:
        return check_language(language)
    return detect_language(text, name)


def check_language(language: str) -> str:
    """A language code we read, or one sentence naming the ones we do."""
    code = str(language).strip().lower()
    if code not in LANGUAGES:
        known = ", ".join(f"{c} ({LANGUAGE_NAMES[c]})" for c in LANGUAGES)
        raise ReportInputError(f"language {language!r} is not read by this toolkit; use one of {known}.")
    return code


def _check_plain(text: str, name: str) -> None:
    """Refuse what is not plain text: empty, binary, PDF or HTML."""
    if not text.strip():
        raise ReportInputError(f"{name} is empty (or only whitespace); pass the text of a work report.")
    if "\x00" in text or _control_share(text) > 0.01:
        raise ReportInputError(f"{name} looks like a binary file, not text; pass the report as a UTF-8 .txt file.")
    head = text.lstrip()[:2000]
    if head.startswith("%PDF"):
        raise ReportInputError(f"{name} is a PDF; convert it to plain text first (for example with pdftotext) and pass the .txt file.")
    if len(_HTML.findall(text[:20000])) >= 2 or head.lower().startswith(("<!doctype html", "<html")):
        raise ReportInputError(f"{name} looks like an HTML page; save the report's text as a plain .txt file and pass that.")


def detect_language(text: str, name: str = "the text") -> str:
    """'zh' or 'en' from the script of the first 100,000 characters; other languages are refused."""
    sample = text[:100000]
    han, kana, hangul = len(_HAN.findall(sample)), len(_KANA.findall(sample)), len(_HANGUL.findall(sample))
    if kana > 0.05 * max(han, 1) and kana >= 20:
        raise ReportInputError(f"{name} is Japanese-language text; this toolkit reads work reports in English or Chinese.")
    if hangul > han and hangul >= 20:
        raise ReportInputError(f"{name} is Korean-language text; this toolkit reads work reports in English or Chinese.")
    if han and _cjk_share(sample) > 0.3:
        return "zh"
    words = [w.lower() for w in _LATIN_WORD.findall(text[:20000])]
    if len(words) >= 12 and sum(w in _ENGLISH_FUNCTION_WORDS for w in words) < 0.08 * len(words):
        raise ReportInputError(f"{name} does not look like English or Chinese text; this toolkit reads work reports in those two languages.")
    if not words:
        raise ReportInputError(f"{name} contains no words; pass the text of a work report.")
    return "en"


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)


def _cjk_share(sample: str) -> float:
    """Share of CJK characters among CJK and Latin letters."""
    cjk = len(_CJK.findall(sample))
    latin = sum(len(w) for w in _LATIN_WORD.findall(sample))
    return cjk / max(cjk + latin, 1)


def read_report(path: str | Path, language: str | None = None) -> str:
    """Return the report's text, or raise ReportInputError naming the problem (`language` as in check_text)."""
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
        raise ReportInputError(_not_utf8(p, raw, exc.start)) from None
    # Universal newlines, exactly as open(..., newline=None) would give.
    text = decoded.replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, name=str(p), language=language)
    return text


def _not_utf8(p: Path, raw: bytes, offset: int) -> str:
    """The sentence for a file that is not UTF-8, naming a legacy Chinese encoding when it reads as one."""
    try:
        legacy = raw[:200000].decode("gb18030")
    except UnicodeDecodeError:
        legacy = ""
    if legacy and _cjk_share(legacy) > 0.3:
        return (f"{p} is not UTF-8 but Chinese text in a legacy encoding (GBK/GB18030); "
                f"re-save it as UTF-8 and try again.")
    return f"{p} is not UTF-8 text (undecodable byte at offset {offset}); re-save it as UTF-8 and try again."
