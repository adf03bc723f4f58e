"""Tables of cells with a row's other lines printed loose around its line of cells
(markitdown on a PDF: pdfminer's text lines, each row's tallest cells cut around
the line of its values). Each on a small edit of a real markdown text
(markdownify's of the sec.gov page), checked against the filing's truth: the few
values of a loose line go to the row beside it they complete; a line of words alone
leaves the words of the rows beside it unknown, whose they are not being told; a line
that reads as no row is left out, the rows around it read, with a warning."""

from __future__ import annotations

import form4lark
from form4lark.form.atoms import Atom
from form4lark.form.row_loose_words import centred_rows
from form4lark.page import Piece
from form4lark.sections import Cell
from support import CORPUS, fixture_text, off_fields, truth, wrong_fields

FILING = CORPUS / "GUTS-20240206-1"
TEXT = fixture_text(FILING / "text" / "markdownify.md")
ROW = "| Common Stock | 02/06/2024 |  | P |  | 333,333 | A | $ 15.00 | 1,251,900 | I | See footnote(3) |"
TRUTH = truth(FILING.name, "plain")
#: the words of the last row and of the row above, left unknown by a line of words between
WORDS_BESIDE_THE_LAST_ROW = [
    f"non_derivative_transactions[{row}].{field} missed" for row in (1, 2)
    for field in ("security_title", "nature_of_ownership", "footnotes.nature_of_ownership")]


def _read(old: str, new: str) -> form4lark.Form4:
    assert old in TEXT
    return form4lark.parse(TEXT.replace(old, new, 1))


def _errors(form: form4lark.Form4) -> list[str]:
    return [d.message for d in form.diagnostics if d.severity == "error"]


def test_a_price_on_a_line_above_its_row_completes_it():
    form = _read(ROW, "$ 15.00\n" + ROW.replace("| $ 15.00 |", "|  |"))
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_a_code_on_a_line_below_its_row_completes_it():
    form = _read(ROW, ROW.replace("| P |", "|  |") + "\nP")
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_a_nature_centred_on_its_row_is_read_whole():
    # "See" over the row, "footnote(3)" under it: the row above opened its own nature on
    # its line, so "See" opens this one's (the table centres its cells); as many lines
    # over the row as under it
    form = _read(ROW, "See\n" + ROW.replace("| See footnote(3) |", "|  |") + "\nfootnote(3)")
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


MIDDLE_ROW = "| Common Stock | 02/06/2024 |  | C |  | 918,567 | A | (1) | 918,567 | I | See footnote(3) |"


def test_a_centred_nature_with_its_mark_on_a_line_of_its_own():
    # "See" over the middle row, "footnote" on it, "(3)" under it: a line of marks is a
    # line of the count; the last row's nature cut around it the same way
    centred = ("See\n" + MIDDLE_ROW.replace("| See footnote(3) |", "| footnote |") + "\n(3)\n"
               + "See\n" + ROW.replace("| See footnote(3) |", "|  |") + "\nfootnote(3)")
    form = _read(MIDDLE_ROW + "\n" + ROW, centred)
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_a_centred_row_read_with_a_line_of_words_under_it():
    # the code and the nature's last line on the line of cells under the row's values
    form = _read(ROW, "See\n" + ROW.replace("| P |", "|  |").replace("| See footnote(3) |", "|  |")
                 + "\n|  |  |  | P |  |  |  |  |  |  | footnote(3) |")
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_a_centred_nature_of_two_lines_the_row_on_its_lower_one():
    # "See" over the row and "footnote(3)" on its line: a cell of two lines, the row's
    # line on one of them, prints one line more on that side
    form = _read(ROW, "See\n" + ROW.replace("| See footnote(3) |", "| footnote(3) |"))
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_more_lines_over_a_row_than_under_it_leave_the_words_unknown():
    # "See" over the row, nothing of its nature on its line nor under it: no count
    # places the line
    form = _read(ROW, "See\n" + ROW.replace("| See footnote(3) |", "|  |"))
    assert [f for f in off_fields(TRUTH, form) if not f.startswith(
        "non_derivative_transactions[2].")] == WORDS_BESIDE_THE_LAST_ROW[:3]
    assert _errors(form) == []


def test_a_nature_opening_under_a_row_is_never_its():
    # "See" over the row and "See footnote(3)" cut under it too: a nature opens on its
    # first line only, no count places "See" under the row
    form = _read(ROW, "See\n" + ROW.replace("| See footnote(3) |", "|  |") + "\nSee")
    assert off_fields(TRUTH, form) == WORDS_BESIDE_THE_LAST_ROW
    assert _errors(form) == []


