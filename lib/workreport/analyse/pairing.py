"""What a target and a result are about, read so that two wordings of one thing can be recognised.

Word overlap with one threshold cannot pair a report: "sown area of grain" and "grain planting area"
share half their words, as do "affordable rental housing" and "placement-type affordable housing",
which are different things. So each claim is read for more than its subject:

- its subject as compared: wordings read alike first (analyse/<language>/subject_synonyms.csv), and a
  bare counted noun ("3,180 degrees were added") taking the subject of the figure before it in the
  sentence ("13 new public kindergartens"), since that is what it counts;
- its topic: the field of work its sentence names most (analyse/<language>/topics.csv), else the one
  most of its section's sentences name, because review and plan sections are not numbered alike
  (environment is I.5 in one part and II.6 in the other);
- its context: the words of the subject and of the clause after the figure ("200 kilometers of
  large and medium-sized repairs of rural roads"), for pairs the subjects alone do not show.

Words that make alike subjects different things (analyse/<language>/subject_contrasts.csv) forbid a pair.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import words
from .similarity import tokens

_CLAUSE = re.compile(r"[\d,;:，；：、。.]")
_TAIL = 60  # characters after a figure read as its context


@dataclass(frozen=True)
class Reading:
    """A claim as the matcher sees it: the subject's tokens (synonyms read alike), the counted noun,
    the topic and the context tokens."""
    subject: frozenset[str]
    counted: str
    topic: str        # the sentence's topic, else its section's
    own_topic: str    # the sentence's topic alone ('' when it names none)
    context: frozenset[str]
    text: str


def _phrase_pattern(phrase: str) -> re.Pattern:
    """A phrase as a pattern: whole words in Latin script, a plain substring in Chinese."""
    if re.match(r"[a-z]", phrase):
        return re.compile(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])")
    return re.compile(re.escape(phrase))


@lru_cache(maxsize=None)
def _synonyms() -> tuple[tuple[re.Pattern, str], ...]:
    rows = sorted(words.rows("subject_synonyms"), key=lambda r: -len(r[0]))
    return tuple((_phrase_pattern(r[0].lower()), r[1].lower()) for r in rows)


def read_alike(text: str) -> str:
    """The text with every listed wording replaced by the one it is read as."""
    out = str(text).lower()
    for pattern, reads_as in _synonyms():
        out = pattern.sub(reads_as, out)
    return out


@lru_cache(maxsize=None)
def _topic_words() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((_phrase_pattern(r[0].lower()), r[1]) for r in words.rows("topics"))


@lru_cache(maxsize=4096)
def sentence_topic(sentence: str) -> str:
    """The topic most of the sentence's topic words name; '' when none or when two tie. Remembered: a
    report's sentences each hold several claims, and both a claim and its section ask for the topic."""
    text = str(sentence).lower()
    counts = Counter(topic for pattern, topic in _topic_words() for _ in pattern.finditer(text))
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return ""
    return top[0][0]


def section_topics(claims: list[dict]) -> dict[str, str]:
    """Each section's topic: the one most of its claims' sentences name (sections with none: '')."""
    by_section: dict[str, Counter] = {}
    for c in claims:
        topic = sentence_topic(c["sentence"])
        if topic:
            by_section.setdefault(c["section"], Counter())[topic] += 1
    return {s: counts.most_common(1)[0][0] for s, counts in by_section.items()}


def contrast(a: str, b: str) -> str:
    """The group in which two subjects name different words ('housing type' for rental against
    placement housing), else ''."""
    la, lb = str(a).lower(), str(b).lower()
    for word, group in words.rows("subject_contrasts"):
        others = [w for w, g in words.rows("subject_contrasts") if g == group and w != word]
        if word in la and word not in lb and any(o in lb and o not in la for o in others):
            return group
    return ""


def _tail(c: dict) -> str:
    """The clause after the figure, up to the next number or clause mark."""
    offset = c["sentence_start"]
    tail = str(c["sentence"])[c["end"] - offset: c["end"] - offset + _TAIL]
    return _CLAUSE.split(tail)[0]


def _same_clause(c: dict, before: dict) -> bool:
    """Whether no semicolon or full stop stands between the figure before and this one."""
    offset = c["sentence_start"]
    between = str(c["sentence"])[before["end"] - offset: c["start"] - offset]
    return not re.search(r"[;；。]", between)


def _subject_text(c: dict, before: dict | None) -> str:
    """The subject, or for a bare counted noun the subject of the figure before it in the same clause."""
    subject = str(c["subject"])
    if before is not None and _same_clause(c, before) and not (tokens(read_alike(subject)) - tokens(read_alike(c["counted"]))):
        return f"{before['subject']} {subject}"
    return subject


def readings(claims: list[dict]) -> dict[int, Reading]:
    """Every claim read (see the module's docstring), by claim id."""
    topics = section_topics(claims)
    ordered = sorted(claims, key=lambda c: c["start"])
    out, previous = {}, {}
    for c in ordered:
        key = (c["sentence_start"], c["status"] == "target")
        text = read_alike(_subject_text(c, previous.get(key)))
        own = sentence_topic(c["sentence"])
        context = tokens(text) | tokens(read_alike(_tail(c)))
        out[int(c["claim_id"])] = Reading(tokens(text), read_alike(c["counted"]), own or topics.get(c["section"], ""),
                                          own, context, text)
        previous[key] = c
    return out


def likeness(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two token sets are: tokens in common over tokens in either, or, when at least two are
    shared, over the tokens of the shorter (a subject worded inside a longer one: "resolution rate of
    contradictions and disputes" inside the same "... and letters and visits account cases")."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    jaccard = shared / len(a | b)
    return max(jaccard, shared / min(len(a), len(b))) if shared >= 2 else jaccard


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Tokens in common over tokens in either (0 when either is empty): how nearly two wordings are one."""
    return len(a & b) / len(a | b) if a and b else 0.0
