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
# What a language's text is read as before its three steps, where it is not read as it is: an English text
# hard-wrapped into short lines has its line breaks inside a paragraph read as spaces (read/wrap.py). A Chinese
# text's structure reader joins its soft line breaks itself.
_PREPARE = {"en": ("workreport.read.wrap", "unwrapped")}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NOT_HAN = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
_LETTERS = string.ascii_letters.encode("ascii")


@dataclass(frozen=True)
class Reader:
    """The three steps of reading one language, and what its text is read as before them (`prepare`: the text,
    one character for one, so that every offset is the text's as read)."""
    language: str
    parse_document: Callable
    find_mentions: Callable
    build_claims: Callable
    prepare: Callable[[str], str]


@lru_cache(maxsize=None)
def reader_for(language: str) -> Reader:
    """The reader of `language` ('en' or 'zh'); a language we do not read raises ValueError."""
    if language not in LANGUAGES or language not in _MODULES:
        raise ValueError(f"no reader for language {language!r}; languages read: {', '.join(LANGUAGES)}")
    structure, numbers, claims = (importlib.import_module(m) for m in _MODULES[language])
    module, name = _PREPARE.get(language, (__name__, "as_written"))
    prepare = getattr(importlib.import_module(module), name)
    return Reader(language, structure.parse_document, numbers.find_mentions, claims.build_claims, prepare)


def as_written(text: str) -> str:
    """A text read as it is written (the `prepare` step of a language that needs none)."""
    return text


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
