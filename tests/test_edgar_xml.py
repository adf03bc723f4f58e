"""EDGAR's ownership XML: reading it gives the truth; writing then reading gives the same record."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from form4lark.edgar_xml import from_xml, to_xml
from form4lark.scoring import score
from support import FIXTURES, record

FILINGS = sorted((FIXTURES / "xml").iterdir())


@pytest.mark.parametrize("folder", FILINGS, ids=[f.name for f in FILINGS])
def test_reading_edgar_xml_gives_the_truth_record(folder):
    truth = json.loads((folder / "truth.json").read_text())
    form = from_xml((folder / "filing.xml").read_text())
    assert [v for v in score(truth, record(form)) if v[1] != "right"] == []


@pytest.mark.parametrize("folder", FILINGS, ids=[f.name for f in FILINGS])
def test_written_xml_reads_back_to_the_same_record(folder):
    form = from_xml((folder / "filing.xml").read_text())
    written = to_xml(form)
    assert record(from_xml(written)) == record(form)


def test_written_xml_has_edgar_shape():
    form = from_xml((FIXTURES / "xml" / "BETR-20241209-1" / "filing.xml").read_text())
    root = ET.fromstring(to_xml(form))
    tx = root.find("nonDerivativeTable/nonDerivativeTransaction")
    assert tx.findtext("transactionAmounts/transactionShares/value") == "628553"
    assert tx.find("transactionAmounts/transactionShares/footnoteId").get("id") == "F1"
    assert tx.findtext("transactionCoding/transactionCode") == "C"
    assert tx.find("transactionAmounts/transactionPricePerShare/value") is None  # the text has none
    assert [f.get("id") for f in root.findall("footnotes/footnote")] == ["F1", "F2", "F3"]
    assert len(root.findall("ownerSignature")) == 8


def test_rows_repeat_the_filing_columns():
    form = from_xml((FIXTURES / "xml" / "ZNGA-20111221-1" / "filing.xml").read_text())
    rows = form.to_rows()
    total = sum(len(getattr(form, t)) for t in ("non_derivative_transactions",
                "non_derivative_holdings", "derivative_transactions", "derivative_holdings"))
    assert len(rows) == total
    assert {r["issuer_trading_symbol"] for r in rows} == {form.issuer.trading_symbol}
    assert {(r["table"], r["row_kind"]) for r in rows} == {("II", "transaction"), ("II", "holding")}
