"""Which code reads which language: one reader per language, all writing the same datasets.

A reader is three steps (structure, every number, the claims among them). The English reader is the
modules beside this one, with its words in read/en/; the Chinese reader is the package read/zh/, with its
words beside its code. A language is loaded only when a report in it is read, so reading English never
pays for compiling the Chinese patterns.
"""
from __future__ import annotations

import importlib
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from . import LANGUAGES

# module of each step, per language: (structure, numbers, claims)
_MODULES = {
    "en": ("workreport.read.document", "workreport.read.mentions", "workreport.read.claims"),
    "zh": ("workreport.read.zh.structure", "workreport.read.zh.numbers", "workreport.read.zh.claims"),
}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NOT_HAN = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
_LETTERS = string.ascii_letters.encode("ascii")


@dataclass(frozen=True)
class Reader:
    """The three steps of reading one language."""
    language: str
    parse_document: Callable
    find_mentions: Callable
    build_claims: Callable


@lru_cache(maxsize=None)
def reader_for(language: str) -> Reader:
    """The reader of `language` ('en' or 'zh'); a language we do not read raises ValueError."""
    if language not in LANGUAGES or language not in _MODULES:
        raise ValueError(f"no reader for language {language!r}; languages read: {', '.join(LANGUAGES)}")
    structure, numbers, claims = (importlib.import_module(m) for m in _MODULES[language])
    return Reader(language, structure.parse_document, numbers.find_mentions, claims.build_claims)


def guess_language(text: str) -> str:
    """'zh' when Chinese characters outnumber Latin letters in the text's head, else 'en'.

    This never refuses anything: the library call on text reads what it is given. Files are checked
    (and other languages refused with a sentence) when they are read, in loading.py."""
    head = text[:20000]
    if _HAN.search(head) is None:
        return "en"   # most English reports hold no Chinese character: no need to count their letters
    # counted without making a string per character: what is left once every other character is cut out,
    # and the ASCII letters bytes.translate deletes (both in C, about five times faster than findall and
    # a str.count per letter)
    han = len(_NOT_HAN.sub("", head))
    raw = head.encode("utf-8", "surrogatepass")
    return "zh" if han > len(raw) - len(raw.translate(None, _LETTERS)) else "en"
