"""Partial records: a damaged Table II or signature still yields everything else.

A section the grammar cannot read is left out (None, not empty) with an error
diagnostic at its line; a line a tolerant layout passed over gets a warning;
``--json`` prints the diagnostics; ``--strict`` turns them into exit 2. Damage
to the header boxes, which the record cannot do without, fails the filing.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest

import form4lark
from form4lark.cli import EXIT_FAILED, EXIT_OK, main
from support import CORPUS, FIXTURES, fixture_text, off_fields, record, truth

GARBAGE = "~~ #@! Sxr1es ~~ %% ?? ~~"
TABLE_II = ("derivative_transactions", "derivative_holdings")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _damaged(path, marker: str, replacement: str = GARBAGE,
             every: bool = False) -> tuple[str, int]:
    """The text of ``path`` with the first line holding ``marker`` replaced (``every``:
    each such line), and the first's number."""
    lines = fixture_text(path).split("\n")
    numbers = [n for n, line in enumerate(lines) if marker in line][:None if every else 1]
    for number in numbers:
        lines[number] = replacement
    return "\n".join(lines), numbers[0] + 1


def _apart_from(fields: tuple[str, ...], truth: dict, form) -> list[str]:
    return [gap for gap in off_fields(truth, form) if not gap.startswith(fields)]


MARKDOWNIFY = CORPUS / "GUTS-20240206-1" / "text" / "markdownify.md"



def test_a_table_ii_row_turned_to_garbage_is_left_out_and_the_other_rows_read():
    text, line = _damaged(MARKDOWNIFY, "| Series D Preferred Stock |")
    form = form4lark.parse(text)
    clean = form4lark.parse(fixture_text(MARKDOWNIFY)).derivative_transactions
    # the rows above and below the garbage read with their words unknown (it may hold
    # their rest: "Sxr1es"), the others whole; no row read from the garbage
    unworded = {"security_title": None, "underlying_security_title": None,
                "nature_of_ownership": None}
    def without_words(row):  # a word's cell's marks unknown with it: "See footnote(3)"
        return dataclasses.replace(row, **unworded, footnotes={
            key: marks for key, marks in row.footnotes.items() if key not in unworded})
    assert form.derivative_transactions == (clean[0], without_words(clean[1]),
                                            without_words(clean[3]), clean[4])
    assert _apart_from(TABLE_II, truth("GUTS-20240206-1", "plain"), form) == []
    assert not [d for d in form.diagnostics if d.severity == "error"]
    left_out = [d for d in form.diagnostics if d.field == "derivative_transactions,derivative_holdings"]
    assert [(d.line, d.severity) for d in left_out] == [(line, "warning")]
    assert left_out[0].message.startswith(f"Table II's line {line} is not one of its rows and is "
                                          "left out (a row may be missing there)")


def test_json_prints_the_left_out_part_as_null_with_its_diagnostic(tmp_path, capsys):
    # every row of Table II turned to garbage: no row read, the table left out
    text, line = _damaged(MARKDOWNIFY, "Preferred Stock | (1) |", every=True)
    path = tmp_path / "damaged.md"
    path.write_text(text)
    code, out, err = run(capsys, "--json", path)
    assert (code, err) == (EXIT_OK, "")
    got = json.loads(out)
    assert got["derivative_transactions"] is None and got["derivative_holdings"] is None
    assert got["non_derivative_transactions"] == record(form4lark.parse(fixture_text(MARKDOWNIFY)))[
        "non_derivative_transactions"]
    errors = [d for d in got["diagnostics"] if d["severity"] == "error"]
    assert [(d["line"], d["column"]) for d in errors] == [(line, 1)]

    code, out, err = run(capsys, "--json", "--strict", path)
    assert (code, out) == (EXIT_FAILED, "")
    assert err.startswith(f"{path}:{line}:1: derivative_transactions,derivative_holdings: "
                          "Table II could not be read")
    assert err.count("\n") == 1


LAYOUT_TEXT = CORPUS / "XOOM-20130221-1" / "text" / "pdftotext-layout.txt"
SERIES_B = "Series B                     (1)   02/21/2013"


