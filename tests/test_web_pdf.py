"""The web design's page printed to PDF (benchmarks/designs/web.py), through pdftotext
-layout and pdfplumber: its tables' short column titles wrap over two or three lines
("Title of" / "Security"), its boxes are lines of a short label and its value
("Reporting Person LEVINSON ARTHUR D", "CIK   0001214128"), the address's lines around
its label, and a long signer's name runs into its date. Each value checked against the
filing's truth (AAPL-20190812-1)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from form4lark import parse
from form4lark.detect import FORM4_MARKERS, _fold, markers_seen, wrapped_columns
from form4lark.errors import NotAForm4Error

from support import FIXTURES, fixture_text, line_atoms, off_fields, table_fields_off, truth_of

PAGE = FIXTURES / "web" / "AAPL-20190812-1" / "web"
PDF_TEXTS = ("pdftotext-layout.txt", "pdfplumber.txt")
#: the record's parts that are the tables' (not read from these texts yet)
_TABLES = ("non_derivative_", "derivative_")


@pytest.mark.parametrize("name", PDF_TEXTS)
def test_column_titles_wrapped_over_lines_are_the_columns_marker(name: str) -> None:
    """"Title of  Transaction  Deemed Execution" over "Security  Date  Date": the
    tables' first titles in the form's order, each wrapped over the band's lines."""
    text = fixture_text(PAGE / name)
    # the one-line marker (on the folded text) does not see them: the band does
    assert not FORM4_MARKERS["columns"].search(_fold(text))
    assert wrapped_columns(text) and "columns" in markers_seen(text)


def test_a_band_of_titles_may_open_above_title_of() -> None:
    """A title vertically centred in its cell prints its words above "Title of Security"
    (pdfplumber's AFRM-20240701-1); titles out of the form's order are no marker."""
    assert wrapped_columns("Transaction Deemed Execution (A) or Amount\n"
                           "Title of Security Code V Amount Price\n"
                           "Date Date (D) Following\n")
    assert not wrapped_columns("Title of Deemed Execution Transaction\n"
                               "Security Date Date\n")
    assert not wrapped_columns("Title of Transaction\nSecurity\n")


@pytest.mark.parametrize("name", PDF_TEXTS)
def test_the_boxes_and_signature_of_a_pdf_page_are_the_truth_s(name: str) -> None:
    """Every field but the tables' is the truth's: the boxes from their label lines (the
    address's street above its label, its city line below), the signature whose date
    ran into the signer's name ("... Arthur D. Levinson08/14/2019")."""
    path = PAGE / name
    text = fixture_text(path)
    assert "Levinson08/14/2019" in text
    truth = truth_of(path)
    form = parse(text)
    assert [f for f in off_fields(truth, form) if not f.startswith(_TABLES)] == []
    [owner] = form.reporting_owners
    assert (owner.street1, owner.city, owner.zip) == ("ONE APPLE PARK WAY", "CUPERTINO", "95014")
    assert [s.name for s in form.signatures] == [s["name"] for s in truth["signatures"]]


def test_a_form_3_title_on_the_pdf_page_is_refused() -> None:
    """The page's title made a Form 3's: refused, whatever its columns."""
    text = fixture_text(PAGE / "pdftotext-layout.txt")
    own = "SEC Form 4: Statement of Changes in Beneficial Ownership"
    assert own in text
    with pytest.raises(NotAForm4Error):
        parse(text.replace(own, "SEC Form 3: Initial Statement of Beneficial Ownership"))


def test_a_label_line_without_the_owner_s_is_no_short_header() -> None:
    """The lines are read as short boxes only where one opens with "Reporting Person" and
    a name: without it the header is read as before (the page's boxes left unknown)."""
    text = fixture_text(PAGE / "pdftotext-layout.txt")
    form = parse(text.replace("Reporting Person LEVINSON", "Reporting Owner LEVINSON"))
    assert form.issuer.name is None and form.reporting_owners[0].name is None


def test_a_pdf_page_s_bracketed_marks_are_the_form_s() -> None:
    """A PDF's words "D [1]" (ADGI-20220328-2's holding, its D/I marked by note 1) read as
    "D (1)", never as a nature of ownership "[1]"; a page whose bracketed numbers do not
    all read as marks ("[3][1]") keeps its words as printed."""
    from form4lark.bracket_marks import page_marks_of_brackets
    from form4lark.page import Line, Page, Piece

    def page(*words: str) -> Page:
        return Page("grid", [Line([Piece(word, 1, 1 + 10 * i) for i, word in enumerate(words)])])

    marked = page("Common Stock", "11241580", "D [1]")
    read = page_marks_of_brackets(marked, "Common Stock 11241580 D [1]")
    assert [p.text for p in read.lines[0].pieces] == ["Common Stock", "11241580", "D (1)"]
    run = page("D [3][1]")
    assert page_marks_of_brackets(run, "D [3][1]") is run
    # a piece keeping a bracketed number that the text's reading did not take ("[1],"):
    # the page is kept as printed, never half read
    comma = page("Stock", "[1],")
    assert page_marks_of_brackets(comma, "Stock [1],") is comma


ROWS = FIXTURES / "web"


