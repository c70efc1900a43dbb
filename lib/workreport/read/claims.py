"""From candidate mentions to quantitative claims: kind, subject, period, status, indicator.

Rules work on the clause around each figure. The subject is the noun phrase
before the verb ("the regional GDP will increase by ...") or, for counts, the
noun counted after the number ("13 new public kindergartens"). "Respectively"
lists pair figures with list items in order; a bare "an increase of 15.1%"
belongs to the figure just before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..catalogue import Matcher, match_indicator, matcher_for
from ..contract.categories import KINDS, QUALIFIERS, STATUSES, UNITS  # noqa: F401 (re-exported for readers)
from . import words as vocab
from .document import Document
from .mentions import Mention, is_negative
from .words import alternation, looks_plural



@dataclass
class Claim:
    claim_id: int
    start: int
    end: int
    expr: str
    value: float
    value_high: float | None
    unit: str
    counted: str
    kind: str
    qualifier: str
    direction: str
    period: int | None
    base_period: int | None
    status: str
    subject: str
    indicator: str
    section: str
    sentence: str
    sentence_start: int
    sentence_end: int
    part: str


# Word lists (read/en/*.csv) and the patterns built from them; the patterns' structure is here.
_TRAILING_WORDS = vocab.words("trailing_words")
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


def _whole_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(all words, those that must end a word) of a list with a whole_word column."""
    flags = vocab.column(name, "whole_word")
    return frozenset(flags), frozenset(k for k, v in flags.items() if v == "yes")


_BOUNDARY = re.compile(r",(?!\d{3}\b)|[;:(]|\s[-—–]\s")
_CUT = re.compile(rf"\b(?:{alternation(_CLAUSE_OPENERS)})\s+", re.I)
_GROWTH_TAIL = re.compile(rf"\b(?:{alternation(vocab.words('growth_words'))})(?:\s+(?:by|of|at|in))?\s*$", re.I)
_GROWTH_AFTER = re.compile(rf"\s*(?:{alternation(*_whole_words('growth_after'))})", re.I)
_GROWTH_NOUN = re.compile(rf"\b(?:{alternation(vocab.words('growth_nouns'))})s?\b", re.I)
_GROWTH_VERB = re.compile(rf"\b(?:{alternation(vocab.words('growth_verbs'))})\b", re.I)
_SHARE_WORDS = re.compile(rf"\b(?:{alternation(*_whole_words('share_words'))})", re.I)
_RATIO = re.compile(r"\brecover\w*\s+to\s*$|\bequivalent to\s*$|\bas much as\s*$", re.I)
_RATIO_AFTER = re.compile(
    r"\s*(?:of|in|at)\s+(?:the\s+)?(?:same period (?:of|in)\s+)?(?:19|20)\d\d\b"
    r"|\s*of (?:the|its) (?:pre-\w+\s+)?level"
    r"|\s*of (?:that|those|the level|the figure) (?:of|in) (?:the same period (?:of|in) )?(?:19|20)\d\d\b", re.I)
_DOWN = re.compile(rf"\b(?:{alternation(*_whole_words('falling_words'))})", re.I)
_COPULA_END = re.compile(rf"\b(?:{alternation(vocab.where('level_verbs', 'kind', 'copula'))})\s*$", re.I)
_STRONG_LEAD = re.compile(rf"\b(?:{alternation(vocab.where('level_verbs', 'kind', 'rises_to'))})\s+to\s*$", re.I)
_ESTIMATE = re.compile(rf"\b(?:{alternation(_HEDGES)})", re.I)
_TOKEN = re.compile(r"\"[^\"]{1,80}\"|“[^”]{1,80}”|[A-Za-z][A-Za-z0-9&'’/-]*|\d+[A-Za-z][A-Za-z0-9&'’/-]*|\d[\d,.]*"
                    r"|[,;:.()!?]|\S")
