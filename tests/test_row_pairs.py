"""Two open cells sharing a row's wrapped lines (``form/row_pairs.py``): the title's
end marks, and readings that keep the titles they read for the next call."""

from form4lark.form.atoms import Atom
from form4lark.form.row_pairs import _title_start, glues_marks, readings, unmarked
from form4lark.page import Piece


def test_unmarked_drops_the_marks_ending_a_title_only():
    assert unmarked("Class A Common Stock(1)") == "Class A Common Stock"
    assert unmarked("Common Stock (1)(2)") == "Common Stock"
    assert unmarked("Series B(12)\n") == "Series B\n"  # "$" allows a last line break
    assert unmarked("Common Stock") == "Common Stock"
    assert unmarked("Stock(1) Units") == "Stock(1) Units"
    assert unmarked("Units (a)") == "Units (a)"
    assert unmarked("") == ""


def _line(row: int, *words: str) -> list[Atom]:
    text = " ".join(words)
    piece = Piece(text, row + 1, 1)
    atoms, offset = [], 0
    for word in words:
        atoms.append(Atom("TEXT", word, row, 0, offset, piece))
        offset += len(word) + 1
    return atoms


def test_readings_read_the_same_with_the_titles_kept_from_an_earlier_call():
    # "Common Stock" (the title, printed elsewhere) beside "By Trust" (the nature),
    # their words wrapped on the lines above and below the row's own line
    above, below = [_line(0, "Common", "By")], [_line(2, "Stock", "Trust")]
    parts = {"security_title": [], "nature_of_ownership": []}
    keys, titles = ("security_title", "nature_of_ownership"), frozenset({"Common Stock"})
    alone = readings(above, below, parts, keys, titles)
    kept: dict = {}
    first = readings(above, below, parts, keys, titles, titled=kept)
    assert kept and any(title for _, title in kept.values())
    again = readings(above, below, parts, keys, titles, titled=kept)
    for found in (alone, first, again):
        assert found is not None and len(found) == 1
        assert {key: [a.text for a in atoms] for key, atoms in found[0].items()} == {
            "security_title": ["Common", "Stock"], "nature_of_ownership": ["By", "Trust"]}


def test_a_mark_standing_apart_opens_another_cells_line():
    # AUR-20231019 sec (pdfplumber), Table II: "Class B / Common / Stock", "Class A / Common
    # / Stock" and "See / Footnotes(2) / (3)" side by side; the page glues a mark to its
    # word, so "(3)" apart after "Stock" is the nature's own line, not the title's mark
    above, below = [_line(0, "Class", "B", "Class", "A", "See")], [_line(2, "Stock", "Stock", "(3)")]
    parts = {"security_title": _line(1, "Common"), "underlying_security_title": _line(1, "Common"),
             "nature_of_ownership": _line(1, "Footnotes(2)")}
    keys = ("security_title", "underlying_security_title", "nature_of_ownership")
    found = readings(above, below, parts, keys, frozenset({"Class A Common Stock"}))
    assert found is not None and len(found) == 1
    assert {key: " ".join(a.text for a in atoms) for key, atoms in found[0].items()} == {
        "security_title": "Class B Common Stock",
        "underlying_security_title": "Class A Common Stock",
        "nature_of_ownership": "See Footnotes(2) (3)"}


def test_a_mark_glued_on_a_wrapped_line_shows_the_page_gluing_its_marks():
    # AUR-20231019 plain (pdfplumber), cells aligned to the top: "Class B" / "Common" /
    # "Stock", "Class A" / "Common" / "Stock", "See" / "Footnotes(2)" / "(3)"; the row's
    # line shows no mark, its wrapped line "Footnotes(2)" does
    below = [_line(1, "Common", "Common", "Footnotes(2)"), _line(2, "Stock", "Stock", "(3)")]
    parts = {"security_title": _line(0, "Class", "B"),
             "underlying_security_title": _line(0, "Class", "A"),
             "nature_of_ownership": _line(0, "See")}
    keys = ("security_title", "underlying_security_title", "nature_of_ownership")
    found = readings([], below, parts, keys, frozenset({"Class A Common Stock"}), top=True)
    assert found is not None and len(found) == 1
    assert {key: " ".join(a.text for a in atoms) for key, atoms in found[0].items()} == {
        "security_title": "Class B Common Stock",
        "underlying_security_title": "Class A Common Stock",
        "nature_of_ownership": "See Footnotes(2) (3)"}
    # a page printing its marks apart on a row's line ("Trust (4)") does not glue them
    words = [a for line in below for a in line]
    assert glues_marks(parts["nature_of_ownership"], words)
    assert not glues_marks(_line(0, "Trust", "(4)"), words)
    assert not glues_marks(parts["nature_of_ownership"], _line(1, "Stock", "(3)"))


