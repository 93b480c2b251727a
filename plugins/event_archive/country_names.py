"""What CLDR does not say about country names in news text: press forms, demonyms, guards.

CLDR (through Babel) gives each locale's official short names; the press also writes "Mỹ",
"Viet Nam", "РФ", "米国", says "Brazilian" or "российский" more often than the name, and uses
some names as ordinary words ("Pháp luật" is law, "Anh" a given name, 수단 "means"). CLDR
also names capitals (its time-zone cities) and languages, which are often the nation's adjective
(Polish "ukraiński"): the functions at the end read them.
"""

from __future__ import annotations

import re

from babel import Locale, UnknownLocaleError

# Scripts written without spaces between words: names are found as substrings there.
UNSPACED_LETTERS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]+")
HANGUL = re.compile("[\uac00-\ud7a3]")
ARABIC = re.compile("[\u0600-\u06ff]")
SHORTEST = 5  # letters of a language name read as an adjective: shorter ones are other words
CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")

# Codes CLDR lists among territories that are not countries taking part in anything.
NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)

# Forms missing from CLDR, per language; "*" is read in every language.
ALIASES: dict[str, dict[str, str]] = {
    "*": {"Viet Nam": "VN", "Việt Nam": "VN", "USA": "US", "U.S.": "US", "UK": "GB",
          "U.K.": "GB", "UAE": "AE"},
    "en": {"Turkey": "TR", "Korea": "KR", "Republic of Korea": "KR", "Hong Kong": "HK",
           "Macau": "MO", "Macao": "MO", "Ivory Coast": "CI", "Czech Republic": "CZ",
           "Russian Federation": "RU", "Lao PDR": "LA", "Burma": "MM", "Myanmar": "MM",
           "Britain": "GB", "Great Britain": "GB", "United States of America": "US",
           "the US": "US", "DR Congo": "CD", "East Timor": "TL", "Palestine": "PS",
           "Vatican": "VA", "Swaziland": "SZ", "Cape Verde": "CV", "Brunei Darussalam": "BN",
           "US": "US", "DPRK": "KP", "Democratic People's Republic of Korea": "KP",
           "Democratic People’s Republic of Korea": "KP"},
    "vi": {"Mỹ": "US", "Anh": "GB", "Anh Quốc": "GB", "Úc": "AU", "Ý": "IT", "Nhật": "JP",
           "Braxin": "BR", "Bra-xin": "BR", "Xin-ga-po": "SG", "Xinh-ga-po": "SG",
           "Căm-pu-chia": "KH", "Cam-pu-chia": "KH", "Ô-xtrây-li-a": "AU",
           "Ốt-xtrây-li-a": "AU", "In-đô-nê-xi-a": "ID", "Ma-lai-xi-a": "MY",
           "Phi-líp-pin": "PH", "Mi-an-ma": "MM", "Ca-na-đa": "CA", "U-crai-na": "UA",
           "Bê-la-rút": "BY", "Ca-dắc-xtan": "KZ", "Hồng Kông": "HK", "Miến Điện": "MM",
           "Italia": "IT", "I-ta-li-a": "IT", "Áo": "AT", "Bỉ": "BE", "Ả Rập Saudi": "SA"},
    "fr": {"Vietnam": "VN", "Birmanie": "MM", "Fédération de Russie": "RU", "Corée": "KR"},
    "de": {"Russische Föderation": "RU", "Korea": "KR"},
    "es": {"Corea": "KR", "Federación de Rusia": "RU"},
    "ru": {"РФ": "RU", "Российская Федерация": "RU", "США": "US", "КНР": "CN",
           "Южная Корея": "KR", "Корея": "KR", "Северная Корея": "KP", "Бирма": "MM",
           # short names and names inflected as adjectives, which stemming does not reach
           "Кубы": "CU", "Кубе": "CU", "Кубу": "CU", "Кубой": "CU", "Египта": "EG",
           "Белоруссия": "BY", "Молдавия": "MD", "Киргизстан": "KG", "Кыргызстан": "KG",
           "ЮАР": "ZA", "Новой Зеландии": "NZ", "Новую Зеландию": "NZ",
           "Саудовской Аравии": "SA", "Саудовскую Аравию": "SA",
           "Южно-Африканской Республики": "ZA"},
    "zh": {"越方": "VN", "俄方": "RU", "美方": "US", "中方": "CN", "新方": "SG", "老方": "LA",
           "柬方": "KH", "日方": "JP", "韩方": "KR", "澳方": "AU", "越共": "VN", "俄联邦": "RU",
           "南韩": "KR", "北韩": "KP",
           # a visit names its host: 来华访问 "visiting China", 访越 "visit to Vietnam"
           "访华": "CN", "来华": "CN", "访越": "VN", "访俄": "RU", "访美": "US", "访日": "JP",
           "访韩": "KR", "访柬": "KH"},
    "ja": {"米国": "US", "アメリカ": "US", "豪州": "AU", "英国": "GB", "ミャンマー": "MM",
           "来日": "JP", "訪日": "JP", "訪越": "VN", "訪中": "CN", "訪米": "US", "訪韓": "KR",
           "訪ロ": "RU"},
    "ko": {"한국": "KR", "호주": "AU", "미얀마": "MM", "북한": "KP", "남한": "KR",
           "방한": "KR", "방일": "JP", "방중": "CN", "방미": "US", "방러": "RU"},
    "tr": {"Türkiye": "TR", "Türkiye Cumhuriyeti": "TR"},
    "ur": {"ملائیشیا": "MY", "ملیشیا": "MY"},
    "ms": {"Türkiye": "TR"},
    "id": {"Türkiye": "TR"},
}