_WORDS = re.compile(r"\"[^\"]{1,80}\"|“[^”]{1,80}”|[A-Za-z0-9][A-Za-z0-9&'’/-]*(?:[.,]\d+)*")
_YEAR_CUE = re.compile(
    rf"\b(?:{alternation(vocab.words('base_year_cues'))})\s+(?:the\s+)?(?:end of\s+)?((?:19|20)\d\d)\b", re.I)
_RATIO_YEAR = re.compile(r"\b(?:of|in|at|than|with)\s+(?:the\s+)?(?:same period (?:of|in)\s+)?((?:19|20)\d\d)\b", re.I)
_BY_YEAR = re.compile(r"\bby (?:the end of )?((?:19|20)\d\d)\b", re.I)
_NUMBER_OF = re.compile(r"\bnumber of ((?:[\w&'-]+\s*){1,6})", re.I)
# Substrings one of which every hedge, clause opener and time-frame word holds, whatever the case of its
# first letter: cheap tests before a pattern is tried (tests/test_words.py checks they cover the lists).
_HEDGE_HINTS = ("stimat", "xpect", "reliminar", "rojected", "nticipat")
_OF_TO_END = re.compile(r"\b(?:of|to)\s*$")
_PLAIN_NUMBER = re.compile(r"^\d[\d,.]*$")
_LIST_GAP = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_PREP = re.compile(r"\b(?:to|of|in|for|with|from|on)\s+", re.I)


def _clean_words(words: list[str]) -> list[str]:
    return [w.strip("\"“”") for w in words if w.strip("\"“” \t\u00a0")]


def _lead_window(text: str, lo: int, hi: int) -> str:
    """The clause text just before a figure, from the last clause boundary."""
    window = text[lo:hi]
    cut = 0
    for m in _BOUNDARY.finditer(window):
        cut = m.end()
    window = window[cut:]
    if any(h in window for h in _CUT_HINTS):
        last = None
        for last in _CUT.finditer(window):
            pass
        if last is not None:
            window = window[last.end():]
    return window


_WORDS_COMMAS = re.compile(_WORDS.pattern + "|,")


_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|while|whereas|but)\s")
_PHRASE_END = re.compile(r"[,;:.!?()]\s|[,;:!?()]|\.$|\s(?:and|while|which|with)\s")
_TIME_FRAME = re.compile(rf"\b(?:over|in|during|for|within)\s+the\s+(?:{alternation(_TIME_FRAME_WORDS)})\s+"
                         r"(?:[\w-]+\s+)?(?:years?|months?)\b,?", re.I)
_IN_YEAR = re.compile(r"\b(?:in|of|for|during)\s+(?:the\s+(?:whole\s+)?year\s+(?:of\s+)?)?((?:19|20)\d\d)\b(?![-–]\d)", re.I)
_OPENING_YEAR = re.compile(r"\s*(?:in|during|for)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\s*,", re.I)
_COMPARISON_BEFORE = re.compile(rf"\b(?:{alternation(vocab.words('comparison_words'))})\s*$", re.I)
_TIME_FRAME_HINTS = ("past", "last", "revious", "next", "coming", "following")
_CUT_HINTS = ("hat", "hich", "here", "so ", "order")
_YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")


def subject_of(window: str, keep_commas: bool = False) -> str:
    """Noun phrase of a clause window, without the verbs around it: 'the regional GDP will increase by' -> 'regional gdp'."""
    if "the " in window and any(w in window for w in _TIME_FRAME_HINTS):
        window = _TIME_FRAME.sub(" ", window)
    if "20" in window or "19" in window:
        window = _IN_YEAR.sub(" ", window)   # "sales in 2022 were" -> "sales"; the year goes to `period`
    words = _clean_words((_WORDS_COMMAS if keep_commas else _WORDS).findall(window))
    while words and words[-1].lower() in _TRAILING_WORDS:
        words.pop()
    modal = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _MODALS), None)
    if modal is not None:
        # "the province will strive for GDP growth of": what follows the verb is the subject, if anything does
        after = subject_of(" ".join(words[modal + 1:]))
        words = after.split() if after else words[:modal]
    while words:
        first = words[0].lower()
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
    if len(words) == 1 and words[0].lower() in _PRONOUN_SUBJECTS:
        words = []
    return " ".join(words[-12:]).lower().replace(" ,", ",")


