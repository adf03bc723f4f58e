"""Tables whose cells a converter kept, but not one per column: a column merged
into its neighbour or dropped where it was empty (pymupdf4llm), a title or a
nature wrapped onto a line of cells of its own, a header cell the converter named
("Col5"), a line break inside a cell ("<br>"). Each on a small edit of a real
markdown text (markdownify's of the sec.gov page), checked against the filing's
truth: a row whose cells no longer stand one per column is read by its values' kinds,
in the form's column order; what the edit made unknowable is None, never a guess."""

from __future__ import annotations


import form4lark
from support import CORPUS, fixture_text, off_fields, record, truth, wrong_fields

FILING = CORPUS / "GUTS-20240206-1"
TEXT = fixture_text(FILING / "text" / "markdownify.md")
TRUTH = truth(FILING.name, "plain")
ROW = "| Common Stock | 02/06/2024 |  | P |  | 333,333 | A | $ 15.00 | 1,251,900 | I | See footnote(3) |"
ROW_II = ("| Series C-2 Preferred Stock | (1) | 02/06/2024 |  | C |  |  | 6,502,796 | (1) | (1) | "
          "Common Stock | 3,030,193 | (1) | 0 | D(2) |  |")


def _read(old: str, new: str) -> form4lark.Form4:
    assert old in TEXT
    return form4lark.parse(TEXT.replace(old, new, 1))


def test_the_text_reads_to_its_truth_unedited():
    assert off_fields(TRUTH, form4lark.parse(TEXT)) == []


def test_a_row_whose_empty_columns_were_dropped_reads_by_its_values():
    # the deemed date's and the "V" column's empty cells gone: 9 cells for 11 columns
    form = _read(ROW, "| Common Stock | 02/06/2024 | P | 333,333 | A | $ 15.00 | 1,251,900 | I "
                      "| See footnote(3) |")
    assert off_fields(TRUTH, form) == []
    assert not [d for d in form.diagnostics if d.severity == "error"]


def test_a_table_ii_row_with_columns_dropped_reads_by_its_values():
    form = _read(ROW_II, "| Series C-2 Preferred Stock | (1) | 02/06/2024 | C | 6,502,796 | (1) | "
                         "(1) | Common Stock | 3,030,193 | (1) | 0 | D(2) |")
    # which of (A) and (D) the number stood under is lost with the columns; the row's
    # own arithmetic (it owns none after disposing of 6,502,796) still tells
    assert off_fields(TRUTH, form) == []


def test_merged_columns_never_shift_values_into_their_neighbours():
    # code and "V" in one cell: 10 cells; read by index, the price would land in (A)/(D)
    row = record(_read(ROW, "| Common Stock | 02/06/2024 |  | P | 333,333 | A | $ 15.00 | 1,251,900 "
                            "| I | See footnote(3) |"))["non_derivative_transactions"][2]
    assert (row["shares"], row["acquired_disposed"], row["price_per_share"],
            row["shares_owned_following"]) == (333333, "A", 15, 1251900)


def test_a_title_wrapped_onto_its_own_line_of_cells_continues_its_row():
    # pymupdf4llm cuts a row at a page break: its title's last line opens the next table
    form = _read(ROW, ROW.replace("Common Stock", "Common") + "\n\n| Stock |  |  |  |  |  |  |  |  |  |  |")
    assert off_fields(TRUTH, form) == []


def test_a_title_cut_inside_a_word_is_joined_as_the_other_rows_print_it():
    # "(right to b" + "uy)": where the converter cut the title the table's other rows
    # tell, printing "Common Stock" whole (and never "Common St ock")
    form = _read(ROW, ROW.replace("Common Stock", "Common St") + "\n| ock |  |  |  |  |  |  |  |  |  |  |")
    assert off_fields(TRUTH, form) == []


def test_a_title_cut_where_no_other_row_tells_is_left_unknown():
    # neither "Common St ock" nor "Common Stock" is another row's title: the cut is lost
    form = _read(ROW, ROW.replace("Common Stock", "Common St") + "\n| ocks |  |  |  |  |  |  |  |  |  |  |")
    assert off_fields(TRUTH, form) == ["non_derivative_transactions[2].security_title missed"]


