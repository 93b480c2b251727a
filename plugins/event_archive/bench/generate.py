"""A made-up archive of any size: raw seeds shaped like real scraped reports, with their truth.

Each event (two countries, a day, a host city, two officials) is told by a translation group
of one to four languages, sometimes with a same-language report from another outlet. Each
report gets page junk, photo credits, an optional ` date` header and a date phrase in one of
the forms real reports use. Everything is drawn from one seeded generator: the same seed
number always gives the same archive, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import get_day_names, get_month_names

from .phrases import PHRASES, Phrases

LANGS = ("en", "vi", "fr", "ru", "zh", "ja", "ko", "es", "de")
LANG_WEIGHTS = (4, 3, 1, 1, 1, 1, 1, 1, 1)
CJK = {"zh", "ja", "ko"}
# Countries and the time zone whose CLDR exemplar city stands for the host city.
CITIES = {
    "VN": "Asia/Ho_Chi_Minh", "BR": "America/Sao_Paulo", "SG": "Asia/Singapore",
    "RU": "Europe/Moscow", "FR": "Europe/Paris", "DE": "Europe/Berlin", "JP": "Asia/Tokyo",
    "KR": "Asia/Seoul", "CN": "Asia/Shanghai", "US": "America/New_York", "GB": "Europe/London",
    "IN": "Asia/Kolkata", "ID": "Asia/Jakarta", "TH": "Asia/Bangkok", "LA": "Asia/Vientiane",
    "KH": "Asia/Phnom_Penh", "MY": "Asia/Kuala_Lumpur", "PH": "Asia/Manila",
    "AU": "Australia/Sydney", "CA": "America/Toronto", "MX": "America/Mexico_City",
    "AR": "America/Argentina/Buenos_Aires", "CL": "America/Santiago", "EG": "Africa/Cairo",
    "ZA": "Africa/Johannesburg", "NG": "Africa/Lagos", "KE": "Africa/Nairobi",
    "ET": "Africa/Addis_Ababa", "MA": "Africa/Casablanca", "DZ": "Africa/Algiers",
    "TR": "Europe/Istanbul", "IR": "Asia/Tehran", "IQ": "Asia/Baghdad", "SA": "Asia/Riyadh",
    "AE": "Asia/Dubai", "JO": "Asia/Amman", "PK": "Asia/Karachi", "BD": "Asia/Dhaka",
    "LK": "Asia/Colombo", "NP": "Asia/Kathmandu", "MM": "Asia/Yangon",
    "MN": "Asia/Ulaanbaatar", "KZ": "Asia/Almaty", "UZ": "Asia/Tashkent", "PL": "Europe/Warsaw",
    "UA": "Europe/Kyiv", "CZ": "Europe/Prague", "HU": "Europe/Budapest",
    "RO": "Europe/Bucharest", "BG": "Europe/Sofia", "RS": "Europe/Belgrade",
    "GR": "Europe/Athens", "IT": "Europe/Rome", "ES": "Europe/Madrid", "PT": "Europe/Lisbon",
    "NL": "Europe/Amsterdam", "BE": "Europe/Brussels", "SE": "Europe/Stockholm",
    "NO": "Europe/Oslo", "FI": "Europe/Helsinki", "AT": "Europe/Vienna", "CH": "Europe/Zurich",
    "NZ": "Pacific/Auckland", "CU": "America/Havana", "VE": "America/Caracas",
    "CO": "America/Bogota", "PE": "America/Lima",
}
COUNTRIES = tuple(CITIES)
HOME = "VN"  # an archive gathers around one country, as a real outlet's does
# Syllables of made-up names in Latin, Cyrillic, Katakana, Hangul and Han script.
SYLLABLES = {
    "ka": "ка カ 카 卡", "ma": "ма マ 마 马", "ra": "ра ラ 라 拉", "to": "то ト 토 托",
    "ni": "ни ニ 니 尼", "sa": "са サ 사 萨", "lo": "ло ロ 로 洛", "ve": "ве ヴェ 베 韦",
    "do": "до ド 도 多", "mi": "ми ミ 미 米", "ta": "та タ 타 塔", "no": "но ノ 노 诺",
    "ri": "ри リ 리 里", "be": "бе ベ 베 贝", "po": "по ポ 포 波", "se": "се セ 세 塞",
    "ku": "ку ク 쿠 库", "na": "на ナ 나 纳", "vi": "ви ヴィ 비 维", "da": "да ダ 다 达",
    "re": "ре レ 레 雷", "so": "со ソ 소 索", "ti": "ти ティ 티 蒂", "gu": "гу グ 구 古",
}
SCRIPT_INDEX = {"ru": 0, "ja": 1, "ko": 2, "zh": 3}
NAME_JOIN = {"ru": " ", "ja": "・", "ko": " ", "zh": "·"}
AGENCIES = ("NXA", "TPV", "KNS", "RAP", "OTN", "VPL", "ZRA")
MENU = ("en", "vi", "zh", "fr", "de", "id", "ja", "km", "ko", "lo", "ru", "es", "th")
# Date phrases: "Y" marks a form that needs the header to be the next day, "W" one that needs
# a header within the week (weekday or bare day); a form with {y} carries the year.
DATE_FORMS = {
    "en": ("on {mon} {d}", "on {mon} {d}", "on {mon} {d}, {y}", "on {d} {mon}",
           "W on {wd}", "W on {wd} afternoon", "Y yesterday ({mon} {d})"),
    "vi": ("ngày {d}/{m}", "chiều {d}/{m}", "sáng {d}-{m}", "ngày {dd}/{mm}/{y}",
           "ngày {d} tháng {m} năm {y}", "Y hôm qua ({dd}/{mm})", "W chiều {wd}"),
    "fr": ("le {d1} {mon}", "le {d1} {mon}", "le {d1} {mon} {y}", "W {wd} {d} {mon}", "W {wd}",
           "Y hier"),
    "es": ("el {d} de {mon}", "el {d} de {mon}", "el {d} de {mon} de {y}", "W el pasado {wd}",
           "Y ayer"),
    "de": ("am {d}. {mon}", "am {d}. {mon}", "am {d}. {mon} {y}", "W am {wd}", "Y gestern"),
    "ru": ("{d} {mon}", "{d} {mon}", "{d} {mon} {y} года", "Y вчера"),
    "zh": ("{m}月{d}日", "{m}月{d}日", "{y}年{m}月{d}日", "Y 昨天（{m}月{d}日）"),
    "ja": ("{m}月{d}日", "{m}月{d}日", "{y}年{m}月{d}日", "W {d}日"),
    "ko": ("{m}월 {d}일", "{m}월 {d}일", "{y}년 {m}월 {d}일", "W 지난 {d}일", "Y 어제"),
}
PARTICLES = {p: pair for pair in (("와", "과"), ("는", "은"), ("를", "을")) for p in pair}
FIRST_DAY, LAST_DAY = dt.date(2015, 1, 1), dt.date(2026, 6, 30)


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    syllables: tuple[tuple[str, ...], tuple[str, ...]]

    def full(self, lang: str) -> str:
        if lang not in SCRIPT_INDEX:
            return f"{self.given} {self.family}"
        i = SCRIPT_INDEX[lang]
        parts = ["".join(SYLLABLES[s].split()[i] for s in part).capitalize()
                 for part in self.syllables]
        return NAME_JOIN[lang].join(parts)

    def surname(self, lang: str) -> str:
        return self.full(lang).replace("・", " ").replace("·", " ").split()[-1]


@dataclass(frozen=True)
class Event:
    id: str
    date: dt.date
    countries: tuple[str, str]  # host first
    people: tuple[Person, Person]
    roles: tuple[int, int]


@dataclass(frozen=True)
class GenSeed:
    """One generated seed and what a perfect reader would find in it."""

    name: str
    text: str
    lang: str
    event: str
    slug: str  # translations of one report share it; another outlet's report has its own
    date: dt.date
    published: str | None
    countries: tuple[str, ...]
    title: str
    paragraphs: tuple[str, ...]  # the clean body, for the equivalent Markdown article


def generate(n: int, seed: int = 0) -> list[GenSeed]:
    """n seeds for the given seed number, in shuffled order like a folder of scraped files."""
    rng = random.Random(f"event-archive-bench-{seed}")
    drafts: list[tuple[str, ...]] = []
    made: list[GenSeed] = []
    number = 0
    while len(made) < n:
        event = _event(rng, number)
        for lang, outlet in _group(rng):
            slug = event.id if outlet == 0 else f"{event.id}-{outlet + 1}"
            made.append(_report(rng, event, lang, slug, drafts))
        number += 1
    made = made[:n]
    rng.shuffle(made)
    return [_named(i, s) for i, s in enumerate(made)]


def _named(index: int, draft: GenSeed) -> GenSeed:
    digest = hashlib.sha256(draft.text.encode()).hexdigest()[:16]
    return GenSeed(**{**draft.__dict__, "name": f"{index:05d}_{digest}.txt"})


def _event(rng: random.Random, number: int) -> Event:
    day = FIRST_DAY + dt.timedelta(rng.randrange((LAST_DAY - FIRST_DAY).days))
    others = [c for c in COUNTRIES if c != HOME]
    a, b = (HOME, rng.choice(others)) if rng.random() < 0.6 else tuple(rng.sample(others, 2))
    roles = (rng.randrange(6), rng.randrange(6))
    return Event(f"e{number:06d}", day, (a, b), (_person(rng), _person(rng)), roles)


def _person(rng: random.Random) -> Person:
    keys = list(SYLLABLES)
    given = tuple(rng.choice(keys) for _ in range(2))
    family = tuple(rng.choice(keys) for _ in range(rng.choice((2, 3))))
    return Person("".join(given).title(), "".join(family).title(), (given, family))


def _group(rng: random.Random) -> list[tuple[str, int]]:
    """(language, outlet) pairs: outlet 0 is the translation group, others are other outlets."""
    size = rng.choices((1, 2, 3, 4), weights=(3, 4, 2, 1))[0]
    langs: list[str] = []
    while len(langs) < size:
        lang = rng.choices(LANGS, weights=LANG_WEIGHTS)[0]
        if lang not in langs:
            langs.append(lang)
    pairs = [(lang, 0) for lang in langs]
    if rng.random() < 0.25:
        pairs.append((langs[0], 1))
    return pairs


@cache
def _cldr(lang: str) -> tuple[Locale, dict, dict]:
    months = get_month_names("wide", locale=lang)
    return Locale.parse(lang), months, get_day_names("wide", locale=lang)


def _country(lang: str, code: str) -> str:
    """CLDR's name without its qualifier: "Myanmar (Burma)" is "Myanmar" in running text."""
    return _cldr(lang)[0].territories[code].split(" (")[0].split("（")[0]


