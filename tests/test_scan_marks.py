"""Footnote marks OCR garbled, read again from the page's raised ink (``inputs/ocr_marks.py``).

The stored image ``scan_marks/AFRM-20230103-1-sec-row.pgm.gz`` is a strip of Table I of
the sec design drawn at 200 dpi by pdftoppm (grey): "16,287⁽¹⁾ | D | $9.1301⁽²⁾", which
tesseract read as "16,2874" and "$9.1301°" (the truth's footnotes: shares (1), price (2)).
"""

from __future__ import annotations

from form4lark.inputs import ocr_marks
from form4lark.inputs.ocr_doubts import unsure_words
from form4lark.inputs.ocr_marks import Crop, core, fits, grey_of, marks_read, raised_end, sheet
from support import FIXTURES, fixture_bytes

ROW = FIXTURES / "scan_marks" / "AFRM-20230103-1-sec-row.pgm"
HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
# tesseract's words of the strip, at their places in it
ROW_TSV = "\n".join([HEADER,
                     "5\t1\t63\t1\t24\t7\t51\t19\t82\t23\t56.18\t16,2874",
                     "5\t1\t63\t1\t24\t9\t173\t22\t16\t16\t86.62\tD",
                     "5\t1\t63\t1\t24\t11\t222\t19\t98\t21\t72.96\t$9.1301°"]) + "\n"


def _page(rows: list[str]) -> bytes:
    """A PGM of the rows drawn as text: "#" ink, "." paper."""
    pixels = bytes(0 if c == "#" else 255 for row in rows for c in row)
    return b"P5\n%d %d\n255\n" % (len(rows[0]), len(rows)) + pixels


# a word whose last columns hold ink raised above its baseline
RAISED = ["....................",
          "..............###...",
          "..............#.#...",
          "..####..####..###...",
          "..#..#..#..#........",
          "..#..#..#..#........",
          "..#..#..#..#........",
          "..####..####........",
          "...................."]


def test_core_of_words_with_garbled_marks() -> None:
    assert core("$9.1301°") == "$9.1301"
    assert core("16,2874") == "16,287"      # digits beyond the groups of three: the mark's
    assert core("1,000") == "1,000"         # a mark OCR dropped
    assert core("LP@®") == "LP"
    assert core("L.p.©") == "L.p."          # a point before the mark is the word's
    assert core("01/03/2023°") == "01/03/2023"
    assert core("$209.7103)") is None       # a mark's digits may end the decimals
    assert core("500") is None              # no glyph tells where the number ends
    assert core("tic®)") is None            # a short lower-case word: garble, not a word
    assert core("Stock") is None            # nothing garbled


def test_marks_read_and_whether_they_fit() -> None:
    assert marks_read("(2)\n") == "(2)"
    assert marks_read("7(3)") == "(3)"      # a digit of the word the cut took with it
    assert marks_read("(1)(3)") == "(1)(3)"
    assert marks_read(")") is None and marks_read("") is None
    assert fits("$9.1301", "(2)")
    assert not fits("2,587.4962", "(20)")   # "(2" read as the price's last digit


def test_grey_of_pnm_only() -> None:
    page = grey_of(_page(RAISED))
    assert page is not None and (page.width, page.height) == (20, 9)
    assert page.dark(2, 3) and not page.dark(0, 0)
    colour = grey_of(b"P6\n2 1\n255\n" + bytes([0, 128, 0, 255, 255, 255]))
    assert colour is not None and colour.dark(0, 0) and not colour.dark(1, 0)  # green is ink
    assert grey_of(b"\x89PNG\r\n\x1a\n") is None


def test_raised_end_finds_the_mark_and_nothing_on_the_baseline() -> None:
    page = grey_of(_page(RAISED))
    assert page is not None
    assert raised_end(page, (2, 1, 17, 7)) == (14, 1, 16, 3)
    assert raised_end(page, (2, 3, 10, 5)) is None  # the word's end sits on the baseline


def test_sheet_stacks_crops_and_gives_their_bands() -> None:
    image, bands = sheet([Crop(2, 2, bytes(4)), Crop(3, 1, bytes(3))])
    assert image.startswith(b"P5\n%d %d\n255\n" % (3 + 2 * ocr_marks.GAP, 3 + 3 * ocr_marks.GAP))
    assert bands == [(ocr_marks.GAP, ocr_marks.GAP + 2),
                     (2 * ocr_marks.GAP + 2, 2 * ocr_marks.GAP + 3)]


