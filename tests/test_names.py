import datetime as dt

from event_archive.model import Report
from event_archive.names import find_names
from event_archive.roles import lead_roles, offices_conflict, roles_agree
from event_archive.similarity import features, published_span, sound
from event_archive.text import fold


def keys(entries):
    return {e.split(":", 1)[1] for e in entries}


def test_one_name_in_many_scripts_gets_one_sound_key():
    assert {sound(w) for w in ["Luong", "Lyong", "ruon", "Lyang"]} == {"ln"}
    assert {sound(w) for w in ["Quang", "Kuang", "kuan", "Kkwang"]} == {"kn"}
    assert {sound(w) for w in ["Shoigu", "Shoygu", "shiyoigu", "ShaoYiGu", "SyoIGu"]} == {"sk"}
    assert {sound(w) for w in ["Pham", "Fam", "fuamu", "Pam"]} == {"pm"}
    assert {sound(w) for w in ["Chinh", "Tin", "chin", "Jjin"]} == {"tn"}
    assert {sound(fold(w)) for w in ["Thanh", "Тхань", "Khanh", "Кхань"]} == {"tn", "kn"}
    assert sound(fold("Тхань")) == sound("Thanh")


def test_different_names_keep_different_keys():
    assert sound("Shoigu") != sound("Lula")
    assert sound("Tam") != sound("Minh")


def test_capitalised_names_in_latin_and_cyrillic():
    found = keys(find_names(["Министр Лыонг Там Куанг принял Сергея Шойгу в Ханое."], "ru"))
    assert "lyong tam kuang" in found
    assert any("shoyg" in k for k in found)


def test_a_common_word_opening_a_sentence_is_not_a_name():
    found = keys(find_names(["The minister met Anna Berg. The talks at the palace ended."], "en"))
    assert found == {"anna berg"}


def test_katakana_names_and_han_names_joined_by_a_dot():
    ja = keys(find_names(["ファム・ミン・チン首相はセルゲイ・ショイグ書記と会見した。"], "ja"))
    assert "fuamu min chin" in ja
    zh = keys(find_names(["越南公安部长会见了俄罗斯联邦安全会议秘书谢尔盖·绍伊古大将。"], "zh"))
    assert "shaoyigu" in zh


def test_latin_spelling_in_brackets_and_korean_syllable_names():
    found = keys(find_names(["공안부 장관 량 탐 꽝(Lương Tam Quang)이 대사를 접견했다."], "ko"))
    assert "luong tam quang" in found
    assert "lyang tam kkwang" in found


def test_names_in_the_lead_are_marked():
    lead = "Minister Lương Tam Quang received Ambassador Anna Berg in Hanoi on Friday morning. "
    paragraphs = [lead * 6, "Background: Karl Moor signed a treaty long ago."]
    found = find_names(paragraphs, "en")
    assert "lead:anna berg" in found
    assert "body:karl moor" in found


def test_output_is_sorted_and_each_name_once():
    found = find_names(["Anna Berg met Karl Moor.", "Anna Berg left."], "en")
    assert found == sorted(set(found))
    assert len([e for e in found if e.endswith(":anna berg")]) == 1


def test_han_names_next_to_a_title_are_read_the_sino_vietnamese_way():
    lead = "12月9日，公安部长梁三光在河内会见了来访的代表团。"
    background = "此前，总理范明政也曾会见该代表团。"
    found = keys(find_names([lead, background], "zh"))
    assert "luong tam quang" in found
    assert "pham minh chinh" not in found  # a passing mention in a later paragraph
    assert "luong tam quang" not in keys(find_names([lead], "ja"))


def test_one_office_in_every_language():
    leads = ["Prime Minister Phạm Minh Chính received the envoy.",
             "Thủ tướng Phạm Minh Chính tiếp đặc phái viên.",
             "Премьер-министр Фам Минь Тинь принял посланника.",
             "ファム・ミン・チン首相は特使と会見した。",
             "팜 민 찐 총리가 특사를 접견했다.",
             "范明政总理会见了特使。"]
    assert [lead_roles([t]) for t in leads] == [["prime-minister"]] * len(leads)