# Adjectives and people: English forms take an "s"; French, Spanish, German and Russian ones
# are stems that take their inflections.
DEMONYMS: dict[str, dict[str, str]] = {
    "en": {"Vietnamese": "VN", "Russian": "RU", "Brazilian": "BR", "Singaporean": "SG",
           "Sino": "CN",  # Sino-Vietnamese
           "Lao": "LA", "Laotian": "LA", "Cambodian": "KH", "Chinese": "CN", "American": "US",
           "Japanese": "JP", "South Korean": "KR", "Korean": "KR", "North Korean": "KP",
           "Australian": "AU", "Indian": "IN", "Thai": "TH", "Indonesian": "ID",
           "Malaysian": "MY", "Filipino": "PH", "Philippine": "PH", "Burmese": "MM",
           "French": "FR", "German": "DE", "British": "GB", "Italian": "IT", "Spanish": "ES",
           "Canadian": "CA", "Cuban": "CU", "Ukrainian": "UA", "Belarusian": "BY",
           "Kazakh": "KZ", "Turkish": "TR", "Israeli": "IL", "Egyptian": "EG", "Iranian": "IR",
           "Pakistani": "PK", "Mongolian": "MN", "Dutch": "NL", "Polish": "PL", "Czech": "CZ",
           "Hungarian": "HU", "Swedish": "SE", "Mexican": "MX", "Argentine": "AR",
           "Chilean": "CL", "Saudi": "SA", "Emirati": "AE", "Timorese": "TL", "Bruneian": "BN",
           "New Zealand": "NZ", "Swiss": "CH", "Austrian": "AT", "Belgian": "BE"},
    "fr": {"vietnamien": "VN", "russe": "RU", "brésilien": "BR", "singapourien": "SG",
           "laotien": "LA", "cambodgien": "KH", "chinois": "CN", "américain": "US",
           "japonais": "JP", "sud-coréen": "KR", "coréen": "KR", "nord-coréen": "KP",
           "australien": "AU", "indien": "IN", "thaïlandais": "TH", "indonésien": "ID",
           "malaisien": "MY", "philippin": "PH", "birman": "MM", "français": "FR",
           "allemand": "DE", "britannique": "GB", "italien": "IT", "espagnol": "ES",
           "canadien": "CA", "cubain": "CU", "ukrainien": "UA", "turc": "TR"},
    "es": {"vietnamita": "VN", "ruso": "RU", "rusa": "RU", "brasileñ": "BR",
           "singapurense": "SG", "laosiano": "LA", "camboyano": "KH", "chino": "CN",
           "estadounidense": "US", "japonés": "JP", "japones": "JP", "surcoreano": "KR",
           "australiano": "AU", "tailandés": "TH", "indonesio": "ID", "filipino": "PH",
           "francés": "FR", "alemán": "DE", "británico": "GB", "italiano": "IT",
           "español": "ES", "canadiense": "CA", "cubano": "CU", "ucraniano": "UA"},
    "de": {"vietnamesisch": "VN", "russisch": "RU", "brasilianisch": "BR",
           "singapurisch": "SG", "laotisch": "LA", "kambodschanisch": "KH", "chinesisch": "CN",
           "amerikanisch": "US", "japanisch": "JP", "südkoreanisch": "KR",
           "australisch": "AU", "indisch": "IN", "thailändisch": "TH", "indonesisch": "ID",
           "französisch": "FR", "britisch": "GB", "italienisch": "IT", "spanisch": "ES",
           "kanadisch": "CA", "ukrainisch": "UA", "türkisch": "TR"},
    "tr": {"Türk": "TR"},
    "ar": {"المصري": "EG", "مصري": "EG", "السعودي": "SA", "الأردني": "JO", "اللبناني": "LB",
           "السوري": "SY", "العراقي": "IQ", "الإماراتي": "AE", "القطري": "QA", "الكويتي": "KW",
           "المغربي": "MA", "الجزائري": "DZ", "التونسي": "TN", "الليبي": "LY", "السوداني": "SD",
           "الأمريكي": "US", "الأميركي": "US", "الباكستاني": "PK", "الهندي": "IN",
           "الماليزي": "MY", "الإندونيسي": "ID"},
    "el": {"Έλληνας": "GR", "Τούρκος": "TR", "Κύπριος": "CY"},
    "hi": {"भारतीय": "IN", "मिस्री": "EG", "पाकिस्तानी": "PK", "अमेरिकी": "US"},
    "bn": {"ভারতীয়": "IN", "মিশরীয়": "EG", "বাংলাদেশি": "BD", "পাকিস্তানি": "PK"},
    "ur": {"پاکستانی": "PK", "بھارتی": "IN", "ملائیشین": "MY", "مصری": "EG"},
    "fa": {"ایرانی": "IR", "هندی": "IN", "مصری": "EG", "پاکستانی": "PK"},
    "pt": {"brasileir": "BR", "espanhol": "ES", "espanhói": "ES", "americano": "US",
           "argentino": "AR"},
    "ru": {"вьетнамск": "VN", "российск": "RU", "бразильск": "BR", "сингапурск": "SG",
           "лаосск": "LA", "камбоджийск": "KH", "китайск": "CN", "американск": "US",
           "японск": "JP", "южнокорейск": "KR", "северокорейск": "KP", "австралийск": "AU",
           "индийск": "IN", "таиландск": "TH", "индонезийск": "ID", "малайзийск": "MY",
           "филиппинск": "PH", "мьянманск": "MM", "французск": "FR", "германск": "DE",
           "немецк": "DE", "британск": "GB", "итальянск": "IT", "испанск": "ES",
           "канадск": "CA", "кубинск": "CU", "украинск": "UA", "белорусск": "BY",
           "казахстанск": "KZ", "турецк": "TR"},
}

