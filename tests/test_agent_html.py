"""The agent design's HTML converters: bare superscript marks (form4lark/form/bare_cell_marks.py,
grammars/cells.lark) and Table II captioned below its rows (grammars/form_labels.lark).

The agent design prints marks as superscripts; inscriptis drops the raise, so a cell
holding only a mark (Table II's conversion price and dates, Table I's price) is a
bare "1". The fixture is TSLA-20100702-1's inscriptis text of that design (its lines'
trailing blanks cut): five preferred stocks and a warrant converted, every date and
price only a mark. Table II was left out before and three prices of Table I read as
1, 2 and 3 (the marks of notes 1 to 3); every field is now right against the truth.
"""

from __future__ import annotations

from decimal import Decimal

from support import FIXTURES, table_fields_off

from form4lark.cells import read_cell
from form4lark.form.atoms import lex
from form4lark.form.bare_cell_marks import bare_marks_put
from form4lark.shapes.grid import read_grid

TSLA = FIXTURES / "agent" / "TSLA-20100702-1" / "agent" / "inscriptis.txt"


def test_bare_marks_every_field_read() -> None:
    form, off = table_fields_off(TSLA)
    assert off == []
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 6
    assert rows[2].security_title == "Series C Preferred Stock"
    assert rows[2].conversion_or_exercise_price is None
    assert rows[2].footnotes["conversion_or_exercise_price"] == ("2",)
    assert rows[5].footnotes["exercise_date"] == ("3",)
    assert rows[5].underlying_shares == Decimal("113908")
    rows_i = form.non_derivative_transactions or ()
    # the marks "1", "2", "3" where only a mark stands, not prices of 1, 2 and 3
    assert [r.price_per_share for r in rows_i] == [None, None, None, Decimal("17.00"),
                                                    Decimal("17.00")]
    assert [r.footnotes.get("price_per_share") for r in rows_i[:3]] == [("1",), ("2",), ("3",)]
    assert any("bare superscripts" in d.message for d in form.diagnostics)


def _atoms(text: str):
    return lex(read_grid(text))


def test_only_listed_numbers_of_rows_put() -> None:
    body = _atoms("Preferred Stock  1  07/02/2010  C  4,880,343  5  1  Common Stock  10  1  0  I\n")
    notes = _atoms("1. A note.\n2. Another note.\n")
    put = bare_marks_put(body, notes)
    assert put is not None
    texts = [a.text for a in put]
    # "1" is note 1's mark; "5" names no note and "10" is two figures of no note: amounts
    assert texts.count("(1)") == 3 and "5" in texts and "10" in texts and "0" in texts


def test_rows_wrapped_onto_lines_of_words_not_put() -> None:
    body = _atoms("Series A\nPreferred  1  07/02/2010  C  4,880,343  1  1\nStock\n")
    notes = _atoms("1. A note.\n")
    assert bare_marks_put(body, notes) is None


def test_grouped_amount_ends_where_its_last_group_does() -> None:
    # html2text of the agent design: "16,287<sup>1</sup>" printed "16,2871" (AFRM-20230103-1,
    # truth 16,287 with mark 1); the figure past three of the last group is the mark
    glued = read_cell("amount_cell", "16,2871")
    assert (glued.value, glued.marks, glued.problem) == (Decimal("16287"), ("1",), None)
    assert read_cell("amount_cell", "1,0001(2)").marks == ("1", "2")
    assert read_cell("amount_cell", "16,287").marks == ()
    # two figures past the group: mark 12, or marks 1 and 2: not read
    assert read_cell("amount_cell", "16,28712").value is None
    # no comma group, no cut, deliberately: the cell alone cannot tell "9931" from 993 with
    # mark 1 glued on (EB-20220413-1 html2text, whose truth is 993 + mark 1); the record
    # makes it unknown where the text groups other amounts ("7,267") and glues marks
    # (bare_marks.ungrouped_amounts), not this cell
    assert read_cell("amount_cell", "9931").value == Decimal("9931")
    assert read_cell("amount_cell", "1,000.51").value == Decimal("1000.51")


MSFT = FIXTURES / "agent" / "MSFT-20180829-1" / "agent" / "pandoc.md"


def test_table_ii_captioned_below_with_its_title_parenthesis() -> None:
    # pandoc prints each table's caption below it, Table II's with the form's "(e.g., puts,
    # calls, warrants, options, convertible securities)": the parenthesis is the title's,
    # not a row's words, so the rows above the caption are Table II's (left out before)
    form, off = table_fields_off(MSFT)
    assert off == []
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 1
    assert (rows[0].security_title, rows[0].shares, rows[0].shares_owned_following) == (
        "Restricted Stock Units", Decimal("725"), Decimal("5283"))
    assert rows[0].footnotes["exercise_date"] == ("2",)


def test_table_that_reads_with_a_bare_mark_for_a_date_read_again() -> None:
    """html2text keeps every cell, so TSLA-20100702-1's Table II reads as printed: its
    exercise and expiration dates "1" were read unknown ("'1' is not a date") and their
    marks lost, with the conversion prices' and Table I's prices' "1", "2", "3" left
    unknown with no mark. A date is never a bare number of one or two figures: the text
    prints its marks bare, so the table is read again with its bare note numbers as marks."""
    form, off = table_fields_off(TSLA.with_name("html2text.md"))
    assert off == []
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 6
    assert rows[5].exercise_date is None and rows[5].footnotes["exercise_date"] == ("3",)
    assert rows[2].conversion_or_exercise_price is None
    assert rows[2].footnotes["conversion_or_exercise_price"] == ("2",)
    rows_i = form.non_derivative_transactions or ()
    assert [r.price_per_share for r in rows_i[:3]] == [None, None, None]
    assert [r.footnotes.get("price_per_share") for r in rows_i[:3]] == [("1",), ("2",), ("3",)]


def test_bare_marks_reading_of_another_row_count_not_kept(monkeypatch) -> None:
    """Where the table read again with its bare marks reads another number of rows than
    the first reading (here the re-reading made to lose its last row), the first reading
    is kept: its dates stay unknown with no mark, the re-reading's rows are not taken."""
    from form4lark.form import reader
    real = reader._bare_marks_read

    def one_row_lost(*args, **kwargs):
        """The real re-reading with its last row lost."""
        return real(*args, **kwargs)[:-1]

    monkeypatch.setattr(reader, "_bare_marks_read", one_row_lost)
    form, _ = table_fields_off(TSLA.with_name("html2text.md"))
    rows = form.derivative_transactions
    assert rows is not None and len(rows) == 6
    assert rows[5].exercise_date is None and "exercise_date" not in rows[5].footnotes