@pytest.mark.parametrize("filing", ["AIR-20250110-1", "ARW-20250212-1"])
def test_a_pdf_page_s_rows_centred_on_their_values_line_are_read_whole(filing: str) -> None:
    """pdftotext -layout of the page: each row's values on one line, its other cells
    centred on it: AIR's price "$66.903" above and its "[1]" below (note 1 on the price,
    never on the D/I), ARW's two titles "Common Stock" above and their "[1]"/"[2]" below
    (the titles' notes): every field against the truth."""
    path = ROWS / filing / "web" / "pdftotext-layout.txt"
    form, off = table_fields_off(path)
    assert off == []
    rows = form.non_derivative_transactions or []
    assert [(r.security_title, {k: list(v) for k, v in r.footnotes.items()}) for r in rows] == [
        (r["security_title"], r["footnotes"]) for r in truth_of(path)["non_derivative_transactions"]]


def test_lines_around_values_lines_are_placed_only_where_centred_for_certain() -> None:
    """How far each row's cell of a column reaches above and below its values line: as far
    below as above (lines 1, 3 and 5 the values lines: the title's line 0 above row one
    takes line 2 below it, line 4 is the next row's above, line 6 its below); None where a
    cell's lines stand apart from their values line or a line is left to no row."""
    from form4lark.form.centred_rows import _centred

    held = [True, False, True, False, True, True, True]
    assert _centred(held, [1, 3, 5]) == [1, 0, 1]
    assert _centred([True, True, False, True], [1, 3]) is None  # line 0 above and none below
    assert _centred([True, False, False], [1]) is None  # line 0 above, line 2 not its
    assert _centred([True, False, True, True], [2]) is None  # line 0 apart from line 2
    # a browser's cells of 3, 2 and 2 lines, each holding its values line and a 2-line one
    # its first line on it ("Series A" then "Preferred"): read centred, row two's would be
    # "Series A" alone and row three's "Preferred Series B": not certain
    assert _centred([True] * 7, [1, 3, 5]) is None
    assert _centred([True] * 4, [0, 2]) is None  # line 1 row one's below or row two's above
    # rows of 3 and 3 lines (or, top-heavy, of 4 and 2): each its middle line on its values
    # line, as a browser sets like cells (SCTY-20121218-1's titles through elinks)
    assert _centred([True] * 6, [1, 4]) == [1, 1]
    assert _centred([True, True, True, False, True, True, True], [1, 5]) == [1, 1]  # only so


def test_a_pdf_page_s_rows_of_one_line_each_are_read() -> None:
    """TSLA-20230727-1's two sales, each on one line under Table I's titles wrapped over
    three ("M [1]": the code's note): no cell wraps, so each line is a row whatever the
    page's alignment; its records' Table I fields against the truth."""
    from form4lark.form.centred_rows import _centred

    assert _centred([True, True], [0, 1]) == [0, 0]
    path = ROWS / "TSLA-20230727-1" / "web" / "pdftotext-layout.txt"
    form, off = table_fields_off(path)
    assert [f for f in off if f.startswith("non_derivative_")] == []
    assert [(r.transaction_code, r.shares) for r in form.non_derivative_transactions or []] == \
        [(r["transaction_code"], r["shares"]) for r in truth_of(path)["non_derivative_transactions"]]


@pytest.mark.parametrize("filing", ["AIR-20250110-1", "ARW-20250212-1", "TSLA-20221108-1",
                                    "XOOM-20130221-1", "AAPL-20190502-1"])
def test_pdfplumber_s_cells_around_a_values_line_go_back_to_their_row(filing: str) -> None:
    """pdfplumber's visual lines (no x positions): a price alone above a row and its
    "[1]" alone below are the price's (AIR: note 1 on the price, never on the D/I; TSLA:
    never "$189.578 Common Stock"), a title's words above and its mark below over a line
    opening with the date and ending with "D" are the title's (ARW), a nature's lines
    around a line ending with "I" are the nature's (XOOM), a title's words then a price
    above and two marks below are one each, in order (AAPL-20190502-1: "Common Stock
    $208.99" over "[1] [2]"): Table I's fields against the
    truth, all read and none wrong."""
    from form4lark.scoring import score

    from support import record

    path = ROWS / filing / "web" / "pdfplumber.txt"
    form, off = table_fields_off(path)
    truth = truth_of(path)
    assert [f for f, verdict in score(truth, record(form)) if verdict == "wrong"] == []
    rows = form.non_derivative_transactions or []
    assert [(r.security_title, r.price_per_share, r.nature_of_ownership,
             {k: list(v) for k, v in r.footnotes.items()}) for r in rows] == [
        (r["security_title"], r["price_per_share"] and Decimal(str(r["price_per_share"])),
         r["nature_of_ownership"], r["footnotes"])
        for r in truth["non_derivative_transactions"]]
    assert [f for f in off if f.startswith("non_derivative_transactions")] == []


def test_a_title_and_a_nature_both_around_a_values_line_are_left_unknown() -> None:
    """MDB-20200610-1 through pdfplumber: "Class A Common By Sequoia Capital U.S. Growth
    Fund IV," above a line of values opening with the date and ending with "I", "Stock L.P.
    [1]" below: where the title ends and the nature begins is not printed, so neither is
    read ("Class A Common By Sequoia ..." was read as the title), the lines reported."""
    path = ROWS / "MDB-20200610-1" / "web" / "pdfplumber.txt"
    form = parse(fixture_text(path))
    rows = form.non_derivative_transactions or []
    truth = truth_of(path)["non_derivative_transactions"]
    assert rows and all(r.security_title is None and r.nature_of_ownership is None for r in rows)
    assert [r.shares for r in rows] == [Decimal(str(r["shares"])) for r in truth[:len(rows)]]
    assert any("Class A Common By Sequoia" in d.message for d in form.diagnostics)


