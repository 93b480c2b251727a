"""Date evidence in a report, and the event date it supports.

The event date is the day something happened, which is not the day the report came out: the
` date` header (or a time-stamped line such as "01-12-2020 | 11:52") is only the reference that
gives a year to "28/03" and a day to "yesterday" or "on Friday". Month and weekday names come
from CLDR through Babel, so every locale it knows is read without hand-typed lists; the
patterns are built once per language. A wrong date is worse than none: dates far from the
publication date (a past visit, an anniversary), visit spans ("from 8 to 10 December") and
two different days in the lead give no event date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from .dates_words import DAY_LEADS, NEXT_WORDS, RANGE_JOINERS, RELATIVE_DAYS
from .model import DateClue

EARLIEST = 14  # days before publication: an older date is something recalled, not the event
LATEST = 3  # days after publication: a later one is something announced
ROLLOVER = 7  # a day-month this far after publication is from the year before
NEAR = 7  # days: a year-less day this close to a dated day of the text takes its year

YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
BUDDHIST_YEAR = r"(?P<y>(?:19|20|25)\d\d)(?!\d)"  # 25xx: Buddhist-era years
BUDDHIST_ERA = 543
BUDDHIST = {"th", "lo", "km", "my"}
DAY = r"(?P<d>[0-3]?\d)"
MONTH = r"(?P<m>1[0-2]|0?[1-9])"
NOT_AFTER_NUMBER = r"(?<![\d.,/:\-])"
END = r"(?![^\W_])"  # not followed by a letter or digit
NUMBER_END = r"(?!\d|[/.\-:]\d|\s*%)"
CJK_DAY = r"\s*[日일号號]"
CLOCK_AFTER = re.compile(r"[\s,|\-–—(]*(?:lúc\s*)?\d{1,2}[:h]\d\d")
CLOCK_BEFORE = re.compile(r"\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?[\s,|\-–—]*$")
MONTH_FIRST = {"en"}  # where "March 28" is the usual order; "28 March" is read everywhere


WORD = re.compile(r"[^\W\d_]+")
SPACED = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u04ff'’ .-]+")
NUMERIC = re.compile(r"\d\s?[/.\-–]\s?\d")


@dataclass(frozen=True)
class Cues:
    """What a paragraph holds, found once: the gates of the patterns are tested against it."""

    low: str
    words: frozenset[str]
    numeric: bool


@dataclass(frozen=True)
class Gate:
    """A cheap test a text must pass for a pattern to be tried: the words the pattern needs.

    A set lookup is much cheaper than an expression that is tried at every character and fails.
    """

    words: frozenset[str] = frozenset()  # first words, lower case
    pieces: tuple[str, ...] = ()  # substrings, for scripts written without spaces
    numeric: bool = False  # a digit, a separator and a digit

    def open(self, cues: Cues) -> bool:
        return ((self.numeric and cues.numeric) or not self.words.isdisjoint(cues.words)
                or any(piece in cues.low for piece in self.pieces))


def _gate(keys: list[str]) -> Gate:
    keys = [k.lower() for k in keys]
    spaced = [k for k in keys if SPACED.fullmatch(k)]
    words = frozenset(m.group(0) for k in spaced if (m := WORD.search(k)))
    return Gate(words, tuple(k for k in keys if k not in spaced))


def _cues(text: str) -> Cues:
    low = text.lower()
    return Cues(low, frozenset(WORD.findall(low)), bool(NUMERIC.search(text)))


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
    month_first_numbers: bool


@dataclass(frozen=True)
class Found:
    """A day-month found in a paragraph, before its year is settled."""

    year: int | None
    month: int
    day: int
    start: int
    end: int
    snippet: str
    span: bool = False  # one end of a visit span
    stamp: bool = False  # a page's own time stamp: publication, not event


def _locale(lang: str) -> Locale | None:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


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


def _weekday_names(locale: Locale) -> dict[str, int]:
    """CLDR weekday names (Monday = 0), with the accusative of Slavic ones ('в пятницу')."""
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            names[name] = number
    return names


def _weekday_pattern(names: dict[str, int]) -> str:
    """Case-sensitive on purpose: Vietnamese 'thứ tư' is 'fourth', 'thứ Tư' is Wednesday."""
    forms = []
    for name in names:
        for form in {name, name[0].upper() + name[1:], name[0].lower() + name[1:]}:
            escaped = re.escape(form)
            if re.search("[\u0400-\u04ff]", form) and form[-1] in "ая":
                escaped = escaped[:-1] + ("[ау]" if form[-1] == "а" else "[яю]")
            forms.append(escaped)
    forms.sort(key=len, reverse=True)
    return "|".join(forms)


def _bounded(alternation: str, words: list[str]) -> str:
    """Word boundaries where the script has them (not in Chinese, Japanese or Thai)."""
    if any(re.search(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff]", w) for w in words):
        return f"(?:{alternation})"
    return rf"(?<![^\W_])(?:{alternation}){END}"


@lru_cache(maxsize=64)
def patterns(lang: str) -> Patterns:
    """The date patterns of a language; English month names are read in every language."""
    locales = [loc for loc in {_locale(lang), _locale("en")} if loc is not None]
    months: dict[str, int] = {}
    for loc in locales:
        months.update(_month_names(loc))
    own = _locale(lang)
    weekdays = _weekday_names(own) if own else {}
    year = BUDDHIST_YEAR if lang.split("-")[0] in BUDDHIST else YEAR
    m = _alternation(list(months))
    month_name = rf"(?<![^\W_])(?P<mn>{m})\.?{END}"
    ordinal = r"(?:er|st|nd|rd|th|\.)?"
    year_after = rf"(?:,?\s*(?:de\s+|del\s+|năm\s+)?{year})?"
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
        (re.compile(rf"{NOT_AFTER_NUMBER}{DAY}{ordinal}\s*(?:de\s+|of\s+)?{month_name}"
                    rf"{year_after}", re.I), named),
        (re.compile(rf"{month_name}\s+{DAY}(?:st|nd|rd|th)?{END}(?:,?\s+{year})?", re.I), named),
        (re.compile(rf"{NOT_AFTER_NUMBER}{DAY}([/.\-]){MONTH}\2(?P<y>(?:19|20)\d\d|\d\d)"
                    rf"{NUMBER_END}"), NUMBERS),
        (re.compile(rf"{NOT_AFTER_NUMBER}{DAY}/{MONTH}{NUMBER_END}"), NUMBERS),
        (re.compile(rf"(?:(?<![^\W_])(?:{leads})\s+|\(\s*){DAY}[.\-]{MONTH}{NUMBER_END}",
                    re.I), NUMBERS),
    ]
    relative_words = RELATIVE_DAYS.get(lang, {}) | RELATIVE_DAYS["en"]
    relative = (re.compile(_bounded(_alternation(list(relative_words)), list(relative_words)),
                           re.I), _gate(list(relative_words)))
    days_ago = None
    if own is not None:
        past = own._data["date_fields"]["day"].get("past", {})
        forms = sorted({re.escape(p).replace(re.escape("{0}"), r"(\d{1,2})")
                        for p in past.values()}, key=len, reverse=True)
        if forms:
            literals = [max(p.split("{0}"), key=len).strip() for p in past.values()]
            days_ago = (re.compile(rf"(?<!\d)(?:{'|'.join(forms)})", re.I), _gate(literals))
    weekday = None
    if weekdays:
        accusatives = [w[:-1] + {"а": "у", "я": "ю"}[w[-1]] for w in weekdays
                       if w[-1] in "ая" and re.search("[\u0400-\u04ff]", w)]
        weekday = (re.compile(_bounded(_weekday_pattern(weekdays), list(weekdays))),
                   _gate([*weekdays, *accusatives]))
    month_first = lang.split("-")[0] in MONTH_FIRST
    return Patterns(spans, dates, re.compile(rf"^{joiner}$", re.I), relative, days_ago, weekday,
                    months, {k.lower(): v for k, v in weekdays.items()},
                    {k.lower(): v for k, v in relative_words.items()}, month_first)


def _reference(published: str | None) -> dt.date | tuple[int, int] | None:
    """The publication date as a day, a (year, month) or nothing."""
    if not published:
        return None
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*", published)
    if not m:
        return None
    year, month = int(m[1]), int(m[2])
    if not 1 <= month <= 12:
        return None
    if not m[3]:
        return year, month
    try:
        return dt.date(year, month, int(m[3]))
    except ValueError:
        return None


def _bounds(ref: dt.date | tuple[int, int]) -> tuple[dt.date, dt.date]:
    """The first and last day the publication can be."""
    if isinstance(ref, dt.date):
        return ref, ref
    first = dt.date(ref[0], ref[1], 1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def _plausible(day: dt.date, ref: dt.date | tuple[int, int]) -> bool:
    first, last = _bounds(ref)
    return first - dt.timedelta(days=EARLIEST) <= day <= last + dt.timedelta(days=LATEST)


def _with_year(month: int, day: int, ref: dt.date | tuple[int, int]) -> dt.date | None:
    """The year of a day-month from the publication: the year before if it would be later."""
    _, last = _bounds(ref)
    for year in (last.year, last.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= last + dt.timedelta(days=ROLLOVER):
            return candidate
    return None


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return False
    return True


def _number(value: str | None) -> int | None:
    if value is None:
        return None
    number = int(value)
    if number < 100:
        return number + 2000
    return number - BUDDHIST_ERA if number >= 2400 else number


def _found(match: re.Match[str], pats: Patterns, text: str, span: bool) -> list[Found]:
    groups = match.groupdict()
    if groups.get("mn"):
        month = pats.months.get(groups["mn"].lower().rstrip("."))
    else:
        month = int(groups["m"])
    day, year = int(groups["d"]), _number(groups.get("y"))
    if month is None:
        return []
    numeric = not groups.get("mn") and match.re.pattern.find("[年년]") < 0 and not year
    if numeric and pats.month_first_numbers and _valid(None, day, month):
        month, day = day, month
    snippet = match.group(0).strip()
    days = [day, int(groups["d2"])] if span and groups.get("d2") else [day]
    if not all(_valid(year, month, d) for d in days):
        return []
    stamp = bool(CLOCK_AFTER.match(text, match.end()) or CLOCK_BEFORE.search(
        text[max(0, match.start() - 16):match.start()]))
    return [Found(year, month, d, match.start(), match.end(), snippet, span, stamp) for d in days]


def _scan(text: str, pats: Patterns) -> list[Found]:
    """Every day-month of a paragraph, spans first, each stretch of text read once."""
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    cues = _cues(text)
    for is_span, group in ((True, pats.spans), (False, pats.dates)):
        for pattern in _worth_trying(group, cues):
            for match in pattern.finditer(text):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                items = _found(match, pats, text, is_span)
                if items:
                    taken.append(match.span())
                    found += items
    found.sort(key=lambda f: f.start)
    for a, b in zip(found, found[1:], strict=False):  # "8/12 đến 10/12": two ends of a span
        if not (a.span or b.span) and pats.joiner.match(text[a.end:b.start]):
            i, j = found.index(a), found.index(b)
            found[i] = Found(**{**a.__dict__, "span": True})
            found[j] = Found(**{**b.__dict__, "span": True})
    return found


def _worth_trying(rules: list[Rule], cues: Cues) -> list[re.Pattern[str]]:
    return [pattern for pattern, gate in rules if gate.open(cues)]


def find_published(stamps: list[str], lang: str) -> str | None:
    """The publication day from a page's own time stamps ('November 16, 2023 | 19:15').

    A reference for reports without a ` date` header; the first stamp with a full date wins.
    """
    pats = patterns(lang)
    for line in stamps:
        for f in _scan(line, pats):
            if f.year and not f.span:
                return dt.date(f.year, f.month, f.day).isoformat()
    return None


def _stamp_in(scanned: list[list[Found]]) -> dt.date | None:
    """A time stamp left in the body (a date next to a clock) stands for the publication."""
    for found in scanned:
        for f in found:
            if f.stamp and f.year:
                return dt.date(f.year, f.month, f.day)
    return None


def find_date_clues(paragraphs: list[str], lang: str, published: str | None) -> list[DateClue]:
    """Candidate event days, lead first: day-months and relative days, never the header itself.

    Years come from the publication date; without one, from a dated day of the text close to
    the clue (a visit span "2025年12月8日から10日まで" dates "12月9日"); otherwise the clue stays
    partial (year None) for the reports of the same event to complete.
    """
    pats = patterns(lang)
    scanned = [_scan(text, pats) for text in paragraphs]
    ref = _reference(published) or _stamp_in(scanned)
    dated = [(f.year, f.month, f.day) for fs in scanned for f in fs if f.year and not f.stamp]
    clues: list[DateClue] = []
    for position, (text, found) in enumerate(zip(paragraphs, scanned, strict=True)):
        for f in found:
            if f.span or f.stamp:
                continue
            year = f.year
            if year is None and ref is not None:
                day = _with_year(f.month, f.day, ref)
                year = day.year if day else None
            elif year is None:
                year = _year_nearby(f.month, f.day, dated)
            if ref is not None and (year is None or not _plausible(
                    dt.date(year, f.month, f.day), ref)):
                continue
            clues.append(DateClue(year, f.month, f.day, "text", f.snippet, position))
        if isinstance(ref, dt.date):
            clues += _relative_clues(text, pats, ref, position)
    return clues if ref is not None else _near_lead(clues)


def _near_lead(clues: list[DateClue]) -> list[DateClue]:
    """Without a publication date, the lead's day is the anchor: days far from it are recalls."""
    if not clues:
        return clues
    lead = clues[0]
    anchor = dt.date(lead.year or 2000, lead.month or 1, lead.day or 1)
    kept = []
    for clue in clues:
        try:
            day = dt.date(clue.year or anchor.year, clue.month or 1, clue.day or 1)
        except ValueError:
            continue
        if lead.year is None and clue.year is not None:  # compare day-months only
            day = day.replace(year=anchor.year) if (day.month, day.day) != (2, 29) else anchor
        if -EARLIEST <= (day - anchor).days <= EARLIEST:
            kept.append(clue)
    return kept


