"""The countries taking part in a report's event: CLDR names through Babel, and guards.

Names come from CLDR for the report's language and English, with the press forms, demonyms,
capitals and guards of country_names.py. Words are looked up in a table (one regular
expression of a thousand names would be tried at every character), so the cost grows with
the text, not with the number of names. A country named once in passing (a past visit, a
comparison) is not taking part: a country is kept when the title or the lead names it, or
when it is named again and about as often as the most named one. A meeting has two sides: when
only one is found, the other is the country written as its pair ("Malaysia dan Türkiye") or
the only other one named. A capital opening a paragraph is a dateline, the outlet's city.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .country_names import (
    AFFIXED,
    ALIASES,
    ARABIC,
    DEMONYMS,
    GENITIVE_S,
    GUARDS,
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
from .model import Evidence

LEAD = 2  # paragraphs: where a report says who met whom
AGAIN = 2  # mentions: a country named once after the lead is named in passing
SHARE = 0.3  # of the most named country's mentions: enough to be taking part without the lead
FIRSTS_KEPT = 200_000  # words whose readings are remembered, per language
MENU_SHARE = 0.5  # of a paragraph's words: a row of demonyms is a language menu, not text
VOWELS = "аяеоыиьйaeiouäöαεηιουωάέήίόύώ"
VELARS = "kghкгх"  # a stem's last letter that changes before an ending: Polska, w Polsce
VELAR_CHANGE = frozenset({"pl", "uk", "cs", "hr", "be"})
# One-letter words written joined to the next: 주베트남 "(stationed) in Vietnam", وروسيا "and
# Russia", ובסין "and in China" (one is taken off).
# What turns a country's name into its language's: 중국어, 西班牙语, スペイン語.
LANGUAGE_AFTER = {"ko": "어", "zh": ("语", "語"), "ja": "語"}
PREFIXES = {"ko": "주대친반", "ar": "وبلفك", "fa": "بو", "he": "ובלהמשכ", "yi": "ובלהמשכ"}
KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
WORD = re.compile(rf"[\w{MARKS}]+")
# Greek moves its accent as it inflects (Αίγυπτος, Αιγύπτου): names and text are read without.
GREEK_ACCENTS = {c: unicodedata.normalize("NFD", chr(c))[0] for c in [
    *range(0x386, 0x3d0), *range(0x1f00, 0x2000)] if len(unicodedata.normalize("NFD", chr(c))) > 1}
GREEK = re.compile("[\u0386-\u03ff\u1f00-\u1fff]")
# Arabic-script demonyms take few endings; any letters would read تركيز (focus) as تركي.
ARABIC_ENDINGS = ("ة", "ين", "ون", "ان", "ه", "ها", "ی", "ے", "ي")
UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())  # Latin, Greek, Cyrillic
CAPS = re.compile(rf"(?<![^\W\d_])[{UPPER}]{{4,}}(?![^\W\d_])")  # a word in capitals
# Between two countries written as a pair: "Malaysia dan Türkiye", "Polska–Ukraina", "中越".
PAIR_GAP = re.compile(r"\s*(?:[-–—/&]|[^\W\d_][^\s\d,.;:()]{0,3})?\s*")
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
    firsts: dict[str, tuple[tuple[int, Entry], ...]] = field(default_factory=dict, compare=False)


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
        frozenset(k[:2] for k in spaced), PREFIXES.get(lang, ""))


def _fits(entry: Entry, stem: str, word: str) -> bool:
    """Does a word of the text read as one word of the entry, with an allowed ending?"""
    if not word.startswith(stem):
        return False
    ending = word[len(stem):]
    if not ending:
        return True
    if len(ending) > entry.extra or not all(
            c.isalpha() or unicodedata.category(c)[0] == "M" for c in ending):
        return False
    return entry.suffixes is None or ending in entry.suffixes


def _match_at(tokens: list[re.Match[str]], i: int, text: str,
              m: Matcher) -> tuple[Entry, int, int] | None:
    """The longest entry starting at word i: (entry, start, index of its last word)."""
    for offset, entry in _first_words(m, tokens[i].group(0)):
        last = _rest_fits(entry, tokens, i, text)
        if last is not None:
            return entry, tokens[i].start() + offset, last
    return None


def _first_words(m: Matcher, word: str) -> tuple[tuple[int, Entry], ...]:
    """The entries whose first word this word can be, in the order they are tried, with the
    offset of the name in the word (1 past a joined prefix letter). Kept per word: news
    text repeats its words, and most readings are tried thousands of times.
    """
    found = m.firsts.get(word)
    if found is None:
        if len(m.firsts) >= FIRSTS_KEPT:
            m.firsts.clear()
        starts = [(word, 0)] if word[:2] in m.heads else []
        if word[0] in m.prefixes and word[1:3] in m.heads:
            starts.append((word[1:], 1))
        found = m.firsts[word] = tuple(
            (offset, entry) for token, offset in starts
            for cut in range(max(0, min(m.max_extra, len(token) - 2)) + 1)  # "U.S.": "U"
            for entry in m.spaced.get(token[:len(token) - cut], ())
            if _fits(entry, entry.words[0], token))
    return found


def _rest_fits(entry: Entry, tokens: list[re.Match[str]], i: int, text: str) -> int | None:
    """The index of the entry's last word if the words after word i are its other words."""
    for j, stem in enumerate(entry.words[1:], start=i + 1):
        if j >= len(tokens) or not GAP.fullmatch(text[tokens[j - 1].end():tokens[j].start()]):
            return None
        if not _fits(entry, stem, tokens[j].group(0)):
            return None
    return i + len(entry.words) - 1


