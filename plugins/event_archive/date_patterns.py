"""The date patterns of one language, built once from CLDR month and weekday names.

Babel gives every locale's month names (wide and abbreviated, 'format' and 'stand-alone', so
Russian 'декабря' is there) and weekday names; the few words CLDR lacks are in dates_words.
Each pattern has a gate, a cheap test of the words a paragraph holds, so that an expression
is only tried where it can match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from babel import Locale

from .country_names import locales_of
from .dates_words import (
    DAY_LEADS,
    DAY_WORDS,
    MONTH_WORDS,
    NOT_WEEKDAYS,
    PRESS_MONTHS,
    RANGE_JOINERS,
    RELATIVE_DAYS,
    SLAVIC_WEEKDAY_LEADS,
    WEEKDAY_LEADS,
    YEAR_WORDS,
)
from .text import LETTER

BUDDHIST = {"th", "lo", "km", "my"}
DAY_ONLY = {"zh", "ja", "ko"}  # languages whose news name the event's day alone
DAY = r"(?P<d>[0-3]?\d)"
MONTH = r"(?P<m>1[0-2]|0?[1-9])"


def _marks() -> str:
    """Combining vowel signs and viramas (मिस्र, ভারত): letters of a word, though not \\w."""
    marks = [c for c in range(0x300, 0x10000)
             if unicodedata.category(chr(c)) in ("Mn", "Mc")] + [0x200C, 0x200D]
    ranges: list[list[int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in ranges)


MARKS = _marks()
NOT_AFTER_NUMBER = r"(?<![\d.,/:\-])"
END = rf"(?![^\W_]|[{MARKS}])"  # not followed by a letter, a digit or a vowel sign
START = rf"(?<![^\W_]|[{MARKS}])"  # not after one
NUMBER_END = r"(?!\d|[/.\-:]\d|\s*%)"
CJK_DAY = r"\s*[日일号號]"
ORDER = r"(?P<dm>)"  # marks "9/12": day first, as in most of the world, unless 12 < month
EITHER = r"(?P<m>[0-3]?\d)"  # the month of "9/12", or its day when it is written "12/9"


WORD = re.compile(r"[^\W\d_]+")
SPACED = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u04ff'’ .-]+")
NUMERIC = re.compile(r"\d\s?[/.\-–]\s?\d")
UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]+")
CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]+")


@dataclass(frozen=True)
class Cues:
    """What a paragraph holds, found once: the gates of the patterns are tested against it."""

    low: str
    numeric: bool


@dataclass(frozen=True)
class Gate:
    """A cheap test a text must pass for a pattern to be tried: the words the pattern needs.

    One pass of `finder` or a substring test is much cheaper than an expression that is tried
    at every character and fails.
    """

    words: frozenset[str] = frozenset()  # first words, lower case
    pieces: tuple[str, ...] = ()  # substrings, for scripts written without spaces
    numeric: bool = False  # a digit, a separator and a digit

    @cached_property
    def finder(self) -> re.Pattern[str]:
        """One of the words, up to the end of a word: a trie, so that at each character one
        branch is followed rather than every word."""
        return re.compile(rf"{_trie(self.words)}(?![^\W\d_])")

    def open(self, cues: Cues) -> bool:
        if (self.numeric and cues.numeric) or (self.words and self._has_word(cues.low)):
            return True
        return bool(self.pieces) and any(piece in cues.low for piece in self.pieces)

    def _has_word(self, low: str) -> bool:
        """Whether one of the words is a whole word of the text (a run of letters).

        A match starting inside a longer word is skipped; it cannot hide a whole word, since
        it ends where its own run of letters does."""
        for found in self.finder.finditer(low):
            start = found.start()
            if not start or not LETTER.match(low, start - 1):
                return True
        return False


def _trie(words: frozenset[str]) -> str:
    """An expression matching exactly the words, with one branch per shared prefix."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict) -> str:
    alternatives = [re.escape(char) + _branches(child) for char, child in sorted(node.items())
                    if char]
    if not alternatives:
        return ""
    group = f"(?:{'|'.join(alternatives)})"
    return f"{group}?" if "" in node else group


