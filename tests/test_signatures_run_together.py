"""Signatures a converter ran together: several "/s/" on one line, each with its date
among its words (ADGI-20220328-2, plain design, pymupdf4llm), and a date the converter
printed twice after a name's wrapped last line (BETR-20241209-1, plain design,
pymupdf4llm). Names and dates checked against the filings' EDGAR records."""

from __future__ import annotations

import form4lark

HEAD = ("## **Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned**\n\n"
        "## **Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned**\n\n"
        "### **Explanation of Responses:**\n\n### **Remarks:**\n\n")
FOOT = "\n\n** Signature of Reporting Person Date\n"


def _signatures(lines: str) -> list[tuple[str | None, str]]:
    form = form4lark.parse(HEAD + lines + FOOT, layout="cells")
    return [(s.name, s.date.isoformat()) for s in form.signatures]


def test_each_slash_s_on_a_line_opens_a_signature_with_its_one_date():
    line = ("### <u>/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, General Partner of "
            "Mithril II GP LP, the General Partner of 03/30/2022 Mithril II LP /s/ Ajay Royan, "
            "Managing Member, Mithril II UGP LLC, General Partner of Mithril II GP LP 03/30/2022 "
            "/s/ Ajay Royan, Managing Member, Mithril II UGP LLC 03/30/2022</u>\n\n"
            "<u>/s/ Peter Thiel 03/30/2022</u>")
    assert _signatures(line) == [
        ("/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, General Partner of Mithril II GP LP, "
         "the General Partner of Mithril II LP", "2022-03-30"),
        ("/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, General Partner of Mithril II GP LP",
         "2022-03-30"),
        ("/s/ Ajay Royan, Managing Member, Mithril II UGP LLC", "2022-03-30"),
        ("/s/ Peter Thiel", "2022-03-30")]


def test_a_piece_without_its_one_date_leaves_the_line_to_the_other_readers():
    line = "/s/ A. Signer /s/ B. Signer\n\n03/30/2022"
    assert all(name is None or "/s/ B. Signer" not in name or "/s/ A. Signer" in name
               for name, _ in _signatures(line))


BETR = ("SB Global Advisers Limited, By : /s/ Stephen Lam, General Counsel 03/07/2025\n"
        "SoftBank Vision Fund II-2 L.P., By : /s/ SB Global Advisers Limited, its Manager, "
        "By : /s/ Stephen Lam, General 03/07/2025\n\n\n\nCounsel\n\n\n\n03/07/2025\n\n\n\n"
        "SVF II Aggregator (Jersey) LP, By : /s/ Michael Johnson, Director 03/07/2025")


def test_a_date_printed_again_after_a_names_last_line_is_no_signature():
    assert _signatures(BETR) == [
        ("SB Global Advisers Limited, By : /s/ Stephen Lam, General Counsel", "2025-03-07"),
        ("SoftBank Vision Fund II-2 L.P., By : /s/ SB Global Advisers Limited, its Manager, "
         "By : /s/ Stephen Lam, General Counsel", "2025-03-07"),
        ("SVF II Aggregator (Jersey) LP, By : /s/ Michael Johnson, Director", "2025-03-07")]


def test_a_different_date_alone_is_a_signature_of_its_own():
    names = [name for name, _ in _signatures(BETR.replace("\n03/07/2025\n", "\n03/08/2025\n"))]
    assert len(names) == 4
