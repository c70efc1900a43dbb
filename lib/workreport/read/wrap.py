"""Hard-wrapped text: a paragraph broken into lines of some seventy characters by the tool that saved it.

Reports write one paragraph to a line, and the readers take a line for a paragraph; a text copied from an
e-mail, a terminal or a PDF tool may instead break every paragraph into short lines. Read as it is, each of
those lines is a paragraph, a sentence and a figure's clause end at every line break ("5" on one line,
"billion yuan" on the next), and a wrapped report loses claims and their subjects. `unwrapped` gives the text
with every line break inside a paragraph read as a space: one character for one, so every offset is the
text's as read.
"""
from __future__ import annotations

import re

from . import words as vocab
from .words import alternation

# A text is taken for hard-wrapped when at least this many of its lines hold text, nearly all of them (all but
# _LONG_SHARE) at most _WIDTH_MAX characters long, and at least _SOFT_SHARE of the breaks between two lines of
# text are ones a wrapping tool makes (the next line's first word would not have fit on the line before).
_LINES_MIN = 12
_WIDTH_MAX = 110
_LONG_SHARE = 0.05
_SOFT_SHARE = 0.5
# A line opening with a heading's or a list item's mark starts anew however full the line before it is:
# "II. Major Targets", "(3) We will", "1. Expanding", "• Grain output", "- ", "Part Two", "Chapter 3" (a heading
# word followed by its number: "Part of the revenue" goes on a sentence).
_MARKS = "".join(sorted(vocab.words("list_marks")))
_HEADING_NUMBER = rf"(?:[IVXLC]+|\d+|{alternation(vocab.words('number_words') | vocab.words('ordinal_words'), fold=True)})\b"
_OPENS_ANEW = re.compile(rf"[ \t]*(?:[IVXLC]+\.|\(?\d{{1,2}}[.)](?!\d)|\([a-z\d]{{1,3}}\)|[{re.escape(_MARKS)}][ \t]"
                         rf"|(?:{alternation(vocab.words('heading_openers'))})[ \t]+(?i:{_HEADING_NUMBER}))")


# A line that ends a sentence before one that opens another may end its paragraph too: that break is kept (the
# sentence ends there either way).
_ENDS_SENTENCE = re.compile(r"[.!?;:][\"”’)]*$")
_OPENS_SENTENCE = re.compile(r"[ \t]*[\"“‘(]*[A-Z0-9]")


def unwrapped(text: str) -> str:
    """The text with each line break inside a hard-wrapped paragraph written as a space, or the text itself
    where it is not hard-wrapped (every bundled report: one paragraph to a line). A break is inside a paragraph
    where the line after it holds text, opens with no heading's or list item's mark, and its first word would
    not have fit on the line before within the text's width: a wrapping tool breaks a line only there, and a
    paragraph's last line ends short of the width, or a blank line or a heading follows it. A full line that
    ends a sentence before a line that opens one keeps its break, since it may end a paragraph too: the
    sentence ends there either way, and only what is read per paragraph sees the paragraph cut."""
    if len(text) > 2 * _WIDTH_MAX * (text.count("\n") + 1):
        return text   # lines of hundreds of characters on average: no wrapped text's (told without splitting it)
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    soft = _soft_breaks(lines, width)
    if len(soft) < _SOFT_SHARE * _text_breaks(lines):
        return text
    chars = list(text)
    for at in soft:
        chars[at] = " "
    return "".join(chars)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text's lines were broken at (its longest line but the few longest), or None
    where its lines are too few or too long to be wrapped ones."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < _LINES_MIN:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * (1 - _LONG_SHARE)))]
    return width if width <= _WIDTH_MAX else None


def _soft_breaks(lines: list[str], width: int) -> list[int]:
    """The offsets of the line breaks a wrapping tool made at `width`."""
    out = []
    at = -1
    for line, nxt in zip(lines, lines[1:]):
        at += len(line) + 1   # the offset of the break after `line`
        body = line.rstrip()
        if not body or not nxt.strip() or _OPENS_ANEW.match(nxt):
            continue
        full = len(body) + 1 + len(nxt.split(None, 1)[0]) > width   # its next word would not have fit
        if full and not (_ENDS_SENTENCE.search(body) and _OPENS_SENTENCE.match(nxt)):
            out.append(at)
    return out


def _text_breaks(lines: list[str]) -> int:
    """How many line breaks stand between two lines that hold text."""
    return sum(1 for line, nxt in zip(lines, lines[1:]) if line.strip() and nxt.strip())
