"""From candidate mentions to quantitative claims: kind, subject, period, status, indicator.

Rules work on the clause around each figure. The subject is the noun phrase
before the verb ("the regional GDP will increase by ...") or, for counts, the
noun counted after the number ("13 new public kindergartens"). "Respectively"
lists pair figures with list items in order; a bare "an increase of 15.1%"
belongs to the figure just before it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import NamedTuple

from ..catalogue import Matcher, match_indicator, matcher_for
from ..contract.categories import KINDS, QUALIFIERS, STATUSES, UNITS  # noqa: F401 (re-exported for readers)
from . import words as vocab
from .document import Document, Sentence
from .mentions import MULTIPLIED_LEVEL, Mention, is_negative
from .periods import (FROM_END, TARGET_ROLES, Figure, in_plan_frame, opens_in_the_past, opens_one_year,
                      opens_with_a_past_time, reading_role, years_and_span)
from .words import Gated, alternation, endings_for, gated, looks_plural



@dataclass
class Claim:
    claim_id: int
    start: int
    end: int
    expr: str
    value: float
    value_high: float | None
    value_stretch: float | None
    unit: str
    counted: str
    kind: str
    qualifier: str
    direction: str
    period: int | None
    period_start: int | None
    span: str
    base_period: int | None
    status: str
    subject: str
    indicator: str
    section: str
    sentence: str
    sentence_start: int
    sentence_end: int
    part: str


def claim_of(c: Mention, r, stretch: float | None, dates: tuple, indicator: str, sent: Sentence,
             sentence: str) -> Claim:
    """The claim of a figure, as both readers make it: its mention `c`; `r`, what its sentence says of it (any
    reading with counted, kind, direction and subject); its stretch aim; `dates`, (period, period_start, span,
    base_period, status); its indicator; its sentence and that sentence's text. Claim's fields are passed by
    position, in order: a call naming its 24 fields cost about four times as much per claim (a field out of
    place breaks every claim test, and one test holds each field to the figure it comes from)."""
    period, period_start, span, base, status = dates
    return Claim(0, c.start, c.end, c.text, c.value, c.value_high, stretch,              # claim_id .. value_stretch
                 c.unit, r.counted, r.kind, c.qualifier, r.direction,                   # unit .. direction
                 period, period_start, span, base, status,                              # period .. status
                 r.subject, indicator, sent.section, sentence,                          # subject .. sentence
                 sent.start, sent.end, sent.role)                                       # sentence_start .. part


# Word lists (read/en/*.csv) and the patterns built from them; the patterns' structure is here.
_TRAILING_WORDS = vocab.words("trailing_words") | vocab.words("figure_adverbs")
_LEADING_WORDS = vocab.words("leading_words")
# Verbs among the leading words: after a plural noun they end the noun phrase ("120 enterprises completed ...").
_VERBISH = frozenset(vocab.where("leading_words", "verb", "yes"))
_DETERMINERS = vocab.words("determiners")
_LIST_ADJECTIVES = vocab.words("list_adjectives")
_PRONOUN_SUBJECTS = vocab.words("pronoun_subjects")
_MEASURE_WORDS = vocab.words("measure_words")
_NP_STOP = vocab.words("np_stop_words")
_MODALS = vocab.words("modals")
_TIME_PREPS = vocab.words("time_prepositions")
_CLAUSE_OPENERS = vocab.words("clause_openers")
_TIME_FRAME_WORDS = vocab.words("time_frame_words")
_HEDGES = vocab.words("hedges")
_IRREGULAR_PAST = vocab.words("irregular_verbs")
_INSERT_OPENERS = vocab.words("inserted_phrase_openers")
_RELATIVE_PRONOUNS = vocab.words("relative_pronouns")
_MULTIPLE_WORDS = vocab.words("multiple_words")
_BARE_CHANGE = vocab.words("bare_change_words")
_BARE_GROWTH = vocab.column("bare_growth_words", "role")
_BARE_GROWTH_AS = next((w for w, role in _BARE_GROWTH.items() if role == "reads_as"), "")
_BARE_GROWTH_AFTER = re.compile(rf"\s*(?:{alternation(vocab.where('bare_growth_words', 'role', 'growth'), fold=True)})\b", re.I)
_ACCOMPANYING = vocab.words("accompanying_openers")
_ANNUAL_SPAN = frozenset(vocab.where("span_words", "use", "annual"))
# "grew by an average of 21.5 percent a year and R&D intensity rose to": the rate's own words, not the next subject's
_ANNUAL_AFTER = re.compile(rf"\s*(?:{alternation(_ANNUAL_SPAN, fold=True)})\b", re.I)
_POSSESSIVE_OPENING = re.compile(rf"\b(?:{alternation(vocab.words('possessive_pronouns'), fold=True)})\s+[^,;]*$", re.I)
_SHARED_TAIL = re.compile(rf"\s(?:{alternation(vocab.words('shared_tail_words'), fold=True)})\s.*$", re.I)
_STRETCH_WORDS = vocab.words('stretch_words')
_STRETCH_GAP = re.compile(rf"\s*(?:[a-z]+\s+[a-z]+\s*)?[,;]?\s*(?:and\s+)?(?:[a-z]+\s+){{0,2}}(?:{alternation(_STRETCH_WORDS, fold=True)})\s+", re.I)
# The text between a target and its stretch figure ends with a stretch phrase ("striving for"): most texts between
# two figures end otherwise, which their last two letters tell before the pattern backs off over their words.
_STRETCH_ENDS = endings_for(_STRETCH_WORDS)
_BEFORE_MAX = 400   # how far back in its paragraph a sentence may continue a frame of years
_OPENING_IN_YEAR = re.compile(r"^\s*in\s+(?:19|20)\d\d\b(?![-–])", re.I)
_YEAR_AFTER = re.compile(r"\s+in\s+((?:19|20)\d\d)\b(?![-–])", re.I)
_FIGURE_YEARS = MappingProxyType({w: (int(r), int(t)) for w, r, t in vocab.rows("figure_years")})
_FIGURE_YEAR = re.compile(rf"\s*({alternation(_FIGURE_YEARS, fold=True)})\b", re.I)
_PAST_TARGET = re.compile(rf"\b({alternation(_FIGURE_YEARS, fold=True)})['’]s\s+(?:[a-z-]+\s+){{0,2}}"
                          rf"(?:{alternation(vocab.words('recalled_target_words'), fold=True)})\s*$", re.I)
_THIS_YEAR = re.compile(rf"\b(?:{alternation(vocab.words('this_year_words'), fold=True)})(?![\w-])", re.I)
_RECALLED = gated(re.compile(rf"\b(?:{alternation(vocab.words('recalled_target_words'), fold=True)})\b", re.I),
                  vocab.words('recalled_target_words'))
# "increase investment by 17 percent and retail sales by 14.5 percent": the verb left out before the second,
# after "and" or a comma ("GDP will grow by about 7 percent annually on average, general public budget revenue by 8
# percent a year")
_GAPPED_BY = re.compile(r"\s*(?:[a-z]+(?:\s+[a-z]+){0,2}\s*)?(?:,\s*(?:and\s+)?|\s*and\s+)(?:[^,;.\d]{1,60}?\s+)?by\s+"
                        r"(?:an?\s+[a-z]+\s+of\s+)?", re.I)
# "rose 7.2 percent, exports, 4.6 percent, and imports 3.1 percent": a measure's name alone between two figures
_GAPPED_LABEL = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)([A-Za-z][A-Za-z'’ -]{0,58}[A-Za-z])\s*,?\s*")
_GAP_NON_LABELS = vocab.words("gapped_name_stops")
_APPOSED_GAP = re.compile(rf"\s*,\s*(?:{alternation(vocab.words('apposed_change_words'), fold=True)})\s+", re.I)
_JOINED = re.compile(rf"\b(?:{alternation(vocab.words('joined_nouns'), fold=True)})\b", re.I)
_CHANGE_OR_LEVEL_VERBS = vocab.words("growth_words") | frozenset(w for w in vocab.words("level_verbs") if " " not in w)


def _whole_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(all words, those that must end a word) of a list with a whole_word column."""
    flags = vocab.column(name, "whole_word")
    return frozenset(flags), frozenset(k for k, v in flags.items() if v == "yes")


_BOUNDARY = re.compile(r",(?!\d{3}\b)|[;:(]|\s[-—–]\s")
_THOUSANDS_AFTER = re.compile(r"\d{3}\b")   # the digits after a comma that is a thousands separator
_SPACED_DASH = re.compile(r"\s[-—–]\s")
_CUT = re.compile(rf"\b(?:{alternation(_CLAUSE_OPENERS, fold=True)})\s+", re.I)
_RATE_PHRASE = alternation(vocab.words("rate_phrases"), fold=True).replace("\\ ", r"\s+")
_RATE_END = gated(re.compile(rf"\s+{_RATE_PHRASE}\s*$", re.I), vocab.words("rate_phrases"))
_GROWTH_TAIL = re.compile(rf"\b(?:{alternation(vocab.words('growth_words'), fold=True)})"
                          rf"(?:\s+(?:by|of|at|in)|\s+{_RATE_PHRASE})?\s*$", re.I)
_CHANGE_WORD = re.compile(rf"\b(?:{alternation(*_whole_words('falling_words'), fold=True)}|{alternation(vocab.words('growth_words'), vocab.words('growth_words'), fold=True)})", re.I)
_CHANGE_TO = re.compile(_CHANGE_WORD.pattern + r"\w*\s+to\s*$", re.I)
_GROWTH_AFTER = re.compile(rf"\s*(?:{alternation(*_whole_words('growth_after'), fold=True)})", re.I)
_GROWTH_NOUN = re.compile(rf"\b(?:{alternation(vocab.words('growth_nouns'), fold=True)})s?\b", re.I)
_GROWTH_VERB = re.compile(rf"\b(?:{alternation(vocab.words('growth_verbs'), fold=True)})\b", re.I)
_SHARE_WORDS = re.compile(rf"\b(?:{alternation(*_whole_words('share_words'), fold=True)})", re.I)
_RATIO = re.compile(r"\brecover\w*\s+to\s*$|\bequivalent to\s*$|\bas much as\s*$", re.I)
_RATIO_AFTER = re.compile(
    r"\s*(?:of|at)\s+(?:the\s+)?(?:same period (?:of|in)\s+)?(?:19|20)\d\d\b|\s*in\s+the\s+same period (?:of|in)\s+(?:19|20)\d\d\b"
    r"|\s*of (?:the|its) (?:pre-\w+\s+)?level"
    r"|\s*of (?:that|those|the level|the figure) (?:of|in) (?:the same period (?:of|in) )?(?:19|20)\d\d\b", re.I)