def _city(lang: str, code: str) -> str:
    zone = CITIES[code]
    local = _cldr(lang)[0].time_zones.get(zone, {}).get("city")
    return local or zone.rsplit("/", 1)[-1].replace("_", " ")


def _published(rng: random.Random, day: dt.date) -> dt.date | None:
    return day + dt.timedelta(rng.choice((0, 1, 1, 2))) if rng.random() < 0.55 else None


def _when(rng: random.Random, lang: str, day: dt.date, published: dt.date | None) -> str:
    lag = (published - day).days if published else None
    forms = []
    for form in DATE_FORMS[lang]:
        kind, _, rest = form.partition(" ") if form[:2] in ("Y ", "W ") else ("", "", form)
        if (kind == "Y" and lag != 1) or (kind == "W" and not lag):
            continue
        forms.append(rest)
    _, months, days = _cldr(lang)
    d1 = "1er" if day.day == 1 else str(day.day)
    return rng.choice(forms).format(
        d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", y=day.year, d1=d1,
        mon=months[day.month], wd=days[day.weekday()].lower(),
    )


def _slots(rng: random.Random, event: Event, lang: str, when: str) -> dict[str, str]:
    words: Phrases = PHRASES[lang]
    (a, b), (pa, pb) = event.countries, event.people
    return {
        "A": _country(lang, a), "B": _country(lang, b), "city": _city(lang, a),
        "ra": words.roles[event.roles[0]], "rb": words.roles[event.roles[1]],
        "na": pa.full(lang), "nb": pb.full(lang), "sa": pa.surname(lang), "sb": pb.surname(lang),
        "when": when, "When": when[:1].upper() + when[1:], "topic": rng.choice(words.topics),
        "year": str(rng.randrange(1995, event.date.year)), "n": str(rng.randrange(2, 11)),
    }


