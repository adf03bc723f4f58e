"""A page grid's body read by where its values line up (``body_columns``) where its
footnote marks alone do not line up: a cell's marks a layout text set two spaces apart
("[5]  [6]", pypdf rounding each mark's place) read as one cell's, and a column of marks
alone that may be either of two empty columns' ("[7]": the exercise date's or the
expiration date's) left unknown while every value of its rows is read. Values checked
against the filing's truth; edited texts where a value, not a mark, is in dispute, or
where marks two spaces apart stand under two titles, must not read a wrong value."""

from __future__ import annotations

from form4lark import parse
from form4lark.form.body_columns import UNSETTLED, marks_joined, marks_unsettled
from form4lark.form.short_grid import GridWord
from form4lark.scoring import score

from support import FIXTURES, edited_text, fixture_text, record, truth_of

YELP = FIXTURES / "web" / "YELP-20130318-1" / "web" / "pypdf-layout.txt"
GUTS = FIXTURES / "web" / "GUTS-20240206-1" / "web"
TSLA = FIXTURES / "web" / "TSLA-20100702-1" / "web" / "pypdf-layout.txt"
_VALUES = ("security_title", "transaction_date", "transaction_code", "shares",
           "acquired_disposed", "underlying_security_title", "underlying_shares",
           "price_per_share", "shares_owned_following", "direct_or_indirect")


def _wrong(truth: dict, got: dict) -> list[str]:
    return [path for path, verdict in score(truth, got) if verdict == "wrong"]


def test_table_ii_over_two_grids_reads_every_row() -> None:
    """pypdf's layout text of the web page: Table II's first row on the header's grid
    ("[5]  [6]" two spaces apart under "Exercisable"), the next three (a page further)
    on a narrower grid where their "[7]" stands between the direction and the underlying
    title, the exercise date's or the expiration date's by its kinds alone (before: the
    table was left out). Every row's values are the truth's; the first row's marks are
    read under their titles, the others' "[7]" left unknown, never given a column."""
    got, truth = record(parse(fixture_text(YELP))), truth_of(YELP)
    rows, expected = got["derivative_transactions"], truth["derivative_transactions"]
    assert len(rows) == len(expected) == 4
    for row, want in zip(rows, expected):
        assert {key: row[key] for key in _VALUES} == {key: want[key] for key in _VALUES}
    assert rows[0]["footnotes"]["expiration_date"] == ["7"]
    assert rows[0]["footnotes"]["exercise_date"] == ["5", "6"]
    for row in rows[1:]:
        assert "expiration_date" not in row["footnotes"]
        assert "exercise_date" not in row["footnotes"]
    assert _wrong(truth, got) == []


def test_a_disputed_date_is_not_read() -> None:
    """The same text, each "[7]" of the rows on the narrower grid made a date: a value
    now stands where only marks stood, and whether it is the exercise or the expiration
    date its kind does not tell. It is read as neither (never the wrong one)."""
    lines = fixture_text(YELP).split("\n")
    edited = [line.replace("[7]     ", "1/1/2020") if "D[5][6]" in line else line
              for line in lines]
    assert sum("1/1/2020  " in line for line in edited) == 3
    got, truth = record(parse("\n".join(edited))), truth_of(YELP)
    assert got["derivative_transactions"] is None  # the table refused, not read wrong
    assert any("Table II could not be read" in d["message"] and d["severity"] == "error"
               for d in got["diagnostics"])
    assert len(got["non_derivative_transactions"]) == len(truth["non_derivative_transactions"])
    assert _wrong(truth, got) == []


