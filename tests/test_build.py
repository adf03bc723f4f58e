"""The builder: the same reading of cells for every layout."""

from __future__ import annotations

from decimal import Decimal

import pytest

from form4lark.build import build
from form4lark.sections import Cell, OwnerBlock, Sections, SignatureCells


def _sections(**kw) -> Sections:
    return Sections(layout="test", **kw)


def test_no_visible_mark_in_box_5_means_unknown_not_false():
    form = build(_sections(owners=[OwnerBlock(name=Cell("Doe Jane"))]))
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == \
        (None, None, None, None)
    assert form.not_subject_to_section16 is None


def test_one_visible_mark_makes_the_other_boxes_false():
    form = build(_sections(owners=[OwnerBlock(name=Cell("Doe Jane"), checked={"officer"},
                                              officer_title=Cell("CEO"))]))
    owner = form.reporting_owners[0]
    assert (owner.is_director, owner.is_officer, owner.is_ten_percent_owner, owner.is_other) == \
        (False, True, False, False)
    assert owner.officer_title == "CEO"
    assert form.not_subject_to_section16 is False


def test_several_owners_make_a_joint_filing_when_box_6_is_lost():
    form = build(_sections(owners=[OwnerBlock(name=Cell("A")), OwnerBlock(name=Cell("B"))]))
    assert form.filed_by_more_than_one_person is True
    assert build(_sections(owners=[OwnerBlock(name=Cell("A"))])).filed_by_more_than_one_person is None


def test_rows_without_transaction_are_holdings():
    form = build(_sections(table_i=[
        {"security_title": Cell("Common Stock"), "shares_owned_following": Cell("145,770"),
         "direct_or_indirect": Cell("I"), "nature_of_ownership": Cell("By IRA")},
        {"security_title": Cell("Common Stock"), "transaction_date": Cell("11/22/2013"),
         "transaction_code": Cell("S"), "shares": Cell("19"), "acquired_disposed": Cell("D"),
         "price_per_share": Cell("$ 10.8"), "shares_owned_following": Cell("7,321"),
         "direct_or_indirect": Cell("I"), "nature_of_ownership": Cell("By Family Trust")},
    ]))
    assert [h.shares_owned_following for h in form.non_derivative_holdings] == [Decimal("145770")]
    tx = form.non_derivative_transactions[0]
    assert (tx.shares, tx.price_per_share, tx.acquired_disposed) == (Decimal("19"), Decimal("10.8"), "D")


def test_derivative_column_5_gives_the_direction():
    row = {"security_title": Cell("Stock Option"), "transaction_date": Cell("08/12/2019"),
           "transaction_code": Cell("M"), "shares_disposed": Cell("17,500(2)")}
    tx = build(_sections(table_ii=[row])).derivative_transactions[0]
    assert (tx.shares, tx.acquired_disposed, dict(tx.footnotes)) == (Decimal("17500"), "D", {"shares": ("2",)})
    lost = dict(row, shares=row.pop("shares_disposed"))
    tx = build(_sections(table_ii=[lost])).derivative_transactions[0]
    assert (tx.shares, tx.acquired_disposed) == (Decimal("17500"), None)


def test_an_unreadable_cell_is_null_with_a_diagnostic():
    form = build(_sections(table_i=[{"security_title": Cell("Common Stock"),
                                     "transaction_date": Cell("13/45/2013", line=7, column=20),
                                     "transaction_code": Cell("P")}]))
    assert form.non_derivative_transactions[0].transaction_date is None
    diag = form.diagnostics[0]
    assert (diag.line, diag.column, diag.field) == (7, 20, "non_derivative.transaction_date")
    assert diag.message == "'13/45/2013' is not a date"


def test_box_4_date_makes_an_amendment():
    form = build(_sections(original_filed=Cell("01/02/2020"),
                           signatures=[SignatureCells(Cell("/s/ Jane Doe"), Cell("01/05/2020"))]))
    assert form.document_type == "4/A"
    assert form.date_of_original_submission.isoformat() == "2020-01-02"
    assert form.signatures[0].date.isoformat() == "2020-01-05"


def test_json_keeps_the_printed_digits():
    form = build(_sections(table_i=[{"security_title": Cell("Common Stock"),
                                     "shares_owned_following": Cell("17,500.0")}]))
    assert '"shares_owned_following": 17500.0' in form.to_json()


def test_care_of_street_split_only_where_the_break_is_certain():
    from form4lark.text import split_care_of_street
    assert split_care_of_street("C/O TESLA, INC. 1 TESLA ROAD") == ["C/O TESLA, INC.", "1 TESLA ROAD"]
    assert split_care_of_street("C/O 374 WATER INC. 100 SOUTHCENTER COURT, SUITE 200") == [
        "C/O 374 WATER INC.", "100 SOUTHCENTER COURT, SUITE 200"]
    assert split_care_of_street("C/O WALKERS, 190 ELGIN AVENUE GEORGE TOWN,") is None
    assert split_care_of_street("9200 SUNSET BOULEVARD SUITE 1110") is None


@pytest.mark.parametrize("read, name", [
    ("/s/ Yijun Han, Attorney-infact for Reid Hoffman",
     "/s/ Yijun Han, Attorney-in-fact for Reid Hoffman"),
    ("/s/ Jung Yeon Son, AttorneyIn-Fact", "/s/ Jung Yeon Son, Attorney-In-Fact"),
    ("/s/ Seth R. Weissman, Atty-inFact", "/s/ Seth R. Weissman, Atty-in-Fact"),
    ("Ann Habernigg, attorney in fact", "Ann Habernigg, attorney in fact"),  # as printed
    ("/s/ Lora Blum, Attorney-In-Fact", "/s/ Lora Blum, Attorney-In-Fact"),
])
def test_a_hyphen_a_converter_dropped_from_attorney_in_fact_is_put_back(read, name) -> None:
    # pdftotext joins "Attorney-in-" and "fact" on the next line dropping the hyphen
    form = build(_sections(signatures=[SignatureCells(Cell(read), Cell("02/28/2024"))]))
    assert form.signatures[0].name == name


def test_two_rows_natures_run_together_drop_their_marks_too():
    """NTRA's last row holds the row above's nature and its own ("By Sequoia Technology
    Partners XII, L.P.(2)" + "By estate planning vehicles"): the nature is left unknown,
    and so is whose nature the mark (2) closes (the row above's: this row has none)."""
    row = {"security_title": Cell("Common Stock"), "shares_owned_following": Cell("1,102,064"),
           "direct_or_indirect": Cell("I"), "nature_of_ownership":
           Cell("By Sequoia Technology Partners XII, L.P.(2) By estate planning vehicles")}
    holding = build(_sections(table_i=[row])).non_derivative_holdings[0]
    assert holding.nature_of_ownership is None
    assert "nature_of_ownership" not in dict(holding.footnotes)
    row["nature_of_ownership"] = Cell("By Sequoia Technology Partners XII, L.P.(2)")
    holding = build(_sections(table_i=[row])).non_derivative_holdings[0]
    assert dict(holding.footnotes)["nature_of_ownership"] == ("2",)
    # XOOM's natures run together both close with (2): that mark is this row's either way
    row["nature_of_ownership"] = Cell("By Sequoia Capital XI, LP(2) By Sequoia Capital XI "
                                      "Principals Fund, LLC(2)")
    holding = build(_sections(table_i=[row])).non_derivative_holdings[0]
    assert holding.nature_of_ownership is None
    assert dict(holding.footnotes)["nature_of_ownership"] == ("2",)