_DOWN = re.compile(rf"\b(?:{alternation(*_whole_words('falling_words'), fold=True)})", re.I)
# "GDP growth of 4.8 percent fell short of the target": a falling word that says no change fell
_NO_FALL = re.compile(rf"\b(?:{alternation(vocab.words('no_fall_phrases'), fold=True)})\b", re.I)
_COPULA_END = re.compile(rf"\b(?:{alternation(vocab.where('level_verbs', 'kind', 'copula'), fold=True)})\s*$", re.I)
_STRONG_LEAD = re.compile(rf"\b(?:{alternation(vocab.where('level_verbs', 'kind', 'rises_to'), fold=True)})\s+to\s*$", re.I)
_CHANGE_RISES_TO = re.compile(rf"\b(?:{alternation(vocab.words('growth_nouns'), fold=True)})s?(?:\s+rates?)?\s+\w+\s+to\s*$", re.I)
_ESTIMATE = re.compile(rf"\b(?:{alternation(_HEDGES, fold=True)})", re.I)
_TOKEN = re.compile(r"\"[^\"]{1,80}\"|“[^”]{1,80}”|[A-Za-z][A-Za-z0-9&'’/-]*|\d+[A-Za-z][A-Za-z0-9&'’/-]*|\d[\d,.]*"
                    r"|[,;:.()!?]|\S")
_WORDS = re.compile(r"\"[^\"]{1,80}\"|“[^”]{1,80}”|[A-Za-z0-9][A-Za-z0-9&'’/-]*(?:[.,]\d+)*")
# (gated: a text without the first digits of a year holds no base year, nor a year reached or named)
_YEAR_CUE = Gated(re.compile(
    rf"\b(?:{alternation(vocab.words('base_year_cues'), fold=True)})\s+(?:the\s+)?(?:end of\s+)?((?:19|20)\d\d)\b", re.I), "19", "20")
# "4.7 percent compared with 2019": a percentage measured against a base year is a change since it
_BASE_AFTER = re.compile(r"\s*" + _YEAR_CUE.pattern, re.I)
# "the fastest growth since 2013": a record's reach, no base; the record word stands just before the cue
_RECORD_BEFORE = re.compile(rf"\b(?:{alternation(vocab.words('record_words'), fold=True)})\b[^,;.\d]{{0,30}}$", re.I)
_RATIO_YEAR = re.compile(r"\b(?:of|in|at|than|with)\s+(?:the\s+)?(?:same period (?:of|in)\s+)?((?:19|20)\d\d)\b", re.I)
_BY_YEAR = Gated(re.compile(r"\bby (?:the end of )?((?:19|20)\d\d)\b", re.I), "by 19", "by 20", "of 19", "of 20")
_NUMBER_OF = re.compile(r"\bnumber of ((?:[\w&'-]+\s*){1,6})", re.I)
# Substrings one of which every hedge, clause opener and time-frame word holds: cheap tests before a
# pattern is tried. They stay as they were written, mostly without the first letter so that a capital
# passes too; tests/test_words.py checks each listed phrase holds one.
_HEDGE_HINTS = ("stimat", "xpect", "reliminar", "rojected", "nticipat")
_OF_TO_END = re.compile(r"\b(?:of|to)\s*$")
_PLAIN_NUMBER = re.compile(r"^\d[\d,.]*$")
_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*(?:and|or))\s*")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# An article opening the figure's own phrase: "rose by a mere 0.2 percent", "hit a record 650 million tons".
# An adverb opening it: "rose by just 0.2 percent", "grew by only 3%".
_FIGURE_ADVERBS = vocab.words("figure_adverbs")
_FIGURE_PHRASE = re.compile(rf"\s+(?:an?(?:\s+[\w-]+){{0,2}}|{alternation(_FIGURE_ADVERBS, fold=True)})\s*$", re.I)
_PREP = re.compile(r"\b(?:to|of|in|for|with|from|on)\s+", re.I)


def _clean_words(words: list[str]) -> list[str]:
    return [w.strip("\"“”") for w in words if w.strip("\"“” \t\u00a0")]


def _lead_window(text: str, lo: int, hi: int) -> str:
    """The clause text just before a figure, from the last clause boundary."""
    window = text[lo:hi]
    window = window[_last_boundary(window):]
    if any(h in window for h in _CUT_HINTS):
        window = _after_last_cut(window)
    return window


def _last_boundary(window: str) -> int:
    """Where the text after the last clause boundary starts (_BOUNDARY: ';', ':', '(', a comma that is no
    thousands separator, a dash between spaces), found from the end with string searches: a regex scan of
    the whole window, kept only for its last match, took a third of the time of reading a figure's lead.
    A dash's match holds no other boundary's character, so each kind's last one can be found apart."""
    cut = max(window.rfind(";"), window.rfind(":"), window.rfind("(")) + 1
    comma = window.rfind(",")
    while comma >= cut:
        if not _THOUSANDS_AFTER.match(window, comma + 1):
            cut = comma + 1
            break
        comma = window.rfind(",", 0, comma)
    if "-" in window or "—" in window or "–" in window:
        for m in _SPACED_DASH.finditer(window, cut):
            cut = m.end()
    return cut


def _after_last_cut(window: str) -> str:
    """The window after the last word that opens a new clause in it ("which", "so as to"), if any."""
    last = None
    for last in _CUT.finditer(window):
        pass
    return window[last.end():] if last is not None else window


_WORDS_COMMAS = re.compile(_WORDS.pattern + "|,")


_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|while|whereas|but)\s")
_PHRASE_END = re.compile(r"[,;:.!?()]\s|[,;:!?()]|\.$|\s(?:and|while|which|with)\s")
_TIME_FRAME = re.compile(rf"\b(?:over|in|during|for|within)\s+the\s+(?:{alternation(_TIME_FRAME_WORDS, fold=True)})\s+"
                         r"(?:[\w-]+\s+)?(?:years?|months?)\b,?", re.I)
_IN_YEAR = Gated(re.compile(r"\b(?:in|of|for|during)\s+(?:the\s+(?:whole\s+)?year\s+(?:of\s+)?)?((?:19|20)\d\d)\b(?![-–]\d)", re.I),
                 "19", "20")
_OPENING_YEAR = re.compile(r"\s*(?:in|during|for)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\s*,", re.I)
_OPENING_BY = re.compile(r"\s*by\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\s*,", re.I)
_COMPARISON_BEFORE = re.compile(rf"\b(?:{alternation(vocab.words('comparison_words'), fold=True)})\s*$", re.I)
_TIME_FRAME_HINTS = ("past", "last", "revious", "next", "coming", "following")
_CUT_HINTS = ("hat", "hich", "here", "so ", "order")
_PLACE_PHRASE = re.compile(rf"\s(?:{alternation(vocab.words('place_phrases'), fold=True)})\b", re.I)
_PLACE_HINTS = ("prefecture", "county")
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])")
_LIST_MARKS = vocab.words("list_marks")
_LIST_LINES_MAX = 12   # how many lines back a list line may go on from its list's lead
_RUN_LINE_ENDS = ".;:"   # how a line that is one whole sentence ends, in text with a sentence on each line
_RELATIVE_YEAR = re.compile(r"\b(?:this|last|next)\s+year(?:'s|’s)?(?![\w-])", re.I)
_YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")


def subject_of(window: str, keep_commas: bool = False) -> str:
    """Noun phrase of a clause window, without the verbs around it: 'the regional GDP will increase by' -> 'regional gdp'."""
    window = _without_frames(window)
    words = _without_verb_group(_clean_words((_WORDS_COMMAS if keep_commas else _WORDS).findall(window)))
    modal = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _MODALS), None)
    if modal is not None:
        # "the province will strive for GDP growth of": what follows the verb is the subject, if anything does
        after = subject_of(" ".join(words[modal + 1:]))
        words = after.split() if after else words[:modal]
    words = _without_leading_words(words)
    if words and len(words) <= 2 and words[-1].lower() in _PRONOUN_SUBJECTS:
        words = []   # "it rose 5%", "we expect it to grow by": a pronoun, alone or after its verb, names no subject
    return " ".join(words[-12:]).lower().replace(" ,", ",")


def _without_frames(window: str) -> str:
    """A clause window without what says when or where a figure stands rather than what it measures (time
    frames, years, places), and with a word hyphenated over a line break read whole; each cut runs only when
    a cheap substring test finds its cue, since most windows hold none."""
    if "the " in window and any(w in window for w in _TIME_FRAME_HINTS):
        window = _TIME_FRAME.sub(" ", window)
    if "20" in window or "19" in window:
        window = _IN_YEAR.sub(" ", window)   # "sales in 2022 were" -> "sales"; the year goes to `period`
    if "year" in window:
        window = _RELATIVE_YEAR.sub(" ", window)   # "this year's deficit-to-GDP ratio": the year goes to `period`
    if "-\n" in window:
        window = _HYPHEN_BREAK.sub("", window)   # "fixed asset invest-\nment": the word as it is read
    if any(h in window for h in _PLACE_HINTS):
        window = _PLACE_PHRASE.sub(" ", window)   # "... air quality in cities at and above the prefecture level"
    if " rate" in window:
        window = _RATE_END.sub("", window)   # "grew at an average annual rate (rates) of": no part of what grew
    return window


def _without_leading_words(words: list[str]) -> list[str]:
    """The words from where the noun phrase starts: articles, verbs and time phrases before it go."""
    words = list(words)
    article = False
    while words:
        first = words[0].lower()
        if first in _VERBISH and _verb_form(first) and (article or _noun_phrase_after(words)):
            # "a registered urban unemployment rate", or a list item "registered urban unemployment rate
            # within 4.5 percent": a participle that a noun phrase follows describes the noun
            break
        article = first in _DETERMINERS
        if first in _TIME_PREPS and any(_YEAR_WORD.match(w) for w in words[1:5]):
            # "by (the end of) 2025 the share of ...": a time phrase, not part of the subject
            k = next(i for i, w in enumerate(words[1:5], 1) if _YEAR_WORD.match(w))
            del words[:k + 1]
            continue
        if first not in _LEADING_WORDS:
            break
        if first in ("added", "new") and len(words) > 1 and words[1].lower() == "value":
            break
        words.pop(0)
    return words


def _noun_phrase_after(words: list[str]) -> bool:
    """Whether the words after a clause's first word read as a noun phrase of three words or more that no
    article, leading word or verb interrupts ("registered | urban unemployment rate")."""
    rest = [w.lower() for w in words[1:4]]
    return len(rest) == 3 and not any(w in _DETERMINERS or w in _LEADING_WORDS or _verb_form(w) for w in rest)


def _verb_form(word: str) -> bool:
    """A verb by its form, whatever the verb: a regular past ("edged", "topped") or an irregular one ("went")."""
    w = word.lower()
    return w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and not w.endswith(("eed", "dred")))


def _without_verb_group(words: list[str]) -> list[str]:
    """The words of a clause window without the verb group that ends it: the listed trailing words
    (auxiliaries, particles, prepositions, hedges), an article opening the figure's own phrase after
    them ("rose by a mere", "hit a record"), and one verb known by its form ("went up by", "came in
    at", "edged up by"). A clause that is only a participle ("..., representing a") has no subject."""
    read = list(words)
    while words and words[-1].lower() in _TRAILING_WORDS:
        words.pop()
    for k in (2, 3):
        if len(words) > k and words[-k].lower() in ("a", "an") \
                and (words[-k - 1].lower() in _TRAILING_WORDS or _verb_form(words[-k - 1])):
            del words[-k:]
            while words and words[-1].lower() in _TRAILING_WORDS:
                words.pop()
            break
    if words and _verb_form(words[-1]):
        words.pop()
        while words and words[-1].lower() in _TRAILING_WORDS:
            words.pop()
    elif len(words) == 1 and words[0].lower().endswith("ing") \
            and not any(_verb_form(w) or w.lower() in _CHANGE_OR_LEVEL_VERBS for w in read[1:]):
        words = []
    return words