def test_a_row_with_no_line_above_it_keeps_a_centred_page_grid_read() -> None:
    """XOOM-20130221-1 through pdftotext -layout: the first row is one line, the next two
    rows' natures wrap around their values lines ("By Sequoia Capital XI Principals" above,
    "Fund, LLC [2]" below). Set at their rows' tops, row one's nature would hold its mark
    "[2]" before more words, which a cell never prints: the rows are centred, each nature
    its own (and "5036306 A", the long amount one space before its direction, is two
    cells)."""
    path = ROWS / "XOOM-20130221-1" / "web" / "pdftotext-layout.txt"
    form, off = table_fields_off(path)
    assert [f for f in off if f.startswith("non_derivative_transactions")] == []
    assert [r.nature_of_ownership for r in form.non_derivative_transactions or []] == [
        r["nature_of_ownership"] for r in truth_of(path)["non_derivative_transactions"]]


def test_a_written_date_s_year_glued_to_the_signer_s_date_is_cut() -> None:
    """LNKD-20110524-1: "... Living Trust dated October 27, 200905/26/2011", the signer's
    name ending in a written date whose year runs into the signature's date: cut after
    the year's four digits only where "27," stands before it (so one cut reads), giving
    two signatures, each dated, as the truth."""
    from form4lark.form.atoms import Atom
    from form4lark.form.glued_dates import ended_dates_unglued
    from form4lark.page import Piece

    path = ROWS / "LNKD-20110524-1" / "web" / "pdfplumber.txt"
    form = parse(fixture_text(path))
    assert [(s.name, s.date.isoformat()) for s in form.signatures] == [
        (s["name"], s["date"]) for s in truth_of(path)["signatures"]]

    def line(*words: str) -> list[Atom]:
        piece = Piece(" ".join(words), 2, 1)
        return [Atom("TEXT", w, 1, 0, 0, piece) for w in words]

    def cut(*words: str) -> list[str]:
        return [a.text for a in ended_dates_unglued(line(*words))[0]]

    assert cut("/s/", "Jo", "October", "27,", "200905/26/2011")[-2:] == ["2009", "05/26/2011"]
    assert cut("/s/", "Jo", "dated", "200905/26/2011")[-1] == "200905/26/2011"  # no day before
    assert cut("/s/", "Jo", "27,", "20095/26/2011")[-1] == "20095/26/2011"  # "5/26": 2 cuts read


def test_lines_around_a_values_line_are_moved_only_where_one_cell_is_off_it() -> None:
    """``cells_around_put_back`` on a row's three lines: a price above and its mark below
    go after the "A"/"D" letter; a nature's tail above ("LP(6)", a stream's last row's)
    and a title's first word below ("Common", the next row's) stay as printed (the rule
    that leaves a title and a nature both around unread wants a line opening as a title
    and holding "By"; a stream of the agent design's page had its nature cut so)."""
    from form4lark.form.wrapped_around import cells_around_put_back

    def texts(*rows: str) -> list[str]:
        return [a.text for a in cells_around_put_back(line_atoms(*rows))]

    assert texts("$66.903", "Common Stock 01/10/2025 S 1500 D 37565 D", "(1)") == \
        "Common Stock 01/10/2025 S 1500 D $66.903(1) 37565 D".split()
    stays = ("LP(6)", "02/11/2022 J 699,088 A 1 699,088 I", "Common")
    assert texts(*stays) == " ".join(stays).split()
    both = ("Class A Common By Sequoia Fund IV,", "06/10/2020 C 846819 A $0.00 846819 I",
            "Stock L.P. (1)")
    assert texts(*both) == both[1].split()
    assert texts("Common Stock $208.99", "05/02/2019 S 13433 D 151187 D", "(1) (2)") == \
        "Common Stock(1) 05/02/2019 S 13433 D $208.99(2) 151187 D".split()
    assert texts("$66.903", "Common Stock 01/10/2025 S 1500 D $1.00 37565 D", "(1)") == \
        "$66.903 Common Stock 01/10/2025 S 1500 D $1.00 37565 D (1)".split()  # a price on it


def _put_back_texts(*lines: str) -> list[str]:
    """``cells_around_put_back`` on ``lines`` (one string a visual line): the words after."""
    from form4lark.form.wrapped_around import cells_around_put_back

    return [a.text for a in cells_around_put_back(line_atoms(*lines))]


def test_a_nature_on_a_line_of_its_own_after_each_row_stays_its_row_s() -> None:
    """A stream printing each row's one-line nature on the line after its values: "By
    Trust(3)" over row two's values and "By LLC(4)" under them are two natures, the row
    before's and row two's own, never one wrapped around row two (which read row one's
    nature None and row two's "By Trust(3) By LLC(4)")."""
    from form4lark.form.row_sequence import sequence_rows

    lines = ("Common Stock 01/10/2025 S 1500 D $5.00 37565 I", "By Trust(3)",
             "Common Stock 01/10/2025 S 100 D $5.00 3000 I", "By LLC(4)")
    assert _put_back_texts(*lines) == " ".join(lines).split()
    from form4lark.form.wrapped_around import cells_around_put_back

    rows = sequence_rows(cells_around_put_back(line_atoms(*lines)), "table_i", "web")
    assert [r["nature_of_ownership"].text for r in rows] == ["By Trust(3)", "By LLC(4)"]
    # the nature's second line is no nature's opening: the two lines are the row's
    wrapped = ("By Smith Family", "01/10/2025 S 100 D $5.00 3000 I", "Trust (4)")
    assert _put_back_texts(*wrapped) == (wrapped[1] + " " + wrapped[0] + " " + wrapped[2]).split()
    # a value on the line below (the next row's) is no nature's line
    assert _put_back_texts("By Smith Family", wrapped[1], "Trust 5") == \
        ("By Smith Family " + wrapped[1] + " Trust 5").split()