def test_a_row_a_tolerant_layout_passes_over_is_reported_not_silently_dropped():
    clean = form4lark.parse(fixture_text(LAYOUT_TEXT))
    assert not [d for d in clean.diagnostics if "was not read" in d.message]
    text, line = _damaged(LAYOUT_TEXT, SERIES_B)
    form = form4lark.parse(text)
    assert len(form.derivative_transactions) == len(clean.derivative_transactions) - 1
    # the first warning is the damaged line's (the rows' titles below it, left unsure
    # once the row is lost, are lines not read too: they are reported after it)
    warning = next(d for d in form.diagnostics if "was not read" in d.message)
    assert (warning.line, warning.field, warning.severity) == (
        line, "derivative_transactions", "warning")
    assert "a line of Table II was not read (a row may be missing)" in warning.message
    with pytest.raises(form4lark.Form4ParseError) as caught:
        form4lark.parse(text, strict=True)
    assert caught.value.line == line


def test_misread_values_in_place_are_never_read_as_values_and_are_flagged_at_their_line():
    clean = form4lark.parse(fixture_text(LAYOUT_TEXT))
    lines = fixture_text(LAYOUT_TEXT).split("\n")
    number = next(n for n, line in enumerate(lines) if SERIES_B in line)
    lines[number] = (lines[number].replace("02/21/2013", "O2/2l/2Ol3")
                     .replace("2,246,338", "2,2A6,3#8"))
    text = "\n".join(lines)
    form = form4lark.parse(text)
    # the row keeps its place and what it still shows; the misread values are unknown
    assert len(form.derivative_transactions) == len(clean.derivative_transactions)
    row = form.derivative_transactions[0]
    assert (row.security_title, row.transaction_date, row.shares) == (
        clean.derivative_transactions[0].security_title, None, None)
    shares = {row.shares for row in form.derivative_transactions}
    assert Decimal("2246338") not in shares  # what the line held is not guessed back
    assert any(d.line == number + 1 for d in form.diagnostics)
    with pytest.raises(form4lark.Form4ParseError) as caught:
        form4lark.parse(text, strict=True)
    assert caught.value.line == number + 1


def test_a_signature_whose_date_is_lost_is_not_passed_off_as_remarks():
    path = FIXTURES / "seeds" / "001_a6bd91c78a77169c.txt"
    text = fixture_text(path).replace("11/05/2012", "ll/O5/2Ol2")
    form = form4lark.parse(text)
    assert form.signatures == ()
    fields = {d.field for d in form.diagnostics}
    assert {"signatures"} <= fields
    assert record(form)["issuer"] == record(form4lark.parse(fixture_text(path)))["issuer"]


def test_a_damaged_header_box_is_an_error_at_its_line_and_fails_a_strict_run(tmp_path, capsys):
    """Box 2 turned to garbage: the issuer is unknown (null) with an error where the box
    stands; --strict makes that a failure at that line, with the line shown."""
    path = CORPUS / "GUTS-20240206-1" / "text" / "markdownify.md"
    lines = fixture_text(path).split("\n")
    number = next(n for n, line in enumerate(lines) if "2. Issuer Name" in line)
    lines[number] = "| 2. Issuer Name and Ticker or Trading Symbol " + GARBAGE
    damaged = tmp_path / "header.md"
    damaged.write_text("\n".join(lines))
    form = form4lark.parse_file(damaged)
    assert (form.issuer.name, form.issuer.trading_symbol) == (None, None)
    [error] = [d for d in form.diagnostics if d.severity == "error"]
    assert (error.line, error.field) == (number + 1, "issuer")
    code, out, err = run(capsys, "--json", "--strict", "--context", damaged)
    assert (code, out) == (EXIT_FAILED, "")
    first, source, caret = err.rstrip("\n").split("\n")
    assert first.startswith(f"{damaged}:{number + 1}:")
    assert "[cells]" in first and "Traceback" not in err
    assert source.strip() == lines[number].strip() and caret.strip() == "^"
