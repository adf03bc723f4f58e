"""A table of cells that a converter cut into strips, not the form's cells (pymupdf4llm on
a PDF: "Transacti" | "on Date", "02/04/201" | "3"): its column headers are told by their
numbers, and a row whose values the strips cut reads from those values joined again, its
words and marks left out (they may be cut too, or carried off their values; a mark glued
on its figure or code in one word stays), but for a title filling the line's first cell
with no letter in the cell after it (no strip cut it) or whose pieces hold the letters of
one title the page prints with certainty, and a nature whose every cut the page's notes
settle (the word joined, or the two words side by side, printed there and not the other
way). The lines are LNKD-20130204-1's (plain design), the second row left uncut; values
checked against the filing's truth."""

from __future__ import annotations

import pytest

from form4lark.errors import SectionError
from form4lark.form import regions
from form4lark.form.atoms import page_atoms
from form4lark.form.row_cells import cell_rows
from form4lark.form.row_resync import PartlyRead
from form4lark.shapes.markdown import read_markdown

from support import STRIPS_CUT_ROW as CUT_ROW
from support import STRIPS_HEADER as HEADER
from support import STRIPS_TITLE_I as TITLE_I
from support import STRIPS_TITLE_II as TITLE_II

WHOLE_ROW = ("|Class A<br>Common<br>Stock|02/04/2013|||S<sup>(5)</sup>|74,997|D|$ 122.9854<sup>(6)"
             "</sup>||8,337|I|See footnote<sup>(4)</sup>||\n")


def _rows(text: str) -> list[dict[str, str]]:
    page = read_markdown(text)
    return [{key: cell.text for key, cell in row.items()}
            for row in cell_rows(page, regions.cut(page_atoms(page)).table_i, "table_i", "cells")]


def test_a_row_cut_into_strips_reads_its_values_rejoined_and_no_words_or_marks() -> None:
    cut, whole = _rows(TITLE_I + HEADER + CUT_ROW + WHOLE_ROW + TITLE_II)
    # the date joined again ("02/04/201" "3"); the nature cut ("See fo" "otnote") is left
    # out, and so are the marks alone in a cell (the price's "(2)(3)"), but not a mark glued
    # on its value in one word ("C(1)": no strip cuts inside a word); the title is whole
    # (the cell after it holds the date's figures, no rest of a word)
    assert cut == {"security_title": "Class A Common Stock", "transaction_date": "02/04/2013",
                   "transaction_code": "C(1)", "shares": "83,334",
                   "acquired_disposed": "A", "shares_owned_following": "83,334",
                   "direct_or_indirect": "I", "equity_swap_involved": ""}
    assert whole["security_title"] == "Class A Common Stock"
    assert whole["nature_of_ownership"] == "See footnote(4)"
    assert whole["transaction_code"] == "S(5)" and whole["price_per_share"] == "$ 122.9854(6)"


def test_a_mark_glued_on_a_cut_row_s_a_d_letter_is_left_out() -> None:
    # "A" with the price's mark "(2)" glued on, the price's strip then empty: the "A"/"D"
    # stands before the price, which may print its mark alone, so the mark glued on may be
    # the price's (truth: the price's marks are (2)(3), the letter's none): left out, as
    # row_lines leaves it (row_clipped.strip_marked_values); the code's own mark stays
    row = CUT_ROW.replace("|A||(2)(3)||", "|A<sup>(2)</sup>|||", 1)
    assert row != CUT_ROW
    cut, _ = _rows(TITLE_I + HEADER + row + WHOLE_ROW + TITLE_II)
    assert cut["acquired_disposed"] == "A" and cut["transaction_code"] == "C(1)"


def test_a_cut_row_s_title_with_letters_in_the_cell_after_it_is_left_out() -> None:
    # "Sto" | "ck": the title's strip cut it, its rest in the date's cell: unknown
    row = CUT_ROW.replace("Stock|02/04/201|", "Sto|ck<br>02/04/201|", 1)
    cut, _ = _rows(TITLE_I + HEADER + row + WHOLE_ROW + TITLE_II)
    assert "security_title" not in cut and cut["shares"] == "83,334"


def test_a_cut_row_s_title_ending_in_a_figure_is_left_out() -> None:
    # "Series A-1" | "02/04/201": the next cell holds no letter, but a strip may have cut a
    # title's last figures off into it ("Series A-1" | "2 02/04/201"): left out
    row = CUT_ROW.replace("Class A<br>Common<br>Stock|", "Series<br>A-1|", 1)
    assert row != CUT_ROW
    cut, _ = _rows(TITLE_I + HEADER + row + WHOLE_ROW + TITLE_II)
    assert "security_title" not in cut and cut["shares"] == "83,334"


