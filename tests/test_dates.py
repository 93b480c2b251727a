"""Event dates: explicit days in many languages, relative days, and what is not the event."""

import datetime as dt

import pytest
from event_archive.dates import find_date_clues, find_published, resolve_date
from event_archive.model import DateClue


def event_date(text: str | list[str], lang: str, published: str | None = None):
    paragraphs = [text] if isinstance(text, str) else text
    return resolve_date(find_date_clues(paragraphs, lang, published), published)


@pytest.mark.parametrize("lang, published, text, day", [
    ("vi", "2025-03-29", "Hôm qua (28/03), tại Hà Nội, hai bộ trưởng hội đàm.", (2025, 3, 28)),
    ("vi", "2025-02-14", "Ngày 13-2, Bộ trưởng tiếp đoàn đại biểu.", (2025, 2, 13)),
    ("vi", "2025-01-15", "Sáng (14-1), hội nghị khai mạc.", (2025, 1, 14)),
    ("vi", None, "Chiều 17/8/2025, tại Hà Nội, hai bên hội đàm.", (2025, 8, 17)),
    ("fr", "2025-08-21", "Le ministre a reçu le 20 août son homologue.", (2025, 8, 20)),
    ("fr", "2025-03-29", "Il s'est entretenu ce vendredi 28 mars à Hanoi.", (2025, 3, 28)),
    ("fr", "2025-03-02", "Le 1er mars, les deux ministres ont signé.", (2025, 3, 1)),
    ("en", "2023-12-07", "He met the minister on December 6.", (2023, 12, 6)),
    ("en", None, "He met the minister on November 16, 2023 in Hanoi.", (2023, 11, 16)),
    ("ja", "2025-08-21", "8月20日、首相は会談した。", (2025, 8, 20)),
    ("ja", "2025-12-10", "12月9日夜、首相は代表団と会見した。", (2025, 12, 9)),
    ("zh", None, "2025年12月8日，部长会见了代表团。", (2025, 12, 8)),
    ("ko", "2025-11-11", "11월 10일 장관은 회담을 열었다.", (2025, 11, 10)),
    ("ko", "2019-07-09", "청장은 7월 8일(월) 장관을 만났다.", (2019, 7, 8)),
    ("ru", "2025-12-11", "10 декабря в Ханое министр провёл встречу.", (2025, 12, 10)),
    ("es", "2025-12-10", "El 9 de diciembre el ministro recibió al embajador.", (2025, 12, 9)),
    ("de", "2025-12-10", "Der Minister traf am 9. Dezember seinen Amtskollegen.", (2025, 12, 9)),
    ("id", "2025-12-10", "Pada 9 Desember, menteri bertemu duta besar.", (2025, 12, 9)),
    # genitive month names, where CLDR has the nominative only ("mart", "marec")
    ("sr", None, "Beograd, 12. marta 2025. – Ministri su razgovarali.", (2025, 3, 12)),
    ("sr", None, "Београд, 12. марта 2025. – Министри су разговарали.", (2025, 3, 12)),
    ("bs", "2025-08-13", "Sastanak je održan 12. augusta u Sarajevu.", (2025, 8, 12)),
    ("sl", None, "Ljubljana, 4. junija 2025 – Ministra sta se srečala.", (2025, 6, 4)),
    ("lv", "2025-03-13", "Rīgā 12. martā ministri tikās.", (2025, 3, 12)),
    ("he", None, "ירושלים, 12 במרץ 2025 – השר נפגש עם עמיתו.", (2025, 3, 12)),
    ("ar", None, "دمشق، 3 آب 2025 - التقى الوزير نظيره.", (2025, 8, 3)),
    # the year first
    ("hu", None, "Budapest, 2025. március 12. – A miniszterek tárgyaltak.", (2025, 3, 12)),
    ("lt", None, "Vilnius, 2025 m. kovo 12 d. – Ministrai susitiko.", (2025, 3, 12)),
])
def test_explicit_days_in_many_languages(lang, published, text, day):
    assert event_date(text, lang, published)[:2] == (dt.date(*day), "text")


def test_thai_buddhist_era_year():
    assert event_date("วันที่ 9 ธันวาคม 2568 รัฐมนตรีได้พบ", "th")[0] == dt.date(2025, 12, 9)