def test_a_title_s_first_line_above_is_placed_only_where_no_other_cell_can_hold_it() -> None:
    """Words above a row's values line and marks below go to its title only where the
    values line opens with one or two dates, then a one-letter code, and ends with "D";
    no word above opens a nature ("Common Stock By Spouse": which words are the title's is
    not printed); and the line before is no row's values line with words on it (on a page
    setting its cells at their rows' tops, "Stock" under "Common 01/10/2025 ... D" is row
    one's title's tail, not row two's title)."""
    values = "01/10/2025 S 1500 D $5.00 37565 D"
    assert _put_back_texts("Common Stock", values, "(1)") == \
        ["Common", "Stock(1)"] + values.split()
    assert _put_back_texts("Common Stock", "01/10/2025 01/11/2025 S 1500 D $5.00 37565 D",
                           "(1)")[:2] == ["Common", "Stock(1)"]
    unplaced = [
        ("Common Stock By Spouse", values, "(1) (2)"),  # a nature's opening above
        ("Common Stock See", values, "(1)"),
        ("Common Stock", "01/10/2025 S 1500 D $5.00 37565 I", "(1)"),  # no final D
        ("Common Stock", "S 1500 D $5.00 37565 D", "(1)"),  # no date
        ("Common Stock", "01/10/2025 01/11/2025 01/12/2025 S 1500 D 37565 D", "(1)"),
        ("Common Stock", "01/10/2025 SX 1500 D $5.00 37565 D", "(1)"),  # no one-letter code
        ("Common Stock", "01/10/2025 s 1500 D $5.00 37565 D", "(1)"),
        ("Common 01/10/2025 S 1500 D $5.00 37565 D", "Stock", "01/11/2025 S 100 D $5.10 37465 D",
         "(1)"),  # the line before a values line with a title on it
    ]
    for lines in unplaced:
        assert _put_back_texts(*lines) == " ".join(lines).split(), lines
    # the line before a values line with no words on it (a blank title, no nature)
    assert _put_back_texts("01/09/2025 S 10 D $5.00 37575 D", "Common Stock", values, "(1)") == \
        "01/09/2025 S 10 D $5.00 37575 D Common Stock(1)".split() + values.split()


def test_a_price_above_goes_after_the_one_direction_between_two_amounts() -> None:
    """A price alone above and its mark below go after the values line's one "A"/"D"
    letter standing between two amounts (or where the row reads only so); nowhere where
    there is no such letter or two (which is the direction is not printed); a title and a price above take two marks
    below, one each, and stay where there is one mark only."""
    assert _put_back_texts("$5.00", "Common Stock 01/10/2025 S 1500 A 37565 D", "(1)") == \
        "Common Stock 01/10/2025 S 1500 A $5.00(1) 37565 D".split()
    # a marked amount before the letter: the one place the row reads (centred_cells.py)
    assert _put_back_texts("$5.00", "Common Stock 01/10/2025 S 1500(2) D 37565 D", "(1)") == \
        "Common Stock 01/10/2025 S 1500(2) D $5.00(1) 37565 D".split()
    unplaced = [
        ("$5.00", "Common Stock 01/10/2025 S 1500 37565 D", "(1)"),  # no letter
        ("$5.00", "Common Stock 01/10/2025 S 1500 D 37565 A 3 D", "(1)"),  # two letters
        ("Common Stock $208.99", "05/02/2019 S 13433 D 151187 D", "(1)"),  # one mark below
    ]
    for lines in unplaced:
        assert _put_back_texts(*lines) == " ".join(lines).split(), lines


def test_a_title_and_a_nature_around_are_left_out_only_around_words() -> None:
    """A line opening as a title and holding "By" over a values line ending with "I": the
    three lines are left out only where the line below holds words (not marks alone,
    which are the row's title's or nature's only) and neither line a number or a date."""
    values = "06/10/2020 C 846819 A $0.00 846819 I"
    assert _put_back_texts("Class Common By Sequoia", values, "Stock L.P. (1)") == values.split()
    kept = [
        ("Class Common By Sequoia", values, "(1)"),  # marks only below
        ("Class Common By Sequoia", values, "Stock L.P. 5"),  # an amount below
        ("Class Common By Sequoia 2020", values, "Stock L.P."),  # an amount above
        ("Class Common By Sequoia", values, "Stock 06/11/2020"),  # a date below
    ]
    for lines in kept:
        assert _put_back_texts(*lines) == " ".join(lines).split(), lines


