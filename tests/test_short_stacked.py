"""A stream's labels apart from their values (form/short_stacked.py) on edited texts of
the web design's page: each edit once made a wrong value; now each field read is right
or left unknown."""

from __future__ import annotations

from form4lark import Form4, parse
from form4lark.errors import Form4ParseError, NotAForm4Error

from support import FIXTURES, edited_text, off_fields, read_none_wrong, truth_of

WEB = FIXTURES / "web" / "AAPL-20190812-1" / "web"


def _read(name: str, old: str, new: str) -> Form4 | None:
    """The fixture ``name`` with ``old`` edited to ``new``, read (None where refused)."""
    text = edited_text(WEB / name, (old, new), count=1)
    try:
        return parse(text)
    except (Form4ParseError, NotAForm4Error):
        return None


def test_a_label_over_lines_not_of_its_kind_reads_no_value() -> None:
    """A ticker's label over its value and two more lines ("AAPL" "Exchange" "NASDAQ")
    is no ticker: every row is checked by its kind, not only rows paired by order."""
    form = _read("pymupdf-text.txt", "AAPL\n", "AAPL\nExchange\nNASDAQ\n")
    assert form is None or form.issuer.trading_symbol in (None, "AAPL")


def test_a_company_s_legal_ending_is_no_ticker() -> None:
    """An issuer's name wrapped on two lines over an empty ticker ("APPLE HOLDINGS
    INTERNATIONAL" "CORP") would pair its ending with the ticker's label."""
    form = _read("pdftotext.txt", "Apple Inc.\nAAPL\n", "APPLE HOLDINGS INTERNATIONAL\nCORP\n")
    assert form is None or (form.issuer.trading_symbol is None
                            and form.issuer.name in (None, "APPLE HOLDINGS INTERNATIONAL CORP"))


def test_only_street_lines_before_an_address_s_label_are_its() -> None:
    """A line before an address's label that is no street ("Phone") is not its first."""
    for old, new in (("0001214128\nONE APPLE PARK WAY\n",
                      "0001214128\nPhone\nONE APPLE PARK WAY\n"),
                     ("ONE APPLE PARK WAY\nAddress\n", "Phone\nAddress\nONE APPLE PARK WAY\n")):
        form = _read("pdftotext.txt", old, new)
        assert form is None or all(o.street1 in (None, "ONE APPLE PARK WAY")
                                   for o in form.reporting_owners)


def test_a_one_line_row_s_wrapped_value_is_not_cut_short() -> None:
    """An owner's name wrapped under its label's line ("Reporting Person LEVINSON" over
    "ARTHUR D") is not read as its first line alone."""
    form = _read("pdftotext.txt", "Reporting Person LEVINSON ARTHUR D\n",
                 "Reporting Person LEVINSON\nARTHUR D\n")
    assert form is None or all(o.name in (None, "LEVINSON ARTHUR D")
                               for o in form.reporting_owners)


def test_a_name_s_tail_in_the_ticker_s_place_is_no_ticker() -> None:
    """An issuer's name wrapped over an empty ticker whose last line is a short word in
    capitals but no legal ending ("ACME" over "WIDGETS"): paired by order, the tail would
    be the ticker and "ACME" the name. A name that ends as a company's does not ("Apple
    Inc." over "AAPL" reads); one that does not leaves the name and the ticker unread."""
    form = _read("pdftotext.txt", "Apple Inc.\nAAPL\n", "ACME\nWIDGETS\n")
    assert form is not None and form.issuer.trading_symbol is None
    assert form.issuer.name in (None, "ACME WIDGETS")
    form = _read("pdftotext.txt", "Apple Inc.\nAAPL\n", "ACME WIDGETS INC\nACME\n")
    assert form is not None and (form.issuer.name, form.issuer.trading_symbol) \
        == ("ACME WIDGETS INC", "ACME")


def test_a_name_goes_on_after_its_legal_ending() -> None:
    """A name that ends as a company's may still go on in the ticker's place: a series'
    Roman numeral ("Churchill Capital Corp" over "IV") or EDGAR's state of incorporation
    ("Berkshire Hathaway Inc" over "DEL", "/DE/"). Neither line is read as the ticker,
    nor the name cut before it."""
    for name in ("pdftotext.txt", "pdfminer.txt"):
        for new in ("Churchill Capital Corp\nIV\n", "Gores Holdings\nIX\n",
                    "Berkshire Hathaway Inc\nDEL\n", "Bank of America Corp\n/DE/\n"):
            form = _read(name, "Apple Inc.\nAAPL\n", new)
            assert form is not None and form.issuer.trading_symbol is None, (name, new)
            assert form.issuer.name in (None, new.replace("\n", " ").strip()), (name, new)