def follow_np(text: str, pos: int, end: int) -> tuple[list[str], list[str], int]:
    """The noun phrase after a number: core words, one short prepositional phrase, and where it ends."""
    tokens = _TOKEN.finditer(text, pos, min(end, pos + 90))   # read lazily: most phrases end in a few words
    core, preposition, stop_at, following = _np_core(tokens, pos)
    pp: list[str] = []
    if preposition:
        pp, stop_at = _np_tail(tokens, following, preposition, stop_at)
    while core and core[-1].lower() in ("and", "or"):
        core.pop()
    while pp and pp[-1].lower() in ("and", "or", "the"):
        pp.pop()
    if len(pp) == 1:
        pp = []
    return _clean_words(core), _clean_words(pp), stop_at


def _walk(tokens, following: re.Match | None):
    """Each word of a phrase with the word after it (None at the end): both ends of a noun phrase are read
    word by word, each word judged with the next one in view."""
    while following is not None:
        cur, following = following, next(tokens, None)
        yield cur, following


def _np_core(tokens, pos: int) -> tuple[list[str], str, int, re.Match | None]:
    """Core words of the phrase, to where it ends or a preposition opens its tail (returned, with the token after)."""
    core: list[str] = []
    stop_at = pos
    for cur, following in _walk(tokens, next(tokens, None)):
        tok = cur.group()
        low = tok.lower()
        if _ends_phrase(tok, low, following, core):
            break
        if low in _NP_STOP:
            if core and low in ("of", "in", "for") and (core[-1].lower() in _MEASURE_WORDS or low != "of" or len(core) <= 3):
                return core, low, cur.end(), following
            break
        if core and looks_plural(core[-1]) and (low in _VERBISH or (looks_plural(low) and low not in vocab.IRREGULAR_PLURALS)
                                                  or (low.endswith("ed") and "-" not in low)):
            break   # "5 million people lived": a plural noun, then a verb or a new noun
        core.append(tok)
        stop_at = cur.end()
        if len(core) >= 12:
            break
    return core, "", stop_at, None


def _np_tail(tokens, following: re.Match | None, preposition: str, stop_at: int) -> tuple[list[str], int]:
    """The short prepositional tail ('of GDP', 'in rural areas') that says what the core counts; seven words at most."""
    pp = [preposition]
    for cur, following in _walk(tokens, following):
        tok = cur.group()
        low = tok.lower()
        if _ends_phrase(tok, low, following, pp):
            break
        if low in _NP_STOP or len(pp) >= 7 or (pp and looks_plural(pp[-1]) and low in _VERBISH):
            break
        pp.append(tok)
        stop_at = cur.end()
    return pp, stop_at


def _ends_phrase(tok: str, low: str, following: re.Match | None, words: list[str]) -> bool:
    """Ends a phrase at punctuation, a bare number or an 'and'/'or' that joins no nouns: shared by core and tail."""
    if tok in ",;:.()!?" or not (tok[0].isalnum() or tok[0] in "\"“") or _PLAIN_NUMBER.match(tok):
        return True
    if low in ("and", "or") and not words:
        return True
    if low != "and":
        return False
    nxt = following.group().lower() if following is not None else ""
    return (not nxt or nxt[0].isdigit() or nxt in _VERBISH or (nxt.endswith("ed") and "-" not in nxt)
            or nxt in _DETERMINERS or nxt in _NP_STOP)


def _counted_from(core: list[str]) -> str:
    for w in reversed(core):
        if looks_plural(w):
            return w.lower()
    return core[-1].lower() if core else ""


def _split_list(subject_window: str, n: int) -> list[str] | None:
    """Split 'A, B and C' (or 'X of A and B') into n subjects, keeping a shared head."""
    s = subject_of(subject_window, keep_commas=True).strip(", ")
    if not s:
        return None
    pieces = []
    pos = 0
    for m in _LIST_SPLIT.finditer(s):
        pieces.append((pos, s[pos:m.start()]))
        pos = m.end()
    pieces.append((pos, s[pos:]))
    pieces = [(p, t) for p, t in pieces if t.strip()]
    if len(pieces) < n:
        return None
    chosen = pieces[-n:]
    first_pos, first = chosen[0]
    others = [t for _, t in chosen[1:]]
    if all(len(t.split()) <= 3 for t in others):
        preps = list(_PREP.finditer(first))
        if preps and len(first.split()) > max(len(t.split()) for t in others):
            head = s[: first_pos + preps[-1].end()]
            return [head + t for t in _shared_tail([first[preps[-1].end():]] + others)]
    return _shared_tail([t.strip() for _, t in chosen])


def _shared_tail(items: list[str]) -> list[str]:
    """'urban and rural residents' -> 'urban residents', 'rural residents': the last item's noun is shared;
    so is a phrase its last item ends with that opens with a shared-tail word ('A and B per unit of GDP')."""
    tail = _SHARED_TAIL.search(items[-1])
    if tail is not None and len(items) > 1 and not any(_SHARED_TAIL.search(item) for item in items[:-1]):
        items = [f"{item.rstrip()} {tail.group().strip()}" for item in items[:-1]] + [items[-1]]
    last = items[-1].split()
    if len(last) < 2 or last[0] not in _LIST_ADJECTIVES:
        return items
    for item in items[:-1]:
        core = [w for w in item.split() if w not in _DETERMINERS]
        if len(core) != 1 or core[0] not in _LIST_ADJECTIVES:
            return items
    tail = " ".join(last[1:])
    return [f"{item} {tail}" for item in items[:-1]] + [items[-1]]


def _kind(c: Mention, lead: str, after: str, text: str, lead_raw: str = "") -> str:
    """What a figure is (growth, share, amount, count, rate, rank ...): its unit and the words around it decide,
    since the same '5 percent' is a growth after 'grew by' and a share after 'accounted for'."""
    unit = c.unit
    if c.rank:
        return "rank"
    if unit == "pp":
        return "pp_change"
    if unit == "%" and c.is_word and c.text.lower() in _MULTIPLE_WORDS:
        return "growth"   # "revenue doubled"
    if unit == "%":
        tail = lead[-60:]
        if _GROWTH_TAIL.search(tail) or _GROWTH_AFTER.match(after) or _GROWTH_TAIL.search(_FIGURE_PHRASE.sub("", tail)) \
                or _BASE_AFTER.match(after):
            return "growth"
        if tail.rstrip().lower().endswith("by") and (_GROWTH_VERB.search(lead) or _GROWTH_VERB.search(_semicolon_clause(lead_raw))):
            return "growth"   # "cut water consumption, energy consumption and ... per unit of GDP by 23 percent"
        if (_RATIO.search(tail) and not _OF.match(after)) or (_RATIO_AFTER.match(after) and not _SHARE_WORDS.search(tail)
                                                              and not _CHANGE_TO.search(tail)):
            return "ratio_to_base"
        if _CHANGE_TO.search(tail) and not _CHANGE_RISES_TO.search(tail):
            return "share"   # "the contribution ... to economic growth rose to 56.2 percent": a level, not a change
        if _GROWTH_NOUN.search(lead) and not _SHARE_WORDS.search(tail):
            return "growth"
        return "share"
    if unit in ("CNY", "USD"):
        return "amount"
    if unit in ("km", "km2", "mu", "ha", "m2", "jin", "ton", "kg"):
        return "quantity"
    if unit in ("day", "month", "year"):
        return "quantity" if re.search(r"\b(?:days|months|years)\b", lead, re.I) else "duration"
    if unit == "times":
        return "ratio_to_base"
    return "count"


def build_claims(doc: Document, mentions: list[Mention], catalogue) -> list[Claim]:
    """Claims from the candidate mentions; candidates that quantify nothing become 'other' non-claims.

    That last is the one change made to the mentions, as is the 'five' of "over the five years" (the plan's
    years the figures around it cover): the mentions table must show why a candidate did not become a claim."""
    catalogue = catalogue if isinstance(catalogue, Matcher) else matcher_for(tuple(catalogue))
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.nonclaim_type is None and m.unit == "year" and in_plan_frame(doc.text, m.start, m.end):
            m.nonclaim_type = "other"
        if m.nonclaim_type is None:
            by_sentence.setdefault(doc.sentence_index(m.start), []).append(m)
    claims: list[Claim] = []
    for si in sorted(by_sentence):
        found, uncounted = _sentence_claims(doc, si, by_sentence[si], catalogue)
        claims.extend(found)
        for m in uncounted:
            m.nonclaim_type = "other"   # a bare number that counts nothing we can name
    for i, c in enumerate(claims, 1):
        c.claim_id = i
    return claims


def _clean_subject(s: str) -> str:
    words = s.split()
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    return " ".join(words)


def _np_subject(kind: str, core: list[str], pp: list[str]) -> tuple[str, str]:
    """(counted, subject) read from the noun phrase after a number."""
    if core and core[0].lower() in _MEASURE_WORDS and pp[:1] == ["of"]:
        return core[0].lower(), " ".join(pp[1:]).lower()
    if kind in ("count", "rank"):
        return (_counted_from(core) if kind == "count" else ""), " ".join(core + pp).lower()
    if pp[:1] == ["of"] and not core:
        return "", " ".join(pp[1:]).lower()
    return "", ""


# --- One sentence: read each figure on its own, link the figures, then date and name each claim. ---

_COUNT_KINDS = ("count", "quantity", "duration", "rank")
_CHANGE_KINDS = ("growth", "pp_change")
_OF = re.compile(r"\s+of\s+")
_IN = re.compile(r"\s+in\s+")
_CHANGE_NOUN_IN = re.compile(rf"\s+(?:{alternation(vocab.words('growth_nouns'), fold=True)})s?\s+(?:in|of)\s+", re.I)
_COPULAS = frozenset(vocab.where("level_verbs", "kind", "copula"))
_LAST_WORD = re.compile(r"[A-Za-z]+(?=\s*$)")
_INFINITIVE_END = re.compile(r"\bto\s+([a-z]+)\s*$")
_POSSESSIVE = re.compile(r"^(?:the\s+)?[a-z]+['’]s\s+")
_PAST_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b")
_PASSIVE_NOUNS = MappingProxyType({w.lower(): n for w, n in vocab.column("passive_amount_verbs", "noun").items()})
_PASSIVE_HINTS = ("was ", "were ", "been ", "be ")   # one of them opens every passive _PASSIVE_AMOUNT reads
_PASSIVE_AMOUNT = re.compile(rf"\s+(?:was|were|has been|have been|had been|will be)\s+({alternation(_PASSIVE_NOUNS, fold=True)})\s+",
                             re.I)
# "were created in urban areas", "were created for urban residents" (up to a time phrase: "over the five years")
_PASSIVE_IN = re.compile(r"\s+(?:were|was|are|is|have\s+been|has\s+been|will\s+be|(?:are|is)\s+to\s+be)\s+[a-z]+ed\s+((?:in|for)\s+[a-z]+(?:\s+[a-z]+){0,3}?)"
                         r"(?=\s*(?:[,.;]|\band\b|$)|\s+(?:over|during|throughout|within)\s+the\b)", re.I)


