"""The web design's PDF through pypdf's and pdfplumber's layout modes (a page grid):
a header whose titles' wrapped lines the converter ran together ("(A) or(D)", "Amount
OwnedFollowing") read as the short titles, a cell's words run together so left unknown,
and natures centred on their rows (their lines between two rows' values) left unknown
where the words' order does not tell whose they are; every value read checked against
the filing's truth."""

from __future__ import annotations

from form4lark import parse
from form4lark.scoring import score

from support import FIXTURES, fixture_text, record, truth_of

XOOM = FIXTURES / "web" / "XOOM-20130221-1" / "web"
_VALUES = ("security_title", "transaction_date", "transaction_code", "shares",
           "acquired_disposed", "shares_owned_following", "direct_or_indirect")


def _read(name: str) -> tuple[dict, dict]:
    """The record read from one of the filing's layout texts, and its truth."""
    path = XOOM / name
    return record(parse(fixture_text(path))), truth_of(path)


def test_a_header_of_titles_run_together_reads_table_i() -> None:
    """pypdf's "Amount OwnedFollowing": the glued titles read as the short titles, so
    Table I's three rows are read (before: left out), each value as the truth's."""
    got, truth = _read("pypdf-layout.txt")
    rows, expected = got["non_derivative_transactions"], truth["non_derivative_transactions"]
    assert len(rows) == len(expected) == 3
    for row, want in zip(rows, expected):
        assert {key: row[key] for key in _VALUES} == {key: want[key] for key in _VALUES}
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []


def test_a_nature_whose_words_ran_together_is_unknown() -> None:
    """"By Sequoia Capital XI PrincipalsFund, LLC": the converter ran the cell's wrapped
    lines together as it ran the header's titles: which capital opens a word is lost,
    so the nature is unknown (never the glued text); the one printed on one line reads."""
    got, _ = _read("pypdf-layout.txt")
    natures = [row["nature_of_ownership"] for row in got["non_derivative_transactions"]]
    assert natures == ["By Sequoia Capital XI, LP", None, None]
    assert any("PrincipalsFund" in d["message"] for d in got["diagnostics"])


def test_natures_centred_between_rows_are_read_centred_or_unknown() -> None:
    """pdfplumber: "By Sequoia Capital XI Principals" above the second row's values and
    "Fund, LLC [2]" below them, the third row's nature so too: read in the words' order
    they gave "Fund, LLC By Sequoia Technology Partners" and "XI, LP" (each such nature
    was left unknown). The body's values stand under other titles than their own (its
    own grid), so its columns are read by what they hold and its rows centred on their
    values lines, the only way the lines stand (set at the rows' tops, the first nature
    would run on past its mark; at their bottoms, no line could stand below the last
    row): every nature the truth's, none another row's words."""
    got, truth = _read("pdfplumber-layout.txt")
    rows = got["non_derivative_transactions"]
    assert [row["nature_of_ownership"] for row in rows] == [
        row["nature_of_ownership"] for row in truth["non_derivative_transactions"]]
    assert [row["shares"] for row in rows] == [
        row["shares"] for row in truth["non_derivative_transactions"]]
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []


def test_a_nature_centred_over_three_lines_after_a_one_line_nature_is_unknown() -> None:
    """pdfplumber's text edited by hand: the second row's nature centred over three lines
    ("By Sequoia Capital XI" above its values, "Principals Fund," on them, "LLC [2]"
    below) after a first row's nature of one line. Every values line prints a nature, as
    where natures are set at their rows' tops and wrapped below, but the line between two
    rows' values may be either row's: read in order the second row's nature was
    "Principals Fund, LLC" (its first line left to the row above). Each nature is its
    row's or unknown, never another row's words; the shares still read."""
    _, truth = _read("pdfplumber-layout.txt")
    lines = fixture_text(XOOM / "pdfplumber-layout.txt").split("\n")
    at = next(n for n, line in enumerate(lines) if "5036306 A" in line)
    assert lines[at + 1].strip() == "By Sequoia Capital XI Principals"
    beside = " " * lines[at + 1].index("By")
    lines[at + 1:at + 6] = [beside + "By Sequoia Capital XI",
                            lines[at + 2].rstrip().ljust(len(beside)) + "Principals Fund,",
                            beside + "LLC [2]",
                            lines[at + 5].rstrip().ljust(len(beside))
                            + "By Sequoia Technology Partners XI, LP [2]"]
    got = record(parse("\n".join(lines)))
    rows = got["non_derivative_transactions"]
    assert [row["shares"] for row in rows] == [
        row["shares"] for row in truth["non_derivative_transactions"]]
    for row, want in zip(rows, truth["non_derivative_transactions"], strict=True):
        assert row["nature_of_ownership"] in (None, want["nature_of_ownership"])
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []


