"""clean(): one test per kind of page junk, on small made-up pages."""

import pytest
from event_archive.clean import clean

LEAD = (
    "The foreign minister met his counterpart in the capital on Tuesday to discuss trade, "
    "security and education, the ministry said."
)
MORE = "Both sides agreed to hold the next round of talks in the spring."


def body(text: str) -> list[str]:
    return clean(text).paragraphs


def test_plain_article_passes_unchanged():
    assert body(f"{LEAD}\n\n{MORE}\n") == [LEAD, MORE]


def test_language_menu_is_dropped():
    page = f"English Tiếng Việt Français Deutsch Español 日本語 Русский\n{LEAD}"
    assert body(page) == [LEAD]


@pytest.mark.parametrize("menu", [
    "英语 越南语 中文 法语 德语 印度尼西亚语 日语 高棉语 韩语 老挝语 俄语 西班牙语 泰语",
    "영어 베트남어 중국어 프랑스어 독일어 인도네시아어 일본어 크메르어 한국어",
    "英語 ベトナム語 中国語 フランス語 ドイツ語 インドネシア語 日本語 クメール語",
    "Английский Вьетнамский Китайский Французский Немецкий Индонезийский Японский",
    "Englisch Vietnamesisch Chinesisch Französisch Deutsch Indonesisch Japanisch",
    "Inglés Vietnamita Chino Francés Alemán Indonesio Japonés Coreano Ruso Español",
])
def test_language_menu_in_the_sites_own_language_is_dropped(menu):
    assert body(f"{menu}\n{LEAD}") == [LEAD]


@pytest.mark.parametrize("junk", [
    "责任编辑：王小明", "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "【纠错】",
    "홍길동 기자 hong@yna.co.kr", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    "무단전재 및 재배포 금지", "많이 본 뉴스", "기사제보", "좋아요 0",
    "無断転載禁止", "この記事を共有", "シェアする",
])
def test_chinese_japanese_and_korean_page_furniture_is_dropped(junk):
    assert body(f"{LEAD}\n{junk}\n{MORE}") == [LEAD, MORE]


def test_a_comment_counter_is_dropped():
    assert body(f"Comments (0)\n{LEAD}") == [LEAD]


def test_a_sentence_with_an_address_stays():
    line = "Readers can write to the ministry at info@example.org with questions on the visa."
    assert body(f"{LEAD}\n{line}") == [LEAD, line]


def test_a_line_with_some_language_names_stays():
    line = "Korean, Japanese and Chinese firms expand"  # a headline with language names in it
    assert body(f"{line}\n{LEAD}") == [line, LEAD]


def test_weather_is_dropped():
    assert body(f"Hà Nội 18°C - 27°C\n{LEAD}") == [LEAD]


def test_update_time_is_dropped_and_kept_as_a_stamp():
    cleaned = clean(f"Cập nhật: 05-06-2021 | 09:15:02\n{LEAD}\nJune 5, 2021 | 10:02 (GMT+7)")
    assert cleaned.paragraphs == [LEAD]
    assert cleaned.stamps == ["Cập nhật: 05-06-2021 | 09:15:02", "June 5, 2021 | 10:02 (GMT+7)"]


def test_related_news_block_and_what_follows_are_dropped():
    page = f"{LEAD}\nTin liên quan\nAnother story about something else\n{MORE}"
    assert body(page) == [LEAD]


def test_related_heading_before_the_article_does_not_cut_it():
    assert body(f"Related news\n{LEAD}") == [LEAD]


def test_comment_form_ends_the_article():
    page = f"{LEAD}\nLƯU Ý: Ban biên tập sẽ duyệt ý kiến của bạn đọc trước khi đăng.\nGửi"
    assert body(page) == [LEAD]


def test_share_prompts_and_back_to_top_are_dropped():
    page = f"Chia sẻ bài viết\n{LEAD}\nShare this article\nQuay lên trên\n피드백\n|"
    assert body(page) == [LEAD]


def test_inline_image_marker_splits_headline_from_caption():
    page = (
        "Ministers meet to deepen security ties\n"
        f"{LEAD}\n"
        "Ministers meet to deepen security ties - ảnh 1The two ministers shake hands. "
        "Ảnh: Nguyễn Văn A/TTXVN"
    )
    cleaned = clean(page)
    assert cleaned.paragraphs == [
        "Ministers meet to deepen security ties",
        LEAD,
        "The two ministers shake hands.",
    ]
    assert cleaned.credits == ["Ảnh: Nguyễn Văn A/TTXVN"]