def follow_np(text: str, pos: int, end: int) -> tuple[list[str], list[str], int]:
    """The noun phrase after a number: core words, one short prepositional phrase, and where it ends."""
    tokens = _TOKEN.finditer(text, pos, min(end, pos + 90))   # read lazily: most phrases end in a few words
    core: list[str] = []
    pp: list[str] = []
    stop_at = pos
    target = core
    following = next(tokens, None)
    while following is not None:
        cur, following = following, next(tokens, None)
        tok, tend = cur.group(), cur.end()
        low = tok.lower()
        nxt = following.group().lower() if following is not None else ""
        if tok in ",;:.()!?" or not (tok[0].isalnum() or tok[0] in "\"“") or _PLAIN_NUMBER.match(tok):
            break
        if low in ("and", "or") and not (core if target is core else pp):
            break
        if low == "and" and (not nxt or nxt[0].isdigit() or nxt in _VERBISH
                             or (nxt.endswith("ed") and "-" not in nxt) or nxt in _DETERMINERS or nxt in _NP_STOP):
            break
        if target is core:
            if low in _NP_STOP:
                if core and low in ("of", "in", "for") and (core[-1].lower() in _MEASURE_WORDS or low != "of" or len(core) <= 3):
                    target = pp
                    pp.append(low)
                    stop_at = tend
                    continue
                break
            if core and looks_plural(core[-1]) and (low in _VERBISH or (looks_plural(low) and low not in vocab.IRREGULAR_PLURALS)
                                                      or (low.endswith("ed") and "-" not in low)):
                break
            core.append(tok)
            stop_at = tend
            if len(core) >= 12:
                break
        else:
            if low in _NP_STOP or len(pp) >= 7 or (pp and looks_plural(pp[-1]) and low in _VERBISH):
                break
            pp.append(tok)
            stop_at = tend
    while core and core[-1].lower() in ("and", "or"):
        core.pop()
    while pp and pp[-1].lower() in ("and", "or", "the"):
        pp.pop()
    if len(pp) == 1:
        pp = []
    return _clean_words(core), _clean_words(pp), stop_at


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
    """'urban and rural residents' -> 'urban residents', 'rural residents': the last item's noun is shared."""
    last = items[-1].split()
    if len(last) < 2 or last[0] not in _LIST_ADJECTIVES:
        return items
    for item in items[:-1]:
        core = [w for w in item.split() if w not in _DETERMINERS]
        if len(core) != 1 or core[0] not in _LIST_ADJECTIVES:
            return items
    tail = " ".join(last[1:])
    return [f"{item} {tail}" for item in items[:-1]] + [items[-1]]


def _kind(c: Mention, lead: str, after: str, text: str) -> str:
    unit = c.unit
    if c.rank:
        return "rank"
    if unit == "pp":
        return "pp_change"
    if unit == "%":
        tail = lead[-60:]
        if _GROWTH_TAIL.search(tail) or _GROWTH_AFTER.match(after):
            return "growth"
        if tail.rstrip().lower().endswith("by") and _GROWTH_VERB.search(lead):
            return "growth"
        if _RATIO.search(tail) or (_RATIO_AFTER.match(after) and not _SHARE_WORDS.search(tail)):
            return "ratio_to_base"
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
    """Claims from the candidate mentions; candidates that quantify nothing become 'other' non-claims."""
    catalogue = catalogue if isinstance(catalogue, Matcher) else matcher_for(tuple(catalogue))
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.nonclaim_type is None:
            by_sentence.setdefault(doc.sentence_index(m.start), []).append(m)
    claims: list[Claim] = []
    for si in sorted(by_sentence):
        claims.extend(_sentence_claims(doc, si, by_sentence[si], catalogue))
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


