import time
from pathlib import Path

import pytest
from event_archive.text import (
    LONG_LINE,
    MAX_BYTES,
    decode,
    fold,
    normalize,
    split_header,
    split_long_lines,
)

FRENCH = "Le ministre a reçu la délégation le 20 août à Hanoï. « C’est un succès », dit-il.\n"
RUSSIAN = "Президент России встретился с премьер-министром Вьетнама в Москве.\n"
SEED = Path(__file__).parent.parent / "seeds" / "000_bca2c443cf52253f.txt"


def kinds(decoded):
    return [kind for kind, _ in decoded.problems]


@pytest.mark.parametrize(
    "data",
    [
        FRENCH.encode(),
        b"\xef\xbb\xbf" + FRENCH.encode(),
        FRENCH.encode("utf-16"),  # with its BOM
        FRENCH.encode("utf-16-le"),
        FRENCH.encode("utf-16-be"),
        FRENCH.encode("utf-32"),
        FRENCH.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-16-be", "utf-32", "cp1252"],
)
def test_every_encoding_of_a_text_gives_the_text(data):
    assert decode(data).text == FRENCH


def test_utf16_without_bom_in_cyrillic():
    decoded = decode(RUSSIAN.encode("utf-16-le"))
    assert decoded.text == RUSSIAN and decoded.encoding == "utf-16-le"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_chinese(encoding):
    text = "越南总理在河内与巴西总统会谈。\n\n2025年3月28日，双方同意加强合作。\n"
    assert decode(text.encode(encoding)).text == text


def test_binary_data_is_not_taken_for_utf16():
    decoded = decode(bytes(range(256)) * 20)
    assert kinds(decoded) == ["binary"] and decoded.encoding == "binary"


def test_a_short_cp1252_text_is_not_taken_for_an_asian_encoding():
    assert decode("le 20 août".encode("cp1252")).text == "le 20 août"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Prezydent spotkał się z premierem, mówiąc o współpracy. Może jutro.", "cp1250"),
        ("Předseda vlády České republiky přijal premiéra příští týden.", "cp1250"),
        ("Cumhurbaşkanı, Başbakan ile Ankara'da görüştü. İki lider işbirliğini ele aldı.",
         "cp1254"),
        ("Šiandien ministras susitiko su delegacija. Jie aptarė bendradarbiavimą ir prekybą.",
         "cp1257"),
        ("¿Qué pasó? El señor dijo: ¡sí! La delegação chegou a Hanói.", "cp1252"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        ("Ο πρόεδρος συναντήθηκε με τον πρωθυπουργό στην Αθήνα για το εμπόριο.", "cp1253"),
        ("越南总理在河内与巴西总统会谈，双方同意加强合作。", "gb18030"),
    ],
)
def test_legacy_code_pages_are_told_apart(text, encoding):
    assert decode(text.encode(encoding)).text == text


def test_not_utf8_is_said():
    decoded = decode(FRENCH.encode("cp1252"))
    assert decoded.encoding == "cp1252" and kinds(decoded) == ["encoding"]
    assert decode(FRENCH.encode()).problems == []


def test_mojibake_is_repaired_and_curly_quotes_kept():
    doubled = FRENCH.encode().decode("cp1252").encode()
    decoded = decode(doubled)
    assert decoded.text == FRENCH and kinds(decoded) == ["encoding"]
    vietnamese = "Lương Tam Quang và Việt Nam".encode().decode("latin-1").encode()
    assert decode(vietnamese).text == "Lương Tam Quang và Việt Nam"


def test_utf8_with_a_few_bad_bytes_stays_utf8():
    decoded = decode(("Việt Nam " * 10).encode() + b"\xff end")
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("Việt Nam Việt Nam") and "\ufffd" not in decoded.text
    assert "1 byte that" in decoded.problems[0][1]


def test_zero_bytes_mean_binary_and_the_text_in_it_is_kept():
    decoded = decode(b"\x89PNG\x00\x00\x01\x02Hanoi talks today\x00\x00\x03more of the text")
    assert kinds(decoded) == ["binary"]
    assert decoded.text.split("\n") == ["Hanoi talks today", "more of the text"]


def test_a_few_zero_bytes_in_a_text_are_dropped():
    decoded = decode(b"Vietnam and Brazil held talks in Ha\x00noi on 28 March 2025.")
    assert kinds(decoded) == ["binary"]
    assert decoded.text == "Vietnam and Brazil held talks in Hanoi on 28 March 2025."


def test_terminal_colour_codes_are_removed():
    decoded = decode(b"Talks \x1b[31mtoday\x1b[0m in Hanoi")
    assert decoded.text == "Talks today in Hanoi" and kinds(decoded) == ["encoding"]


def test_control_characters_go_newlines_stay_and_text_is_nfc():
    decoded = decode("a\x07b\r\nc\td\u2028e\rf Vie\u0302\u0323t".encode())
    assert decoded.text == "a b\nc\td\ne\nf Việt"
    assert "1 control character removed" in decoded.problems[0][1]


def test_empty_and_whitespace_decode_to_nothing_without_error():
    assert decode(b"").text == ""
    assert decode(b" \n\t \n").text.strip() == ""


def test_a_huge_seed_is_capped_and_says_so():
    big = ("Việt Nam. " * (3 * MAX_BYTES // 10)).encode()
    decoded = decode(big)
    assert "large" in kinds(decoded)
    assert len("".join(decoded.text.split()).encode()) <= MAX_BYTES
    assert "\ufffd" not in decoded.text  # the cut fell inside a letter: that letter is dropped


def test_an_endless_line_becomes_paragraphs_of_whole_sentences():
    line = "The talks went well. " * 1000
    pieces = split_long_lines(line.strip()).split("\n\n")
    assert len(pieces) > 10 and all(len(p) <= LONG_LINE for p in pieces)
    assert all(p.endswith("well.") for p in pieces)
    assert split_long_lines("short line\nanother") == "short line\nanother"


def test_a_line_without_spaces_is_cut_anyway():
    pieces = split_long_lines("x" * (5 * LONG_LINE)).split("\n\n")
    assert "".join(pieces) == "x" * (5 * LONG_LINE) and max(map(len, pieces)) <= LONG_LINE


def test_fold_and_normalize():
    assert fold("Lương Tam Quang") == "luong tam quang"
    assert normalize("Vie\u0302\u0323t") == "Việt"


def test_split_header():
    assert split_header(" date 2025-03-29 Hanoi talks") == ("2025-03-29", "Hanoi talks")
    assert split_header(" date 2025-03\nText") == ("2025-03", "\nText")
    assert split_header("No header") == (None, "No header")


def test_decoding_a_seed_costs_a_fraction_of_a_millisecond():
    data = SEED.read_bytes()[:2500]
    decode(data)
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        decode(data)
    assert (time.perf_counter() - start) / rounds < 0.002  # measured ~0.12 ms; slack for CI
