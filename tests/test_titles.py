"""pick_title(): headline when there is one, else a short title from the lead."""

import pytest
from event_archive.titles import MAX_WIDTH, pick_title, width

LEAD = (
    "The foreign minister met his counterpart in the capital on Tuesday to discuss trade, "
    "security and education, the ministry said."
)
MORE = "Both sides agreed to hold the next round of talks in the spring."


def test_headline_line_becomes_the_title_and_leaves_the_body():
    title = pick_title(["Ministers meet to deepen security ties", LEAD, MORE], "en")
    assert (title.text, title.source) == ("Ministers meet to deepen security ties", "headline")
    assert title.body == [LEAD, MORE]


def test_cjk_headline_is_recognised():
    title = pick_title(["两国部长举行会谈加强安全合作", "两国同意加强合作。"], "zh")
    assert title.source == "headline"


def test_thai_headline_is_recognised():
    headline = "รัฐมนตรีเวียดนามพบเอกอัครราชทูตไทยที่ฮานอย"
    assert pick_title([headline, "ทั้งสองฝ่ายเห็นพ้องที่จะกระชับความร่วมมือ"], "th").source == "headline"


def test_a_question_can_be_a_headline():
    title = pick_title(["What next for the two countries' security ties?", LEAD], "en")
    assert title.source == "headline"


def test_a_first_sentence_is_not_a_headline():
    title = pick_title([LEAD, MORE], "en")
    assert title.source == "lead"
    assert title.body == [LEAD, MORE]


def test_a_photo_caption_is_neither_headline_nor_lead():
    caption = "Minister Nguyen Van A (right) and his guest at the ministry"
    title = pick_title([caption, LEAD], "en")
    assert title.source == "lead"
    assert title.text.startswith("The foreign minister met")


def test_lead_title_is_cut_at_a_word_with_an_ellipsis():
    text = pick_title([LEAD, MORE], "en").text
    assert text.endswith("…")
    assert width(text) <= MAX_WIDTH
    assert LEAD.startswith(text[:-1])
    assert LEAD[len(text) - 1] in " ,"  # the cut falls between two words


def test_lead_title_ends_at_the_first_sentence_not_at_an_abbreviation():
    lead = "Sen. Lieut. Gen. Tran Van B met the envoy. He thanked him for the visit."
    assert pick_title([lead, MORE], "en").text == "Sen. Lieut. Gen. Tran Van B met the envoy."


def test_a_short_capitalised_word_can_end_the_first_sentence():
    lead = "The minister met the envoy in Hanoi. He thanked him for the visit."
    assert pick_title([lead, MORE], "en").text == "The minister met the envoy in Hanoi."


def test_datelines_and_agency_tags_leave_the_lead_title():
    for lead in (
        "HÀ NỘI — The minister met the envoy.",
        "Hanoi (VNA) – The minister met the envoy.",
        "TPO - The minister met the envoy.",
        "(VOVWORLD) - The minister met the envoy.",
        "MOSCOW, Dec 9 (Reuters) - The minister met the envoy.",
        "Hanoi – The minister met the envoy.",
        "MADRID, 8 Abr. — The minister met the envoy.",
        "Jakarta, Selasa (9/12/2025) - The minister met the envoy.",
        "New Delhi, October 22: The minister met the envoy.",
        "NEW DELHI: The minister met the envoy.",
        "MADRID, 8 abr (EFE).- The minister met the envoy.",
    ):
        assert pick_title([lead], "en").text == "The minister met the envoy.", lead


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("هانوي (وكالات) – استقبل الوزير السفير.", "استقبل الوزير السفير."),
        ("Київ – Вчора міністр зустрівся з послом.", "Вчора міністр зустрівся з послом."),
        ("ฮานอย 9 ธ.ค. - รัฐมนตรีพบเอกอัครราชทูต", "รัฐมนตรีพบเอกอัครราชทูต"),
        ("เวียงจันทน์ - รัฐมนตรีพบเอกอัครราชทูต", "รัฐมนตรีพบเอกอัครราชทูต"),
        ("नई दिल्ली: मंत्री ने राजदूत से मुलाकात की।", "मंत्री ने राजदूत से मुलाकात की।"),
        ("ភ្នំពេញ៖ រដ្ឋមន្ត្រីបានជួបឯកអគ្គរាជទូត។", "រដ្ឋមន្ត្រីបានជួបឯកអគ្គរាជទូត។"),
    ],
)
def test_datelines_in_other_scripts_leave_the_lead_title(lead, title):
    assert pick_title([lead], "xx").text == title


def test_a_place_and_a_hyphen_open_a_sentence_not_a_dateline():
    lead = "Việt Nam - Brazil thúc đẩy hợp tác an ninh."
    assert pick_title([lead], "vi").text == lead


def test_a_hyphenated_lead_keeps_its_start():
    lead = "Vietnam-Brazil ties - the minister said - are growing."
    assert pick_title([lead], "en").text == lead


def test_cjk_lead_title_is_cut_at_punctuation_within_the_width():
    lead = (
        "越通社河内——12月9日，两国部长在河内举行会谈，双方同意在打击跨国犯罪、网络安全、"
        "反恐和人员培训等领域加强合作，并定期交换信息和经验，以维护地区和平与稳定。"
    )
    text = pick_title([lead], "zh").text
    assert not text.startswith("越通社")
    assert text.endswith("…")
    assert width(text) <= MAX_WIDTH
    start = lead.index(text[:-1])
    assert lead[start + len(text) - 1] in "，、"  # cut at a mark, which is left out


def test_cjk_lead_without_punctuation_is_cut_by_characters():
    lead = "两" * 100 + "。"
    text = pick_title([lead], "zh").text
    assert text == "两" * 44 + "…"


def test_no_paragraphs_give_no_title():
    assert pick_title([], "und").source == "none"


def test_a_long_thai_lead_without_a_stop_is_not_a_headline():
    lead = "นายกรัฐมนตรีได้หารือกับนายกรัฐมนตรีลาว" * 4
    title = pick_title([lead, "ทั้งสองฝ่ายเห็นพ้องที่จะกระชับความร่วมมือ"], "th")
    assert title.source == "lead"


def test_a_khmer_sentence_is_not_a_headline():
    lead = "រដ្ឋមន្ត្រីបានជួបឯកអគ្គរាជទូតនៅភ្នំពេញ។"
    assert pick_title([lead, "ភាគីទាំងពីរបានឯកភាព។"], "km").source == "lead"


@pytest.mark.parametrize(
    "caption",
    [
        "El ministro Luis Herrera (d) y su homólogo brasileño en Madrid",
        "Außenminister Tomasz Wierzbicki (rechts) und sein Amtskollege in Warschau",
        "Kapolri Agus Hartono (kanan) bersama Menteri Keamanan Publik Vietnam",
        "นายกรัฐมนตรี (ขวา) หารือกับนายกรัฐมนตรีลาวที่เวียงจันทน์",
    ],
)
def test_photo_captions_in_other_languages_are_not_headlines(caption):
    assert pick_title([caption, LEAD], "xx").source == "lead"
