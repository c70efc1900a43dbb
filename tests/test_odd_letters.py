"""Letters a case-blind pattern equates with an ASCII letter that str.lower does not lower to it (İ lowers to two
characters, 'i' and a combining dot; ı, ſ and the Kelvin sign K are matched as i, s and k). English words are
found in the lowered text by str.find, so the lowered text must keep every offset of the text and match those
letters as a pattern does: a number word after an 'İ' was once looked for one character too far, and lost.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import workreport
from workreport.read.scan import FOLDS_ODDLY, find_words, lowered

_ODD = "".join(FOLDS_ODDLY)
_REPORT = ("The İzmir and Kırşehir delegations visited (ſ, K). GDP grew by 5 percent. We built three hundred "
           "schools and twelve hospitals in 2023. Revenue will double the 2010 level.\n")


def test_number_words_and_multiples_after_an_odd_letter_are_read():
    e = workreport.extract_text(_REPORT, language="en")
    found = [(r.text, _REPORT[r.start:r.end]) for r in e.mentions.itertuples()]
    assert [t for t, _ in found] == ["5 percent", "three hundred", "twelve", "2023", "double", "2010"]
    assert all(text == at for text, at in found)   # each at its own offsets in the text


def test_a_report_with_odd_letters_reads_as_the_same_report_with_plain_ones():
    plain = _REPORT.translate(str.maketrans(_ODD, "IisK"))
    odd, same = (workreport.extract_text(t, language="en") for t in (_REPORT, plain))
    assert odd.mentions.equals(same.mentions)
    columns = ["start", "end", "value", "unit", "kind", "status", "period"]
    assert odd.claims[columns].equals(same.claims[columns])


def test_the_targets_noun_after_an_odd_letter_still_opens_the_targets():
    text = ("Kırşehir ſaw İts work reviewed.\nThe main targets for development this year are: GDP growth of "
            "around 5 percent and grain output of over 650 million metric tons.\n")
    claims = workreport.extract_text(text, language="en", year=2025).claims
    assert set(claims["status"]) == {"target"} and len(claims) == 2


def test_letters_that_lower_to_themselves_but_fold_to_ascii_ones_are_found_as_a_pattern_finds_them():
    """ı and ſ lower to themselves, each one non-ASCII letter as it was, yet a case-blind pattern reads them as
    i and s: the lowered text writes them so."""
    for text, word in [("fıve hundred", "five"), ("a thouſand", "thousand"), ("ſix", "six"), ("KILO", "kilo")]:
        assert find_words(lowered(text), [word]) == [m.start() for m in re.finditer(word, text, re.I)] != []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="fivetwousandhrxIVESK" + _ODD + "éΣß1 -", max_size=40))
def test_a_word_found_in_the_lowered_text_stands_where_a_case_blind_pattern_finds_it(text):
    low = lowered(text)
    assert len(low) == len(text)
    for word in ("five", "two", "thousand", "six", "k"):
        starts = [m.start() for m in re.finditer(f"(?={word})", text, re.I)]
        assert find_words(low, [word]) == starts, (word, text)