def _sentence_claims(doc: Document, si: int, cands: list[Mention], catalogue) -> list[Claim]:
    text = doc.text
    sent = doc.sentences[si]
    s_text = text[sent.start:sent.end]
    rows = []
    prev_end = sent.start
    for k, c in enumerate(cands):
        nxt = cands[k + 1].start if k + 1 < len(cands) else sent.end
        lead_raw = text[max(prev_end, c.start - 160):c.start]
        lead = _lead_window(text, max(prev_end, c.start - 160), c.start)
        after = text[c.end:min(nxt, sent.end, c.end + 80)]
        kind = _kind(c, lead, after, text)
        direction = "none"
        if kind in ("growth", "pp_change"):
            own = _CLAUSE_END.split(after, 1)[0]   # "grew 5.2% and consumer prices fell": not this figure's verb
            probe = lead[-45:] + " " + own[:25]
            direction = "down" if is_negative(text, c) or _DOWN.search(probe) or (
                kind == "growth" and _DOWN.search(lead) and _GROWTH_NOUN.search(lead)) else "up"
        counted = ""
        np_end = c.end
        counts = kind in ("count", "quantity", "duration", "rank")
        subject = "" if counts else subject_of(lead)   # a count's subject is usually the noun it counts
        if counts:
            core, pp, np_end = follow_np(text, c.end, min(nxt, sent.end))
            counted, np_subject = _np_subject(kind, core, pp)
            if kind == "quantity" and not np_subject:
                m_of = re.match(r"\s+of\s+", text[c.end:c.end + 6])
                if m_of:
                    core2, _, np_end = follow_np(text, c.end + m_of.end(), min(nxt, sent.end))
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
            if kind == "count" and not counted:
                m_no = _NUMBER_OF.search(subject)
                if m_no:
                    counted = _counted_from(m_no.group(1).split())
        elif not subject and kind in ("growth", "pp_change") and re.match(r"\s+in\s+", after):
            # "a drop of around 2.5 percent in energy consumption per unit of GDP"
            a = c.end + re.match(r"\s+in\s+", after).end()
            b = _PHRASE_END.search(text, a, min(nxt, sent.end, a + 80))
            np_end = b.start() if b else min(nxt, sent.end, a + 80)
            subject = subject_of(text[a:np_end])
        elif not subject and re.match(r"\s+of\s+", after):
            core, _, of_end = follow_np(text, c.end + re.match(r"\s+of\s+", after).end(), min(nxt, sent.end))
            if kind == "amount" and core:
                subject = " ".join(core).lower()   # "(we will issue) 1 trillion yuan of special treasury bonds"
                np_end = of_end
            elif re.match(r"\s+(?:were|was|are|is|have|has|had)\b", text[of_end:of_end + 8]):
                subject = " ".join(core).lower()   # "93% of government service matters were ..."
        rows.append(dict(m=c, lead=lead, prev_end=prev_end, after=after, kind=kind, direction=direction,
                         subject=_clean_subject(subject), counted=counted, group=None, inherited=False))
        prev_end = max(c.end, np_end)

    # "increased by 5% and 7.5%": a figure joined to the one before by 'and' shares its kind and direction
    for k in range(1, len(rows)):
        prev, cur = rows[k - 1], rows[k]
        if prev["kind"] in ("growth", "pp_change") and cur["kind"] != prev["kind"] \
                and cur["m"].unit == prev["m"].unit and _LIST_GAP.fullmatch(text, prev["m"].end, cur["m"].start):
            cur["kind"] = prev["kind"]
            cur["direction"] = "down" if is_negative(text, cur["m"]) else prev["direction"]
    if "espectively" in s_text:
        _pair_respectively(text, sent, rows)
    _pair_parallel_lists(text, rows)
    # A figure with no subject of its own ("an increase of 15.1%") belongs to the one before it.
    for k, r in enumerate(rows):
        if not r["subject"] and k > 0:
            r["subject"] = rows[k - 1]["subject"]
            r["inherited"] = True
        if r["kind"] == "count" and not r["counted"] and k > 0 and rows[k - 1]["kind"] == "count":
            r["counted"] = rows[k - 1]["counted"]
            if not r["subject"] or r["subject"] == rows[k - 1]["subject"]:
                r["subject"] = rows[k - 1]["subject"]

    out = []
    role = sent.role
    year = doc.year
    hedge = None
    if role not in ("targets", "government") and any(h in s_text for h in _HEDGE_HINTS):
        hedge = _ESTIMATE.search(text, sent.start, sent.end)
    m_open = _OPENING_YEAR.match(s_text)
    opening_year = int(m_open.group(1)) if m_open else None
    for k, r in enumerate(rows):
        c = r["m"]
        if r["kind"] == "count" and not r["subject"] and not r["counted"]:
            c.nonclaim_type = "other"   # a bare number that counts nothing we can name
            continue
        g = r["group"] or [k]
        lo = rows[g[0] - 1]["m"].end if g[0] else sent.start
        hi = rows[g[-1] + 1]["m"].start if g[-1] + 1 < len(rows) else sent.end
        semi = text.rfind(";", lo, rows[g[0]]["m"].start)
        lo = semi + 1 if semi >= 0 else lo
        semi = text.find(";", rows[g[-1]]["m"].end, hi)
        hi = semi if semi >= 0 else hi
        hood = text[lo:hi]
        base = None
        if r["kind"] in ("growth", "pp_change", "ratio_to_base", "share"):
            ym = _YEAR_CUE.search(hood) or (_RATIO_YEAR.search(hood) if r["kind"] == "ratio_to_base" else None)
            if ym:
                base = int(ym.group(1))
        # "Sales in 2022 were ...", "In 2025, the share ...": the clause or the sentence names its own year
        named = _named_year(r["lead"]) or opening_year
        if role in ("targets", "government"):
            status = "target"
            period = year
            by = _BY_YEAR.search(hood)
            if by and year and int(by.group(1)) > year:
                period = int(by.group(1))
            elif named and year and named > year:
                period = named
        else:
            status = "estimate" if hedge is not None and hedge.start() < c.start else "actual"
            period = year - 1 if year else None
            if named and (year is None or named < year):
                period = named
        if base is not None and period is not None and base >= period:
            base = None
        subject = r["subject"]
        indicator = match_indicator(catalogue, subject, r["kind"]) if subject else ""
        if not indicator and not r["inherited"]:
            tail = " ".join(r["lead"].split()[-6:]).lower()
            # the words just before the figure, with the subject alongside so its exclusions still apply
            indicator = match_indicator(catalogue, f"{subject} | {tail}", r["kind"]) if tail else ""
        if not indicator and r["kind"] == "count" and r["counted"]:
            indicator = match_indicator(catalogue, f"{subject} {r['counted']}", r["kind"])
        out.append(Claim(
            claim_id=0, start=c.start, end=c.end, expr=c.text, value=c.value, value_high=c.value_high,
            unit=c.unit, counted=r["counted"], kind=r["kind"], qualifier=c.qualifier,
            direction=r["direction"], period=period, base_period=base, status=status, subject=subject,
            indicator=indicator, section=sent.section, sentence=s_text,
            sentence_start=sent.start, sentence_end=sent.end, part=role,
        ))
    return out


