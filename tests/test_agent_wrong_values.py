"""Values the agent design's texts were read wrong, each checked against its filing's
truth: numbers a bare superscript mark may be glued onto (form4lark/bare_marks.py; a
number whose last digits may be a mark is read only where the text shows which, else
unknown), a mark glued onto the ownership's letter (shapes/stream.py) and a joint box 1
printing every owner's address (form/header.py), and a rule a terminal browser drew
between two owners' names beside box 2 (shapes/markdown_traces.py); a lone note's number
in a price's cell of a Table I read only in part (form/reader.py), a nature's lone mark
above the next row's title (form/bare_cell_marks.py) and a street broken
where a text was wrapped at its width (page.py ``soft_wraps``, form/header.py)."""

from __future__ import annotations

from decimal import Decimal

from support import FIXTURES, fixture_text, read_none_wrong

from form4lark.shapes.markdown import read_markdown
from form4lark.form.atoms import Atom
from form4lark.form.header import first_owner
from form4lark.form.row_sequence import TITLE_CLOSING_MARKED
from form4lark.page import Piece

AGENT = FIXTURES / "agent"


def test_one_price_ending_in_its_ranges_note_unknown() -> None:
    # html2text of AAPL-20190812-1: "$201.691" is $201.69 with note 1's mark (truth), but
    # note 1's range ("$201.68 to $201.70") holds 201.691 as printed too, and no other
    # price or word shows a mark glued on: unknown, never 201.691
    form, off = read_none_wrong(AGENT / "AAPL-20190812-1" / "agent" / "html2text.md")
    rows = form.non_derivative_transactions
    assert rows is not None
    assert [r.price_per_share for r in rows] == [Decimal("23.8257"), None]
    assert [f for f in off if "price_per_share" in f] == [
        "non_derivative_transactions[1].price_per_share missed",
        "non_derivative_transactions[1].footnotes.price_per_share missed"]
    assert [d.line for d in form.diagnostics
            if d.field == "non_derivative_transactions.price_per_share"] == [15]


def test_price_cell_of_the_rows_mark_unknown() -> None:
    # pypdf of LNKD-20110524-1: "J5 19,066,032 D 5 0 I": the price's cell holds the mark 5
    # of the code (truth: no price, mark 5 on both); "$41.85" is read
    form, off = read_none_wrong(AGENT / "LNKD-20110524-1" / "agent" / "pypdf.txt")
    rows = form.non_derivative_transactions
    assert rows is not None
    assert [r.price_per_share for r in rows] == [None, None, None, Decimal("41.85")]
    assert rows[1].footnotes["transaction_code"] == ("5",)


def test_amount_glued_to_its_mark_read_by_its_twin() -> None:
    # html2text of MSFT-20241212-1: "28.5932" securities acquired beside "28.593" shares
    # underlying them: 28.593 with note 2's mark glued on (truth), note 2 else unreferenced
    form, off = read_none_wrong(AGENT / "MSFT-20241212-1" / "agent" / "html2text.md")
    rows = form.derivative_transactions
    assert rows is not None
    assert [(r.shares, r.underlying_shares, r.footnotes["shares"]) for r in rows] == [
        (Decimal("28.593"), Decimal("28.593"), ("2",))]
    assert "footnotes.2" not in [d.field for d in form.diagnostics]


def test_joint_box1_address_is_its_first_owners() -> None:
    # elinks of BETR-20241209-1 prints all eight owners' names and addresses in box 1,
    # each under its own "(Last) (First) (Middle)" ... "(Zip)": the owner read is the first,
    # with the first's address (truth), not the last's ("C/O WALKERS, ...")
    form, off = read_none_wrong(AGENT / "BETR-20241209-1" / "agent" / "elinks.txt")
    owner = form.reporting_owners[0]
    assert (owner.name, owner.street1, owner.street2, owner.city, owner.state, owner.zip) == (
        "SOFTBANK GROUP CORP.", "1-7-1, KAIGAN", None, "MINATO-KU TOKYO", "M0", "105-7537")


def _box1(*words: str) -> list[Atom]:
    """Box 1's atoms: a word in parentheses a label of its kind ("(LAST)"), others text."""
    return [Atom(w[1:-1], w, 0, 0, 0, Piece(w, 1, 1)) if w.startswith("(")
            else Atom("TEXT", w, 0, 0, 0, Piece(w, 1, 1)) for w in words]


def test_joint_box1_cut_at_its_first_owners_zip_only_where_two_names_stand_apart() -> None:
    joint = _box1("ACME", "(LAST)", "(FIRST)", "1 Main St", "(STREET)", "Austin", "(ZIP)",
                  "BETA", "(LAST)", "(FIRST)", "2 Elm St", "(STREET)", "Dallas", "(ZIP)")
    assert first_owner(joint) == joint[:7]
    # names alike: one box 1 printed twice (a merged cell repeated), kept whole
    repeated = _box1("ACME", "(LAST)", "(FIRST)", "1 Main St", "(ZIP)",
                     "ACME", "(LAST)", "(FIRST)", "1 Main St", "(ZIP)")
    assert first_owner(repeated) == repeated
    # the first "(Zip)" after the second "(Last)": the labels are no owner's each, kept whole
    run = _box1("ACME", "(LAST)", "BETA", "(LAST)", "(FIRST)", "1 Main St", "(ZIP)")
    assert first_owner(run) == run
    one = _box1("ACME", "(LAST)", "(FIRST)", "1 Main St", "(ZIP)")
    assert first_owner(one) == one


