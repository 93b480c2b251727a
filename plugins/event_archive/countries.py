"""The countries taking part in a report's event: CLDR names through Babel, and guards.

Names come from CLDR for the report's language and English, with the press forms, demonyms,
capitals and guards of country_names.py. Words are looked up in a table (one regular
expression of a thousand names would be tried at every character), so the cost grows with
the text, not with the number of names. A country named once in passing (a past visit, a
comparison) is not taking part: a country is kept when the title or the lead names it, or
when it is named again and about as often as the most named one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from .country_names import (
    ALIASES,
    CAPITALS,
    DEMONYMS,
    GENITIVE_S,
    GUARDS,
    NOT_COUNTRIES,
    NOT_NAMES,
    ORGANISATIONS,
    STEMMED,
)
from .model import Evidence

LEAD = 2  # paragraphs: where a report says who met whom
AGAIN = 2  # mentions: a country named once after the lead is named in passing
SHARE = 0.3  # of the most named country's mentions: enough to be taking part without the lead
MENU_SHARE = 0.5  # of a paragraph's words: a row of demonyms is a language menu, not text
EXTRA_LOCALES = {"zh": ("zh_Hant",), "sr": ("sr_Latn",)}
VOWELS = "аяеоыиьйaeiouäö"
# One-letter words written joined to the next: 주베트남 "(stationed) in Vietnam", وروسيا "and
# Russia", ובסין "and in China" (one is taken off).
PREFIXES = {"ko": "주대친반", "ar": "وبلفك", "fa": "بو", "he": "ובלהמשכ", "yi": "ובלהמשכ"}

# Scripts written without spaces between words: names are found as substrings there.
UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")
KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")
HANGUL = re.compile("[\uac00-\ud7a3]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
WORD = re.compile(r"\w+")
GAP = re.compile(r"[\s\-.'’]{1,3}")  # between the words of one name: "Hà Nội", "U.S.", "Xin-ga-po"


@dataclass
class Countries:
    countries: list[str]
    organisations: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    """One way of writing a country (or an organisation) and the endings it may take."""

    code: str
    lang: str  # the language the form belongs to: the guards are per language
    form: str
    kind: str = "name"  # "name", "demonym", "city" (a capital, where talks are hosted), "org"
    words: tuple[str, ...] = ()  # the form's words, each less the ending the language changes
    extra: int = 0  # letters a word may have beyond its stem
    suffixes: tuple[str, ...] | None = None  # the only endings allowed, if not any letters


@dataclass(frozen=True)
class Matcher:
    spaced: dict[str, list[Entry]]  # by first stem
    unspaced: dict[str, Entry]  # by the whole form
    lengths: dict[str, tuple[int, ...]]  # first character -> form lengths, longest first
    max_extra: int
    heads: frozenset[str]  # the first two letters of every spaced form: most words have none
    prefixes: str  # letters that may be joined before a name in this language


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _cldr_names(code: str) -> dict[str, str]:
    """A locale's country names, without the forms never written in text."""
    locale = _locale(code)
    if locale is None:
        return {}
    names: dict[str, str] = {}
    shared: set[str] = set()  # "刚果" is both Congos: a form of two countries names neither
    for region, name in locale.territories.items():
        if len(region) != 2 or not region.isalpha() or region in NOT_COUNTRIES:
            continue
        if " - " in name or re.search(r"\(.*[（(]|SAR|特别行政区|特別行政區|特別行政区", name):
            continue
        for part in re.split(r"\s*[(（]\s*|\s*[)）]\s*", name):
            if len(part) < (2 if UNSPACED.search(part) else 3):
                continue
            if names.get(part, region) != region:
                shared.add(part)
            names[part] = region
    return {form: region for form, region in names.items() if form not in shared}