# A language whose name in another language is also its nation's adjective (Polish "ukraiński"
# is Ukrainian, the language and the country's): CLDR's language names in the text's language
# are read as demonyms of these countries. Languages of many nations or of none in particular
# (English, Arabic, Malay, Hindi, Persian: "Persian Gulf", Hebrew, Albanian...) are not here.
LANGUAGE_COUNTRIES: dict[str, str] = {
    "pl": "PL", "uk": "UA", "cs": "CZ", "sk": "SK", "hu": "HU", "el": "GR", "tr": "TR",
    "vi": "VN", "th": "TH", "lo": "LA", "km": "KH", "my": "MM", "ja": "JP", "ko": "KR",
    "fi": "FI", "et": "EE", "lv": "LV", "lt": "LT", "sv": "SE", "da": "DK", "nb": "NO",
    "is": "IS", "nl": "NL", "it": "IT", "ro": "RO", "bg": "BG", "sl": "SI", "hr": "HR",
    "mn": "MN", "ka": "GE", "hy": "AM", "fr": "FR", "de": "DE", "ru": "RU", "zh": "CN",
    "mk": "MK", "be": "BY", "kk": "KZ", "uz": "UZ", "az": "AZ", "id": "ID", "es": "ES",
    "pt": "PT",
}
# Languages of several nations: in their own text, their name is the language, not a nation.
SHARED_LANGUAGES = frozenset({"es", "pt", "fr", "de", "ru", "zh"})