def _gate(keys: list[str]) -> Gate:
    keys = [k.lower() for k in keys]
    spaced = [k for k in keys if SPACED.fullmatch(k)]
    words = frozenset(m.group(0) for k in spaced if (m := WORD.search(k)))
    return Gate(words, tuple(k for k in keys if k not in spaced))


def cues(text: str) -> Cues:
    return Cues(text.lower(), bool(NUMERIC.search(text)))


NUMBERS = Gate(numeric=True)
CJK_MONTH = Gate(pieces=("月", "월"))
Rule = tuple[re.Pattern[str], Gate]


@dataclass(frozen=True)
class Patterns:
    """Every date pattern of one language, compiled once."""

    spans: list[Rule]  # visit spans: first, so their days are not read as events
    dates: list[Rule]  # single days, most specific first
    joiner: re.Pattern[str]  # what makes two single days a span
    relative: Rule | None
    days_ago: Rule | None
    weekday: Rule | None
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    day_only: Rule | None = None  # "28日", "28일": the month is the publication's
    # The spans and dates to try for each combination of open gates, made when first met.
    choices: dict[tuple[bool, ...], tuple[list[re.Pattern[str]], list[re.Pattern[str]]]] = field(
        default_factory=dict, compare=False, repr=False)

    @cached_property
    def gates(self) -> tuple[Gate, ...]:
        """The distinct gates of the spans and dates: a few, shared by many rules."""
        return tuple({id(gate): gate for _, gate in (*self.spans, *self.dates)}.values())

    def worth_trying(self, held: Cues) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
        """The spans and the dates whose gate the paragraph passes, each gate tested once."""
        key = tuple([gate.open(held) for gate in self.gates])
        lists = self.choices.get(key)
        if lists is None:
            opened = {id(gate) for gate, is_open in zip(self.gates, key, strict=True) if is_open}
            lists = self.choices[key] = (_passing(self.spans, opened), _passing(self.dates, opened))
        return lists


def _passing(rules: list[Rule], opened: set[int]) -> list[re.Pattern[str]]:
    return [pattern for pattern, gate in rules if id(gate) in opened]


@dataclass(frozen=True)
class Found:
    """A day-month found in a paragraph, before its year is settled."""

    year: int | None
    month: int | None  # None: a day alone (`Patterns.day_only`)
    day: int
    start: int
    end: int
    snippet: str
    span: bool = False  # one end of a visit span
    stamp: bool = False  # a page's own time stamp: publication, not event


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _month_names(locale: Locale) -> dict[str, int]:
    """CLDR month names, wide and abbreviated, both contexts (Russian 'декабря' is 'format')."""
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                name = name.lower().rstrip(".")
                if len(name) >= 3 and not re.search(r"\d\s*[月월]|^\d+$", name):
                    names[name] = number
    return names


def _press_months(lang: str) -> dict[str, int]:
    names: dict[str, int] = {}
    for row in PRESS_MONTHS.get(lang, ()):
        for number, forms in enumerate(row, start=1):
            names.update((form, number) for form in ((forms,) if isinstance(forms, str)
                                                     else forms))
    return names


def _weekday_names(locale: Locale) -> dict[str, int]:
    """CLDR weekday names (Monday = 0): wide ones, and Chinese short ones ('周二') too.

    Short names in spaced scripts ('Tue', 'mar.'), one-character ones ('火') and short Thai or
    Lao ones ('ຈັນ', a syllable of 'ວຽງຈັນ') are words of their own too often.
    """
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.days[context][width].items():
                if width == "wide" or (len(name) >= 2 and CJK.fullmatch(name)):
                    names[name] = number
    return names


def _weekday_pattern(names: dict[str, int]) -> str:
    """Case-sensitive on purpose: Vietnamese 'thứ tư' is 'fourth', 'thứ Tư' is Wednesday.

    Slavic weekdays are read after their preposition only ('в среду'), as 'среда' is also
    'environment'; their accusative ('в пятницу') is not in CLDR.
    """
    forms = []
    for name in names:
        if name.lower() in NOT_WEEKDAYS:
            continue
        for form in {name, name[0].upper() + name[1:], name[0].lower() + name[1:]}:
            escaped = re.escape(form)
            if re.search("[\u0400-\u04ff]", form):
                if form[-1] in "ая":
                    escaped = escaped[:-1] + ("[ау]" if form[-1] == "а" else "[яю]")
                escaped = f"(?:{_slavic_leads()}){escaped}"
            forms.append(_with_day_word(form, escaped))
        if " " in name and name.lower() != name:  # "chiều thứ bảy", not "lần thứ hai"
            forms.append(_after_day_lead(re.escape(name.lower())))
    forms.sort(key=len, reverse=True)
    return "|".join(forms)


