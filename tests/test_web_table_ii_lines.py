"""Table II of the web design's PDF through pdfplumber (a stream: the page's visual lines,
its header a box a line), whose rows centre their titles around their values line, the
underlying title of two lines wholly off it: read as the page's visual lines where the
stream's order does not read (``form/table_ii_lines.py``), every value checked against the
filing's truth; refused where a line of values would be left unread."""

from __future__ import annotations

from form4lark import parse
from form4lark.scoring import score

from support import FIXTURES, fixture_text, record, truth_of

WEB = FIXTURES / "web"
_VALUES = ("transaction_date", "transaction_code", "shares", "acquired_disposed",
           "underlying_shares", "price_per_share", "shares_owned_following", "direct_or_indirect")


def _read(filing: str) -> tuple[dict, dict]:
    """The record read from a filing's pdfplumber text, and its truth."""
    path = WEB / filing / "web" / "pdfplumber.txt"
    return record(parse(fixture_text(path))), truth_of(path)


def test_a_row_whose_underlying_title_stands_wholly_off_its_line_is_read() -> None:
    """"Restricted" / "Common" / "Stock [1] 08/29/2018 A 725 A [2] [2] 725 $0 5283 D" /
    "Stock" / "Units": the values line, column 7's title on the lines around it, reads
    as the row's values and, its lines one above and one below it on a page centring its
    cells, as its two titles: the one cut giving the underlying title one the page prints
    ("Common Stock", Table I's)."""
    got, truth = _read("MSFT-20180829-1")
    (row,) = got["derivative_transactions"]
    (expected,) = truth["derivative_transactions"]
    assert {key: row[key] for key in _VALUES} == {key: expected[key] for key in _VALUES}
    assert row["footnotes"] == expected["footnotes"]
    assert (row["security_title"], row["underlying_security_title"]) == (
        "Restricted Stock Units", "Common Stock")
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []


def test_an_untitled_row_reads_titles_of_several_lines_centred_on_it() -> None:
    """AAPL-20190812-1: "Director" / "Stock" / "Common" / "Option $23.8257 08/12/2019 M
    17500 D ..." / "Stock" / "(Right to" / "Buy)": a title of five lines and an
    underlying title of two, both centred on the values line, interleaved. The underlying
    title takes the one cut that makes it a title the page prints, the title the rest."""
    got, truth = _read("AAPL-20190812-1")
    (row,) = got["derivative_transactions"]
    assert (row["security_title"], row["underlying_security_title"]) == (
        "Director Stock Option (Right to Buy)", "Common Stock")
    assert [p for p, verdict in score(truth, got) if verdict != "right"] == []


def test_an_untitled_row_with_its_lines_all_below_it_reads_no_title() -> None:
    """YELP-20121123-1: the third row's values line stands before all three of its
    lines ("[3][4] 11/27/2012 C 9330 D ..." / "Class B Class A" / "Common Common" /
    "Stock Stock"), which no centred cell prints: its values are read, its titles left
    unknown (never "Class B Class A Common Common Stock" / "Stock"); the two rows before
    it, centred, read theirs."""
    got, truth = _read("YELP-20121123-1")
    rows = got["derivative_transactions"]
    assert [row["shares"] for row in rows] == [r["shares"] for r in truth["derivative_transactions"]]
    assert [(row["security_title"], row["underlying_security_title"]) for row in rows] == [
        ("Class B Common Stock", "Class A Common Stock")] * 2 + [(None, None)]
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []


def test_an_untitled_row_s_cut_inside_a_line_making_one_printed_title_is_not_taken() -> None:
    """MSFT-20180829-1 with its underlying title "Class A Common" / "Stock": the one cut
    making the underlying title one the page prints ("Common Stock") falls inside the
    line "Class A Common", its first words going to the title ("Restricted Class A Stock
    Units"): an untitled row's cut is taken inside a line only where both titles come
    out printed ones, so both are left unknown, its values read."""
    path = WEB / "MSFT-20180829-1" / "web" / "pdfplumber.txt"
    text = fixture_text(path)
    assert text.count("\nCommon\n") == 1
    got, truth = record(parse(text.replace("\nCommon\n", "\nClass A Common\n"))), truth_of(path)
    (row,) = got["derivative_transactions"]
    assert (row["security_title"], row["underlying_security_title"]) == (None, None)
    assert row["shares"] == truth["derivative_transactions"][0]["shares"]