def test_a_short_grid_s_edge_set_rows_are_centred_only_for_a_mark_ending_a_line() -> None:
    """A table whose first row has no line above it is read centred only where, set at
    its rows' tops, a cell's mark would end one line and words open its next (XOOM's
    "... LP (2)" then the next row's "By Sequoia ..."); a mark with words after it on one
    line ("By GRAT (2) and IRA (3)") is as printed, and the table stays refused; an
    amount's "A"/"D" one space after it is the direction, never a word after "A"; so is
    a number one space after a number ("$0.00 0"), the next column's."""
    from form4lark.form.body_columns import values_apart
    from form4lark.form.centred_rows import _edge_set_refuted, centred_rows
    from form4lark.form.short_grid import GridWord

    def cell(n: int, *texts: str) -> list[GridWord]:
        return [GridWord(t, 0, 0, n, 0) for t in texts]

    keys = ("shares", "direct_or_indirect", "nature_of_ownership")
    one_line = [{"shares": cell(0, "10"), "direct_or_indirect": cell(0, "I"),
                 "nature_of_ownership": cell(0, "By", "GRAT", "(2)", "and")},
                {"nature_of_ownership": cell(1, "IRA", "(3)")},
                {"shares": cell(2, "20"), "direct_or_indirect": cell(2, "I"),
                 "nature_of_ownership": cell(2, "(4)")}, {"nature_of_ownership": cell(3, "(5)")}]
    assert not _edge_set_refuted(one_line, [0, 2])
    assert centred_rows(one_line, keys) is None
    xoom = [dict(one_line[0], nature_of_ownership=cell(0, "By", "Fund", "LP", "(2)")),
            {"nature_of_ownership": cell(1, "By", "Trust")}] + one_line[2:]
    assert _edge_set_refuted(xoom, [0, 2])
    assert values_apart("5036306", "A")
    assert not values_apart("Class", "A")
    assert not values_apart("$5.00", "D")
    assert not values_apart("5036306", "I")
    assert values_apart("$0.00", "0")
    assert not values_apart("$0.00", "(1)")


def _cells(n: int, **texts: str) -> dict[str, list]:
    """One line of a short grid's table: each column's words on line ``n``."""
    from form4lark.form.short_grid import GridWord

    return {key: [GridWord(t, 0, 0, n, 0) for t in text.split()] for key, text in texts.items()}


def test_a_cell_off_its_values_line_refutes_rows_set_at_their_edges() -> None:
    """A table whose first row has no line above it and whose last has none below may
    have its cells set at the rows' tops or bottoms, but a cell so set holds the line its
    row's single-line cells stand on: AAPL-20190812-1's sale has no price on its values
    line, "$201.69" above it and "[1]" below, which set at the tops would be the next
    row's price's first line, set at the bottoms the row's above's last: the rows are
    centred, the price the sale's. Cells each through their values line refute nothing."""
    from form4lark.form.centred_rows import _edge_set_refuted, centred_rows

    keys = ("shares", "price_per_share", "direct_or_indirect")
    price = [_cells(0, shares="17500", price_per_share="$23.8257", direct_or_indirect="D"),
             _cells(1, price_per_share="$201.69"),
             _cells(2, shares="17500", direct_or_indirect="D"),
             _cells(3, price_per_share="(1)"),
             _cells(4, shares="14000", direct_or_indirect="I")]
    assert _edge_set_refuted(price, [0, 2, 4])
    rows = centred_rows(price, keys)
    assert rows is not None
    assert [row.get("price_per_share", None) and row["price_per_share"].text for row in rows] \
        == ["$23.8257", "$201.69 (1)", None]
    # each cell through its values line, its second line below it: set at the tops or
    # centred alike (not refuted: the table stays unread here)
    through = [_cells(0, shares="10", price_per_share="$5.00", direct_or_indirect="D"),
               _cells(1, price_per_share="(1)"),
               _cells(2, shares="20", direct_or_indirect="D")]
    assert not _edge_set_refuted(through, [0, 2])
    assert centred_rows(through, keys) is None


@pytest.mark.parametrize("filing", ["AAPL-20190812-1", "RUM-20240614-1", "EB-20210112-1"])
def test_a_pdf_page_s_table_i_with_cells_off_their_values_line_is_read_whole(filing: str) -> None:
    """pdftotext -layout of the page: AAPL's sale's price "$201.69" on the line above its
    values line (the row above's price on its own), its "[1]" below; RUM's and EB's
    headers centred, "Title of Security" on the header's second line under "Transaction
    ... (A) or" (RUM's titles "Class A Common Stock, par" / "value $0.0001 per share"
    around the values line, its amounts' "[1]" below them): Table I's every field
    against the truth, none missed or wrong."""
    path = ROWS / filing / "web" / "pdftotext-layout.txt"
    form, off = table_fields_off(path)
    assert [f for f in off if f.startswith("non_derivative_")] == []
    truth = truth_of(path)
    assert [(r.security_title, r.price_per_share, {k: list(v) for k, v in r.footnotes.items()})
            for r in form.non_derivative_transactions or []] == [
        (r["security_title"], r["price_per_share"] and Decimal(str(r["price_per_share"])),
         r["footnotes"]) for r in truth["non_derivative_transactions"]]