def _plumber_rows(filing: str, table: str, name: str = "pdfplumber-layout.txt"
                  ) -> tuple[list[dict], list[dict]]:
    """The rows of ``table`` read from a filing's pdfplumber layout text (``name``) and the
    truth's, after checking that no field of the record is wrong."""
    path = FIXTURES / "web" / filing / "web" / name
    got, truth = record(parse(fixture_text(path))), truth_of(path)
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []
    return got[table], truth[table]


def test_table_ii_titles_interleaved_over_five_lines_read() -> None:
    """pdfplumber's layout of Table II's header: each title wrapped in its narrow column,
    the columns' lines interleaved over five lines ("Conversion" and "Deemed" above "Title
    of  Transaction"), and a crowded line pushing words right off their places ("Code V
    Amount or": the "or" of "(A) or (D)" stands right of "(A)" above it; "Underlying
    Underlying" right of "Title Shares" below). The titles are read as the form's short
    titles, a pushed word allowed to stand left of where it is printed, so Table II's row
    is read (before: left out), every value the truth's."""
    rows, expected = _plumber_rows("MSFT-20180829-1", "derivative_transactions")
    assert len(rows) == len(expected) == 1
    keys = ("conversion_or_exercise_price", "transaction_date", "transaction_code", "shares",
            "acquired_disposed", "underlying_shares", "shares_owned_following",
            "direct_or_indirect")
    assert {key: rows[0][key] for key in keys} == {key: expected[0][key] for key in keys}
    assert rows[0]["security_title"] == expected[0]["security_title"]


def test_a_title_beside_a_value_centred_above_its_row_is_the_first_column() -> None:
    """pdfplumber's layout of a row whose cells are centred on its values line: the
    amount's "757756" over its "[1]", beside the title's first line ("Common Stock
    (restricted  757756"), the title's words reaching past where the date stands below.
    A line's first run at the body's left edge, words and no value, is the title's (before:
    only a line holding it alone), so the body's columns match and Table I's row is read
    (before: left out), every value the truth's."""
    rows, expected = _plumber_rows("SCWO-20250430-1", "non_derivative_transactions")
    assert len(rows) == len(expected) == 1
    keys = ("security_title", "transaction_date", "transaction_code", "shares",
            "acquired_disposed", "price_per_share", "shares_owned_following",
            "direct_or_indirect", "footnotes")
    assert {key: rows[0][key] for key in keys} == {key: expected[0][key] for key in keys}


def test_a_direction_after_an_amounts_mark_is_the_next_column() -> None:
    """pdfplumber's layout sets a crowded row's cells one space apart: "9276 [1] D", the
    amount, its mark and the next column's direction. A cell's marks close it, so the
    letter after them is the next cell's (before: run into the amount's cell, which left
    the body's columns unmatched and Table I out); every value the truth's."""
    rows, expected = _plumber_rows("AFRM-20240701-1", "non_derivative_transactions")
    assert len(rows) == len(expected)
    assert [(row["shares"], row["acquired_disposed"], row["footnotes"]) for row in rows] == [
        (row["shares"], row["acquired_disposed"], row["footnotes"]) for row in expected]


def test_a_mark_after_a_direction_beside_an_empty_price_is_unknown() -> None:
    """pdfplumber's layout on a narrower grid (x_density 8.5): the crowded header read
    with pushed words ("(A) or (D)" and "Price" overlapping) and the body off it, so its
    columns are read by what they hold. "5160301 A [1] 5160301": the "[1]" is the empty
    price's, set one space after the direction's letter, and might close the letter's
    cell as well: with the price's cell empty on the line it is left unknown and noted
    (before: the direction's footnote), never a wrong field."""
    rows, expected = _plumber_rows("GUTS-20240206-1", "non_derivative_transactions",
                                   "pdfplumber-layout-narrow.txt")
    assert len(rows) == len(expected) == 3
    assert [row["footnotes"].get("acquired_disposed") for row in rows] == [None] * 3
    assert [row["shares"] for row in rows] == [row["shares"] for row in expected]
