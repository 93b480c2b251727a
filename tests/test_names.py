from event_archive.names import find_names
from event_archive.similarity import sound


def keys(entries):
    return {e.split(":", 1)[1] for e in entries}


def test_one_name_in_many_scripts_gets_one_sound_key():
    assert {sound(w) for w in ["Luong", "Lyong", "ruon", "Lyang"]} == {"ln"}
    assert {sound(w) for w in ["Quang", "Kuang", "kuan", "Kkwang"]} == {"kn"}
    assert {sound(w) for w in ["Shoigu", "Shoygu", "shiyoigu", "ShaoYiGu", "SyoIGu"]} == {"sk"}
    assert {sound(w) for w in ["Pham", "Fam", "fuamu", "Pam"]} == {"pm"}
    assert {sound(w) for w in ["Chinh", "Tin", "chin", "Jjin"]} == {"tn"}


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