def test_marks_two_spaces_apart_under_another_grid_keep_their_columns() -> None:
    """pypdf's layout text of another web page, its five rows' empty exercise date's
    "[1]" and expiration date's made "[1]  [2]", two spaces apart (a layout text's
    usual gap between two cells), both under "Exercisable" as the header stands on
    another grid: the text reads without joining them, so they are not joined (joining
    is only tried where nothing else reads) and each is its own date's mark."""
    edit = ("[1]             [1]   ", "[1]  [2]              ")
    got, truth = record(parse(edited_text(TSLA, edit))), truth_of(TSLA)
    rows = got["derivative_transactions"]
    assert len(rows) == len(truth["derivative_transactions"]) == 6
    missing = []
    for n, (row, want) in enumerate(zip(rows, truth["derivative_transactions"])):
        for key in _VALUES:
            assert row[key] in (want[key], None), (n, key)
            missing += [(n, key)] if row[key] is None and want[key] is not None else []
    assert missing == [(4, "security_title")]  # its title's lines wrap apart, unedited too
    edited = [f"derivative_transactions[{n}].footnotes.expiration_date" for n in range(5)]
    assert _wrong(truth, got) == edited  # off the filing's truth only where edited
    for row in rows[:5]:
        assert row["footnotes"]["exercise_date"] == ["1"]
        assert row["footnotes"]["expiration_date"] == ["2"]
    assert rows[5]["footnotes"]["expiration_date"] == ["3"]


def test_marks_of_a_value_beside_an_empty_column_keep_the_dispute() -> None:
    """pdfplumber's text of another filing: "1875938 [1]" (the underlying amount's mark
    or the empty price's) and "D [1]" (the direction's or the empty exercise date's)
    beside a column of marks alone that two columns could hold: those marks may be the
    disputed column's own, so no column of marks is dropped to settle it, and no value or
    mark is read wrong (the narrow text too, "D [1]  [1]" under two titles apart). The
    base read these texts so too: this guards against a wrong value, not a gain."""
    for name in ("pdfplumber-layout.txt", "pdfplumber-layout-narrow.txt"):
        got = record(parse(fixture_text(GUTS / name)))
        assert _wrong(truth_of(GUTS / name), got) == []
        for row in got["derivative_transactions"]:
            assert "underlying_shares" not in row["footnotes"]


def _word(text: str, start: int) -> GridWord:
    return GridWord(text, start, start + len(text), 1, start)


def test_marks_two_spaces_apart_join_under_one_title_only() -> None:
    """Two runs of marks alone two spaces apart are one cell's only where one title
    stands over both; under two titles (a crowded grid) they stay two cells'."""
    spans = [(0, 10), (12, 20), (20, 30)]
    five, six = [_word("(5)", 12)], [_word("(6)", 17)]
    assert marks_joined([five, six], spans) == [five + six]
    seven = [_word("(7)", 22)]
    assert marks_joined([six, seven], spans) == [six, seven]
    assert marks_joined([[_word("(5)", 12)], [_word("(6)", 19)]], spans) \
        == [[_word("(5)", 12)], [_word("(6)", 19)]]


def test_disputed_marks_left_unknown_only_between_agreed_values() -> None:
    """A column of marks alone that two matches give different columns is left in none
    where the values on both sides are agreed and hold no marks; a block of marks alone,
    or a value with marks after it, keeps every match."""
    date, mark, name = [_word("01/02/2020", 0)], [_word("(7)", 12)], [_word("Common", 20)]
    clusters = [[(0, date)], [(0, mark)], [(0, name)]]
    assert marks_unsettled(clusters, [[1, 8, 10], [1, 9, 10]]) == [[1, UNSETTLED, 10]]
    marks_alone = [[(0, mark)], [(0, [_word("(8)", 22)])]]
    assert marks_unsettled(marks_alone, [[8, 9], [8, 10]]) == [[8, 9], [8, 10]]
    marked = [[(0, [_word("1000", 0), _word("(1)", 5)])], [(0, mark)], [(0, name)]]
    assert marks_unsettled(marked, [[6, 8, 10], [6, 9, 10]]) == [[6, 8, 10], [6, 9, 10]]
    edge = [[(0, mark)], [(0, date)], [(0, name)]]
    assert marks_unsettled(edge, [[0, 1, 10], [2, 3, 10]]) == [[0, 1, 10], [2, 3, 10]]
