"""The command line on files that are not text: a folder's PDFs are read with its
texts, and ``--tree`` shows the labels of a PDF's page as it shows a text's."""

from __future__ import annotations

import json
import shutil

import pytest

from form4lark.cli import EXIT_OK, main
from support import FIXTURES

PDF = FIXTURES / "pdf" / "WDAY-20250305-1-plain" / "page.pdf"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_folder_walk_reads_its_pdfs(tmp_path, capsys):
    pytest.importorskip("pypdfium2")  # the [pdf] extra; the test extra installs it
    shutil.copy(PDF, tmp_path / "filing.pdf")
    shutil.copy(FIXTURES / "seeds" / "001_a6bd91c78a77169c.txt", tmp_path / "seed.txt")
    code, out, _ = run(capsys, "--json", tmp_path)
    assert code == EXIT_OK
    records = json.loads(out)
    assert sorted(r["layout"] for r in records) == sorted(["pdf", records[1]["layout"]])
    assert any(r["layout"] == "pdf" and r["issuer"]["trading_symbol"] == "WDAY" for r in records)


def test_the_tree_of_a_pdf_is_its_pages_labels(capsys):
    pytest.importorskip("pypdfium2")
    code, out, err = run(capsys, "--tree", PDF)
    assert (code, err) == (EXIT_OK, "")
    assert str(PDF) in out and "table" in out.lower()
