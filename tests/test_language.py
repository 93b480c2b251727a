"""detect_language(): script first, then the classifier among that script's languages."""

import pytest
from event_archive.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("베트남 공안부 장관(Lương Tam Quang)이 하노이에서 회담을 열었다.", "ko"),
        ("ファム・ミン・チン首相は12月9日、政府本部で会見した。", "ja"),
        ("12月9日，公安部长梁三光(Lương Tam Quang)在河内会见了来访的代表团。", "zh"),
        ("รัฐมนตรีว่าการกระทรวงความมั่นคงสาธารณะพบกับเอกอัครราชทูต", "th"),
        ("მინისტრი შეხვდა ელჩს ჰანოიში", "ka"),
        ("Նախարարը հանդիպեց դեսպանին Հանոյում", "hy"),
        ("השר נפגש עם השגריר בהאנוי", "he"),
        ("Ο υπουργός συναντήθηκε με τον πρέσβη στο Ανόι", "el"),
    ],
)
def test_script_settles_the_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Министр встретился с коллегой в Ханое и обсудил сотрудничество.", "ru"),
        ("Міністр зустрівся з колегою в Ханої та обговорив співпрацю.", "uk"),
        ("Министърът се срещна с колегата си в Ханой и обсъди сътрудничеството.", "bg"),
        ("Министерот се сретна со својот колега во Ханој.", "mk"),
        ("Министар се састао са колегом у Ханоју.", "sr"),
        ("Министр подчеркнул значение визита генерала", "ru"),
        ("Делегация министерства посетила столицу", "ru"),
    ],
)
def test_cyrillic_languages_are_told_apart(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister met his counterpart in Hanoi on Friday.", "en"),
        ("El ministro se reunió con su homólogo en Hanói el viernes.", "es"),
        ("Der Minister traf seinen Amtskollegen am Freitag in Hanoi.", "de"),
        ("Menteri Keamanan Publik Vietnam bertemu dengan rekannya di Hanoi.", "id"),
        ("Ministrul Securității Publice l-a primit pe ambasador la Hanoi.", "ro"),
        ("A közbiztonsági miniszter fogadta a nagykövetet Hanoiban.", "hu"),
        ("Bộ trưởng Lương Tam Quang đã hội đàm với Đại tướng tại Hà Nội.", "vi"),
    ],
)
def test_latin_script_languages(text, code):
    assert detect_language(text) == code


def test_french_with_vietnamese_and_portuguese_names_is_french():
    text = "Le ministre Luong Tam Quang a reçu Marcos Antonio Amaro dos Santos à Hanoi."
    assert detect_language(text) == "fr"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Kedua pihak sepakat untuk memperkuat kerja sama dalam memerangi kejahatan"
            " transnasional dan perdagangan narkoba.",
            "id",
        ),
        ("Kedua-dua pihak bersetuju mengukuhkan kerjasama antarabangsa memerangi dadah.", "ms"),
    ],
)
def test_indonesian_and_malay_are_told_apart(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Predsednik Srbije sastao se u utorak u Beogradu sa ministrom spoljnih poslova"
            " Kine. Razgovarali su o ekonomskoj saradnji i investicijama, a nove projekte"
            " dogovorili su pre kraja godine.",
            "sr",
        ),
        (
            "Predsjedavajući Predsjedništva Bosne i Hercegovine sastao se u utorak u Sarajevu"
            " s ambasadorom Turske. Razgovarali su o ekonomskoj saradnji i investicijama prije"
            " kraja godine.",
            "bs",
        ),
        (
            "Hrvatski premijer sastao se u utorak u Zagrebu s njemačkim kancelarom. Razgovarali"
            " su o gospodarskoj suradnji i sigurnosti u jugoistočnoj Europi prije kraja godine.",
            "hr",
        ),
    ],
)
def test_serbian_in_latin_letters_is_told_from_bosnian_and_croatian(text, code):
    """Serbian spells ekavian (pre, predsednik), Bosnian and Croatian ijekavian (prije)."""
    assert detect_language(text) == code


def test_dutch_with_met_stays_dutch():
    assert detect_language("Minister Pham Minh Chinh met de Singaporese premier Lawrence"
                           " Wong in Hanoi.") == "nl"


def test_french_circumflexes_are_not_vietnamese():
    assert detect_language("Même le côté du vôtre être très âgé à l'hôtel.") == "fr"


def test_vietnamese_without_diacritics_is_vietnamese():
    text = "Bo truong Luong Tam Quang da hoi dam voi Dai tuong Marcos tai Ha Noi ngay 28/3"
    assert detect_language(text) == "vi"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Pham Minh Chinh received the Secretary of the Security Council.",
        "The guest was welcomed at the Nội Bài International Airport by Minister Đỗ Đức Duy,"
        " Deputy Minister Đỗ Hùng Việt and Vice Chairman Dương Đức Tuấn.",
        "Vietnamese Prime Minister Pham Minh Chinh met Singaporean Prime Minister Lawrence"
        " Wong in Hanoi yesterday.",  # "met": Dutch for "with"
    ],
)
def test_english_about_vietnamese_people_stays_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "   \n", "16°C - 25°C", "2024-10-09 | 11:52:41", "|"])
def test_text_without_words_is_undetermined(text):
    assert detect_language(text) == "und"


def test_classifier_walk_is_the_librarys():
    """The word-at-a-time automaton walk scores exactly as py3langid's own, kept walks or not."""
    from event_archive.language import identifier
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    library = LanguageIdentifier.from_model_file(MODEL_FILE)
    ours = identifier()
    texts = [
        "Le ministre a reçu son homologue à Hanoï le 9 décembre.",
        "Der Minister empfing seinen Amtskollegen in Hanoi.  Zwei  Leerzeichen ",
        "Министр принял своего коллегу в Ханое.",
        " leading space and trailing ",
        "",
        "!!! ???",
    ]
    for _ in range(2):  # the second time from kept walks
        for text in texts:
            assert ours.rank(text) == library.rank(text), text
