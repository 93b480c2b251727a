"""How much two reports look like one event: comparable name keys, rarity, date agreement.

Names come from `names.find_names` folded to ASCII, but a name folded from Cyrillic, kana,
Hangul or Han is still spelled differently from its Latin form ("Lyong Tam Kuang",
"ruon tamu kuan", "Lyang Tam Kkwang" for "Luong Tam Quang"). A sound key brings them
together: consonant classes that transliterations confuse are merged and vowels, which
they render most freely, are dropped. Keys of single words and of adjacent word pairs are
both kept: a pair ("t lm" for To Lam) is far rarer than either word.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, field
from functools import lru_cache

from .model import DateClue, Report
from .roles import lead_roles
from .text import fold

LEAD_WEIGHT, BODY_WEIGHT = 1.0, 0.5  # a name in the opening lines says who met whom
PAIR_BONUS = 1.5  # a two-word key is rarer and surer than either word
# Rarity mass (weight x IDF squared) a pair must share before its score counts: about a
# rare full name plus a rare word; less when both reports give the same day.
MIN_SHARED, MIN_SHARED_SAME_DAY = 15.0, 10.0
MISSING_PENALTY = 2.0  # weight, against a pair, of a leading name only one of them gives
# A small archive is weighed as if it held this many reports: three reports of one event
# among five must not make that event's names look common.
RARITY_PRIOR = 50
COUNTRY_NAME_LOCALES = ("en", "fr", "es", "de", "pt", "vi", "ru", "ja", "ko", "id")

SOUND_RULES = [
    (r"ng", "n"),  # Vietnamese final -ng is -n in kana and Han readings
    (r"^gi", "z"),
    (r"ph|f|v(?=h)", "p"),
    (r"v", "b"),
    (r"tch|tsch|ch|tr|jj|ts|tt", "t"),
    (r"zh|j|x|z|sh|ss", "s"),
    (r"tkh", "t"),  # Russian writes Vietnamese th as тх: Тхань is Thanh
    (r"kh|gh|ck|kk|qu|q|c|g", "k"),
    (r"th|dh|d", "t"),
    (r"r", "l"),
    (r"[aeiouyhw]", ""),
    (r"(.)\1+", r"\1"),
]
_COMPILED = [(re.compile(a), b) for a, b in SOUND_RULES]


@lru_cache(maxsize=1 << 16)
def sound(word: str) -> str:
    """A transliteration-proof key of one folded word: "shoigu", "shoygu", "syoigu" -> "sk"."""
    key = re.sub(r"[^a-z]", "", word.lower())
    for pattern, repl in _COMPILED:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """Sound keys of country names ("Viet Nam": "bt_nm"): the country check covers them."""
    from babel import Locale

    keys = set()
    for locale in COUNTRY_NAME_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            words = [sound(w) for w in fold(name).split()]
            if len(code) == 2 and code.isalpha() and len(words) == 1 and len(words[0]) >= 3:
                keys.add(words[0])
            elif len(code) == 2 and code.isalpha() and len(words) == 2 and all(words):
                keys.add("_".join(words))
    return frozenset(keys)


@dataclass
class Features:
    """What linking compares in one report, computed once per run."""

    report: Report
    names: dict[str, float]  # sound key -> weight (lead names weigh more)
    date: dt.date | None  # the report's own date (not one completed from siblings)
    clue: DateClue | None  # its first partial clue, when it has no full date
    countries: frozenset[str]
    offices: list[str]  # the offices its lead names, the host's first (`roles.lead_roles`)
    published: tuple[dt.date, dt.date] | None  # first and last day its publication header allows
    guessed: set[str] = field(default_factory=set)  # lead names read without capitals
    lead_pairs: set[str] = field(default_factory=set)  # where `guessed` was picked from
    office: str | None = field(init=False)  # the host's office: the first the lead names

    def __post_init__(self) -> None:
        self.office = self.offices[0] if self.offices else None  # read for every pair


@lru_cache(maxsize=1 << 16)
def name_keys(name: str) -> tuple[str, ...]:
    """The keys of one name: its words that sound like more than a syllable, then its
    adjacent word pairs; country names left out. A name recurs across reports: cached."""
    keys = [sound(w) for w in name.split()]
    found = [k for k in keys if len(k) >= 2 and k not in country_keys()]
    found += [f"{a}_{b}" for a, b in zip(keys, keys[1:], strict=False)
              if a and b and f"{a}_{b}" not in country_keys()]
    return tuple(found)


def features(
    report: Report, offices: list[str] | None = None, names: dict[str, float] | None = None
) -> Features:
    """What linking compares in a report; `offices` are its lead's (`roles.lead_roles`)
    and `names` its weighed name keys, when they were found beforehand."""
    if names is None:
        names = weighed_names(report)
    own = report.date if report.date_source not in ("sibling", "none") else None
    partial = [c for c in report.date_clues if c.day is not None or c.month is not None]
    clue = min(partial, key=lambda c: c.position) if partial and own is None else None
    if offices is None:
        offices = lead_roles(report.paragraphs)
    return Features(report, names, own, clue, frozenset(report.countries), offices,
                    published_span(report.published))


def weighed_names(report: Report) -> dict[str, float]:
    """A report's name keys (`name_keys`), each with its weight: lead names weigh more."""
    names: dict[str, float] = {}
    for entry in report.names:
        where, _, name = entry.partition(":")
        weight = LEAD_WEIGHT if where == "lead" else BODY_WEIGHT
        for key in name_keys(name):
            w = weight * (PAIR_BONUS if "_" in key else 1.0)
            names[key] = max(names.get(key, 0.0), w)
    return names