def test_a_line_of_column_numbers_holding_a_row_s_figure_is_no_header() -> None:
    # the header's words cut, a row's date on its line: the row may stand there, so
    # the line is not left out as headers; the table is not read
    header = HEADER.replace("(Month/Day|on Date", "02/04/2013|on Date", 1)
    with pytest.raises(SectionError):
        _rows(TITLE_I + header + WHOLE_ROW + TITLE_II)


def test_a_line_is_numbered_by_three_of_the_form_s_column_numbers() -> None:
    # table_header.numbered, the one test row_lines and row_cells share: "1." to "11."
    # (with "2A." and "2a."); "12." numbers no column of the form, nor does "3" alone
    from form4lark.form.atoms import Atom
    from form4lark.form.table_header import numbered
    from form4lark.page import Piece

    def line(text: str) -> list[Atom]:
        return [Atom("TEXT", word, 0, 0, 0, Piece(word)) for word in text.split()]

    assert numbered(line("1. Title of Security 2. Transaction 2A. Deemed"))
    assert numbered(line("2a. 10. 11."))
    assert not numbered(line("1. Title of Security 2. Transaction Date"))
    assert not numbered(line("12. 13. 14."))
    assert not numbered(line("1 2 3 4"))


def test_a_cut_row_keeps_a_mark_glued_on_its_figure_and_drops_one_under_it() -> None:
    # "993(1)": the mark glued on the amount in one word is the amount's; "993" over "(1)"
    # on a line of its own may be another column's mark (a strip holds parts of two)
    glued = CUT_ROW.replace("|83,334|A|", "|83,334<sup>(7)</sup>|A|", 1)
    under = CUT_ROW.replace("|83,334|A|", "|83,334<br>(7)|A|", 1)
    assert glued != CUT_ROW and under != CUT_ROW
    [cut] = _rows(TITLE_I + HEADER + glued + TITLE_II)[:1]
    assert cut["shares"] == "83,334(7)" and cut["transaction_code"] == "C(1)"
    [cut] = _rows(TITLE_I + HEADER + under + TITLE_II)[:1]
    assert cut["shares"] == "83,334" and cut["transaction_code"] == "C(1)"


def test_a_price_a_strip_cut_after_its_first_figures_is_joined_again() -> None:
    # LNKD-20130204-1's second row as printed: "$ 1" | "22.9854(6)" (no number holds a
    # space: one price), the mark glued on the rest of it the price's
    row = ("|Class A<br>Common<br>Stock|02/04/201|3||S<sup>(5)</sup>|74,997|D|$ 1|22.9854<sup>"
           "(6)</sup>||8,337|I|See fo|otnote<sup>(4)</sup>|\n")
    _, cut = _rows(TITLE_I + HEADER + CUT_ROW + row + TITLE_II)
    assert cut["price_per_share"] == "$ 122.9854(6)" and cut["transaction_code"] == "S(5)"
    assert cut["transaction_date"] == "02/04/2013" and "nature_of_ownership" not in cut


def test_a_price_s_rest_not_in_the_next_cell_is_not_joined() -> None:
    # a cell between the two: not one price cut at an edge; the line reads as no row
    row = ("|Class A<br>Common<br>Stock|02/04/201|3||S<sup>(5)</sup>|74,997|D|$ 1||22.9854<sup>"
           "(6)</sup>|8,337|I|See fo|otnote<sup>(4)</sup>|\n")
    with pytest.raises(PartlyRead) as read:
        _rows(TITLE_I + HEADER + CUT_ROW + row + TITLE_II)
    assert len(read.value.rows) == 1  # the cut row above it only


@pytest.mark.parametrize("price", ["$ 5", "$ 0"])
def test_a_whole_dollar_price_keeps_the_holding_in_the_next_cell(price: str) -> None:
    # "$ 5" | "553.2415": the row reads with its cut date joined alone, the price whole
    # and the holding after it; the price's join is tried only where that reads no row
    # (and "$ 0553.2415" is no price: no figure opens with 0)
    row = CUT_ROW.replace("|A||(2)(3)||83,334|I|", f"|A|{price}|553.2415||I|", 1)
    assert row != CUT_ROW
    [cut] = _rows(TITLE_I + HEADER + row + TITLE_II)[:1]
    assert cut["price_per_share"] == price and cut["shares_owned_following"] == "553.2415"
    assert cut["transaction_date"] == "02/04/2013"