def test_an_untitled_row_with_no_line_above_gives_its_lines_to_the_rows_around() -> None:
    """AUR-20231019-1: "Stock Stock [2][3]" / "[1] 10/19/2023 C 704849 ..." / "Class B
    Class A See" / ...: the untitled row's lines all below it are no centred cell's, so
    it stands as a broken line, the line above it the row before's: that row reads its
    underlying title ("Class A Common Stock"), the untitled row's titles stay unknown."""
    got, truth = _read("AUR-20231019-1")
    rows = got["derivative_transactions"]
    assert [row["shares"] for row in rows] == [r["shares"] for r in truth["derivative_transactions"]]
    assert rows[0]["underlying_security_title"] == "Class A Common Stock"
    assert (rows[1]["security_title"], rows[1]["underlying_security_title"]) == (None, None)
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []


def test_untitled_rows_read_their_titles_where_the_page_prints_them() -> None:
    """Six rows "Series A" / "Common" / "Preferred [1] 12/18/2012 ... 0 I By Trust" /
    "Stock" / "Stock": each row's values, and its two titles where the cut gives titles
    the page prints; the row whose title the page set apart below it ("Stock" / "Series D"
    / "Preferred" / "Stock" under its line) keeps its title unknown, never "Stock Series D
    Preferred Stock" (the underlying title's last word taken)."""
    got, truth = _read("SCTY-20121218-1")
    rows = got["derivative_transactions"]
    assert [row["shares"] for row in rows] == [row["shares"] for row in truth["derivative_transactions"]]
    assert [row["security_title"] for row in rows] == [
        "Series A Preferred Stock", "Series B Preferred Stock", "Series C Preferred Stock", None,
        "Series F Preferred Stock", "Series G Preferred Stock"]
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []


def test_a_line_of_values_left_unread_leaves_the_table_refused() -> None:
    """GUTS-20240206-1: three of five rows' lines ("... 0 D [2]") read as no row as visual
    lines; the rows after them would be read out of their places, so the table is left out
    as the stream reading leaves it, no row read."""
    got, _ = _read("GUTS-20240206-1")
    assert got["derivative_transactions"] is None
    assert any("Table II could not be read" in d["message"] for d in got["diagnostics"])


def test_only_a_text_printing_the_pages_visual_lines_is_read_so() -> None:
    """The same page's Table II (AAPL-20190812-1) through pdfplumber, its column titles a
    band of lines each holding several columns' words, is read as visual lines; through
    pdftotext's raw text, each column title's words a line of their own (cells printed
    one after another, no rows' lines), it is not."""
    from form4lark.form.table_ii_lines import visual_rows
    from form4lark.shapes.detect import read_shape
    page = WEB / "AAPL-20190812-1" / "web"
    assert visual_rows(read_shape(fixture_text(page / "pdfplumber.txt"))) is not None
    assert visual_rows(read_shape(fixture_text(page / "pdftotext-raw.txt"))) is None


def test_a_table_i_whose_stream_reading_stops_is_read_as_visual_lines() -> None:
    """MDB-20200610-1: Table I's stream reading stops at a row whose title and nature wrap
    around it on both lines; as the page's visual lines every line of values reads as a
    row: all eleven rows, their values as the truth holds them, none wrong (read in part,
    the rows after the stop were left out)."""
    path = WEB / "MDB-20200610-1" / "web" / "pdfplumber.txt"
    got, truth = record(parse(fixture_text(path))), truth_of(path)
    rows, expected = got["non_derivative_transactions"], truth["non_derivative_transactions"]
    assert len(rows) == len(expected) == 11
    assert [(r["transaction_date"], r["shares"], r["shares_owned_following"]) for r in rows] == [
        (r["transaction_date"], r["shares"], r["shares_owned_following"]) for r in expected]
    assert [p for p, verdict in score(truth, got) if verdict == "wrong"] == []
