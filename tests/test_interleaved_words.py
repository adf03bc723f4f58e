"""Two lines of a text cell whose letters a converter interleaved (pdfplumber's text
mode puts the two lines around a row's middle on one line): read again only as the
words of a text the page prints with certainty (else of a run of its notes' words),
where exactly one reading gives them; and runs of lines between rows cut where one cut
alone lets both rows read; a nature read with certainty in one table is a whole value in
the other."""

from __future__ import annotations

from form4lark.form.atoms import Atom
from form4lark.form.interleaved_words import interleaves, note_words, untangled
from form4lark.form.row_lines import lines_table
from form4lark.page import Piece
from form4lark.shapes.lines import read_lines
from support import FIXTURES, HEADER_I, HEADER_II, TABLE_I, TABLE_II, fixture_text, lines_rows


def _atoms(text: str) -> list[Atom]:
    piece = Piece(text, 1, 1)
    return [Atom("TEXT", word, 0, 0, 0, piece) for word in text.split()]


def _words(atoms: list[Atom] | None) -> list[str] | None:
    return None if atoms is None else [a.text for a in atoms]


def test_letters_of_two_lines_merged_in_order_are_told_from_others() -> None:
    assert interleaves("Common", "Stock", "CoSmtomckon")
    assert interleaves("Common", "Stock", "CStoomckmon")
    assert not interleaves("Common", "Stock", "CoSmtomckno")  # "n" before "o": not in order
    assert not interleaves("Common", "Stock", "CoSmtomckonn")


def test_garbled_words_are_read_as_one_run_of_a_printed_text_or_left() -> None:
    known = frozenset({"Class A Common Stock", "See Footnote"})
    assert _words(untangled(_atoms("Co S m to m ck on"), known)) == ["Common", "Stock"]
    # the marks ending the last word stay on the last word read
    assert _words(untangled(_atoms("S F e o e otnote(9)"), known)) == ["See", "Footnote(9)"]
    # a mark among the letters ends the cell: it goes to the last word
    assert _words(untangled(_atoms("C St o o m ck m (4 o ) n"), known)) == ["Common", "Stock(4)"]
    # characters of no mark ("(4" alone) are not taken out
    assert untangled(_atoms("C St o o m ck m (4 o n"), known) is None
    # letters no printed text gives are not guessed
    assert untangled(_atoms("P S r to ef c e k rred"), known) is None
    assert untangled(_atoms("Co S m to m ck on"), frozenset()) is None
    # two printed texts giving different words from the same letters: neither is taken
    # ("ab cd" and "ac bd" cut into two lines both interleave to "acbd")
    assert _words(untangled(_atoms("a c b d"), frozenset({"ab cd"}))) == ["ab", "cd"]
    assert untangled(_atoms("a c b d"), frozenset({"ab cd", "ac bd"})) is None


def test_garbled_words_no_title_gives_are_read_as_one_run_of_the_notes_words() -> None:
    notes = note_words("1. Each share of Series B Preferred Stock(2), converted into one "
                       "share of Class B Common Stock.".split())
    # marks and punctuation ending a word are no letters of it
    assert notes[5:8] == ("B", "Preferred", "Stock") and notes[-1] == "Stock"
    # "Series B" over "Preferred" and "Class B" over "Common" (pdfplumber, XOOM and MDB)
    assert _words(untangled(_atoms("S P e re ri f e e s rr B ed"), frozenset(), notes)) == [
        "Series", "B", "Preferred"]
    assert _words(untangled(_atoms("C C l o a m ss m B on"), frozenset(), notes)) == [
        "Class", "B", "Common"]
    # a title the page prints comes first: the notes are not read where one fits
    assert _words(untangled(_atoms("Co S m to m ck on"), frozenset({"Common Stock"}),
                            notes)) == ["Common", "Stock"]
    # letters no run of the notes' words gives are left; so are letters two runs give
    assert untangled(_atoms("C A l o a m ss m B on"), frozenset(), notes) is None
    twice = note_words("ab cd and ac bd".split())
    assert untangled(_atoms("a c b d"), frozenset(), twice) is None


def test_a_run_of_the_notes_is_found_at_their_start_and_end_and_is_two_words_or_more() -> None:
    garbled = _atoms("C C l o a m ss m B on")  # "Class B" over "Common"
    assert _words(untangled(garbled, frozenset(), ("Class", "B", "Common", "shares"))) == [
        "Class", "B", "Common"]
    assert _words(untangled(garbled, frozenset(), ("of", "Class", "B", "Common"))) == [
        "Class", "B", "Common"]
    # a run one letter short or long of the garbled letters is not tried
    assert untangled(garbled, frozenset(), ("of", "Class", "B", "Commons")) is None
    # one word alone is no two lines
    assert untangled(_atoms("C o m m o n"), frozenset(), ("Common", "x")) is None


