"""The few date words CLDR (as shipped by Babel) does not give: relative days and range joiners.

Month and weekday names come from CLDR in dates.py; Babel does not load CLDR's "yesterday" /
"today" forms, so the press forms are listed here, per language, with their day offset.
"""

from __future__ import annotations

# Words that name a day relative to the publication date, and its offset in days.
RELATIVE_DAYS: dict[str, dict[str, int]] = {
    "en": {"yesterday": -1, "today": 0, "this morning": 0, "this afternoon": 0,
           "this evening": 0, "tonight": 0, "last night": -1},
    "vi": {"hôm qua": -1, "hôm nay": 0, "sáng nay": 0, "chiều nay": 0, "tối nay": 0,
           "tối qua": -1, "đêm qua": -1, "sáng qua": -1, "chiều qua": -1},
    "fr": {"hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0, "cet après-midi": 0,
           "ce soir": 0, "avant-hier": -2},
    "ru": {"вчера": -1, "сегодня": 0, "позавчера": -2},
    "uk": {"вчора": -1, "сьогодні": 0},
    "zh": {"昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "前天": -2},
    "ja": {"昨日": -1, "本日": 0, "今日": 0, "一昨日": -2},
    "ko": {"어제": -1, "오늘": 0, "그제": -2},
    "de": {"gestern": -1, "heute": 0, "vorgestern": -2},
    "es": {"ayer": -1, "hoy": 0, "anteayer": -2},
    "pt": {"ontem": -1, "hoje": 0},
    "it": {"ieri": -1, "oggi": 0},
    "id": {"kemarin": -1, "hari ini": 0},
    "ms": {"semalam": -1, "hari ini": 0},
    "th": {"เมื่อวานนี้": -1, "เมื่อวาน": -1, "วันนี้": 0},
    "lo": {"ມື້ວານນີ້": -1, "ມື້ນີ້": 0},
    "km": {"ម្សិលមិញ": -1, "ថ្ងៃនេះ": 0},
}

# Between two days, these make a span ("from 8 to 10 December", "27-29 mars", "8 và 9/12").
RANGE_JOINERS = (
    "-", "–", "—", "~", "〜", "～", "to", "through", "until", "and", "au", "à", "et", "jusqu'au",
    "bis", "und", "al", "a", "y", "hasta", "e", "até", "fino al", "до", "по", "и", "đến", "tới",
    "và", "hingga", "sampai", "dan", "から", "至", "到", "부터", "ถึง",
)

# Words after which "9/12", "13-2" or "9.12" is a day and month, not a fraction or a score.
DAY_LEADS = (
    "ngày", "chiều", "sáng", "tối", "trưa", "đêm", "hôm", "rạng sáng", "on", "le", "el", "am",
    "du", "dia", "tanggal", "(",
)

# A weekday followed or preceded by these is a day to come, not the day the event happened.
NEXT_WORDS = ("next", "prochain", "tới", "sau", "следующ", "nächsten", "próximo", "próxima")

# Weekday names that are more often another word: Indonesian "Minggu" (Sunday) is also "week".
NOT_WEEKDAYS = frozenset({"minggu"})
