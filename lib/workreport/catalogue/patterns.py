"""Literal word lists as one regex: the catalogue's aliases and the readers' word lists both need it.

It lives in the catalogue, the lowest layer that matches words, so that the readers above can share it.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator


def alternation(items: Iterable[str], whole: Iterable[str] = (), fold: bool = False) -> str:
    """A regex matching any of the literal words, a longer word before its own prefix; the words in
    `whole` must end a word there (a `\\b` after them). Common prefixes are factored into a trie
    ("increas(?:e(?:d|s)?|ing)"), since Python's regex engine tries a flat alternation one word at a
    time. `fold` lowercases the words, for a case-insensitive pattern, so that no two branches differ
    only in case."""
    ends = frozenset(whole)
    trie: dict = {}
    for word in items:
        node = trie
        for ch in (word.lower() if fold else word):
            node = node.setdefault(ch, {})
        node[""] = node.get("", False) or word in ends
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    """The pattern of a trie node: its branches, longest first, then the end of a word if one ends here."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    end = r"\b" if node[""] else ""
    if not branches:
        return end
    if end:
        return "(?:" + "|".join(branches + [end]) + ")"
    return "(?:" + "|".join(branches) + ")?"


class Gated:
    """A compiled pattern that runs only where a text holds one of its gates: substrings every match must
    contain (digits, or lower-case words the text is lowered for). Most clauses the readers ask about name
    no span of years, no base year and no plan; a substring test tells so some ten to twenty times faster
    than a case-blind pattern tried at every position. A gate must be exact, or the pattern would miss a
    match: it is a part every match spells the same way, so a lower-case gate avoids the letters re.I
    matches in other forms too (i as 'ı', s as 'ſ')."""

    __slots__ = ("compiled", "gates", "fold")

    def __init__(self, compiled: re.Pattern, *gates: str):
        if not gates or any(not g or g != g.lower() for g in gates):
            raise ValueError(f"gates must be non-empty lower-case substrings, not {gates!r}")
        self.compiled = compiled
        self.gates = gates
        self.fold = any(c.isalpha() for g in gates for c in g)   # digits and marks need no lowering

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def _open(self, text: str, pos: int, endpos: int | None) -> bool:
        part = text if pos == 0 and endpos is None else text[pos:endpos]
        if self.fold:
            part = part.lower()
        for gate in self.gates:   # a loop, not any(): this runs thousands of times a report
            if gate in part:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if endpos is None:   # the common call, its gate test written out: a search is asked thousands of times a report
            part = text[pos:] if pos else text
            if self.fold:
                part = part.lower()   # after the slice: lowering can lengthen a text ('İ')
            for gate in self.gates:
                if gate in part:
                    return self.compiled.search(text, pos)
            return None
        return self.compiled.search(text, pos, endpos) if self._open(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if not self._open(text, pos, endpos):
            return None
        return self.compiled.match(text, pos) if endpos is None else self.compiled.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        if not self._open(text, pos, endpos):
            return iter(())
        return self.compiled.finditer(text, pos) if endpos is None else self.compiled.finditer(text, pos, endpos)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self._open(text, 0, None) else text


# Letters a case-blind pattern also matches in other forms that lowering a text does not give ('ı' for i,
# 'ſ' for s): a gate never holds them, so that it can never turn away a match.
_UNSURE_LETTERS = frozenset("is")


def gates_for(words: Iterable[str], size: int = 4, most: int = 6) -> tuple[str, ...]:
    """At most `most` lower-case substrings of `size` characters, one of which every word holds: the gates of a
    pattern made of the words (see Gated). Chosen greedily, the most shared first; () when the words allow
    no such few, and then the pattern is best run ungated."""
    left = sorted({w.lower() for w in words})
    gates: list[str] = []
    while left:
        counts: dict[str, int] = {}
        for w in left:
            for part in {w[i:i + size] for i in range(len(w) - size + 1)}:
                if not (_UNSURE_LETTERS & set(part)) and " " not in part:
                    counts[part] = counts.get(part, 0) + 1
        if not counts or len(gates) == most:
            return ()
        best = max(sorted(counts), key=counts.__getitem__)
        gates.append(best)
        left = [w for w in left if best not in w]
    return tuple(gates)


def endings_for(words: Iterable[str], size: int = 2) -> frozenset[str] | None:
    """The lower-case last `size` characters of each word: a text a case-blind pattern of the words must end
    (before spaces) can be told to end otherwise by a look at its own last characters, lowered. None where an
    ending holds a letter re.I matches in other forms too (see Gated), which lowering would not find."""
    ends = frozenset(w[-size:].lower() for w in words)
    return None if any(_UNSURE_LETTERS & set(e) for e in ends) else ends


def gated(compiled: re.Pattern, words: Iterable[str]) -> "re.Pattern | Gated":
    """The pattern of `words`, gated by substrings of them where a few cover every word, else as it is."""
    gates = gates_for(words)
    return Gated(compiled, *gates) if gates else compiled