#: rows centred on their lines: the last row's cells of two lines stand around its middle,
#: their letters interleaved on its line (as pdfplumber prints AUR-20231019-1's page)
CENTRED = (f"{TABLE_I}\n{HEADER_I}\n"
           "See\nClass A Common Stock 10/19/2023 C 704,849 A (1) 704,849 I Footnote(6)\n"
           "Class A Common Stock 212,172 D\n"
           f"{TABLE_II}\n{HEADER_II}\n"
           "Class B Class A See\n"
           "Common (1) 10/19/2023 C 704,849 (1) (1) Common 704,849 $0 704,850 I Footnotes(2)\n"
           "Stock Stock (5)\n"
           "Class B Class A\n"
           "C St o o m ck mon (1) (1) (1) Co S m to m ck on 782,088 782,088 I S F e o e otnote(9)\n"
           "Explanation of Responses:\n")


def test_garbled_cells_of_a_row_are_read_as_printed_texts_and_its_lines_cut_by_them() -> None:
    first, last = lines_rows(CENTRED, "table_ii")
    assert last["security_title"] == "Class B Common Stock"
    assert last["underlying_security_title"] == "Class A Common Stock"
    assert last["nature_of_ownership"] == "See Footnote(9)"
    # the first row's cells: the page glues its marks ("Footnotes(2)"), so "(5)" standing
    # apart after "Stock" opens the nature's line, not the underlying title's mark
    assert (first["security_title"], first["underlying_security_title"],
            first["nature_of_ownership"]) == ("Class B Common Stock", "Class A Common Stock",
                                              "See Footnotes(2) (5)")
    # the page prints no nature that the garbled one could be: the row's cells are left out
    (_, last) = lines_rows(CENTRED.replace("See\nClass A Common Stock 10/19/2023",
                                           "Class A Common Stock 10/19/2023")
                       .replace("I Footnote(6)", "D"), "table_ii")
    assert "nature_of_ownership" not in last and "security_title" not in last


def test_a_garbled_nature_the_notes_print_is_read_and_the_row_with_it() -> None:
    no_nature = (CENTRED.replace("See\nClass A Common Stock 10/19/2023",
                                 "Class A Common Stock 10/19/2023")
                 .replace("I Footnote(6)", "D"))
    (_, last) = lines_rows(no_nature + "9. The shares are held by a trust. See Footnote 3.\n",
                           "table_ii")
    assert last["nature_of_ownership"] == "See Footnote(9)"
    assert last["security_title"] == "Class B Common Stock"
    assert last["underlying_security_title"] == "Class A Common Stock"
    # two runs of the notes' words give the letters ("Se e" over "Footnote"): none is read
    (_, last) = lines_rows(no_nature + "9. See Footnote 3. Se e Footnote 4.\n", "table_ii")
    assert "nature_of_ownership" not in last


def test_a_run_two_cuts_let_both_rows_read_is_left_uncut() -> None:
    # "Class A Common Stock" and "Common Stock" both printed: the last row's underlying
    # title may take "Class A" or not
    text = CENTRED.replace("Class A Common Stock 212,172 D\n",
                           "Class A Common Stock 212,172 D\nCommon Stock 1,000 D\n")
    (_, last) = lines_rows(text, "table_ii")
    assert "underlying_security_title" not in last and "security_title" not in last


def test_a_nature_read_with_certainty_in_table_i_closes_the_same_nature_in_table_ii() -> None:
    text = (f"{TABLE_I}\n{HEADER_I}\n"
            "Common Stock 12/18/2012 C 478,871 A (1) 13,986,189 I By Trust\n"
            f"{TABLE_II}\n{HEADER_II}\n"
            "Series A\n"
            "Preferred (1) 12/18/2012 C 10,491,720 (1) (1) Common 10,491,720 (1) 0 I By Trust\n"
            "Stock\nStock\n"
            "Explanation of Responses:\n")
    (row,) = lines_rows(text, "table_ii")
    # "By Trust" is a whole nature: the two "Stock" are the title's and the underlying title's
    assert row["nature_of_ownership"] == "By Trust"
    assert row["security_title"] == "Series A Preferred Stock"
    assert row["underlying_security_title"] == "Common Stock"
    # Table I's nature another: "Stock" may end the nature, neither it nor the title is read
    (row,) = lines_rows(text.replace("I By Trust\nTable", "D\nTable"), "table_ii")
    assert "nature_of_ownership" not in row and "security_title" not in row
    assert row["underlying_security_title"] == "Common Stock"