def test_a_column_s_lines_are_centred_across_other_columns_lines_between_them() -> None:
    """A PDF's lines in the order of their heights: AAPL-20190812-1's option title of five
    lines ("Director" / "Stock" / "Option" / "(Right to" / "Buy)") centred on the values
    line, its underlying title's two ("Common" / "Stock") half a line off, between the
    title's: each column's cell is counted on its own lines and the values lines, the
    one row's cells whole (its title's lines were apart, and the table refused)."""
    from form4lark.form.centred_rows import centred_rows

    keys = ("security_title", "shares", "underlying_security_title", "direct_or_indirect")
    lined = [_cells(0, security_title="Director"), _cells(1, security_title="Stock"),
             _cells(2, underlying_security_title="Common"),
             _cells(3, security_title="Option", shares="17500", direct_or_indirect="D"),
             _cells(4, underlying_security_title="Stock"), _cells(5, security_title="(Right to"),
             _cells(6, security_title="Buy)")]
    [row] = centred_rows(lined, keys) or []
    assert (row["security_title"].text, row["underlying_security_title"].text) == (
        "Director Stock Option (Right to Buy)", "Common Stock")
    # the other column's lines skipped, row two's title has two lines above its values
    # line ("Option", "Series") and one below ("B"): not centred, the table refused
    two = [_cells(0, security_title="Stock", shares="1", direct_or_indirect="D"),
           _cells(1, security_title="Option"), _cells(2, underlying_security_title="Common"),
           _cells(3, security_title="Series"), _cells(4, shares="2", direct_or_indirect="D"),
           _cells(5, underlying_security_title="Stock"), _cells(6, security_title="B")]
    assert centred_rows(two, keys) is None


def test_a_pdf_page_s_option_row_centred_across_its_underlying_title_is_read_whole() -> None:
    """AAPL-20190812-1's page.pdf (its words' boxes): Table II's option title of five
    lines centred on its values line, the underlying title's two half a line off between
    them (the synthetic shape above, as the PDF prints it): every field against the
    truth, the option's title and its underlying's whole."""
    form, off = table_fields_off(FIXTURES / "pdf" / "AAPL-20190812-1-web" / "page.pdf")
    assert off == []
    [option] = form.derivative_transactions or []
    assert (option.security_title, option.underlying_security_title, option.shares) == (
        "Director Stock Option (Right to Buy)", "Common Stock", Decimal("17500"))


_VALUES = dict(transaction_date="01/01/2024", transaction_code="S", shares="100",
               acquired_disposed="D", price_per_share="$5.00", shares_owned_following="900")


@pytest.mark.parametrize("order", ["top", "bottom", "three"])
def test_a_column_on_no_values_line_refutes_no_edge_set_rows(order: str) -> None:
    """A PDF whose nature column stands half a line off its rows' values lines (values,
    "By Trust", values, "By LLC"): set at the tops, "By Trust" is row one's, centred
    (or set at the bottoms) row two's; a column on no values line is off it whichever
    edge the rows are set at, so it refutes neither placement: the table is left
    unknown, never "By Trust By LLC" in one row and nothing in the other."""
    from form4lark.form.centred_rows import centred_rows
    from form4lark.sections import TABLE_I_COLUMNS

    def row(n: int, owned: str = "I") -> dict[str, list]:
        return _cells(n, security_title="Common Stock", direct_or_indirect=owned, **_VALUES)

    lined = {"top": [row(0), _cells(1, nature_of_ownership="By Trust"), row(2),
                     _cells(3, nature_of_ownership="By LLC")],
             "bottom": [_cells(0, nature_of_ownership="By Trust"), row(1),
                        _cells(2, nature_of_ownership="By LLC"), row(3)],
             "three": [row(0), _cells(1, nature_of_ownership="By Trust"), row(2),
                       _cells(3, nature_of_ownership="By LLC"), row(4, "D")]}[order]
    assert centred_rows(lined, TABLE_I_COLUMNS) is None


def test_whole_lines_of_cells_set_apart_from_their_row_s_other_cells_are_refused() -> None:
    """A browser's dump (whole lines, no half-line offsets) of rows set beside their
    cells' upper-middle lines: row one's title of four lines (values beside its second),
    row two's nature of three lines, its first alone between the rows, its title of two
    from its values line down. Counting the title column on its own lines and the values
    lines would centre row two's title on three lines, row one's last ("Stock") its first:
    that line stands where the nature's first does, half a line from the values line in
    the one cell and a whole line in the other; the table is left unknown."""
    from form4lark.form.centred_rows import centred_rows
    from form4lark.sections import TABLE_I_COLUMNS

    values = dict(_VALUES, direct_or_indirect="I")
    lined = [_cells(0, security_title="Series A"),
             _cells(1, security_title="Convertible", **values),
             _cells(2, security_title="Preferred"), _cells(3, security_title="Stock"),
             _cells(4, nature_of_ownership="By The"),
             _cells(5, security_title="Common", nature_of_ownership="Family", **values),
             _cells(6, security_title="Stock", nature_of_ownership="Trust")]
    assert centred_rows(lined, TABLE_I_COLUMNS) is None


def test_a_pdf_word_ends_where_its_box_ends_not_past_the_next_column_s_title() -> None:
    """A PDF's proportional "Restricted" (MSFT-20180829-1's Table II) is ten letters in a
    box eight columns wide: counted by its letters it would reach under the next column's
    centred "Conversion" and stand under two titles (the table refused); its box's edge
    ends it under its own. A grid text's word ends where its letters do, as before."""
    from form4lark.form.short_grid import _row_columns, _words
    from form4lark.page import Line, Piece

    spans = [(7, 15), (16, 27)]
    [pdf] = _words(Line([Piece("Restricted", 30, 8, x=7.59, x_end=15.55)]))
    assert (pdf.start, pdf.end) == (7, 16)
    assert _row_columns([pdf], spans) == {0: [pdf]}
    [grid] = _words(Line([Piece("Restricted", 30, 8, x=7, x_end=17)]))
    assert (grid.start, grid.end) == (7, 17)
    assert _row_columns([grid], spans) is None
    words = _words(Line([Piece("Class A Common", 30, 8, x=7.2, x_end=18.4)]))
    assert [(w.start, w.end) for w in words] == [(7, 11), (12, 13), (14, 19)]


