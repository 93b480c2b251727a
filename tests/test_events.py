import datetime as dt
import hashlib
import os
import random
import subprocess
import sys
from itertools import combinations

from event_archive.events import THRESHOLD, Linker, explain_pair, link_events
from event_archive.meeting import same_meeting
from event_archive.model import DateClue, Report
from event_archive.names import find_names
from event_archive.similarity import (
    LEAD_WEIGHT,
    MIN_SHARED,
    MIN_SHARED_SAME_DAY,
    MISSING_PENALTY,
    PAIR_BONUS,
    date_agreement,
    features,
    pair_score,
    sound,
)

MARCH_28 = dt.date(2025, 3, 28)
DEC_9, DEC_10 = dt.date(2025, 12, 9), dt.date(2025, 12, 10)


def report(name, text, lang="en", date=None, countries=("RU", "VN"), clues=(), published=None):
    paragraphs = text.split("\n\n")
    return Report(
        source=f"seeds/{name}", name=name, digest=hashlib.sha256(text.encode()).hexdigest(),
        lang=lang, published=published, title=paragraphs[0][:40], paragraphs=paragraphs,
        date=date, date_source="text" if date else "none", date_clues=list(clues),
        countries=list(countries), names=find_names(paragraphs, lang),
    )


def events_of(reports):
    return sorted(sorted(r.name for r in e.reports) for e in link_events(reports))


# Made-up reports: two hosts meet the same visitor on one day, a third host the next day.
TO_LAM = "General Secretary Tô Lâm received Sergei Shoigu, Secretary of the Security Council."
CHINH = "Prime Minister Phạm Minh Chính received Sergei Shoigu at the Government Office."
GIANG = "General Phan Văn Giang held talks with Sergei Shoigu at the Defence Ministry."


def shoigu_reports():
    return [
        report("a1.txt", TO_LAM + "\n\nTô Lâm praised the Kremlin Accord.", date=DEC_9),
        report("a2.txt", "Генеральный секретарь То Лам принял Сергея Шойгу.\n\n"
               "То Лам говорил о Кремлёвском соглашении.", lang="ru", date=DEC_9),
        report("b1.txt", CHINH + "\n\nPhạm Minh Chính spoke of the Dung Quất refinery.",
               date=DEC_9),
        report("b2.txt", "ファム・ミン・チン首相はセルゲイ・ショイグ書記と会見した。\n\n"
               "ファム・ミン・チン首相はズンクアット製油所に言及した。", lang="ja", date=DEC_9),
        report("c1.txt", GIANG + "\n\nPhan Văn Giang and Shoigu toured Cam Ranh Bay.", date=DEC_10),
        report("c2.txt", GIANG + "\n\nThey spoke of Cam Ranh Bay and the Navy.", date=DEC_10),
    ]


def test_same_day_same_countries_different_hosts_stay_apart():
    assert events_of(shoigu_reports()) == [
        ["a1.txt", "a2.txt"], ["b1.txt", "b2.txt"], ["c1.txt", "c2.txt"]
    ]


def test_reports_in_other_scripts_are_linked_by_their_names():
    reports = shoigu_reports()
    link_events(reports)
    by_name = {r.name: r.event for r in reports}
    assert by_name["a1.txt"] == by_name["a2.txt"]  # Latin and Cyrillic
    assert by_name["b1.txt"] == by_name["b2.txt"]  # Latin and katakana


def test_same_countries_and_names_on_different_days_stay_apart():
    text = GIANG + "\n\nPhan Văn Giang and Shoigu toured Cam Ranh Bay."
    reports = [report("x.txt", text, date=DEC_9), report("y.txt", text, date=DEC_10)]
    assert events_of(reports) == [["x.txt"], ["y.txt"]]


def test_reports_naming_other_partner_countries_stay_apart():
    text = "Minister Lương Tam Quang received Ambassador Anna Berg in Hà Nội on the Mekong Plan."
    reports = [report("x.txt", text, countries=["AU", "VN"]),
               report("y.txt", text, countries=["SG", "VN"])]
    assert events_of(reports) == [["x.txt"], ["y.txt"]]