def _read_sheet_as(texts: tuple[str, ...], sheets: list[bytes]):
    """A stand-in for OCR of a sheet: each crop's ink read as the next of ``texts``."""
    def read_sheet(image: bytes) -> str:
        sheets.append(image)
        page = grey_of(image)
        assert page is not None
        inked = [any(page.dark(x, y) for x in range(page.width)) for y in range(page.height)]
        gap = ocr_marks.GAP // 2  # the crops stand further apart than any blank in a mark
        starts = [y for y in range(page.height) if inked[y] and not any(inked[max(0, y - gap):y])]
        assert len(starts) == len(texts)
        return "\n".join([HEADER] + [f"5\t1\t1\t1\t{i}\t1\t30\t{top}\t40\t4\t90\t{text}"
                                     for i, (top, text) in enumerate(zip(starts, texts), 1)]) + "\n"
    return read_sheet


def test_with_marks_puts_what_the_sheet_read_on_the_words() -> None:
    sheets: list[bytes] = []
    tsv = "\n".join([HEADER, "5\t1\t1\t1\t1\t1\t2\t1\t17\t7\t40.0\tLP@®"]) + "\n"
    out = ocr_marks.with_marks(_page(RAISED), tsv, _read_sheet_as(("(2)",), sheets))
    assert len(sheets) == 1 and out.splitlines()[1].endswith("\tLP(2)")
    assert ocr_marks.with_marks(b"\x89PNG...", tsv, _read_sheet_as((), [])) == tsv  # no pixels
    low = ocr_marks.with_marks(_page(RAISED), tsv, lambda image: _read_sheet_as(
        ("(2)",), [])(image).replace("\t90\t", "\t5\t"))
    assert low == tsv  # a mark OCR was unsure of is not taken


def test_numbers_keep_their_garbled_marks() -> None:
    """Read again, the marks of the strip's numbers are right, but the readers of the
    sec page read some rows worse with them (see ``ocr_marks``): numbers are left."""
    strip = fixture_bytes(ROW)
    assert ocr_marks.with_marks(strip, ROW_TSV, _read_sheet_as((), [])) == ROW_TSV


def test_a_word_with_marks_read_is_doubted_as_the_word() -> None:
    """The confidence OCR had in "tic®)" is the word "tic"'s, marks read again or not."""
    assert set(unsure_words([("Lic(3)", 30.0)])) == {"lic"}
    assert unsure_words([("Lic(3)", 30.0), ("Lic", 90.0)]) == {}  # read surely elsewhere


def test_value_marks_reads_numbers_marks_into_a_column_of_their_own() -> None:
    """The strip's numbers keep their text; their marks, read again, stand in ``marks``."""
    strip = fixture_bytes(ROW)
    sheets: list[bytes] = []
    out = ocr_marks.value_marks(strip, ROW_TSV, _read_sheet_as(("(1)", "(2)"), sheets))
    lines = out.splitlines()
    assert len(sheets) == 1 and lines[0] == HEADER + "\tmarks"
    assert [line.split("\t")[-2:] for line in lines[1:]] == [
        ["16,2874", "(1)"], ["D", ""], ["$9.1301°", "(2)"]]
    assert ocr_marks.value_marks(b"\x89PNG...", ROW_TSV, _read_sheet_as((), [])) == ROW_TSV
    assert ocr_marks.value_marks(strip, out, _read_sheet_as((), [])) == out  # read once


def test_cells_take_the_marks_of_their_one_word() -> None:
    from decimal import Decimal
    from types import SimpleNamespace

    from form4lark.inputs.ocr_cell_marks import line_marks, word_value

    words = [{"text": "16,2874", "marks": "(1)"}, {"text": "D", "marks": ""},
             {"text": "$9.1301°", "marks": "(2)"}, {"text": "02/15/2027", "marks": ""}]
    row = SimpleNamespace(shares=Decimal(16287), price_per_share=Decimal("9.1301"),
                          shares_owned_following=Decimal(500), footnotes={})
    assert line_marks(row, words, frozenset({"1", "2"})) == {
        "shares": ("1",), "price_per_share": ("2",)}
    assert line_marks(row, words, frozenset({"1"})) == {"shares": ("1",)}  # no footnote (2)
    marked = SimpleNamespace(**{**vars(row), "footnotes": {"shares": ("3",)}})
    assert line_marks(marked, words, frozenset({"1", "2", "3"})) == {"price_per_share": ("2",)}
    same = SimpleNamespace(**{**vars(row), "shares_owned_following": Decimal(16287)})
    assert line_marks(same, words, frozenset({"1", "2"})) == {"price_per_share": ("2",)}
    twice = words + [{"text": "16,287", "marks": ""}]  # another word reads as the value
    assert line_marks(row, twice, frozenset({"1", "2"})) == {"price_per_share": ("2",)}
    assert word_value("02/15/2027") is not None and word_value("Stock") is None


def _tsv(*words: tuple[int, int, int, str]) -> str:
    """OCR's TSV of a sheet holding ``words``: (line number, top, height, text) each."""
    return "\n".join([HEADER] + [f"5\t1\t1\t1\t{line}\t1\t30\t{top}\t40\t{height}\t90\t{text}"
                                 for line, top, height, text in words]) + "\n"


