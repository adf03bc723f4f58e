"""The unread-line check warns of words really left unread, never of markup or the form's text.

An HTML page is checked on the rows the reader saw (cells' text), not on its markup,
and a warning points at the line and column of the cell in the .html file. A table's
lines end where a joint filing's other owners begin (box 1's label), and a heading's
words out of the form's order ("See Remarks" in a box, "Table II" in a footnote) start
no part.
"""

from __future__ import annotations

import pytest

import form4lark
from form4lark.recovery import part_spans
from form4lark.sections import Sections
from form4lark.unread import unread_lines
from support import FIXTURES, fixture_paths, fixture_text, parse_fixture

SEC_PAGE = FIXTURES / "pages" / "AAPL-20190812-1" / "sec" / "page.html"
PAGES = fixture_paths(FIXTURES / "pages", "*/*/page.html")


def _unread(form: form4lark.Form4) -> list[form4lark.Diagnostic]:
    return [d for d in form.diagnostics if "was not read" in d.message]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_a_saved_page_read_whole_warns_of_nothing_unread(path):
    # the sec.gov page's markup once gave 17 warnings (its <th width="..."> lines)
    assert _unread(parse_fixture(path)) == []


def _with_row(html: str, cells: list[str]) -> tuple[str, int]:
    """``html`` with a row of ``cells`` after Table I's first row, and the line of its
    last cell (1-based)."""
    row = "<tr>\n" + "".join(f'<td align="left"><span class="FormData">{c}</span></td>\n'
                             for c in cells) + "</tr>\n"
    at = html.index("</tr>", html.index("<tbody>")) + len("</tr>\n")
    return html[:at] + row + html[at:], html[:at].count("\n") + 1 + len(cells)


def test_a_row_the_reader_drops_from_an_html_page_warns_at_its_cell_in_the_file():
    html = fixture_text(SEC_PAGE)
    clean = form4lark.parse(html)
    edited, line = _with_row(html, [""] * 10 + ["Zqxv Holdings"])
    form = form4lark.parse(edited)
    assert form.non_derivative_transactions == clean.non_derivative_transactions
    (warning,) = _unread(form)
    assert (warning.line, warning.field, warning.severity) == (
        line, "non_derivative_transactions", "warning")
    cell = edited.split("\n")[line - 1]
    assert cell[warning.column - 1:].startswith("Zqxv Holdings")
    assert warning.message == ("a line of Table I was not read (a row may be missing): "
                               "'Zqxv Holdings'")


OWNERS_AFTER_TABLE = """\
Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned
1. Name and Address of Reporting Person*
MITHRIL II LP
(Last) (First) (Middle)
Explanation of Responses:
"""


def test_a_joint_filings_owners_after_the_tables_are_no_line_of_table_ii():
    assert list(unread_lines(OWNERS_AFTER_TABLE, Sections(layout="test"))) == []
    boxed = OWNERS_AFTER_TABLE.replace(  # a text browser's drawn box, the label wrapped
        "1. Name and Address of Reporting Person*\nMITHRIL II LP\n",
        "  | 1. Name and Address of |\n  | Reporting Person^*     |\n  | MITHRIL II LP          |\n")
    assert list(unread_lines(boxed, Sections(layout="test"))) == []
    lost = OWNERS_AFTER_TABLE.replace("1. Name and Address of Reporting Person*\n", "")
    (warning,) = unread_lines(lost, Sections(layout="test"))
    assert (warning.line, warning.field) == (2, "derivative_transactions")
    assert "'MITHRIL II LP'" in warning.message


def test_headings_out_of_the_forms_order_are_a_values_words():
    lines = ["5. Relationship of Reporting Person(s) to Issuer",
             "                       Remarks",           # "See Remarks" in box 5, wrapped
             "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
             "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned",
             "Explanation of Responses:",
             "1. Represents shares acquired on the settlement of the RSUs listed in Table II.",
             "Remarks:"]
    assert [(part.name, first, last) for part, first, last in part_spans(lines)] == [
        ("table_i", 2, 2), ("table_ii", 3, 3), ("explanation", 4, 5), ("remarks", 6, 6)]


# pandoc's raw HTML: tags (wrapped attributes too), spans' attributes and wrapped labels,
# no value in them
MARKUP = """\
<tr class="header">
<th class="SmallFormText" style="text-align: center;"
data-valign="bottom">Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned</th>
</tr>
[Code]{.SmallFormText} [V]{.SmallFormText}
<tr class="odd">
<td class="MedSmallFormText">1. Name and Address
of Reporting Person*</td> <td>MITHRIL II LP</td>
</tr>
"""
NOTES = """\
<td class="MedSmallFormText"><strong>Explanation of
Responses:</strong></td>
<td class="FootnoteData">1. Sold in trades at a weighted average price.</td>
"""


def test_markup_and_wrapped_labels_are_no_unread_line():
    assert list(unread_lines(MARKUP, Sections(layout="test"))) == []
    assert list(unread_lines(MARKUP.split("<tr class=\"odd\">")[0] + NOTES,
                             Sections(layout="test"))) == []
    lost = MARKUP.replace("1. Name and Address\nof Reporting Person*", "")
    (warning,) = unread_lines(lost, Sections(layout="test"))
    assert (warning.line, warning.column) == (7, lost.split("\n")[6].index("MITHRIL") + 1)
    assert warning.message.endswith(": 'MITHRIL II LP'")


def test_a_footnote_mark_in_superscript_digits_is_the_notes_number():
    text = ("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
            "Class A Common Stock⁽¹⁾\n")
    read = Sections(layout="test", accounted={"Class A Common Stock(1)"})
    assert list(unread_lines(text, read)) == []
    (warning,) = unread_lines(text.replace("⁽¹⁾", "⁽¹²⁾"), read)  # a note not read
    assert warning.line == 2


def test_a_numeral_whose_i_ocr_read_as_one_is_the_word_read_from_it():
    table = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
    read = Sections(layout="test", accounted={"By Sequoia Technology Partners XI, LP"})
    # "x1" (wrapped onto a line of its own) was read as "XI"
    assert list(unread_lines(table + "Partners x1, LP\n", read)) == []
    (warning,) = unread_lines(table + "Partners x2, LP\n", read)
    assert warning.field == "non_derivative_transactions"