def test_each_word_of_a_pdf_piece_stands_within_its_share_of_the_box() -> None:
    """A PDF's "Restricted Stock Units" is 22 letters in a box under 13 columns wide:
    counted by their letters its first words push "Units" past its column, under the
    next title (the row refused); each word set at its share of the box keeps all three
    under their own title, one space apart (one run). A grid text's words stand where
    their letters do, a wider gap kept."""
    from form4lark.form.short_grid import _row_columns, _words
    from form4lark.page import Line, Piece

    spans = [(7, 21), (22, 33)]
    words = _words(Line([Piece("Restricted Stock Units", 30, 8, x=7.59, x_end=20.4)]))
    assert [(w.start, w.end) for w in words] == [(7, 13), (14, 17), (18, 21)]
    assert _row_columns(words, spans) == {0: words}
    grid = _words(Line([Piece("Class A  Common", 30, 8, x=0)]))
    assert [(w.start, w.end) for w in grid] == [(0, 5), (6, 7), (9, 15)]


def _page_cut_table(cut_title: str = "") -> list[dict[str, list]]:
    """A PDF's Table I over a page break (SCTY-20121218-1's shape): two rows of titles
    centred on their values lines, the second's values line the page's last, its title
    printed whole at the next page's top above the third row's own lines (``cut_title``:
    a title of the cut row left on its page, on its values line)."""
    def row(n: int, owned: str, **more: str) -> dict[str, list]:
        return _cells(n, direct_or_indirect=owned, **_VALUES, **more)

    return [_cells(0, security_title="Series A"), row(1, "D", security_title="Preferred"),
            _cells(2, security_title="Stock"),
            row(3, "I", **({"security_title": cut_title} if cut_title else {})),
            _cells(4, security_title="Series B"), _cells(5, security_title="Preferred"),
            _cells(6, security_title="Stock"), _cells(7, security_title="Series C"),
            row(8, "D", security_title="Preferred"), _cells(9, security_title="Stock")]


def test_a_row_a_page_break_cuts_takes_its_cells_printed_at_the_next_page_s_top() -> None:
    """The lines at a page's top before its first row's own lines ("Series B" /
    "Preferred" / "Stock" over "Series C") are the row's the break cut, whose values line
    ends the page before: read page by page, each row whole, but for the cut row's title:
    a title alone at a page's top cannot be told from a running header above it by
    position, so the cut row keeps none (never "Page 2 Series B ..."); the same lines
    with no page break told do not read centred (the table refused, as before)."""
    from form4lark.form.centred_rows import centred_rows
    from form4lark.sections import TABLE_I_COLUMNS

    lined = _page_cut_table()
    tops = [n == 4 for n in range(len(lined))]
    rows = centred_rows(lined, TABLE_I_COLUMNS, tops) or []
    assert [(r.get("security_title"), r["direct_or_indirect"].text) for r in rows] == [
        (rows[0]["security_title"], "D"), (None, "I"), (rows[2]["security_title"], "D")]
    assert [rows[n]["security_title"].text for n in (0, 2)] == [
        "Series A Preferred Stock", "Series C Preferred Stock"]
    assert centred_rows(lined, TABLE_I_COLUMNS) is None


def test_lines_at_a_page_s_top_go_to_the_cut_row_only_where_certain() -> None:
    """A cut row holding a title on its page ("Series B" on its values line) and more
    title lines at the next page's top: which lines are whose is not certain, the table
    refused; so too for an amount at the page's top where the cut row holds its own. A
    cut row whose amount and price were moved whole (TSLA-20211221-1's "25788" / "(2)"
    and "$898.861" / "(13)") takes them. (Centring leaves at most one count of lines at
    a page's top to the cut row, ``_page_readings``; none reading is tested below.)"""
    from form4lark.form.centred_rows import centred_rows
    from form4lark.sections import TABLE_I_COLUMNS

    lined = _page_cut_table("Series B")
    tops = [n == 4 for n in range(len(lined))]
    assert centred_rows(lined, TABLE_I_COLUMNS, tops) is None
    lined = _page_cut_table()
    lined[4] = _cells(4, security_title="Series B", shares="100")
    assert centred_rows(lined, TABLE_I_COLUMNS, tops) is None
    for key in ("shares", "price_per_share"):
        del lined[3][key]
    lined[4] = _cells(4, security_title="Series B", shares="25788", price_per_share="$898.861")
    lined[5] = _cells(5, security_title="Preferred", shares="(2)", price_per_share="(13)")
    # a 3-line title beside a 2-line amount, both from the page's top: not centred on
    # one another as a cut row's cells are (a running header over the title is so)
    assert centred_rows(lined, TABLE_I_COLUMNS, tops) is None
    lined = _page_cut_table("Series B")  # the title on the cut row's values line
    for key in ("shares", "price_per_share"):
        del lined[3][key]
    lined[4] = _cells(4, shares="25788", price_per_share="$898.861")
    lined[5] = _cells(5, shares="(2)", price_per_share="(13)")
    del lined[6]
    tops = [n == 4 for n in range(len(lined))]
    rows = centred_rows(lined, TABLE_I_COLUMNS, tops) or []
    assert [(r["shares"].text, r["price_per_share"].text) for r in rows][1:2] == [
        ("25788 (2)", "$898.861 (13)")]