@lru_cache(maxsize=1)
def _slavic_leads() -> str:
    """Lookbehinds for SLAVIC_WEEKDAY_LEADS, each a whole word (Python's are fixed-width)."""
    return "|".join(rf"(?<=(?<![^\W_]){re.escape(case)}\s)" for lead in SLAVIC_WEEKDAY_LEADS
                    for case in (lead, lead[0].upper() + lead[1:]))


def _after_day_lead(escaped: str) -> str:
    """A weekday in lower case, read only after a word that leads to a day ("chiều", "sáng")."""
    return f"(?:{_day_leads()}){escaped}"


@lru_cache(maxsize=1)
def _day_leads() -> str:
    """Lookbehinds for WEEKDAY_LEADS, as written and capitalised: made once, not per weekday."""
    return "|".join(f"(?<={re.escape(case)} )" for w in WEEKDAY_LEADS
                    for case in dict.fromkeys((w, w.capitalize())))


def _with_day_word(form: str, escaped: str) -> str:
    """A weekday in a script without spaces, next to the word for "day" (DAY_WORDS) only."""
    for script, (before, after) in DAY_WORDS.items():
        if not re.match(f"[{script}]", form):
            continue
        if before and not form.startswith(before):
            escaped = rf"(?:(?<={re.escape(before)})|(?<={re.escape(before)}\s)){escaped}"
        if after and not form.endswith(after):
            escaped = rf"{escaped}(?=\s?{re.escape(after)})"
    return escaped


def _bounded(alternation: str, words: list[str]) -> str:
    """Word boundaries where the script has them (not in Chinese, Japanese or Thai)."""
    if any(UNSPACED.search(w) for w in words):
        return f"(?:{alternation})"
    return rf"{START}(?:{alternation}){END}"


