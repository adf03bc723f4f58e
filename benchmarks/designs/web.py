"""Design ``web``: a Form 4 filing shown as a financial website's or data vendor's own page.

    python benchmarks/designs/web.py FILING.xml > page.html

Imitates the "insider filing" detail pages of market-data sites (a compact page in the site's
own style, not EDGAR's): one heading per part of the form ("Reporting Owner", "Issuer",
"Non-Derivative Securities (Table I)", "Derivative Securities (Table II)", "Footnotes",
"Remarks", "Signatures"), the boxes as a two-column label/value table with short labels
("Reporting Person", "Address", "Issuer", "Ticker", "Date of Earliest Transaction",
"Relationship", "Filing", "Rule 10b5-1"), checkboxes as the glyphs ☒/☐, each table with the
form's columns in order under ONE row of short headers ("Title of Security", "Transaction
Date", "Code", "V", "Amount", "(A) or (D)", "Price", "Amount Owned Following", ...), footnote
marks as "[1]" links to the notes, dates MM/DD/YYYY and prices with "$".

How it differs from the corpus' designs: sec (EDGAR's XSL) numbers the boxes ("1. Name and
Address of Reporting Person*"), prints the column titles in full with "(Instr. 3)" over two or
three header rows, and marks as "(1)" superscripts; plain is a plainer print of the same grid.
Here no box is numbered, labels are shortened, the parts come in another order (owner first,
then the issuer), every owner of a joint filing gets its own section with its relationship,
and the tables have one header row.

Standard library only; the filing's XML is the only input, read with agent.py's XML readers
(``text``, ``flag``, ``date``).
"""
from __future__ import annotations

import html
import sys
import xml.etree.ElementTree as ET

from agent import date, flag, text  # the designs folder is on sys.path (script, make_texts.py)

CHECKED, UNCHECKED = "\u2612", "\u2610"


def _marks(el: ET.Element | None) -> str:
    """The "[n]" links of the footnote ids directly under ``el``."""
    if el is None:
        return ""
    out = []
    for fn in el.findall("footnoteId"):
        n = fn.get("id", "").lstrip("F")
        out.append(f' <a class="fn" href="#fn{html.escape(n)}">[{html.escape(n)}]</a>')
    return "".join(out)


def _cell(el: ET.Element | None, path: str, kind: str = "text", marks_at: str | None = None) -> str:
    """One table cell: the value at ``path``/value in the form's print, then its marks."""
    node = el.find(path) if el is not None else None
    value = text(el, path)
    if kind == "date":
        value = date(value)
    elif kind == "price" and value:
        value = "$" + value
    marks = _marks(node if marks_at is None else (el.find(marks_at) if el is not None else None))
    return f"<td>{html.escape(value)}{marks}</td>"


def _box(flag: bool) -> str:
    return CHECKED if flag else UNCHECKED


def _owner(owner: ET.Element, index: int, count: int) -> str:
    """One reporting owner's section: name, address, relationship."""
    rid, addr, rel = (owner.find("reportingOwnerId"), owner.find("reportingOwnerAddress"),
                      owner.find("reportingOwnerRelationship"))
    lines = [text(addr, "rptOwnerStreet1"), text(addr, "rptOwnerStreet2"),
             " ".join(p for p in (text(addr, "rptOwnerCity") + ("," if text(addr, "rptOwnerCity") else ""),
                                  text(addr, "rptOwnerState"), text(addr, "rptOwnerZipCode")) if p)]
    address = "<br>".join(html.escape(x) for x in lines if x)
    officer = text(rel, "officerTitle")
    other = text(rel, "otherText")
    relation = (f"Director {_box(flag(rel, 'isDirector'))} &nbsp; "
                f"Officer {_box(flag(rel, 'isOfficer'))}"
                + (f" (title: {html.escape(officer)})" if officer else "")
                + f" &nbsp; 10% Owner {_box(flag(rel, 'isTenPercentOwner'))} &nbsp; "
                f"Other {_box(flag(rel, 'isOther'))}"
                + (f" (specify: {html.escape(other)})" if other else ""))
    head = "Reporting Owner" + (f" {index} of {count}" if count > 1 else "")
    cik = text(rid, "rptOwnerCik")
    return (f"<h2>{head}</h2>\n<table class=\"kv\">\n"
            f"<tr><th>Reporting Person</th><td>{html.escape(text(rid, 'rptOwnerName'))}</td></tr>\n"
            + (f"<tr><th>CIK</th><td>{html.escape(cik)}</td></tr>\n" if cik else "")
            + f"<tr><th>Address</th><td>{address}</td></tr>\n"
            f"<tr><th>Relationship</th><td>{relation}</td></tr>\n</table>\n")