def test_words_beside_no_row_leave_the_table_out():
    table_i = TEXT[TEXT.index("| Common Stock | 02/06/2024"):TEXT.index(ROW) + len(ROW)]
    form = _read(table_i, "By Spouse")
    assert form.non_derivative_transactions is None
    assert _errors(form)[0].startswith("Table I could not be read and is left out")


def test_a_column_dropped_before_v_is_not_read_by_index():
    # the deemed date's empty cell gone and one added at the end: 11 cells, the code's
    # under the deemed date, the shares under "V"; read by the values' kinds instead
    form = _read(ROW, "| Common Stock | 02/06/2024 | P |  | 333,333 | A | $ 15.00 | 1,251,900 | I "
                      "| See footnote(3) |  |")
    assert off_fields(TRUTH, form) == []


def test_a_price_above_a_row_read_by_its_values_goes_among_its_values():
    # the "V" column's empty cell dropped too: the row is read by its values' kinds, where
    # the price put before the title would read as a word of it
    form = _read(ROW, "$15.00\n| Common Stock | 02/06/2024 |  | P | 333,333 | A |  | 1,251,900 | I "
                      "| See footnote(3) |")
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_a_letter_after_a_word_is_a_word_of_a_loose_line():
    # "Series A" over the row: the "A" of a name, not (A)cquired
    form = _read(ROW, "Series A\n" + ROW)
    assert _errors(form) == []
    assert off_fields(TRUTH, form) == WORDS_BESIDE_THE_LAST_ROW


def test_marks_over_a_loose_line_of_words_are_its_words_marks():
    # "(3)" then "See" over the row: the nature's mark and words, neither a value
    form = _read(ROW, "(3)\nSee\n" + ROW)
    assert off_fields(TRUTH, form) == WORDS_BESIDE_THE_LAST_ROW and _errors(form) == []


def test_marks_before_the_words_of_a_loose_line_go_with_them():
    form = _read(ROW, "(2)(3) footnote(4)\n" + ROW)
    assert off_fields(TRUTH, form) == WORDS_BESIDE_THE_LAST_ROW and _errors(form) == []


def test_values_of_a_line_under_a_row_fill_cells_apart():
    # the code and the price's mark on the line of cells under the row's other values
    form = _read(ROW, ROW.replace("| P |", "|  |").replace("| $ 15.00 |", "|  |")
                 + "\n|  |  |  | P |  |  |  | $ 15.00 |  |  |  |")
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_a_code_with_its_marks_on_a_line_below_its_row_completes_it():
    # "P(4)": the code and a mark of its own, a value of the row, not a word
    form = _read(ROW, ROW.replace("| P |", "|  |") + "\nP(4)")
    assert _errors(form) == []
    assert off_fields(TRUTH, form) == [
        "non_derivative_transactions[2].footnotes.transaction_code wrong"]
    assert form.non_derivative_transactions[2].transaction_code == "P"


def _printed_from_the_top(table_i: str) -> str:
    """Table I's titles cut as a page printing its cells from the top leaves them: the
    title's first line on the row's line of cells, "Stock" on a loose line under it."""
    return "\n".join(line.replace("| Common Stock |", "| Common |") + "\nStock"
                     if line.startswith("| Common Stock |") else line
                     for line in table_i.split("\n"))


TABLE_I = TEXT[TEXT.index("| Common Stock | 02/06/2024"):TEXT.index(ROW) + len(ROW)]


def test_loose_lines_under_rows_printed_from_the_top_continue_their_titles():
    # no loose line above the first row: each is the row above's; "D(2)" with no
    # nature, "I" with a nature its mark closes: the words are the title's
    form = _read(TABLE_I, _printed_from_the_top(TABLE_I))
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_a_loose_line_above_the_first_row_leaves_the_rows_beside_unknown():
    # "Restricted" over the first row: the table may centre its cells, the lines may be
    # the rows below's
    form = _read(TABLE_I, "Restricted\n" + _printed_from_the_top(TABLE_I))
    assert [f for f in off_fields(TRUTH, form) if f.endswith(".security_title missed")] == [
        f"non_derivative_transactions[{n}].security_title missed" for n in range(3)]
    assert _errors(form) == []


def test_a_whole_title_takes_no_loose_line():
    # "Common Stock" is whole: "By Spouse" under it, the next row's nature on a page
    # centring its cells, is no word of it
    form = _read(TABLE_I, TABLE_I.replace(ROW, "By Spouse\n" + ROW, 1))
    assert "non_derivative_transactions[1].security_title missed" in off_fields(TRUTH, form)