# Where the inflections of a language change how names are matched.
STEMMED = frozenset(
    {"ru", "uk", "be", "bg", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv", "et", "fi",
     "hu", "el", "ro", "tr"}
)
GENITIVE_S = frozenset({"de", "sv", "da", "nb", "nn", "no", "is", "nl"})
# Languages of India and Sri Lanka that write case endings joined to the name (Bengali
# "মিশরের", of Egypt; Marathi "भारताच्या", of India); Hindi writes them apart (भारत के).
AFFIXED = frozenset({"bn", "as", "or", "mr", "gu", "ne", "ta", "te", "kn", "ml", "si"})

# Names that are also ordinary words or parts of personal and place names: (language, name)
# -> (what may not come just before, what may not come just after), as regular expressions.
VI_SYLLABLE = (  # a capitalised Vietnamese syllable: the name goes on ("Mỹ Tho", "Lào Cai")
    r"\s+(?:[A-ZĐ]\S*[^\x00-\x7f]\S*|Tho|Linh|Minh|Hoa|Thanh|Long|Tam|Kim|Lan|Mai|Nam|Cai"
    r"|Hai|Vinh|Phong|Duy|Khanh|Tuan|Hung|Quang|Trung)\b"
)
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1F00)) if c.isupper())
CAPITALISED_BEFORE = rf"(?:^|\s)[{UPPER}][\w'’.-]*\s+$"  # the name began before: "Tuấn Anh"
LANGUAGE = r"|tiếng\s+$"  # "tiếng Anh" is English, the language
GUARDS: dict[tuple[str, str], tuple[str | None, str | None]] = {
    ("vi", "Anh"): (CAPITALISED_BEFORE + LANGUAGE,
                    VI_SYLLABLE + r"|\s+(?:hùng|ấy|em|chị|ta|trai|dũng)\b"),
    ("vi", "Đức"): (CAPITALISED_BEFORE + LANGUAGE, VI_SYLLABLE + r"|\s+(?:tin|tính|độ|hạnh)\b"),
    ("vi", "Mỹ"): (CAPITALISED_BEFORE,
                   VI_SYLLABLE + r"|\s+(?:thuật|phẩm|nghệ|mãn|lệ|quan|viện|học)\b"),
    ("vi", "Nga"): (CAPITALISED_BEFORE + LANGUAGE, None),
    ("vi", "Pháp"): (CAPITALISED_BEFORE + LANGUAGE,
                     r"\s+(?:luật|lý|lệnh|quyền|chế|y|điển|nhân|sư)\b"),
    ("vi", "Ý"): (None, r"\s+(?:kiến|nghĩa|thức|tưởng|chí|định|muốn)\b"),
    ("vi", "Úc"): (CAPITALISED_BEFORE, None),
    ("vi", "Áo"): (CAPITALISED_BEFORE, r"\s+(?:dài|khoác|mưa|len|sơ|phao|giáp|quần|thun)\b"),
    ("vi", "Bỉ"): (CAPITALISED_BEFORE, None),
    ("en", "US"): (None, r"\s?\$|\s*[Dd]ollars?\b|\s*cents?\b"),
    ("vi", "Lào"): (CAPITALISED_BEFORE, VI_SYLLABLE),
    ("vi", "Nhật"): (CAPITALISED_BEFORE + LANGUAGE, r"\s+(?:ký|báo|trình|thực)\b|" + VI_SYLLABLE),
    ("en", "Chad"): (CAPITALISED_BEFORE, r"\s+[A-Z]"),
    ("en", "Jordan"): (CAPITALISED_BEFORE, r"\s+[A-Z]"),
    ("en", "Georgia"): (r",\s*$", None),
    ("en", "Lao"): (None, r"\s+(?:Cai|Dong|Động)\b"),  # a province, a newspaper
    ("en", "Indian"): (None, r"\s+Ocean\b"),
    ("en", "American"): (r"(?:Latin|South|North|Central)\s+$", None),
    ("zh", "印度"): (None, "洋"),
    ("zh", "朝鲜"): (None, "半岛|族"),
    ("zh", "中非"): (None, "(?!共和国)"),
    ("ja", "インド"): (None, "洋|シナ"),
    ("ar", "الهندي"): (r"المحيط\s+$", None),  # the Indian Ocean
    ("ko", "인도"): ("범죄인\\s*$", "\\s*(?:적|주의|요청|조약|협정|하|되|해|받)"),
    ("ko", "이란"): (None, r"\s*(?:무엇|뜻|말)"),  # "…이란 무엇인가": "what is …"
    ("ko", "방한"): (None, r"복|용품|대책|화|장갑|모자"),  # 방한복: clothes against the cold
    ("ja", "訪中"): ("来$", None),  # 来訪中: "visiting", not a visit to China
    ("ru", "Кубе"): (None, r"\s+[А-ЯЁ][а-яё]"),  # a surname after it: a given name
}
# Common words in a language that CLDR also gives as a country's name there.
NOT_NAMES: dict[str, frozenset[str]] = {
    "ko": frozenset({"수단", "오만", "가나", "말리", "차드", "토고", "통가",
                     "저지", "건지"}),  # Jersey is "blocking", Guernsey a verb ending
    "ru": frozenset({"Того"}),  # "of that", at the start of a sentence
    "nl": frozenset({"Frans"}),  # French, and a given name
}

