"""Finding a few characters or words in a long text, shared by the readers of every language.

str.find runs many times faster than a regex scan with a character class, above all over Chinese text,
and the characters looked for (sentence ends, clause marks, digits) are few in a report. English words
are looked for in the text lowered (lowered), by str.find of each word (find_words) or of the words no
other starts with (root_words).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from types import MappingProxyType

import numpy as np


def positions(text: str, chars: str, a: int = 0, b: int | None = None) -> list[int]:
    """Where any of `chars` stands in text[a:b], in order (offsets into `text`)."""
    end = len(text) if b is None else b
    out = []
    for ch in chars:
        i = text.find(ch, a, end)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1, end)
    out.sort()
    return out


DIGITS = "0123456789０１２３４５６７８９"   # ASCII and full-width digits: the digits reports are written in


def runs(offsets: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each run of consecutive offsets, in order."""
    out: list[tuple[int, int]] = []
    for i in offsets:
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of decimal digits, in order: every digit of a text must lie in one mention,
    those of other scripts too ('٣', '१'), which a text that is not plain ASCII may hold."""
    if text.isascii():
        return runs(positions(text, DIGITS[:10]))
    others = "".join(c for c in _utf8_and_beyond(text)[1] if c.isdecimal() and c not in DIGITS)
    return runs(positions(text, DIGITS + others))


_ASCII_BYTES = bytes(range(128))


@functools.lru_cache(maxsize=2)
def _utf8_and_beyond(text: str) -> tuple[bytes, frozenset[str]]:
    """A text's UTF-8 bytes (a lone surrogate, which a str may hold, encoded too rather than refused) and the
    characters of it that are not ASCII: its bytes less the ASCII ones are theirs alone, so three passes in C
    give them, many times quicker than looking at every character. Cached for the last two texts: the reader
    of a report's parts and the finder of its numbers both ask it of the whole report, and for a report of
    75,000 characters the passes cost about a million and a half instructions."""
    data = text.encode("utf-8", "surrogatepass")
    return data, frozenset(data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))


# Letters that a case-blind pattern equates with an ASCII letter but str.lower does not turn into one (İ lowers
# to two characters, i and a combining dot), each mapped to the ASCII letter the pattern equates it with.
FOLDS_ODDLY = ("\u0130", "\u0131", "\u017f", "\u212a")
_ODD_FOLDS = MappingProxyType(str.maketrans(dict(zip(FOLDS_ODDLY, "iisk"))))


@functools.lru_cache(maxsize=2)
def lowered(text: str) -> str:
    """The text lowered for finding ASCII words in it, offset for offset: a word found in it with str.find
    stands where a case-blind pattern finds it in the text. Where every character beyond ASCII lowers to one
    character beyond ASCII that is a letter or digit as it was, only its ASCII letters are lowered (its UTF-8
    bytes', in C), in half the time of text.lower(); else the letters of FOLDS_ODDLY are first written as the
    ASCII letters a pattern equates them with, so that the text keeps its length when lowered (İ alone lowers
    to two characters: a word after it was looked for one character too far) and those letters match as the
    pattern's do. Cached for the last two texts, as the readers of parts and of numbers both lower the whole
    report."""
    if text.isascii():
        return text.lower()
    data, beyond = _utf8_and_beyond(text)
    if not beyond.isdisjoint(FOLDS_ODDLY) or not all(map(_lowers_alike, beyond)):
        return text.translate(_ODD_FOLDS).lower()   # (ı and ſ lower alike, to themselves, yet fold to i and s)
    return data.lower().decode("utf-8", "surrogatepass")


def _lowers_alike(ch: str) -> bool:
    """Whether a character beyond ASCII lowers to one character beyond ASCII, a letter or digit as it was."""
    low = ch.lower()
    return len(low) == 1 and not low.isascii() and low.isalpha() == ch.isalpha() and low.isalnum() == ch.isalnum()


def find_words(lowered: str, words) -> list[int]:
    """Where any of the lowercase `words` starts in `lowered`, in order, each offset once: str.find per word
    runs many times faster than a pattern of the words, which tries its first letters everywhere."""
    out = set()
    for word in words:
        i = lowered.find(word)
        while i >= 0:
            out.add(i)
            i = lowered.find(word, i + 1)
    return sorted(out)


def root_words(words) -> tuple[str, ...]:
    """The lowercase words no other of `words` starts with ("seven", not "seventy"), in order: wherever any
    of the words starts, one of these does, so finding these finds every word's start."""
    low = list(dict.fromkeys(w.lower() for w in words))
    return tuple(w for w in low if not any(v != w and w.startswith(v) for v in low))


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int], end: int | None = None) -> Iterator[re.Match]:
    """What pattern.finditer(text, 0, end) finds where every match starts at one of `starts` (in order): each
    start before `end` is tried, none inside a match found before it. For a pattern that can only start at a
    few marks (a quotation mark, a numeral, a word) found with str.find: searched over a whole text, a pattern
    tries every character of it."""
    stop = len(text) if end is None else end
    after = 0
    for i in starts:
        if i >= stop:
            return
        if i >= after:
            m = pattern.match(text, i, stop)
            if m is not None:
                yield m
                after = m.end()


def code_points(text: str) -> np.ndarray:
    """The text's characters as a read-only array of their code points, one per character: UTF-16 holds one
    unit per character of a text without characters beyond the Basic Multilingual Plane (most reports: half
    the memory and time), UTF-32 of any text."""
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(text):
        return np.frombuffer(data, dtype="<u2")
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