def _report(
    rng: random.Random, event: Event, lang: str, slug: str, drafts: list[tuple[str, str]]
) -> GenSeed:
    words = PHRASES[lang]
    published = _published(rng, event.date)
    slots = _slots(rng, event, lang, _when(rng, lang, event.date, published))
    headline = rng.choice(words.headlines).format(**slots)
    body = [rng.choice(words.leads).format(**slots)]
    mean = 1100 if lang in CJK else 2700
    target = max(mean // 3, int(rng.gauss(mean, mean / 4)))
    sentences = list(words.body)
    rng.shuffle(sentences)
    while sum(map(len, body)) < target:
        paragraph = []
        for _ in range(rng.choice((1, 2, 2, 3))):
            if not sentences:
                sentences = list(words.body)
                rng.shuffle(sentences)
            paragraph.append(sentences.pop().format(**_slots(rng, event, lang, slots["when"])))
        body.append(" ".join(paragraph))
    if lang == "ko":
        headline, body = _particles(headline), [_particles(p) for p in body]
    drafts.append((lang, headline))
    shown = headline if rng.random() < 0.7 else None  # many scraped pages lose the headline
    text = _page(rng, words, [shown, *body] if shown else body, slots, published, drafts)
    return GenSeed(
        name="", text=text, lang=lang,
        event=event.id, slug=slug, date=event.date,
        published=published.isoformat() if published else None,
        countries=tuple(sorted(event.countries)), title=headline, paragraphs=tuple(body),
    )


def _particles(text: str) -> str:
    """Korean particles after a filled slot: 와/과, 는/은, 를/을 by the syllable before."""
    def pick(match: re.Match) -> str:
        closed = (ord(match.group(1)) - 0xAC00) % 28 != 0
        return match.group(1) + PARTICLES[match.group(2)][closed]
    return re.sub(r"([가-힣])\((와|과|는|은|를|을)\)", pick, text)


def _page(
    rng: random.Random, words: Phrases, body: list[str], slots: dict[str, str],
    published: dt.date | None, drafts: list[tuple[str, str]],
) -> str:
    """The body wrapped in what a scraper brings along: menus, weather, credits, links."""
    lang = drafts[-1][0]
    top: list[str] = []
    if rng.random() < 0.3:
        menu_locale = _cldr(rng.choice((lang, "en")))[0]
        top.append(" ".join(menu_locale.languages[c].capitalize() for c in MENU))
    if rng.random() < 0.2:
        low = rng.randrange(-5, 28)
        top.append(f"{low}°C - {low + rng.randrange(3, 12)}°C")
    agency = rng.choice(AGENCIES)
    paragraphs = [*top, *body]
    if rng.random() < 0.5:
        names = f"{slots['na']} - {slots['nb']}"
        credit = words.photo.format(who=f"{rng.choice(AGENCIES)}/{agency}")
        paragraphs.insert(len(top) + 1 + rng.randrange(2), f"{names}. {credit}")
    if rng.random() < 0.4:
        others = [h for lg, h in drafts[-40:-1] if lg == lang][-3:]
        if others:
            paragraphs += [words.related, *others]
    if rng.random() < 0.3:
        paragraphs.append(f"{words.tags} {slots['A']}, {slots['B']}, {slots['topic']}")
    if rng.random() < 0.3:
        paragraphs.append(words.share)
    text = "\n\n".join(paragraphs) + "\n"
    if published is None:
        return text
    stamp = published.isoformat() if rng.random() < 0.92 else published.isoformat()[:7]
    return f" date {stamp}{rng.choice((' ', chr(10)))}{text}"


def write_seeds(seeds: list[GenSeed], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for s in seeds:
        (folder / s.name).write_text(s.text, encoding="utf-8")


def write_markdown(seeds: list[GenSeed], folder: Path) -> None:
    """The same archive as pre-tagged Markdown: what stock Pelican would be given instead."""
    folder.mkdir(parents=True, exist_ok=True)
    for s in seeds:
        head = [f"Title: {s.title}", f"Date: {s.date.isoformat()}", f"Lang: {s.lang}",
                f"Tags: {', '.join(s.countries)}", f"Slug: {s.slug}", "Category: news"]
        text = "\n".join(head) + "\n\n" + "\n\n".join(s.paragraphs) + "\n"
        (folder / (s.name.rsplit(".", 1)[0] + ".md")).write_text(text, encoding="utf-8")
