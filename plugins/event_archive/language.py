"""detect_language(text) -> ISO 639-1 code, or "und" when the text has no words.

The Unicode script settles most languages outright (Hangul is Korean, Kana is Japanese,
Thai script is Thai...). Only scripts shared by several languages (Latin, Cyrillic, Arabic,
Devanagari, Bengali) go to the py3langid classifier, restricted to the languages written in
that script, so an n-gram accident cannot answer with a language of another script or a
rare dialect. Proper names (capitalised words) say little about the language of the
sentence around them ("Le ministre Luong Tam Quang a reçu Marcos Antonio...") and are left
out of the classifier's input when enough other words remain.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from .text import LETTER

SAMPLE = 700  # characters read: more changes no answer on news text and costs time
MIN_LETTERS = 3

# Scripts by code point range: (first, last, script). Ranges not listed count as "other".
RANGES = [
    (0x0041, 0x024F, "Latin"), (0x1E00, 0x1EFF, "Latin"),
    (0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"), (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"), (0xFB50, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"), (0x0A80, 0x0AFF, "Gujarati"), (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"), (0x0C00, 0x0C7F, "Telugu"), (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"), (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"), (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"), (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"), (0x3130, 0x318F, "Hangul"), (0xAC00, 0xD7AF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"), (0x1780, 0x17FF, "Khmer"),
    (0x3040, 0x30FF, "Kana"), (0x31F0, 0x31FF, "Kana"), (0xFF66, 0xFF9F, "Kana"),
    (0x3400, 0x4DBF, "Han"), (0x4E00, 0x9FFF, "Han"), (0xF900, 0xFAFF, "Han"),
]

# A script used by one language in practice: the script is the answer.
SCRIPT_LANGUAGE = {
    "Greek": "el", "Armenian": "hy", "Hebrew": "he", "Gurmukhi": "pa", "Gujarati": "gu",
    "Oriya": "or", "Tamil": "ta", "Telugu": "te", "Kannada": "kn", "Malayalam": "ml",
    "Sinhala": "si", "Thai": "th", "Lao": "lo", "Tibetan": "bo", "Myanmar": "my",
    "Georgian": "ka", "Hangul": "ko", "Ethiopic": "am", "Khmer": "km", "Kana": "ja",
    "Han": "zh",
}

# Scripts shared by several languages: the classifier chooses among these only.
CHOICES = {
    "Latin": "af az bs ca cs cy da de en es et eu fi fr ga gl ha hr hu id is it jv lt lv ms mt nl"
    " no pl pt ro sk sl so sq sv sw tl tr uz vi yo zu",
    "Cyrillic": "ru uk bg sr mk be kk ky mn tg tt ba",
    "Arabic": "ar fa ur ps ug ku arz ary",
    "Devanagari": "hi mr ne",
    "Bengali": "bn as",
}
SCRIPT_CHOICES = {script: codes.split() for script, codes in CHOICES.items()}
# Letters a language cannot do without: a Cyrillic text with none of them is not in it
# (Ukrainian without і, Macedonian without ј, Bulgarian without ъ...), and one with ы or э
# is not Bulgarian.
NEEDED_LETTERS = {
    "bg": "ъ",
    "uk": "іїєґ", "be": "ўі", "kk": "әғқңөұүһі", "ky": "ңөү", "mn": "өү", "tg": "ғӣқӯҳҷ",
    "tt": "әҗңөүһ", "ba": "ҙҫғҡңөүһә", "mk": "ѓќѕјљњџ", "sr": "ђћјљњџ",
}
EXCLUDED_BY = {"bg": "ыэё"}
# Classifier labels that are varieties of an ISO 639-1 language.
ALIASES = {"arz": "ar", "ary": "ar"}

# Letters only Vietnamese uses among Latin-script languages (not â, ê, ô: French and
# Portuguese have them): a few lowercase words with them settle Vietnamese even when the
# classifier hesitates on short text.
VIETNAMESE_LETTERS = set("ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# One Vietnamese syllable written without its diacritics: Vietnamese typed in plain ASCII
# is a run of such syllables, which no other Latin-script language produces for long.
SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
# Function words: on a short line they outvote the names around them, which pull n-gram
# classifiers towards the names' language. English news "met" as often as Dutch says "met"
# (with): listed for both, it counts for neither alone ("X met Y in Hanoi" is English).
FUNCTION_WORDS = {
    "en": "the of and to in a is on for with that by at from was his her has have are met",
    "fr": "le la les de des du un une et à au aux en est pour dans sur avec par qui que a ont",
    "es": "el la los las de del un una y en es para con por que se su al fue ha",
    "pt": "o a os as de do da dos das um uma e em no na é para com por que se foi",
    "it": "il lo la gli le di del della un una e è in per con che si al ha sono",
    "de": "der die das den dem des und ist im in mit von zu für auf ein eine hat sich",
    "nl": "de het een en van in is op met voor dat te zijn heeft",
    "id": "yang dan di ke dari untuk dengan pada ini itu dalam adalah tidak akan",
    "tl": "ang ng sa mga na at ay si ni para ito kay nang",
    "vi": "của và các những được trong cho với này là có một không đã sẽ tại về từ đến theo"
    " cua va cac nhung duoc voi nay la co mot khong da se tai ve tu den",
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Languages the classifier mixes up, told apart by words their standards spell or choose
# differently: Indonesian and Malay; Serbian, whose Latin spelling is ekavian ("pre",
# "predsednik", "gde"), and Bosnian and Croatian, ijekavian ("prije", "predsjednik", "gdje").
IJEKAVIAN = _words(
    "predsjednik predsjednika predsjedniku predsjednica prije poslije dvije gdje ovdje uvijek"
    " mjesto mjesta mjesec mjeseca sjever sjevera posjeta posjete posjetu savjet savjeta"
    " savjetnik izvještaj primjer mjere mjera dio sjednica sjednice sjedište sjedišta djeca"
    " djece riječ riječi vijest vijesti lijepo nedjelje nedjelja"
)
EKAVIAN = _words(
    "predsednik predsednika predsedniku predsednica pre posle dve gde ovde uvek"
    " mesto mesta mesec meseca sever severa poseta posete posetu savet saveta"
    " savetnik izveštaj primer mere mera deo sednica sednice sedište sedišta deca"
    " dece reč reči vest vesti lepo nedelje nedelja"
)
SPELLINGS = [
    {
        "id": ("karena", "tersebut", "bisa", "yaitu", "uang", "pemerintah", "internasional",
               "kerja sama", "narkoba", "saat ini", "mengatakan", "dukungan", "nasional"),
        "ms": ("kerana", "boleh", "iaitu", "wang", "kerajaan", "antarabangsa", "kerjasama",
               "ialah", "dadah", "ketika ini", "berkata", "sokongan", "negara ini"),
    },
    {"sr": EKAVIAN, "bs": IJEKAVIAN, "hr": IJEKAVIAN},
]
FUNCTION_SETS = {code: set(words.split()) for code, words in FUNCTION_WORDS.items()}


def _codes_by_word() -> dict[str, list[str]]:
    """Each function word and the languages that use it: one lookup per word of a text."""
    codes: dict[str, list[str]] = {}
    for code, found in FUNCTION_SETS.items():
        for word in found:
            codes.setdefault(word, []).append(code)
    return codes


FUNCTION_CODES = _codes_by_word()
SHORT = 30  # words: below this a lead of one function word overrules the classifier
LONG = 100  # words: from this on the classifier is not overruled
PLAIN_SAMPLE = 60  # words enough to tell plain-ASCII Vietnamese


@cache
def script_of(char: str) -> str:
    code = ord(char)
    for first, last, script in RANGES:
        if first <= code <= last:
            return script
    return "other"


@cache
def letter_script(char: str) -> str | None:
    """The script of a letter; None for a character that is not one."""
    return script_of(char) if LETTER.match(char) else None


def script_counts(text: str) -> Counter[str]:
    """Letters per script: counted per distinct character, which is far fewer than letters.

    Scripts come in the order of their first letter in the text (`main_script` breaks ties
    by it)."""
    counts: Counter[str] = Counter()
    for char, count in Counter(text).items():
        script = letter_script(char)
        if script is not None:
            counts[script] += count
    return counts


def main_script(counts: Counter[str]) -> str:
    """The script of the text; Kana among Han means Japanese, Hangul among Han Korean."""
    total = sum(counts.values())
    if counts["Kana"] >= max(3, 0.05 * total):
        return "Kana"
    if counts["Hangul"] >= max(3, 0.2 * total):
        return "Hangul"
    return counts.most_common(1)[0][0]


WALKS = 20_000  # (state, word) walks of the automaton kept: about 400 bytes each, 8 MB


class Identifier(LanguageIdentifier):
    """py3langid's classifier, walking its n-gram automaton a word at a time.

    The library walks the automaton byte by byte in Python. The walk over a word (and the
    space after it) depends only on the state it starts from, and text repeats its words:
    each (state, word) walk is made once and kept. The features found, and their order,
    are the library's own, so are the scores.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.walks: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = {}

    def _raw_score(self, text: bytes):  # noqa: ANN202 - the library's numpy scores
        visits = self.visits(text)
        if visits is None:  # no feature at all: the library's own answer for that
            return super()._raw_score(text)
        return self._sparse_score(visits, self.nb_ptc)

    def visits(self, data: bytes) -> Counter[int] | None:
        """How often each feature occurs in the UTF-8 text, in order of first occurrence."""
        words = data.split(b" ")
        last = words.pop()
        state, found = 0, []
        walks = self.walks
        for word in words:
            walked = walks.get((state, word))
            if walked is None:
                walked = self.walk(state, word + b" ")
                if len(walks) < WALKS:
                    walks[state, word] = walked
            state = walked[0]
            found += walked[1]
        found += self.walk(state, last)[1]
        return Counter(found) if found else None

    def walk(self, state: int, data: bytes) -> tuple[int, tuple[int, ...]]:
        """The state after the bytes, and the features met on the way (py3langid's loop)."""
        moves, rows, output = self.tk_nextmove, self._rowbase, self.tk_output
        found = []
        for byte in data:
            state = moves[rows[state] + byte]
            feature = output[state]
            if feature >= 0:
                found.append(feature)
        return state, tuple(found)