def _year_nearby(month: int, day: int, dated: list[tuple[int, int, int]]) -> int | None:
    years = set()
    for year, m, d in dated:
        try:
            gap = abs((dt.date(year, month, day) - dt.date(year, m, d)).days)
        except ValueError:
            continue
        if gap <= NEAR:
            years.add(year)
    return years.pop() if len(years) == 1 else None


def _relative_clues(text: str, pats: Patterns, ref: dt.date, position: int) -> list[DateClue]:
    """'Yesterday', '3 days ago', 'on Tuesday' (the last Tuesday up to the publication day)."""
    clues = []
    rules = {"word": pats.relative, "ago": pats.days_ago, "weekday": pats.weekday}
    cues = _cues(text)
    for kind, rule in rules.items():
        if rule is None or not rule[1].open(cues):
            continue
        for m in rule[0].finditer(text):
            word = m.group(0)
            if kind == "word":
                day = ref + dt.timedelta(days=pats.relative_days[word.lower()])
            elif kind == "ago":
                day = ref - dt.timedelta(days=int(next(g for g in m.groups() if g)))
            else:
                around = text[max(0, m.start() - 12):m.end() + 12].lower()
                if any(w in around for w in NEXT_WORDS):
                    continue
                weekday = pats.weekdays[_weekday_key(word, pats)]
                day = ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)
            clues.append(DateClue(day.year, day.month, day.day, "relative", word, position))
    return clues


def _weekday_key(word: str, pats: Patterns) -> str:
    low = word.lower()
    if low in pats.weekdays:
        return low
    return next(k for k in pats.weekdays if k[:-1] == low[:-1])


def resolve_date(
    clues: list[DateClue], published: str | None
) -> tuple[dt.date | None, str, str]:
    """The event day from the lead's clues: explicit days first, relative ones next.

    Only the first paragraph with clues counts (later ones recall other days); if it names two
    different days, or a day without a year, there is no date, and `detail` says why.
    """
    for source in ("text", "relative"):
        own = [c for c in clues if c.source == source]
        if not own:
            continue
        lead = min(c.position for c in own)
        days = {(c.year, c.month, c.day): c for c in own if c.position == lead}
        if len({(m, d) for _, m, d in days}) > 1:
            words = "; ".join(sorted({c.snippet for c in days.values()}))
            return None, "none", f"different days in the lead: {words}"
        clue = next(iter(days.values()))
        if clue.year is None:
            return None, "none", f"day without a year: {clue.snippet!r}"
        date = clue.as_date()
        if date:
            return date, source, clue.snippet
    if published:
        return None, "none", f"no day in the text; {published} is when it was published"
    return None, "none", "no day in the text"