def test_ascii_image_marker_and_placeholders_are_dropped():
    page = (
        "Ministers meet to deepen security ties hinh anh 1The two ministers (Photo: VNA)\n"
        "![]() |\nministers-meet-1234.jpg\n"
        f"{LEAD}"
    )
    assert body(page) == [
        "Ministers meet to deepen security ties",
        "The two ministers.",
        LEAD,
    ]


def test_betting_spam_template_keeps_only_the_title_it_wraps():
    title = "Ministers meet to deepen security ties"
    page = (
        f"您的当前位置:首页 >Soi kèo hôm nay >{title}_kèo nhà cái vip 正文\n"
        "时间:2024-01-02 03:04:05 来源:网络整理编辑:Soi kèo\n"
        f"Tin nhanh 24H {title}_kèo nhà cái vip\n"
        f"{LEAD}"
    )
    assert body(page) == [title, LEAD]


def test_spam_suffix_is_cut_from_a_headline():
    page = f"Ministers meet to deepen security ties_nhận định bóng đá hôm nay\n{LEAD}"
    assert body(page) == ["Ministers meet to deepen security ties", LEAD]


def test_credit_lines_leave_the_body_for_credits():
    cleaned = clean(f"Photo : Trần Văn B/VNA/CVN\n{LEAD}\nSource: VNA\nVNA/CVN")
    assert cleaned.paragraphs == [LEAD]
    assert cleaned.credits == ["Photo : Trần Văn B/VNA/CVN", "Source: VNA", "VNA/CVN"]


def test_inline_credits_are_cut_from_captions_and_sign_offs():
    page = (
        "The delegation at the airport (Photo: VNA)\n"
        "The two leaders at the palace on Friday. — VNA/VNS Photo Lê Văn C |\n"
        f"{LEAD} — VNS"
    )
    cleaned = clean(page)
    assert cleaned.paragraphs == [
        "The delegation at the airport.",
        "The two leaders at the palace on Friday.",
        LEAD,
    ]
    assert cleaned.credits == ["(Photo: VNA)", "VNA/VNS Photo Lê Văn C", "VNS"]


def test_agency_leader_goes_to_credits():
    cleaned = clean(f"(VOV5) - {LEAD}")
    assert cleaned.paragraphs == [LEAD]
    assert cleaned.credits == ["VOV5"]


def test_end_marks_are_removed():
    assert body(f"{LEAD[:-1]}./.\n两国同意加强合作。（完）") == [LEAD, "两国同意加强合作。"]


def test_a_truncated_last_line_is_kept():
    assert body(f"{LEAD}\nBoth sides agreed to hold the next ro") == [
        LEAD,
        "Both sides agreed to hold the next ro",
    ]


def test_repeated_lines_appear_once():
    headline = "Ministers meet to deepen security ties"
    assert body(f"{headline}\n{headline}\n{LEAD}\n{MORE}\n{MORE}") == [headline, LEAD, MORE]


def test_labels_before_the_article_and_a_byline_are_dropped():
    headline = "Ministers meet to deepen security ties"
    page = f"Hà Nội\nQuân sự\n{headline}\n{LEAD}\nMinh Anh |\n{MORE}"
    assert body(page) == [headline, LEAD, MORE]


def test_subheadings_inside_the_article_are_kept():
    page = f"{LEAD}\n{MORE}\nAccord de coopération\n{MORE} Again."
    assert body(page) == [LEAD, MORE, "Accord de coopération", f"{MORE} Again."]


def test_empty_and_junk_only_pages_give_no_paragraphs():
    assert body("") == []
    assert body("English Français Deutsch Español\n25°C\n|") == []


def test_stamps_are_kept_apart_for_the_page_date():
    for stamp in ("Cập nhật: 05-06-2021 | 09:15:02", "June 5, 2021 | 10:02 (GMT+7)",
                  "时间:2021-06-05 10:02"):
        assert clean(f"{stamp}\n{LEAD}").stamps == [stamp]
    assert clean(LEAD).stamps == []


def test_links_to_other_articles_are_dropped():
    assert body(f"{LEAD}\nXem thêm: Bộ trưởng tiếp Đại sứ\nRead more: Another story") == [LEAD]


def test_source_lines_are_credits_but_sentences_starting_alike_stay():
    sentence = "Theo các nguồn tin, hai bên đã ký kết thỏa thuận."
    cleaned = clean(f"{LEAD}\n{sentence}\n(Theo TTXVN)")
    assert cleaned.paragraphs == [LEAD, sentence]
    assert cleaned.credits == ["(Theo TTXVN)"]