@cache
def identifier() -> LanguageIdentifier:
    """The classifier, loaded on first use (it takes most of a second)."""
    return Identifier.from_model_file(MODEL_FILE)


def classify(text: str, choices: list[str]) -> str:
    allowed = set(choices)
    for code, _score in identifier().rank(text):
        if code in allowed:
            return ALIASES.get(code, code)
    return "und"


def without_names(words: list[str], text: str) -> str:
    """The text without capitalised words, if enough remains to classify."""
    common = [w for w in words if not w[0].isupper()]
    return " ".join(common) if len(common) >= 0.3 * len(words) and len(common) >= 3 else text


def looks_vietnamese(words: list[str]) -> bool:
    """A few lowercase words with letters only Vietnamese uses."""
    lower = [w for w in words if w[0].islower()]
    marked = sum(1 for w in lower if not VIETNAMESE_LETTERS.isdisjoint(w))
    return marked >= 2 and marked >= 0.15 * len(lower)


def looks_plain_vietnamese(words: list[str]) -> bool:
    """Vietnamese without diacritics: nearly every word a Vietnamese syllable."""
    lower = [w for w in words if w[0].islower()]
    sample = [w.lower() for w in (lower if len(lower) >= 4 else words)[:PLAIN_SAMPLE]]
    if len(sample) < 4:
        return False
    fitting = sum(1 for w in sample if w.isascii() and SYLLABLE.fullmatch(w))
    return fitting >= 0.85 * len(sample)