# Bodies that are not countries: the name in any language, then the name it is reported as.
ORGANISATIONS: dict[str, str] = {
    "ASEAN": "ASEAN", "АСЕАН": "ASEAN", "东盟": "ASEAN", "東盟": "ASEAN", "아세안": "ASEAN",
    "BRICS": "BRICS", "БРИКС": "BRICS", "金砖国家": "BRICS",
    "INTERPOL": "INTERPOL", "Interpol": "INTERPOL", "Интерпол": "INTERPOL",
    "国际刑警组织": "INTERPOL", "国際刑事警察機構": "INTERPOL", "인터폴": "INTERPOL",
    "United Nations": "UN", "UN": "UN", "Liên hợp quốc": "UN", "Liên Hợp Quốc": "UN",
    "ONU": "UN", "ООН": "UN", "联合国": "UN", "国連": "UN", "유엔": "UN",
    "Nations unies": "UN", "Nations Unies": "UN",
    "European Union": "EU", "EU": "EU", "Liên minh châu Âu": "EU", "Union européenne": "EU",
    "UE": "EU", "Евросоюз": "EU", "欧盟": "EU", "欧州連合": "EU", "유럽연합": "EU",
    "APEC": "APEC", "АТЭС": "APEC", "亚太经合组织": "APEC",
    "NATO": "NATO", "OTAN": "NATO", "НАТО": "NATO", "北约": "NATO",
    "ASEANAPOL": "ASEANAPOL", "SCO": "SCO", "ШОС": "SCO", "上合组织": "SCO",
    "WHO": "WHO", "WTO": "WTO", "IMF": "IMF", "G20": "G20", "G7": "G7",
}