@lru_cache(maxsize=64)
def patterns(lang: str) -> Patterns:
    """The date patterns of a language; English month names are read in every language."""
    own = locales_of(lang)  # the language's locales, in each script it is written in
    months: dict[str, int] = {}
    for loc in {*own, *locales_of("en")}:
        months.update(_month_names(loc))
    months.update(_press_months(lang.split("-")[0]))
    weekdays: dict[str, int] = {}
    for loc in own:
        weekdays.update(_weekday_names(loc))
    full = r"19\d\d|20[0-6]\d"  # not 2070-2099: Nepal's Bikram Sambat years (२०८२)
    full += r"|25\d\d" if lang.split("-")[0] in BUDDHIST else ""  # Buddhist-era years
    year = rf"(?P<y>{full})(?!\d)"
    unspaced = [name for name in months if UNSPACED.search(name)]  # Thai, Khmer: no boundaries
    spaced = rf"{START}(?:{_alternation([n for n in months if n not in unspaced])}){END}"
    month_name = rf"(?P<mn>{spaced}|{_alternation(unspaced)})\.?" if unspaced else (
        rf"(?P<mn>{spaced})\.?")
    ordinal = r"(?:er|st|nd|rd|th|\.)?"
    year_after = rf"(?:,?\s*(?:(?:{_alternation(list(YEAR_WORDS))})\s*)?{year})?"
    month_word = rf"(?:(?:{_alternation(list(MONTH_WORDS))})\s*)?"
    words = [j for j in RANGE_JOINERS if re.match(r"[a-zà-ỹа-я]", j)]  # spaced around
    symbols = [j for j in RANGE_JOINERS if j not in words]
    joiner = (rf"(?:\s*(?:{_alternation(symbols)})\s*|\s+(?:{_alternation(words)})\s+)")
    leads = _alternation([w for w in DAY_LEADS if w != "("])
    named = _gate(list(months))
    spans = [
        (re.compile(rf"{NOT_AFTER_NUMBER}{DAY}{ordinal}{joiner}(?P<d2>[0-3]?\d){ordinal}\s*"
                    rf"(?:de\s+)?{month_name}{year_after}", re.I), named),
        (re.compile(rf"{month_name}\s+{DAY}(?:st|nd|rd|th)?{joiner}(?P<d2>[0-3]?\d)"
                    rf"(?:st|nd|rd|th)?{END}(?:,?\s+{year})?", re.I), named),
        (re.compile(rf"(?<!\d)(?:{year}\s*[年년]\s*)?{MONTH}\s*[月월]\s*{DAY}(?:{CJK_DAY})?"
                    rf"{joiner}(?:(?:1[0-2]|0?[1-9])\s*[月월]\s*)?(?P<d2>[0-3]?\d){CJK_DAY}"),
         CJK_MONTH),
        (re.compile(rf"{NOT_AFTER_NUMBER}{DAY}\s*[-–]\s*(?P<d2>[0-3]?\d)[/.]{MONTH}"
                    rf"(?:[/.]{year})?{NUMBER_END}"), NUMBERS),
    ]
    dates = [
        (re.compile(rf"(?<![\d.,/\-]){year}([-/.])\s?{MONTH}\2\s?{DAY}(?!\d)"), NUMBERS),
        (re.compile(rf"(?<!\d)(?:{year}\s*[年년]\s*)?{MONTH}\s*[月월]\s*{DAY}{CJK_DAY}"),
         CJK_MONTH),
        # the year first: Hungarian "2025. március 12.", Lithuanian "2025 m. kovo 12 d."
        (re.compile(rf"(?<![\d.,/\-]){year}\.?\s*(?:m\.\s*)?{month_name}\s+{DAY}(?!\d)",
                    re.I), named),
        (re.compile(rf"{NOT_AFTER_NUMBER}{DAY}{ordinal}\s*(?:de\s+|of\s+)?{month_word}{month_name}"
                    rf"{year_after}", re.I), named),
        (re.compile(rf"{month_name}\s+{DAY}(?:st|nd|rd|th)?{END}(?:,?\s+{year})?", re.I), named),
        (re.compile(rf"{NOT_AFTER_NUMBER}{DAY}([/.\-]){EITHER}\2(?P<y>{full}|\d\d)"
                    rf"{NUMBER_END}{ORDER}"), NUMBERS),
        (re.compile(rf"(?:(?<![^\W_])(?:{leads})\s+|\(\s*){DAY}[/.\-]{EITHER}{NUMBER_END}"
                    rf"{ORDER}", re.I), NUMBERS),
    ]
    relative_words = RELATIVE_DAYS.get(lang, {}) | RELATIVE_DAYS["en"]
    relative = (re.compile(_bounded(_alternation(list(relative_words)), list(relative_words)),
                           re.I), _gate(list(relative_words)))
    days_ago = None
    if own:
        past = [p for loc in own for p in loc._data["date_fields"]["day"].get("past", {}).values()]
        forms = sorted({re.escape(p).replace(re.escape("{0}"), r"(\d{1,2})")
                        for p in past}, key=len, reverse=True)
        if forms:
            literals = [max(p.split("{0}"), key=len).strip() for p in past]
            days_ago = (re.compile(rf"(?<!\d)(?:{'|'.join(forms)})", re.I), _gate(literals))
    weekday = None
    if weekdays:
        accusatives = [w[:-1] + {"а": "у", "я": "ю"}[w[-1]] for w in weekdays
                       if w[-1] in "ая" and re.search("[\u0400-\u04ff]", w)]
        weekday = (re.compile(_bounded(_weekday_pattern(weekdays), list(weekdays))),
                   _gate([*weekdays, *accusatives]))
    return Patterns(spans, dates, re.compile(rf"^{joiner}$", re.I), relative, days_ago, weekday,
                    months, {k.lower(): v for k, v in weekdays.items()},
                    {k.lower(): v for k, v in relative_words.items()}, _day_only(lang))


def _day_only(lang: str) -> Rule | None:
    """A day without its month, as Chinese, Japanese and Korean news give the event's day
    ("范明正28日在河内", "총리는 28일"); not a day count ("3日間", "3일간")."""
    if lang.split("-")[0] not in DAY_ONLY:
        return None
    return (re.compile(rf"(?<![\d月월])(?<![月월]\s){DAY}\s?[日일号](?![间間간])"),
            Gate(pieces=("日", "일", "号")))

