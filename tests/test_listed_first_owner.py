"""The first owner listed after the tables is the header's box 1 owner: fields a stream
lost from its listed block are taken from the header's reading, only where every field
both read agrees (values from EDGAR's XML of GUTS-20240206 and LNKD-20130401)."""

from form4lark.form.reader import _fill_from_header
from form4lark.sections import Cell, OwnerBlock

STREET = ["C/O MITHRIL CAPITAL MANAGEMENT LLC", "111 CONGRESS AVENUE, SUITE 500"]


def _block(name=None, street=(), city=None, state=None, zip_code=None):
    cell = (lambda t: Cell(t) if t is not None else None)
    return OwnerBlock(name=cell(name), street=[Cell(t) for t in street], city=cell(city),
                      state=cell(state), zip=cell(zip_code))


def test_street_taken_where_the_place_agrees():
    # pdftotext printed the listed block's name and street among Table II's words
    first = _block(city="AUSTIN", state="TX", zip_code="78701")
    _fill_from_header(first, _block(street=STREET, city="AUSTIN", state="TX", zip_code="78701"))
    assert [c.text for c in first.street] == STREET
    assert first.name is None  # neither read it


def test_name_taken_where_the_street_agrees():
    street = ["C/O LINKEDIN CORPORATION", "2029 STIERLIN COURT"]
    first = _block(street=street)
    _fill_from_header(first, _block(name="Hoffman Reid", street=street))
    assert first.name is not None and first.name.text == "Hoffman Reid"


def test_nothing_taken_where_a_field_differs():
    first = _block(city="AUSTIN", state="TX", zip_code="78701")
    _fill_from_header(first, _block(name="Mithril LP", street=STREET, city="AUSTIN",
                                    state="TX", zip_code="78702"))
    assert first.name is None and not first.street


def test_nothing_taken_where_no_field_is_read_by_both():
    first = _block(name="Mithril II UGP LLC")
    _fill_from_header(first, _block(street=STREET, city="AUSTIN"))
    assert not first.street and first.city is None