TABLE1 = ["Title of Security", "Transaction Date", "Deemed Execution Date", "Code", "V", "Amount",
          "(A) or (D)", "Price", "Amount Owned Following", "Ownership Form (D/I)",
          "Nature of Indirect Ownership"]
TABLE2 = ["Title of Security", "Conversion or Exercise Price", "Transaction Date",
          "Deemed Execution Date", "Code", "V", "Amount", "(A) or (D)", "Date Exercisable",
          "Expiration Date", "Underlying Title", "Underlying Shares", "Price",
          "Amount Owned Following", "Ownership Form (D/I)", "Nature of Indirect Ownership"]


def _coding(row: ET.Element) -> str:
    """The Code and V cells (V when an equity swap is involved); marks on the coding go on the code."""
    coding = row.find("transactionCoding")
    code = text(coding, "transactionCode")
    v = "V" if flag(coding, "equitySwapInvolved") else ""
    return f"<td>{html.escape(code)}{_marks(coding)}</td><td>{v}</td>"


def _table1_row(row: ET.Element) -> str:
    held = row.tag.endswith("Holding")
    cells = [_cell(row, "securityTitle")]
    if held:
        cells += ["<td></td>"] * 7
    else:
        cells += [_cell(row, "transactionDate", "date"), _cell(row, "deemedExecutionDate", "date"),
                  _coding(row), _cell(row, "transactionAmounts/transactionShares"),
                  _cell(row, "transactionAmounts/transactionAcquiredDisposedCode"),
                  _cell(row, "transactionAmounts/transactionPricePerShare", "price")]
    cells += [_cell(row, "postTransactionAmounts/sharesOwnedFollowingTransaction"),
              _cell(row, "ownershipNature/directOrIndirectOwnership"),
              _cell(row, "ownershipNature/natureOfOwnership")]
    return "<tr>" + "".join(cells) + "</tr>"


def _table2_row(row: ET.Element) -> str:
    held = row.tag.endswith("Holding")
    cells = [_cell(row, "securityTitle"), _cell(row, "conversionOrExercisePrice", "price")]
    if held:
        cells += ["<td></td>"] * 6
    else:
        cells += [_cell(row, "transactionDate", "date"), _cell(row, "deemedExecutionDate", "date"),
                  _coding(row), _cell(row, "transactionAmounts/transactionShares"),
                  _cell(row, "transactionAmounts/transactionAcquiredDisposedCode")]
    cells += [_cell(row, "exerciseDate", "date"), _cell(row, "expirationDate", "date"),
              _cell(row, "underlyingSecurity/underlyingSecurityTitle"),
              _cell(row, "underlyingSecurity/underlyingSecurityShares")]
    cells += (["<td></td>"] if held else
              [_cell(row, "transactionAmounts/transactionPricePerShare", "price")])
    cells += [_cell(row, "postTransactionAmounts/sharesOwnedFollowingTransaction"),
              _cell(row, "ownershipNature/directOrIndirectOwnership"),
              _cell(row, "ownershipNature/natureOfOwnership")]
    return "<tr>" + "".join(cells) + "</tr>"


