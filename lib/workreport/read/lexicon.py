"""Words of the genre: number words, scales, units, qualifiers and the verbs around figures.

Kept as data in one place so that parsing rules read as rules, not word lists.
"""
from __future__ import annotations

from decimal import Decimal

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER_WORD_RE = (
    rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS}|{_UNITS_WORDS})(?:\s+(?:hundred|thousand))?"
    r"|(?:a\s+)?hundred|thousand"
)

# Scale words after a number; "10,000" and "100 million" are how translations render 万 and 亿.
SCALES = {
    "thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "10,000": Decimal(10) ** 4, "10000": Decimal(10) ** 4,
    "ten thousand": Decimal(10) ** 4, "100 million": Decimal(10) ** 8, "hundred million": Decimal(10) ** 8,
}
SCALE_RE = r"100 million|hundred million|ten thousand|10,000|10000|thousand|million|billion|trillion"

# Surface unit -> contract unit. Order matters in the regex (longest first).
UNIT_PATTERNS = [
    (r"percentage points?|percent points?|pct\.? points?", "pp"),
    (r"%|％|percent|per cent", "%"),
    (r"U\.?S\.? dollars?|US\$|USD|dollars?", "USD"),
    (r"yuan|RMB|CNY", "CNY"),
    (r"square (?:kilomet(?:er|re)s?)|sq\.? ?km|km2|km²", "km2"),
    (r"square (?:met(?:er|re)s?)|sq\.? ?m\b|m2\b|m²|㎡", "m2"),
    (r"kilomet(?:er|re)s?|km\b", "km"),
    (r"hectares?|ha\b", "ha"),
    (r"mu\b", "mu"),
    (r"jin\b", "jin"),
    (r"(?:metric )?tons?\b|(?:metric )?tonnes?\b", "ton"),
    (r"kilograms?\b|kilogrammes?\b|kg\b", "kg"),
    (r"(?:working |work |business )?days?\b", "day"),
    (r"months?\b", "month"),
    (r"years?\b", "year"),
    (r"times\b", "times"),
]
UNIT_RE = "|".join(f"(?:{p})" for p, _ in UNIT_PATTERNS)
CURRENCY_PREFIX = {"rmb": "CNY", "cny": "CNY", "¥": "CNY", "us$": "USD", "$": "USD", "usd": "USD"}
CURRENCY_PREFIX_RE = r"RMB|CNY|USD|US\$|\$|¥"