def test_a_title_cut_again_is_not_joined_from_its_first_two_parts():
    # "Common St" + "ock" would be printed whole, but a third part follows: the title
    # is more than those two
    form = _read(ROW, ROW.replace("Common Stock", "Common St") + "\n| ock |  |  |  |  |  |  |  |  |  |  |"
                 + "\n| xy |  |  |  |  |  |  |  |  |  |  |")
    assert record(form)["non_derivative_transactions"][2]["security_title"] is None


def test_footnote_marks_on_a_continuation_line_go_to_their_column():
    form = _read(ROW, ROW.replace("| See footnote(3) |", "| See footnote |")
                 + "\n|  |  |  |  |  |  |  |  |  |  | (3) |")
    assert off_fields(TRUTH, form) == []


def test_a_nature_wrapped_onto_its_own_line_of_cells_is_joined_as_the_other_rows_print_it():
    # "footnote" opens with a small letter: the cut may be inside a word, but the other
    # rows print "See footnote(3)" whole
    form = _read(ROW, ROW.replace("See footnote(3)", "See") + "\n|  |  |  |  |  |  |  |  |  |  | footnote(3) |")
    assert off_fields(TRUTH, form) == []


def test_a_nature_wrapped_where_no_other_row_tells_is_left_unknown():
    form = _read(ROW, ROW.replace("See footnote(3)", "See") + "\n|  |  |  |  |  |  |  |  |  |  | notes(3) |")
    assert off_fields(TRUTH, form) == [
        "non_derivative_transactions[2].nature_of_ownership missed",
        "non_derivative_transactions[2].footnotes.nature_of_ownership missed"]


def test_garbage_after_the_rows_is_left_out():
    # filled where a title and a nature would be at once: not taken for a wrapped row;
    # the rows above it are kept, the one right above with its words unknown (the
    # garbage may hold their rest), and a warning names the line left out
    form = _read(ROW, "| ~~ #@! ~~ |  |  |  |  |  |  |  |  |  | ?? |")
    assert [r.shares for r in form.non_derivative_transactions] == [5160301, 918567]
    off = off_fields(TRUTH, form)
    assert [f for f in off if not f.startswith("non_derivative_transactions[2].")] == [
        f"non_derivative_transactions[1].{field} missed" for field in (
            "security_title", "nature_of_ownership", "footnotes.nature_of_ownership")]
    assert not wrong_fields(off)
    assert not [d for d in form.diagnostics if d.severity == "error"]
    (stop,) = [d for d in form.diagnostics if d.field.startswith("non_derivative_transactions,")]
    assert stop.severity == "warning" and stop.message.startswith("Table I's line 20 is not one of its rows")


#: the words of the row above a line left out (it may hold their rest), and the row below's
ABOVE = [f"non_derivative_transactions[1].{field} missed" for field in (
    "security_title", "nature_of_ownership", "footnotes.nature_of_ownership")]
BELOW = [f"non_derivative_transactions[2].{field} missed" for field in (
    "security_title", "nature_of_ownership", "footnotes.nature_of_ownership")]


def test_garbage_between_rows_is_left_out_and_the_rows_after_it_read():
    # a line of no row among the rows, holding no row's figure: left out, the rows on both
    # sides of it read, the one above with its words unknown (the line may hold their rest)
    form = _read(ROW, "| ~~ #@! ~~ |  |  |  |  |  |  |  |  |  | ?? |\n" + ROW)
    assert [r.shares for r in form.non_derivative_transactions] == [5160301, 918567, 333333]
    assert off_fields(TRUTH, form) == ABOVE
    (left_out,) = [d for d in form.diagnostics
                   if d.field.startswith("non_derivative_transactions,")]
    assert left_out.severity == "warning" and "is not one of its rows and is left out" in \
        left_out.message


def test_words_left_out_between_rows_leave_the_words_on_both_sides_unknown():
    # "Fund LP4" may be the rest of the row above's nature or the start of the row below's
    # title: neither row's words are read
    form = _read(ROW, "| ~~ Fund LP4 ~~ |  |  |  |  |  |  |  |  |  | ?? |\n" + ROW)
    assert [r.shares for r in form.non_derivative_transactions] == [5160301, 918567, 333333]
    assert off_fields(TRUTH, form) == ABOVE + BELOW