class _Reading(NamedTuple):
    """What a sentence says about one figure. Read first from its own clause; linking the figures of
    the sentence ('respectively' lists, 'and' lists, a bare 'an increase of 5%') may then change the
    kind, direction and subject, and sets group and inherited. A named tuple: one is made for every figure
    and remade at each link, several times faster than a frozen dataclass."""
    mention: Mention
    lead: str
    prev_end: int
    kind: str
    direction: str
    subject: str
    counted: str
    group: tuple[int, ...] = ()   # the figures of the 'respectively' list it belongs to, by index
    inherited: bool = False       # its subject was given by another figure, not read from its own clause
    named_by: str = ""            # the clause of the figure a recalled target measures ("economic growth of")
    column: str | None = None     # the heading of its table column ("2012 actual"), when it stands in a table


@dataclass(frozen=True, slots=True)
class _SentenceFacts:
    """What the whole sentence says about all its figures: which part it is in and when."""
    sentence: Sentence
    text: str                 # the sentence's text
    year: int | None          # the report's year
    hedge_start: int | None   # where an estimate hedge ("it is estimated that") starts, if any
    opening_year: int | None  # a year the sentence opens with ("In 2025, ...")
    role: str = ""            # the role its figures take: its part's, or its own words' where no part was recognised
    part_years: tuple[int, int] | None = None   # the years its part covers, when several (a plan, a five-year review)
    before: str = ""          # its paragraph before it, where a frame of years it continues may be named
    opening_by: int | None = None   # a year the sentence opens by reaching ("By 2020, ..."), for all its clauses
    opener: str = ""          # the line ending with ':' that leads the lines it stands in, read as its opening

    @classmethod
    def of(cls, doc: Document, sent: Sentence) -> "_SentenceFacts":
        """The facts of one sentence every figure in it shares (its part's role and years, year frames, hedge), read
        once per sentence rather than once per figure."""
        text = doc.text[sent.start:sent.end]
        part_id = sent.section.split(".")[0]
        part = next((p for p in doc.parts if p.id == part_id), None)
        role = reading_role(sent.role, text, bool(part and part.mixed and part.role == sent.role))
        para_start = doc.paragraphs[sent.paragraph][0] if sent.paragraph < len(doc.paragraphs) else sent.start
        if doc.text[sent.start:sent.start + 1] in _LIST_MARKS:
            para_start = _list_lead_start(doc, sent, para_start)
        elif para_start == sent.start:
            para_start = _aligned_run_start(doc, sent, para_start)
        opener = _opener(doc.text, para_start, sent.start)
        hedge = None if role in TARGET_ROLES else _hedge(doc.text, sent, para_start, opener)
        m_open = _OPENING_YEAR.match(text)
        m_by = _OPENING_BY.match(text)
        years = None
        if part is not None and part.role == sent.role:
            years = part.years if role == sent.role else part.review_years
        return cls(sent, text, doc.year, hedge.start() if hedge else None, int(m_open.group(1)) if m_open else None,
                   role, years, doc.text[max(para_start, sent.start - _BEFORE_MAX):sent.start],
                   int(m_by.group(1)) if m_by else None, opener)


def _hedge(text: str, sent: Sentence, para_start: int, opener: str) -> re.Match | None:
    """The estimate hedge a result's sentence stands under: its own ("It is estimated that GDP grew by ..."),
    that of the first line of the ';' list it goes on, or that of the line ending with ':' that leads it."""
    hedge = None
    if any(h in text[sent.start:sent.end] for h in _HEDGE_HINTS):
        hedge = _ESTIMATE.search(text, sent.start, sent.end)
    elif text[sent.start - 2:sent.start] == ";\n":
        hedge = _carried_hedge(text, sent.start)
    if hedge is None and opener and any(h in opener for h in _HEDGE_HINTS):
        hedge = _ESTIMATE.search(text, para_start, para_start + len(opener))
    return hedge


def _opener(text: str, start: int, sent_start: int) -> str:
    """The line a sentence's lines go on from when it ends with ':' ('Over the past five years:', 'It is
    estimated that for the whole year:'): it leads every line of its list as a sentence's opening leads its
    clauses, so its frame of years and its hedge reach them."""
    if start >= sent_start:
        return ""
    end = text.find("\n", start, sent_start)
    line = text[start:end if end >= 0 else sent_start].rstrip()
    return line if line.endswith(":") else ""


def _aligned_run_start(doc: Document, sent: Sentence, para_start: int) -> int:
    """Where a sentence alone on its line goes on from, in text re-joined from a sentence-aligned corpus, where
    every sentence stands on a line of its own: the lines just before it, each one sentence ending with '.', ';'
    or ':', read as its paragraph, so that a frame on a line of its own ('In the past five years, ...', 'It is
    estimated that for the whole year:') reaches the lines after it. A blank line, a line that is no sentence
    (a heading) or one of several sentences (a real paragraph) ends the run; a line ending with ':' opens it."""
    k = sent.paragraph
    if not _alone_on_line(doc, k):
        return para_start
    start = para_start
    for _ in range(_LIST_LINES_MAX):
        if k == 0 or k > len(doc.paragraphs):
            break
        a, b = doc.paragraphs[k - 1]
        if doc.text.count("\n", b, start) != 1 or doc.text[b - 1:b] not in _RUN_LINE_ENDS \
                or not _alone_on_line(doc, k - 1):
            break
        start, k = a, k - 1
        if doc.text[b - 1] == ":":
            break
    return start


def _alone_on_line(doc: Document, k: int) -> bool:
    """Whether paragraph k (a line) holds one sentence and nothing else."""
    if k >= len(doc.paragraphs):
        return False
    a, b = doc.paragraphs[k]
    i = doc.sentence_index(a)
    s = doc.sentences[i] if doc.sentences else None
    return (s is not None and s.paragraph == k and s.start == a
            and (i + 1 >= len(doc.sentences) or doc.sentences[i + 1].paragraph != k))


def _carried_hedge(text: str, start: int) -> re.Match | None:
    """'It is estimated that GDP will increase by 5.3%;' and lines that go on with its list, each after a line
    that ends with ';': the hedge of the list's first line reaches each of them."""
    pos = start
    for _ in range(_LIST_LINES_MAX):
        if text[pos - 2:pos] != ";\n":
            return None
        line_start = text.rfind("\n", 0, pos - 1) + 1
        if any(h in text[line_start:pos] for h in _HEDGE_HINTS):
            return _ESTIMATE.search(text, line_start, pos)
        pos = line_start
    return None


def _list_lead_start(doc: Document, sent: Sentence, para_start: int) -> int:
    """Where the paragraph of a list line ('• GDP rose ...') starts for the frame it goes on from: the line that
    leads its list ('Over the 12th Five-Year Plan period:'), when that line ends with a colon."""
    k = sent.paragraph
    for _ in range(_LIST_LINES_MAX):
        if k == 0 or doc.text[doc.paragraphs[k - 1][0]:doc.paragraphs[k - 1][0] + 1] not in _LIST_MARKS:
            break
        k -= 1
    if k == 0 or k > len(doc.paragraphs):
        return para_start
    lead_start, lead_end = doc.paragraphs[k - 1]
    return lead_start if doc.text[lead_start:lead_end].rstrip().endswith(":") else para_start


def _sentence_claims(doc: Document, si: int, cands: list[Mention], catalogue) -> tuple[list[Claim], list[Mention]]:
    """The claims of one sentence, and the candidates in it that count nothing we can name."""
    sent = doc.sentences[si]
    if "espectively" in doc.text[sent.start:sent.end]:
        cands = _respectively_units(doc.text, cands)
    cands, stretch = _stretches(doc.text, cands)
    readings = _link_figures(doc.text, sent, _read_figures(doc.text, sent, cands))
    facts = _SentenceFacts.of(doc, sent)
    claims: list[Claim] = []
    uncounted: list[Mention] = []
    for k, r in enumerate(readings):
        if r.kind == "count" and not r.subject and not r.counted:
            uncounted.append(r.mention)
        else:
            claims.append(_claim(doc.text, facts, readings, k, catalogue, stretch.get(id(r.mention))))
    return claims, uncounted


def _respectively_units(text: str, cands: list[Mention]) -> list[Mention]:
    """'growth ... of 12 and 13 percent respectively': the bare figures of a 'respectively' list take the unit
    written after its last one, when that one has no scale word ("1.2 and 3.4 million tons" is left alone)."""
    out = list(cands)
    for k, last in enumerate(out):
        if not (last.unit and k and _RESPECTIVELY.match(text, _skip_spaces(text, last.end))) \
                or last.value != _written_number(text, last):
            continue
        j = k
        while j and not out[j - 1].unit and not out[j - 1].is_word and _AND_GAP.fullmatch(text, out[j - 1].end, out[j].start):
            out[j - 1] = replace(out[j - 1], unit=last.unit)
            j -= 1
    return out


def _skip_spaces(text: str, pos: int) -> int:
    """The first position at or after pos that is no space."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _written_number(text: str, m: Mention) -> float | None:
    """The number as written, without a scale word ("13" of "13 percent"), or None if it is no plain number."""
    digits = text[m.num_start:m.num_end].replace(",", "")
    return float(digits) if _PLAIN_NUMBER.match(digits) and digits.count(".") <= 1 else None


def _stretches(text: str, cands: list[Mention]) -> tuple[list[Mention], dict[int, float]]:
    """(the figures left, target id -> stretch value): "about 6 percent, striving for 6.5 percent" is one
    target with a stretch aim; the stretch figure becomes an 'other' non-claim."""
    kept: list[Mention] = []
    stretch: dict[int, float] = {}
    for c in cands:
        prev = kept[-1] if kept else None
        if prev is not None and c.unit == prev.unit and id(prev) not in stretch \
                and _may_end_stretch(text, prev.end, c.start) and _STRETCH_GAP.fullmatch(text, prev.end, c.start):
            stretch[id(prev)] = c.value
            c.nonclaim_type = "other"
            continue
        kept.append(c)
    return kept, stretch


def _may_end_stretch(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] may be the words before a stretch figure: it ends (before spaces) as a stretch phrase does."""
    return _STRETCH_ENDS is None or text[a:b].rstrip()[-2:].lower() in _STRETCH_ENDS


def _read_figures(text: str, sent: Sentence, cands: list[Mention]) -> list[_Reading]:
    """Each figure read from its own clause, in order; a figure's text starts where the one before it
    stopped reading, so that a noun phrase read after one figure is not read again before the next."""
    readings = []
    prev_end = _hyphen_broken_start(text, sent.start)
    for k, c in enumerate(cands):
        nxt = cands[k + 1].start if k + 1 < len(cands) else sent.end
        lo = max(prev_end, c.start - 160)
        reading, np_end = _read_figure(text, c, prev_end, lo, min(nxt, sent.end))
        readings.append(reading)
        prev_end = _change_words_end(text, reading, max(c.end, np_end))
    return readings