def test_ownership_letter_with_its_mark_glued_on() -> None:
    # pdfplumber of GUTS-20240206-1: "C 5,160,301 A 1 5,160,301 D2" is D with mark 2: the
    # row is read (it was lost, the rows after it read in its place), its price's cell of
    # lone mark "1" unknown
    form, off = read_none_wrong(AGENT / "GUTS-20240206-1" / "agent" / "pdfplumber.txt")
    rows = form.non_derivative_transactions
    assert rows is not None
    assert [(r.transaction_code, r.shares, r.price_per_share, r.direct_or_indirect)
            for r in rows] == [("C", Decimal("5160301"), None, "D"),
                               ("C", Decimal("918567"), None, "I"),
                               ("P", Decimal("333333"), Decimal("15.00"), "I")]
    assert rows[0].footnotes["direct_or_indirect"] == ("2",)
    assert not [f for f in off if f.startswith("non_derivative_transactions")
                and "price_per_share" not in f]


def test_joint_owner_name_under_a_rule_beside_box_2() -> None:
    # links2 of LNKD-20130401-1: box 1 lists both owners, a rule ("-------------------",
    # an <hr>) between them standing on box 2's line ("-------------------   LINKEDIN
    # CORP [ LNKD ]"): the rule is drawing, not the second owner's name's first word
    form, off = read_none_wrong(AGENT / "LNKD-20130401-1" / "agent" / "links2.txt")
    assert [o.name for o in form.reporting_owners] == [
        "Hoffman Reid", "Reid Hoffman & Michelle Yee Living Trust"]


def test_lone_note_number_in_a_partly_read_table_i_is_no_price() -> None:
    # bs4-lines of GUTS-20240206-1 prints each cell on a line, its marks bare: "A" / "1" /
    # "5,160,301": the price's cell holds only note 1's mark (Table II reads its marks
    # bare). Table I read only up to its second row, its price was read as 1
    form, _ = read_none_wrong(AGENT / "GUTS-20240206-1" / "agent" / "bs4-lines.txt")
    first = (form.non_derivative_transactions or ())[0]
    assert (first.shares, first.price_per_share, first.shares_owned_following) == (
        Decimal("5160301"), None, Decimal("5160301"))


def test_a_street_broken_where_the_text_wrapped_is_unknown() -> None:
    # html2text (wrapped at 78 characters) of BETR-20241209-1: "... (Middle) 138 MARKET
    # STREET" / "#27-01A (Street)" is one street the wrap broke (read as two lines before),
    # but "C/O WALKERS, 190 ELGIN AVENUE  " ends in a hard break: two lines
    path = AGENT / "BETR-20241209-1" / "agent" / "html2text-wrap.txt"
    page = read_markdown(fixture_text(path))
    assert 55 in page.hard_breaks and 55 not in page.soft_wraps() and 50 in page.soft_wraps()
    form, _ = read_none_wrong(path)
    streets = [(o.street1, o.street2) for o in form.reporting_owners]
    assert streets[6] == (None, None)
    assert streets[7] == ("C/O WALKERS, 190 ELGIN AVENUE", "GEORGE TOWN,")


def test_a_lone_mark_above_the_next_rows_title_ends_the_nature() -> None:
    # bs4-lines of SNOW-20221213-1 prints each cell on a line, its marks bare: "Trust" /
    # "8" / "Class A Common Stock" is a nature's mark before the next row's title (the
    # title printed so after the row ending "D" too), no title's "8": each holding reads
    # its nature, not only the last one (whose lone "15" ends the table), which was read
    # as the first of the twins (2,755 shares by a Trust) with the wrong note
    form, _ = read_none_wrong(AGENT / "SNOW-20221213-1" / "agent" / "bs4-lines.txt")
    holdings = form.non_derivative_holdings or ()
    assert [(h.nature_of_ownership, h.footnotes.get("nature_of_ownership")) for h in holdings] == [
        ("Trust", (str(n),)) for n in range(8, 16)]


def test_price_cell_of_a_listed_notes_mark_unknown() -> None:
    # pypdf's layout text of BETR-20241209-1: "C  628,5531  A  2": the price's cell holds
    # only note 2's superscript mark printed as a bare figure (truth: no price, mark 2),
    # note 2 referred to by Table II's cells; the text glues marks ("628,5531", "LLC3"):
    # unknown, never a price of 2
    form, off = read_none_wrong(AGENT / "BETR-20241209-1" / "agent" / "pypdf-layout.txt")
    [row] = form.non_derivative_transactions or []
    assert (row.price_per_share, row.shares, row.footnotes["shares"]) == (
        None, Decimal("628553"), ("1",))


def test_a_titles_last_word_with_its_mark_glued_on_closes_the_open_title() -> None:
    # pdftotext of ZNGA-20120608-1: Table II's boxes in reading order, the derivative's
    # title lost among the headers, the underlying's "Class B Common" and, after the row's
    # last value, "Stock2" (its last line, note 2's bare mark glued on): "Stock2" closes
    # the open title, it is no title of its own; the one title left cannot tell which of
    # the two it is, so the row is not read, never with "Stock" as its security's title
    form, off = read_none_wrong(AGENT / "ZNGA-20120608-1" / "agent" / "pdftotext.txt")
    assert form.derivative_transactions is None  # unknown, not "none"
    assert not [f for f in off if f.startswith("derivative") and f.endswith(" wrong")]
    assert any("Table II could not be read" in d.message for d in form.diagnostics)
    # the words that may close it: "Stock"/"Shares" with a mark glued on, never "Units"
    assert [w for w in ("Stock2", "Common Stock(1)", "Shares", "Units", "Units2")
            if TITLE_CLOSING_MARKED.fullmatch(w)] == ["Stock2", "Common Stock(1)", "Shares"]