def _entry(code: str, lang: str, form: str, kind: str) -> Entry:
    """How a form is matched: the endings its language and kind allow."""
    stemmed = lang in STEMMED or bool(CYRILLIC.search(form))
    words = tuple(WORD.findall(form))
    extra, suffixes = 0, None
    if kind == "demonym":
        extra, suffixes = (1, ("s",)) if lang == "en" else (4, None)
    elif HANGUL.search(form):
        extra = 8  # particles and compounds: 베트남과, 러시아는, 호주대사는
    elif stemmed and kind != "org":
        extra = 4
        words = tuple(w[:-1] if len(w) >= 5 and w[-1] in VOWELS else w for w in words)
    elif lang in GENITIVE_S and kind != "org":
        extra, suffixes = 2, ("s", "es")
    return Entry(code, lang, form, kind, words, extra, suffixes)


def _entries(lang: str) -> list[Entry]:
    """Own language last, so that its reading of a shared form wins."""
    sources = [("en", _cldr_names("en")), ("*", ALIASES["*"]), ("en", ALIASES["en"])]
    sources += [(lang, _cldr_names(lang)), (lang, ALIASES.get(lang, {}))]
    sources += [(lang, _cldr_names(extra)) for extra in EXTRA_LOCALES.get(lang, ())]
    skip = NOT_NAMES.get(lang, frozenset())
    entries = [_entry(code, owner, form, "name") for owner, names in sources
               for form, code in names.items() if form not in skip]
    entries += [_entry(code, "*", city, "city") for code, cities in CAPITALS.items()
                for city in cities]
    for owner in dict.fromkeys(("en", lang)):
        for form, code in DEMONYMS.get(owner, {}).items():
            entries.append(_entry(code, owner, form, "demonym"))
            if form[0].islower():
                entries.append(_entry(code, owner, form[0].upper() + form[1:], "demonym"))
    entries += [_entry(code, "*", form, "org") for form, code in ORGANISATIONS.items()]
    return entries


@lru_cache(maxsize=64)
def matcher(lang: str) -> Matcher:
    """The name tables of one language, built once."""
    spaced: dict[str, dict[str, Entry]] = defaultdict(dict)
    unspaced: dict[str, Entry] = {}
    for entry in _entries(lang):
        if UNSPACED.fullmatch(entry.form):
            unspaced[entry.form] = entry
        elif entry.words:
            spaced[entry.words[0]][entry.form] = entry
    lengths: dict[str, set[int]] = defaultdict(set)
    for form in unspaced:
        lengths[form[0]].add(len(form))
    return Matcher(
        {k: sorted(v.values(), key=lambda e: -len(e.words)) for k, v in spaced.items()},
        unspaced, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
        max(e.extra for v in spaced.values() for e in v.values()),
        frozenset(k[:2] for k in spaced), PREFIXES.get(lang, ""))


def _fits(entry: Entry, stem: str, word: str) -> bool:
    """Does a word of the text read as one word of the entry, with an allowed ending?"""
    if not word.startswith(stem):
        return False
    ending = word[len(stem):]
    if not ending:
        return True
    if len(ending) > entry.extra or not ending.isalpha():
        return False
    return entry.suffixes is None or ending in entry.suffixes


def _match_at(tokens: list[re.Match[str]], i: int, text: str,
              m: Matcher) -> tuple[Entry, int, int] | None:
    """The longest entry starting at word i: (entry, start, index of its last word)."""
    word = tokens[i].group(0)
    starts = [(word, tokens[i].start())] if word[:2] in m.heads else []
    if word[0] in m.prefixes and word[1:3] in m.heads:
        starts.append((word[1:], tokens[i].start() + 1))
    for token, start in starts:
        for cut in range(0, min(m.max_extra, len(token) - 2) + 1):
            for entry in m.spaced.get(token[:len(token) - cut], ()):
                last = _rest_fits(entry, tokens, i, token, text)
                if last is not None:
                    return entry, start, last
    return None


def _rest_fits(entry: Entry, tokens: list[re.Match[str]], i: int, token: str,
               text: str) -> int | None:
    if not _fits(entry, entry.words[0], token):
        return None
    for j, stem in enumerate(entry.words[1:], start=i + 1):
        if j >= len(tokens) or not GAP.fullmatch(text[tokens[j - 1].end():tokens[j].start()]):
            return None
        if not _fits(entry, stem, tokens[j].group(0)):
            return None
    return i + len(entry.words) - 1