@pytest.mark.parametrize("lang, text, offset", [
    ("en", "The minister arrived yesterday.", -1),
    ("en", "This morning the minister received the envoy.", 0),
    ("vi", "Hôm qua, tại Hà Nội, Bộ trưởng tiếp đoàn.", -1),
    ("fr", "Hier, le ministre a reçu son homologue.", -1),
    ("ru", "Вчера министр провёл встречу.", -1),
    ("ja", "昨日、首相は会談した。", -1),
    ("ko", "어제 장관은 회담을 열었다.", -1),
    ("es", "Hoy el ministro recibió al embajador.", 0),
    ("en", "The delegation arrived 2 days ago.", -2),
    ("th", "วันนี้ นายกรัฐมนตรีได้หารือกับแขก", 0),
    ("my", "ဝန်ကြီးသည် ယနေ့ တွေ့ဆုံခဲ့သည်။", 0),
    ("lo", "ມື້ວານນີ້, ທ່ານ ລັດຖະມົນຕີ ໄດ້ຕ້ອນຮັບ", -1),
    ("pl", "Minister spotkał się dzisiaj z ambasadorem.", 0),
    ("tr", "Bakan dün büyükelçiyi kabul etti.", -1),
    ("sr", "Predsednik je pre 3 dana primio ministra.", -3),  # Serbian in either script
    ("sr", "Председник је пре 3 дана примио министра.", -3),
])
def test_relative_days_count_from_the_publication(lang, text, offset):
    date, source, _ = event_date(text, lang, "2025-03-29")
    assert (date, source) == (dt.date(2025, 3, 29) + dt.timedelta(days=offset), "relative")


@pytest.mark.parametrize("lang, text, day", [
    ("en", "They met on Tuesday.", 8),  # published on Wednesday 9 October 2024
    ("en", "They met on Wednesday afternoon.", 9),  # the publication day itself counts
    ("vi", "Chiều thứ Tư, hai bộ trưởng hội đàm.", 9),
    ("sr", "Predsednik je u utorak primio ministra.", 8),
    ("sr", "Председник је у уторак примио министра.", 8),
    ("ru", "В пятницу министр провёл встречу.", 4),  # the accusative of 'пятница'
    ("zh", "越南公安部长周二在河内会见了代表团。", 8),  # CLDR's short Chinese name
])
def test_weekdays_are_the_last_such_day_up_to_publication(lang, text, day):
    assert event_date(text, lang, "2024-10-09")[0] == dt.date(2024, 10, day)


@pytest.mark.parametrize("lang, text", [
    ("vi", "Đây là cuộc họp lần thứ tư giữa hai bộ."),  # 'thứ tư' is 'fourth'
    ("ru", "Среди участников встречи был министр."),  # 'среди' is not 'среда'
    ("ru", "Окружающая среда важна для всех."),  # nor is 'среда', 'environment'
    ("id", "Minggu lalu menteri bertemu duta besar."),  # 'minggu' is also 'week'
    ("fr", "Ils se rencontreront mardi prochain."),  # a day to come
])
def test_words_that_only_look_like_weekdays(lang, text):
    assert find_date_clues([text], lang, "2024-10-09") == []


def test_weekday_without_publication_date_gives_nothing():
    assert event_date("Talks were held in Hanoi on Tuesday.", "en") == (
        None, "none", "no day in the lead")


def test_a_day_month_after_publication_is_from_the_year_before():
    assert event_date("The talks took place on December 30.", "en", "2025-01-02")[0] == (
        dt.date(2024, 12, 30))


def test_month_only_header_gives_the_year():
    assert event_date("Chiều 9/10, tại Hà Nội, Bộ trưởng tiếp đoàn.", "vi", "2024-10")[0] == (
        dt.date(2024, 10, 9))


@pytest.mark.parametrize("lang, text", [
    ("en", "Their 2018 cooperation agreement was renewed at the 12th annual meeting."),
    ("en", "They marked the 80th anniversary of diplomatic ties."),
    ("ru", "В честь 80-й годовщины Победы состоялась встреча."),
    ("vi", "Trong 3-4 ngày tới, nhiệt độ từ 16°C - 25°C."),
    ("vi", "Nghị quyết được 2/3 số đại biểu tán thành."),
    ("en", "He last visited in May."),
])
def test_years_ordinals_counts_fractions_and_months_alone_are_not_days(lang, text):
    assert find_date_clues([text], lang, "2025-12-10") == []


def test_a_date_far_from_publication_is_recalled_not_the_event():
    date, _, detail = event_date("Он поблагодарил за участие в торжествах 9 Мая.", "ru",
                                 "2025-12-09")
    assert date is None and "2025-12-09 is when it was published" in detail