def _change_words_end(text: str, reading: _Reading, end: int) -> int:
    """Where a change stops reading: after the words right after it that make it a change ("up 9.1 percent
    year on year and 4.7 percent compared with 2019") or a yearly rate ("21.5 percent a year"), or that it multiplies ("double the 2010 figure to more
    than 600 billion yuan"), which are its own and name nothing the next figure measures."""
    if reading.kind not in _CHANGE_KINDS or end != reading.mention.end:
        return end
    m = (_GROWTH_AFTER.match(text, end) or _ANNUAL_AFTER.match(text, end)
         or (MULTIPLIED_LEVEL.match(text, end) if reading.mention.is_word else None))
    return m.end() if m else end


def _hyphen_broken_start(text: str, start: int) -> int:
    """Where a sentence's first figure starts reading: its own start, or, for a line that opens with the rest of
    a word hyphenated at the end of the line before ("fixed asset invest-" / "ment growth of 6%"), the last
    clause of that line, so that the word is read whole (subject_of rejoins it; offsets stay on the text)."""
    if start < 2 or text[start - 2:start] != "-\n" or not text[start:start + 1].islower():
        return start
    line_start = text.rfind("\n", 0, start - 1) + 1
    cut = max(text.rfind(";", line_start, start), text.rfind(":", line_start, start))
    return max(cut + 1, line_start)


def _read_figure(text: str, c: Mention, prev_end: int, lo: int, limit: int) -> tuple[_Reading, int]:
    """A figure's kind, direction, subject and what it counts, and where the text it read ends. It reads
    the clause before it, from `lo` (the end of what the figure before it read, or 160 characters back),
    and the text after it up to `limit`, the next figure or the sentence's end."""
    stop = c.start
    while stop > lo and text[stop - 1] in "*_":
        stop -= 1   # "rate of **above 6.5 percent**": a markdown copy's emphasis marks are no words of the clause
    lead_raw = text[lo:stop]
    lead = _lead_window(text, lo, stop)
    after = _without_marks_after(text[c.end:min(limit, c.end + 80)])
    kind = _kind(c, lead, after, text, lead_raw)
    row = _table_cells(text, c.start)   # read once: its first cell names the measure, its column the status
    label = _table_row_label(row)
    counted = ""
    if kind in _COUNT_KINDS:
        subject, counted, np_end = _counted_subject(text, c, kind, lead_raw, lead, limit, label)
    else:
        subject, np_end = _clause_subject(text, c, kind, lead_raw, lead, after, limit, label)
    reading = _Reading(c, lead, prev_end, kind, _direction(text, c, kind, lead, after, lead_raw), _clean_subject(subject),
                       counted, column=_table_column(text, c.start, row))
    return reading, np_end


_ITEM_END = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*(?:[;.,\n]|$)")   # a list item's figure ends it: nothing of its own follows
_LABEL_COMMA = re.compile(r"\s*(?:and\s+)?([^\d,:;()]{2,80}?)\s*,\s*$")
_LABEL_COLON = re.compile(r"\s*([^\d,:;()]{2,60}?)\s*:\s*([^\d,:;()]*)$")


def _list_label(lead_raw: str) -> str:
    """The measure a figure of a list written without verbs stands under: "fixed asset investment, 10.1
    percent;", "GDP growth, about 6.5 percent;", a line "GRP: growth of around 6 percent". The label is the
    whole item before the comma or colon, with nothing between it and the figure but words of a change ("a
    rise of"); an item that opens with a time ("Last year, 13 million") or a clause word is no label."""
    item = re.split(r"[;\n]", lead_raw)[-1]
    if item[:1] == ",":
        item = item[1:]   # "rose 7.2 percent, exports, 4.6 percent": the comma after the figure before opens the item
    m = _LABEL_COMMA.match(item.rsplit(":", 1)[-1]) if item.count(",") == 1 or ":" in item else None
    rest = ""
    if m is None and item.count(":") == 1 and "," not in item:
        m = _LABEL_COLON.match(item)
        rest = m.group(2) if m else ""
    if m is None or not all(w in _BARE_CHANGE or w in _DETERMINERS or w == "of" for w in rest.lower().split()):
        return ""
    label = m.group(1)
    first = label.split()[0].lower() if label.split() else ""
    if opens_one_year(label) or opens_with_a_past_time(label + ",") or first in _CLAUSE_OPENERS or first in _TIME_PREPS:
        return ""
    return subject_of(label)


def _measure_in(after: str) -> re.Match | None:
    """The "in" after a figure that names a measure ("growth of 7.5 percent in GRP"), not a time ("in 2024",
    "in the coming years") nor a manner ("in real terms")."""
    m = _IN.match(after)
    if m is None:
        return None
    words = [w for w in after[m.end():m.end() + 40].lower().split()[:3] if w not in _DETERMINERS]
    first = words[0].strip(",.;") if words else ""
    if not first or first[:1].isdigit() or first in _TIME_FRAME_WORDS or first in _BARE_CHANGE:
        return None
    return m


def _without_marks_after(after: str) -> str:
    """The text after a figure without the emphasis marks that close it in a markdown or word-processor copy
    ("**about 5 percent**;"), so the words after it are read as written."""
    return after.lstrip("*_") if after[:1] in "*_" else after


def _semicolon_clause(lead_raw: str) -> str:
    """The part of a figure's lead after the last semicolon or colon: the clause a list of nouns stands in."""
    cut = max(lead_raw.rfind(";"), lead_raw.rfind(":"))
    return lead_raw[cut + 1:]


def _direction(text: str, c: Mention, kind: str, lead: str, after: str, lead_raw: str = "") -> str:
    """'down' for a change written with a minus sign or a falling word next to it, else 'up'; 'none'
    for figures that are not changes."""
    if kind not in _CHANGE_KINDS:
        return "none"
    own = _CLAUSE_END.split(after, 1)[0]   # "grew 5.2% and consumer prices fell": not this figure's verb
    probe = lead[-45:] + " " + own[:25]
    if _NO_FALL.search(probe):
        probe, lead = _NO_FALL.sub(" ", probe), _NO_FALL.sub(" ", lead)
    down = is_negative(text, c) or _DOWN.search(probe) or (
        kind == "growth" and _DOWN.search(lead) and _GROWTH_NOUN.search(lead))
    if down and not is_negative(text, c) and _rise_after_fall(probe):
        down = False   # "contracted technology transactions grew by": the verb nearest the figure says which way
    if not down and lead.rstrip().lower().endswith("by") and not _CHANGE_WORD.search(probe):
        # "cut water consumption, energy consumption and ... by 15 percent": the verb before the list of nouns
        clause = _semicolon_clause(lead_raw)
        down = bool(_DOWN.search(clause)) and not _rise_after_fall(clause)
    return "down" if down else "up"


def _rise_after_fall(probe: str) -> bool:
    """Whether a change word that is no fall comes after the last falling word of the probe."""
    last_fall = max((m.start() for m in _DOWN.finditer(probe)), default=-1)
    for m in _CHANGE_WORD.finditer(probe, last_fall + 1):
        if not _DOWN.match(probe, m.start()) and m.start() > last_fall and not _GROWTH_NOUN.match(probe, m.start()):
            return True
    return False


def _clause_subject(text: str, c: Mention, kind: str, lead_raw: str, lead: str, after: str, limit: int,
                    row_label: str = "") -> tuple[str, int]:
    """The subject of a figure that is no count: its table row's label, its list item's, the clause before it,
    else a phrase after it ("a drop of 2.5% in energy consumption", "1 trillion yuan of special treasury bonds")."""
    np_end = c.end
    if kind == "amount" and _OF.match(after):
        found = _amount_of_verb(text, c, lead, after, limit)
        if found is not None:
            return found
    label = row_label or (_list_label(lead_raw) if _ITEM_END.match(after) else "")
    if label:
        return label, np_end
    noun_in = _CHANGE_NOUN_IN.match(after) if kind in _CHANGE_KINDS else None
    # "China saw a 2.3 percent growth in GDP": what grew is named after the change noun, not before it
    subject = "" if noun_in else subject_of(lead)
    if " " not in subject and subject.endswith("ing"):
        subject = ""   # "..., registering average annual growth of": a participle names no subject
    if subject and all(w in _BARE_CHANGE for w in subject.split()):
        subject = ""   # "with an average annual growth rate of": a change of what the clause before names
    if subject and kind in _CHANGE_KINDS and _measure_in(after) and all(w in _BARE_GROWTH for w in subject.split()):
        # "we propose an expected growth of around 7.5 percent in GRP": what grows is named after the figure
        noun_in, subject = _IN.match(after), ""
    if not (subject or noun_in):
        subject = _subject_before_insert(lead_raw) or _relative_antecedent(lead_raw) or _subject_before_with(lead_raw)
    if subject:
        return subject, np_end
    m_in = noun_in or _measure_in(after)
    if kind in _CHANGE_KINDS and m_in:
        a = c.end + m_in.end()
        b = _phrase_end(text, a, min(limit, a + 80))
        np_end = b.start() if b else min(limit, a + 80)
        return subject_of(text[a:np_end]), np_end
    if kind == "amount" and any(h in after[:16] for h in _PASSIVE_HINTS):
        found = _passive_amount(text, c, after, limit)
        if found is not None:
            return found
    m_of = _OF.match(after)
    if m_of:
        core, _, of_end = follow_np(text, c.end + m_of.end(), limit)
        if kind == "amount" and core:
            return " ".join(core).lower(), of_end   # "(we will issue) 1 trillion yuan of special treasury bonds"
        if _PAST_VERB_AFTER.match(text[of_end:of_end + 8]):
            return " ".join(core).lower(), np_end   # "93% of government service matters were ..."
    return subject, np_end


def _amount_of_verb(text: str, c: Mention, lead: str, after: str, limit: int) -> tuple[str, int] | None:
    """(subject, end) of an amount of something a verb just before it acts on: "China utilized US$130 billion
    of overseas investment" (overseas investment utilized), "and to use US$7 billion of foreign capital" (use
    of foreign capital: an infinitive names what is done, when its clause ran on from words before it that
    are no subject of it; after no such words, "We will strive to use over US$5 billion of foreign capital",
    what follows 'of' is the subject, as for any amount)."""
    infinitive = _INFINITIVE_END.search(lead)
    verb = _LAST_WORD.search(lead)
    if not (infinitive or (verb and _verb_form(verb.group()))):
        return None
    core, _, of_end = follow_np(text, c.end + _OF.match(after).end(), limit)
    if not core:
        return None
    if infinitive and not subject_of(lead[:infinitive.start()]):
        # "We will strive to use over US$5 billion of foreign capital": the verb is no name of what is used
        return " ".join(core).lower(), of_end
    if infinitive:
        return f"{infinitive.group(1)} of {' '.join(core)}".lower(), of_end
    return f"{' '.join(core)} {verb.group()}".lower(), of_end


def _passive_amount(text: str, c: Mention, after: str, limit: int) -> tuple[str, int] | None:
    """(subject, end) of an amount whose clause names no subject before it but a passive verb after it: "a
    cumulative total of 1.86 trillion yuan was invested in fixed assets" is investment in fixed assets."""
    m = _PASSIVE_AMOUNT.match(after)
    if m is None:
        return None
    core, _, end = follow_np(text, c.end + m.end(), limit)
    return (f"{_PASSIVE_NOUNS[m.group(1).lower()]} {' '.join(core)}".lower(), end) if core else None


