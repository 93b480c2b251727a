"""The few date words CLDR (as shipped by Babel) does not give: relative days, range joiners
and the month names the press writes in another form than CLDR's dates.

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
    "ja": {"昨日": -1, "本日": 0, "今日": 0, "一昨日": -2, "きのう": -1, "きょう": 0,
           "おととい": -2},
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
    "my": {"မနေ့က": -1, "ယနေ့": 0},
    "ar": {"أمس": -1, "الأمس": -1},  # "اليوم" is also "the day" (اليوم الوطني)
    "fa": {"دیروز": -1, "امروز": 0},
    "hi": {"आज": 0},  # "कल" is both yesterday and tomorrow
    "tr": {"dün": -1, "bugün": 0},
    "pl": {"wczoraj": -1, "dzisiaj": 0, "dziś": 0},
    "cs": {"včera": -1, "dnes": 0},
    "nl": {"gisteren": -1, "vandaag": 0},
    "el": {"χθες": -1, "χτες": -1, "σήμερα": 0},
    "sv": {"i går": -1, "i dag": 0}, "da": {"i går": -1, "i dag": 0},
    "nb": {"i går": -1, "i dag": 0}, "fi": {"eilen": -1, "tänään": 0},
    "ro": {"ieri": -1, "astăzi": 0, "azi": 0}, "sk": {"včera": -1, "dnes": 0},
    "hr": {"jučer": -1, "danas": 0}, "sr": {"јуче": -1, "данас": 0, "juče": -1},
    "bg": {"вчера": -1, "днес": 0}, "sw": {"jana": -1, "leo": 0},
    "tl": {"kahapon": -1, "ngayong araw": 0}, "ur": {"آج": 0}, "ne": {"हिजो": -1, "आज": 0},
    "bn": {"গতকাল": -1, "আজ": 0}, "ta": {"நேற்று": -1, "இன்று": 0},
}

# Month names as the press writes them where CLDR's date formats give another form: rows of
# twelve, January first, one row per script or spelling. The genitive ("12. marta 2025.",
# CLDR "mart"; "augusta" is the Bosnian and ijekavian form), the Latvian locative
# ("12. martā"), Hebrew with its "in" ("12 במרץ") and the Levantine and Iraqi names of
# Arabic ("12 آذار").
_BCS_LATIN = ("januara", "februara", "marta", "aprila", "maja", "juna", "jula",
              ("avgusta", "augusta"), "septembra", "oktobra", "novembra", "decembra")
_SERBIAN_CYRILLIC = ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула",
                     "августа", "септембра", "октобра", "новембра", "децембра")
PRESS_MONTHS: dict[str, tuple[tuple[str | tuple[str, ...], ...], ...]] = {
    "sr": (_BCS_LATIN, _SERBIAN_CYRILLIC), "bs": (_BCS_LATIN,), "cnr": (_BCS_LATIN,),
    "sl": (("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
            "septembra", "oktobra", "novembra", "decembra"),),
    "lv": (("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
            "septembrī", "oktobrī", "novembrī", "decembrī"),),
    "he": (("בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט",
            "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"),),
    "ar": (("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
            "تشرين الأول", "تشرين الثاني", "كانون الأول"),),
}

# Between two days, these make a span ("from 8 to 10 December", "27-29 mars", "8 và 9/12").
RANGE_JOINERS = (
    "-", "–", "—", "~", "〜", "～", "to", "through", "until", "and", "au", "à", "et", "jusqu'au",
    "bis", "und", "al", "a", "y", "hasta", "e", "até", "fino al", "до", "по", "и", "đến", "tới",
    "và", "hingga", "sampai", "dan", "から", "至", "到", "부터", "ถึง",
)

# Words written between a day and its month name (Khmer "ថ្ងៃទី១២ ខែមិថុនា": day 12, month of
# June), and between a month and its year ("ឆ្នាំ២០២៤", "năm 2025", "de 2025", "พ.ศ. 2567").
MONTH_WORDS = ("ខែ", "เดือน", "ເດືອນ")
YEAR_WORDS = ("de", "del", "năm", "ឆ្នាំ", "ปี", "พ.ศ.", "ค.ศ.", "ປີ", "ພ.ສ.", "ຄ.ສ.")

# In scripts written without spaces a bare weekday name is also a syllable of other words (Lao
# "ຈັນ", Monday, in "ວຽງຈັນ", Vientiane): there it is read next to the script's word for "day"
# only, which comes before the name (Khmer, Thai, Lao) or after it (Burmese).
DAY_WORDS: dict[str, tuple[str, str]] = {  # script range -> (word before, word after)
    "\u0e00-\u0e7f": ("วัน", ""), "\u0e80-\u0eff": ("ວັນ", ""),
    "\u1780-\u17ff": ("ថ្ងៃ", ""), "\u1000-\u109f": ("", "နေ့"),
}

# Words after which "9/12", "13-2" or "9.12" is a day and month, not a fraction or a score.
DAY_LEADS = (
    "ngày", "chiều", "sáng", "tối", "trưa", "đêm", "hôm", "rạng sáng", "on", "le", "el", "am",
    "du", "dia", "tanggal", "(",
)

# Words after which a weekday written in lower case is one ("chiều thứ bảy"); not "ngày":
# "ngày thứ ba" is the third day.
WEEKDAY_LEADS = ("chiều", "sáng", "tối", "trưa", "đêm", "hôm", "vào", "rạng sáng")

# What a Russian weekday is read after ("в пятницу", "в минувшую пятницу"): alone, "среда" is
# also "environment".
SLAVIC_WEEKDAY_LEADS = ("в", "во", "у", "в минувшую", "в прошлую", "в минувший", "в прошлый",
                        "в минувшее", "в прошлое")

# A weekday followed or preceded by these is a day to come, not the day the event happened.
NEXT_WORDS = ("next", "prochain", "tới", "sau", "следующ", "nächsten", "próximo", "próxima")

# Weekday names that are more often another word: Indonesian "Minggu" (Sunday) is also "week".
NOT_WEEKDAYS = frozenset({"minggu"})
