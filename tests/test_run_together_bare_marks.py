"""Pages whose every text node ran together (BeautifulSoup's ``get_text()``) in a design
that prints two rows of column labels, the lower ones numbered as their column ("Code3.
V4. Securities ... Amount4. (A) or (D)4. Price"), and marks as bare superscripts glued
onto values ("S192,320D$189.5781449,825,112Iby Trust2"): each label on its line, and an
amount a listed note's number may be glued onto left unknown, never read with the mark."""

from __future__ import annotations

from decimal import Decimal

from support import FIXTURES, read_none_wrong

from form4lark.placeholders import UNCUT
from form4lark.shapes.glued_values import bare_note_marks, cut_values
from form4lark.shapes.run_together import cut_at_labels

AGENT = FIXTURES / "agent"

_HEADER = ("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"
           "1. Title of Security (Instr. 3)2. Transaction Date (Month/Day/Year)2A. Deemed "
           "Execution Date, if any (Month/Day/Year)3. Transaction Code (Instr. 8) Code3. V4. "
           "Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5) Amount4. (A) or "
           "(D)4. Price5. Amount of Securities Beneficially Owned Following Reported "
           "Transaction(s) (Instr. 3 and 4)")


def test_numbered_column_labels_run_together_each_on_its_line() -> None:
    lines = cut_at_labels(_HEADER).split("\n")
    assert lines[1:] == [
        "1. Title of Security", "(Instr. 3)", "2. Transaction Date (Month/Day/Year)",
        "2A. Deemed Execution Date, if any (Month/Day/Year)",
        "3. Transaction Code (Instr. 8) Code", "3. V",
        "4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5) Amount",
        "4. (A) or (D)", "4. Price",
        "5. Amount of Securities Beneficially Owned Following Reported Transaction(s) "
        "(Instr. 3 and 4)"]


def test_bare_marks_are_told_by_listed_notes_and_no_bracketed_mark() -> None:
    notes = "\nExplanation of Responses:\n1. Weighted average.\n2. By trust.\n"
    row = "\nCommon Stock11/08/2022S192,320D$189.5781449,825,112Iby Trust2"
    assert bare_note_marks(_HEADER + row + notes) == {"1", "2"}
    assert bare_note_marks(_HEADER + row.replace("Trust2", "Trust(2)") + notes) == set()
    assert bare_note_marks(_HEADER + row) == set()


def test_an_amount_a_bare_mark_may_be_glued_onto_is_unknown() -> None:
    marks = frozenset({"1", "2", "3"})
    # EB-20210112-1 (agent, get_text()): 772 shares with note 1's mark, or 7721 shares;
    # "$0.027,542": its price may end in a mark too
    row = "Class A Common Stock01/12/2021A7721A$0.027,542D"
    assert cut_values(row, padded=True, marks=marks).split() == [
        "Class", "A", "Common", "Stock", "01/12/2021", "A", UNCUT, "A", "$", UNCUT, UNCUT, "D"]
    # "1,98" is no amount: 1,987 holds no mark at its end
    assert cut_values("Common Stock11/20/2020M1,987A$9.971,987D", padded=True,
                      marks=marks).split()[4] == "1,987"
    # TSLA-20211221-1: "13,4002" is no amount: 13,400 (itself doubted: "S1" and 3,400)
    # with note 2's mark glued past its group of thousands
    assert cut_values("Common Stock12/21/2021S13,4002D$886.692,085,555D", padded=True,
                      marks=marks).split()[4:6] == [UNCUT + "(2)", "D"]
    # with no mark a row can hold ("C16": a code's mark, or 16,944,440): its date set apart,
    # the row is no title's words (its table is then left out)
    row = "Class A Common Stock02/17/2021C16,944,440A$0.003,472,2202ISee Footnote3"
    assert " 02/17/2021 " in cut_values(row, padded=True, marks=marks)


def test_a_page_of_bare_marks_run_together_reads_its_rows_with_no_mark_taken_as_figures() -> None:
    # TSLA-20221108-1 (agent, get_text()): the column labels run together left the table
    # unread ("its row at '8)'"); read, "S192,320" may be code S's mark 1 and 92,320 and
    # "$189.5781449,825,112" a price's mark: those are unknown, "S3,107,623" is not
    form, _ = read_none_wrong(AGENT / "TSLA-20221108-1" / "agent" / "bs4-text.txt")
    rows = form.non_derivative_transactions or ()
    assert len(rows) == 9
    assert [r.shares for r in rows][2] == Decimal("3107623")
    assert {(r.transaction_code, r.acquired_disposed, r.direct_or_indirect, r.nature_of_ownership)
            for r in rows} == {("S", "D", "I", "by Trust")}
    assert {r.price_per_share for r in rows} == {None}