def test_a_cut_row_drops_a_mark_under_an_earlier_cell_whose_text_a_later_cell_glues() -> None:
    # "83,334" over "(7)" (the mark on a line of its own, maybe another column's), and a
    # later cell printing "83,334(7)" in one word: that word is the later cell's, not the
    # earlier one's, which keeps no mark
    row = CUT_ROW.replace("|83,334|A|", "|83,334<br>(7)|A|", 1).replace(
        "||83,334|I|", "||83,334<sup>(7)</sup>|I|", 1)
    assert row.count("(7)") == 2
    [cut] = _rows(TITLE_I + HEADER + row + TITLE_II)[:1]
    assert cut["shares"] == "83,334" and cut["shares_owned_following"] == "83,334(7)"


# the heading of the page's notes, as LNKD-20130204-1 prints it under the tables
NOTES = "\n### **Explanation of Responses:** \n\n"
# its footnote 3's opening, a note printing the word "footnote" whole
FOOTNOTES = NOTES + "3. In addition to the events set forth in footnote 2, the shares convert.\n"


def _cut_row(cells: tuple[str, str] | None, outside: str, whole: str = WHOLE_ROW) -> dict[str, str]:
    """The cut row read, its cells ``cells[0]`` printed as ``cells[1]``, with the text
    ``outside`` printed under the tables and the uncut row ``whole`` after it."""
    row = CUT_ROW.replace(*cells, 1) if cells else CUT_ROW
    assert row != CUT_ROW or not cells
    return _rows(TITLE_I + HEADER + row + whole + TITLE_II + outside)[0]


def test_a_cut_nature_joins_where_the_page_s_notes_print_the_joined_word() -> None:
    # "See fo" | "otnote(4)": "footnote" is printed whole in a note, "fo otnote" nowhere:
    # no space stood at the cut; the mark glued on the rest is the nature's
    cut = _cut_row(None, FOOTNOTES)
    assert cut["nature_of_ownership"] == "See footnote(4)"
    assert cut["security_title"] == "Class A Common Stock" and cut["shares"] == "83,334"


def test_a_cut_nature_keeps_the_space_where_the_notes_print_its_words_side_by_side() -> None:
    # "By Estate" | "Planning Trust": the notes print "Estate Planning", not "EstatePlanning"
    estate = ("|See fo|otnote<sup>(4)</sup>|", "|By Estate|Planning Trust|")
    note = "1. Held by the Estate Planning Trust of the reporting person.\n"
    assert _cut_row(estate, NOTES + note)["nature_of_ownership"] == "By Estate Planning Trust"
    # the same words printed outside the notes (no heading: a line under the tables) tell
    # nothing: the notes are the page's prose no strip cut
    assert "nature_of_ownership" not in _cut_row(estate, "\n" + note)


def test_a_cut_nature_is_left_out_where_both_ways_or_neither_are_printed() -> None:
    both = FOOTNOTES + "4. The words fo otnote printed side by side.\n"
    assert "nature_of_ownership" not in _cut_row(None, both)
    assert "nature_of_ownership" not in _cut_row(None, "")


@pytest.mark.parametrize("cells, note", [
    # Roman numerals: "I" and "II" printed each as a word, never side by side
    ("|By Fund I|II<sup>(4)</sup>|", "1. Reported in Table I and in Table II of the form."),
    ("|By Fund X|II<sup>(4)</sup>|", "1. Reported in Table II. X marks the box."),
    # a compound word: "Share" and "holder" printed apart, never side by side
    ("|By Share|holder Trust|", "1. Share of the holder of record."),
    # "grand-children" is one word of the notes: "Grand children" is not printed
    ("|By Grand|children Trust|", "1. Held by the grand-children trust."),
])
def test_a_cut_nature_whose_halves_the_notes_print_only_apart_is_left_out(
        cells: str, note: str) -> None:
    cut = _cut_row(("|See fo|otnote<sup>(4)</sup>|", cells), NOTES + note + "\n")
    assert "nature_of_ownership" not in cut and cut["shares"] == "83,334"


def test_a_cut_title_is_read_as_the_one_title_the_page_prints_with_its_letters() -> None:
    # "Class A Common St" | "ock": one line each, the date's cell after it; the uncut row
    # prints "Class A Common Stock" whole: the letters of that title and no other
    cut_title = ("|Class A<br>Common<br>Stock|", "|Class A Common St|ock|")
    cut = _cut_row(cut_title, FOOTNOTES)
    assert cut["security_title"] == "Class A Common Stock"
    assert cut["transaction_date"] == "02/04/2013"
    # no row prints that title ("Stock" in a note is no title): left out
    other = WHOLE_ROW.replace("Class A<br>", "Class B<br>", 1)
    assert "security_title" not in _cut_row(cut_title, NOTES + "1. Each Stock converts.\n", other)
    # a title whose cut lines are several in a cell is left out (which of them goes on in
    # the next strip is not told)
    lines = ("|Class A<br>Common<br>Stock|", "|Class A<br>Common St|ock|")
    assert "security_title" not in _cut_row(lines, FOOTNOTES)