# Capitals that are CLDR time-zone cities: their names in every locale come from CLDR's
# exemplar cities (Polish "Warszawa", Hebrew "ירושלים", Khmer "ភ្នំពេញ"). Not Brussels, which
# stands for the European Union more often than for Belgium.
CAPITAL_ZONES: dict[str, str] = {
    "EG": "Africa/Cairo", "PL": "Europe/Warsaw", "UA": "Europe/Kiev", "IL": "Asia/Jerusalem",
    "KH": "Asia/Phnom_Penh", "GR": "Europe/Athens", "MY": "Asia/Kuala_Lumpur",
    "ES": "Europe/Madrid", "PT": "Europe/Lisbon", "IT": "Europe/Rome", "FR": "Europe/Paris",
    "DE": "Europe/Berlin", "GB": "Europe/London", "RU": "Europe/Moscow", "TH": "Asia/Bangkok",
    "ID": "Asia/Jakarta", "PH": "Asia/Manila", "JP": "Asia/Tokyo", "KR": "Asia/Seoul",
    "LA": "Asia/Vientiane", "SG": "Asia/Singapore", "IR": "Asia/Tehran", "IQ": "Asia/Baghdad",
    "SA": "Asia/Riyadh", "SY": "Asia/Damascus", "JO": "Asia/Amman", "LB": "Asia/Beirut",
    "QA": "Asia/Qatar", "KW": "Asia/Kuwait", "BD": "Asia/Dhaka", "NP": "Asia/Katmandu",
    "UZ": "Asia/Tashkent", "GE": "Asia/Tbilisi",
    "AM": "Asia/Yerevan", "MN": "Asia/Ulaanbaatar", "BY": "Europe/Minsk", "RO": "Europe/Bucharest",
    "RS": "Europe/Belgrade", "HR": "Europe/Zagreb", "SI": "Europe/Ljubljana",
    "HU": "Europe/Budapest", "CZ": "Europe/Prague", "SK": "Europe/Bratislava",
    "AT": "Europe/Vienna", "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "DK": "Europe/Copenhagen",
    "FI": "Europe/Helsinki", "EE": "Europe/Tallinn", "LV": "Europe/Riga", "LT": "Europe/Vilnius",
    "IE": "Europe/Dublin", "NL": "Europe/Amsterdam",
    "CY": "Asia/Nicosia", "KE": "Africa/Nairobi", "ET": "Africa/Addis_Ababa",
    "DZ": "Africa/Algiers", "TN": "Africa/Tunis",
    "SD": "Africa/Khartoum", "AR": "America/Buenos_Aires",
    "CO": "America/Bogota", "MX": "America/Mexico_City", "CU": "America/Havana",
    "VE": "America/Caracas",
}

# Capitals, where a meeting is hosted ("in Hanoi", "à Hanoi", "в Ханое", "在河内"): CLDR has
# no city names but those of time zones, which miss most capitals.
CAPITALS: dict[str, tuple[str, ...]] = {
    "VN": ("Hanoi", "Ha Noi", "Hà Nội", "Hanoï", "Ханой", "河内", "ハノイ", "하노이"),
    "RU": ("Moscow", "Moskva", "Matxcơva", "Mát-xcơ-va", "Moscou", "Moskau", "Moscú", "Москва",
           "莫斯科", "モスクワ", "모스크바"),
    "BR": ("Brasília", "Brasilia", "Бразилиа", "巴西利亚", "ブラジリア", "브라질리아"),
    "LA": ("Vientiane", "Viêng Chăn", "Вьентьян", "万象", "ビエンチャン", "비엔티안"),
    "KH": ("Phnom Penh", "Phnôm Pênh", "Пномпень", "金边", "プノンペン", "프놈펜"),
    "CN": ("Beijing", "Bắc Kinh", "Pékin", "Peking", "Пекин", "北京", "베이징"),
    "US": ("Washington", "Oa-sinh-tơn", "Вашингтон", "华盛顿", "ワシントン", "워싱턴"),
    "JP": ("Tokyo", "Tōkyō", "Токио", "东京", "東京", "도쿄"),
    "KR": ("Seoul", "Séoul", "Xơ-un", "Сеул", "首尔", "ソウル", "서울"),
    "AU": ("Canberra", "Канберра", "堪培拉", "キャンベラ", "캔버라"),
    "TH": ("Bangkok", "Băng Cốc", "Бангкок", "曼谷", "バンコク", "방콕"),
    "ID": ("Jakarta", "Gia-các-ta", "Джакарта", "雅加达", "ジャカルタ", "자카르타"),
    "MY": ("Kuala Lumpur", "Куала-Лумпур", "吉隆坡", "クアラルンプール", "쿠알라룸푸르"),
    "PH": ("Manila", "Manille", "Ma-ni-la", "Манила", "马尼拉", "マニラ", "마닐라"),
    "FR": ("Paris", "Париж", "巴黎", "パリ"),
    "DE": ("Berlin", "Берлин", "柏林", "ベルリン", "베를린"),
    "GB": ("London", "Londres", "Luân Đôn", "Лондон", "伦敦", "ロンドン", "런던"),
    "IN": ("New Delhi", "Niu Đê-li", "Нью-Дели", "新德里", "ニューデリー", "뉴델리", "नई दिल्ली",
           "नयी दिल्ली", "نيودلهي", "نئی دہلی", "دهلی نو", "নয়াদিল্লি", "নতুন দিল্লি", "Νέο Δελχί",
           "ניו דלהי", "นิวเดลี"),
    "MM": ("Naypyidaw", "Nay Pyi Taw", "Нейпьидо", "内比都", "ネピドー", "네피도", "နေပြည်တော်",
           "เนปยีดอ"),
    "TR": ("Ankara", "Анкара", "أنقرة", "آنکارا", "انقرہ", "अंकारा", "আঙ্কারা", "Άγκυρα", "אנקרה",
           "安卡拉", "アンカラ", "앙카라", "อังการา"),
    "PK": ("Islamabad", "Исламабад", "إسلام آباد", "اسلام آباد", "इस्लामाबाद", "ইসলামাবাদ"),
}