@pytest.mark.parametrize("lang, text", [
    ("en", "Lula is on a state visit to Vietnam from March 27-29."),
    ("fr", "Il est en visite de travail du 8 au 10 mars 2025."),
    ("en", "The visit lasts from 8 to 10 March."),
    ("vi", "Chuyến thăm diễn ra từ 8-10/3."),
    ("en", "The delegation stays from March 27 to March 29."),
])
def test_visit_spans_are_not_the_event_day(lang, text):
    assert event_date(text, lang, "2025-03-29")[0] is None


def test_the_precise_day_wins_over_the_span_around_it():
    text = "Le 9 mars, le Premier ministre a reçu le secrétaire, en visite du 8 au 10 mars 2025."
    assert event_date(text, "fr", "2025-03-10")[0] == dt.date(2025, 3, 9)


def test_a_span_with_a_year_dates_a_year_less_day_inside_it():
    text = "12月9日夜、首相は2025年12月8日から10日までベトナムを訪問中の書記と会見した。"
    assert event_date(text, "ja")[0] == dt.date(2025, 12, 9)


def test_day_without_any_year_stays_a_partial_clue():
    clues = find_date_clues(["Hôm qua (28/03), tại Hà Nội, hai bên hội đàm."], "vi", None)
    assert clues == [DateClue(None, 3, 28, "text", "28/03", 0)]
    date, source, detail = resolve_date(clues, None)
    assert (date, source) == (None, "none") and "without a year" in detail


def test_two_days_in_the_lead_give_no_date():
    date, _, detail = event_date("They met on March 27 and signed a deal on March 29.", "en",
                                 "2025-03-29")
    assert date is None and detail.startswith("different days in the lead")


def test_days_after_the_lead_are_not_the_event_day():
    paragraphs = ["Hai bên trao đổi về hợp tác.", "Nội dung hội đàm.", "Hai bộ trưởng ký kết.",
                  "Đoàn đã đến Hà Nội ngày 8/10."]
    assert event_date(paragraphs, "vi", "2024-10-09")[0] is None


def test_the_lead_wins_over_later_paragraphs():
    paragraphs = ["Chiều 9/10, Bộ trưởng tiếp đoàn.", "Nội dung hội đàm.",
                  "Cuộc họp thường niên diễn ra ngày 8/10 vừa qua."]
    assert event_date(paragraphs, "vi", "2024-10")[0] == dt.date(2024, 10, 9)


def test_the_header_alone_is_not_the_event_date():
    date, source, detail = event_date("Hai bên trao đổi về hợp tác an ninh.", "vi", "2025-12-10")
    assert (date, source) == (None, "none") and "2025-12-10" in detail


@pytest.mark.parametrize("stamp, published", [
    ("November 16, 2023 | 19:15 (GMT+7)", "2023-11-16"),
    ("Cập nhật: 01-12-2020 | 11:52:41", "2020-12-01"),
    ("时间:2025-04-03 02:20:42", "2025-04-03"),
])
def test_page_stamps_give_the_publication_date(stamp, published):
    assert find_published([stamp], "en") == published


def test_a_stamp_left_in_the_body_is_a_reference_not_the_event():
    paragraphs = ["Cập nhật: 01-12-2020 | 11:52:41", "Hai bộ trưởng điện đàm ngày 30/11."]
    assert event_date(paragraphs, "vi")[:2] == (dt.date(2020, 11, 30), "text")


def test_without_publication_far_off_days_are_dropped_from_the_clues():
    paragraphs = ["The president arrived on March 27.", "The embassy opened on October 27, 1945."]
    assert [(c.year, c.month, c.day) for c in find_date_clues(paragraphs, "en", None)] == [
        (None, 3, 27)]


def test_a_day_with_its_hour_but_no_year_is_the_event():
    text = "Le 9 décembre, 9:30, le ministre a reçu l'ambassadeur."
    assert event_date(text, "fr", "2025-12-10")[0] == dt.date(2025, 12, 9)