def _pair_parallel_lists(text: str, rows: list[dict]) -> None:
    """'reached 52,000 yuan and 21,000 yuan respectively, increasing by 5% and 7.5%': a list of figures
    with no subject of its own, right after a list of as many figures with distinct subjects, pairs with it."""
    runs: list[list[int]] = []
    for k in range(len(rows)):
        if k and _LIST_GAP.fullmatch(text, rows[k - 1]["m"].end, rows[k]["m"].start):
            runs[-1].append(k)
        else:
            runs.append([k])
    for prev, run in zip(runs, runs[1:]):
        if len(run) < 2 or len(prev) != len(run) or rows[run[0]]["subject"] or rows[run[0]]["group"]:
            continue
        subjects = [rows[k]["subject"] for k in prev]
        if all(subjects) and len(set(subjects)) == len(subjects):
            for k, subj in zip(run, subjects):
                rows[k]["subject"] = subj
                rows[k]["inherited"] = True


def _named_year(lead: str) -> int | None:
    """The year a clause says its figure is for ("in 2022", "for the year 2022"), not a comparison's base."""
    found = None
    for m in _IN_YEAR.finditer(lead):
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
        window = ",".join(segments[-j:])
        last = None
        for last in _CUT.finditer(window):
            pass
        if last is not None:
            window = window[last.end():]
        subjects = _split_list(window, n)
        if subjects:
            return [_clean_subject(x) for x in subjects]
        if j == 1 and not subject_of(window):
            return None
    return None