def test_a_line_of_a_rows_figures_left_out_between_rows_leaves_the_table_out():
    # a date or an amount: a row whose values a converter lost, not noise; read row by row,
    # one row would be silently missing among the others
    form = _read(ROW, "| ~~ 02/06/2024 ~~ |  |  |  |  |  |  |  |  |  | ?? |\n" + ROW)
    assert form.non_derivative_transactions is None
    assert any(d.severity == "error" and d.message.startswith("Table I could not be read")
               for d in form.diagnostics)


def test_a_header_cell_named_by_the_converter_is_no_row():
    header = next(l for l in TEXT.split("\n") if l.startswith("| 1. Title of Security"))
    form = _read(header, header.replace("| |", "| Col5 |", 1))
    assert off_fields(TRUTH, form) == []


def test_a_line_break_in_a_cell_parts_the_street_lines():
    # as pymupdf4llm prints a cell: each of its lines ended by "<br>"
    old = ("Mithril LP  (Last) (First) (Middle)  C/O MITHRIL CAPITAL MANAGEMENT LLC 111 CONGRESS "
           "AVENUE, SUITE 500  (Street)  AUSTIN TX 78701  (City) (State) (Zip)")
    new = ("<br>".join(["Mithril LP", "(Last) (First) (Middle)", "C/O MITHRIL CAPITAL MANAGEMENT "
                        "LLC", "111 CONGRESS AVENUE, SUITE 500", "(Street)", "AUSTIN TX 78701",
                        "(City) (State) (Zip)"]))
    assert old in TEXT  # the header's box 1 and the owners listed after Table II
    owner = record(form4lark.parse(TEXT.replace(old, new)))["reporting_owners"][0]
    assert (owner["street1"], owner["street2"]) == ("C/O MITHRIL CAPITAL MANAGEMENT LLC",
                                                    "111 CONGRESS AVENUE, SUITE 500")


def test_a_title_cell_broken_at_its_hyphen_joins_without_a_space():
    # (pymupdf4llm's "<br>" in a cell; the text asked for as cells: a "<br>" makes this
    # non-sec.gov text look like the older pymupdf reader's)
    text = TEXT.replace(ROW_II, ROW_II.replace("Series C-2 Preferred Stock",
                                               "Series C-<br>2<br>Preferred<br>Stock"))
    form = form4lark.parse(text, layout="cells")
    assert form.derivative_transactions[1].security_title == "Series C-2 Preferred Stock"


def test_a_converters_comments_are_no_text_of_the_form():
    # pymupdf4llm marks text it read from a picture: "<!-- Start of picture text -->"
    old = "| Mithril II UGP LLC By: /s/ Ajay Royan, Managing Member | 02/08/2024 |"
    form = _read(old, "<!-- Start of picture text -->\n" + old.replace(
        "Mithril II UGP LLC", "<!-- End of picture text -->Mithril II UGP LLC"))
    assert off_fields(TRUTH, form) == []


def test_tables_whose_titles_a_converter_dropped_are_found_by_their_first_column():
    # trafilatura keeps the tables' cells but drops the titles above them
    lines = [l for l in TEXT.split("\n") if not l.startswith("### Table I")]
    assert len(lines) == len(TEXT.split("\n")) - 2
    assert off_fields(TRUTH, form4lark.parse("\n".join(lines))) == []


def test_an_owners_box_printed_twice_in_a_row_is_one_owner():
    # pymupdf4llm repeats a merged cell's text in each cell it spans: one owner's box
    # twice in a row; two reporting owners never share a name and an address
    lines = TEXT.split("\n")
    at = next(n for n, l in enumerate(lines) if "Person\\*  Mithril II UGP LLC" in l)
    form = form4lark.parse("\n".join(lines[:at + 1] + [lines[at]] + lines[at + 1:]))
    assert len(form.reporting_owners) == len(TRUTH["reporting_owners"])
    assert off_fields(TRUTH, form) == []