def test_an_unread_name_leaves_the_issuer_s_other_boxes_read() -> None:
    """A name left unread as it may go on in the ticker's line ("Morgan Stanley" over
    "MS") leaves its name and ticker unknown, but the issuer's CIK, the date and the
    boxes after them are read as the page prints them."""
    whole = _read("pdftotext.txt", "", "")
    assert whole is not None and whole.issuer.cik == "0000320193"
    for new in ("Morgan Stanley\nMS\n", "JOHNSON & JOHNSON\nJNJ\n"):
        form = _read("pdftotext.txt", "Apple Inc.\nAAPL\n", new)
        assert form is not None
        assert (form.issuer.name, form.issuer.trading_symbol) == (None, None)
        assert form.issuer.cik == whole.issuer.cik
        assert form.period_of_report == whole.period_of_report
        assert form.reporting_owners == whole.reporting_owners
        assert any(d.field == "issuer" for d in form.diagnostics)


LNKD = FIXTURES / "web" / "LNKD-20130401-1" / "web" / "pdfminer-F1.txt"


def test_owners_boxes_out_of_order_read_by_their_kinds() -> None:
    """pdfminer's boxes flow prints each owner's CIK above its label, the address and the
    boxes' marks under "CIK", and "Relationship" and "Address" after them (the second
    owner's labels before the next part's heading, "Issuer"): each line goes to its
    label by its kind, both owners read whole and right (truth)."""
    form, off = read_none_wrong(LNKD)
    assert [(o.cik, o.name, o.street1, o.city, o.is_director, o.is_ten_percent_owner)
            for o in form.reporting_owners] == [
        ("0001519339", "Hoffman Reid", "C/O LINKEDIN CORPORATION", "MOUNTAIN VIEW", True, True),
        ("0001521103", "Reid Hoffman & Michelle Yee Living Trust", "C/O LINKEDIN CORPORATION",
         "MOUNTAIN VIEW", False, True)]
    assert not [f for f in off if f.startswith("reporting_owners")]


def test_owner_lines_by_kind_need_each_kind_once() -> None:
    """A line of the owner's that is none of the three kinds' apart from the address's run
    (a second CIK's number; a line after the name's row that may be the name's tail)
    leaves the owner's boxes unread (or the owners unknown)."""
    for edit in (("0001519339\nCIK\n", "0001519339\nCIK\n0001519340\n"),
                 ("Hoffman Reid\n0001519339\nCIK\n", "Hoffman Reid\nJR\nCIK\n0001519339\n")):
        owners = parse(edited_text(LNKD, edit, count=1)).reporting_owners
        assert owners is None or (owners[0].cik, owners[0].street1, owners[0].is_director,
                                  owners[0].name) == (None, None, None, "Hoffman Reid")


def test_a_box_s_mark_above_its_label_is_its_value() -> None:
    """pdfminer's text of a page with the Rule 10b5-1 box prints that box's mark alone
    above its label ("No Longer Subject to Section 16 ☐" / "☒" / "Rule 10b5-1"), the
    issuer's values after both: the mark is the box's, and the issuer's labels keep their
    own values (before, the mark went to the issuer's labels and the whole part was left
    unread)."""
    form, off = read_none_wrong(FIXTURES / "web" / "TSLA-20230727-1" / "web" / "pdfminer.txt")
    assert form.aff10b5_one is True and form.not_subject_to_section16 is False
    assert (form.issuer.name, form.issuer.trading_symbol) == ("Tesla, Inc.", "TSLA")
    assert form.period_of_report is not None


def test_a_mark_under_a_label_alone_stays_that_label_s() -> None:
    """Where each box's label stands alone with its mark under it (mutool's text: "No
    Longer Subject to Section 16" / "☐" / "Rule 10b5-1" / "☒"), the first mark is not
    taken as the 10b5-1 box's for standing above its label."""
    form, _ = read_none_wrong(FIXTURES / "web" / "TSLA-20230727-1" / "web" / "mutool.txt")
    assert form.aff10b5_one is True and form.not_subject_to_section16 is False


def test_a_mark_under_a_wrapped_label_stays_that_label_s() -> None:
    """The same boxes printed above "Reporting Owner" (the paper form's place) with the
    first label wrapped ("No Longer Subject to" / "Section 16" / "☐" / "Rule 10b5-1" /
    "☒"): the line before the empty box is no label alone, but the 10b5-1 label has its
    own mark under it, so the empty box stays Section 16's (before, it was read as the
    10b5-1 box's and the whole header was left unread)."""
    path = FIXTURES / "web" / "TSLA-20230727-1" / "web" / "mutool.txt"
    boxes = "Subject to Section 16\n\u2610\n\nRule 10b5-1\n\u2612\n\n"
    text = edited_text(path, ("No Longer " + boxes, ""), ("Reporting Owner\n", "No Longer "
                       + boxes.replace("to Section", "to\nSection") + "Reporting Owner\n"),
                       once=True)
    form = parse(text)
    assert off_fields(truth_of(path), form) == []
    assert form.aff10b5_one is True and form.not_subject_to_section16 is False
