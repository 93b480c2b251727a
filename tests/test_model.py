import pickle

from event_archive.model import Paragraphs


def test_paragraphs_read_back_as_written():
    texts = ["Hà Nội, 28/3 — Thủ tướng", "第二段", "", "x" * 5000]
    kept = Paragraphs(texts)
    assert list(kept) == texts and len(kept) == 4
    assert kept[1] == "第二段" and kept[:2] == texts[:2] and kept[-1] == "x" * 5000
    assert kept == texts and kept == Paragraphs(texts) and kept != texts[:3]
    assert repr(kept) == repr(texts)


def test_paragraphs_are_compressed_and_pickle_as_their_bytes():
    texts = ["The two leaders discussed trade and investment."] * 200
    kept = Paragraphs(texts)
    data = pickle.dumps(kept)
    assert len(data) < sum(map(len, texts)) / 10
    assert pickle.loads(data) == texts


def test_no_paragraphs_is_empty():
    assert not Paragraphs() and list(Paragraphs([])) == []


def test_paragraphs_opening_is_read_without_the_rest():
    texts = ["a" * 400, "b" * 400, "c" * 400, "d" * 400]
    kept = Paragraphs(texts)
    kept._rest = b"not zlib"  # reading past the opening would fail
    assert kept[0] == "a" * 400 and kept[:2] == texts[:2]
    assert next(iter(kept)) == "a" * 400