def _two_direct_rows() -> list[dict[str, list]]:
    """Two direct rows of titles centred on their values lines ("Common" / "Stock" /
    "(1)"), the second's "(2)" the page's last line."""
    def row(n: int, **more: str) -> dict[str, list]:
        return _cells(n, direct_or_indirect="D", **_VALUES, **more)

    return [_cells(0, security_title="Common"), row(1, security_title="Stock"),
            _cells(2, security_title="(1)"), _cells(3, security_title="Common"),
            row(4, security_title="Stock"), _cells(5, security_title="(2)")]


def test_a_page_part_read_centred_in_no_way_is_not_read_page_by_page() -> None:
    """A page's part whose first row has two title lines below it and none above
    ("Stock" over "(2)" and "Class B") reads centred for no count of lines left to the
    cut row: the table is not read page by page."""
    from form4lark.form.short_grid_pages import paged_cells
    from form4lark.sections import TABLE_I_COLUMNS

    lined = [*_two_direct_rows(),
             _cells(6, direct_or_indirect="D", security_title="Stock", **_VALUES),
             _cells(7, security_title="(2)"), _cells(8, security_title="Class B")]
    assert paged_cells(lined, TABLE_I_COLUMNS, [n == 6 for n in range(9)]) is None


def test_a_running_header_at_a_page_s_top_is_no_direct_row_s_nature() -> None:
    """A running header at the next page's top right ("Page 2 of 3", under the nature
    column) is not the cut row's cell: a direct row has no nature, and the cut row misses
    no column every row fills. Alone on its page or above the next row's own lines, it is
    given to no row (the table refused, never "Page 2 of 3" read as a nature)."""
    from form4lark.form.centred_rows import centred_rows
    from form4lark.sections import TABLE_I_COLUMNS

    alone = [*_two_direct_rows(), _cells(6, nature_of_ownership="Page 2 of 3")]
    assert centred_rows(alone, TABLE_I_COLUMNS, [n == 6 for n in range(7)]) is None
    above = [*alone, _cells(7, security_title="Common"),
             _cells(8, direct_or_indirect="D", security_title="Stock", **_VALUES),
             _cells(9, security_title="(3)")]
    rows = centred_rows(above, TABLE_I_COLUMNS, [n == 6 for n in range(10)])
    assert rows is None or all("nature_of_ownership" not in r for r in rows)


def test_a_row_the_break_splits_line_by_line_is_read_whole() -> None:
    """A row whose title's lines the break splits ("Series B" above it, "Preferred" with
    its values and "Stock" below, or "Stock" alone below): read page by page the cut
    lines fit no row, so the table is read whole, as without a break."""
    from form4lark.form.centred_rows import centred_rows
    from form4lark.sections import TABLE_I_COLUMNS

    lined = [_cells(0, security_title="Series A"),
             _cells(1, direct_or_indirect="D", security_title="Preferred", **_VALUES),
             _cells(2, security_title="Stock"), _cells(3, security_title="Series B"),
             _cells(4, direct_or_indirect="I", security_title="Preferred", **_VALUES),
             _cells(5, security_title="Stock")]
    for cut in (4, 5):
        rows = centred_rows(lined, TABLE_I_COLUMNS, [n == cut for n in range(6)]) or []
        assert [(r["security_title"].text, r["direct_or_indirect"].text) for r in rows] == [
            ("Series A Preferred Stock", "D"), ("Series B Preferred Stock", "I")]


def test_a_nature_split_over_the_break_is_no_direct_row_s() -> None:
    """Cells set at their rows' bottoms ("By Trust (2)" above the indirect row's values
    line holding "and IRA (3)"), a break above "By Trust (2)": it is the indirect row's,
    never the direct row above's nature (the table refused)."""
    from form4lark.form.centred_rows import centred_rows
    from form4lark.sections import TABLE_I_COLUMNS

    def row(n: int, owned: str, **more: str) -> dict[str, list]:
        return _cells(n, direct_or_indirect=owned, security_title="Common", **_VALUES, **more)

    lined = [row(0, "D"), row(1, "D"), _cells(2, nature_of_ownership="By Trust (2)"),
             row(3, "I", nature_of_ownership="and IRA (3)"), row(4, "D")]
    assert centred_rows(lined, TABLE_I_COLUMNS, [n == 2 for n in range(5)]) is None


def test_an_empty_cell_is_of_no_count_in_a_column_of_odd_counts() -> None:
    """Cells of three lines each, centred, and one empty (the cut row's title, moved to
    the next page): a browser's placement (more below than above) reads them the same,
    so the column is read; a cell of one line among them is another count, and a
    browser's placement may read the lines otherwise (refused, as before)."""
    from form4lark.form.centred_rows import _centred

    held = [True] * 9 + [False]  # three cells of three lines, the last row's empty
    assert _centred(held, [1, 4, 7, 9]) == [1, 1, 1, 0]
    assert _centred([True, True, True, True, True, True, True, True], [1, 3, 4, 6]) is None


def test_a_pdf_s_words_mark_each_page_s_first_line_after_the_first_page() -> None:
    """Pages of words follow one another with no line between them; the first line of
    each page after the first is marked as below a page break."""
    from form4lark.inputs.words import Word, page_of_words

    page = page_of_words([Word("Class", 0, 25, 0, 10), Word("Stock", 0, 25, 12, 22),
                          Word("Common", 0, 30, 0, 10, page=1)])
    assert [line.page_top for line in page.lines] == [False, False, True]