@lru_cache(maxsize=1 << 12)
def published_span(header: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a ` date YYYY-MM-DD` (or YYYY-MM) header allows for the publication.
    Cached: many reports of an archive share a day, and every linking reads them all."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", header or "")
    if not match:
        return None
    try:
        first = dt.date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        return None
    if match[3]:
        return first, first
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def rarity(all_features: list[Features]) -> dict[str, float]:
    """IDF of each name key over the reports being linked: common names say little.

    A key only one report has cannot link anything and is left out.
    """
    df = Counter(key for f in all_features for key in f.names)
    n = max(len(all_features), RARITY_PRIOR)
    return {key: math.log((n + 1) / (count + 0.5)) for key, count in df.items() if count > 1}


@dataclass(frozen=True)
class Weighted:
    """One report's name keys weighed by rarity: computed once per run, not once per pair.

    Every pair a report is scored in reads these, so a pair costs one intersection of keys.
    """

    names: dict[str, float]  # key (only those in the IDF) -> weight x IDF squared
    mass: float  # their sum, in the names' order: the report's whole rarity mass
    leading: list[str]  # its leading full names written in several languages (`across`)


def weigh(f: Features, idf: dict[str, float], across: Set[str] = frozenset()) -> Weighted:
    """The rarity-weighted names of one report, its mass and the names a partner must give."""
    names = {k: w * idf[k] ** 2 for k, w in f.names.items() if k in idf}
    leading = [k for k, w in f.names.items() if k in across and w >= LEAD_WEIGHT * PAIR_BONUS]
    return Weighted(names, sum(names.values()), leading)


def name_score(a: Features, b: Features, idf: dict[str, float],
               across: Set[str] = frozenset()) -> tuple[float, list]:
    """The score of `pair_score`, with the shared keys and their weights, heaviest first."""
    wa, wb = weigh(a, idf, across), weigh(b, idf, across)
    weights = sorted(((min(wa.names[k], wb.names[k]), k) for k in wa.names if k in wb.names),
                     reverse=True)
    return pair_score(a, b, wa, wb), weights


def pair_score(a: Features, b: Features, wa: Weighted, wb: Weighted) -> float:
    """Share of the smaller report's rarity-weighted names that the other also has.

    Keys weigh by rarity squared, so the names every report carries (the usual host, the
    capital, the agency) add little; and the shared weight must reach a floor, lower when
    both reports give the same day, so that one common name never links two reports.
    A full name that one report leads with and the other never gives counts against the
    pair, when the archive writes it in more than one language (`across`: a person, not a
    phrase of one language): two hosts meeting one visitor on one day are two events.
    The shared weights are summed heaviest first, so a sum never depends on key order.
    """
    names_a, names_b = wa.names, wb.names
    small, large = (names_a, names_b) if len(names_a) <= len(names_b) else (names_b, names_a)
    # A million pairs at 20,000 reports: no set of shared keys is made, no min() called.
    shared = [v if v < w else w for k, v in small.items() if (w := large.get(k)) is not None]
    shared_mass = sum(sorted(shared, reverse=True))
    # The dates are compared only when the shared weight falls between the two floors.
    if shared_mass < MIN_SHARED and (shared_mass < MIN_SHARED_SAME_DAY
                                     or date_agreement(a, b) != "same"):
        return 0.0  # one common name (the usual host, the capital) is not enough
    missing = sum([names_a[k] for k in wa.leading if k not in names_b]
                  + [names_b[k] for k in wb.leading if k not in names_a])
    return shared_mass / (min(wa.mass, wb.mass) + MISSING_PENALTY * missing)


def date_agreement(a: Features, b: Features) -> str:
    """ "same", "conflict" or "unknown": dates of two reports of one event must agree.

    A report published before the other's day cannot tell of it.
    """
    if a.date and b.date:
        return "same" if a.date == b.date else "conflict"
    if any(x.date and y.published and y.published[1] < x.date for x, y in ((a, b), (b, a))):
        return "conflict"
    for date, clue in ((a.date, b.clue), (b.date, a.clue)):
        if date and clue:
            if not fits(date, clue):
                return "conflict"
            return "same" if clue.day is not None else "unknown"
    if a.clue and b.clue:
        pairs = list(zip(_parts(a.clue), _parts(b.clue), strict=True))
        if any(x is not None and y is not None and x != y for x, y in pairs):
            return "conflict"
        if pairs[2][0] is not None and pairs[2][1] is not None and (
                pairs[1][0] is not None or pairs[1][1] is not None):
            return "same"  # one day, in the one month either names
    return "unknown"


def fits(date: dt.date, clue: DateClue) -> bool:
    return all(p is None or p == v for p, v in zip(_parts(clue), (date.year, date.month,
                                                                   date.day), strict=True))


def _parts(clue: DateClue) -> tuple[int | None, int | None, int | None]:
    return clue.year, clue.month, clue.day