def by_function_words(words: list[str], guess: str) -> str:
    """On a short text, the language whose function words it uses, if clearly ahead.

    Only a guess among the listed languages is overruled: they are the ones whose names
    and function words get mixed up (Portuguese names in French, Vietnamese in English...).
    The longer the text, the more the classifier knows, and the wider the lead must be.
    """
    if len(words) >= LONG or guess not in FUNCTION_SETS:
        return guess
    hits = dict.fromkeys(FUNCTION_SETS, 0)
    for word in words:
        for code in FUNCTION_CODES.get(word.lower(), ()):
            hits[code] += 1
    best = max(hits, key=lambda code: (hits[code], code == guess))
    needed = hits[guess] + 1 if len(words) < SHORT else 2 * hits[guess] + 2
    return best if hits[best] >= max(2, needed) else guess


def by_spelling(words: list[str], guess: str) -> str:
    """Among languages the classifier mixes up (`SPELLINGS`), the one whose spellings the
    text uses most; the guess where none does better."""
    group = next((g for g in SPELLINGS if guess in g), None)
    if group is None:
        return guess
    text = " " + " ".join(w.lower() for w in words) + " "
    found = {code: sum(f" {word} " in text for word in marks) for code, marks in group.items()}
    best = max(found, key=lambda code: (found[code], code == guess))
    return best if found[best] > found[guess] else guess


def possible(choices: list[str], text: str) -> list[str]:
    """The choices whose own letters the text uses, and none of whose foreign ones."""
    letters = set(text.lower())
    return [
        code
        for code in choices
        if (code not in NEEDED_LETTERS or letters.intersection(NEEDED_LETTERS[code]))
        and not letters.intersection(EXCLUDED_BY.get(code, ""))
    ]


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; "und" when it has no words to judge by."""
    sample = text[:SAMPLE]
    counts = script_counts(sample)
    if sum(counts.values()) < MIN_LETTERS:
        return "und"
    script = main_script(counts)
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    if script not in SCRIPT_CHOICES:
        return "und"
    words = WORD.findall(sample)
    if script == "Latin" and (looks_vietnamese(words) or looks_plain_vietnamese(words)):
        return "vi"
    choices = possible(SCRIPT_CHOICES[script], sample) or SCRIPT_CHOICES[script]
    guess = classify(without_names(words, sample), choices)
    if script != "Latin":
        return guess
    return by_spelling(words, by_function_words(words, guess))
