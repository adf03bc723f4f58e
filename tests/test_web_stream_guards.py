"""Shapes a web stream's reading must leave unknown, never read wrong (review r23g of the
web streams, ``row_sequence``/``row_marks``): each fixture's rows rewritten into the
shape, the values asserted missed (or read where the shape tells them)."""

from __future__ import annotations

from form4lark import parse
from form4lark.form.row_marks import _spaced_mark_of

from support import FIXTURES, fixture_text

WEB = FIXTURES / "web"

#: EB-20210112-1 through pypdf: each title's first line above its values line
_EB_ROWS = """Class A Common
Stock 01/12/2021 A 772 [1] A $0.0 27542 D
Class A Common
Stock 48382 I Estate Planning
Class A Common
Stock 42102 I US Venture 2010 Seed [2]
"""
_EB_FIRST = "Class A Common\nStock 01/12/2021 A 772 [1] A $0.0 27542 D\n"

#: AAPL-20190812-1 through lynx: Table II's row on one line, its direction after the amount
_AAPL_ROW = "$23.8257 08/12/2019 M 17500 D 08/14/2009"


def _eb_holdings(rows: str) -> list[tuple[str, str | None, str | None]]:
    text = fixture_text(WEB / "EB-20210112-1" / "web" / "pypdf.txt")
    assert _EB_ROWS in text
    form = parse(text.replace(_EB_ROWS, _EB_FIRST + rows).encode())
    return [(str(row.shares_owned_following), row.security_title, row.nature_of_ownership)
            for row in form.non_derivative_holdings]


def test_a_title_on_its_values_line_under_a_line_not_stopping_open_is_not_told() -> None:
    """Titles wrap above their values lines in the first row, but a later row's title
    stands whole on its values line ("Common Stock 48382 I By Employee") and the line
    after it, "Stock Purchase Plan", does not stop open the way a wrapped title's first
    line does: the nature's wrapped line or the next title's is not told (before: nature
    "By Employee", title "Stock Purchase Plan Common Stock")."""
    rows = _eb_holdings("Common Stock 48382 I By Employee\nStock Purchase Plan\n"
                        "Common Stock 42102 I US Venture 2010 Seed [2]\n")
    assert rows == [("48382", "Common Stock", None), ("42102", None, "US Venture 2010 Seed")]


def test_a_nature_s_marked_line_then_a_line_not_opening_a_title_stays_the_nature_s() -> None:
    """"By GRAT [1]" then "and Family Trust [2]": the marks end the first line, but the
    next line does not open the way titles do, so it is the nature's wrapped line, not the
    next title's (before: title "and Family Trust Class A Common Stock")."""
    rows = _eb_holdings("Class A Common\nStock 48382 I By GRAT [1]\nand Family Trust [2]\n"
                        "Class A Common\nStock 42102 I US Venture 2010 Seed [2]\n")
    assert rows == [("48382", "Class A Common Stock", "By GRAT and Family Trust"),
                    ("42102", "Class A Common Stock", "US Venture 2010 Seed")]


def _aapl_derivatives(row: str):
    text = fixture_text(WEB / "AAPL-20190812-1" / "web" / "lynx.txt")
    assert _AAPL_ROW in text
    return parse(text.replace(_AAPL_ROW, row, 1).encode())


def test_table_ii_direction_after_the_amount_only_a_bare_letter() -> None:
    """Column 5's direction after the amount: "A" and "D(1)" read; "(D)" (a stray
    sub-header "(A) or (D)" may print so) refuses the table: missed, not read."""
    acquired = _aapl_derivatives("$23.8257 08/12/2019 M 17500 A 08/14/2009")
    assert acquired.derivative_transactions[0].acquired_disposed == "A"
    marked = _aapl_derivatives("$23.8257 08/12/2019 M 17500 D(1) 08/14/2009")
    row = marked.derivative_transactions[0]
    assert (row.acquired_disposed, row.footnotes.get("acquired_disposed")) == ("D", ("1",))
    enclosed = _aapl_derivatives("$23.8257 08/12/2019 M 17500 (D) 08/14/2009")
    assert not enclosed.derivative_transactions
    assert any("'(D)'" in d.message for d in enclosed.diagnostics)


def test_a_title_opening_with_a_date_refuses_the_table() -> None:
    """"M 17500 (1) 08/14/2009 08/14/2019 Common Stock": the mark read as a date column's
    leaves a date opening the underlying title, so Table II is left out."""
    form = _aapl_derivatives("$23.8257 08/12/2019 M 17500 (1) 08/14/2009")
    assert not form.derivative_transactions
    assert any("a title opens with a date" in d.message for d in form.diagnostics)


def test_a_spaced_mark_is_the_value_s_before_it_only_on_its_line() -> None:
    """A converter moving marks may end a line with the value and open the next with the
    mark ("05/02/2019 C" / "(1) 6944440"): the code, amount and "$" price rules ask the
    value on the mark's line."""
    cases = [(["05/02/2019", "C"], "6944440", "table_i"),  # Table I's code rule
             (["M", "17500"], "D", "table_ii"),  # Table II's amount rule
             (["D", "$208.99"], "151187", "table_i")]  # the "$" price rule
    for before, after, table in cases:
        assert _spaced_mark_of(before, after, table, False, True)
        assert not _spaced_mark_of(before, after, table, False, False)


def test_a_title_wrapped_onto_a_line_of_its_own_refuses_the_rows_a_line() -> None:
    """MSFT-20180829-1 through w3m, its Table II's "Price" title renamed "Value" (no short
    title of the form: the short titles' grid reader leaves the table to the others): the
    row "Restricted Stock [1] ... 5283 D" with its title's "Units" on a line of its own
    under it, read in order, may own that line or leave it to the next row, which the
    order does not tell, so Table II is left out (SectionError), Table I's holding read
    as its truth."""
    path = WEB / "MSFT-20180829-1" / "web" / "w3m.txt"
    lines = fixture_text(path).split("\n")
    header = lines.index("Derivative Securities (Table II)") + 2
    assert "Underlying  Price" in lines[header]
    lines[header] = lines[header].replace("Underlying  Price", "Underlying  Value")
    form = parse("\n".join(lines).encode())
    assert form.derivative_transactions is None and form.derivative_holdings is None
    assert any("wrap onto lines of their own" in d.message for d in form.diagnostics)
    held = form.non_derivative_holdings[0]
    assert (held.security_title, str(held.shares_owned_following), held.nature_of_ownership) \
        == ("Common Stock", "15805", "By Living Trust")


def test_a_standard_form_s_header_with_its_number_apart_is_not_short_titled() -> None:
    """A standard form's grid whose "1." a converter printed apart opens a line "Title of
    Security (Instr. 3)": its numbered titles and instructions tell it from a site's short
    titles ("Title of Security Transaction Date ...")."""
    from types import SimpleNamespace

    from form4lark.form.short_grid import short_titled

    def titled(*texts: str) -> bool:
        page = SimpleNamespace(lines=[SimpleNamespace(text=t) for t in texts])
        atoms = [SimpleNamespace(row=n, kind="TEXT") for n in range(len(texts))]
        return short_titled(page, atoms)  # type: ignore[arg-type]

    assert titled("Title of Security Transaction Date Deemed Execution Date Code V Amount")
    assert titled("Title of      Conversion or     Transaction", "Security      Exercise Price")
    assert not titled("Title of Security (Instr. 3)   2. Transaction   2A. Deemed   3.")
    assert not titled("Title of Derivative   2.   3. Transaction   3A. Deemed   4.",
                      "Security (Instr. 3)")