def test_deputies_and_inviters_are_not_the_host():
    assert lead_roles(["Deputy Prime Minister Anna Berg met the Minister of Defence."]) == [
        "defence-minister"]
    assert lead_roles(["Phó Thủ tướng Anna Berg tiếp Bộ trưởng Bộ Ngoại giao Karl Moor."]) == [
        "foreign-minister"]
    invited = ("The envoy arrived at the invitation of State President Karl Moor and met "
               "General Secretary Anna Berg.")
    assert lead_roles([invited]) == ["general-secretary"]
    assert lead_roles(["The talks were friendly."]) == []


def test_a_bare_minister_agrees_with_any_minister_but_not_with_other_offices():
    assert roles_agree("minister", "defence-minister")
    assert not roles_agree("defence-minister", "foreign-minister")
    assert not roles_agree("minister", "prime-minister")
    assert roles_agree(None, "prime-minister") is None
    assert offices_conflict(["general-secretary"], ["prime-minister"])
    assert not offices_conflict(["prime-minister", "general-secretary"],
                                ["general-secretary", "prime-minister"])  # visitor named first
    assert not offices_conflict([], ["prime-minister"])
    # the Prime Minister received the visitor after the General Secretary had: two meetings
    assert offices_conflict(["prime-minister", "general-secretary"], ["general-secretary"])


def test_country_names_are_not_people():
    report = Report(source="x", name="x", digest="", lang="en", published=None, title="",
                    paragraphs=[], names=["lead:viet nam", "lead:anna berg"])
    assert "_".join([sound("viet"), sound("nam")]) not in features(report).names
    assert f"{sound('anna')}_{sound('berg')}" in features(report).names


def test_a_publication_header_allows_a_day_or_a_month():
    assert published_span("2024-10-09") == (dt.date(2024, 10, 9),) * 2
    assert published_span("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert published_span("2024-13") is None and published_span(None) is None


def test_offices_written_with_a_nationality_or_in_scripts_without_capitals():
    leads = ["Le ministre cambodgien des Affaires étrangères a reçu son homologue.",
             "El ministro español de Asuntos Exteriores recibió a su homólogo.",
             "التقى وزير الخارجية نظيره في القاهرة.",
             "विदेश मंत्री ने मिस्र के विदेश मंत्री से मुलाकात की।",
             "รัฐมนตรีว่าการกระทรวงการต่างประเทศได้หารือกับคณะผู้แทน",
             "Dışişleri Bakanı mevkidaşıyla görüştü."]
    assert [lead_roles([t]) for t in leads] == [["foreign-minister"]] * len(leads)


def test_capitalised_runs_start_where_words_start():
    from event_archive.names import _capitalised_runs
    text = "Anna Berg\tMoor met -Karl and al-Assad, O'Brien; 'Tom  Lee"
    assert _capitalised_runs(text) == [
        (0, ["Anna", "Berg", "Moor"]), (20, ["Karl"]), (39, ["O'Brien"]), (49, ["Tom"]),
        (54, ["Lee"])]


def test_capitalised_runs_with_letters_beyond_the_basic_plane():
    from event_archive.names import _capitalised_runs
    # 𐐀 (Deseret) is an upper-case letter beyond the Basic Multilingual Plane; 😀 is no letter
    assert _capitalised_runs("met 𐐀lpha Beta 😀 Gamma") == [(4, ["𐐀lpha", "Beta"]), (17, ["Gamma"])]
    assert _capitalised_runs("met 𐐀lpha Beta") == [(4, ["𐐀lpha", "Beta"])]
    assert _capitalised_runs("met 𐐨lpha Beta") == [(10, ["Beta"])]  # 𐐨: lower case


def test_an_opener_written_in_lower_case_only_inside_longer_words():
    from event_archive.names import _LowerWords, _stands_alone
    inside = "The talks. " + "theme " * 10
    assert _stands_alone(inside, "the") is None  # not settled by the first occurrences
    assert not _LowerWords(inside).has("The")
    assert _LowerWords(inside + "the end").has("The")
    assert _stands_alone("The end of the talks", "the") is True
    assert _stands_alone("The end", "the") is False


def test_korean_phrases_of_one_syllable_words_are_not_names():
    text = "양국 교역은 두 배가 될 수 있다. 또 람 총비서가 할 수 있는 일."
    found = keys(find_names([text], "ko"))
    assert found == {"tto lam"}


def test_a_korean_particle_written_onto_a_latin_name_is_not_part_of_it():
    found = keys(find_names(["베트남의 국방장관은 1월 21일 Ho Chi Minh에서 회담했다."], "ko"))
    assert found == {"ho chi minh"}
