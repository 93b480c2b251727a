"""The countries taking part in a report's event: CLDR names through Babel, and guards.

Names come from CLDR for the report's language and English, with the press forms, demonyms,
capitals and guards of country_names.py, gathered in the tables of country_tables.py. Words
are looked up in a table (one regular expression of a thousand names would be tried at every
character), so the cost grows with the text, not with the number of names. A country named
once in passing (a past visit, a comparison) is not taking part: a country is kept when the
title or the lead names it, or when it is named again and about as often as the most named
one. A meeting has two sides: when only one is found, the other is the country written as its
pair ("Malaysia dan Türkiye") or the only other one named. A capital opening a paragraph is a
dateline, the outlet's city.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress
from operator import itemgetter

from .country_names import GUARDS, HANGUL, UNSPACED, UNSPACED_LETTERS
from .country_tables import GREEK_ACCENTS, WORD, Entry, Matcher, matcher
from .model import Evidence

LEAD = 2  # paragraphs: where a report says who met whom
AGAIN = 2  # mentions: a country named once after the lead is named in passing
SHARE = 0.3  # of the most named country's mentions: enough to be taking part without the lead
FIRSTS_KEPT = 200_000  # words whose readings are remembered, per language
MENU_SHARE = 0.5  # of a paragraph's words: a row of demonyms is a language menu, not text
# What turns a country's name into its language's: 중국어, 西班牙语, スペイン語.
LANGUAGE_AFTER = {"ko": "어", "zh": ("语", "語"), "ja": "語"}
KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")
WORDS = re.compile(f"({WORD.pattern})")  # splits a text into words and what lies between
GREEK_LETTERS = "\u0386-\u03ff\u1f00-\u1fff"
GREEK = re.compile(f"[{GREEK_LETTERS}]")
READ_APART = re.compile(f"[{GREEK_LETTERS}{UNSPACED_LETTERS}]")  # Greek, or an unspaced script
UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())  # Latin, Greek, Cyrillic
CAPS = re.compile(rf"(?<![^\W\d_])[{UPPER}]{{4,}}(?![^\W\d_])")  # a word in capitals
# What CAPS needs, found by a faster scan (four classes in a row: faster than a count).
FOUR_CAPITALS = re.compile(f"[{UPPER}]" * 4)
# Between two countries written as a pair: "Malaysia dan Türkiye", "Polska–Ukraina", "中越".
PAIR_GAP = re.compile(r"\s*(?:[-–—/&]|[^\W\d_][^\s\d,.;:()]{0,3})?\s*")
GAP = re.compile(r"[\s\-.'’]{1,3}")  # between the words of one name: "Hà Nội", "U.S.", "Xin-ga-po"


@dataclass
class Countries:
    countries: list[str]
    organisations: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


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


class _Words:
    """A text's words (WORD) and what lies between them, from one split of the text."""

    def __init__(self, parts: list[str]):
        self.parts = parts  # between, word, between, word, ..., between: WORDS.split(text)
        self.words = parts[1::2]
        self._ends: list[int] | None = None

    def _end_of_part(self, k: int) -> int:
        if self._ends is None:  # only texts that may name a country need the positions
            self._ends = list(accumulate(map(len, self.parts)))
        return self._ends[k]

    def start(self, i: int) -> int:
        return self._end_of_part(2 * i)

    def end(self, i: int) -> int:
        return self._end_of_part(2 * i + 1)

    def before(self, i: int) -> str:
        """The characters between word i - 1 and word i."""
        return self.parts[2 * i]


def _match_at(words: _Words, i: int, m: Matcher) -> tuple[Entry, int, int] | None:
    """The longest entry starting at word i: (entry, start, index of its last word)."""
    for offset, entry in _first_words(m, words.words[i]):
        last = _rest_fits(entry, words, i)
        if last is not None:
            return entry, words.start(i) + offset, last
    return None


def _first_words(m: Matcher, word: str) -> tuple[tuple[int, Entry], ...]:
    """The entries whose first word this word can be, in the order they are tried, with the
    offset of the name in the word (1 past a joined prefix letter). Kept per word: news
    text repeats its words, and most readings are tried thousands of times.
    """
    found = m.firsts.get(word)
    if found is None:
        starts = [(word, 0)] if word[:2] in m.heads else []
        if word[0] in m.prefixes and word[1:3] in m.heads:
            starts.append((word[1:], 1))
        if not starts:
            return ()  # most words: no name begins with their first two letters
        found = tuple(
            (offset, entry) for token, offset in starts
            for cut in range(max(0, min(m.max_extra, len(token) - 2)) + 1)  # "U.S.": "U"
            for entry in m.spaced.get(token[:len(token) - cut], ())
            if _fits(entry, entry.words[0], token))
        if found:  # the words that begin none are kept apart, in m.misses
            if len(m.firsts) >= FIRSTS_KEPT:
                m.firsts.clear()
            m.firsts[word] = found
    return found