# Languages whose names CLDR keeps apart for a second script: Traditional Chinese, Serbian
# in Latin letters. A report in the language may be written in either.
OTHER_SCRIPTS = {"zh": ("zh_Hant",), "sr": ("sr_Latn",)}


def locale_of(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def locales_of(lang: str) -> list[Locale]:
    """The language's locale, then those of its other scripts (`OTHER_SCRIPTS`)."""
    found = [locale_of(code) for code in (lang, *OTHER_SCRIPTS.get(lang, ()))]
    return [locale for locale in found if locale is not None]


def cldr_names(code: str) -> dict[str, str]:
    """A locale's country names, without the forms never written in text."""
    locale = locale_of(code)
    if locale is None:
        return {}
    names: dict[str, str] = {}
    shared: set[str] = set()  # "刚果" is both Congos: a form of two countries names neither
    whole = {name: region for region, name in locale.territories.items()}
    for region, name in locale.territories.items():
        if len(region) != 2 or not region.isalpha() or region in NOT_COUNTRIES:
            continue
        if " - " in name or re.search(r"\(.*[（(]|SAR|特别行政区|特別行政區|特別行政区", name):
            continue
        for part in re.split(r"\s*[(（]\s*|\s*[)）]\s*", name):
            if len(part) < (2 if UNSPACED.search(part) or HANGUL.search(part) else 3):
                continue
            if whole.get(part, region) != region:  # "(Великобритания)" after an island's name
                continue
            if names.get(part, region) != region:
                shared.add(part)
            names[part] = region
    return {form: region for form, region in names.items() if form not in shared}


def capitals(lang: str) -> dict[str, str]:
    """Capitals by name: CLDR's exemplar cities in the language and English, then CAPITALS."""
    names: dict[str, str] = {}
    for code in dict.fromkeys(("en", lang)):
        locale = locale_of(code)
        zones = locale.time_zones if locale is not None else {}
        for country, zone in CAPITAL_ZONES.items():
            city = zones.get(zone, {}).get("city")
            if city is None and code == "en":  # English names are the zone's own
                city = zone.rsplit("/", 1)[-1].replace("_", " ")
            if city and len(city) >= _shortest_city(city):
                names[city] = country
    names.update({city: code for code, cities in CAPITALS.items() for city in cities})
    return names


def _shortest_city(city: str) -> int:
    """Short city names are parts of other words ("Rom", Thai ปราก in ปรากฏ, Chinese 里加)."""
    if CJK.search(city) or HANGUL.search(city):
        return 3
    return 5 if UNSPACED.search(city) else 4


def language_demonyms(lang: str) -> dict[str, str]:
    """CLDR's names of national languages in this language, read as the nations' adjectives.

    Polish "ukraiński", Portuguese "espanhol", Arabic "التركية" (less the feminine ة: التركي),
    and the text's own ("polski") unless several nations speak it.
    """
    locale = locale_of(lang)
    if locale is None or lang == "en":
        return {}
    skip = NOT_NAMES.get(lang, frozenset())
    forms = {}
    for language, country in LANGUAGE_COUNTRIES.items():
        name = locale.languages.get(language)
        if ((language == lang and lang in SHARED_LANGUAGES) or not name or " " in name
                or UNSPACED.search(name) or HANGUL.search(name)):
            continue
        if (ARABIC.search(name) and name.endswith("ة")) or name.endswith("ית"):
            name = name[:-1]  # Arabic, Hebrew: the language is the adjective's feminine
        if len(name) >= SHORTEST and name not in skip:  # Hungarian "lett" is also "became"
            forms[name] = country
    return forms
