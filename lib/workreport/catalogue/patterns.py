"""Literal word lists as one regex: the catalogue's aliases and the readers' word lists both need it.

It lives in the catalogue, the lowest layer that matches words, so that the readers above can share it.
"""
from __future__ import annotations

import re
from typing import Iterable


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
