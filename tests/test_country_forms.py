"""Country names that CLDR gives in a shape the matcher once missed: short Hangul names,
one-letter first words, a name that is also another territory's qualifier, short Russian
names and names inflected as adjectives; and the language names made from them."""

import pytest
from conftest import countries


@pytest.mark.parametrize("text, codes", [
    ("팜민찐 베트남 총리는 28일 하노이에서 일본 총리와 회담했다.", ["JP", "VN"]),
    ("미국과 중국, 독일은 협력을 강조했다.", ["CN", "DE", "US"]),
    ("베트남과 태국은 협력했다.", ["TH", "VN"]),
    ("베트남과 이란은 협력했다.", ["IR", "VN"]),
])
def test_two_syllable_korean_names(text, codes):
    assert countries("ko", text) == codes


@pytest.mark.parametrize("lang, text", [
    ("ko", "영어 베트남어 중국어 일본어 러시아어 스페인어"),
    ("zh", "英语 越南语 印度尼西亚语 老挝语 西班牙语"),
    ("ja", "英語 ベトナム語 インドネシア語 スペイン語"),
])
def test_language_names_are_not_countries(lang, text):
    assert countries(lang, text) == []


@pytest.mark.parametrize("lang, text", [
    ("ko", "경찰은 시위를 저지했다."),  # "blocked", not Jersey
    ("ko", "민주주의 이란 무엇인가"),  # "what is", not Iran
    ("ru", "Министр Кубе Допоми прибыл."),  # a given name before a surname
])
def test_common_words_that_are_names_elsewhere(lang, text):
    assert countries(lang, text) == []


@pytest.mark.parametrize("lang, text, codes", [
    ("en", "Vietnam and the U.S. signed a deal.", ["US", "VN"]),
    ("en", "The US side welcomed the U.K. envoy.", ["GB", "US"]),
    ("en", "Sino-Vietnamese ties", ["CN", "VN"]),
    ("en", "the Democratic People’s Republic of Korea (DPRK)", ["KP"]),
    ("vi", "Đại sứ Ả Rập Xê-út chào Thủ tướng.", ["SA"]),
    ("vi", "Thủ tướng tiếp Đại sứ Bỉ và Đại sứ Áo.", ["AT", "BE"]),
    ("vi", "Tổng thống Italia thăm Việt Nam.", ["IT", "VN"]),
])
def test_short_and_one_letter_words(lang, text, codes):
    assert countries(lang, text) == codes


@pytest.mark.parametrize("lang, text", [
    ("en", "a US$5 billion deal"),
    ("vi", "Áo dài là trang phục truyền thống."),
])
def test_guarded_short_forms(lang, text):
    assert countries(lang, text) == []


@pytest.mark.parametrize("text, code", [
    ("Президент встретился с делегацией Великобритании.", "GB"),
    ("Посол Кубы вручил верительные грамоты.", "CU"),
    ("Министр посетил посольство Египта.", "EG"),
    ("Делегация Белоруссии прибыла в Москву.", "BY"),
    ("Премьер-министр Новой Зеландии прибыл в Ханой.", "NZ"),
    ("Король Саудовской Аравии принял министра.", "SA"),
])
def test_russian_forms(text, code):
    assert code in countries("ru", text)


@pytest.mark.parametrize("lang, text, codes", [
    ("ja", "岸田首相は28日、来日中のベトナムのファム・ミン・チン首相と会談した。", ["JP", "VN"]),
    ("ko", "윤석열 대통령은 방한 중인 팜민찐 베트남 총리와 정상회담을 했다.", ["KR", "VN"]),
    ("zh", "习近平会见来华访问的越南总理范明正。", ["CN", "VN"]),
    ("ja", "来訪中のベトナム首相と会談した。", ["VN"]),  # "visiting", not a visit to China
    ("ko", "방한복을 입은 베트남 관광객", ["VN"]),  # winter clothes
])
def test_a_visit_names_its_host(lang, text, codes):
    assert countries(lang, text) == codes
