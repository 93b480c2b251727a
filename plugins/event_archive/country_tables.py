"""The name tables of one language, built once: every way a country is written, and its endings.

Every form of a country or an organisation (CLDR names, press forms, demonyms, capitals) is
an Entry with the endings its language lets it take; a Matcher holds a language's entries by
their first word, for countries.py to look words up in.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .country_names import (
    AFFIXED,
    ALIASES,
    ARABIC,
    DEMONYMS,
    GENITIVE_S,
    HANGUL,
    NOT_NAMES,
    ORGANISATIONS,
    OTHER_SCRIPTS,
    STEMMED,
    UNSPACED,
    capitals,
    cldr_names,
    language_demonyms,
)
from .date_patterns import MARKS

VOWELS = "аяеоыиьйaeiouäöαεηιουωάέήίόύώ"
VELARS = "kghкгх"  # a stem's last letter that changes before an ending: Polska, w Polsce
VELAR_CHANGE = frozenset({"pl", "uk", "cs", "hr", "be"})
# One-letter words written joined to the next: 주베트남 "(stationed) in Vietnam", وروسيا "and
# Russia", ובסין "and in China" (one is taken off).
PREFIXES = {"ko": "주대친반", "ar": "وبلفك", "fa": "بو", "he": "ובלהמשכ", "yi": "ובלהמשכ"}
CYRILLIC = re.compile("[\u0400-\u04ff]")
WORD = re.compile(rf"[\w{MARKS}]+")
# Greek moves its accent as it inflects (Αίγυπτος, Αιγύπτου): names and text are read without.
GREEK_ACCENTS = {c: unicodedata.normalize("NFD", chr(c))[0] for c in [
    *range(0x386, 0x3d0), *range(0x1f00, 0x2000)] if len(unicodedata.normalize("NFD", chr(c))) > 1}
# Arabic-script demonyms take few endings; any letters would read تركيز (focus) as تركي.
ARABIC_ENDINGS = ("ة", "ين", "ون", "ان", "ه", "ها", "ی", "ے", "ي")


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
    """A language's entries, arranged for looking up a text's words.

    firsts and misses remember the words already looked up: countries.py fills them.
    """

    spaced: dict[str, list[Entry]]  # by first stem
    unspaced: dict[str, Entry]  # by the whole form
    lengths: dict[str, tuple[int, ...]]  # first character -> form lengths, longest first
    max_extra: int
    heads: frozenset[str]  # the first two letters of every spaced form: most words have none
    prefixes: str  # letters that may be joined before a name in this language
    initials: re.Pattern[str]  # the first characters of the unspaced forms
    firsts: dict[str, tuple[tuple[int, Entry], ...]] = field(default_factory=dict, compare=False)
    misses: set[str] = field(default_factory=set, compare=False)  # words that begin no name


def _stem(word: str, lang: str, adjective: bool) -> tuple[str, bool]:
    """A word less the ending its language inflects, and whether a changing letter went too.

    Names lose a final vowel (Ukraina: Ukrainy, Ukrainie; Greek Αίγυπτος: Αιγύπτου),
    adjectives two (польский: польского); where a velar changes before an ending (Polska:
    w Polsce), it goes as well.
    """
    if len(word) < 5:
        return word, False
    stem = word[:-1] if word[-1] == "ς" else word
    dropped = False
    for _ in range(2 if adjective else 1):
        if len(stem) >= 5 and stem[-1] in VOWELS:
            stem, dropped = stem[:-1], True
    if dropped and lang in VELAR_CHANGE and stem[-1] in VELARS and len(stem) >= 5:
        return stem[:-1], True
    return stem, False


def _entry(code: str, lang: str, form: str, kind: str) -> Entry:
    """How a form is matched: the endings its language and kind allow."""
    stemmed = lang in STEMMED or bool(CYRILLIC.search(form))
    words = tuple(WORD.findall(form.translate(GREEK_ACCENTS)))
    extra, suffixes = 0, None
    if kind == "demonym" and ARABIC.search(form):
        extra, suffixes = 3, ARABIC_ENDINGS
    elif kind == "demonym" and not stemmed:
        extra, suffixes = (1, ("s",)) if lang == "en" else (4, None)
    elif HANGUL.search(form):
        extra = 8  # particles and compounds: 베트남과, 러시아는, 호주대사는
    elif stemmed and kind != "org":
        stems = [_stem(w, lang, kind == "demonym") for w in words]
        words = tuple(stem for stem, _ in stems)
        extra = 5 if any(changed for _, changed in stems) else 4
    elif lang in AFFIXED and kind != "org":
        extra = 4
    elif lang in GENITIVE_S and kind != "org":
        extra, suffixes = 2, ("s", "es")
    return Entry(code, lang, form, kind, words, extra, suffixes)


def _entries(lang: str) -> list[Entry]:
    """Own language last, so that its reading of a shared form wins."""
    sources = [("en", cldr_names("en")), ("*", ALIASES["*"]), ("en", ALIASES["en"])]
    sources += [(lang, cldr_names(lang)), (lang, ALIASES.get(lang, {}))]
    sources += [(lang, cldr_names(extra)) for extra in OTHER_SCRIPTS.get(lang, ())]
    skip = NOT_NAMES.get(lang, frozenset())
    entries = [_entry(code, owner, form, "name") for owner, names in sources
               for form, code in names.items() if form not in skip]
    entries += [_entry(code, lang, city, "city") for city, code in capitals(lang).items()]
    demonyms = [(owner, DEMONYMS.get(owner, {})) for owner in dict.fromkeys(("en", lang))]
    for owner, forms in [(lang, language_demonyms(lang)), *demonyms]:
        for form, code in forms.items():
            cases = (form, form[0].upper() + form[1:], form[0].lower() + form[1:])
            entries += [_entry(code, owner, case, "demonym") for case in dict.fromkeys(cases)]
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
        frozenset(k[:2] for k in spaced), PREFIXES.get(lang, ""),
        re.compile(f"[{''.join(map(re.escape, sorted(lengths)))}]" if lengths else "(?!)"))