def _phrase_end(text: str, a: int, b: int) -> re.Match | None:
    """Where the phrase from a ends: at punctuation or a joining word, unless the word joins a noun that
    names one thing ("imports and exports")."""
    end = _PHRASE_END.search(text, a, b)
    while end is not None and "and" in end.group():
        joined = _JOINED.search(text, max(a, end.start() - 24), min(b, end.end() + 24))
        if joined is None or not joined.start() <= end.start() < joined.end():
            break
        end = _PHRASE_END.search(text, joined.end(), b)
    return end


def _subject_before_insert(lead_raw: str) -> str:
    """The subject of a clause that opens with its verb because a phrase set off by commas stands
    between them: "GDP, compared with the previous year, grew by" -> "gdp". The phrases skipped open
    with a preposition or a participle; the first segment before them that opens otherwise names the
    subject."""
    segments = _BOUNDARY.split(lead_raw)
    if len(segments) < 2:
        return ""
    verb = _WORDS.match(segments[-1].strip())
    if verb is None or not (_opens_with_verb(verb.group()) or verb.group().lower().endswith("ing")):
        return ""
    for seg in reversed(segments[-4:-1]):
        if seg.strip().lower() in _ANNUAL_SPAN:
            continue   # "grew by 16.5 percent a year, reaching": the span of the figure before, no clause
        first = _WORDS.match(seg.strip())
        if first is None:
            return ""
        w = first.group().lower()
        if w in _INSERT_OPENERS or _verb_form(w) or w.endswith("ing"):
            continue
        if w in _TIME_FRAME_WORDS or w == "this":
            return ""   # "Last year, ...": a time phrase, no subject
        words = _WORDS.findall(_after_last_cut(seg))
        # "Consumer prices were stable, rising by": the clause before names the subject up to its verb
        k = next((i for i, x in enumerate(words) if i and (x.lower() in _COPULAS or x.lower() in _CHANGE_OR_LEVEL_VERBS)),
                 len(words))
        return subject_of(" ".join(words[:k]))
    return ""


def _relative_antecedent(lead_raw: str) -> str:
    """The subject of a figure in a relative clause set off by a comma ("GDP, which reached 63.6 trillion
    yuan"): the noun phrase before the comma."""
    segments = _BOUNDARY.split(lead_raw)
    if len(segments) < 2:
        return ""
    first = _WORDS.match(segments[-1].strip())
    if first is None or first.group().lower() not in _RELATIVE_PRONOUNS:
        return ""
    return subject_of(_after_last_cut(segments[-2]))


def _subject_before_with(lead_raw: str) -> str:
    """The subject of a change in a clause opened by 'with' that names no measure ("we will keep the economy
    growing at a medium-high rate, with average annual growth above"): what grows in the clause before, the
    noun phrase before its first change word."""
    segments = _BOUNDARY.split(lead_raw)
    if len(segments) < 2:
        return ""
    first = _WORDS.match(segments[-1].strip())
    if first is None or first.group().lower() not in _ACCOMPANYING:
        return ""
    change = _CHANGE_WORD.search(segments[-2])
    return subject_of(segments[-2][:change.start()]) if change else ""


def _opens_with_verb(word: str) -> bool:
    w = word.lower()
    return _verb_form(w) or w in _CHANGE_OR_LEVEL_VERBS or w in _MODALS


def _counted_subject(text: str, c: Mention, kind: str, lead_raw: str, lead: str, limit: int,
                     row_label: str = "") -> tuple[str, str, int]:
    """(subject, counted noun, end of the noun phrase) of a count, quantity, duration or rank. The noun
    counted after the number usually names the subject ("13 new public kindergartens"); the clause
    before names it when a copula leads to the number ("the number of visitors reached 5 million")."""
    core, pp, np_end = follow_np(text, c.end, limit)
    label = (row_label or _list_label(lead_raw)) if not core else ""
    if label:
        return label, "", np_end   # "new urban jobs, 150,000;": the item's label is what is counted
    counted, np_subject = _np_subject(kind, core, pp)
    if kind == "quantity" and not np_subject:
        m_of = _OF.match(text[c.end:c.end + 6])
        if m_of:
            core2, _, np_end = follow_np(text, c.end + m_of.end(), limit)
            np_subject = " ".join(core2).lower()
    strong = (_COPULA_END.search(lead_raw[-30:]) and not _OF_TO_END.search(lead_raw[-8:])) \
        or _STRONG_LEAD.search(lead_raw[-30:])
    # "output will exceed 3 million units": a bare measure word names no subject of its own
    measure_only = bool(core) and not pp and all(w.lower() in _MEASURE_WORDS for w in core)
    if np_subject and not measure_only and (kind == "rank" or not strong):
        subject = np_subject   # the noun counted names it; the clause before need not be read
    else:
        subject = subject_of(lead)
        if np_subject and (kind == "rank" or not (strong and subject)) and not (measure_only and subject):
            subject = np_subject
    if kind == "count" and subject == np_subject and not pp:
        m_in = _PASSIVE_IN.match(text, np_end, limit)
        if m_in:   # "13.22 million new jobs were created in urban areas": where they were made is part of it
            subject = f"{subject} {m_in.group(1).lower()}"
    if kind == "count" and not counted:
        m_no = _NUMBER_OF.search(subject)
        if m_no:
            counted = _counted_from(m_no.group(1).split())
    return subject, counted, np_end


def _link_figures(text: str, sent: Sentence, readings: list[_Reading]) -> list[_Reading]:
    """The figures of a sentence read together: lists joined by 'and', 'respectively' lists, parallel
    lists, and figures with no subject of their own, in that order (each step sees the one before)."""
    if len(readings) < 2:
        return readings   # a figure alone has no other to be linked with
    readings = _join_and_lists(text, readings)
    if "espectively" in text[sent.start:sent.end]:
        readings = _pair_respectively(text, sent, readings)
    readings = _pair_parallel_lists(text, readings)
    readings = _share_modifiers(text, readings)
    readings = _possessive_subjects(_changes_of_shares(text, readings))
    return _inherit_subjects(_recalled_targets(readings))


_AND_NOUN_OF = re.compile(r"\s*,?\s*and\s+([A-Za-z]+)\s+of\s+$", re.I)


def _share_modifiers(text: str, readings: list[_Reading]) -> list[_Reading]:
    """'grain planting area of 4 million mu and output of 2.5 billion jin': a bare noun joined by 'and'
    to the figure before it shares that figure's first modifier ('grain output')."""
    out = list(readings)
    for k in range(1, len(out)):
        r, prev = out[k], out[k - 1]
        m = _AND_NOUN_OF.fullmatch(text, prev.mention.end, r.mention.start)
        head = prev.subject.split()
        if m is None or r.subject != m.group(1).lower() or len(head) < 2 or head[0] in _DETERMINERS:
            continue
        out[k] = r._replace(subject=f"{head[0]} {r.subject}")
    return out


def _changes_of_shares(text: str, readings: list[_Reading]) -> list[_Reading]:
    """'accounted for 16.8% of GDP, up 1.2 percentage points year-on-year': a change in points written right
    after a share, in a clause that names no measure of its own, is the change of that share."""
    out = list(readings)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.kind != "pp_change" or prev.kind != "share" or not prev.subject:
            continue
        gap = text[prev.mention.end:cur.mention.start]
        if len(gap) > 40 or _GAP_BREAK.search(gap) or subject_of(_lead_window(text, prev.mention.end, cur.mention.start)):
            continue
        out[k] = cur._replace(subject=prev.subject, inherited=True)
    return out


def _possessive_subjects(readings: list[_Reading]) -> list[_Reading]:
    """'R&D investment has doubled, and its ratio to GDP reached 3.6%': a subject opened by 'its' is of what
    the figure before it measured."""
    out = list(readings)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.subject and prev.subject and not cur.inherited and _POSSESSIVE_OPENING.search(cur.lead):
            out[k] = cur._replace(subject=f"{prev.subject} {cur.subject}")
    return out


def _join_and_lists(text: str, readings: list[_Reading]) -> list[_Reading]:
    """'increased by 5% and 7.5%': a figure joined to a change before it by 'and' is a change too,
    in the same direction unless written with a minus sign; so is one whose verb the 'and' leaves out
    ('increase investment by 17 percent and retail sales by 14.5 percent'), and one set after it with a comma
    ('grew by about 7.5 percent, an average of 5.6 percent over the two years'), and one after a measure's
    name alone ('rose 7.2 percent, exports, 4.6 percent')."""
    out = list(readings)
    gapped: set[int] = set()
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if prev.kind in _CHANGE_KINDS and cur.kind != prev.kind and cur.mention.unit == prev.mention.unit \
                and (_LIST_GAP.fullmatch(text, prev.mention.end, cur.mention.start)
                     or _GAPPED_BY.fullmatch(text, prev.mention.end, cur.mention.start)
                     or _APPOSED_GAP.fullmatch(text, prev.mention.end, cur.mention.start)):
            out[k] = cur._replace(kind=prev.kind,
                                  direction="down" if is_negative(text, cur.mention) else prev.direction)
        elif prev.kind in _CHANGE_KINDS and cur.kind != prev.kind and cur.mention.unit == prev.mention.unit \
                and cur.subject and _gapped_label(text, prev, cur, k - 1 in gapped):
            out[k] = cur._replace(kind=prev.kind, direction=prev.direction)   # the verb of the figure before is left out
            gapped.add(k)
    return out


def _gapped_label(text: str, prev: _Reading, cur: _Reading, prev_gapped: bool) -> bool:
    """Whether the text between two figures is only the short name of what the second measures, its verb left
    out as the first one's ("retail sales rose 7.2 percent, exports, 4.6 percent"): the first figure's clause
    ends with a verb of change (or left it out too: "..., and imports, 3.1 percent"), and the name holds no verb, time, change, share or linking word ("and the
    proportion of days with good air quality above 97 percent" names a share of its own)."""
    m = _GAPPED_LABEL.fullmatch(text, prev.mention.end, cur.mention.start)
    if m is None or not (prev_gapped or _GROWTH_TAIL.search(prev.lead[-30:]) or _DOWN.search(prev.lead[-30:])):
        return False
    words = m.group(1).lower().split()
    return len(words) <= 4 and not _SHARE_WORDS.search(m.group(1)) and not any(
        w in _CHANGE_OR_LEVEL_VERBS or w in _BARE_CHANGE or w in _TIME_PREPS or w in _MODALS or w in _NP_STOP
        or w in _CLAUSE_OPENERS or w in _GAP_NON_LABELS for w in words)


def _recalled_targets(readings: list[_Reading]) -> list[_Reading]:
    """'Consumer prices rose by 1.6 percent, well below the target of around 3 percent': a target recalled
    beside a result measures what the result measures."""
    out = list(readings)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if _RECALLED.search(cur.lead) and cur.mention.unit == prev.mention.unit and prev.subject:
            out[k] = cur._replace(kind=prev.kind, direction=prev.direction, subject=prev.subject, inherited=True,
                                  named_by=prev.named_by or prev.lead)
    return out