def test_a_line_of_marks_alone_below_a_top_aligned_row_goes_to_the_one_cell_that_can_hold_it():
    # U-20200331 plain (pdfplumber), cells aligned to the top: "Common" / "Stock" beside
    # "Sequoia Capital Global" / "Growth Fund III -" / "Endurance Partners, L.P.(2)" / "(3)":
    # the title closed by "Stock" skips no line, so "(3)" is the nature's
    below = [_line(1, "Stock", "Growth", "Fund", "III", "-"),
             _line(2, "Endurance", "Partners,", "L.P.(2)"), _line(3, "(3)")]
    parts = {"security_title": _line(0, "Common"),
             "nature_of_ownership": _line(0, "Sequoia", "Capital", "Global")}
    keys = ("security_title", "nature_of_ownership")
    found = readings([], below, parts, keys, frozenset(), top=True)
    assert found is not None and len(found) == 1
    assert {key: " ".join(a.text for a in atoms) for key, atoms in found[0].items()} == {
        "security_title": "Common Stock",
        "nature_of_ownership": "Sequoia Capital Global Growth Fund III - Endurance Partners, "
                               "L.P.(2) (3)"}
    # right below the row's line it may be a value's marks, wrapped: nothing is read
    assert readings([], [_line(1, "(3)"), *below[:2]], parts, keys, frozenset(), top=True) is None
    # AUR-20231019 plain: "(4)" under "Stock Stock" may end the title or the underlying
    # title (and the nature, had the converter split its line): nothing is read
    three = ("security_title", "underlying_security_title", "nature_of_ownership")
    lines = [_line(1, "Common", "Common", "Footnotes(2)"), _line(2, "Stock", "Stock"),
             _line(3, "(4)")]
    parts = {"security_title": _line(0, "Class", "B"),
             "underlying_security_title": _line(0, "Class", "A"),
             "nature_of_ownership": _line(0, "See")}
    assert readings([], lines, parts, three, frozenset({"Class A Common Stock"}), top=True) is None


def test_a_cut_whose_first_word_begins_no_title_is_ruled_out():
    begins = _title_start(frozenset({"Common Stock", "Attorney-in-Fact"}))
    assert begins(_line(0, "Common", "Stock"))
    assert begins(_line(0, "Com"))  # a word a line's end split begins "Common"
    assert begins(_line(0, "Attorney-", "in-Fact"))  # joined without a space
    assert begins(_line(0, "Common Stock(1)"))  # a title begins it, its marks glued on
    assert not begins(_line(0, "Stock"))
    assert not begins(_line(0, "By", "Trust"))
    assert not begins([])  # no words: no cell



_SERIES_KEYS = ("security_title", "underlying_security_title", "nature_of_ownership")


def _series_cells(below: list[list[Atom]], title: tuple[str, ...], under: tuple[str, ...],
                  key: str = "security_title",
                  titles: frozenset[str] = frozenset({"Common Stock"})) -> set[str]:
    """The texts of cell ``key`` in the readings of a Table II row whose title and
    underlying title on the row's line are ``title`` and ``under``, beside the nature
    "By Sequoia", with the lines ``below`` (centred: no line above), the page printing
    ``titles`` (the underlying title reads one of them). Some reading must be found: a
    test that a word is not read must not pass on no reading at all."""
    from form4lark.form.header import cell_of
    parts = {"security_title": _line(1, *title), "underlying_security_title": _line(1, *under),
             "nature_of_ownership": _line(1, "By", "Sequoia")}
    found = readings([], below, parts, _SERIES_KEYS, titles)
    assert found
    return {cell.text for cells in found if (cell := cell_of(cells[key]))}


def _series_titles(title_end: str, first: str) -> set[str]:
    """The titles of the readings of XOOM-20130221 plain's (pdfplumber) Table II row:
    "Series C-" / "1" / "Preferred" / "Stock" beside "Common" / "Stock" and
    "By Sequoia" / "Capital XI," / "LP(2)" (centred: no line above)."""
    below = [_line(2, first, "Stock", "Capital", "XI,"), _line(3, "Preferred", "LP(2)"),
             _line(4, "Stock")]
    return _series_cells(below, ("Series", title_end), ("Common",))


def test_a_series_number_opening_the_line_below_its_hyphen_is_the_titles_word():
    # "C-" ends the title's words on the row's line: "1" below is the series' number
    titles = _series_titles("C-", "1")
    assert "Series C-1 Preferred Stock" in titles
    assert all(title.startswith("Series C-1") for title in titles if "1" in title)


def test_a_number_below_a_title_not_cut_at_a_series_hyphen_is_still_a_figure():
    # "Series C" / "1 Stock": no hyphen opens the number, which may be a header's figure;
    # three figures are no series' number either
    for title_end, first in (("C", "1"), ("C-", "100")):
        assert not any(first in title for title in _series_titles(title_end, first))


def test_a_series_number_of_the_underlying_title_is_its_word():
    # the underlying title cut at its series' hyphen: "Series C-" / "1" / "Preferred" /
    # "Stock" beside the title "Common" / "Stock"; the page prints that underlying title
    below = [_line(2, "Stock", "1", "Capital", "XI,"), _line(3, "Preferred", "LP(2)"),
             _line(4, "Stock")]
    unders = _series_cells(below, ("Common",), ("Series", "C-"), "underlying_security_title",
                           frozenset({"Series C-1 Preferred Stock"}))
    assert "Series C-1 Preferred Stock" in unders
    assert all(under.startswith("Series C-1") for under in unders if "1" in under)


def test_a_number_below_a_series_hyphen_but_not_right_after_it_is_still_a_figure():
    # the number on the second line below the hyphen (none of the title's words on the
    # first), or after another word of the title's run on the line right below: neither
    # is the series' cut word, each may be a header's figure run in
    second = [_line(2, "Stock", "Capital", "XI,"), _line(3, "1", "LP(2)"),
              _line(4, "Preferred", "Stock")]
    after = [_line(2, "Preferred", "1", "Stock", "Capital", "XI,"), _line(3, "Stock", "LP(2)")]
    for below in (second, after):
        for key in ("security_title", "underlying_security_title"):
            assert not any("1" in text for text in _series_cells(
                below, ("Series", "C-"), ("Common",), key))
