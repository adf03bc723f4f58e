"""Pages whose every text node ran together (BeautifulSoup's ``get_text()``) in a design
that prints two rows of column labels, the lower ones numbered as their column ("Code3.
V4. Securities ... Amount4. (A) or (D)4. Price"), and marks as bare superscripts glued
onto values ("S192,320D$189.5781449,825,112Iby Trust2"): each label on its line, and an
amount a listed note's number may be glued onto left unknown, never read with the mark."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from support import FIXTURES, edited_text, fixture_text, off_fields, read_none_wrong, truth_of, wrong_fields

from form4lark import parse

from form4lark.placeholders import GLUED_UNPLACED, UNCUT, UNPLACED
from form4lark.shapes.glued_values import _past_group_marked, bare_note_marks, cut_values
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
    # notes run together: which the page lists is not told
    assert bare_note_marks(_HEADER + row + notes.replace(".\n2.", ".2.")) is None


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


def _tsla_notes_edited(edit) -> str:
    """TSLA-20221108-1's bs4-text page (agent) with its notes' lines, those between
    "Explanation of Responses:" and "Remarks:", passed through ``edit``."""
    text = fixture_text(AGENT / "TSLA-20221108-1" / "agent" / "bs4-text.txt")
    head, rest = text.split("Explanation of Responses:\n", 1)
    notes, tail = rest.split("Remarks:", 1)
    return f"{head}Explanation of Responses:{edit(notes.splitlines())}Remarks:{tail}"


def _tsla_read(text: str) -> list:
    """The rows read from an edit of TSLA-20221108-1's page, none of the tables' fields
    wrong (the notes run together are read as one note: not this test's)."""
    form = parse(text)
    off = off_fields(truth_of(AGENT / "TSLA-20221108-1" / "agent" / "bs4-text.txt"), form)
    wrong = [f for f in wrong_fields(off) if not f.startswith("footnotes.")]
    assert not wrong, wrong
    return list(form.non_derivative_transactions or ())


def test_notes_run_together_leave_the_bare_marked_table_unread() -> None:
    # the notes joined onto the label's line, as get_text() prints notes kept apart by
    # <br>: which numbers the notes list the reader does not tell, so "by Trust2" is no
    # nature with its mark cut off; before, all nine rows read "by Trust2"
    text = _tsla_notes_edited(lambda lines: "".join(lines) + "\n")
    assert "Responses:1. The price" in text and "footnote.2. The Elon" in text
    assert bare_note_marks(text) is None
    assert all(r.nature_of_ownership != "by Trust2" for r in _tsla_read(text))


def test_notes_listed_in_parentheses_tell_the_bare_marks() -> None:
    # the notes listed "(1) The price ...": "S192,320" may still be code S's mark 1 and
    # 92,320 shares (before, read 192,320 shares with the guard off)
    text = _tsla_notes_edited(lambda lines: "\n" + "\n".join(
        re.sub(r"^([0-9]{1,2})\. ", r"(\1) ", line) for line in lines) + "\n")
    assert "\n(10) The price" in text
    assert bare_note_marks(text) == {str(n) for n in range(1, 11)}
    rows = _tsla_read(text)
    assert len(rows) == 9 and rows[0].shares is None
    assert {r.nature_of_ownership for r in rows} == {"by Trust"}


def test_a_price_and_amount_run_no_mark_fits_in_is_read() -> None:
    # NTRA-20201120-1's paper form run together (cut after Table II's header): note 1 is
    # listed and no row prints "(1)", so a "1" glued on may be its mark; but "9.971,987"
    # holds none ("9.97", "1", ",987": no amount), and reads 9.97 and 1,987 as it would
    # with no bare mark (before, each such run was unknown). "M11,169" (code M's mark and
    # 1,169?), "11.818,073" (11.8, the mark, 8,073?) and "11.0019,922" stay unknown.
    path = FIXTURES / "run_together" / "NTRA-20201120-1.txt"
    assert bare_note_marks(fixture_text(path)) == {"1"}
    form, _ = read_none_wrong(path)
    assert [(str(r.shares), str(r.price_per_share), str(r.shares_owned_following))
            for r in form.non_derivative_transactions] == [
        ("1987", "9.97", "1987"), ("2845", "7.00", "4832"), ("2072", "9.59", "6904"),
        ("None", "None", "None"), ("1849", "None", "None")]


def test_a_date_after_an_amount_keeps_its_month() -> None:
    # "1,98711/12/2025" with note 11 listed: 1,987 and the date, never "1,987(11)/12/2025"
    assert _past_group_marked("M1,98711/12/2025", frozenset({"11"})) == "M1,98711/12/2025"
    assert _past_group_marked("S13,4002D", frozenset({"2"})) == "S13,400(2)D"


def test_table_ii_columns_printing_only_bare_marks_are_unknown_and_the_row_read() -> None:
    # XOOM-20130221-1 (agent, get_text()): "Stock1": the title's mark, the conversion
    # price's, or a price of 1; "2,246,33811": the shares whole, then the two date
    # columns' marks (no date printed): each such cell None, the row read
    row = ("Series B Preferred Stock102/21/2013C2,246,33811Common Stock2,246,338$0.000"
           "IBy Sequoia Capital XI, LP2")
    assert cut_values(row, derivative=True, marks=frozenset("123456")).split()[:9] == [
        "Series", "B", "Preferred", "Stock", UNPLACED, "02/21/2013", "C", "2,246,338", GLUED_UNPLACED]
    # MSFT-20180829-1: "A72522": 725 shares and marks 2, 2, or 7252 and 2: the shares
    # unknown, the dates' cells printing no date
    msft = "Restricted Stock Units108/29/2018A72522Common Stock725$05,283D"
    assert cut_values(msft, derivative=True, marks=frozenset("123456")).split()[3:9] == [
        UNPLACED, "08/29/2018", "A", UNCUT, UNPLACED, UNPLACED]
    form, _ = read_none_wrong(AGENT / "XOOM-20130221-1" / "agent" / "bs4-text.txt")
    rows = [(t.security_title, t.transaction_date, t.shares, t.conversion_or_exercise_price,
             t.exercise_date, t.expiration_date, t.underlying_shares)
            for t in form.derivative_transactions]
    assert len(rows) == 18
    assert rows[0] == ("Series B Preferred Stock", date(2013, 2, 21), Decimal("2246338"),
                       None, None, None, Decimal("2246338"))
    # "C241,91311": a mark on the code or not, so the shares are unknown; the row is read
    assert rows[1][:3] == ("Series B Preferred Stock", date(2013, 2, 21), None)


def test_table_ii_dates_marks_glued_past_the_shares_show_its_words_glue_marks() -> None:
    # FB-20190822-1 (agent, get_text()): "5,406161515" glues marks past the shares' last
    # group, so the row's nature "..., LP8" holds note 8's mark, not a name's figure
    form, _ = read_none_wrong(AGENT / "FB-20190822-1" / "agent" / "bs4-text.txt")
    assert [(t.nature_of_ownership, t.footnotes.get("nature_of_ownership"))
            for t in form.derivative_transactions] == [
        ("By The Founders Fund IV, LP", ("1",)),
        ("By The Founders Fund IV Principals Fund, LP", ("8",))]


def test_a_date_word_glued_onto_the_underlying_title_leaves_the_row_unread() -> None:
    # MSFT-20180829-1 (agent, get_text()) with its dates printed as words run onto the
    # title ("(2)" and "None": "A7252NoneCommon"): a date column may print any word, so
    # where a word after the shares runs two cells together the row is not read (never
    # an underlying title "NoneCommon Stock")
    path = AGENT / "MSFT-20180829-1" / "agent" / "bs4-text.txt"
    for glued in ("A7252NoneCommon", "A7252VariousCommon", "A72522Currently ExercisableCommon"):
        form = parse(edited_text(path, ("A72522Common", glued), once=True))
        assert not form.derivative_transactions, glued
    form = parse(fixture_text(path))
    assert [t.underlying_security_title for t in form.derivative_transactions] == ["Common Stock"]
    # printed marks more than the date columns, then a date's word glued on: not the
    # dates' marks, the row left as it reads (before: "NoneCommon" the title)
    row = "Restricted Stock Units(1)08/29/2018A45,659(2)(1)(1)NoneCommon Stock45,659$0 45,659D"
    assert "45,659(2)(1)(1)" in cut_values(row, derivative=True, marks=frozenset()).split()
