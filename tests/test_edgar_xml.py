"""EDGAR's ownership XML: reading it gives the truth; writing then reading gives the same record."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from form4lark.edgar_xml import from_xml, to_xml
from form4lark.scoring import score
from support import FIXTURES, fixture_text, record, truth_of

FILINGS = sorted((FIXTURES / "xml").iterdir())


def _box_and_ciks(rec: dict) -> tuple:
    """The 10b5-1 box and every CIK of a record, which the scoring folds or skips."""
    return (rec["aff10b5_one"], rec["issuer"]["cik"], [o["cik"] for o in rec["reporting_owners"]])


@pytest.mark.parametrize("folder", FILINGS, ids=[f.name for f in FILINGS])
def test_reading_edgar_xml_gives_the_truth_record(folder):
    truth = truth_of(folder)
    form = from_xml(fixture_text(folder / "filing.xml"))
    assert [v for v in score(truth, record(form)) if v[1] != "right"] == []
    # exactly: True/False/None for the box (absent before schema X0407), CIKs as printed
    assert _box_and_ciks(form.to_dict()) == _box_and_ciks(truth)


@pytest.mark.parametrize("folder", FILINGS, ids=[f.name for f in FILINGS])
def test_written_xml_reads_back_to_the_same_record(folder):
    form = from_xml(fixture_text(folder / "filing.xml"))
    written = to_xml(form)
    assert record(from_xml(written)) == record(form)


def test_written_xml_has_edgar_shape():
    form = from_xml(fixture_text(FIXTURES / "xml" / "BETR-20241209-1" / "filing.xml"))
    root = ET.fromstring(to_xml(form))
    tx = root.find("nonDerivativeTable/nonDerivativeTransaction")
    assert tx.findtext("transactionAmounts/transactionShares/value") == "628553"
    assert tx.find("transactionAmounts/transactionShares/footnoteId").get("id") == "F1"
    assert tx.findtext("transactionCoding/transactionCode") == "C"
    assert tx.find("transactionAmounts/transactionPricePerShare/value") is None  # the text has none
    assert [f.get("id") for f in root.findall("footnotes/footnote")] == ["F1", "F2", "F3"]
    assert len(root.findall("ownerSignature")) == 8
    assert root.findtext("issuer/issuerCik") == "0001835856"
    ids = [[c.tag for c in o.find("reportingOwnerId")] for o in root.findall("reportingOwner")]
    assert ids == [["rptOwnerCik", "rptOwnerName"]] * 8
    assert root.findtext("reportingOwner/reportingOwnerId/rptOwnerCik") == "0001065521"
    # as EDGAR's schema orders it: after the reporting owners, before the tables
    tags = [c.tag for c in root]
    at = tags.index("aff10b5One")
    assert tags[at - 1:at + 2] == ["reportingOwner", "aff10b5One", "nonDerivativeTable"]
    assert root.findtext("aff10b5One") == "0"


def test_a_form_without_the_10b5_1_box_writes_no_element():
    form = from_xml(fixture_text(FIXTURES / "xml" / "ZNGA-20111221-1" / "filing.xml"))
    assert form.aff10b5_one is None
    assert ET.fromstring(to_xml(form)).find("aff10b5One") is None


def test_rows_repeat_the_filing_columns():
    form = from_xml(fixture_text(FIXTURES / "xml" / "ZNGA-20111221-1" / "filing.xml"))
    rows = form.to_rows()
    total = sum(len(getattr(form, t)) for t in ("non_derivative_transactions",
                "non_derivative_holdings", "derivative_transactions", "derivative_holdings"))
    assert len(rows) == total
    assert {r["issuer_trading_symbol"] for r in rows} == {form.issuer.trading_symbol}
    assert {(r["table"], r["row_kind"]) for r in rows} == {("II", "transaction"), ("II", "holding")}
    assert {r["owner_cik"] for r in rows} == {form.reporting_owners[0].cik}
    assert {r["aff10b5_one"] for r in rows} == {None}


def test_rows_give_each_owner_of_a_joint_filing_its_cik_and_keep_the_box():
    form = from_xml(fixture_text(FIXTURES / "xml" / "PLTR-20240508-1" / "filing.xml"))
    row = form.to_rows()[0]
    assert row["aff10b5_one"] is True
    assert row["owner_cik"] == form.reporting_owners[0].cik
    joint = from_xml(fixture_text(FIXTURES / "xml" / "BETR-20241209-1" / "filing.xml"))
    owners = joint.to_rows()[:len(joint.reporting_owners)]  # the first table row, once per owner
    assert [r["owner_cik"] for r in owners] == [o.cik for o in joint.reporting_owners]