# Qualifiers before a number, longest first; value is the contract's qualifier.
QUALIFIERS_BEFORE = [
    ("no less than", "at_least"), ("not less than", "at_least"), ("no fewer than", "at_least"),
    ("not fewer than", "at_least"), ("no more than", "at_most"), ("not more than", "at_most"),
    ("does not exceed", "at_most"), ("not exceeding", "at_most"), ("not exceed", "at_most"),
    ("more than", "more_than"), ("greater than", "more_than"), ("higher than", "more_than"),
    ("less than", "less_than"), ("fewer than", "less_than"), ("lower than", "less_than"),
    ("at least", "at_least"), ("at most", "at_most"), ("up to", "at_most"), ("close to", "about"),
    ("exceeding", "more_than"), ("exceeded", "more_than"), ("exceeds", "more_than"), ("exceed", "more_than"),
    ("surpassing", "more_than"), ("surpassed", "more_than"), ("over", "more_than"), ("above", "more_than"),
    ("within", "at_most"), ("below", "less_than"), ("under", "less_than"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("nearly", "about"),
    ("almost", "about"), ("roughly", "about"), ("some", "about"),
]
QUALIFIERS_AFTER = [
    ("or more", "at_least"), ("or above", "at_least"), ("and above", "at_least"), ("or higher", "at_least"),
    ("and more", "at_least"), ("or over", "at_least"), ("or less", "at_most"), ("or below", "at_most"),
    ("and below", "at_most"), ("or lower", "at_most"), ("or so", "about"),
]

GROWTH_WORDS = (
    r"increase[sd]?|increasing|grew|grow[sn]?|growing|growth|rose|rise[sn]?|rising|up|decrease[sd]?|decreasing|"
    r"decline[sd]?|declining|fell|fall(?:s|ing)?|drop(?:ped|s|ping)?|down|reduce[sd]?|reducing|reduction|cut|"
    r"expand(?:ed|s|ing)?|expansion|contract(?:ed|s|ion)?|jump(?:ed|s)?|surge[ds]?|surging|climb(?:ed|s)?|"
    r"gain(?:ed|s)?|higher|lower|slow(?:ed)?|rebound(?:ed)?|boost(?:ed)?|raise[sd]?|shr[iau]nk(?:s|ing)?"
)
DOWN_WORDS = r"decreas|declin|\bfell\b|\bfall|drop|reduc|\bdown\b|\blower\b|\bcut\b|shr[iau]nk|contract|slow|negative"

# Words that end a subject window before the figure ("... will increase by"), removed from its end.
TRAILING_VERBS = frozenset("""
will would shall should can could may might must has have had been be is was were are being also further still
steadily basically significantly newly continuously to by at of for from in on than up down about as
increase increases increased increasing grew grow grows grown growing growth rose rise rises risen rising
decrease decreases decreased decreasing decline declines declined declining fell fall falls falling drop dropped
drops reduce reduced reduces reducing reduction cut reach reached reaches reaching exceed exceeded exceeds
exceeding account accounts accounted accounting total totaled totalled totals amount amounted amounts stood
stand stands controlled control kept keep maintained maintain remain remains remained recovered recover
achieve achieved achieves achieving hit realize realized realizing registered recorded hitting an a the
compared year-on-year respectively expanded expand jumped surged climbed gained rebounded boosted raised raise
only approximately nearly around some close while which reaches hold held exceeding new added add adding
expected projected estimated forecast planned targeted stay stays stayed staying averaged averaging allocate allocated
allocating issue issued issuing invest invested investing spend spent provide provided providing arrange arranged
shrank shrink shrinks shrunk slowed slow saw see sees seen witnessed
rank ranks ranked ranking shortened shorten shortens compressed took take takes
annual annually average yearly
stabilized stabilised stabilize stabilise completed finished fulfilled accomplished
recover recovers recovered recovering
""".split())
# Verbs that open an imperative or past clause before the subject ("complete the sown area of ...").
LEADING_VERBS = frozenset("""
build built complete completed implement implemented upgrade upgraded transform transformed add added create
created cultivate cultivated open opened hold held launch launched introduce introduced support supported repair
repaired restore restored clean rectify rectified revitalize revitalized realize realized achieve achieved
receive received raise raised develop developed carry promote promoted attract attracted strive start started
set help helped reduce reduced increase increased expand expanded tap reach reached make made ensure ensured
keep kept maintain maintained renovate renovated newly effectively actively vigorously strive striving
recorded record registered register saw see generated generate reported report and with while whereas of which
where including include includes among them it its our their this these that the a an in there was were
up so as to also further accelerate accelerated enhance enhanced improve improved strengthen strengthened
we i will would shall should must can could plan plans planned aim aims aimed have has had issue issued allocate
allocated invest invested spend spent provide provided arrange arranged cut
for strive striving work seek try endeavor endeavour continue continued
""".split())
DETERMINERS = frozenset("the a an".split())
# Words that qualify a noun shared by a list: "urban and rural residents", "primary, secondary and
# tertiary industries", "import and export volume".
LIST_ADJECTIVES = frozenset("""
urban rural primary secondary tertiary domestic foreign overseas public private central local national provincial
municipal county township state state-owned industrial agricultural commercial residential large medium-sized small
import export inbound outbound upstream downstream online offline male female
""".split())
PRONOUN_SUBJECTS = frozenset("it which they this that these those both each all them".split())
# Measure words: "6,036 sets of affordable rental housing" counts sets of something.
MEASURE_WORDS = frozenset("sets set items item pieces batches batch kinds types units rounds groups".split())
COPULA_END = (
    r"(?:\bis|\bwas|\bwere|\bare|\bbe|\breach(?:ed|es|ing)?|\btotal(?:l?ed|ing|s)?|\bamount(?:ed|ing|s)? to|"
    r"\bstood at|\bincrease[ds]? to|\brose to|\bgrew to|\bup to|\bto|\bof|\bhit|\bnumbered|\bcame to)\s*$"
)
ESTIMATE_HEDGE = (
    r"\b(?:it is estimated|(?:is|are|was|were) estimated|estimated (?:at|to|that)|it is expected that|"
    r"(?:is|are) expected to (?:reach|be|grow|increase|exceed|total|hit)|preliminar(?:y|ily)|projected|"
    r"it is anticipated that|an estimated|estimates? show)"
)
# Nouns that do not count things; a number before them is not a count.
NOT_COUNTED = frozenset("""
is was were are has have its this his us thus plus as yes does goes less unless process success across
various previous serious famous numerous analysis basis crisis emphasis series news always perhaps status
""".split())
IRREGULAR_PLURALS = frozenset("people children personnel staff police cattle livestock poultry".split())