def test_crossed_bands_are_those_a_line_reaches_out_of_or_shares() -> None:
    """A band's text is taken only where one line of OCR's lies in it alone."""
    bands = [(24, 60), (84, 120), (144, 180)]
    assert ocr_marks.crossed_bands(_tsv((1, 30, 20, "(1)"), (2, 90, 20, "(2)")), bands) == set()
    # one line's words in the first and the second band: either may hold the other's
    assert ocr_marks.crossed_bands(_tsv((1, 30, 20, "(1)"), (1, 90, 20, "(2)")), bands) == {0, 1}
    # a word of the third band's line running into the second band
    assert ocr_marks.crossed_bands(_tsv((3, 100, 70, "(3)")), bands) == set()  # in none: dropped
    assert ocr_marks.crossed_bands(_tsv((3, 150, 20, "(3)"), (3, 100, 70, "(3)")), bands) == {2}
    # two lines in one band
    assert ocr_marks.crossed_bands(_tsv((1, 30, 10, "(1)"), (2, 45, 10, "(4)")), bands) == {0}


def test_crops_whose_bands_one_line_spans_read_no_marks() -> None:
    """Two crops 36 rows high stacked on one sheet (bands 24-60 and 84-120): where OCR
    read one line across both, neither crop's marks are taken."""
    crops = [Crop(10, 36, b"\xff" * 360)] * 2
    assert sheet(crops)[1] == [(24, 60), (84, 120)]
    apart = _tsv((1, 30, 20, "(1)"), (2, 90, 20, "(2)"))
    assert ocr_marks.crops_marks(crops, lambda image: apart) == ["(1)", "(2)"]
    spanning = _tsv((1, 30, 20, "(1)"), (1, 90, 20, "(2)"))
    assert ocr_marks.crops_marks(crops, lambda image: spanning) == [None, None]


def test_codes_marks_are_read_on_a_sheet_of_their_own() -> None:
    """A code's crop on the numbers' sheet made OCR read numbers' marks wrong."""
    sheets: list[bytes] = []
    tsv = "\n".join([HEADER, "5\t1\t1\t1\t1\t1\t2\t1\t17\t7\t40.0\tS@"]) + "\n"
    out = ocr_marks.value_marks(_page(RAISED), tsv, _read_sheet_as(("(5)",), sheets))
    assert len(sheets) == 1 and out.splitlines()[1].split("\t")[-2:] == ["S@", "(5)"]
    assert ocr_marks.code_word("s?)") and ocr_marks.code_word("Ss")
    assert not ocr_marks.code_word("on") and not ocr_marks.code_word("S1")
    sheets.clear()
    number = "5\t1\t1\t1\t2\t1\t2\t1\t17\t7\t40.0\t16,2874\n"
    out = ocr_marks.value_marks(_page(RAISED), tsv + number, _read_sheet_as(("(5)",), sheets))
    assert len(sheets) == 2  # the number's crop on one sheet, the code's on another


def test_a_code_cell_takes_the_marks_of_its_one_word() -> None:
    from types import SimpleNamespace

    from form4lark.inputs.ocr_cell_marks import line_marks

    words = [{"text": "S@", "marks": "(3)"}, {"text": "D", "marks": ""}]
    row = SimpleNamespace(transaction_code="S", footnotes={})
    assert line_marks(row, words, frozenset({"3"})) == {"transaction_code": ("3",)}
    assert line_marks(row, words, frozenset({"1"})) == {}  # the record lists no (3)
    twice = words + [{"text": "S", "marks": "(1)"}]  # two words read as the code
    assert line_marks(row, twice, frozenset({"1", "3"})) == {}


