"""markitdown's text of a PDF, the rows of its tables in the shapes its other pages print them:
as many cells as the form's columns that are not the form's columns (read by their
values' kinds, never by index), a row's words letter-spaced among its values (read
with its values, its words left unknown), a title's par value on a loose line; and
box 1's street on a line of its own among the header's cells. The AAPL fixture's
rows changed into those shapes, read to the filing's truth."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import form4lark
from form4lark.form.atoms import Atom
from form4lark.form.row_loose_words import is_loose_words
from form4lark.form.row_spaced import spaced_runs_joined
from form4lark.page import Piece
from support import FIXTURES, fixture_text, parse_fixture

TEXT = FIXTURES / "markitdown-pdf" / "AAPL-20190502-1" / "sec" / "markitdown-pdf.txt"
# the fixture's second row: twelve cells, read by its values' kinds
SECOND = "| Common Stock(1) |     | 05/02/2019 |     |     | S   | 18,256 | D $209.71(3) |     | 132,931 | D   |     |"


def _atoms(line: str) -> list[Atom]:
    return [Atom("TEXT", word, 0, n, 0, Piece(word, 1, n)) for n, word in enumerate(line.split())]


def _values(row) -> tuple:
    return (row.transaction_date, row.deemed_execution_date, row.transaction_code, row.shares,
            row.acquired_disposed, row.price_per_share, row.shares_owned_following,
            row.direct_or_indirect)


def test_eleven_cells_that_are_not_the_forms_columns_are_read_by_kind():
    # eleven cells, as many as Table I's columns: by index the date would be column 2A's
    # and "S" the amount; their kinds place them
    eleven = "| Common Stock(1) |  | 05/02/2019 |  |  | S | 18,256 | D $209.71(3) | 132,931 | D |  |"
    text = fixture_text(TEXT).replace(SECOND, eleven, 1)
    row = form4lark.parse(text).non_derivative_transactions[1]
    assert _values(row) == (date(2019, 5, 2), None, "S", Decimal("18256"), "D",
                            Decimal("209.71"), Decimal("132931"), "D")
    assert row.security_title == "Common Stock"


def test_a_row_letter_spaced_among_its_values_is_read_its_titles_unknown():
    # Table II's row of a page markitdown printed letter-spaced: "S" of "S to ck" is no code
    header = "|     |     |     | Code | V (A) | (D) Exercisable | Date       | Title Shares |     |     |     |     |\n"
    spaced = "O p t io n $9.97 05/02/2019 M 1,987 (1) 11/12/2025 S to ck 1,987 $0 0 D\n"
    text = fixture_text(TEXT).replace(header, header + spaced, 1)
    (row,) = form4lark.parse(text).derivative_transactions
    assert (row.conversion_or_exercise_price, row.transaction_date, row.transaction_code,
            row.shares, row.expiration_date, row.underlying_shares, row.price_per_share,
            row.shares_owned_following, row.direct_or_indirect) == (
        Decimal("9.97"), date(2019, 5, 2), "M", Decimal("1987"), date(2025, 11, 12),
        Decimal("1987"), Decimal("0"), Decimal("0"), "D")
    assert row.footnotes.get("exercise_date") == ("1",)
    # where its words part is not told: "O p t io n", "S to ck"
    assert (row.security_title, row.underlying_security_title) == (None, None)


def test_spaced_runs_put_together_keep_codes_and_directions():
    joined = spaced_runs_joined(_atoms("Pr e fe r r e d (2) 05/24/2011 C 2,028,942 (2) (2) "
                                       "S to c k( 1) $0 0 I fo o tnote(3)"))
    assert [a.text for a in joined] == ["Preferred", "(2)", "05/24/2011", "C", "2,028,942",
                                        "(2)", "(2)", "Stock(1)", "$0", "0", "I", "footnote(3)"]
    # a code with its marks before spaced words is no letter of theirs
    assert [a.text for a in spaced_runs_joined(_atoms("C(1) 83,334 S e e"))] == [
        "C(1)", "83,334", "See"]
    line = _atoms("Class A Common Stock 04/01/2013 S(5) 41,932 D")
    assert spaced_runs_joined(line) == line


def test_a_par_value_and_a_lettered_fund_are_loose_words():
    assert is_loose_words(_atoms("$0.0001 per share"))
    assert is_loose_words(_atoms("Partners Fund (Q),"))
    assert not is_loose_words(_atoms("$0.0001 share"))  # a price and a word
    assert not is_loose_words(_atoms("(Q), LP"))  # a letter alone opens no line of words


def test_box_1_street_on_a_line_of_its_own_among_the_cells():
    # "ONE APPLE PARK WAY" between "| (Last) | (First) | (Middle) | ..." and "(Street)"
    owner = parse_fixture(TEXT).reporting_owners[0]
    assert (owner.street1, owner.street2) == ("ONE APPLE PARK WAY", None)


def test_a_street_line_beside_a_label_leaves_the_lone_street_line_unknown():
    # the first street line printed beside box 5's label: the lone line may be the second
    text = fixture_text(TEXT).replace(
        "ONE APPLE PARK WAY\n", "C/O APPLE INC. Officer (give title below)\nONE APPLE PARK WAY\n", 1)
    owner = form4lark.parse(text).reporting_owners[0]
    assert (owner.street1, owner.street2) == (None, None)


def test_box_1_street_in_its_column_of_a_line_of_cells_and_a_title_alone_beside_it():
    # "| ONE APPLE PARK WAY | | | 05/02/2019 |": box 1's column; "Secretary" is box 5's
    text = fixture_text(TEXT).replace("ONE APPLE PARK WAY\n", "Secretary\n", 1)
    text = text.replace("|        |         |          | 05/02/2019",
                        "| ONE APPLE PARK WAY |         |          | 05/02/2019", 1)
    owner = form4lark.parse(text).reporting_owners[0]
    assert (owner.street1, owner.street2) == ("ONE APPLE PARK WAY", None)


def test_a_rows_cells_printed_among_the_remarks_are_no_remarks():
    # a row's cells one a line after "Remarks:" (ZNGA-20111221-1's plain text): the
    # remarks are left unknown, with why, rather than read as the cells' words
    moved = "Remarks:\n\nClass A\nCommon\nStock\n\n1,412,998\n\n$ 0.00\n\n(2)\n\nD\n\n"
    form = form4lark.parse(fixture_text(TEXT).replace("Remarks:\n", moved, 1))
    assert form.remarks is None
    assert any(d.field == "remarks" and "table's cells" in d.message for d in form.diagnostics)
    # a remark of words and figures is read as ever
    said = "Remarks:\nThe reporting person sold 1,412,998 shares in D block trades.\n"
    assert form4lark.parse(fixture_text(TEXT).replace(
        "Remarks:\n", said, 1)).remarks is not None


def test_a_names_open_bracket_glued_to_its_marks_is_a_loose_line_of_words():
    # a nature ending in its own open bracket ("Sequoia Grove II, LLC (" + "(5)"): "((5)"
    assert is_loose_words(_atoms("LLC ((5)"))
    assert not is_loose_words(_atoms("((5)"))  # marks alone open no line of words
    # on a loose line under a row, the table is read, not left out for a line of no row
    rule = "| --------------- | --- | ---------- | --- | --- | --- | ------ | ------------ | --- | ------- | --- | --- |\n"
    text = fixture_text(TEXT).replace(SECOND + "\n" + rule, SECOND + "\n" + rule + "Grove II, LLC ((5)\n", 1)
    rows = form4lark.parse(text).non_derivative_transactions
    assert rows is not None and len(rows) == 5
    assert _values(rows[1]) == (date(2019, 5, 2), None, "S", Decimal("18256"), "D",
                                Decimal("209.71"), Decimal("132931"), "D")


PLACE = "| CUPERTINO | CA  | 95014 |     |     |     |     |     | X     | Form filed by One Reporting Person |     |     |\n"


def _place(text: str) -> tuple:
    owner = form4lark.parse(fixture_text(TEXT).replace(PLACE, text, 1)).reporting_owners[0]
    return owner.city, owner.state, owner.zip


def test_a_city_wrapped_around_its_state_and_zip_among_cells():
    # the page centres state and zip on a city of two lines: its lines above and below
    wrapped = ("| MOUNTAIN  |     |       |     |     |     |     |     | X     | Form filed by One Reporting Person |     |     |\n"
               "|           | CA  | 94043 |     |     |     |     |     |       |                                    |     |     |\n"
               "VIEW\n")
    assert _place(wrapped) == ("MOUNTAIN VIEW", "CA", "94043")
    # a line of the city's words beyond either may be more of the city: unknown
    assert _place("SOUTH\n" + wrapped) == (None, None, None)
    # box 6's words between the state's line and the city's last: unknown
    between = wrapped.replace("VIEW\n", "Form filed by More than One Reporting\nVIEW\n")
    assert _place(between) == (None, None, None)


DATED = "|        |         |          | 05/02/2019                                       |     |     |     |     |     | COO                 |                |     |\n"


def _title(dated: str) -> str | None:
    return form4lark.parse(fixture_text(TEXT).replace(DATED, dated, 1)).reporting_owners[0].officer_title


def test_an_officer_title_in_box_3s_line_of_cells():
    # box 5's title in the cell after box 3's date, the labels' lines above it holding no word
    assert _title(DATED) == "COO"
    # the next line of words may be the rest of the title (no street or city line): unknown
    assert _title(DATED.replace("COO  ", "Chief") + "Operating Officer\n") is None
    # a title ending as a wrapped one does is cut: unknown
    assert _title(DATED.replace("COO        ", "SVP, GC and")) is None
    # a line of words between the labels and the date's line may be the title's first
    assert _title("Senior VP,\n" + DATED.replace("COO", "GC ")) is None


BOX1_TO_CITY = """|        |         |          |                                                  |     |     |     |     |     | Director            | 10% Owner      |     |
| ------ | ------- | -------- | ------------------------------------------------ | --- | --- | --- | --- | --- | ------------------- | -------------- | --- |
|        |         |          |                                                  |     |     |     |     | X   | Officer (give title | Other (specify |     |
|        |         |          |                                                  |     |     |     |     |     | below)              | below)         |     |
| (Last) | (First) | (Middle) | 3. Date of Earliest Transaction (Month/Day/Year) |     |     |     |     |     |                     |                |     |
|        |         |          | 05/02/2019                                       |     |     |     |     |     | COO                 |                |     |
ONE APPLE PARK WAY
4. If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or Joint/Group Filing (Check Applicable
| (Street)  |     |       |     |     |     |     |     | Line) |                                    |     |     |
| --------- | --- | ----- | --- | --- | --- | --- | --- | ----- | ---------------------------------- | --- | --- |
| CUPERTINO | CA  | 95014 |     |     |     |     |     | X     | Form filed by One Reporting Person |     |     |
Form filed by More than One Reporting
Person
| (City) | (State) | (Zip) |     |     |     |     |     |     |     |     |     |
| ------ | ------- | ----- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
"""
# the page's plain design as markitdown prints it: box 1's street beside box 5's labels and
# under box 3's date, its city line in one cell before box 6's
PLAIN_BOX1 = """|     |     |     |     |     |     |    Director |    10% Owner |
| --- | --- | --- | --- | --- | --- | ----------- | ------------ |
(Last) (First) (Middle)
3. Date of Earliest Transaction (Month/Day/Year)
C/O APPLE INC. X  Officer (give title below)    Other (specify below)
05/02/2019
ONE APPLE PARK WAY
(Street) 4. If Amendment, Date of Original Filed (Month/Day/Year) 6. Individual or Joint/Group Filing (Check Applicable Line)
| CUPERTINO CA 95014 |     |     |     |     |     | X  Form filed by One Reporting Person |     |
| ------------------ | --- | --- | --- | --- | --- | ------------------------------------- | --- |
(City) (State) (Zip)
   Form filed by More than One Reporting Person
