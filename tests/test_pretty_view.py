"""The pretty view at 60, 80 and 120 columns: every number and date of the record whole.

A value counts as shown only when it stands whole on one line of the rendered
text (box-drawing stripped): cut by a border, ellipsised or wrapped across two
lines, it is not there. ``cut_values`` is also what ``benchmarks/pretty_widths.py``
measures on the whole corpus.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
from collections import Counter
from dataclasses import fields, is_dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

import pytest
from rich.console import Console

from form4lark.model import Diagnostic
from form4lark.render import render
from form4lark.render_cells import (ALWAYS_FILLED, DOUBT_STYLE, LOST, TABLES, VALUE_OR_MARK, cell,
                                    is_lost, named_fields)
from support import (FIXTURES, fixture_exists, fixture_file, fixture_filing, fixture_paths,
                     parse_fixture, truth_of, truth_path)

WIDTHS = (60, 80, 120)
_BOX = re.compile(r"[\u2500-\u257f]")


def _values(value: Any) -> Iterator[str]:
    """Every number and date of a record, written independently of the view: amounts
    with thousands separators and all their digits, dates ISO, a word date as it is."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, Decimal):
        yield f"{value:,f}"
    elif isinstance(value, dt.date):
        yield value.isoformat()
    elif is_dataclass(value):
        for f in fields(value):
            if f.name not in ("span", "footnotes", "diagnostics"):
                yield from _values(getattr(value, f.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _values(item)


def _free_texts(form: Any) -> Iterator[str]:
    """The texts the view prints as they are, in which a value may also stand."""
    yield from (form.footnotes or {}).values()
    yield form.remarks or ""
    yield from (d.message for d in form.diagnostics)
    for part in (form.issuer, *(form.reporting_owners or ()), *(form.signatures or ())):
        yield from (v for v in (getattr(part, f.name) for f in fields(part)) if isinstance(v, str))
    for table in ("non_derivative_transactions", "non_derivative_holdings",
                  "derivative_transactions", "derivative_holdings"):
        for row in getattr(form, table) or ():
            yield from (row.security_title or "", row.nature_of_ownership or "",
                        getattr(row, "underlying_security_title", None) or "")


def _whole(value: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.,])" + re.escape(value) + r"(?![\w]|[.,]\d)")


def cut_values(form: Any, text: str) -> list[str]:
    """The record's numbers and dates that do not stand whole, as often as the
    record holds them, on the lines of ``text`` (occurrences inside free text do not count)."""
    lines = [_BOX.sub(" ", line) for line in text.splitlines()]
    free = list(_free_texts(form))
    cut = []
    for value, wanted in Counter(_values(form)).items():
        pattern = _whole(value)
        seen = sum(len(pattern.findall(line)) for line in lines)
        in_free = sum(len(pattern.findall(t)) for t in free)
        if seen - in_free < wanted:
            cut.append(value)
    return cut


def rendered(form: Any, width: int, source: str = "filing") -> str:
    console = Console(record=True, width=width, color_system=None, file=io.StringIO())
    console.print(render(form, source))
    return console.export_text()


def _texts(pattern: str) -> list[Path]:
    """The fixtures of the paper form's designs (``web/``: a site's own page, test_web_design.py)."""
    return sorted(p for p in fixture_paths(FIXTURES, pattern)
                  if "seeds" not in p.parts and p.relative_to(FIXTURES).parts[0] != "web")


#: html2text texts of both page designs (``pretty/`` adds long tables and Table II holdings;
#: the corpus's BETR-20241209-1 has eight owners) and the OCR texts, whose records have lost values.
HTML2TEXT = _texts("**/html2text.md")
OCR = _texts("corpus/*/text/tesseract.txt")


def _id(path: Path) -> str:
    return "/".join(path.relative_to(FIXTURES).parts[1:])


@pytest.fixture(scope="module")
def forms() -> dict[Path, Any]:
    return {path: parse_fixture(path) for path in HTML2TEXT + OCR}


def test_the_fixtures_cover_both_designs_and_table_ii(forms):
    designs = {p.parent.name for p in HTML2TEXT}
    assert {"sec", "plain"} <= designs
    assert sum(bool(forms[p].derivative_transactions) for p in HTML2TEXT) >= 5
    assert any(forms[p].derivative_holdings for p in HTML2TEXT)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", HTML2TEXT + OCR, ids=_id)
def test_every_number_and_date_stands_whole(forms, path, width):
    form = forms[path]
    text = rendered(form, width, str(path))
    assert cut_values(form, text) == []
    assert max(len(line) for line in text.splitlines()) <= width
    if form.derivative_transactions or form.derivative_holdings:
        assert "Table II" in text


def test_the_check_sees_a_number_cut_ellipsised_or_wrapped(forms):
    form = forms[FIXTURES / "forms/AAPL-20190812-1/sec/html2text.md"]
    text = rendered(form, 120)
    assert "1,150,783" in text and cut_values(form, text) == []
    assert cut_values(form, text.replace("1,150,783", "1,150,78│", 1)) == ["1,150,783"]
    assert cut_values(form, text.replace("1,150,783", "1,150,7…", 1)) == ["1,150,783"]
    assert cut_values(form, text.replace("1,150,783", "1,150,\n783", 1)) == ["1,150,783"]
    assert cut_values(form, text.replace("2009-08-14", "2009-08-1", 1)) == ["2009-08-14"]


def test_redirected_output_fits_80_columns(forms, monkeypatch, capsys, tmp_path):
    from form4lark.cli import main

    monkeypatch.delenv("COLUMNS", raising=False)
    path = FIXTURES / "pretty/NTRA-20201120-1/sec/html2text.md"
    copy = fixture_file(path, tmp_path)  # the command line reads a file
    assert main([str(copy)]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) == 80
    assert cut_values(forms[path], out) == []


# ---------------------------------------------------------------- lost apart from empty
def _aapl(forms) -> Any:
    return forms[FIXTURES / "forms/AAPL-20190812-1/sec/html2text.md"]


def test_a_lost_value_is_a_question_mark_an_empty_cell_is_blank(forms):
    row = _aapl(forms).non_derivative_transactions[0]
    assert cell(row, "shares").plain == "17,500"
    assert cell(replace(row, shares=None), "shares").plain == LOST  # every row has shares
    assert cell(row, "deemed_execution_date").plain == ""  # mostly blank on the form
    named = frozenset({"deemed_execution_date"})
    assert cell(row, "deemed_execution_date", named).plain == LOST  # a diagnostic says lost
    gift = replace(row, price_per_share=None, footnotes={"price_per_share": ("2",)})
    assert cell(gift, "price_per_share").plain == "(2)"  # the form printed a mark only
    assert cell(replace(row, price_per_share=None), "price_per_share").plain == LOST
    assert cell(replace(row, direct_or_indirect="I"), "nature_of_ownership").plain == LOST
    assert cell(replace(row, direct_or_indirect="D"), "nature_of_ownership").plain == ""
    doubted = cell(row, "price_per_share", frozenset({"price_per_share"}))
    assert doubted.plain == "23.8257" and doubted.style == DOUBT_STYLE


def test_a_note_whose_text_was_lost_shows_a_question_mark(forms):
    # a footnote's number read and its text lost (None in the record, as tesseract's text
    # of GUTS-20240206-1 gives note 3) is shown as lost, not a TypeError of rich's
    form = _aapl(forms)
    first = next(iter(form.footnotes))
    notes = {first: form.footnotes[first], "9": None}
    text = rendered(replace(form, footnotes=notes), 120)
    assert f"({first}) {form.footnotes[first][:20]}" in text
    assert re.search(r"\(9\) \?\s", text)


def test_a_diagnostic_marks_its_own_row_lost(forms):
    form = _aapl(forms)
    first, second = form.non_derivative_transactions
    lost = Diagnostic(second.span.line, 40, "non_derivative.deemed_execution_date", "garbled")
    form = replace(form, diagnostics=(lost,))
    named = named_fields(form)
    assert named.get(id(first)) is None
    assert named[id(second)] == {"deemed_execution_date"}
    text = rendered(form, 60)
    assert "Deemed" in text  # the column is shown for the lost value alone
    assert f"{LOST} is a value the text lost (1 in the tables)" in text


def _table_i(text: str) -> str:
    text = _BOX.sub(" ", text)
    return text[text.index("Table I: transactions"):text.index("Table I: holdings")]


def test_a_lost_value_shows_in_every_layout(forms):
    form = _aapl(forms)
    rows = form.non_derivative_transactions
    lost = replace(form, non_derivative_transactions=(replace(rows[0], shares=None), rows[1]))
    for width in WIDTHS:
        assert re.findall(r"(?<=\s)\?(?=\s)", _table_i(rendered(form, width))) == []
        assert len(re.findall(r"(?<=\s)\?(?=\s)", _table_i(rendered(lost, width)))) == 1


def _truths() -> list[tuple[Path, dict]]:
    """The texts whose filing's truth the fixtures hold, with that truth."""
    return [(path, truth_of(path)) for path in HTML2TEXT + OCR
            if fixture_exists(truth_path(*fixture_filing(path)))]


def test_question_marks_agree_with_the_truth(forms):
    """Against EDGAR's record: no ``?`` on a cell the form leaves blank, and every
    value the text lost from a cell the form always fills is a ``?``."""
    flagged = 0
    for path, truth in _truths():
        form = forms[path]
        named = named_fields(form)
        for table in TABLES:
            rows, truths = getattr(form, table) or (), truth[table] or []
            if len(rows) != len(truths):
                continue
            for row, true in zip(rows, truths):
                for name, value in true.items():
                    if name == "footnotes" or getattr(row, name) is not None:
                        continue
                    lost = is_lost(row, name, named.get(id(row), frozenset()))
                    blank = value is None and not true["footnotes"].get(name)
                    assert not (lost and blank), (path, table, name)
                    if value is not None and name in ALWAYS_FILLED | VALUE_OR_MARK:
                        assert lost, (path, table, name)
                    flagged += lost
    assert flagged >= 10  # the OCR texts lose values: the checks above were exercised


# ---------------------------------------------------------------- diagnostics
def test_diagnostics_come_in_line_order_with_a_count_per_severity(forms):
    said = (Diagnostic(30, 1, "remarks", "thirty"), Diagnostic(None, None, "signatures", "none"),
            Diagnostic(5, 2, "header", "five two"),
            Diagnostic(5, 1, "header", "five one", "error"),
            Diagnostic(12, 4, "footnotes", "twelve"))
    text = rendered(replace(_aapl(forms), diagnostics=said), 80)
    assert "Diagnostics: 1 error, 4 warnings" in text
    order = [text.index(f": {m}") for m in ("five one", "five two", "twelve", "thirty", "none")]
    assert order == sorted(order)
    few = rendered(replace(_aapl(forms), diagnostics=said[:2]), 80)
    assert "Diagnostics ─" in few and "warnings" not in few


# ---------------------------------------------------------------- print(form), notebooks
def test_print_rich_and_notebooks_show_the_pretty_view(forms, monkeypatch):
    form = _aapl(forms)
    monkeypatch.setenv("COLUMNS", "60")
    shown = str(form)
    assert "Apple Inc. [AAPL]" in shown and "Table II" in shown
    assert max(len(line) for line in shown.splitlines()) == 60
    assert cut_values(form, shown) == []
    console = Console(record=True, width=90, color_system=None, file=io.StringIO())
    console.print(form)
    assert console.export_text() == rendered(form, 90, "")
    html = form._repr_html_()
    assert html.startswith("<pre") and "1,150,783" in html and "Apple Inc." in html
    assert repr(form).startswith("Form4(document_type='4'") and "╭" not in repr(form)


def test_the_model_loads_the_view_only_when_shown():
    code = ("import sys, form4lark.model\n"
            "print(sorted(m for m in sys.modules if m.startswith(('rich', 'form4lark.render'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