def test_labels_in_scripts_without_spaces_are_dropped():
    thai = "รัฐมนตรีว่าการกระทรวงความมั่นคงสาธารณะของเวียดนามได้พบกับเอกอัครราชทูตไทยที่ฮานอย"
    assert body(f"หน้าแรก\n{thai}") == [thai]


def test_language_menu_of_codes_is_dropped():
    assert body(f"EN | VI | FR | ES\n{LEAD}") == [LEAD]


def test_copyright_author_and_topic_lines_are_dropped():
    page = f"{LEAD}\nBiên tập: Nguyễn Văn D\nTopics: security, diplomacy\n© 2025 Example News"
    assert body(page) == [LEAD]


def test_sentences_and_headlines_with_dates_are_not_stamps():
    lines = [
        "Published in 2019, the report counted 12 agreements.",
        "Updated figures from 2024 show trade grew by 15 per cent",
        "Vietnam and Brazil sign security agreement on 28/3/2025",
    ]
    assert body("\n".join([LEAD, *lines])) == [LEAD, *lines]


def test_a_closing_list_of_other_headlines_is_dropped():
    links = [
        "Prime minister receives visiting trade delegation",
        "Floods hit northern provinces after heavy rain",
        "National team wins regional football title",
    ]
    assert body("\n".join([LEAD, MORE, *links])) == [LEAD, MORE]


def test_two_closing_headline_like_lines_are_kept():
    tail = ["Accord de coopération", "Both sides agreed to hold the next ro"]
    assert body("\n".join([LEAD, *tail])) == [LEAD, *tail]


def test_share_follow_and_comment_prompts_in_many_languages_are_dropped():
    prompts = [
        "Compartir en Facebook", "Compartilhe esta notícia", "Bagikan artikel ini",
        "Udostępnij na Facebooku", "Shiriki habari hii", "แชร์ข่าวนี้", "شارك الخبر",
        "Síguenos en Twitter", "تابعونا على تويتر", "Teilen", "Drucken",
    ]
    assert body("\n".join([LEAD, *prompts, MORE])) == [LEAD, MORE]


def test_a_prompt_word_opening_a_sentence_is_kept():
    sentence = "Share prices rose after the two ministers signed the agreement."
    assert body(f"{LEAD}\n{sentence}") == [LEAD, sentence]


def test_read_also_headings_in_many_languages_end_the_article():
    for heading in (
        "Noticias relacionadas", "Leia também", "Mehr zum Thema", "Notizie correlate",
        "Czytaj także:", "Читайте також", "İlgili Haberler", "ข่าวที่เกี่ยวข้อง",
        "أخبار ذات صلة", "ये भी पढ़ें", "Komentarze (12)", "ព័ត៌មានទាក់ទង", "Yorum yap",
        "Διαβάστε επίσης", "Lue myös", "مزید پڑھیں",
    ):
        page = f"{LEAD}\n{heading}\nAnother story about the border crossing\n"
        assert body(page) == [LEAD], heading


def test_a_read_also_link_inside_the_article_is_dropped():
    assert body(f"{LEAD}\nLeia também: Ministros discutem turismo\n{MORE}") == [LEAD, MORE]


def test_breadcrumbs_are_dropped():
    for path in ("Inicio > España > Política exterior", "หน้าแรก > ต่างประเทศ",
                 "Strona główna » Świat", "Início / Mundo / Ásia"):
        assert body(f"{path}\n{LEAD}") == [LEAD], path


def test_a_headline_with_a_slash_is_not_a_breadcrumb():
    headline = "Ministers meet to deepen security ties / analysis"
    assert body(f"{headline}\n{LEAD}") == [headline, LEAD]


def test_credits_in_other_languages_go_to_credits():
    lines = ["Fot. PAP/Jan Kowalski", "Fotoğraf: Basın Ofisi", "ภาพ: สำนักข่าว", "-- BERNAMA"]
    cleaned = clean("\n".join([LEAD, *lines]))
    assert cleaned.paragraphs == [LEAD]
    assert cleaned.credits == ["Fot. PAP/Jan Kowalski", "Fotoğraf: Basın Ofisi",
                               "ภาพ: สำนักข่าว", "-- BERNAMA"]


def test_copyright_and_tag_lines_in_other_languages_are_dropped():
    page = f"{LEAD}\nRiproduzione riservata ©\nแท็ก: กัมพูชา ต่างประเทศ\nEtiquetas: política"
    assert body(page) == [LEAD]