def _table(title: str, headers: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "\n".join(rows) if rows else f'<tr><td colspan="{len(headers)}">None reported</td></tr>'
    return f"<h2>{title}</h2>\n<table class=\"grid\">\n<tr>{head}</tr>\n{body}\n</table>\n"


STYLE = """@page { size: letter landscape; margin: 0.4in; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 14pt; margin: 0 0 4pt; } h2 { font-size: 11pt; margin: 10pt 0 3pt; color: #1a4d80; }
table { border-collapse: collapse; } .kv th { text-align: left; padding: 1pt 8pt 1pt 0; color: #555; }
.kv td { padding: 1pt 0; } .grid th, .grid td { border: 1px solid #bbb; padding: 2pt 3pt; font-size: 8pt; }
.grid th { background: #e8eef5; } a.fn { text-decoration: none; }"""


def render(xml_text: str) -> str:
    """The page.html of one filing's ownership XML."""
    root = ET.fromstring(xml_text)
    issuer = root.find("issuer")
    owners = root.findall("reportingOwner")
    doc_type = text(root, "documentType") or "4"
    parts = [f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Form {html.escape(doc_type)} "
             f"insider filing: {html.escape(text(issuer, 'issuerTradingSymbol'))}</title>"
             f"<style>{STYLE}</style></head><body>\n"
             f"<h1>SEC Form {html.escape(doc_type)}: Statement of Changes in Beneficial Ownership</h1>\n"]
    for i, owner in enumerate(owners, 1):
        parts.append(_owner(owner, i, len(owners)))
    kv = [("Issuer", html.escape(text(issuer, "issuerName"))),
          ("Ticker", html.escape(text(issuer, "issuerTradingSymbol")))]
    if text(issuer, "issuerCik"):
        kv.append(("Issuer CIK", html.escape(text(issuer, "issuerCik"))))
    kv.append(("Date of Earliest Transaction", date(text(root, "periodOfReport"))))
    if text(root, "dateOfOriginalSubmission"):
        kv.append(("Date Original Filed", date(text(root, "dateOfOriginalSubmission"))))
    joint = len(owners) > 1
    kv.append(("Filing", f"Individual {_box(not joint)} &nbsp; Joint/Group {_box(joint)}"))
    kv.append(("No Longer Subject to Section 16", _box(flag(root, "notSubjectToSection16"))))
    if root.find("aff10b5One") is not None or text(root, "schemaVersion") >= "X0407":
        kv.append(("Rule 10b5-1", _box(flag(root, "aff10b5One"))))
    parts.append("<h2>Issuer</h2>\n<table class=\"kv\">\n"
                 + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>\n" for k, v in kv) + "</table>\n")
    t1 = root.find("nonDerivativeTable")
    t2 = root.find("derivativeTable")
    parts.append(_table("Non-Derivative Securities (Table I)", TABLE1,
                        [_table1_row(r) for r in (list(t1) if t1 is not None else [])]))
    parts.append(_table("Derivative Securities (Table II)", TABLE2,
                        [_table2_row(r) for r in (list(t2) if t2 is not None else [])]))
    notes = root.find("footnotes")
    parts.append("<h2>Footnotes</h2>\n<div class=\"notes\">\n")
    for fn in (list(notes) if notes is not None else []):
        n = fn.get("id", "").lstrip("F")
        parts.append(f'<p id="fn{html.escape(n)}">[{html.escape(n)}] '
                     f"{html.escape(' '.join((fn.text or '').split()))}</p>\n")
    parts.append("</div>\n")
    remarks = " ".join((text(root, "remarks")).split())
    parts.append(f"<h2>Remarks</h2>\n<p>{html.escape(remarks) if remarks else 'None'}</p>\n")
    parts.append("<h2>Signatures</h2>\n<table class=\"kv\">\n")
    for sig in root.findall("ownerSignature"):
        parts.append(f"<tr><td>{html.escape(text(sig, 'signatureName'))}</td>"
                     f"<td>{date(text(sig, 'signatureDate'))}</td></tr>\n")
    parts.append("</table>\n</body></html>\n")
    return "".join(parts)


if __name__ == "__main__":
    sys.stdout.write(render(open(sys.argv[1], encoding="utf-8").read()))
