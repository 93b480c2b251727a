"""Seed bytes to clean Unicode text: encodings, mojibake, normalization, the date header.

Seeds come from scrapers of every kind, so nothing about their bytes is trusted: any input
gives some text and a list of problems that say, in words, what was wrong with it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import ftfy
from anyascii import anyascii
from charset_normalizer import from_bytes

MAX_BYTES = 512 * 1024  # read this much of a seed: a news report is a few KB, not megabytes
LONG_LINE = 3000  # characters: longer lines are split at sentence ends into paragraphs
PARAGRAPH = 1000  # characters: the size the pieces of a long line are packed up to

WIDE_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# UTF-8 read as cp1252 or Latin-1: a lead byte's character ("Ã", "Æ", "â", "ä"...) then one or
# two continuation bytes' characters ("©", "°", "€", "™"...), as in "ViÃªt", "LÆ°Æ¡ng", "â€™".
CONTINUATIONS = "".join(map(chr, range(0x80, 0xC0))) + bytes(range(0x80, 0xC0)).decode(
    "cp1252", errors="ignore")
MOJIBAKE = re.compile(f"[\u00c2-\u00df][{CONTINUATIONS}]|[\u00e0-\u00ef][{CONTINUATIONS}]{{2}}")

# In UTF-8 bytes: "Ã".."ï" (C3 82..AF) then a character whose encoding starts C2 (U+0080-00BF),
# C5, C6, CB (cp1252's letters) or E2 (its punctuation, €, ™). Seldom found in clean text,
# and much faster to look for than MOJIBAKE in the decoded text.
MOJIBAKE_HINT = re.compile(rb"\xc3[\x82-\xaf][\xc2\xc5\xc6\xcb\xe2]")
# What the passes below remove or change: C0 and C1 controls, CR, LS/PS, BOM, U+FFFD-FFFF.
UNUSUAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffd\ufffe\uffff]")
NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]")  # terminal colours, from logs and tools
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
INVISIBLE = re.compile("[\ufeff\ufffd]")  # stray BOMs; replacement characters already reported

# Binary data: what separates its runs of text, and what such a run needs to be kept.
BINARY_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffd-\uffff]+")
BINARY_SHARE = 0.05  # more junk characters than this: binary data, only its text runs kept
LETTER = re.compile(r"[^\W\d_]")  # a letter of any script: a word character, not a digit or "_"
WORD = re.compile(r"[^\W\d_]{4,}")

SENTENCE_END = re.compile(r"(?<=[.!?…。！？])[\"'”’»)\]]*\s+|(?<=[。！？])")


@dataclass
class Decoded:
    text: str
    encoding: str
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kind, message)


def decode(data: bytes) -> Decoded:
    """Bytes to NFC text, whatever the bytes: every surprise becomes a problem, not an error."""
    problems: list[tuple[str, str]] = []
    capped = len(data) > MAX_BYTES
    if capped:
        problems.append(("large", f"{_size(len(data))}: only the first {_size(MAX_BYTES)} read"))
        data = data[:MAX_BYTES]
    text, encoding = _to_text(data, capped, problems)
    if _looks_mojibake(data, text, encoding):  # ftfy is slow: only called when it must be
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            text = fixed
            problems.append(("encoding", "UTF-8 read as another encoding (mojibake): repaired"))
    if encoding != "utf-8" or _unusual(text):
        text, escapes = ANSI.subn("", text)
        text = NEWLINES.sub("\n", text)
        if encoding == "binary":
            text = _text_in_binary(text)
        else:
            text = INVISIBLE.sub("", text)
            if controls := len(CONTROL.findall(text)) + escapes:
                text = CONTROL.sub(" ", text)
                problems.append(("encoding", f"{_count(controls, 'control character')} removed"))
    return Decoded(split_long_lines(normalize(text)), encoding, problems)


def _text_in_binary(text: str) -> str:
    """A text with a few zero bytes loses them; binary data keeps only its runs of text."""
    junk = sum(map(len, BINARY_JUNK.findall(text)))
    if junk > BINARY_SHARE * len(text):
        return "\n".join(run.strip() for run in BINARY_JUNK.split(text) if _wordy(run))
    return CONTROL.sub(" ", INVISIBLE.sub("", text.replace("\x00", "")))


def _wordy(run: str) -> bool:
    """A run of text worth keeping from binary data: words, mostly letters and spaces."""
    letters = sum(1 for ch in run if ch.isalpha() or ch == " ")
    return len(run) >= 12 and letters >= 0.8 * len(run) and WORD.search(run) is not None


def _unusual(text: str) -> bool:
    """Whether the text has characters to remove or change: most seeds have none, and
    `isprintable` (C speed) says so before the slower regular expression is needed."""
    if text.replace("\n", "").replace("\t", "").isprintable() and "\ufffd" not in text:
        return False
    return UNUSUAL.search(text) is not None


def _looks_mojibake(data: bytes, text: str, encoding: str) -> bool:
    if encoding == "utf-8" and not MOJIBAKE_HINT.search(data):
        return False
    return MOJIBAKE.search(text) is not None


def _to_text(data: bytes, capped: bool, problems: list[tuple[str, str]]) -> tuple[str, str]:
    """Pick the encoding: BOM, UTF-16 by its control bytes, strict UTF-8, then 8-bit guesses."""
    data = data.removeprefix(codecs.BOM_UTF8)
    for bom, encoding in WIDE_BOMS:
        if data.startswith(bom):
            return _wide(data[len(bom):], encoding, problems), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        problems.append(("encoding", f"no byte-order mark; read as {utf16}"))
        return _wide(data, utf16, problems), utf16
    if b"\x00" in data:
        zeros = _count(data.count(0), "zero byte")
        problems.append(("binary", f"{zeros}: not a text file; its text kept"))
        return data.decode("utf-8", errors="replace"), "binary"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if capped and len(data) - err.start <= 3:  # the cap cut the last character in two
            return data[: err.start].decode("utf-8"), "utf-8"
    return _not_utf8(data, problems)


def _wide(data: bytes, encoding: str, problems: list[tuple[str, str]]) -> str:
    """Decode UTF-16/32, whose last character the cap may have cut."""
    width = 4 if "32" in encoding else 2
    text = data[: len(data) - len(data) % width].decode(encoding, errors="replace")
    if "\ufffd" in text:
        problems.append(("encoding", f"invalid {encoding} sequences replaced"))
    return text


# The byte values that are never text by themselves, but are the high byte of UTF-16 letters
# in Latin (0x00), Vietnamese (0x01, 0x1E), Greek (0x03), Cyrillic (0x04), Arabic (0x06)...
LOW = bytes.maketrans(bytes(range(0x20)), b"\x00" * 0x20)
TEXT_BYTES = b"\t\n\r"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has a control byte in most odd (LE) or even (BE) places, and few elsewhere;
    in CJK text only its ASCII (digits, newlines) does, but then zero bytes take one side."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    if not _controls(sample):  # the usual seed: no control byte at all
        return None
    evens, odds = sample[0 : 2 * half : 2], sample[1 : 2 * half : 2]
    even, odd = _controls(evens), _controls(odds)
    if odd > 0.3 * half and even < 0.1 * odd:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.1 * even:
        return "utf-16-be"
    even, odd = evens.count(0), odds.count(0)
    for encoding, here, there in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if here >= 4 and there * 4 < here and _decodes(data[: len(data) // 2 * 2], encoding):
            return encoding
    return None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _controls(data: bytes) -> int:
    return data.translate(LOW, TEXT_BYTES).count(0)


def _not_utf8(data: bytes, problems: list[tuple[str, str]]) -> tuple[str, str]:
    """Mostly UTF-8 with a few bad bytes, a Western or Central European code page, or another."""
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    if sum(1 for ch in damaged if ord(ch) > 0x7F) - bad > bad:
        problems.append(("encoding", f"{_count(bad, 'byte')} that are not UTF-8 replaced"))
        return damaged, "utf-8"
    fits = {name: _alphabet_fit(data.decode(name, errors="replace")) for name in EUROPEAN}
    encoding = max(EUROPEAN, key=fits.__getitem__)
    if fits[encoding] >= 0.95:
        text = data.decode(encoding, errors="replace")
    else:  # Cyrillic, Greek, CJK...: charset-normalizer, which is good at these
        best = from_bytes(data).best()
        encoding, text = ("cp1252", data.decode("cp1252", "replace")) if best is None else (
            best.encoding, str(best))
    problems.append(("encoding", f"not UTF-8; read as {encoding}"))
    return text, encoding


EUROPEAN = ("cp1252", "cp1250", "cp1254", "cp1257")  # Western, Central, Turkish, Baltic
# The letters beyond ASCII of the languages those code pages are for, in lower case.
ALPHABETS = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü",  # Catalan
    "áéíóúàèëïöü",  # Dutch
    "åäöéæø",  # Scandinavian
    "äöåšž",  # Finnish
    "áðéíóúýþæö",  # Icelandic
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "ăâîşţșț",  # Romanian
    "čćđšž",  # Croatian, Slovene, Bosnian
    "çğıöşüâîûi\u0307",  # Turkish ("İ" lowers to "i" and a combining dot)
    "äöõüšž",  # Estonian
    "āčēģīķļņšūž",  # Latvian
    "ąčęėįšųūž",  # Lithuanian
)


def _alphabet_fit(text: str) -> float:
    """The largest share of the text's non-ASCII letters that one language uses: the right
    code page gives Czech "příští" (1.0), a wrong one "pøíští", Danish and French mixed, or
    symbols inside words ("spotka³", "mo¿e" for Polish "spotkał", "może"). Text in Cyrillic,
    Greek or CJK read with these code pages fits no single language."""
    letters: Counter[str] = Counter()
    misfits = 0
    for before, ch in zip(" " + text, text, strict=False):
        if ord(ch) < 0x80:
            continue
        if ch.isalpha():
            letters[ch.lower()] += 1
        elif before.isalpha() and unicodedata.category(ch) in IN_WORD_MISFITS and ch != "·":
            misfits += 1
    total = sum(letters.values()) + misfits
    if not total:  # punctuation only ("’", "€"): any code page of letters would do
        return 1.0
    return max(sum(n for ch, n in letters.items() if ch in alphabet) for alphabet in ALPHABETS
               ) / total


IN_WORD_MISFITS = {"No", "So", "Sm", "Sc", "Sk", "Po"}  # "³", "©", "±", "¤", "´", "¿"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


def split_long_lines(text: str) -> str:
    """One endless line (a scraper that lost the newlines) becomes paragraphs of whole sentences."""
    if len(text) <= LONG_LINE or all(len(line) <= LONG_LINE for line in text.split("\n")):
        return text
    return "\n".join(
        "\n\n".join(_pack(line)) if len(line) > LONG_LINE else line for line in text.split("\n")
    )


def _pack(line: str) -> list[str]:
    pieces: list[str] = []
    current = ""
    for sentence in SENTENCE_END.split(line):
        while len(sentence) > LONG_LINE:  # no sentence end: cut at a space, or anywhere
            cut = sentence.rfind(" ", 0, PARAGRAPH)
            cut = cut if cut > 0 else PARAGRAPH
            pieces += [p for p in (current, sentence[:cut].strip()) if p]
            current, sentence = "", sentence[cut:].strip()
        if current and len(current) + len(sentence) > PARAGRAPH:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}".strip() if current else sentence.strip()
    if current:
        pieces.append(current)
    return pieces


def normalize(text: str) -> str:
    """NFC: the same Vietnamese letter typed precomposed or with combining marks compares equal."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Case- and accent-free ASCII: for comparing names across spellings and scripts."""
    return anyascii(text).casefold()


HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")


def split_header(text: str) -> tuple[str | None, str]:
    """The leading ` date YYYY-MM-DD` line some seeds carry, and the text after it."""
    match = HEADER.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]
