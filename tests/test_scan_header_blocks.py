"""A scanned page whose header boxes stand apart: OCR prints each box as a block.

Tesseract reads the plain page design's header one box after the other, not as
the page's visual lines; ``line_boxes.header_in_reading_order`` reads such a
header as it stands (its labels out of their order down the page, none side by
side), where putting it back in order left it empty. Such a page prints its empty
checkboxes as glyphs and loses the marked ones' "X" (``scan_boxes.glyph_boxes``).
Checked against the filings' truth through the shape path alone, not the OCR layout.
"""

from __future__ import annotations

import re

import pytest

from form4lark import parse
from form4lark.build import build
from form4lark.form.layout import SHAPE_LAYOUTS
from form4lark.shapes.detect import read_shape
from form4lark.shapes.scan_boxes import glyph_boxes, listed_glyph_boxes
from support import CORPUS, FIXTURES, fixture_text, off_fields, truth, truth_of

#: boxes 1 to 4 of the header, read as blocks
HEADER_FIELDS = ("issuer.name", "issuer.trading_symbol", "period_of_report",
                 "reporting_owners[0].name", "reporting_owners[0].street1",
                 "reporting_owners[0].city", "reporting_owners[0].state",
                 "reporting_owners[0].zip")
SCAN = FIXTURES / "scan"
STREAM = next(layout for layout in SHAPE_LAYOUTS if layout.name == "stream")


@pytest.mark.parametrize("filing", ["GOOG-20220413-1", "TSLA-20100702-1"])
def test_a_header_of_blocks_is_read_as_it_stands(filing):
    text = fixture_text(CORPUS / filing / "text" / "tesseract.txt")
    off = off_fields(truth(filing), build(STREAM.read(text)))
    assert [f for f in off if f.split()[0] in HEADER_FIELDS] == []


def test_box_1s_label_printed_after_its_words_is_put_before_them():
    # "Adams Katherine L." / "(Last) (First) (Middle)" ... "1. Name and Address ..."
    path = SCAN / "AAPL-20220504-1" / "plain" / "tesseract.txt"
    lines = [p.text for line in read_shape(fixture_text(path)).lines for p in line.pieces]
    label = lines.index("1. Name and Address of Reporting Person*")
    assert lines[label + 1:label + 3] == ["Adams Katherine L.", "(Last) (First) (Middle)"]
    off = off_fields(truth_of(path), parse(fixture_text(path), layout="stream"))
    assert [f for f in off if f.split()[0] in HEADER_FIELDS] == []


def test_the_blocks_keep_their_order():
    text = fixture_text(CORPUS / "GOOG-20220413-1" / "text" / "tesseract.txt")
    page = read_shape(text)
    numbers = [line.pieces[0].line for line in page.lines]
    assert numbers == sorted(numbers)  # nothing moved, nothing dropped from the header
    assert any("Name and Address of Reporting" in p.text for l in page.lines for p in l.pieces)


# ---------------------------------------------------------------- empty boxes as glyphs
HEADER = ["applicable)", "C1 Director", "(J 10% Owner",
          "Officer (give title below) [] Other (specify below)", "COO",
          "Form filed by One Reporting Person",
          "LD Form filed by More than One Reporting Person"]


def test_a_bare_label_among_glyphs_is_a_lost_mark():
    out = glyph_boxes(HEADER)
    assert out[3] == "X Officer (give title below) [] Other (specify below)"
    assert out[5] == "X Form filed by One Reporting Person"
    assert [out[i] for i in (1, 2, 6)] == [HEADER[i] for i in (1, 2, 6)]


def test_boxes_that_share_a_line_are_read_one_by_one():
    lines = ["C1 Director 10% Owner", *HEADER[3:]]
    assert glyph_boxes(lines)[0] == "C1 Director X 10% Owner"
    lines = ["C1 Director (J 10% Owner", *HEADER[3:]]
    assert glyph_boxes(lines)[0] == lines[0]


def test_a_box_whose_label_ocr_lost_is_unknown_and_the_others_read():
    # "X Director" read as nothing at all: the other boxes are read by their glyphs, and
    # the form reader leaves the lost one unknown (not unchecked)
    lines = ["applicable)", "10% Owner", *HEADER[3:]]
    out = glyph_boxes(lines)
    assert out[1] == "X 10% Owner" and out[2].startswith("X Officer")
    text = "\n".join(["FORM 4", "1. Name and Address of Reporting Person*", "Doe Jane",
                      "(Last) (First) (Middle)", "1 Main St", "(Street)", "PALO ALTO CA 94301",
                      "(City) (State) (Zip)", "2. Issuer Name and Ticker or Trading Symbol",
                      "Acme Inc. [ ACME ]", "5. Relationship of Reporting Person(s) to Issuer "
                      "(Check all", *lines, "Table | - Non-Derivative Securities Acquired, "
                      "Disposed of, or Beneficially Owned", "Table Il - Derivative Securities "
                      "Acquired, Disposed of, or Beneficially Owned", ""])
    owner = build(STREAM.read(text)).reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == (
        None, True, True, False)