def _guarded(entry: Entry, text: str, start: int, end: int) -> bool:
    if text.startswith(LANGUAGE_AFTER.get(entry.lang, "\0"), end):  # 중국어: Chinese, the language
        return True
    before, after = GUARDS.get((entry.lang, entry.form), (None, None))
    if before and re.search(before, text[max(0, start - 30):start]):
        return True
    return bool(after and re.match(after, text[end:end + 30]))


def _titled(text: str) -> str:
    """Words in capitals as names are written ("ANKARA (AA) -": Ankara), if as long."""
    def title(word: re.Match[str]) -> str:
        titled = word[0].capitalize()
        return titled if len(titled) == len(word[0]) else word[0]
    return CAPS.sub(title, text)


def _spaced_mentions(text: str, m: Matcher) -> list[tuple[int, int, Entry]]:
    found = []
    tokens = list(WORD.finditer(text))
    titled = _titled(text)  # tried after the text as written: "NATO" is not "Nato"
    capitals = list(WORD.finditer(titled)) if titled != text else None
    i = 0
    heads = m.heads
    while i < len(tokens):
        word = tokens[i].group(0)
        hit = None
        if word[:2] in heads or word[1:3] in heads:  # the usual case: not a name
            hit = _match_at(tokens, i, text, m)
        if hit is None and capitals is not None and word.isupper():
            hit = _match_at(capitals, i, titled, m)
        if hit is None:
            i += 1
            continue
        entry, start, last = hit
        end = tokens[last].end()
        if HANGUL.search(entry.form):  # the particle after a Korean name is not part of it
            end = start + len(entry.form)
        if not _guarded(entry, text, start, end):
            found.append((start, end, entry))
        i = last + 1
    return found


def _unspaced_mentions(text: str, m: Matcher) -> list[tuple[int, int, Entry]]:
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
                    found.append((pos, pos + size, entry))
                pos += size - 1
                break
            pos += 1
    return found


def _mentions(paragraph: str, m: Matcher) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) of every country and organisation named in a paragraph, in order."""
    read = paragraph.translate(GREEK_ACCENTS) if GREEK.search(paragraph) else paragraph
    found = sorted(_spaced_mentions(read, m) + _unspaced_mentions(read, m),
                   key=lambda hit: hit[:2])
    demonyms = sum(1 for _, _, e in found if e.kind == "demonym")
    if demonyms >= 3 and demonyms >= MENU_SHARE * len(paragraph.split()):
        return []  # "English Vietnamese Chinese French German ...": a language menu
    return found


def find_countries(paragraphs: list[str], lang: str, title: str = "") -> Countries:
    """Sorted ISO codes of the countries taking part, organisations apart, with the words.

    The title, when given, is read as part of the lead: headlines name both sides.
    """
    m = matcher(lang or "en")
    lead_size = LEAD + bool(title)
    if title:
        paragraphs = [title, *paragraphs]
    counts: Counter[str] = Counter()
    named: Counter[str] = Counter()  # by name or adjective: a capital says where, not who
    named_at: Counter[str] = Counter()  # mentions but datelines, which say where it was filed
    lead: set[str] = set()
    words: dict[str, Counter[str]] = defaultdict(Counter)
    organisations: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for i, paragraph in enumerate(paragraphs):
        found = _mentions(paragraph, m)
        organisations.update(e.code for _, _, e in found if e.kind == "org")
        found = [hit for hit in found if hit[2].kind != "org"]
        for start, end, entry in found:
            if not (entry.kind == "city" and start <= 1):  # "Lisboa, 8 de abril —": a dateline
                named_at[entry.code] += 1
            counts[entry.code] += 1
            named[entry.code] += entry.kind != "city"
            words[entry.code][paragraph[start:end]] += 1
            if i < lead_size:
                lead.add(entry.code)
        pairs += [(a.code, b.code)
                  for (_, a_end, a), (b_start, _, b) in zip(found, found[1:], strict=False)
                  if a.code != b.code and PAIR_GAP.fullmatch(paragraph[a_end:b_start])]
    top = max(named.values(), default=0)
    kept = sorted(c for c, n in counts.items() if c in lead or n >= max(AGAIN, SHARE * top))
    if len(kept) == 1:  # one side only: the other is written as its pair, or the only other
        partners = {b if a in kept else a for a, b in pairs if kept[0] in (a, b)}
        kept = sorted({*kept, *(partners or (set(counts) if len(counts) == 2 else ()))})
    filed = {code for code in kept if not named_at[code]}
    if len(kept) - len(filed) >= 2:  # both sides named: a dateline alone is the outlet's city
        kept = [code for code in kept if code not in filed]
    evidence = [
        Evidence("countries", code, "text",
                 f"{counts[code]} mention{'s' * (counts[code] > 1)}"
                 f"{', in the lead' if code in lead else ''}: "
                 + ", ".join(f"{w!r}×{n}" for w, n in words[code].most_common(4)))
        for code in kept
    ]
    return Countries(kept, sorted(organisations), evidence)