def test_an_undated_report_takes_the_date_of_its_event():
    reports = shoigu_reports()
    undated = report("c3.txt", GIANG + "\n\nPhan Văn Giang and Shoigu toured Cam Ranh Bay.")
    link_events([*reports, undated])
    assert undated.event == reports[4].event
    assert (undated.date, undated.date_source) == (DEC_10, "sibling")
    assert any(e.source == "sibling" and "c1.txt" in e.detail for e in undated.evidence)


def test_partial_clues_from_several_reports_make_a_date():
    text = "President Lula and Lương Cường held talks on the Amazon Fund in Hà Nội."
    day = DateClue(None, 3, 28, "text", "28/3")
    reports = [report("p.txt", text, countries=["BR", "VN"], clues=[day], published="2025-04"),
               report("q.txt", text, countries=["BR", "VN"], clues=[day])]
    (event,) = link_events(reports)
    assert event.date == MARCH_28
    assert [r.date for r in reports] == [MARCH_28, MARCH_28]
    assert event.id == "2025-03-28-br-vn"


def test_completion_never_contradicts_a_report_s_own_clue():
    text = "President Lula and Lương Cường held talks on the Amazon Fund in Hà Nội."
    other_day = DateClue(None, 3, 27, "text", "27/3")
    reports = [report("p.txt", text, date=MARCH_28, countries=["BR", "VN"]),
               report("q.txt", text, countries=["BR", "VN"], clues=[other_day])]
    assert events_of(reports) == [["p.txt"], ["q.txt"]]  # the dates disagree: two events
    (event,) = link_events(reports, same=[["p.txt", "q.txt"]])  # forced together
    assert reports[1].date is None and event.date == MARCH_28


def test_corrections_same_and_apart():
    reports = shoigu_reports()
    assert events_of(reports)[0] == ["a1.txt", "a2.txt"]
    link_events(reports, apart=[["a1.txt", "a2.txt"]])
    assert reports[0].event != reports[1].event
    link_events(reports, same=[["a1.txt", "c1.txt"]])
    assert reports[0].event == reports[4].event


def test_ids_name_the_event_and_tell_apart_those_sharing_date_and_countries():
    ids = sorted(e.id for e in link_events(shoigu_reports()))
    assert ids[2] == "2025-12-10-ru-vn"
    assert ids[0].startswith("2025-12-09-ru-vn-") and ids[1].startswith("2025-12-09-ru-vn-")
    assert ids[0] != ids[1]
    undated = link_events([report("u.txt", TO_LAM, countries=["RU", "VN"])])[0].id
    assert undated.startswith("undated-ru-vn-")


def test_ids_do_not_change_when_a_report_is_added():
    before = {r.name: r.event for r in _linked(shoigu_reports())}
    extra = report("b3.txt", CHINH + "\n\nPhạm Minh Chính spoke of the Dung Quất refinery.",
                   date=DEC_9)
    after = {r.name: r.event for r in _linked([*shoigu_reports(), extra])}
    assert all(after[name] == event for name, event in before.items())
    assert after["b3.txt"] == after["b1.txt"]


def _linked(reports):
    link_events(reports)
    return reports


def test_linking_is_the_same_in_any_order():
    first = {r.name: r.event for r in _linked(shoigu_reports())}
    shuffled = shoigu_reports()
    random.Random(7).shuffle(shuffled)
    assert {r.name: r.event for r in _linked(shuffled)} == first


