"""The headline where the seed has one, or a short title made from the lead.

A headline is the first paragraph when it reads like one: a single line of some words with
no sentence end, followed by more text. Otherwise the title is the lead's first sentence,
without the dateline or agency tag that opens it, cut at a word (or, in scripts written
without spaces, at a punctuation mark or character) near MAX_WIDTH display columns.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .junk import SOUTHEAST, word_count


@dataclass
class Title:
    text: str
    source: str  # "headline", "lead" or "none"
    body: list[str]  # the paragraphs left for the body


MAX_WIDTH = 90  # display columns: a wide (CJK) character takes two
MIN_WIDTH = 60  # a cut at a word or punctuation mark is sought after this many columns
HEADLINE_MAX = 200  # characters: longer first lines are paragraphs
# Thai, Lao, Khmer and Burmese end no sentence with a stop: a lead is told from a headline
# by its length alone (their headlines run to about 100 characters, their leads far longer).
SPACELESS_HEADLINE_MAX = 120
HEADLINE_WORDS = 4
ELLIPSIS = "…"

QUESTION_HEADLINE = re.compile(r"^.{10,120}[?!？！]['\"’”»]*$")  # "What next for the ties?"
SENTENCE_END = re.compile(r"[.!?。！？।؟۔።။។]['\"’”»)）]*\s*$")
# "HÀ NỘI —", "Hanoi (VNA) –", "TPO -", "(VOVWORLD) -", "越通社河内——": a place or an
# agency, then a dash, before the lead's first word.
DATELINE = re.compile(r"^(?P<head>[^.!?。\n]{1,40}?)(?P<dash>\s*(?:——|—|–)|\s+-(?=\s))\s*")
# "Hanoi –", "MADRID, 8 abr (EFE).-", "Jakarta, Selasa (9/12/2025) -", "NEW DELHI:",
# "هانوي (وكالات) –": one to three words of a place, maybe a date or an agency, then a mark.
PLACE_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^\s\d,:：៖()–—]*(?:\s[^\W\d_][^\s\d,:：៖()–—]*){0,2})"
    r"(?P<more>,[^!?。\n]{1,30}?|\s+\d[^!?。\n]{0,25}?|\s*\([^()\n]{1,30}\))?"
    r"(?P<mark>\s+(?:——|—|–|--|-)|\s*\.-|\s*[:：៖])\s+"
)
AGENCY_TAG = re.compile(r"\([A-Z][A-Za-z0-9]{1,9}\)|^[A-Z][A-Z0-9]{1,9}$")
# "(right)", "(d)", "(links)", "(kanan)", "(ขวา)": where a person stands in a photo.
CAPTION_MARK = re.compile(
    r"\((?:R|L|right|left|centre|center|phải|trái|giữa|droite|gauche|справа|слева|d|i|izq\.?"
    r"|der\.?|izquierda|derecha|centro|esq\.?|dir\.?|esquerda|direita|links|rechts|mitte"
    r"|sinistra|destra|kiri|kanan|tengah|z lewej|z prawej|od lewej|ліворуч|праворуч|sağda"
    r"|solda|ortada|vlevo|vpravo|uprostřed|vänster|höger|balra|jobbra|stânga|dreapta"
    r"|ขวา|ซ้าย|กลาง|يمين|يسار|اليمين|اليسار|دائیں|بائیں|راست|چپ|दाएं|बाएं|ডানে|বাঁয়ে"
    r"|δεξιά|αριστερά|מימין|משמאל|ຂວາ|ຊ້າຍ|ស្តាំ|ឆ្វេង)\)",
    re.I,
)
# A sentence ends at a stop followed by a capital or an opening mark, unless the stop
# closes an abbreviation such as "Gen." or "Sen. Lieut.".
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“«(]?[A-ZÀ-ÝĐА-ЯЁ])|(?<=[。！？।؟۔።။។])")
ABBREVIATIONS = (
    "Gen|Lieut|Lt|Sen|Col|Maj|Capt|Cpt|Sgt|Adm|Brig|Cmdr|Mr|Mrs|Ms|Dr|Prof|St|Mt|No|Nos|Jr|Sr"
    "|Gov|Rep|Dept|Corp|Inc|Ltd|Co|Pres|Amb|Min|Mme|Mlle|Hon|Rev|Art|Vol|Fig|approx|vs|ca"
)
ABBREVIATION = re.compile(rf"(?:^|[\s(])(?:{ABBREVIATIONS}|[A-Z])\.$")


def wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def width(text: str) -> int:
    return sum(2 if wide(c) else 1 for c in text)


def is_headline(paragraph: str) -> bool:
    return (
        len(paragraph) <= (SPACELESS_HEADLINE_MAX if SOUTHEAST.search(paragraph) else HEADLINE_MAX)
        and word_count(paragraph) >= HEADLINE_WORDS
        and not (SENTENCE_END.search(paragraph) and not QUESTION_HEADLINE.search(paragraph))
        and strip_agency_dateline(paragraph) == paragraph
        and not CAPTION_MARK.search(paragraph)
    )


def strip_dateline(text: str) -> str:
    """The lead without its dateline or agency tag, in any of the forms news sites use."""
    stripped = strip_agency_dateline(text)
    if stripped != text:
        return stripped
    found = PLACE_DATELINE.match(text)
    if not found or any(word[0].islower() for word in found["place"].split()):
        return text
    cased = any(c.isupper() for c in found["place"])
    if cased and not found["more"] and found["mark"].strip() == "-":
        return text  # "Việt Nam - Brazil ...": a bare place and a hyphen open a sentence
    return text[found.end():]


def strip_agency_dateline(text: str) -> str:
    """The lead without a dateline in capitals or an agency tag: a headline has neither."""
    found = DATELINE.match(text)
    if not found:
        return text
    head = found.group("head").strip()
    letters = [c for c in head if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters)
    cjk = bool(letters) and all(wide(c) for c in letters) and "——" in found.group("dash")
    return text[found.end():] if AGENCY_TAG.search(head) or caps or cjk else text


def first_sentence(text: str) -> str:
    for found in SENTENCE_BREAK.finditer(text):
        if not ABBREVIATION.search(text[: found.start()]):
            return text[: found.start()].strip()
    return text


def shorten(text: str) -> str:
    """The text cut near MAX_WIDTH columns, at a word or punctuation mark if one is near."""
    if width(text) <= MAX_WIDTH:
        return text
    cut, used, best = 0, 0, 0
    for index, char in enumerate(text):
        used += 2 if wide(char) else 1
        if used > MAX_WIDTH - 1:
            break
        cut = index + 1
        if used >= MIN_WIDTH and (char.isspace() or char in "，、,;；：:"):
            best = index
    end = best or cut
    return text[:end].rstrip(" ,;:，、；：—–-") + ELLIPSIS


def lead_paragraph(paragraphs: list[str]) -> str:
    """The first paragraph that is neither a photo caption nor a stray label."""
    for paragraph in paragraphs:
        if not CAPTION_MARK.search(paragraph) and word_count(paragraph) >= HEADLINE_WORDS:
            return paragraph
    return paragraphs[0]


def pick_title(paragraphs: list[str], lang: str) -> Title:
    """The title and the body paragraphs left once a headline line is taken out."""
    if not paragraphs:
        return Title("", "none", [])
    first = paragraphs[0]
    if len(paragraphs) > 1 and is_headline(first):
        return Title(first, "headline", paragraphs[1:])
    lead = strip_dateline(lead_paragraph(paragraphs))
    return Title(shorten(first_sentence(lead)), "lead", paragraphs)