@pytest.mark.parametrize("changed", [
    {1: "Director"},  # three boxes bare: box 6 has two
    {4: "Pres,Prod Architect & Director"},  # a label after words, printed twice
    {2: "X 10% Owner"},  # the page prints its marks
    {3: "[] Officer (give title below) [] Other (specify below)",
     5: "[] Form filed by One Reporting Person"},  # no box bare in box 5 nor in box 6
], ids=["two-bare-in-box-6", "label-after-words", "a-mark-printed", "none-bare"])
def test_a_header_not_read_so_is_left_as_it_is(changed):
    lines = [changed.get(i, line) for i, line in enumerate(HEADER)]
    if 1 in changed:  # "Form filed by More" bare too
        lines[6] = "Form filed by More than One Reporting Person"
    assert glyph_boxes(lines) == lines


@pytest.mark.parametrize("filing", ["GOOG-20220413-1", "XOOM-20130221-1"])
def test_the_boxes_of_a_page_of_glyphs_read_right(filing):
    text = fixture_text(CORPUS / filing / "text" / "tesseract.txt")
    off = off_fields(truth(filing), parse(text, layout="stream"))
    boxes = [f for f in off if re.search(r"\.is_|more_than_one|officer_title", f)]
    assert boxes == []


def test_a_title_with_box_1_after_it_in_the_header_is_not_read():
    # box 1's street block printed after box 5's title: the words after the title
    # ("(Street)", the city) are box 1's, and where the title ends is lost
    text = fixture_text(CORPUS / "GOOG-20220413-1" / "text" / "tesseract.txt")
    block = "1600 AMPHITHEATRE PKWY\n(Street)\n\nMOUNTAIN VIEW CA 94043\n(City) (State) (Zip)\n"
    assert block in text and "(specify below)\n" in text
    moved = text.replace(block, "").replace("(specify below)\n",
                                            "(specify below)\nCOO\n" + block, 1)
    moved = moved.replace("(1 Officer (give", "Officer (give", 1)  # the officer's box marked
    owner = parse(moved, layout="stream").reporting_owners[0]
    assert owner.is_officer is True and owner.officer_title is None


# ---------------------------------------------------------------- owners listed as blocks
def test_listed_owners_whose_boxes_ocr_interleaved_are_read_in_their_places():
    # the first two listed owners print box 5's lines among box 1's ("69 GROSVENOR
    # STREET" / "C1 Director" / "1 Officer (give" / "5. Relationship ..." / "X 10% Owner"
    # / "title below) (1 Other ..." / "(Street)"): box 1's labels keep their order, each
    # box 5 label its glyph or mark; the owners after them keep their places
    text = fixture_text(CORPUS / "BETR-20241209-1" / "text" / "tesseract.txt")
    form = build(STREAM.read(text))
    owners = truth("BETR-20241209-1", "plain")["reporting_owners"]
    read = [o.name for o in form.reporting_owners]
    assert read[:4] == [o["name"] for o in owners[:4]] and read[5:] == [o["name"] for o in owners[5:]]
    assert read[4] == "SVE II Holdings (DE) LLC"  # as OCR read "SVF"
    second = form.reporting_owners[1]
    assert (second.street1, second.city, second.state, second.zip) == (
        None, "LONDON,", "X0", "W1K 3JP")  # the street's lines are box 5's too: unknown
    # every owner's "10% Owner" printed bare among empty boxes printed as glyphs
    assert {(o.is_director, o.is_officer, o.is_ten_percent_owner, o.is_other)
            for o in form.reporting_owners} == {(False, False, True, False)}


def test_a_listed_owners_bare_box_is_marked_only_among_glyphs():
    block = ["1. Name and Address of Reporting Person*", "SVF II Beaver (DE) LLC",
             "5. Relationship of Reporting Person(s) to Issuer (Check all applicable)",
             "C1 Director 10% Owner", "C1 Officer (give title below) (J Other (specify below)"]
    assert listed_glyph_boxes(block)[3] == "C1 Director X 10% Owner"
    one_glyph = block[:4] + ["Officer (give title below) Other (specify below)"]
    assert listed_glyph_boxes(one_glyph) == one_glyph  # three bare labels, one glyph: unsure
    titled = block[:4] + ["C1 Officer (give title below) (J Other (specify below)", "CEO & Director"]
    assert listed_glyph_boxes(titled) == titled  # "Director" twice: not read so


