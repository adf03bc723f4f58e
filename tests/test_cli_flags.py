"""Flags that keep their word: each does what README's option table says, or the
argument parser refuses it (exit 2, one usage error) before any file is read."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import form4lark
from form4lark.batch import expand
from form4lark.cli import EXIT_BROKEN_PIPE, EXIT_FAILED, EXIT_OK, _parser, main
from support import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
README = Path(__file__).resolve().parent.parent / "README.md"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys, *argv) -> str:
    """The one usage error the parser gives for ``argv`` (exit 2), as printed."""
    with pytest.raises(SystemExit) as stop:
        main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert stop.value.code == EXIT_FAILED and out == ""
    assert err.startswith("usage: form4lark") and err.count("form4lark: error:") == 1
    return err[err.index("form4lark: error:"):]


def period(xml_text: str) -> str:
    return ET.fromstring(xml_text).findtext("periodOfReport")


# -- -o is honoured by every output -------------------------------------------------------

def test_xml_of_one_file_is_written_to_the_file_named_by_o(tmp_path, capsys):
    code, expected, _ = run(capsys, "--format", "xml", SEEDS[0])
    assert code == EXIT_OK
    target = tmp_path / "one.xml"
    code, out, err = run(capsys, "--format", "xml", "-o", target, SEEDS[0])
    assert (code, out, err) == (EXIT_OK, "", "")
    assert target.read_text() == expected and period(expected) == "2013-11-14"


def test_xml_of_one_file_into_an_existing_folder_is_named_after_the_input(tmp_path, capsys):
    code, out, _ = run(capsys, "--format", "xml", "-o", tmp_path, SEEDS[1])
    assert (code, out) == (EXIT_OK, "")
    assert [p.name for p in tmp_path.iterdir()] == [f"{SEEDS[1].stem}.xml"]
    assert period((tmp_path / f"{SEEDS[1].stem}.xml").read_text()) == "2012-11-02"


def test_tree_is_written_to_the_file_named_by_o(tmp_path, capsys):
    target = tmp_path / "tree.txt"
    code, out, _ = run(capsys, "--tree", "-o", target, SEEDS[1])
    assert (code, out) == (EXIT_OK, "")
    tree = target.read_text()
    assert tree.splitlines()[0] == str(SEEDS[1]) and "11/02/2012" in tree


def test_tree_failures_go_to_the_errors_file_with_their_context(tmp_path, capsys):
    bad = tmp_path / "letter.txt"
    bad.write_text("Dear shareholder,\nnothing to see.\n")
    errors = tmp_path / "errors.jsonl"
    code, out, err = run(capsys, "--tree", "--errors", errors, SEEDS[0], bad)
    assert code == EXIT_FAILED and out.splitlines()[0] == str(SEEDS[0])
    assert err == f"{bad}:1:1: not a Form 4: too few of the form's markers (found: none)\n"
    (failure,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failure["file"] == str(bad) and failure["error"] == "NotAForm4Error"


@pytest.mark.parametrize("flags", [["--json"], ["--format", "csv"], ["-f", "xml"],
                                   ["--strict"], ["--summary"]], ids=" ".join)
def test_tree_with_a_flag_about_records_is_a_usage_error(flags, capsys):
    error = usage_error(capsys, "--tree", *flags, SEEDS[0])
    assert "--tree" in error


def test_same_file_for_output_and_errors_is_a_usage_error(tmp_path, capsys):
    assert "same file" in usage_error(capsys, "--json", "-o", tmp_path / "x",
                                      "--errors", tmp_path / "x", SEEDS[0])


# -- values the parser refuses ---------------------------------------------------------------

def test_an_unknown_layout_is_one_usage_error_listing_the_known_ones(capsys):
    error = usage_error(capsys, "--layout", "nope", *SEEDS)
    assert error.count("\n") == 1 and "no layout named 'nope'" in error
    assert all(name in error for name in ("ocr-text", "cells", "grid", "stream"))


def test_a_known_layout_is_used(capsys):
    code, out, _ = run(capsys, "--json", "--layout", "grid", SEEDS[0])
    assert code == EXIT_OK and json.loads(out)["layout"] == "grid"


@pytest.mark.parametrize("flags", [["-j", "0"], ["-j", "-3"], ["--jobs", "two"],
                                   ["--max-bytes", "-1"], ["--max-bytes", "0"],
                                   ["--max-pieces", "0"]], ids=" ".join)
def test_a_count_below_one_is_a_usage_error(flags, capsys):
    error = usage_error(capsys, *flags, SEEDS[0])
    assert flags[0] in error and repr(flags[1]) in error


# -- folders ------------------------------------------------------------------------------------

@pytest.fixture
def tree(tmp_path):
    """A project folder: filings beside what is plainly not a filing."""
    root = tmp_path / "project"
    for rel, seed in [("a.txt", 0), ("sub/b.md", 1), (".git/x.txt", 2), (".venv/lib/y.md", 2),
                      ("sub/.cache/z.txt", 2), (".hidden.txt", 2), ("sub/._b.md", 2),
                      ("venv/lib/LICENSE.txt", 2)]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEEDS[seed], root / rel)
    (root / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    return root


def test_a_folder_walk_skips_hidden_folders_files_and_environments(tree):
    assert expand([str(tree)]) == [str(tree / "a.txt"), str(tree / "sub" / "b.md")]


def test_a_hidden_folder_named_on_the_command_line_is_read(tree):
    assert expand([str(tree / ".git")]) == [str(tree / ".git" / "x.txt")]


def test_a_folder_run_reads_only_the_filings(tree, capsys):
    code, out, err = run(capsys, "--format", "jsonl", "--no-summary", tree)
    assert (code, err) == (EXIT_OK, "")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [
        str(tree / "a.txt"), str(tree / "sub" / "b.md")]


def test_the_output_inside_the_folder_read_is_not_read_again(tree, capsys):
    view = tree / "view.txt"
    view.write_text("the pretty view of an earlier run\n")
    code, out, err = run(capsys, "--no-summary", "-o", view, tree)
    assert (code, out, err) == (EXIT_OK, "", "")
    assert "Federico Richard D" in view.read_text()


def test_an_input_named_as_the_output_is_refused_not_overwritten(tmp_path, capsys):
    path = tmp_path / "a.txt"
    shutil.copy(SEEDS[0], path)
    assert "both an input and an output" in usage_error(capsys, "--json", "-o", path, path)
    assert path.read_text() == SEEDS[0].read_text()


def test_xml_of_a_folder_is_named_after_each_input_path(tmp_path, capsys):
    inputs = tmp_path / "in"
    layout = {"0001/sec/html2text.txt": 0, "0002/sec/html2text.txt": 1,
              "0002/plain/html2text.txt": 2, "0003/x.txt": 3, "0003/x.md": 0}
    for rel, seed in layout.items():
        (inputs / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEEDS[seed], inputs / rel)
    out_dir = tmp_path / "xml"
    code, _, _ = run(capsys, "--format", "xml", "--no-summary", "-o", out_dir, inputs)
    assert code == EXIT_OK
    written = sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*.xml"))
    # x.md comes first in the walk and takes x.xml; x.txt beside it keeps its ending
    assert written == ["0001/sec/html2text.xml", "0002/plain/html2text.xml",
                       "0002/sec/html2text.xml", "0003/x.txt.xml", "0003/x.xml"]
    expected = {seed: period(form4lark.parse_file(SEEDS[seed]).to_xml()) for seed in range(4)}
    for rel, seed in layout.items():
        name = "0003/x.txt.xml" if rel == "0003/x.txt" else rel.rsplit(".", 1)[0] + ".xml"
        assert period((out_dir / name).read_text()) == expected[seed], rel


def test_xml_of_several_inputs_to_a_file_is_refused_in_one_line(tmp_path, capsys):
    target = tmp_path / "one.xml"
    target.write_text("")
    code, out, err = run(capsys, "--format", "xml", "-o", target, SEEDS[0], SEEDS[1])
    assert (code, out) == (EXIT_FAILED, "")
    assert err == (f"form4lark: -o {target}: XML of several inputs goes to a folder, "
                   "and this is a file\n")


# -- a closed pipe ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def many_filings(tmp_path_factory):
    """More output than a pipe holds, so that the writer meets the closed end."""
    folder = tmp_path_factory.mktemp("many")
    for i in range(120):
        shutil.copy(SEEDS[i % len(SEEDS)], folder / f"{i:03d}.txt")
    return folder


@pytest.mark.skipif(not shutil.which("head"), reason="needs head")
@pytest.mark.parametrize("flags", [["--json"], ["--format", "jsonl", "-j", "1"], []],
                         ids=["json", "jsonl-one-worker", "rich"])
def test_a_closed_pipe_ends_quietly(flags, many_filings):
    env = {**os.environ, "COLUMNS": "100"}
    writer = subprocess.Popen([sys.executable, "-m", "form4lark", *flags, str(many_filings)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    head = subprocess.Popen(["head", "-1"], stdin=writer.stdout, stdout=subprocess.PIPE)
    writer.stdout.close()  # head alone holds the reading end, as in a shell pipeline
    first, _ = head.communicate(timeout=120)
    err = writer.stderr.read()
    writer.stderr.close()
    # no message, no traceback, no summary
    assert (writer.wait(timeout=120), err.decode()) == (EXIT_BROKEN_PIPE, "")
    assert first.strip() in (b"[", b"") or first.startswith((b"{", "╭".encode()))


# -- the pieces limit ----------------------------------------------------------------------------

def test_the_pieces_refusal_names_its_own_limit_and_flag(tmp_path, capsys):
    lines = SEEDS[0].read_text().split("\n")
    path = tmp_path / "flooded.txt"
    path.write_text("\n".join(lines[:20] + ["|" * 100] * 500 + lines[20:]))
    code, _, err = run(capsys, "--json", path)
    assert code == EXIT_FAILED
    assert err == (f"{path}: input holds over 40,960 pieces (words, marks and lines), more than "
                   "a Form 4 holds (raise the limit with --max-pieces)\n")
    code, _, err = run(capsys, "--json", "--max-pieces", "100000", path)
    assert "pieces" not in err


def test_max_pieces_lowers_the_limit_for_records_and_trees(capsys):
    for flags in (["--json"], ["--tree"]):
        code, out, err = run(capsys, *flags, "--max-pieces", "500", SEEDS[0])
        assert (code, out) == (EXIT_FAILED, "")
        assert "input holds over 500 pieces" in err and "--max-pieces" in err
        assert run(capsys, *flags, "--max-pieces", "5000", SEEDS[0])[0] == EXIT_OK


def test_max_pieces_holds_in_worker_processes(tmp_path, capsys):
    for i in range(4):
        shutil.copy(SEEDS[i], tmp_path / f"{i}.txt")
    code, out, err = run(capsys, "--format", "jsonl", "-j", "2", "--max-pieces", "1000", tmp_path)
    assert code == EXIT_FAILED and len(out.splitlines()) == 2  # the two seeds under 1,000
    assert err.count("input holds over 1,000 pieces") == 2


# -- README ---------------------------------------------------------------------------------------

def test_readme_option_table_names_every_flag_of_the_parser():
    section = README.read_text().split("## Command line", 1)[1].split("\n## ", 1)[0]
    table = " ".join(line for line in section.splitlines() if line.startswith("| `"))
    documented = set(re.findall(r"`(-[-\w]+)", table)) | set(re.findall(r"/ `(--[-\w]+)`", table))
    flags = {s for a in _parser()._actions for s in a.option_strings
             if s not in ("-h", "--help", "--version")}
    assert flags - documented == set()