@pytest.mark.parametrize("lang, text", [
    ("ar", "التقى الوزير يوم الأربعاء ٩ ديسمبر ٢٠٢٥ بنظيره."),  # Arabic-Indic digits
    ("fa", "وزیر روز ۹ دسامبر ۲۰۲۵ با همتای خود دیدار کرد."),  # Persian digits
    ("hi", "मंत्री ने ९ दिसंबर २०२५ को मुलाकात की।"),  # Devanagari digits
    ("bn", "মন্ত্রী ৯ ডিসেম্বর ২০২৫ তারিখে বৈঠক করেন।"),  # Bengali digits
    ("th", "วันที่ ๙ ธันวาคม ๒๕๖๘ รัฐมนตรีได้พบ"),  # Thai digits, Buddhist-era year
    ("my", "ဒီဇင်ဘာ ၉ ၂၀၂၅ တွင် ဝန်ကြီး တွေ့ဆုံခဲ့သည်။"),  # Burmese digits
])
def test_digits_of_every_script(lang, text):
    assert event_date(text, lang)[:2] == (dt.date(2025, 12, 9), "text")


def test_snippets_quote_the_digits_as_written():
    clue = find_date_clues(["التقى الوزير يوم ٩ ديسمبر ٢٠٢٥ بنظيره."], "ar", None)[0]
    assert clue.snippet == "٩ ديسمبر ٢٠٢٥"


def test_words_between_day_month_and_year():
    text = "នៅថ្ងៃទី១២ ខែមិថុនា ឆ្នាំ២០២៤ រដ្ឋមន្ត្រីបានជួបពិភាក្សា"  # day 12, month of June, year
    assert event_date(text, "km")[0] == dt.date(2024, 6, 12)


def test_a_thai_stamp_with_a_buddhist_year_in_digits():
    assert find_published(["05/06/2567 10:30 น."], "th") == "2024-06-05"


@pytest.mark.parametrize("lang, text", [
    ("lo", "ທ່ານ ລັດຖະມົນຕີ ໄດ້ຕ້ອນຮັບ ທີ່ນະຄອນຫຼວງວຽງຈັນ."),  # ຈັນ (Monday) in Vientiane
    ("km", "រដ្ឋមន្ត្រីបានជួបនៅរាជធានីភ្នំពេញ ច័ន្ទ"),  # a Khmer weekday without ថ្ងៃ (day)
])
def test_weekdays_inside_words_of_unspaced_scripts_are_not_read(lang, text):
    assert find_date_clues([text], lang, "2024-10-09") == []


@pytest.mark.parametrize("lang, text", [
    ("lo", "ວັນຈັນ ທ່ານ ລັດຖະມົນຕີ ໄດ້ຕ້ອນຮັບ"),
    ("km", "នៅថ្ងៃច័ន្ទ រដ្ឋមន្ត្រីបានជួប"),
    ("my", "တနင်္လာနေ့က ဝန်ကြီး တွေ့ဆုံခဲ့သည်။"),
])
def test_weekdays_next_to_the_word_for_day(lang, text):
    assert event_date(text, lang, "2024-10-09")[0] == dt.date(2024, 10, 7)  # the Monday before


def test_a_month_name_is_not_read_inside_a_word_with_vowel_signs():
    assert find_date_clues(["5 जूनागढ़ में बैठक हुई।"], "hi", None) == []  # जून + ा: not June


def test_month_names_of_unspaced_scripts_may_touch_the_day():
    assert event_date("วันที่ 9ธันวาคม 2568 รัฐมนตรีได้พบ", "th")[0] == dt.date(2025, 12, 9)


def test_years_of_other_eras_are_not_common_era_years():
    assert find_date_clues(["काठमाडौं, २०८२/०४/१५ मा मन्त्रीले भेट गर्नुभयो।"], "ne", None) == []
    assert event_date("मन्त्रीले ९ डिसेम्बर २०२५ मा भेट गर्नुभयो।", "ne")[0] == dt.date(2025, 12, 9)


def test_gate_words_are_whole_words():
    """A gate opens on one of its words standing alone, as a set of the text's words would."""
    from event_archive.date_patterns import WORD, _gate, cues

    gate = _gate(["march", "mar", "may", "jan"])
    for text in ("In March, talks", "mar.", "the 3 may", "MAY", "jan-feb", "«mar»", "x mar"):
        assert gate.open(cues(text)), text
    for text in ("market", "summary", "dismay", "january", "Jansen", "primary", "mar3x"):
        expected = not gate.words.isdisjoint(WORD.findall(text.lower()))
        assert gate.open(cues(text)) is expected, text


def test_gate_pieces_and_numbers():
    from event_archive.date_patterns import CJK_MONTH, NUMBERS, cues

    assert CJK_MONTH.open(cues("12月9日"))
    assert not CJK_MONTH.open(cues("9/12"))
    assert NUMBERS.open(cues("on 9/12"))
    assert not NUMBERS.open(cues("on 9 December"))