#: a scan whose header OCR read as blocks: "YELP INC [ YELP ] (Check all applicable)" /
#: "Rabois Keith X Director 10% Owner" under the labels of boxes 1, 2 and 5
YELP = SCAN / "YELP-20121123-1" / "sec" / "tesseract.txt"


def _yelp_names() -> tuple[str, str]:
    """The issuer's name and the owner's, as YELP-20121123-1's truth holds them."""
    held = truth_of(YELP)
    return held["issuer"]["name"], held["reporting_owners"][0]["name"]


def test_box_2s_line_above_the_owners_name_is_the_issuers_whole():
    # OCR printed box 2's line above box 1's name; a note names the issuer after small
    # words, so the line is box 2's alone, and the name's line under it box 1's
    form = parse(fixture_text(YELP))
    assert (form.issuer.name, [owner.name for owner in form.reporting_owners]) == (
        _yelp_names()[0], [_yelp_names()[1]])


def test_a_table_ii_title_around_marks_read_as_glyphs():
    # "Class B Class A See" / "Common (1) ... Common ... I Footnotes(2)" / "Stock Stock @)"
    path = SCAN / "AUR-20231019-1" / "sec" / "tesseract.txt"
    form = parse(fixture_text(path))
    row = form.derivative_transactions[0]
    assert (row.security_title, row.underlying_security_title) == (
        "Class B Common Stock", "Class A Common Stock")


def _yelp_header(issuer_line: str, name_line: str = "Rabois Keith X Director 10% Owner") -> str:
    """YELP-20121123-1's text with its issuer's and name's lines as given, and no care-of
    naming the issuer (no echo tells the cut)."""
    text = fixture_text(YELP)
    for old, new in ((". . YELP INC [ YELP ] (Check all applicable)", issuer_line),
                     ("Rabois Keith X Director 10% Owner", name_line),
                     ("C/O YELP INC.", "C/O ACME LLC")):
        assert old in text
        text = text.replace(old, new)
    return text


def test_box_2s_line_under_the_three_labels_with_box_1s_edges_before_it():
    # AFRM-20230103-1's shape: the labels of boxes 1, 2 and 5 on one line, then "F F
    # Affirm Holdings, Inc. [ AFRM ] (Check all applicable)" (box 1's edges read as
    # letters), then "Rabois Keith X Director 10% Owner": the issuer after the edges,
    # its first word holding the ticker's letters; the owner's name on the line below
    issuer, name = _yelp_names()
    for line in ("F F YELP INC [ YELP ] (Check all applicable)",
                 "YELP INC [ YELP ] (Check all applicable)"):
        form = parse(_yelp_header(line))
        assert (form.issuer.name, [owner.name for owner in form.reporting_owners]) == (
            issuer, [name])


def test_a_garbled_word_below_keeps_the_issuer_read_whole():
    # XOOM-20130221-1's shape: "ri Officer (give title ..." under the owner's name, "ri"
    # the box's glyph OCR garbled: the name's field may hold it (unknown), the issuer's
    # line read whole above it is not its field
    issuer, name = _yelp_names()
    text = _yelp_header("YELP INC [ YELP ] (Check all applicable)")
    assert "\nOfficer (give title" in text
    form = parse(text.replace("\nOfficer (give title", "\nri Officer (give title", 1))
    assert form.issuer.name == issuer
    assert [owner.name for owner in form.reporting_owners] in ([None], [name])


@pytest.mark.parametrize("issuer_line,name_line", [
    # "A" may open the issuer's name ("A SCHULMAN INC"): not known which
    ("A YELP INC [ YELP ] (Check all applicable)", "Rabois Keith X Director 10% Owner"),
    # a speck among the name's words ("7"): not a name's shape
    ("F YELP INC [ YELP ] (Check all applicable)", "Rabois Keith 7 X Director 10% Owner"),
    # the issuer's first word does not hold the ticker's letters: a name may run into it
    ("SMITH YELP INC [ YELP ] (Check all applicable)", "Rabois Keith X Director 10% Owner"),
])
def test_box_2s_line_under_the_three_labels_left_unknown_where_in_doubt(issuer_line, name_line):
    form = parse(_yelp_header(issuer_line, name_line))
    assert form.issuer.name is None
    assert [owner.name for owner in form.reporting_owners] == [None]