def _rest_fits(entry: Entry, words: _Words, i: int) -> int | None:
    """The index of the entry's last word if the words after word i are its other words."""
    for j, stem in enumerate(entry.words[1:], start=i + 1):
        if j >= len(words.words) or not GAP.fullmatch(words.before(j)):
            return None
        if not _fits(entry, stem, words.words[j]):
            return None
    return i + len(entry.words) - 1


def _guarded(entry: Entry, text: str, start: int, end: int) -> bool:
    if text.startswith(LANGUAGE_AFTER.get(entry.lang, "\0"), end):  # 중국어: Chinese, the language
        return True
    before, after = _guards(entry.lang, entry.form)
    if before and before.search(text[max(0, start - 30):start]):
        return True
    return bool(after and after.match(text[end:end + 30]))


@cache
def _guards(lang: str, form: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns before and after a form that say it is not a country here, compiled."""
    before, after = GUARDS.get((lang, form), (None, None))
    return (re.compile(before) if before else None, re.compile(after) if after else None)


def _titled(text: str) -> str:
    """Words in capitals as names are written ("ANKARA (AA) -": Ankara), if as long."""
    def title(word: re.Match[str]) -> str:
        titled = word[0].capitalize()
        return titled if len(titled) == len(word[0]) else word[0]
    return CAPS.sub(title, text) if FOUR_CAPITALS.search(text) else text


def _spaced_mentions(text: str, m: Matcher) -> list[tuple[int, int, Entry]]:
    parts = WORDS.split(text)
    starts = _starts(m, parts[1::2])
    titled = _titled(text)  # tried after the text as written: "NATO" is not "Nato"
    if not starts and titled == text:
        return []  # most paragraphs name no country
    words = _Words(parts)
    capitals = _Words(WORDS.split(titled)) if titled != text else None
    found = []
    after = 0  # the words before this one belong to a name found already
    for i in _tried(words.words, starts, capitals is not None):
        if i < after:
            continue
        word = words.words[i]
        hit = _match_at(words, i, m) if word in starts else None
        if hit is None and capitals is not None and word.isupper():
            hit = _match_at(capitals, i, m)
        if hit is None:
            continue
        entry, start, last = hit
        end = words.end(last)
        if HANGUL.search(entry.form):  # the particle after a Korean name is not part of it
            end = start + len(entry.form)
        if not _guarded(entry, text, start, end):
            found.append((start, end, entry))
        after = last + 1
    return found


def _starts(m: Matcher, words: list[str]) -> set[str]:
    """The words that may begin a name. Most words begin none: they are remembered, and set
    aside all at once (a set operation) rather than looked up one by one.
    """
    if m.misses.issuperset(words):
        return set()  # the usual paragraph: no word may begin a name
    unknown = set(words) - m.misses
    if len(m.misses) >= FIRSTS_KEPT:
        m.misses.clear()
    starts = set()
    for word in unknown:
        if _first_words(m, word):
            starts.add(word)
        else:
            m.misses.add(word)
    return starts


def _tried(words: list[str], starts: set[str], capitals: bool) -> list[int]:
    """The indices of the words a name may begin at (in capitals, also as titled)."""
    if capitals:
        return [i for i, word in enumerate(words) if word in starts or word.isupper()]
    return list(compress(range(len(words)), map(starts.__contains__, words)))


def _unspaced_mentions(text: str, m: Matcher) -> list[tuple[int, int, Entry]]:
    """Chinese, Japanese, Thai...: the longest known form at each character."""
    found = []
    for run in UNSPACED.finditer(text):
        pos, run_end = run.start(), run.end()
        # Only where a form can begin: the scan skips the other characters.
        while (initial := m.initials.search(text, pos, run_end)) is not None:
            pos = initial.start()
            size = _unspaced_at(text, pos, run_end, m)
            if size:
                entry = m.unspaced[text[pos:pos + size]]
                if not _guarded(entry, text, pos, pos + size):
                    found.append((pos, pos + size, entry))
                pos += size
            else:
                pos += 1
    return found


def _unspaced_at(text: str, pos: int, run_end: int, m: Matcher) -> int:
    """The length of the longest form at pos within its run (0 if none)."""
    for size in m.lengths[text[pos]]:
        entry = m.unspaced.get(text[pos:pos + size])
        if entry is None or pos + size > run_end:
            continue
        if KATAKANA.match(entry.form[-1]) and (
                KATAKANA.match(text[pos - 1:pos] or " ")
                or KATAKANA.match(text[pos + size:pos + size + 1] or " ")):
            continue  # ロシア inside a longer katakana word
        return size
    return 0


def _mentions(paragraph: str, m: Matcher) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) of every country and organisation named in a paragraph, in order."""
    if paragraph.isascii() or not READ_APART.search(paragraph):
        read, unspaced = paragraph, []
    else:
        read = paragraph.translate(GREEK_ACCENTS) if GREEK.search(paragraph) else paragraph
        unspaced = _unspaced_mentions(read, m)
    found = _spaced_mentions(read, m) + unspaced
    if len(found) < 2:
        return found
    found.sort(key=itemgetter(0, 1))
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
        if not found:
            continue
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