def test_a_code_takes_the_marks_of_the_word_right_after_its_date() -> None:
    """Words of TSLA-20211221-1 (plain, pdftoppm) and FB-20190822-1: "S⁽¹⁾" read as "sh"
    (its mark re-read "(1)"), "S⁽²⁾" as "s(2)"; a "See" after the code is no code's word."""
    import datetime as dt
    from types import SimpleNamespace

    from form4lark.inputs.ocr_cell_marks import code_after_date, code_word_after_date

    def code_marks(row: object, words: list[dict[str, str]],
                   notes: frozenset[str]) -> dict[str, tuple[str, ...]]:
        return code_after_date(row, code_word_after_date(row, words), notes)

    def line(*texts: tuple[str, str]) -> list[dict[str, str]]:
        return [{"text": text, "marks": marks, "left": str(100 * i)}
                for i, (text, marks) in enumerate(texts)]

    row = SimpleNamespace(transaction_code="S", transaction_date=dt.date(2021, 12, 21),
                          deemed_execution_date=None, footnotes={})
    words = line(("Common", ""), ("12/21/2021", ""), ("sh", "(1)"), ("3,400", ""),
                 ("See", "(4)"))
    assert code_marks(row, words, frozenset({"1", "4"})) == {"transaction_code": ("1",)}
    assert code_marks(row, words, frozenset({"4"})) == {}  # the record lists no (1)
    read_right = line(("12/21/2021", ""), ("s(2)", ""), ("1,968", ""))
    assert code_marks(row, read_right, frozenset({"2"})) == {"transaction_code": ("2",)}
    # not the code's letter, digits that may be the mark's or the shares', no date, two dates
    for after in (("fou)", "(1)"), ("s2", ""), ("3,400", "(1)")):
        assert code_marks(row, line(("12/21/2021", ""), after), frozenset({"1", "2"})) == {}
    assert code_marks(row, words[2:], frozenset({"1"})) == {}
    assert code_marks(row, words[1:] + words[1:2], frozenset({"1"})) == {}
    # a deemed execution date: the code's word follows it, not the transaction date
    deemed = SimpleNamespace(**{**vars(row), "deemed_execution_date": dt.date(2021, 12, 22)})
    assert code_marks(deemed, words, frozenset({"1"})) == {}
    assert code_marks(deemed, line(("12/21/2021", ""), ("12/22/2021", ""), ("sh", "(1)")),
                      frozenset({"1"})) == {"transaction_code": ("1",)}
    marked = SimpleNamespace(**{**vars(row), "footnotes": {"transaction_code": ("3",)}})
    assert code_marks(marked, words, frozenset({"1"})) == {}  # a cell keeps its marks


def test_a_codes_word_read_as_a_glyph_is_no_mark_alone() -> None:
    """CMMB-20210316-1's sec Table II row (pdftoppm): "P⁽¹⁾" read "po)" (a glyph to
    ``lone_mark``), its marks re-read "(1)": they are the code's, not the empty deemed
    date's; the price's "(3)" ("@)") still the price's."""
    import datetime as dt
    from decimal import Decimal
    from types import SimpleNamespace

    amount = Decimal(23054)
    row = SimpleNamespace(
        conversion_or_exercise_price=Decimal("17.3509"), transaction_date=dt.date(2021, 3, 16),
        deemed_execution_date=None, transaction_code="P", shares=amount,
        exercise_date=dt.date(2021, 3, 17), expiration_date=dt.date(2026, 3, 17),
        underlying_shares=amount, price_per_share=None, shares_owned_following=amount,
        direct_or_indirect="I", footnotes={})
    words = _words(("Shares", 103, 90, ""), ("$17.3509", 208, 90, ""),
                   ("03/16/2021", 328, 90, ""), ("po)", 611, 30, "(1)"), ("23,054", 706, 70, ""),
                   ("03/17/2021", 816, 80, ""), ("03/17/2026", 918, 80, ""),
                   ("Depositary", 1017, 80, ""), ("23,0542", 1112, 80, "(2)"),
                   ("@)", 1240, 20, "(3)"), ("23,054", 1334, 70, ""), ("I", 1469, 4, ""))
    assert _lone_marks("derivative_transactions", row, words, frozenset({"1", "2", "3"})) == {
        "price_per_share": ("3",)}


# a mark standing alone in its cell, all of its ink small ("(1)" OCR read as "@")
LONE = ["..........",
        "...#.#....",
        "..#...#...",
        "..#.#.#...",
        "..#...#...",
        "...#.#....",
        ".........."]


def test_lone_marks_are_garbled_glyphs_not_rules_codes_or_marks() -> None:
    for word in ("@", "©)", "()", "fe)", "8)", "@®"):
        assert ocr_marks.lone_mark(word), word
    for word in ("|", "$", "-", "(2)", "S@", "Ss", "Stock", "A", "I", "$0", "500"):
        assert not ocr_marks.lone_mark(word), word


def test_ink_box_takes_a_marks_ink_and_no_rule() -> None:
    page = grey_of(_page(LONE))
    assert page is not None and ocr_marks.ink_box(page, (1, 0, 8, 7)) == (2, 1, 6, 5)
    assert ocr_marks.ink_box(page, (7, 0, 3, 7)) is None  # no ink
    rule = grey_of(_page([".#."] * (ocr_marks.LONE_HEIGHT + 1)))
    assert rule is not None and ocr_marks.ink_box(rule, (0, 0, 3, ocr_marks.LONE_HEIGHT + 1)) is None


def test_value_marks_reads_lone_marks_whole_on_a_sheet_of_their_own() -> None:
    sheets: list[bytes] = []
    tsv = "\n".join([HEADER, "5\t1\t1\t1\t1\t1\t1\t0\t8\t7\t40.0\t@"]) + "\n"
    out = ocr_marks.value_marks(_page(LONE), tsv, _read_sheet_as(("(1)",), sheets))
    assert len(sheets) == 1 and out.splitlines()[1].split("\t")[-2:] == ["@", "(1)"]
    # read as more than marks ("7(1)"): a digit's ink, not a mark alone
    out = ocr_marks.value_marks(_page(LONE), tsv, _read_sheet_as(("7(1)",), []))
    assert out.splitlines()[1].split("\t")[-2:] == ["@", ""]