def test_marks_under_a_loose_line_of_words_go_with_them():
    # "See" then "(3)" over the row: the nature's words and mark, the table still read
    form = _read(ROW, "See\n(3)\n" + ROW)
    assert off_fields(TRUTH, form) == WORDS_BESIDE_THE_LAST_ROW and _errors(form) == []


def test_a_centred_nature_printed_under_its_row_line_is_read_whole():
    # "See" over the row, nothing on its line, "footnote" and "(3)" under it: the cell's
    # middle line printed just under the row's line (a converter's rounding of its height)
    form = _read(ROW, "See\n" + ROW.replace("| See footnote(3) |", "|  |") + "\nfootnote\n(3)")
    assert off_fields(TRUTH, form) == [] and _errors(form) == []


def test_a_title_never_opens_on_a_lowercase_line():
    # "By estate" over an indirect row, "planning" on its line, "vehicle" under it, then a
    # row owned directly, its title whole: "vehicle" is the nature's last line, never the
    # title's first ("vehicle Common Stock"), so one count closes
    def atoms(*words: str) -> list[Atom]:
        return [Atom("TEXT", w, 0, n, 0, Piece(w, 1, n)) for n, w in enumerate(words)]

    def cells(**texts: str) -> dict[str, Cell]:
        return {key: Cell(text, 1, 1) for key, text in texts.items()}

    rows = [cells(security_title="Common Stock", direct_or_indirect="I",
                  nature_of_ownership="planning"),
            cells(security_title="Common Stock", direct_or_indirect="D")]
    placed = centred_rows(rows, {-1: [atoms("By", "estate")], 0: [atoms("vehicle")]}, {})
    assert placed is not None and list(placed) == [0]
    assert placed[0]["nature_of_ownership"].text == "By estate planning vehicle"


# a table of cells read up to its first line that reads as no row (pymupdf4llm's plain
# design: Table II's last row printed outside the pipe table, its values' line among
# its title's loose lines, its nature after the page's next heading)
LAST_II = ("| Series F Preferred Stock | (1) | 02/06/2024 |  | C |  |  | 1,598,225 | (1) | (1) "
           "| Common Stock | 744,746 | (1) | 0 | I | See footnote(3) |")
CUT_II = "Series F\nPreferred\nStock\n(1) 02/06/2024 C 1,598,225 [(1)] (1) Common\nStock"
FIRST_II = ("| Series C-1 Preferred Stock | (1) | 02/06/2024 |  | C |  |  | 4,025,764 | (1) | (1) "
            "| Common Stock | 1,875,938 | (1) | 0 | D(2) |  |")


def test_rows_above_a_line_of_no_row_are_kept():
    form = _read(LAST_II, CUT_II)
    off = off_fields(TRUTH, form)
    assert not wrong_fields(off)
    assert [(r.security_title, r.shares) for r in form.derivative_transactions[:3]] == [
        ("Series C-1 Preferred Stock", 4025764), ("Series C-2 Preferred Stock", 6502796),
        ("Series D Preferred Stock", 545450)]
    assert not any(f.startswith(("derivative_transactions[0]", "derivative_transactions[1]",
                                 "derivative_transactions[2]")) for f in off)
    # the row above the stop: its values kept, its words (the line may hold their rest) not
    above = form.derivative_transactions[3]
    assert (above.shares, above.security_title, above.nature_of_ownership) == (373021, None, None)
    assert len(form.derivative_transactions) == 4
    assert [d.severity for d in form.diagnostics
            if "is not one of its rows and is left out" in d.message] == ["warning"]


def test_a_line_of_no_row_before_any_row_leaves_the_table_out():
    form = _read(FIRST_II, "(1) 02/06/2024 C 4,025,764 [(1)] (1) Common")
    assert form.derivative_transactions is None
    assert any("could not be read and is left out" in message for message in _errors(form))


SERIES_D = "| Series D Preferred Stock | (1) | 02/06/2024 |"
BLANKS = "|  " * 15 + "|"


def _title_split_around(line: str) -> form4lark.Form4:
    # Table II: "Series" read as the rest of the row above, then a line that reads as no
    # row, then the row's cut title "D Preferred Stock"
    series = "| Series " + BLANKS
    return _read(SERIES_D, f"{series}\n{line}\n| D Preferred Stock | (1) | 02/06/2024 |")


def test_a_title_split_around_a_line_left_out_is_not_read_cut():
    # the words joined onto the row above ("Series") may be the row below's: its
    # title is unknown, never "D Preferred Stock"
    form = _title_split_around("| $ " + "|  " * 14 + "| ?? |")
    assert form.derivative_transactions[2].security_title is None
    assert wrong_fields(off_fields(TRUTH, form)) == []