def test_garbled_letters_no_printed_text_gives_split_into_two_lines_of_the_pages_words() -> None:
    from form4lark.form.interleaved_words import page_words, split_lines
    page = page_words(["American Depositary Shares 03/16/2021 P(1) 230,536(2) A",
                       "3. ... (each whole warrant exercisable to purchase one ADS)",
                       "S P h u a rc re h s ase $17.3509 De S p h o a s r i e ta s ry"])
    # the garbled line's fragments are no words; marks and dates are none either
    assert "ase" not in page and "rc" not in page and "03/16/2021" not in page
    # "Shares" over "Purchase" (pdfplumber, CMMB-20210316-1): a sentence's "purchase"
    # opens the title's line with its first letter in capitals
    assert split_lines("SPhuarcrehsase", page) == ("Shares", "Purchase")
    assert _words(untangled(_atoms("S P h u a rc re h s ase"), frozenset(), (), page)) == [
        "Shares", "Purchase"]
    # a word the page prints nowhere is not guessed
    assert split_lines("SPhuarcrehsase", page_words(["American Depositary Shares"])) is None
    # both lines opening with one letter ("Founders" over "Fund IV,", FB-20170719-1): in
    # the order the page prints their words, punctuation ending a word kept as printed
    notes = page_words(['5. ... the General Partner of The Founders Fund IV, LP ("FF IV")'])
    assert split_lines("FFouunnddIeVr,s", notes) == ("Founders", "Fund", "IV,")
    assert split_lines("FFouunnddIeVr,s", notes + ("Fund", "IV,", "Founders")) is None
    # two splits of other words: none is read ("ab" over "cd" or "ac" over "bd")
    assert split_lines("acbd", ("ab", "cd")) == ("ab", "cd")
    assert split_lines("acbd", ("ab", "cd", "ac", "bd")) is None
    # one line alone is no split; nor are a lone small letter's words
    assert split_lines("Shares", ("Shares",)) is None
    assert split_lines("SxhAares", ("Shares", "x", "A")) is None


def test_a_row_whose_garbled_title_splits_into_the_pages_words_reads_its_other_cells() -> None:
    text = (f"{TABLE_I}\n{HEADER_I}\n"
            "American Depositary Shares 03/16/2021 P 230,536 A $17 1,108,509 D\n"
            f"{TABLE_II}\n{HEADER_II}\n"
            "American\n"
            "Depositary American\n"
            "S P h u a rc re h s ase $17.3509 03/16/2021 P 23,054 03/17/2021 03/17/2026 "
            "De S p h o a s r i e ta s ry 23,054 $0 23,054 D\n"
            "Warrant\n"
            "Explanation of Responses:\n"
            "1. One warrant is exercisable to purchase one ADS.\n")
    (row,) = lines_rows(text, "table_ii")
    assert row["underlying_security_title"] == "American Depositary Shares"
    # the title's lines may be cut two ways with the underlying title's: it is left out
    assert "security_title" not in row
    # "Purchase" printed nowhere else: the title stays garbled, and the row's cells unread
    (row,) = lines_rows(text.replace("to purchase", "to buy"), "table_ii")
    assert "underlying_security_title" not in row


def test_a_pages_readings_of_its_tables_ask_a_garbled_cells_runs_once() -> None:
    """Each reading of a page's rows (its titles, its natures, each table) reads its
    garbled cells again with the same texts: their runs are found once."""
    from form4lark.form.interleaved_words import _either_run
    page = read_lines(CENTRED)
    _either_run.cache_clear()
    rows = [lines_table(page, table) for table in ("table_i", "table_ii")]
    asked = _either_run.cache_info()
    assert asked.hits > 0 and rows[1][-1]["security_title"].text == "Class B Common Stock"
    _either_run.cache_clear()
    assert [lines_table(read_lines(CENTRED), table) for table in ("table_i", "table_ii")] == rows


def test_the_cached_runs_of_a_pages_notes_cannot_be_changed_by_a_caller() -> None:
    """The notes' letter counts and the cuts of known titles are cached and handed to
    every caller: one caller changing them would change every later reading of the page,
    so they are read-only (and a garbled cell still reads the same run after a try)."""
    import pytest

    from form4lark.form.interleaved_words import _runs_ending, _two_lines
    notes = note_words(["Held", "by", "the", "Roe", "Family", "Trust."])
    counts, ending = _runs_ending(notes)
    assert counts == (0, 4, 6, 9, 12, 18, 23) and ending[12] == (4,)
    with pytest.raises((TypeError, AttributeError)):
        ending[12].append(5)  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        ending[99] = (1,)  # type: ignore[index]
    with pytest.raises((TypeError, AttributeError)):
        _two_lines(frozenset({"Class B Stock"}))[11].append(("x", "y", ()))  # type: ignore[attr-defined]
    assert _runs_ending(notes) == (counts, ending) and _runs_ending(notes)[1][12] == (4,)


def test_a_see_footnote_nature_on_its_rows_line_is_whole_and_closed() -> None:
    # LNKD-20110524-1 sec (pdfplumber), its tables and first notes, checked against the
    # filing's XML: each Table II nature is "See" over "footnote(3)" interleaved on its
    # row's line ("S fo e o e tnote(3)"); "See" opens a nature and the mark ends it, so the
    # cell is whole there and the lines around the first two rows ("Series A", "Stock",
    # "Class B Class A") go to their titles only, which stay unknown (not one cut reads)
    text = fixture_text(FIXTURES / "see_note" / "LNKD-20110524-1" / "sec"
                        / "pdfplumber-tables.txt")
    rows = lines_rows(text, "table_ii")
    assert [row.get("nature_of_ownership") for row in rows] == ["See footnote(3)"] * 3
    assert ["security_title" in row for row in rows] == [False, False, True]
    # a nature of other words ("See" over "Trust(3)") may go on off its line: not read
    other = lines_rows(text.replace("I S fo e o e tnote(3)\nStock", "I S Tr e u e st(3)\nStock"),
                       "table_ii")
    assert "nature_of_ownership" not in other[0]
