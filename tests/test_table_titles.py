"""A table's title that pymupdf4llm printed into the cells of the row it overlaps at a
page's end, each cell its value then the title's bold pieces cut into strips
(``shapes/table_titles.title_apart``): the row is read, then the title. The row is
LNKD-20130204-1's last row of Table I (plain design), as printed."""

from __future__ import annotations

from form4lark.form import regions
from form4lark.form.atoms import page_atoms
from form4lark.form.row_cells import cell_rows
from form4lark.shapes.markdown import read_markdown
from form4lark.shapes.table_titles import TITLES, title_apart

from support import STRIPS_CUT_ROW, STRIPS_HEADER, STRIPS_TITLE_I

OVERLAPPED = (
    "|Class A<br>Common<br>Stock|02/04/201|3|**Table II**|S<sup>(5)</sup><br>**- Derivativ**<br>"
    "**(e.g., put**|8,337<br>**e Securities A**<br>**s, calls, warran**|D<br>**cquired,**<br>"
    "**ts, opti**|$ 1<br>**Dis**<br>**ons**|23.6133<sup>(6)</sup><br>**posed of,**<br>"
    "**, convertib**|**or Beneficially Own**<br>**le securities)**|0<br>**ed**|I|See fo|otnote"
    "<sup>(4)</sup>|")


def test_a_row_overlapped_by_a_title_is_given_back_as_the_row_then_the_title() -> None:
    apart = title_apart(OVERLAPPED)
    assert apart is not None
    row, title = apart
    assert "**" not in row and row.count("|") == OVERLAPPED.count("|")
    assert "|S<sup>(5)</sup>|8,337|D|$ 1|23.6133<sup>(6)</sup>||0|I|" in row
    assert title == f"{TITLES[1]} {TITLES[2]}"


def test_bold_lines_spelling_no_title_leave_the_row_as_it_is() -> None:
    # one piece of the title lost ("cquired,"): the bold lines are not the form's title
    assert title_apart(OVERLAPPED.replace("D<br>**cquired,**<br>", "D<br>", 1)) is None
    # a bold value in a row ("**12,000**") is no title
    assert title_apart("|Common Stock|**12,000**|D|") is None
    assert title_apart("|Common Stock|12,000|D|") is None


def test_the_overlapped_row_reads_and_the_next_table_opens_after_it() -> None:
    page = read_markdown(STRIPS_TITLE_I + STRIPS_HEADER + STRIPS_CUT_ROW + OVERLAPPED + "\n")
    parts = regions.cut(page_atoms(page))
    rows = cell_rows(page, parts.table_i, "table_i", "cells")
    last = {key: cell.text for key, cell in rows[-1].items()}
    assert last["price_per_share"] == "$ 123.6133(6)" and last["shares"] == "8,337"
    assert last["transaction_date"] == "02/04/2013" and last["shares_owned_following"] == "0"
    assert any(atom.kind == "TABLE_II" for atom in page_atoms(page))


def test_the_overlapped_row_s_cells_point_to_their_source_columns() -> None:
    # the row is read without the title's bold lines, but each cell's column is where it
    # stands in the text as printed (diagnostics point there)
    text = STRIPS_TITLE_I + STRIPS_HEADER + STRIPS_CUT_ROW + OVERLAPPED + "\n"
    source = text.split("\n")
    pieces = [p for line in read_markdown(text).lines for p in line.pieces
              if p.text and source[p.line - 1] == OVERLAPPED]
    assert [p.text for p in pieces][3:6] == ["S(5)", "8,337", "D"]
    for piece in pieces[:-1]:  # the title after them, a line of its own
        printed = source[piece.line - 1][piece.column - 1:]
        assert printed.startswith(piece.text.split("\n")[0].split("(")[0])
