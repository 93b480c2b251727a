"""Date evidence in a report, and the event date it supports.

The event date is the day something happened, which is not the day the report came out: the
` date` header (or a time-stamped line such as "01-12-2020 | 11:52") is only the reference that
gives a year to "28/03" and a day to "yesterday" or "on Friday". Month and weekday names come
from CLDR through Babel, so every locale it knows is read without hand-typed lists; the
patterns are built once per language. A wrong date is worse than none: dates far from the
publication date (a past visit, an anniversary), visit spans ("from 8 to 10 December") and
two different days in the lead give no event date. Digits of every script (٩, ९, ៩, ๙) are
read as ASCII ones, and Buddhist-era years (2568) as common-era ones.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .date_patterns import Found, Patterns, cues, patterns
from .dates_words import NEXT_WORDS
from .model import DateClue

EARLIEST = 14  # days before publication: an older date is something recalled, not the event
LATEST = 3  # days after publication: a later one is something announced
ROLLOVER = 7  # a day-month this far after publication is from the year before
NEAR = 7  # days: a year-less day this close to a dated day of the text takes its year
LEAD = 3  # paragraphs: where a report says when its event happened; later days are recalls
BUDDHIST_ERA = 543  # a Thai or Lao year less this is the common era's
# Every decimal digit of every script (Arabic-Indic ٩, Devanagari ९, Khmer ៩, Thai ๙...) as
# its ASCII digit: one character for one, so positions in the read copy are the text's.
DIGITS = {c: str(unicodedata.digit(chr(c))) for c in range(128, 0x20000)
          if unicodedata.category(chr(c)) == "Nd"}
NATIVE_DIGIT = re.compile(r"[^\D0-9]")  # a digit, not an ASCII one: one class, scanned fast
CLOCK_AFTER = re.compile(r"[\s,|\-–—(]*\d{1,2}:\d\d")  # a page's time stamp: date, then clock
DATELINE = re.compile(r"\s*[电電]")  # "新华社河内3月29日电": the day it was filed, not the event's
CLOCK_BEFORE = re.compile(r"\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?[\s,|\-–—]*$")


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


def _in_month_of(day: int, ref: dt.date | tuple[int, int]) -> dt.date | None:
    """The day of a month-less "28日": the last such day up to a few days after the
    publication (the 28th of last month when it came out on the 2nd), in its month when
    only the month is known."""
    if not isinstance(ref, dt.date):
        return dt.date(*ref, day) if _valid(ref[0], ref[1], day) else None
    year, month = ref.year, ref.month
    for _ in range(2):
        if _valid(year, month, day) and dt.date(year, month, day) <= ref + dt.timedelta(
                days=LATEST):
            return dt.date(year, month, day)
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
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


def _found(match: re.Match[str], pats: Patterns, text: str, span: bool,
           shown: str) -> list[Found]:
    groups = match.groupdict()
    if groups.get("mn"):
        month = pats.months.get(groups["mn"].lower().rstrip("."))
    else:
        month = int(groups["m"])
    day, year = int(groups["d"]), _number(groups.get("y"))
    if month is None:
        return []
    if groups.get("dm") is not None and month > 12:  # "3/28": month first, then
        day, month = month, day
    first = min(match.start(g) for g, v in groups.items() if v and g in ("d", "m", "mn", "y"))
    snippet = shown[first:match.end()].strip()  # the date, without the word that led to it
    days = [day, int(groups["d2"])] if span and groups.get("d2") else [day]
    if not all(_valid(year, month, d) for d in days):
        return []
    stamp = year is not None and bool(CLOCK_AFTER.match(text, match.end()) or CLOCK_BEFORE.search(
        text[max(0, match.start() - 16):match.start()]))  # "9 décembre, 9:30" is the event's
    stamp = stamp or bool(DATELINE.match(text, match.end()))
    return [Found(year, month, d, match.start(), match.end(), snippet, span, stamp) for d in days]


def _ascii_digits(text: str) -> str:
    if text.isascii() or not NATIVE_DIGIT.search(text):
        return text
    return text.translate(DIGITS)


def _scan(shown: str, pats: Patterns) -> list[Found]:
    """Every day-month of a paragraph, spans first, each stretch of text read once.

    The text is read with ASCII digits; snippets are quoted as written.
    """
    text = _ascii_digits(shown)
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    held = cues(text)
    spans, dates = pats.worth_trying(held)
    for is_span, group in ((True, spans), (False, dates)):
        for pattern in group:
            for match in pattern.finditer(text):
                if _overlaps(match, taken):
                    continue
                items = _found(match, pats, text, is_span, shown)
                if items:
                    taken.append(match.span())
                    found += items
    if pats.day_only is not None and pats.day_only[1].open(held):  # last: "3月28日" is whole
        for match in pats.day_only[0].finditer(text):
            day = int(match["d"])
            if 1 <= day <= 31 and not _overlaps(match, taken):
                found.append(Found(None, None, day, match.start(), match.end(),
                                   shown[match.start():match.end()].strip()))
    found.sort(key=lambda f: f.start)
    for a, b in zip(found, found[1:], strict=False):  # "8/12 đến 10/12": two ends of a span
        if not (a.span or b.span) and pats.joiner.match(text[a.end:b.start]):
            i, j = found.index(a), found.index(b)
            found[i] = Found(**{**a.__dict__, "span": True})
            found[j] = Found(**{**b.__dict__, "span": True})
    return found


def _overlaps(match: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Whether the match shares a character with a stretch already read as a date."""
    return any(match.start() < end and start < match.end() for start, end in taken)


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
            if f.month is None:  # a day alone: of the publication's month, or the one before
                if ref is None:  # a day for the reports of the same event to agree on
                    clues.append(DateClue(None, None, f.day, "text", f.snippet, position))
                    continue
                day = _in_month_of(f.day, ref)
                if day is not None and _plausible(day, ref):
                    clues.append(DateClue(day.year, day.month, day.day, "text", f.snippet,
                                          position))
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
        if isinstance(ref, dt.date) and position < LEAD:
            clues += _relative_clues(_ascii_digits(text), pats, ref, position)
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
    held = cues(text)
    for kind, rule in rules.items():
        if rule is None or not rule[1].open(held):
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

    Only the first paragraph with clues counts, and only in the lead (later ones recall other
    days); if it names two different days, or a day without a year, there is no date, and
    `detail` says why.
    """
    for source in ("text", "relative"):
        own = [c for c in clues if c.source == source and c.position < LEAD]
        if not own:
            continue
        lead = min(c.position for c in own)
        days = {(c.year, c.month, c.day): c for c in own if c.position == lead}
        if len({(m, d) for _, m, d in days}) > 1:
            words = "; ".join(sorted({c.snippet for c in days.values()}))
            return None, "none", f"different days in the lead: {words}"
        if len({y for y, _, _ in days if y is not None}) > 1:
            return None, "none", "different years in the lead"
        clue = max(days.values(), key=lambda c: c.year is not None)
        if clue.year is None:
            return None, "none", f"day without a year: {clue.snippet!r}"
        date = clue.as_date()
        if date:
            return date, source, clue.snippet
    if published:
        return None, "none", f"no day in the lead; {published} is when it was published"
    return None, "none", "no day in the lead"
