"""EDGAR's ownership XML as an input: the file, or an EDGAR submission wrapping it,
read by parse_file and the command line into the record of its truth."""

from __future__ import annotations


import pytest

import form4lark
from form4lark.cli import EXIT_FAILED, main
from form4lark.errors import NotAForm4Error
from form4lark.scoring import score
from support import (FIXTURES, fixture_file, fixture_paths, fixture_text, parse_fixture, record,
                     truth_of)

XML = fixture_paths(FIXTURES / "xml", "*/filing.xml")


def _submission(document: str, kind: str = "4") -> str:
    """An EDGAR full submission (.txt) holding ``document`` among other documents."""
    return ("<SEC-DOCUMENT>0000950103-22-000001.txt : 20220101\n<SEC-HEADER>\n"
            f"CONFORMED SUBMISSION TYPE:\t{kind}\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>{kind}\n"
            f"<TEXT>\n<XML>\n{document}\n</XML>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-24\n"
            "<TEXT>\nPOWER OF ATTORNEY ...\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")


@pytest.mark.parametrize("path", XML, ids=lambda p: p.parent.name)
def test_an_ownership_xml_file_reads_to_its_truth(path, tmp_path):
    form = form4lark.parse_file(fixture_file(path, tmp_path))
    assert form.layout == "edgar-xml"
    truth = truth_of(path)
    assert [p for p, v in score(truth, record(form)) if v != "right"] == []


@pytest.mark.parametrize("path", XML[:2], ids=lambda p: p.parent.name)
def test_a_submission_file_is_read_by_the_ownership_document_it_holds(path, tmp_path):
    wrapped = tmp_path / "submission.txt"
    wrapped.write_text(_submission(fixture_text(path)))
    assert record(form4lark.parse_file(wrapped)) == record(parse_fixture(path))


def test_a_form_5_in_edgar_xml_is_refused():
    document = fixture_text(XML[0])
    form5 = document.replace("<documentType>4</documentType>", "<documentType>5</documentType>")
    assert form5 != document
    with pytest.raises(NotAForm4Error, match="this is a Form 5, not a Form 4"):
        form4lark.parse(_submission(form5, "5"))


def test_broken_xml_is_one_located_line_and_exit_2(tmp_path, capsys):
    broken = tmp_path / "broken.xml"
    text = fixture_text(XML[0])
    broken.write_text(text[: len(text) // 2])
    assert main([str(broken)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith(f"{broken}:") and "not well-formed XML" in err and err.count("\n") == 1
