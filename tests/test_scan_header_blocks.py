"""A scanned page whose header boxes stand apart: OCR prints each box as a block.

Tesseract reads the plain page design's header one box after the other, not as
the page's visual lines; ``line_boxes.header_in_reading_order`` reads such a
header as it stands (its labels out of their order down the page, none side by
side), where putting it back in order left it empty. Checked against the
filings' truth through the shape path alone, not the OCR layout.
"""

from __future__ import annotations

import pytest

from form4lark.build import build
from form4lark.form.layout import SHAPE_LAYOUTS
from form4lark.shapes.detect import read_shape
from support import CORPUS, off_fields, truth

#: boxes 1 to 4 of the header, read as blocks
HEADER_FIELDS = ("issuer.name", "issuer.trading_symbol", "period_of_report",
                 "reporting_owners[0].name", "reporting_owners[0].street1",
                 "reporting_owners[0].city", "reporting_owners[0].state",
                 "reporting_owners[0].zip")
STREAM = next(layout for layout in SHAPE_LAYOUTS if layout.name == "stream")


@pytest.mark.parametrize("filing", ["GOOG-20220413-1", "TSLA-20100702-1"])
def test_a_header_of_blocks_is_read_as_it_stands(filing):
    text = (CORPUS / filing / "text" / "tesseract.txt").read_text()
    off = off_fields(truth(filing), build(STREAM.read(text)))
    assert [f for f in off if f.split()[0] in HEADER_FIELDS] == []


def test_the_blocks_keep_their_order():
    text = (CORPUS / "GOOG-20220413-1" / "text" / "tesseract.txt").read_text()
    page = read_shape(text)
    numbers = [line.pieces[0].line for line in page.lines]
    assert numbers == sorted(numbers)  # nothing moved, nothing dropped from the header
    assert any("Name and Address of Reporting" in p.text for l in page.lines for p in l.pieces)
