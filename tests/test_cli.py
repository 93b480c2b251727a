import json
from pathlib import Path

from event_archive.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KEYS = {"source", "lang", "date", "date_source", "published", "countries", "event", "title", "body"}


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_extract_json_has_one_object_per_seed(capsys):
    code, out, _ = run(capsys, "extract", "--json", str(SEEDS))
    assert code == 0
    reports = json.loads(out)
    assert len(reports) == len(list(SEEDS.glob("*.txt")))
    for report in reports:
        assert report.keys() >= KEYS
        assert report["countries"] == sorted(report["countries"])
        assert report["body"] and "\n\n" not in report["title"]


def test_extract_is_the_same_from_run_to_run(capsys):
    _, first, _ = run(capsys, "extract", "--json", str(SEEDS))
    _, second, _ = run(capsys, "extract", "--json", str(SEEDS))
    assert first == second


def test_corrections_apply_only_when_given(capsys):
    seed = SEEDS / "004_e670794a62bec8e5.txt"
    _, plain, _ = run(capsys, "extract", "--json", str(seed))
    _, fixed, _ = run(capsys, "extract", "--json", str(seed),
                      "--corrections", str(ROOT / "content" / "corrections.toml"))
    assert json.loads(plain)[0]["date"] is None
    assert json.loads(fixed)[0]["date"] == "2025-12-09"
    assert json.loads(fixed)[0]["date_source"] == "correction"


def test_explain_shows_evidence_per_field(capsys):
    code, out, _ = run(capsys, "extract", "--explain", "000_bca2c443cf52253f.txt", str(SEEDS))
    assert code == 0
    for field in ("lang", "title", "date", "event"):
        assert f"  {field}" in out


def test_bad_corrections_file_stops_with_its_name(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[seeds."x.txt"]\ndate = "31/02"\n')
    code, _, err = run(capsys, "extract", "--json", str(SEEDS), "--corrections", str(bad))
    assert code == 2 and "bad.toml" in err and "bad date" in err


def test_explain_pair(capsys):
    a, b = SEEDS / "000_bca2c443cf52253f.txt", SEEDS / "002_5b74766545696950.txt"
    code, out, _ = run(capsys, "explain", str(a), str(b), "--with", str(SEEDS))
    assert code == 0 and "linked" in out


def test_correction_of_an_unknown_seed_stops_the_command(capsys, tmp_path):
    bad = tmp_path / "typo.toml"
    bad.write_text('[seeds."000_typo.txt"]\ndate = 2025-01-01\n')
    code, _, err = run(capsys, "extract", "--json", str(SEEDS), "--corrections", str(bad))
    assert code == 2 and "000_typo.txt" in err