def test_a_link_list_needs_sentences_before_it():
    """Paragraphs with no stop (Bengali with "।" has one, Thai has none) are not links."""
    bengali = ["দুই দেশ সহযোগিতা নিয়ে আলোচনা করেছে।"] * 1 + [
        f"বৈঠকে {n} বিষয়ে আলোচনা হয়েছে।" for n in ("বাণিজ্য", "প্রতিরক্ষা", "বিনিয়োগ")
    ]
    assert body("\n".join(bengali)) == bengali
    thai = [f"ทั้งสองฝ่ายหารือเรื่อง{topic}และความร่วมมือระหว่างสองประเทศ"
            for topic in ("การค้า", "พลังงาน", "การท่องเที่ยว", "การศึกษา")]
    assert body("\n".join(thai)) == thai


def test_the_time_line_of_a_spam_template_still_dates_the_page():
    stamp = "时间:2024-01-02 03:04:05 来源:网络整理编辑:Soi kèo"
    assert clean(f"{stamp}\n{LEAD}").stamps == [stamp]


def test_update_times_in_other_languages_are_stamps():
    for stamp in (
        "Opublikowano: 20.11.2025, 14:30",
        "Aktualisiert am 09.12.2025, 14:05 Uhr",
        "Publicado el 8 de abril de 2025",
        "Diperbarui 10 Des 2025, 08:15 WIB",
        "نشر في 22 أكتوبر 2025",
        "05/06/2567 10:30 น.",  # the Thai "o'clock" abbreviation is no sentence end
    ):
        cleaned = clean(f"{stamp}\n{LEAD}")
        assert (cleaned.paragraphs, cleaned.stamps) == ([LEAD], [stamp]), stamp


def test_a_sentence_with_a_time_is_not_a_stamp():
    sentence = "He arrived at 10:30 on Tue."
    assert body(f"{LEAD}\n{sentence}") == [LEAD, sentence]


def test_dates_in_native_digits_and_the_thai_era_are_stamps():
    for stamp in ("วันอังคารที่ 9 ธันวาคม 2568", "ថ្ងៃទី១២ ខែមិថុនា ឆ្នាំ២០២៤", "٢٢ أكتوبر ٢٠٢٥",
                  "২২ অক্টোবর ২০২৫, ১০:৩০"):
        cleaned = clean(f"{stamp}\n{LEAD}")
        assert (cleaned.paragraphs, cleaned.stamps) == ([LEAD], [stamp]), stamp


def test_cookie_notices_newsletters_videos_and_ads_are_dropped():
    page = (
        "Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.\n"
        f"Publicidad\n{LEAD}\nVer vídeo\nSuscríbete a nuestro boletín\n"
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.\n"
        f"{MORE}"
    )
    assert body(page) == [LEAD, MORE]


def test_an_article_about_cookies_is_kept():
    sentence = "The regulator fined the company for setting cookies without consent. " * 6
    assert body(f"{LEAD}\n{sentence.strip()}") == [LEAD, sentence.strip()]


def test_a_read_more_button_inside_the_article_does_not_end_it():
    assert body(f"{LEAD}\nXem thêm\n{LEAD} Again.\n") == [LEAD, f"{LEAD} Again."]
    assert body(f"{LEAD}\nอ่านเพิ่มเติม\nราคาทองวันนี้ปรับขึ้น\n") == [LEAD]


def test_comment_forms_in_other_languages_end_the_article():
    for form in ("Deja tu comentario", "Napisz komentarz:", "أضف تعليقك", "แสดงความคิดเห็น"):
        assert body(f"{LEAD}\n{form}\nAnonymous: great news!\n{MORE}") == [LEAD], form


def test_a_long_sentence_naming_comments_is_article_text():
    sentence = (
        "The minister told reporters he would not post a comment on the talks until both "
        "governments had approved the text, which is expected to be signed in the spring "
        "after a final round of consultations between the two delegations, which have met "
        "four times since the spring and will meet again in the capital next month."
    )
    assert body(f"{LEAD}\n{sentence}\n{MORE}") == [LEAD, sentence, MORE]


def test_full_stop_test_matches_its_expression():
    from event_archive.junk import FULL_STOP, has_full_stop

    lines = ("A sentence.", "Hỏi?  ", "句子。", "No stop", "", "   ", "Two.\n", "x.y", "End!\t")
    for line in lines:
        assert has_full_stop(line) is bool(FULL_STOP.search(line)), line


def test_folded_key():
    from event_archive.junk import folded_key

    assert folded_key("Hà Nội — the  Capital, 2025!") == "hànộithecapital2025"
    assert folded_key("a_b c") == "abc"
