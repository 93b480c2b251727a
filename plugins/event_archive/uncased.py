"""Names in scripts without capitals, kept only where a report in another language agrees.

Arabic, Persian, Hebrew, Devanagari, Bengali, Thai... mark no names, so `names.py` finds
none in them, and in Korean only a few (Vietnamese names of one-syllable words, Latin ones
in brackets). Every two adjacent words of such a lead may be a name; folded to sound keys,
a pair that a report in another language gives as a name is that name in another script.
Such names count only as the people of a meeting (`meeting.py`), not in the name score: a
report whose only names are these would share all of them with anything they matched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .similarity import Features, country_keys, sound
from .text import LETTER, fold

LEAD_CHARS = 400  # the opening lines, where the people who met are named
UNCASED_SHARE = 0.8  # letters without case a lead must mostly be written in


def lead_pairs(paragraphs: Sequence[str]) -> set[str]:
    """Sound keys of every two adjacent words of a lead written in a script without case."""
    lead = "\n".join(paragraphs[:3])[:LEAD_CHARS]
    if lead.isascii():  # every letter has a case
        return set()
    letters = len(LETTER.findall(lead))
    cased = sum(map(str.__ne__, lead.lower(), lead.upper()))  # letters that have a case
    if not letters or cased > (1 - UNCASED_SHARE) * letters:
        return set()
    keys = [sound(word) for word in fold(lead).split()]
    pairs = {f"{a}_{b}" for a, b in zip(keys, keys[1:], strict=False)
             if len(a) >= 2 and len(b) >= 2}
    return pairs - country_keys()


def name_languages(all_features: list[Features]) -> dict[str, set[str]]:
    """The languages that give each name key."""
    langs: dict[str, set[str]] = defaultdict(set)
    for f in all_features:
        for key in f.names:
            langs[key].add(f.report.lang)
    return langs


def add_uncased_names(all_features: list[Features], langs: dict[str, set[str]]) -> None:
    """Give each report in a script without case the word pairs that are names elsewhere.

    A pair counts when a report in another language gives it as a name (`names.py`; `langs`
    from `name_languages`): two languages without case may share common words (Arabic and
    Persian, Hindi and Urdu). Also where `names.py` found some names: a Korean lead names
    a place in Latin letters ("Ho Chi Minh") and its people in Hangul.
    """
    for f in all_features:  # `lead_pairs` of each report, read beforehand
        for key in sorted(f.lead_pairs):
            if langs.get(key, set()) - {f.report.lang}:
                f.guessed.add(key)
