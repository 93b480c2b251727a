"""Page junk out, credits aside, every sentence of the article kept.

Seeds are scraped pages: around the article sit language menus, weather, clocks,
breadcrumbs, share buttons, image placeholders, "related news" lists, comment forms and,
on hijacked pages, betting-spam keywords. Each rule below judges a line by its shape
(how much of it is language names, digits or symbols; whether it repeats another line;
where it stands) or by boilerplate phrases that recur across sites and languages, never
by the text of one page. Photo and agency credits leave the body but are kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .junk import (
    CLOCK,
    EXPANDER,
    IMAGE_FILE,
    IMAGE_MARK,
    IMAGE_WORDS,
    LANGUAGE_NAME,
    MARKDOWN_IMAGE,
    MENU_TOKEN,
    NUMERIC_DATE,
    PROMPT_LINE,
    SPAM_SUFFIX,
    STAMP_LABEL,
    STOP_LINE,
    TEMPERATURE,
    TOKEN_WITH_LETTER,
    UI_LINE,
    YEAR,
    credit_split,
    folded_key,
    has_full_stop,
    has_phrase,
    is_breadcrumb,
    is_comment_form,
    is_cookie_notice,
    is_spam,
    language_names,
    with_ascii_digits,
    without_end_mark,
    word_count,
)


@dataclass
class Cleaned:
    paragraphs: list[str]
    credits: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    stamps: list[str] = field(default_factory=list)  # page clocks and update times dropped


HEADING_MAX = 80  # characters: a "related news" heading is short
PROSE = 150  # characters: a line this long is article text even without a sentence end
PRELUDE_WORDS = 3  # a line of this few words before the article starts is a label
MENU_SIZE = 3  # language names in a row that make a language menu
MENU_SHARE = 0.8  # of the line's words
SENTENCE_END = re.compile(r"[.!?。！？…»”\"')）।؟۔።။។]\s*$")


def words_of(line: str) -> list[str]:
    """The whitespace-separated tokens that hold a letter."""
    return TOKEN_WITH_LETTER.findall(line)


def is_prose(line: str) -> bool:
    """A line that reads as article text: long enough, or a full sentence."""
    if len(line) >= PROSE:  # before counting words, which takes longer
        return True
    words = word_count(line)
    return words >= PROSE // 6 or (words >= 6 and has_full_stop(line))


def is_short_label(line: str) -> bool:
    """A line of a few words and no sentence: a category, a place, a byline."""
    if SENTENCE_END.search(line) or any(map(str.isdigit, line)):
        return False
    return word_count(line) <= PRELUDE_WORDS and len(line) <= 40


def is_name_line(line: str) -> bool:
    """A byline: a few capitalised words and nothing else ("Thanh Hà |")."""
    if len(line) > 60:
        return False
    text = line.rstrip("| ").strip()
    words = words_of(text)
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and is_short_label(text)


def is_language_menu(line: str) -> bool:
    """Most of the line is language names: a site's language switcher."""
    if len(line) > 400 or has_full_stop(line):
        return False
    codes = re.findall(r"[^\W\d_]+", line)
    if len(codes) >= 3 and all(len(c) == 2 and c.isupper() for c in codes):
        return True  # "EN | VI | FR": the menu spelled as codes
    tokens = MENU_TOKEN.findall(line)
    if len(tokens) >= MENU_SIZE:  # "英语 越南语 中文", "Englisch Vietnamesisch Chinesisch"
        known = language_names()
        if sum(t.casefold() in known for t in tokens) >= MENU_SHARE * len(tokens):
            return True
    names = LANGUAGE_NAME.findall(line)
    if len(names) < 2:
        return False
    rest = LANGUAGE_NAME.sub("", line)
    letters = sum(map(str.isalpha, rest))
    return letters <= 0.2 * sum(map(str.isalpha, line))


def is_symbol_junk(line: str) -> bool:
    """Weather, counters, pipes: more digits and symbols than words."""
    if len(line) > 80:
        return False
    words = len(words_of(line))
    if words > 4:
        return False
    if TEMPERATURE.search(line):
        return True
    letters = sum(map(str.isalpha, line))
    return letters < 0.4 * len(line.replace(" ", "")) and words <= 3


# A time followed by an abbreviated unit, as Thai pages write it ("10:30 น."): not a sentence.
CLOCK_UNIT = re.compile(r"\d[:.]\d{2}\s*[^\W\d\x00-\x7f]{1,2}\.$")


def is_stamp(line: str) -> bool:
    """A page clock, an update time or a bare date: a few words around a date or a time."""
    line = with_ascii_digits(line)
    if len(line) > 120 or (has_full_stop(line) and not CLOCK_UNIT.search(line)):
        return False
    timed = bool(CLOCK.search(line) or NUMERIC_DATE.search(line))
    words = len(words_of(line))
    if STAMP_LABEL.search(line) and (timed or (YEAR.search(line) and words <= 6)):
        return True
    if timed:
        return words <= (6 if CLOCK.search(line) else 4)
    return bool(YEAR.search(line)) and words <= 4 and len(line) <= 40


