"""Bad input: one clear line naming file, line and column, exit 2, no traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

import form4lark
from form4lark.cli import EXIT_FAILED, main
from support import FIXTURES


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("")
    code, out, err = run(capsys, str(path))
    assert (code, out) == (EXIT_FAILED, "")
    assert err == f"{path}: empty input: no text to read\n"


def test_binary_bytes(tmp_path, capsys):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF\x00\x01\x02\xff\xfe binary")
    code, out, err = run(capsys, str(path))
    assert code == EXIT_FAILED
    assert err == f"{path}:1:5: binary data (a NUL byte) where text was expected\n"


@pytest.mark.parametrize("text, reason", [
    ("Dear shareholder,\n\nOur annual meeting is on May 5.\n",
     ":1:1: not a Form 4: too few of the form's markers (found: none)"),
    ("FORM 3\nINITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES\n",
     ": this is a Form 3, not a Form 4"),
], ids=["a_letter", "a_form_3_is_named"])
def test_text_that_is_not_a_form_4(tmp_path, capsys, text, reason):
    path = tmp_path / "other.txt"
    path.write_text(text)
    code, _, err = run(capsys, str(path))
    assert code == EXIT_FAILED
    assert err == f"{path}{reason}\n"


def test_the_form_s_words_cut_across_cells_are_still_its_markers():
    # a converter that cut the page into strips cuts the labels' words ("P|erson",
    # "Non-Derivat|ive"): the markers are told from the letters alone
    from form4lark.detect import markers_seen
    cut = ("|1. Name and Address of Reporting P|erson<sup>*</sup><br>THIEL PETER|\n"
           "||**Table I -**|**Non-Derivat**<br>|**ive Securities**<br>|**Acquired,**<br>|\n")
    assert markers_seen("SEC Form 4\n" + cut) == ["box 1", "table i", "form 4"]
    assert markers_seen("Dear shareholder, the name and address of our office") == []


def test_missing_file(tmp_path, capsys):
    path = tmp_path / "nowhere.txt"
    code, _, err = run(capsys, str(path))
    assert code == EXIT_FAILED
    assert err == f"{path}: cannot read the file: No such file or directory\n"


def test_library_raises_one_exception_type():
    with pytest.raises(form4lark.Form4ParseError) as info:
        form4lark.parse("hello")
    assert info.value.line == 1 and info.value.column == 1
    assert str(info.value).startswith("<text>:1:1: not a Form 4")


def test_no_traceback_from_the_real_command(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x00\x00")
    proc = subprocess.run([sys.executable, "-m", "form4lark", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode == EXIT_FAILED
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1


SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_a_sample_cut_in_half_names_where_it_ends(seed, tmp_path, capsys):
    data = seed.read_bytes()
    half = data[: len(data) // 2].decode("utf-8", errors="ignore")
    path = tmp_path / "half.txt"
    path.write_text(half)
    lines = half.split("\n")
    code, out, err = run(capsys, str(path))
    assert (code, out) == (EXIT_FAILED, "")
    assert err.startswith(f"{path}:{len(lines)}:{len(lines[-1]) + 1}: the text ends before the "
                          "form does (no signature block or closing notes): was the file cut short?")
    assert err.count("\n") == 1