def _pair_respectively(text: str, sent, rows: list[dict]) -> None:
    """Give each figure of a 'respectively' list its own subject, and the list's kind and direction."""
    n = len(rows)
    for rm in _RESPECTIVELY.finditer(text, sent.start, sent.end):
        pos = rm.start()
        group: list[int] = []
        window_lo, window_hi = 0, 0
        before = [k for k in range(n) if rows[k]["m"].end <= pos]
        if before:
            k = before[-1]
            gap = text[rows[k]["m"].end:pos]
            if len(gap) <= 40 and not re.search(r"[;.]|\d", gap):
                group = [k]
                while k > 0 and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[rows[k - 1]["m"].end:rows[k]["m"].start]):
                    k -= 1
                    group.insert(0, k)
                window_lo, window_hi = rows[group[0]]["prev_end"], rows[group[0]]["m"].start
        if len(group) < 2:
            group = []
            after = [k for k in range(n) if rows[k]["m"].start >= rm.end()]
            if after:
                k = after[0]
                gap = text[rm.end():rows[k]["m"].start]
                if len(gap) <= 60 and not re.search(r"[;.]|\d", gap):
                    group = [k]
                    while k + 1 < n and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[rows[k]["m"].end:rows[k + 1]["m"].start]):
                        k += 1
                        group.append(k)
                    window_lo, window_hi = rows[group[0]]["prev_end"], pos
        if len(group) < 2:
            continue
        first = rows[group[0]]
        for k in group[1:]:
            if rows[k]["m"].unit == first["m"].unit:
                rows[k]["kind"], rows[k]["direction"] = first["kind"], first["direction"]
                if rows[k]["kind"] in ("growth", "pp_change") and is_negative(text, rows[k]["m"]):
                    rows[k]["direction"] = "down"   # "grew by 5.9%, 6.5% and -9.6% respectively"
        for k in group:
            rows[k]["group"] = group
        subjects = _list_subjects(text, window_lo, window_hi, len(group))
        if subjects is None:
            if subject_of(_lead_window(text, window_lo, window_hi)):
                continue
            prior = [k for k in range(group[0]) if rows[k]["kind"] in ("amount", "count", "quantity", "share")]
            if len(prior) >= len(group):
                prior = prior[-len(group):]
                for p in prior:   # "1.2 million tons and 3.4 million tons": the second has the first's subject
                    if not rows[p]["subject"] and p and _LIST_GAP.fullmatch(text, rows[p - 1]["m"].end, rows[p]["m"].start):
                        rows[p]["subject"] = rows[p - 1]["subject"]
                shared = {rows[p]["subject"] for p in prior}
                if len(shared) == 1 and "" not in shared:
                    # "the output of grain and vegetables was 1.2 and 3.4 million tons, up 3.1% and 5.2%
                    # respectively": the earlier figures share a list subject, which this list splits
                    split = _split_list(shared.pop(), len(group))
                    if split:
                        for p, subj in zip(prior, split):
                            rows[p]["subject"] = _clean_subject(subj)
                for k, p in zip(group, prior):
                    rows[k]["subject"] = rows[p]["subject"]
                    rows[k]["inherited"] = True
            continue
        for k, subj in zip(group, subjects):
            rows[k]["subject"] = subj
            rows[k]["inherited"] = True
