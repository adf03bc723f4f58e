"""The command line as a user runs it: formats, folders, batches with bad files, exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

import form4lark
from form4lark.cli import EXIT_FAILED, EXIT_OK, main
from form4lark.edgar_xml import from_xml
from form4lark.rows import COLUMNS
from support import FIXTURES, record

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def batch(tmp_path):
    """Two good seeds with a broken file between them."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS[0], folder / "a.txt")
    (folder / "b.txt").write_text("Dear shareholder,\nnothing to see.\n")
    shutil.copy(SEEDS[3], folder / "c.md")
    (folder / "notes.docx").write_bytes(b"PK not read: a file of another ending")
    return folder


def test_one_file_pretty_view(capsys):
    code, out, err = run(capsys, SEEDS[1])
    assert (code, err) == (EXIT_OK, "")
    assert "ALLIED MOTION TECHNOLOGIES INC [AMOT]" in out and "Federico Richard D" in out


def test_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEEDS[2].read_bytes())))
    code, out, _ = run(capsys, "--json", "-")
    assert code == EXIT_OK
    assert json.loads(out)["issuer"]["trading_symbol"] == "AMOT"


def test_batch_with_a_bad_file_in_the_middle_keeps_going(batch, capsys):
    code, out, err = run(capsys, "--format", "jsonl", batch / "a.txt", batch / "b.txt", batch / "c.md")
    assert code == EXIT_FAILED
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in lines] == [str(batch / "a.txt"), str(batch / "c.md")]
    assert err == f"{batch / 'b.txt'}:1:1: not a Form 4: too few of the form's markers (found: none)\n"


def test_json_of_several_files_is_an_array(capsys):
    code, out, _ = run(capsys, "--json", SEEDS[0], SEEDS[1])
    records = json.loads(out)
    assert code == EXIT_OK and [r["period_of_report"] for r in records] == ["2013-11-14", "2012-11-02"]


def test_folder_to_jsonl_file_with_errors_file_and_summary(batch, tmp_path, capsys):
    out_file, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, out, err = run(capsys, batch, "--format", "jsonl", "-o", out_file, "--errors", errors,
                         "-j", "2")
    assert code == EXIT_FAILED and out == ""
    records = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert [r["source"].rsplit("/", 1)[1] for r in records] == ["a.txt", "c.md"]
    (failure,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failure["file"].endswith("b.txt") and failure["error"] == "NotAForm4Error"
    assert failure["line"] == 1 and failure["column"] == 1
    assert "Summary" in err and "Per layout" in err and "Slowest files" in err
    summary = err[err.index("Summary"):]
    assert "│     3 │      2 │" in summary  # files, parsed


def test_csv_has_one_row_per_transaction_and_holding(capsys):
    code, out, _ = run(capsys, "--format", "csv", SEEDS[3])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == EXIT_OK
    assert list(rows[0]) == ["source", *COLUMNS]
    assert [(r["row_kind"], r["shares"], r["shares_owned_following"]) for r in rows] == [
        ("transaction", "19", "7321"), ("transaction", "100", "7221"),
        ("transaction", "2000", "33925"), ("holding", "", "6000"), ("holding", "", "145770")]
    assert {r["owner_name"] for r in rows} == {"Robert Michel M"}
    assert rows[2]["footnotes"] == "price_per_share:1" and rows[2]["price_per_share"] == "10.01"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_xml_reads_back_to_the_same_record(path, capsys):
    code, out, _ = run(capsys, "--format", "xml", path)
    assert code == EXIT_OK
    root = ET.fromstring(out)
    assert root.tag == "ownershipDocument"
    parsed = record(form4lark.parse_file(path))
    back = record(from_xml(out))
    # form4lark's XML carries the layout and every unknown box; not the diagnostics
    parsed.pop("diagnostics"), back.pop("diagnostics")
    assert back == parsed


def test_xml_of_several_files_goes_to_a_folder(tmp_path, capsys):
    code, _, err = run(capsys, "--format", "xml", SEEDS[0], SEEDS[1])
    assert code == EXIT_FAILED and err == "form4lark: --format xml with several inputs needs -o FOLDER\n"
    code, _, _ = run(capsys, "--format", "xml", SEEDS[0], SEEDS[1], "-o", tmp_path / "xml")
    assert code == EXIT_OK
    assert sorted(p.name for p in (tmp_path / "xml").iterdir()) == [f"{SEEDS[0].stem}.xml",
                                                                   f"{SEEDS[1].stem}.xml"]


def test_tree_shows_the_parse_tree_with_brackets_intact(capsys):
    code, out, _ = run(capsys, "--tree", SEEDS[1])
    assert code == EXIT_OK
    assert out.splitlines()[0] == str(SEEDS[1])
    assert "AMOT" in out and "11/02/2012" in out


def test_strict_turns_diagnostics_into_failures(tmp_path, capsys):
    text = SEEDS[3].read_text().replace("11/22/2013", "11/31/2013")
    path = tmp_path / "bad-date.txt"
    path.write_text(text)
    assert run(capsys, "--json", path)[0] == EXIT_OK
    code, out, err = run(capsys, "--json", "--strict", path)
    assert (code, out) == (EXIT_FAILED, "")
    assert "non_derivative.transaction_date: '11/31/2013' is" in err or "not a date" in err


def test_real_command_exit_codes_and_no_traceback(batch):
    proc = subprocess.run([sys.executable, "-m", "form4lark", "--format", "jsonl", str(batch)],
                          capture_output=True, text=True)
    assert proc.returncode == EXIT_FAILED
    assert "Traceback" not in proc.stderr
    assert len(proc.stdout.splitlines()) == 2


def test_a_folder_of_a_thousand_files_with_two_workers_runs_to_the_end(tmp_path, capsys):
    folder = tmp_path / "filings"
    folder.mkdir()
    texts = [p.read_text() for p in SEEDS]
    for i in range(996):
        (folder / f"{i:04d}.txt").write_text(texts[i % 4])
    broken = {"0100b.txt": b"", "0500b.txt": b"%PDF\x00\x01", "0700b.md": b"Dear shareholder,\n",
              "0900b.txt": texts[1][: len(texts[1]) // 2].encode()}
    for name, data in broken.items():
        (folder / name).write_bytes(data)
    out_file, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, out, err = run(capsys, folder, "--format", "jsonl", "-o", out_file, "--errors", errors,
                         "-j", "2")
    assert code == EXIT_FAILED and out == ""
    records = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert [r["source"].rsplit("/", 1)[1] for r in records] == [f"{i:04d}.txt" for i in range(996)]
    assert [r["issuer"]["trading_symbol"] for r in records[:4]] == [
        record(form4lark.parse(t))["issuer"]["trading_symbol"] for t in texts]
    failures = [json.loads(line) for line in errors.read_text().splitlines()]
    assert sorted(f["file"].rsplit("/", 1)[1] for f in failures) == sorted(broken)
    assert {f["error"] for f in failures} == {"InputError", "NotAForm4Error", "SectionError"}
    assert err.count(": ") >= 4  # one line per failure on standard error
    summary = err[err.index("Summary"):]
    assert "│  1000 │    996 │" in summary and "Per layout" in summary and "Slowest files" in summary