def _guarded(entry: Entry, text: str, start: int, end: int) -> bool:
    before, after = GUARDS.get((entry.lang, entry.form), (None, None))
    if before and re.search(before, text[max(0, start - 30):start]):
        return True
    return bool(after and re.match(after, text[end:end + 30]))


def _spaced_mentions(text: str, m: Matcher) -> list[tuple[int, Entry, str]]:
    found = []
    tokens = list(WORD.finditer(text))
    i = 0
    heads = m.heads
    while i < len(tokens):
        word = tokens[i].group(0)
        if word[:2] not in heads and word[1:3] not in heads:  # the usual case: not a name
            i += 1
            continue
        hit = _match_at(tokens, i, text, m)
        if hit is None:
            i += 1
            continue
        entry, start, last = hit
        end = tokens[last].end()
        if HANGUL.search(entry.form):  # the particle after a Korean name is not part of it
            end = start + len(entry.form)
        if not _guarded(entry, text, start, end):
            found.append((start, entry, text[start:end]))
        i = last + 1
    return found


def _unspaced_mentions(text: str, m: Matcher) -> list[tuple[int, Entry, str]]:
    """Chinese, Japanese, Thai...: the longest known form at each character."""
    found = []
    for run in UNSPACED.finditer(text):
        pos = run.start()
        while pos < run.end():
            for size in m.lengths.get(text[pos], ()):
                entry = m.unspaced.get(text[pos:pos + size])
                if entry is None or pos + size > run.end():
                    continue
                if KATAKANA.match(entry.form[-1]) and (
                        KATAKANA.match(text[pos - 1:pos] or " ")
                        or KATAKANA.match(text[pos + size:pos + size + 1] or " ")):
                    continue  # ロシア inside a longer katakana word
                if not _guarded(entry, text, pos, pos + size):
                    found.append((pos, entry, entry.form))
                pos += size - 1
                break
            pos += 1
    return found


def _mentions(paragraph: str, m: Matcher) -> list[tuple[Entry, str]]:
    """(entry, words) of every country and organisation named in a paragraph, in order."""
    found = sorted(_spaced_mentions(paragraph, m) + _unspaced_mentions(paragraph, m),
                   key=lambda hit: hit[0])
    demonyms = sum(1 for _, e, _ in found if e.kind == "demonym")
    if demonyms >= 3 and demonyms >= MENU_SHARE * len(paragraph.split()):
        return []  # "English Vietnamese Chinese French German ...": a language menu
    return [(entry, words) for _, entry, words in found]


def find_countries(paragraphs: list[str], lang: str, title: str = "") -> Countries:
    """Sorted ISO codes of the countries taking part, organisations apart, with the words.

    The title, when given, is read as part of the lead: headlines name both sides.
    """
    m = matcher(lang or "en")
    lead_size = LEAD + bool(title)
    if title:
        paragraphs = [title, *paragraphs]
    counts: Counter[str] = Counter()
    lead: set[str] = set()
    words: dict[str, Counter[str]] = defaultdict(Counter)
    organisations: set[str] = set()
    for i, paragraph in enumerate(paragraphs):
        for entry, text in _mentions(paragraph, m):
            if entry.kind == "org":
                organisations.add(entry.code)
                continue
            counts[entry.code] += 1
            words[entry.code][text] += 1
            if i < lead_size:
                lead.add(entry.code)
    top = max(counts.values(), default=0)
    kept = sorted(c for c, n in counts.items() if c in lead or n >= max(AGAIN, SHARE * top))
    evidence = [
        Evidence("countries", code, "text",
                 f"{counts[code]} mention{'s' * (counts[code] > 1)}"
                 f"{', in the lead' if code in lead else ''}: "
                 + ", ".join(f"{w!r}×{n}" for w, n in words[code].most_common(4)))
        for code in kept
    ]
    return Countries(kept, sorted(organisations), evidence)