def split_images(line: str) -> list[str]:
    """Cut a line at inline image markers ("... - ảnh 1Caption"): headline, then caption."""
    if not has_phrase(line, IMAGE_WORDS):
        return [line] if line else []
    parts = [p.strip(" |") for p in IMAGE_MARK.split(line)]
    return [p for p in parts if p]


def breadcrumb_tail(line: str) -> str | None:
    """The page title at the end of a breadcrumb ("Home > Section > Title"), if any."""
    parts = [p.strip() for p in re.split(r"\s*[>›»]\s*", line)]
    if len(parts) < 3:
        return None
    tail = SPAM_SUFFIX.sub("", parts[-1]).strip()
    tail = re.sub(r"\s*正文$", "", tail)
    return tail if len(words_of(tail)) >= 4 else None


def clean(text: str) -> Cleaned:
    """The article's paragraphs, in order, without the page around them."""
    result = Cleaned([])
    seen: set[str] = set()
    started = False  # has article text begun?
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    for index, raw in enumerate(lines):
        if started and ((len(raw) <= HEADING_MAX and STOP_LINE.match(raw)) or is_comment_form(raw)):
            if expands(lines, index):
                result.dropped.append(raw)
                continue
            result.dropped.extend(lines[index:])
            break
        for line in junk_free(raw, result):
            key = folded_key(line)
            label = not started and is_short_label(line)
            if not key or key in seen or repeats(line, key, seen) or label or (
                index < 8 and is_name_line(line)
            ):
                result.dropped.append(line)
                continue
            seen.add(key)
            result.paragraphs.append(line)
            started = started or is_prose(line)
    drop_link_list(result)
    return result


def expands(lines: list[str], index: int) -> bool:
    """A "read more" button inside the article: more of the article's prose follows it."""
    following = lines[index + 1 : index + 2]
    return bool(EXPANDER.fullmatch(lines[index])) and bool(following) and is_prose(following[0])


LINK_LIST = 3  # headline-like lines in a row after the last sentence: other articles' links


def drop_link_list(result: Cleaned) -> None:
    """A run of headlines closing the page is a list of other articles, heading or not.

    Only where the article's own sentences end with a stop can its last lines be told from
    headlines: Thai and Lao paragraphs end without one.
    """
    paragraphs = result.paragraphs
    run = 0
    while run < len(paragraphs) - 1 and is_link_title(paragraphs[-1 - run]):
        run += 1
    if run >= LINK_LIST and any(SENTENCE_END.search(p) for p in paragraphs[:-run]):
        result.dropped.extend(paragraphs[-run:])
        del paragraphs[-run:]


def is_link_title(line: str) -> bool:
    return 4 <= word_count(line) <= 25 and len(line) <= 200 and not SENTENCE_END.search(line)


def repeats(line: str, key: str, seen: set[str]) -> bool:
    """A headline-like line made of an earlier line plus a few words of junk."""
    if has_full_stop(line):
        return False
    return any(len(old) >= 20 and old in key and len(key) - len(old) <= 30 for old in seen)


def junk_free(line: str, result: Cleaned) -> list[str]:
    """The parts of one line worth keeping; what is cut goes to dropped or credits."""
    image = "![" in line  # what a Markdown image starts with
    if (image and MARKDOWN_IMAGE.fullmatch(line)) or (
            " " not in line and IMAGE_FILE.fullmatch(line)) or is_page_furniture(line):
        result.dropped.append(line)
        return []
    if is_spam(line):
        result.dropped.append(line)
        if is_stamp(line):  # the template's time line is still the page's date
            result.stamps.append(line)
        return despammed(line)
    if is_stamp(line):
        result.dropped.append(line)
        result.stamps.append(line)
        return []
    if is_language_menu(line) or is_symbol_junk(line):
        result.dropped.append(line)
        return []
    pieces = []
    for piece in split_images((MARKDOWN_IMAGE.sub(" ", line) if image else line).strip(" |")):
        piece, credits = credit_split(piece)
        result.credits.extend(credits)
        piece = without_end_mark(piece).strip()
        if piece:
            pieces.append(piece)
    return pieces


FURNITURE_MAX = 300  # characters: no button, tag list or site path is longer
PROMPT_MAX = 80  # characters: "share", "follow" or "comment" and a few words


def is_page_furniture(line: str) -> bool:
    """Buttons, prompts, tags, bylines, site paths and cookie notices: page, not article."""
    if is_cookie_notice(line):
        return True
    if len(line) > FURNITURE_MAX:
        return False
    if UI_LINE.fullmatch(line) or is_breadcrumb(line):
        return True
    if len(line) > PROMPT_MAX or has_full_stop(line):
        return False
    return bool(PROMPT_LINE.fullmatch(line))


def despammed(line: str) -> list[str]:
    """What a spam-template line holds of the article: the title it wraps, if any."""
    tail = breadcrumb_tail(line)
    if tail:
        return [tail]
    bare = SPAM_SUFFIX.sub("", line).strip()
    return [bare] if bare != line and not is_spam(bare) else []