def test_linking_is_the_same_under_any_hash_seed():
    script = (
        "import tests.test_events as t\n"
        "print(sorted((r.name, r.event) for r in t._linked(t.shoigu_reports())))\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outputs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       cwd=root, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1 and "a1.txt" in outputs.pop()


def test_candidates_come_from_blocking_not_from_all_pairs():
    envoys = [_made_up_name(i) for i in range(60)]
    alone = [report(f"r{i}.txt", f"The envoy {name} arrived.") for i, name in enumerate(envoys)]
    assert Linker(alone).candidates() == []
    pairs = [report(f"r{i}.txt", f"The envoy {envoys[i // 2]} arrived.") for i in range(60)]
    assert Linker(pairs).candidates() == [(i, i + 1) for i in range(0, 60, 2)]


def _made_up_name(i):
    """Two words whose consonants spell numbers in base 8: no two names share a sound."""
    numbers = [n for n in range(512) if len({n % 8, n // 8 % 8, n // 64}) == 3]
    words = ["".join("btpklmns"[d] + "a" for d in (n // 64, n // 8 % 8, n % 8)).title()
             for n in (numbers[i], numbers[i + 100])]
    return " ".join(words)


def test_explain_pair_gives_the_evidence_and_the_rule():
    reports = shoigu_reports()
    link_events(reports)
    text = explain_pair(reports[0], reports[1], reports)
    assert text.startswith("a1.txt and a2.txt: linked")
    assert "threshold" in text and "shared keys" in text
    apart = explain_pair(reports[0], reports[4], reports)
    assert "not linked" in apart and "dates disagree" in apart


# A report that names the host only by office, undated, published the day of the meeting.
GREETINGS = ("Секретарь Совета безопасности Сергей Шойгу передал генеральному секретарю "
             "приветствие от президента.\n\nШойгу говорил о Кремлёвском соглашении.")


def test_an_undated_report_joins_the_meeting_its_lead_and_publication_day_describe():
    undated = report("a3.txt", GREETINGS, lang="ru", published="2025-12-09")
    reports = [*shoigu_reports(), undated]
    link_events(reports)
    assert undated.event == reports[0].event != reports[2].event
    assert (undated.date, undated.date_source) == (DEC_9, "sibling")


def test_a_publication_before_the_day_or_long_after_it_is_another_occasion():
    text = "Генеральный секретарь То Лам принял Сергея Шойгу."
    reports = [*shoigu_reports()] + [report(f"{day}.txt", text, lang="ru", published=day)
                                     for day in ("2025-12-20", "2025-12-05", "2026-02-20")]
    linker = Linker(reports)
    f = linker.features
    assert [same_meeting(f[0], f[k], linker.across) for k in (6, 7, 8)] == [True, False, False]


def test_leads_naming_different_offices_are_two_meetings():
    body = " received Sergei Shoigu on the Kremlin Accord and the Dung Quất refinery."
    reports = [report("p.txt", "The Prime Minister" + body, date=DEC_9),
               report("g.txt", "The General Secretary" + body, date=DEC_9),
               report("g2.txt", "Tổng Bí thư tiếp Sergei Shoigu về Kremlin Accord.", lang="vi",
                      date=DEC_9)]
    assert events_of(reports) == [["g.txt", "g2.txt"], ["p.txt"]]
    assert "different offices" in explain_pair(reports[0], reports[1], reports)


def test_a_host_named_in_han_characters_joins_the_meeting():
    zh = report("z.txt", "12月9日，公安部长梁三光在河内会见了俄罗斯联邦安全会议秘书谢尔盖·绍伊古。",
                lang="zh", date=DEC_9)
    en = report("e.txt", "Minister of Public Security Lương Tam Quang received Sergei Shoigu.\n\n"
                "They spoke of the Kremlin Accord.", date=DEC_9)
    assert events_of([*shoigu_reports(), zh, en])[-1] == ["e.txt", "z.txt"]


def test_undated_leads_need_both_host_and_visitor():
    quang = "Minister of Public Security Lương Tam Quang"
    both = [report("q1.txt", f"{quang} received Sergei Shoigu.\n\nThe Kremlin Accord."),
            report("q2.txt", "Министр общественной безопасности Лыонг Там Куанг принял Сергея "
                   "Шойгу.", lang="ru")]
    linker = Linker(both + [report("q3.txt", f"{quang} received Anna Berg.", lang="fr")])
    f = linker.features
    assert same_meeting(f[0], f[1], linker.across)
    assert not same_meeting(f[0], f[2], linker.across)  # one person in common: the host


def test_reports_in_scripts_without_capitals_meet_by_office_day_and_countries():
    en = report("d1.txt", "Defence Minister Phan Văn Giang received Sergei Shoigu in Hà Nội.\n\n"
                "They spoke of Cam Ranh Bay.", date=DEC_10)
    ar = report("d2.txt", "استقبل وزير الدفاع الفيتنامي ضيفه الروسي في هانوي.", lang="ar",
                date=DEC_10)
    other_office = report("d3.txt", "استقبل رئيس الوزراء الفيتنامي ضيفه الروسي في هانوي.",
                          lang="ar", date=DEC_10)
    other_day = report("d4.txt", "استقبل وزير الدفاع الفيتنامي ضيفه الروسي في هانوي.", lang="ar",
                       date=DEC_9)
    assert events_of([en, ar, other_office, other_day]) == [
        ["d1.txt", "d2.txt"], ["d3.txt"], ["d4.txt"]]
    vietnam_only = [report(f"v{k}.txt", "استقبل وزير الدفاع الفيتنامي ضيفه في هانوي.", lang="ar",
                           date=DEC_10, countries=["VN"]) for k in (1, 2)]
    assert events_of(vietnam_only) == [["v1.txt"], ["v2.txt"]]  # whose guest? unknown


def test_one_surname_in_both_leads_is_enough_on_one_day_with_one_office():
    en = report("k1.txt", "Foreign Minister Tomasz Wierzbicki received Andrii Kovalenko in "
                "Warsaw.\n\nThey signed a border agreement.", date=DEC_9, countries=["PL", "UA"])
    uk = report("k2.txt", "Міністр закордонних справ Польщі Томаш Вежбицький прийняв Коваленка."
                "\n\nСторони підписали угоду.", lang="uk", date=DEC_9, countries=["PL", "UA"])
    defence = report("k3.txt", "Міністр оборони Польщі Марек Зелінський прийняв Коваленка.",
                     lang="uk", date=DEC_9, countries=["PL", "UA"])
    some_minister = report("k4.txt", "Minister Anna Berg received Andrii Kovalenko.\n\nThey "
                           "spoke of trade.", lang="sv", date=DEC_9, countries=["PL", "UA"])
    assert events_of([en, uk, defence]) == [["k1.txt", "k2.txt"], ["k3.txt"]]
    linker = Linker([en, uk, defence])
    assert same_meeting(linker.features[0], linker.features[1], linker.across)
    assert events_of([uk, some_minister]) == [["k2.txt"], ["k4.txt"]]  # which minister?


def test_names_in_a_script_without_capitals_count_where_another_language_gives_them():
    en = report("n1.txt", "Foreign Minister Ahmed Samir met Rajesh Verma in New Delhi.\n\n"
                "They spoke of trade.", date=DEC_9, countries=["EG", "IN"])
    ar = report("n2.txt", "التقى وزير الخارجية أحمد سمير نظيره الهندي في نيودلهي.", lang="ar",
                countries=["EG", "IN"], published="2025-12-10")
    other = report("n3.txt", "التقى وزير الخارجية نبيل فهمي نظيره الهندي في نيودلهي.", lang="ar",
                   countries=["EG", "IN"], published="2025-12-10")
    linker = Linker([en, ar, other])
    f = linker.features
    assert f[1].guessed == {f"{sound('ahmed')}_{sound('samir')}"} and not f[2].guessed
    assert same_meeting(f[0], f[1], linker.across)  # one name, one office, published next day
    assert not same_meeting(f[0], f[2], linker.across)


def _plain_name_score(a, b, idf, across):
    """The name score straight from its definition, every weight computed for the pair."""
    shared = sorted((min(a.names[k], b.names[k]) * idf[k] ** 2 for k in a.names
                     if k in b.names and k in idf), reverse=True)
    floor = MIN_SHARED_SAME_DAY if date_agreement(a, b) == "same" else MIN_SHARED
    if sum(shared) < floor:
        return 0.0
    missing = sum(w * idf[k] ** 2 for x, y in ((a, b), (b, a)) for k, w in x.names.items()
                  if k in across and w >= LEAD_WEIGHT * PAIR_BONUS and k not in y.names)
    masses = [sum(w * idf[k] ** 2 for k, w in f.names.items() if k in idf) for f in (a, b)]
    return sum(shared) / (min(masses) + MISSING_PENALTY * missing)


def test_the_score_from_weights_found_once_per_report_is_the_plain_score():
    extra = report("x.txt", GIANG + " Tô Lâm and Sergei Shoigu spoke of Cam Ranh Bay.",
                   date=DEC_10)
    linker = Linker([*shoigu_reports(), extra])
    f, w = linker.features, [linker.weighted(i) for i in range(len(linker.features))]
    pairs = list(combinations(range(len(f)), 2))
    scores = [pair_score(f[i], f[j], w[i], w[j]) for i, j in pairs]
    assert scores == [_plain_name_score(f[i], f[j], linker.idf, linker.across) for i, j in pairs]
    assert max(scores) > 0 and 0 in scores


def test_links_are_the_pairs_that_score_the_threshold():
    linker = Linker(shoigu_reports())
    partners = [list(range(i + 1, 6)) * 100 for i in range(6)]
    expected = [(score, i, j) for i, js in enumerate(partners) for j in js
                if (score := linker.score(i, j)) >= THRESHOLD]
    assert expected and linker.links(partners) == expected


def test_a_korean_lead_is_read_for_names_though_it_names_a_place_in_latin_letters():
    en = report("h1.txt", "Minister of Defence Regu Tosa of Vietnam held talks with Minister "
                "Nibe Tise of France in Ho Chi Minh on January 21.", date=DEC_9,
                countries=["FR", "VN"])
    ko = report("h2.txt", "베트남의 레구 토사 국방장관은 Ho Chi Minh에서 프랑스의 니베 티세 "
                "외교장관과 회담했다.\n\n양측은 공동 관심사인 지역 및 국제 문제에 대해서도 의견을 "
                "나눴다.", lang="ko", countries=["FR", "VN"], date=DEC_9)
    f = Linker([en, ko]).features
    assert {f"{sound('legu')}_{sound('tosa')}", f"{sound('nibe')}_{sound('tise')}"} <= f[1].guessed


def test_a_vietnamese_name_written_in_cyrillic_links_its_report():
    """Russian writes the Vietnamese "Th" as "Тх": Буй Тхань Шон is Bui Thanh Son."""
    day = dt.date(2025, 4, 1)
    english = report("en.txt", "Minister receives ambassador\n\nVietnamese Foreign Minister "
                     "Bui Thanh Son received the Japanese ambassador in Hanoi.", date=day,
                     countries=("JP", "VN"))
    russian = report("ru.txt", "Министр принял посла\n\nВ Ханое министр иностранных дел "
                     "Вьетнама Буй Тхань Шон принял посла Японии.", lang="ru", date=day,
                     countries=("JP", "VN"))
    other = report("other.txt", "Vietnam, Laos meet\n\nVietnamese Deputy Minister Le Thi Thu "
                   "Hang met Lao officials in Vientiane.", date=day, countries=("LA", "VN"))
    assert events_of([english, russian, other]) == [["en.txt", "ru.txt"], ["other.txt"]]


def test_a_report_giving_its_day_alone_joins_the_meeting_of_that_day():
    """A Korean report without a header says "28일" only: the day its siblings agree on,
    whether they give the month ("28/3") or the whole date."""
    english = report("en.txt", "Talks\n\nGeneral Secretary To Lam received Singaporean Prime "
                     "Minister Lawrence Wong in Hanoi.", date=dt.date(2025, 3, 28),
                     countries=("SG", "VN"))
    vietnamese = report("vi.txt", "Hội đàm\n\nSáng 28/3, tại Hà Nội, Tổng Bí thư Tô Lâm đã "
                        "tiếp Thủ tướng Singapore Lawrence Wong.", lang="vi",
                        countries=("SG", "VN"), clues=[DateClue(None, 3, 28, "text", "28/3", 1)])
    korean = report("ko.txt", "접견\n\n또 람 베트남 공산당 서기장은 28일 하노이에서 로런스 웡 "
                    "싱가포르 총리를 접견했다.", lang="ko", countries=("SG", "VN"),
                    clues=[DateClue(None, None, 28, "text", "28일", 1)])
    other_day = report("ko2.txt", "접견\n\n또 람 베트남 공산당 서기장은 27일 하노이에서 로런스 웡 "
                       "싱가포르 총리를 접견했다.", lang="ko", countries=("SG", "VN"),
                       clues=[DateClue(None, None, 27, "text", "27일", 1)])
    assert events_of([english, vietnamese, korean, other_day]) == [
        ["en.txt", "ko.txt", "vi.txt"], ["ko2.txt"]]


def test_a_day_alone_agrees_with_the_same_day_of_a_month():
    def clued(name: str, month: int | None, day: int):
        return features(report(name, "T\n\nText.", clues=[DateClue(None, month, day, "text",
                                                                   "", 1)]))

    alone, march, other = clued("a", None, 28), clued("b", 3, 28), clued("c", 3, 27)
    assert date_agreement(alone, march) == date_agreement(march, alone) == "same"
    assert date_agreement(alone, other) == "conflict"
    assert date_agreement(alone, clued("d", None, 28)) == "unknown"  # no month on either side