"""


def _box1(text: str) -> tuple:
    owner = form4lark.parse(fixture_text(TEXT).replace(BOX1_TO_CITY, text, 1)).reporting_owners[0]
    return [line for line in (owner.street1, owner.street2) if line], owner.city, owner.state, owner.zip


def test_a_street_beside_box_5s_label_and_under_box_3s_date():
    place = ("CUPERTINO", "CA", "95014")
    assert _box1(PLAIN_BOX1) == (["C/O APPLE INC.", "ONE APPLE PARK WAY"], *place)
    # the second line in box 1's column of box 3's line of cells
    cells = PLAIN_BOX1.replace("05/02/2019\nONE APPLE PARK WAY\n",
                               "| ONE APPLE PARK WAY | 05/02/2019 |  |  | COO |  |\n")
    assert _box1(cells) == (["C/O APPLE INC.", "ONE APPLE PARK WAY"], *place)
    # the city line opening a line of box 4's and box 6's labels
    opening = PLAIN_BOX1.replace("(Street) 4. If", "(Street)\nCUPERTINO CA 95014 4. If")
    opening = opening.replace("| CUPERTINO CA 95014 |", "| (City) (State) (Zip) |").replace(
        "(City) (State) (Zip)\n   Form", "   Form")
    assert _box1(opening) == (["C/O APPLE INC.", "ONE APPLE PARK WAY"], *place)
    # a line in capitals with no figure, not street-shaped, may be box 5's title: unknown
    assert _box1(PLAIN_BOX1.replace("ONE APPLE PARK WAY\n", "CEO\n"))[0] == []
    # words between the name's labels and box 5's: the street's first line may be those
    assert _box1(PLAIN_BOX1.replace("(Last) (First) (Middle)\n",
                                    "(Last) (First) (Middle)\nC/O APPLE\n"))[0] == []