def _lone_marks(name: str, row: object, words: list[dict[str, str]],
                notes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``ocr_cell_marks.lone_marks`` with the code's word found as ``cell_marks_read`` does."""
    from form4lark.inputs.ocr_cell_marks import code_word_after_date, lone_marks

    return lone_marks(name, row, words, notes, code_word_after_date(row, words))


def _words(*words: tuple[str, int, int, str]) -> list[dict[str, str]]:
    """TSV words of one line: text, left, width and marks read again (all 13 high, at
    the top)."""
    return [{"text": text, "left": str(left), "top": "0", "width": str(width), "height": "13",
             "conf": "90", "marks": marks} for text, left, width, marks in words]


def test_empty_cells_take_the_marks_read_alone_between_placed_columns() -> None:
    """AUR-20231019-1's sec Table II row: "Class B Common Stock (1) 10/19/2023 C
    12,687,274 (1) (1) Class A Common Stock 12,687,274 $0 12,687,274 I", its marks in
    the conversion price's and the two dates' cells read by OCR as "fe)", "fo)", "@" (the
    last one's re-read marks made "(2)" here, the filing's "(1)", so that each cell's
    marks are told apart)."""
    import datetime as dt
    from decimal import Decimal
    from types import SimpleNamespace


    amount = Decimal(12687274)
    row = SimpleNamespace(
        conversion_or_exercise_price=None, transaction_date=dt.date(2023, 10, 19),
        deemed_execution_date=None, transaction_code="C", shares=amount,
        exercise_date=None, expiration_date=None, underlying_shares=amount,
        price_per_share=Decimal(0), shares_owned_following=amount, direct_or_indirect="I",
        footnotes={})
    words = _words(("Common", 102, 63, ""), ("fe)", 223, 20, "(1)"), ("10/19/2023", 321, 76, ""),
                   ("Cc", 598, 14, ""), ("12,687,274", 727, 76, ""), ("fo)", 855, 16, "(1)"),
                   ("@", 954, 15, "(2)"), ("Common", 1017, 63, ""), ("12,687,274", 1100, 98, ""),
                   ("$0", 1245, 16, ""), ("12,687,274", 1323, 76, ""), ("I", 1468, 4, ""))
    name = "derivative_transactions"
    assert _lone_marks(name, row, words, frozenset({"1", "2"})) == {
        "conversion_or_exercise_price": ("1",), "exercise_date": ("1",),
        "expiration_date": ("2",)}
    assert _lone_marks(name, row, words, frozenset({"1"})) == {
        "conversion_or_exercise_price": ("1",), "exercise_date": ("1",)}  # no footnote (2)
    # one mark between the amount and the underlying amount, two empty cells: whose is it?
    assert _lone_marks(name, row, words[:6] + words[7:], frozenset({"1", "2"})) == {
        "conversion_or_exercise_price": ("1",)}
    dated = SimpleNamespace(**{**vars(row), "exercise_date": dt.date(2024, 1, 1)})
    assert "exercise_date" not in _lone_marks(name, dated, words, frozenset({"1", "2"}))
    # a glyph right after a word is that word's garbled mark, not a cell's
    glued = words[:5] + _words(("fo)", 804, 16, "(1)")) + words[6:]
    assert "exercise_date" not in _lone_marks(name, row, glued, frozenset({"1", "2"}))
    marked = SimpleNamespace(**{**vars(row), "footnotes": {"exercise_date": ("3",)}})
    assert _lone_marks(name, marked, words, frozenset({"1", "2", "3"}))["expiration_date"] == ("2",)
    assert "exercise_date" not in _lone_marks(name, marked, words, frozenset({"1", "2", "3"}))
    # a glyph between the date and the amount with the code's word not placed: the
    # code's own mark ("cl)" for "C(1)", PLTR-20210217-1), not the deemed date's
    coded = words[:3] + _words(("cl)", 593, 28, "(1)")) + words[4:]
    assert "deemed_execution_date" not in _lone_marks(name, row, coded, frozenset({"1", "2"}))


def test_a_natures_last_mark_wrapped_under_it_is_the_cells() -> None:
    """AUR-20231019-1's sec Table II row (pdftoppm): its nature "See Footnotes(2)(3)"
    printed with "(3)" wrapped under "Footnotes(2)", which OCR read as "@)"."""
    from types import SimpleNamespace

    from form4lark.inputs.ocr_cell_marks import wrapped_marks

    def word(text: str, left: int, top: int, width: int, height: int,
             marks: str = "") -> dict[str, str]:
        return {"text": text, "left": str(left), "top": str(top), "width": str(width),
                "height": str(height), "conf": "90", "marks": marks}

    row = SimpleNamespace(nature_of_ownership="See Footnotes",
                          footnotes={"nature_of_ownership": ("2",)})
    line = [word("I", 1455, 1833, 5, 15), word("See", 1488, 1835, 34, 17),
            word("Footnotes(2)", 1529, 1835, 83, 17)]
    wrapped = word("@)", 1528, 1857, 16, 13, "(3)")
    page = line + [wrapped, word("12,687,274", 1323, 1909, 76, 17)]
    notes = frozenset({"1", "2", "3"})
    assert wrapped_marks(row, line, page, notes) == {"nature_of_ownership": ("2", "3")}
    assert wrapped_marks(row, line, page, frozenset({"1", "2"})) == {}  # no footnote (3)
    unmarked = SimpleNamespace(nature_of_ownership="See Footnotes", footnotes={})
    assert wrapped_marks(unmarked, line, page, notes) == {}  # its last word is not told
    # the next row's line ("@" a row below) and a word read right ("(3)") are no wrap
    lower = word("@)", 1528, 1857 + 30, 16, 13, "(3)")
    assert wrapped_marks(row, line, line + [lower], notes) == {}
    assert wrapped_marks(row, line, line + [word("(3)", 1528, 1857, 16, 13, "(3)")],
                         notes) == {}
    # two words under it: which is the mark is not told
    assert wrapped_marks(row, line, page + [word("@", 1570, 1857, 16, 13, "(4)")],
                         notes | {"4"}) == {}


def test_glued_core_is_a_words_letters_before_its_garbled_mark() -> None:
    assert ocr_marks.glued_core("footnote®") == "footnote"  # lower case: not ``core``'s
    assert ocr_marks.glued_core("LLC®)") == "LLC"
    assert ocr_marks.glued_core("footnote?)") == "footnote"
    assert ocr_marks.glued_core("LP(1)") is None       # its mark read right
    assert ocr_marks.glued_core("footnote") == "footnote"  # its mark's text dropped
    assert ocr_marks.glued_core("L.P.,") == "L.P."
    assert ocr_marks.glued_core("S") is None           # one letter: a code, a box's
    assert ocr_marks.glued_core("Ss@") is None         # a code and its mark: value_marks'
    assert ocr_marks.glued_core("fe)") is None         # a mark alone: value_marks'
    assert ocr_marks.glued_core("$9.1301°") is None    # a number: value_marks'


def test_glued_marks_fill_the_marks_column_of_words_left_garbled() -> None:
    sheets: list[bytes] = []
    word = "5\t1\t1\t1\t1\t1\t2\t1\t17\t7\t40.0\tfootnote®\t"
    tsv = "\n".join([HEADER + "\tmarks", word]) + "\n"
    out = ocr_marks.glued_marks(_page(RAISED), tsv, _read_sheet_as(("(3)",), sheets))
    assert len(sheets) == 1 and out.splitlines()[1].split("\t")[-2:] == ["footnote®", "(3)"]
    # a word whose marks were read already keeps them; a TSV no pass gave a column keeps all
    done = tsv.replace("®\t", "®\t(2)")
    assert ocr_marks.glued_marks(_page(RAISED), done, _read_sheet_as((), [])) == done
    plain = "\n".join([HEADER, word[:-1]]) + "\n"
    assert ocr_marks.glued_marks(_page(RAISED), plain, _read_sheet_as((), [])) == plain
    low = ocr_marks.glued_marks(_page(RAISED), tsv, lambda image: _read_sheet_as(
        ("(3)",), [])(image).replace("\t90\t", "\t5\t"))
    assert low == tsv  # a mark OCR was unsure of is not taken


def test_short_marks_read_a_codes_mark_from_its_ink_alone() -> None:
    """TSLA-20211221-1 (sec, pdftoppm): "S⁽¹⁾" read "sO", its marks left unread by the
    passes before (a speck of the "s" in the crop's margin made OCR read "(" alone)."""
    sheets: list[bytes] = []
    word = "5\t1\t1\t1\t1\t1\t2\t1\t17\t7\t40.0\tsO\t"
    tsv = "\n".join([HEADER + "\tmarks", word]) + "\n"
    out = ocr_marks.short_marks(_page(RAISED), tsv, _read_sheet_as(("(1)",), sheets))
    assert len(sheets) == 1 and out.splitlines()[1].split("\t")[-2:] == ["sO", "(1)"]
    done = tsv.replace("sO\t", "sO\t(2)")  # marks read already are kept
    assert ocr_marks.short_marks(_page(RAISED), done, _read_sheet_as((), [])) == done
    long = tsv.replace("sO", "Stock")  # a word of more than three letters is not read
    assert ocr_marks.short_marks(_page(RAISED), long, _read_sheet_as((), [])) == long
    assert ocr_marks.short_word("cM)") and ocr_marks.short_word("s")
    assert not ocr_marks.short_word("Stock") and not ocr_marks.short_word("s2")


def test_an_isolated_crop_leaves_out_the_ink_of_its_margin() -> None:
    """The raised box of RAISED (columns 14-16) with a margin of 3 reaches the "0" before
    it (column 11): ``enlarged`` keeps that ink, ``isolated`` whitens it."""
    page = grey_of(_page(RAISED))
    assert page is not None
    box = (14, 1, 16, 3)
    def inked_columns(crop: Crop) -> set[int]:
        return {x // ocr_marks.SCALE for y in range(crop.height) for x in range(crop.width)
                if crop.pixels[y * crop.width + x] < ocr_marks.INK}
    assert 0 in inked_columns(ocr_marks.enlarged(page, box))  # column 11, the margin's first
    alone = ocr_marks.isolated(page, box)
    assert alone.width == 9 * ocr_marks.SCALE  # the box and its margin, the margin white
    assert inked_columns(alone) == {3, 4, 5}  # the box's columns only
    assert ocr_marks.isolated(page, box, scale=2).width == 9 * 2  # a price's digits: twice


def test_a_nature_takes_the_marks_glued_to_its_last_word() -> None:
    """LNKD-20110524-1's sec Table I row (pdftoppm): "... I See footnote⁽³⁾", the mark
    read by OCR as "footnote®" and again from its ink as "(3)"."""
    from types import SimpleNamespace

    from form4lark.inputs.ocr_cell_marks import glued_nature_marks

    row = SimpleNamespace(nature_of_ownership="See footnote", footnotes={})
    line = _words(("I", 1440, 4, ""), ("See", 1470, 30, ""), ("footnote®", 1510, 87, "(3)"))
    notes = frozenset({"1", "2", "3"})
    assert glued_nature_marks(row, line, [], [], notes) == {"nature_of_ownership": ("3",)}
    assert glued_nature_marks(row, line, [], [], frozenset({"1", "2"})) == {}  # no footnote (3)
    unread = line[:2] + _words(("footnote®", 1510, 87, ""))
    assert glued_nature_marks(row, unread, [], [], notes) == {}
    # two such words on the line: which is the cell's is not told
    assert glued_nature_marks(row, line + _words(("footnote©", 1610, 87, "(1)")), [], [],
                              notes) == {}
    other = SimpleNamespace(nature_of_ownership="By Trust", footnotes={})
    assert glued_nature_marks(other, line, [], [], notes) == {}
    assert glued_nature_marks(SimpleNamespace(nature_of_ownership=None, footnotes={}),
                              line, [], [], notes) == {}
    # the cell wrapped ("See" over the row's line, "footnote®" under it: the sec row);
    # the next row's line under it (values in it) is not the cell's
    assert glued_nature_marks(row, line[:1], line[2:], [], notes) == {
        "nature_of_ownership": ("3",)}
    next_row = _words(("05/24/2011", 700, 80, ""), ("footnote®", 1510, 87, "(3)"))
    assert glued_nature_marks(row, line[:1], next_row, [], notes) == {}
    # a mark on the line under the word, to its left: the cell's marks wrapped there
    # (U-20220211-1, pypdfium2: "L.P.(2)" over "(3)"), so "(2)" alone is not told
    placed = [{**w, "top": "1253", "height": "18"} for w in line]
    wrapped = {"text": ")", "left": "1483", "top": "1283", "width": "17", "height": "13",
               "conf": "31", "marks": "(3)"}
    assert glued_nature_marks(row, placed, [], placed + [wrapped], notes) == {}
    assert glued_nature_marks(row, placed, [], placed, notes) == {"nature_of_ownership": ("3",)}


def test_raised_past_end_takes_a_marks_ink_left_out_of_the_box() -> None:
    page = grey_of(_page(RAISED))
    assert page is not None
    assert raised_end(page, (2, 1, 10, 7)) is None  # the box ends in the mark's first column
    assert ocr_marks.raised_past_end(page, (2, 1, 10, 7)) == (14, 1, 16, 3)
    assert ocr_marks.raised_past_end(page, (2, 1, 17, 7)) == (14, 1, 16, 3)  # all inside
    # a rule after the mark is left out; one through it ends the widening there
    ruled = grey_of(_page([row[:17] + "#" + row[18:] for row in RAISED]))
    assert ruled is not None and ocr_marks.raised_past_end(ruled, (2, 1, 10, 7)) == (14, 1, 16, 3)
    cut = grey_of(_page([row[:15] + "#" + row[16:] for row in RAISED]))
    assert cut is not None and ocr_marks.raised_past_end(cut, (2, 1, 10, 7)) is None
    bare = grey_of(_page([row[:13] + "." * 7 for row in RAISED]))
    assert bare is not None and ocr_marks.raised_past_end(bare, (2, 1, 10, 7)) is None


def _read_sheets_as(*sheets_texts: tuple[str, ...]):
    """A stand-in for OCR of several sheets in turn: the crops of the n-th sheet read as
    the n-th of ``sheets_texts``."""
    answers = iter(sheets_texts)
    return lambda image: _read_sheet_as(next(answers), [])(image)


def test_price_marks_read_a_price_apart_from_its_garbled_mark() -> None:
    """GOOG-20220413-1 (sec, pdftoppm): "$2,572.0379⁽¹²⁾" read "$2,572.03790)" (the
    mark's brackets and digits as the price's): the price's ink left of the raised mark
    (RAISED: columns 2-11, the mark 14-16) and the mark's are read apart."""
    word = "5\t1\t1\t1\t1\t1\t2\t1\t17\t7\t46.0\t{}\t{}"
    def read(text: str, *sheets: tuple[str, ...], box: int = 17, marks: str = "") -> list[str]:
        tsv = "\n".join([HEADER + "\tmarks", word.format(text, marks).replace(
            "\t17\t7\t", f"\t{box}\t7\t")]) + "\n"
        out = ocr_marks.price_marks(_page(RAISED), tsv, _read_sheets_as(*sheets))
        return out.splitlines()[1].split("\t")[-7:]
    # the price's box is its ink's alone (columns 2-11, rows 3-7), not the mark's
    assert read("$2,572.03790)", ("(12)",), ("$2,572.0379",)) == [
        "2", "3", "10", "5", "46.0", "$2,572.0379", "(12)"]
    # the plain page's "$" apart before it; none, and no price is told ("¢ 69.35)")
    dollar = "5\t1\t1\t1\t1\t0\t0\t1\t1\t7\t90.0\t$\t\n"
    tsv = "\n".join([HEADER + "\tmarks", dollar + word.format("2,572.03790)", "")]) + "\n"
    out = ocr_marks.price_marks(_page(RAISED), tsv, _read_sheets_as(("(12)",), ("$2,572.0379",)))
    assert out.splitlines()[2].split("\t")[-2:] == ["2,572.0379", "(12)"]
    assert read("2,572.03790)", ("(12)",), ("$2,572.0379",))[-2:] == ["2,572.03790)", ""]
    # a price whose mark OCR dropped keeps its text and takes the mark
    assert read("$635.5491", ("(3)",), ("$635.5491",))[-2:] == ["$635.5491", "(3)"]
    # the two readings disagree on a digit: left as read
    assert read("$2,572.03790)", ("(12)",), ("$2,572.0319",))[-2:] == ["$2,572.03790)", ""]
    # no mark read, or the word's box ends before the mark (its last digit is the price's)
    assert read("$2,572.03790)", ("",), ("$2,572.0379",))[-2:] == ["$2,572.03790)", ""]
    assert read("$635.5491", ("(3)",), ("$635.549",), box=10)[-2:] == ["$635.5491", ""]
    # more after the price than its marks and a glyph; marks read already are kept
    assert read("$2,572.03790)", ("(1)",), ("$2,572.0",))[-2:] == ["$2,572.03790)", ""]
    assert read("$9.1301°", ("(9)",), ("$9.1301",), marks="(2)")[-2:] == ["$9.1301°", "(2)"]
    assert ocr_marks.price_word("$898.861°9)}") and ocr_marks.price_word("11.1484")
    assert not ocr_marks.price_word("$9.13(2)") and not ocr_marks.price_word("16,287")
    assert not ocr_marks.price_word("24.576(2)|")  # marks read right: the readers know them


# a price of six glyphs (columns 2-12) and its raised mark (columns 17-19)
SIX_GLYPHS = ["......................",
              ".................###..",
              ".................#.#..",
              "..#.#.#.#.#.#....###..",
              "..#.#.#.#.#.#.........",
              "..#.#.#.#.#.#.........",
              "..#.#.#.#.#.#.........",
              "..#.#.#.#.#.#.........",
              "......................"]


def test_a_shorter_reading_than_the_prices_ink_is_not_taken() -> None:
    """A price read apart as fewer characters than its box holds separate pieces of ink
    lost digits ("$2,572.0379" read "$2,572.03"): the word is left as read, not cut
    short; a reading with a character for each piece is taken."""
    tsv = "\n".join([HEADER + "\tmarks", "5\t1\t1\t1\t1\t1\t2\t1\t20\t7\t46.0\t$1.23450)\t"]) + "\n"
    def read(price: str) -> list[str]:
        out = ocr_marks.price_marks(_page(SIX_GLYPHS), tsv, _read_sheets_as(("(1)",), (price,)))
        return out.splitlines()[1].split("\t")[-2:]
    assert read("$1.23") == ["$1.23450)", ""]  # "$" and four for six pieces: lost digits
    assert read("$1.2345") == ["$1.2345", "(1)"]
    assert ocr_marks.ink_runs([2, 3, 5, 8, 9, 10]) == 3