def _inherit_subjects(readings: list[_Reading]) -> list[_Reading]:
    """A figure with no subject of its own ("an increase of 15.1%") belongs to the one before it, and
    a count that names no noun counts what the count before it counted."""
    out = list(readings)
    for k in range(1, len(out)):
        r, prev = out[k], out[k - 1]
        subject, counted, inherited, named_by = r.subject, r.counted, r.inherited, r.named_by
        if not subject:
            # "the city achieved a regional GDP of 290.2 billion yuan, an increase of 13.8%": the words that named
            # the figure before (not its subject, 'city') name this one too
            subject, inherited, named_by = prev.subject, True, named_by or prev.named_by or prev.lead
        if r.kind == "count" and not counted and prev.kind == "count":
            counted = prev.counted
            if not subject or subject == prev.subject:
                subject = prev.subject
        if (subject, counted, inherited, named_by) != (r.subject, r.counted, r.inherited, r.named_by):
            out[k] = r._replace(subject=subject, counted=counted, inherited=inherited, named_by=named_by)
    return out


def _pair_parallel_lists(text: str, readings: list[_Reading]) -> list[_Reading]:
    """'reached 52,000 yuan and 21,000 yuan respectively, increasing by 5% and 7.5%': a list of figures
    with no subject of its own, right after a list of as many figures with distinct subjects, pairs with it."""
    out = list(readings)
    runs: list[list[int]] = []
    for k in range(len(out)):
        if k and _LIST_GAP.fullmatch(text, out[k - 1].mention.end, out[k].mention.start):
            runs[-1].append(k)
        else:
            runs.append([k])
    for prev, run in zip(runs, runs[1:]):
        if len(run) < 2 or len(prev) != len(run) or out[run[0]].subject or out[run[0]].group:
            continue
        subjects = [out[k].subject for k in prev]
        if all(subjects) and len(set(subjects)) == len(subjects):
            for k, subj in zip(run, subjects):
                out[k] = out[k]._replace(subject=subj, inherited=True)
    return out


def _claim(text: str, facts: _SentenceFacts, readings: list[_Reading], k: int, catalogue,
           stretch: float | None = None) -> Claim:
    """The claim of the k-th figure: its reading, dated and named, with its stretch aim if it has one."""
    c = readings[k].mention
    after = _without_marks_after(text[c.end:c.end + 60])
    r, indicator = _measured_kind(text, readings[k], catalogue, after)
    hood = _neighbourhood(text, facts.sentence, readings, k)
    base = _base_year(hood, r.kind)
    # the figures of a 'respectively' list are read over the first one's clause ("grow at average annual rates of")
    list_lead = readings[r.group[0]].lead if r.group else r.lead
    status, period, period_start, span = _status_and_period(facts, r, hood, base, list_lead, r.column)
    if base is not None and period is not None and base >= period:
        base = None
    return claim_of(c, r, stretch, (period, period_start, span, base, status), indicator, facts.sentence, facts.text)


def _measured_kind(text: str, r: _Reading, catalogue: Matcher, after: str) -> tuple[_Reading, str]:
    """(the reading, its indicator). A bare percentage read as a share ("the CPI target of around 3.5 percent",
    "inflation stood at 1.4 percent", "fixed asset investment, 10.1 percent") is a growth when what it measures
    is only ever a change: an indicator the catalogue admits as a growth and not as a share. Not where the
    words make it a share of something ("accounted for 52 percent of GDP")."""
    indicator = _indicator(catalogue, r, after)
    if (indicator or r.kind != "share" or r.mention.unit != "%" or (r.inherited and _names_words(r.lead))
            or _SHARE_WORDS.search(r.lead[-60:]) or _OF.match(after)):
        return r, indicator   # a subject borrowed over words of the figure's own ("exports, 4.6 percent") is no measure of it
    grown = r._replace(kind="growth")
    grown_indicator = _indicator(catalogue, grown, after)
    if not grown_indicator:
        return r, indicator
    return grown._replace(direction=_direction(text, r.mention, "growth", r.lead, after, r.lead)), grown_indicator


# ", which is mainly connected with the goals of the 14th Five-Year Plan": a relative clause after a figure
# speaks of the figure, and the years it names are not the figure's own
_RELATIVE_AFTER = re.compile(rf",\s*(?:{alternation(vocab.words('relative_pronouns'), fold=True)})\b", re.I)


def _names_words(lead: str) -> bool:
    """Whether a figure's own clause holds a word other than a time preposition or a determiner ("; 7.5%-8% in
    2019" holds none, "exports, 4.6 percent" does)."""
    return any(w not in _TIME_PREPS and w not in _DETERMINERS for w in re.findall(r"[a-z]+", lead.lower()))


def _neighbourhood(text: str, sent: Sentence, readings: list[_Reading], k: int) -> str:
    """The text a figure's years are read from: from the figure before its list to the one after it,
    within its sentence and its semicolon-bounded clause."""
    g = readings[k].group or (k,)
    lo = readings[g[0] - 1].mention.end if g[0] else sent.start
    hi = readings[g[-1] + 1].mention.start if g[-1] + 1 < len(readings) else sent.end
    semi = text.rfind(";", lo, readings[g[0]].mention.start)
    lo = semi + 1 if semi >= 0 else lo
    semi = text.find(";", readings[g[-1]].mention.end, hi)
    hi = semi if semi >= 0 else hi
    rel = _RELATIVE_AFTER.search(text, readings[g[-1]].mention.end, hi)
    return text[lo:rel.start() if rel else hi]


@functools.lru_cache(maxsize=4096)
def _base_year(hood: str, kind: str) -> int | None:
    """The year a change, share or ratio is measured against ("compared with 2020"), never the year a record
    reaches back to ("the fastest growth since 2013"). Cached: the figures of a list share their neighbourhood."""
    if kind not in ("growth", "pp_change", "ratio_to_base", "share"):
        return None
    ym = _YEAR_CUE.search(hood)
    while ym is not None and _RECORD_BEFORE.search(hood, max(0, ym.start() - 40), ym.start()):
        ym = _YEAR_CUE.search(hood, ym.end())   # "the fastest growth since 2013": no base
    ym = ym or (_RATIO_YEAR.search(hood) if kind == "ratio_to_base" else None)
    return int(ym.group(1)) if ym else None


def _part_status(facts: _SentenceFacts, r: _Reading, hood: str, named: int | None
                 ) -> tuple[str, int | None, int | None, bool]:
    """(status, period, the year a 'by' names, whether the clause names the figure's own year) from the part:
    a target of the report's year or of a later year the clause names ('By 2020, ...'), or a result of the
    year before or of an earlier year it names, an estimate after a hedge."""
    year = facts.year
    if facts.role in TARGET_ROLES:
        period, by_year = year, None
        by = _BY_YEAR.search(hood)
        # "By 2020, GDP will reach ..., and R&D spending will account for ...": the opening reaches every clause
        by_at = int(by.group(1)) if by else (facts.opening_by if not named else None)
        if by_at and year and by_at > year:
            period = by_year = by_at
        elif named and year and named > year:
            period = named
        return "target", period, by_year, bool(named and year and named > year)
    status = "estimate" if facts.hedge_start is not None and facts.hedge_start < r.mention.start else "actual"
    period = year - 1 if year else None
    named_own = bool(named and (year is None or named < year))
    return status, (named if named_own else period), None, named_own


def _status_and_period(facts: _SentenceFacts, r: _Reading, hood: str, base: int | None = None,
                       list_lead: str | None = None, column: str | None = None
                       ) -> tuple[str, int | None, int | None, str]:
    """(status, period, period_start, span). A figure in the targets, plan or government part is a target
    for the report's year (or a later year it names); elsewhere it is a result for the year before, or the
    year its clause names, and an estimate when a hedge comes before it. Where no part was recognised, the
    sentence's own words decide. Several years it covers come from read/periods.py."""
    year = facts.year
    if column is not None and year is not None:
        return _column_status(column, year)
    if facts.role in TARGET_ROLES and (_recalls_the_past(facts, r) or _earlier_year_after(facts, r)):
        return _status_and_period(replace(facts, role="results"), r, hood, base, list_lead)
    # "Sales in 2022 were ...", "In 2025, the share ...": the clause or the sentence names its own year
    after_year = _YEAR_AFTER.match(facts.text, r.mention.end - facts.sentence.start)
    # "from 18.5 trillion yuan in 2005 to 39.8 trillion yuan in 2010": a year written right after a figure is its
    named = int(after_year.group(1)) if after_year else _named_year(r.lead) or facts.opening_year
    status, period, by_year, named_own = _part_status(facts, r, hood, named)
    at = r.mention.end - facts.sentence.start
    after = _CLAUSE_END.split(facts.text[at:at + 80], 1)[0]
    own_year = _FIGURE_YEAR.match(after) if year is not None else None
    if facts.role in TARGET_ROLES and year is not None:
        m_past = _PAST_TARGET.search(r.lead[-60:])
        if m_past:   # "down from last year's target of about 7.5 percent": last year's target, recalled
            past = year + _FIGURE_YEARS[m_past.group(1).lower()][1]
            return "target", past, past, "year"
    # in a targets part, a figure said to be last year's is a result where the sentence sets it against this
    # year, or where it is the level a change starts from ("set at 2.3 percent, up from 2.1 percent last year")
    if own_year is not None and (facts.role not in TARGET_ROLES or _THIS_YEAR.search(facts.text)
                                 or FROM_END.search(r.lead)):   # "grew by 6.9 percent last year", "up from 2.44 percent the previous year"
        offset = _FIGURE_YEARS[own_year.group(1).lower()][facts.role in TARGET_ROLES]
        return ("actual" if status == "target" and offset < 0 else status), year + offset, year + offset, "year"
    lead = r.lead if list_lead is None else list_lead
    figure = Figure(r.kind, r.mention.qualifier, _OPENING_IN_YEAR.sub("", lead), after, hood,
                    _own_opening(facts.text, r.mention.start - facts.sentence.start), facts.before, facts.opener)
    period_start, period, span = years_and_span(figure, facts.role, period, year, base, facts.part_years,
                                                named_own, by_year)
    if status == "actual" and _RECALLED.search(r.lead):
        status = "target"   # "well below the target of around 3 percent": last year's target, recalled
    return status, period, period_start, span


def _own_opening(sentence: str, at: int) -> str:
    """The text whose opening dates a figure: its sentence, or its clause after a semicolon where that clause
    opens with a year of its own ("Over the past five years, ... grew by 21.5 percent a year; this year, we will
    keep it growing by more than 15 percent": the second clause is this year's, not the five years')."""
    start = sentence.rfind(";", 0, at) + 1
    return sentence[start:] if start and opens_one_year(sentence[start:at]) else sentence


