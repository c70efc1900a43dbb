"""How alike two subjects are, in any script: the share of tokens they have in common.

English separates words with spaces, Chinese does not, so a token is chosen by script, run by run:
a run of Latin letters is one word ('pocket', 'r&d', 'high-tech'); a run of Chinese characters is cut
into its overlapping pairs of characters (高新技术企业 -> 高新 新技 技术 术企 企业), which carry most of
a Chinese word's meaning without a dictionary, and a run of one character is kept as it is. Digits and
punctuation are no tokens. Words that say nothing of what is measured (the place, 'new', articles) are
left out first, from the lists in analyse/<language>/subject_stop_words.csv; inside a Chinese run they
cut it, so that no pair of characters spans them. English text yields exactly the words it always did.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import words

# Latin words as the English matching has always read them, and runs of CJK ideographs.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[a-z&-]+|[{_CJK}]+")
_IS_CJK = re.compile(rf"[{_CJK}]")


@lru_cache(maxsize=None)
def _stop() -> tuple[frozenset[str], re.Pattern | None]:
    """The stop words: Latin ones to drop as whole words, CJK ones as a pattern that cuts a run."""
    stop = words.words("subject_stop_words")
    cjk = sorted((w for w in stop if _IS_CJK.search(w)), key=lambda w: (-len(w), w))
    return frozenset(w.lower() for w in stop), (re.compile("|".join(map(re.escape, cjk))) if cjk else None)


def _pairs(piece: str) -> set[str]:
    """A piece of Chinese text as its overlapping pairs of characters; a lone character as itself."""
    if len(piece) == 1:
        return {piece}
    return {piece[i:i + 2] for i in range(len(piece) - 1)}


def tokens(text: str) -> frozenset[str]:
    """The tokens of a subject, each run of text cut by its script (see the module's docstring)."""
    latin_stop, cjk_stop = _stop()
    out: set[str] = set()
    for run in _RUN.findall(str(text).lower()):
        if not _IS_CJK.match(run):
            if run not in latin_stop:
                out.add(run)
            continue
        for piece in (cjk_stop.split(run) if cjk_stop else [run]):
            if piece:
                out |= _pairs(piece)
    return frozenset(out)


def similarity(a: str, b: str) -> float:
    """Tokens in common over tokens in either (Jaccard), 0 when either subject has none: 1.0 for the same
    subject however it is spaced or prefixed with its place, 0.0 for subjects sharing nothing."""
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0