_CELL_SEP = re.compile(r"\s*(?:\||\t)\s*")
_CELL_LABEL = re.compile(r"^([^:：\d]*?(?:(?:19|20)\d\d[^:：\d]*)?)[:：]\s*")
_COLUMN_STATUS = vocab.column("column_words", "status")
_COLUMN_WORD = re.compile(rf"\b(?:{alternation(_COLUMN_STATUS, fold=True)})\b", re.I)
_COLUMN_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _table_cells(text: str, at: int) -> tuple[list[str], int] | None:
    """(the cells of the table row a figure stands in, the index of its cell), or None where its line is no
    row: a label and two or more cells holding figures, set apart by '|' or tabs, as a table copied from a
    report reads."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = end if end >= 0 else len(text)
    if text.find("|", start, end) < 0 and text.find("\t", start, end) < 0 \
            or text.count("|", start, end) + text.count("\t", start, end) < 2:
        return None   # looked for in place: a prose paragraph is one long line, not worth a copy for each
        # figure, and a search stops where it finds, while a count reads the whole line character by character
    line = text[start:end]
    cells = _CELL_SEP.split(line.strip(" |\r"))
    k = len(_CELL_SEP.findall(line.strip(" |")[:at - start - (len(line) - len(line.lstrip(" |")))]))
    if len(cells) < 3 or not 0 < k < len(cells) or not all(any(ch.isdigit() for ch in cell) for cell in cells[1:]):
        return None   # prose set apart by tabs is no row: every cell after a row's label holds a figure
    return cells, k


def _table_row_label(row: tuple[list[str], int] | None) -> str:
    """The measure a table row names in its first cell ("GDP growth", "Indicator: New urban jobs"), for a
    figure in a later cell of the row."""
    if row is None:
        return ""
    first = row[0][0]
    return subject_of(first.split(":", 1)[1] if ":" in first else first)


def _table_column(text: str, at: int, row: tuple[list[str], int] | None) -> str | None:
    """The words that head a figure's table column: its cell's own label ("Target: about 6%", "2023 actual:
    5.8%"), else the cell above it in the row of headings ("Indicator | 2012 actual | 2013 target"): they say
    whether the column holds results, estimates or targets, and of which year. None outside a table."""
    if row is None:
        return None
    cells, k = row
    own = _CELL_LABEL.match(cells[k])
    if own and _COLUMN_WORD.search(own.group(1)):
        return own.group(1)
    heads = _heading_row(text, at, len(cells))
    return heads[k] if heads and _COLUMN_WORD.search(heads[k]) else None


def _heading_row(text: str, at: int, n: int) -> list[str] | None:
    """The nearest row above a figure's row with as many cells, none of them a figure: the table's headings."""
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip(" |\r")
        end = start - 1
        if not line.strip() or not line.strip(" |-:\t"):
            continue   # a blank line or a markdown table's rule ("|---|---|") between headings and rows
        cells = _CELL_SEP.split(line)
        if len(cells) != n:
            return None
        if not any(ch.isdigit() for ch in _COLUMN_YEAR.sub("", line)):
            return cells
    return None


def _column_status(column: str, year: int) -> tuple[str, int, int, str]:
    """(status, period, period_start, span) a column's heading gives its figures: the status its word names
    and the year it names, else the report's year for a target and the year before for a result."""
    found = {_COLUMN_STATUS[m.group().lower()] for m in _COLUMN_WORD.finditer(column)}
    status = "target" if "target" in found else found.pop()   # "2013 expected target": a target
    named = _COLUMN_YEAR.search(column)
    period = int(named.group(1)) if named else (year if status == "target" else year - 1)
    return status, period, period, "year"


def _earlier_year_after(facts: _SentenceFacts, r: _Reading) -> bool:
    """Whether a year before the report's is written right after a figure ("GDP growth: 7.8% in 2018; 7.5%-8%
    in 2019" in a report of 2019): it makes the figure that year's result wherever it stands."""
    earlier = _YEAR_AFTER.match(facts.text, r.mention.end - facts.sentence.start)
    return earlier is not None and facts.year is not None and int(earlier.group(1)) < facts.year


def _recalls_the_past(facts: _SentenceFacts, r: _Reading) -> bool:
    """Whether a figure in a part that sets targets stands in a clause that opens with a time before the
    report's year and holds no modal verb ("Last year, general public budget revenue grew by 7.2 percent; this
    year, we expect it to grow by around 5 percent": the 7.2 is last year's result, the 5 this year's aim)."""
    at = r.mention.start - facts.sentence.start
    start = facts.text.rfind(";", 0, at) + 1
    end = facts.text.find(";", at)
    clause = facts.text[start:end if end >= 0 else len(facts.text)]
    return opens_in_the_past(clause, facts.year) and not any(w in _MODALS for w in clause.lower().split())


def _indicator(catalogue: Matcher, r: _Reading, after: str = "") -> str:
    """The headline indicator a claim is about: from its subject, else from the words just before the
    figure (with the subject alongside so its exclusions still apply), else from what a count counts, else,
    for a growth whose clause names nothing but the growth, the economy's."""
    indicator = _named_indicator(catalogue, r)
    if not indicator and r.kind == "growth" and _bare_growth(r, after):
        indicator = match_indicator(catalogue, _BARE_GROWTH_AS, r.kind)
    return indicator


def _bare_growth(r: _Reading, after: str) -> bool:
    """Whether a growth's clause names only the growth ("Growth came in at", "In setting the growth rate at",
    "the target of 6 percent growth"): every word of the clause before it a growth, aim or linking word, and
    the growth named there or right after the figure. A subject given by another figure is a measure's own."""
    if r.subject and not all(w in _BARE_GROWTH for w in r.subject.split()):
        return False
    clause = re.split(r"[,;:(]", r.named_by or r.lead)[-1].lower().split()
    if not clause and not r.subject:
        return False
    if not all(w in _BARE_GROWTH for w in clause):
        return False
    return any(_BARE_GROWTH[w] == "growth" for w in clause) or bool(_BARE_GROWTH_AFTER.match(after))


def _named_indicator(catalogue: Matcher, r: _Reading) -> str:
    """The indicator the words around a figure name (see _indicator)."""
    subject = r.subject
    indicator = match_indicator(catalogue, subject, r.kind) if subject else ""
    if not indicator and (r.named_by or not r.inherited):
        # a recalled target is named as the result it recalls was ("set this year's target at around 7 percent")
        tail = " ".join(_RATE_END.sub("", r.named_by or r.lead).split()[-6:]).lower()
        indicator = match_indicator(catalogue, f"{subject} | {tail}", r.kind) if tail else ""
    if not indicator and subject and (_POSSESSIVE.match(subject) or " " not in subject):
        # "China's economy", "the city's economy", a bare "economy" taken from the figure before: the
        # place's own, as "the economy" is
        indicator = match_indicator(catalogue, _POSSESSIVE.sub("the ", subject, 1) if _POSSESSIVE.match(subject)
                                    else f"the {subject}", r.kind)
    if not indicator and r.kind == "count" and r.counted:
        indicator = match_indicator(catalogue, f"{subject} {r.counted}", r.kind)
    return indicator


def _named_year(lead: str) -> int | None:
    """The year a clause says its figure is for ("in 2022", "for the year 2022"), not a comparison's base, nor
    a year written right after the figure before it ("... in 2005 to 39.8 trillion yuan": 2005 is that one's)."""
    found = None
    for m in _IN_YEAR.finditer(lead):
        if m.start() > 0 and not lead[:m.start()].strip():
            continue
        if not _COMPARISON_BEFORE.search(lead, 0, m.start()):
            found = int(m.group(1))
    return found


def _list_subjects(text: str, lo: int, hi: int, n: int) -> list[str] | None:
    """Subjects for an n-item list ending at hi, widening the window across list commas as needed."""
    raw = text[lo:hi]
    semi = raw.rfind(";")
    raw = raw[semi + 1:] if semi >= 0 else raw
    segments = raw.split(",")
    for j in range(1, min(len(segments), n + 2) + 1):
        window = _after_last_cut(",".join(segments[-j:]))
        subjects = _split_list(window, n)
        if subjects:
            return [_clean_subject(x) for x in subjects]
        if j == 1 and not subject_of(window):
            return None
    return None


_AND_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_GAP_BREAK = re.compile(r"[;.]|\d")


def _respectively_group(text: str, readings: list[_Reading], rm: re.Match) -> tuple[list[int], int, int]:
    """The figures a 'respectively' pairs (a list joined by commas and 'and', just before the word or,
    failing that, just after it) and the window their subjects are read from."""
    n = len(readings)
    pos = rm.start()
    before = [k for k in range(n) if readings[k].mention.end <= pos]
    if before:
        k = before[-1]
        gap = text[readings[k].mention.end:pos]
        if len(gap) <= 40 and not _GAP_BREAK.search(gap):
            group = [k]
            while k > 0 and _AND_GAP.fullmatch(text[readings[k - 1].mention.end:readings[k].mention.start]):
                k -= 1
                group.insert(0, k)
            if len(group) >= 2:
                return group, readings[group[0]].prev_end, readings[group[0]].mention.start
    after = [k for k in range(n) if readings[k].mention.start >= rm.end()]
    if after:
        k = after[0]
        gap = text[rm.end():readings[k].mention.start]
        if len(gap) <= 60 and not _GAP_BREAK.search(gap):
            group = [k]
            while k + 1 < n and _AND_GAP.fullmatch(text[readings[k].mention.end:readings[k + 1].mention.start]):
                k += 1
                group.append(k)
            if len(group) >= 2:
                return group, readings[group[0]].prev_end, pos
    return [], 0, 0


def _pair_respectively(text: str, sent: Sentence, readings: list[_Reading]) -> list[_Reading]:
    """Give each figure of a 'respectively' list its own subject, and the list's kind and direction."""
    out = list(readings)
    for rm in _RESPECTIVELY.finditer(text, sent.start, sent.end):
        group, window_lo, window_hi = _respectively_group(text, out, rm)
        if not group:
            continue
        first = out[group[0]]
        members = tuple(group)
        for k in group:
            r = out[k]
            if k != group[0] and r.mention.unit == first.mention.unit:
                negative = first.kind in _CHANGE_KINDS and is_negative(text, r.mention)
                # "grew by 5.9%, 6.5% and -9.6% respectively": the list's kind, and its direction unless signed
                out[k] = r._replace(group=members, kind=first.kind, direction="down" if negative else first.direction)
            else:
                out[k] = r._replace(group=members)
        subjects = _list_subjects(text, window_lo, window_hi, len(group))
        if subjects is not None:
            for k, subj in zip(group, subjects):
                out[k] = out[k]._replace(subject=subj, inherited=True)
        elif not subject_of(_lead_window(text, window_lo, window_hi)):
            out = _subjects_from_prior_list(text, out, group)
    return out


def _subjects_from_prior_list(text: str, readings: list[_Reading], group: list[int]) -> list[_Reading]:
    """A 'respectively' list with no subjects of its own takes those of as many amounts, counts,
    quantities or shares before it: "the output of grain and vegetables was 1.2 and 3.4 million tons,
    up 3.1% and 5.2% respectively"; a subject those earlier figures share is split over the list."""
    out = list(readings)
    prior = [k for k in range(group[0]) if out[k].kind in ("amount", "count", "quantity", "share")]
    if len(prior) < len(group):
        return out
    prior = prior[-len(group):]
    for p in prior:   # "1.2 million tons and 3.4 million tons": the second has the first's subject
        if not out[p].subject and p and _LIST_GAP.fullmatch(text, out[p - 1].mention.end, out[p].mention.start):
            out[p] = out[p]._replace(subject=out[p - 1].subject)
    shared = {out[p].subject for p in prior}
    if len(shared) == 1 and "" not in shared:
        split = _split_list(shared.pop(), len(group))
        if split:
            for p, subj in zip(prior, split):
                out[p] = out[p]._replace(subject=_clean_subject(subj))
    for k, p in zip(group, prior):
        out[k] = out[k]._replace(subject=out[p].subject, inherited=True)
    return out
