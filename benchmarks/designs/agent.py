#!/usr/bin/env python3
"""Design `agent`: a filing agent's or law firm's HTML print of the SEC's PAPER Form 4.

    python agent.py FILING_XML > page.html

Imitates the HTML print a filing agent (or a law firm's Section 16 software) makes of a Form 4 when
it follows the paper form that sec.gov publishes as a PDF, not EDGAR's XSL page. Made from the EDGAR
ownership XML alone (standard library only).

How it differs from the corpus' two designs (sec = EDGAR's XSL page, plain = a plainer third party):
- the title block of the paper form: "FORM 4" beside "UNITED STATES SECURITIES AND EXCHANGE
  COMMISSION", the OMB box, "[ ] Check this box if no longer subject to Section 16 ...";
- boxes 1-6 in another grid: 1 | 2 | 3 across, 4 | 5 | 6 below, each with the paper form's
  numbering and wording ("1. Name and Address of Reporting Person*", "(Last) (First) (Middle)",
  "3. Date of Earliest Transaction Required to be Reported (Month/Day/Year)", ...);
- every reporting owner printed in box 1 and with its own relationship in box 5 (joint filings);
- checkboxes as "[X]" / "[ ]" text before their labels;
- footnote marks as bare superscript numbers (<sup>1</sup>), no parentheses;
- prices with "$", share amounts with thousands commas, dates Month/Day/Year (MM/DD/YYYY);
- Table I and Table II with ONE header row holding each column's full title with its
  "(Instr. 3)" part; sub-columns (Code / V, Amount / (A) or (D) / Price, (A) / (D), Date
  Exercisable / Expiration Date, Title / Amount or Number of Shares) as their own header cells
  carrying the box number ("4. Amount", "5. (A)");
- Table II's box 5 has an (A) and a (D) column: the number sits in the one its code says;
- holdings are rows of the same tables with the transaction columns empty;
- "Explanation of Responses:" with numbered notes "1. ...", "Remarks:", then the signature
  line over "** Signature of Reporting Person" / "Date".
"""
import html
import sys
import xml.etree.ElementTree as ET


def esc(s):
    return html.escape(s or "", quote=False)


def text(el, path):
    """The stripped text at `path` under `el` (or its <value>), '' when absent."""
    if el is None:
        return ""
    node = el.find(path)
    if node is None:
        return ""
    v = node.find("value")
    t = (v.text if v is not None else node.text) or ""
    return t.strip()


def note_number(fid):
    """A footnote id's number as the page prints it: "F1" -> "1"."""
    return fid[1:] if fid[:1] in "Ff" else fid


def marks(el, path=None):
    """Footnote numbers ("1", "2") of the footnoteId elements directly under el/path (or its value)."""
    node = el if path is None else (el.find(path) if el is not None else None)
    if node is None:
        return []
    out = []
    for f in node.findall("footnoteId") + node.findall("value/footnoteId"):
        out.append(note_number(f.get("id", "")))
    return out


def sup(ms):
    return "".join(f"<sup>{esc(m)}</sup>" for m in ms)


def date(s):
    """ISO (maybe with a zone) to MM/DD/YYYY."""
    s = (s or "").strip()
    if len(s) >= 10 and s[4] == "-" and s[7] == "-":
        return f"{s[5:7]}/{s[8:10]}/{s[0:4]}"
    return s


def number(s):
    """The XML's digits with thousands commas on the integer part."""
    s = (s or "").strip()
    if not s:
        return ""
    sign = "-" if s.startswith("-") else ""
    s = s.lstrip("-")
    whole, dot, frac = s.partition(".")
    if whole.isdigit():
        whole = f"{int(whole):,}" if not whole.startswith("0") or whole == "0" else whole
    return sign + whole + dot + frac


def price(s):
    return "$" + number(s) if s else ""


def cell(value, ms=(), cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<td{c}>{esc(value)}{sup(ms)}</td>"


def box(checked):
    return "[X]" if checked else "[ ]"


def flag(el, path):
    return text(el, path).lower() in ("1", "true")


def owner_box1(o):
    oid, addr = o.find("reportingOwnerId"), o.find("reportingOwnerAddress")
    name = text(oid, "rptOwnerName")
    lines = [f'<div class="name">{esc(name)}</div>', '<div class="small">(Last) (First) (Middle)</div>']
    street = [text(addr, "rptOwnerStreet1"), text(addr, "rptOwnerStreet2")]
    lines.append(f'<div>{"<br>".join(esc(s) for s in street if s)}</div>')
    lines.append('<div class="small">(Street)</div>')
    city = " ".join(x for x in (text(addr, "rptOwnerCity"), text(addr, "rptOwnerState"),
                                text(addr, "rptOwnerZipCode")) if x)
    lines.append(f"<div>{esc(city)}</div>")
    lines.append('<div class="small">(City) (State) (Zip)</div>')
    return "\n".join(lines)


def owner_box5(o, many):
    rel = o.find("reportingOwnerRelationship")
    name = text(o.find("reportingOwnerId"), "rptOwnerName")
    head = f'<div class="who">{esc(name)}:</div>' if many else ""
    title, other = text(rel, "officerTitle"), text(rel, "otherText")
    return (head + '<table class="rel"><tr>'
            f'<td>{box(flag(rel, "isDirector"))} Director</td>'
            f'<td>{box(flag(rel, "isTenPercentOwner"))} 10% Owner</td></tr><tr>'
            f'<td>{box(flag(rel, "isOfficer"))} Officer (give title below)</td>'
            f'<td>{box(flag(rel, "isOther"))} Other (specify below)</td></tr>'
            f'<tr><td colspan="2" class="title">{esc(title or other)}</td></tr></table>')


T1_HEAD = ["1. Title of Security (Instr. 3)", "2. Transaction Date (Month/Day/Year)",
           "2A. Deemed Execution Date, if any (Month/Day/Year)",
           "3. Transaction Code (Instr. 8) Code", "3. V",
           "4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5) Amount",
           "4. (A) or (D)", "4. Price",
           "5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4)",
           "6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)",
           "7. Nature of Indirect Beneficial Ownership (Instr. 4)"]

T2_HEAD = ["1. Title of Derivative Security (Instr. 3)",
           "2. Conversion or Exercise Price of Derivative Security",
           "3. Transaction Date (Month/Day/Year)", "3A. Deemed Execution Date, if any (Month/Day/Year)",
           "4. Transaction Code (Instr. 8) Code", "4. V",
           "5. Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5) (A)",
           "5. (D)", "6. Date Exercisable and Expiration Date (Month/Day/Year) Date Exercisable",
           "6. Expiration Date",
           "7. Title and Amount of Securities Underlying Derivative Security (Instr. 3 and 4) Title",
           "7. Amount or Number of Shares", "8. Price of Derivative Security (Instr. 5)",
           "9. Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr. 4)",
           "10. Ownership Form of Derivative Security: Direct (D) or Indirect (I) (Instr. 4)",
           "11. Nature of Indirect Beneficial Ownership (Instr. 4)"]


def coding(r):
    c = r.find("transactionCoding")
    code = text(c, "transactionCode")
    v = "V" if text(r, "transactionTimeliness") == "E" else ""
    return cell(code, marks(c)) + cell(v)


def nature(r):
    n = r.find("ownershipNature")
    return (cell(text(n, "directOrIndirectOwnership"), marks(n, "directOrIndirectOwnership"))
            + cell(text(n, "natureOfOwnership"), marks(n, "natureOfOwnership")))


def following(r):
    p = r.find("postTransactionAmounts")
    return cell(number(text(p, "sharesOwnedFollowingTransaction")), marks(p, "sharesOwnedFollowingTransaction"), "num")


def dated(r, path):
    return cell(date(text(r, path)), marks(r, path))


def table1_row(r, holding):
    out = [cell(text(r, "securityTitle"), marks(r, "securityTitle"))]
    if holding:
        out += [cell("")] * 7
    else:
        a = r.find("transactionAmounts")
        out += [dated(r, "transactionDate"), dated(r, "deemedExecutionDate"), coding(r),
                cell(number(text(a, "transactionShares")), marks(a, "transactionShares"), "num"),
                cell(text(a, "transactionAcquiredDisposedCode"), marks(a, "transactionAcquiredDisposedCode")),
                cell(price(text(a, "transactionPricePerShare")), marks(a, "transactionPricePerShare"), "num")]
    out += [following(r)] + [nature(r)]
    return "<tr>" + "".join(out) + "</tr>"


def table2_row(r, holding):
    out = [cell(text(r, "securityTitle"), marks(r, "securityTitle")),
           cell(price(text(r, "conversionOrExercisePrice")), marks(r, "conversionOrExercisePrice"), "num")]
    if holding:
        out += [cell("")] * 6
        a = None
    else:
        a = r.find("transactionAmounts")
        ad = text(a, "transactionAcquiredDisposedCode")
        shares = cell(number(text(a, "transactionShares")),
                      marks(a, "transactionShares") + marks(a, "transactionAcquiredDisposedCode"), "num")
        out += [dated(r, "transactionDate"), dated(r, "deemedExecutionDate"), coding(r)]
        out += [shares, cell("")] if ad == "A" else [cell(""), shares]
    u = r.find("underlyingSecurity")
    out += [dated(r, "exerciseDate"), dated(r, "expirationDate"),
            cell(text(u, "underlyingSecurityTitle"), marks(u, "underlyingSecurityTitle")),
            cell(number(text(u, "underlyingSecurityShares")), marks(u, "underlyingSecurityShares"), "num"),
            cell(price(text(a, "transactionPricePerShare")) if a is not None else "",
                 marks(a, "transactionPricePerShare") if a is not None else [], "num"),
            following(r), nature(r)]
    return "<tr>" + "".join(out) + "</tr>"


def table(title, head, rows):
    th = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "\n".join(rows) if rows else ""
    return (f'<table class="tab"><caption>{esc(title)}</caption>\n<tr>{th}</tr>\n{body}\n</table>')


CSS = """
@page { size: letter landscape; margin: 0.4in; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 8pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; vertical-align: top; padding: 2px 3px; }
th { font-weight: normal; font-size: 7pt; text-align: left; }
.num { text-align: right; }
.small { font-size: 6pt; }
.name { font-weight: bold; }
.form { font-size: 20pt; font-weight: bold; }
.rel td { border: none; }
.title { font-style: italic; }
caption { font-weight: bold; text-align: center; padding: 4px; }
.tab { margin-top: 6px; }
.top td { width: 33%; }
"""


def render(xml_text):
    root = ET.fromstring(xml_text)
    schema = text(root, "schemaVersion")
    owners = root.findall("reportingOwner")
    issuer = root.find("issuer")
    many = len(owners) > 1
    doc_type = text(root, "documentType") or "4"
    p = []
    p.append(f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>FORM {esc(doc_type)}</title>"
             f"<style>{CSS}</style></head><body>")
    p.append('<table class="head"><tr>'
             f'<td><div class="form">FORM {esc(doc_type)}</div>'
             f'<div>{box(flag(root, "notSubjectToSection16"))} Check this box if no longer subject to '
             'Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).</div></td>'
             '<td><div><b>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</b></div>'
             '<div>Washington, D.C. 20549</div>'
             '<div><b>STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP OF SECURITIES</b></div>'
             '<div class="small">Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or '
             'Section 30(h) of the Investment Company Act of 1940</div></td>'
             '<td><div>OMB APPROVAL</div><div>OMB Number: 3235-0287</div>'
             '<div>Estimated average burden hours per response: 0.5</div></td></tr></table>')
    if schema >= "X0407":
        p.append(f'<div>{box(flag(root, "aff10b5One"))} Check this box to indicate that a transaction was '
                 'made pursuant to a contract, instruction or written plan for the purchase or sale of '
                 'equity securities of the issuer that is intended to satisfy the affirmative defense '
                 'conditions of Rule 10b5-1(c). See Instruction 10.</div>')
    print_type = "(Print or Type Responses)"
    p.append(f'<div class="small">{print_type}</div>')
    box1 = "<hr>".join(owner_box1(o) for o in owners)
    p.append('<table class="top"><tr>'
             f'<td><div>1. Name and Address of Reporting Person*</div>{box1}</td>'
             '<td><div>2. Issuer Name and Ticker or Trading Symbol</div>'
             f'<div class="name">{esc(text(issuer, "issuerName"))} [ {esc(text(issuer, "issuerTradingSymbol"))} ]</div></td>'
             '<td><div>3. Date of Earliest Transaction Required to be Reported (Month/Day/Year)</div>'
             f'<div>{esc(date(text(root, "periodOfReport")))}</div></td></tr>')
    box5 = "".join(owner_box5(o, many) for o in owners)
    p.append('<tr><td><div>4. If Amendment, Date of Original Filed (Month/Day/Year)</div>'
             f'<div>{esc(date(text(root, "dateOfOriginalSubmission")))}</div></td>'
             '<td><div>5. Relationship of Reporting Person(s) to Issuer (Check all applicable)</div>'
             f'{box5}</td>'
             '<td><div>6. Individual or Joint/Group Filing (Check Applicable Line)</div>'
             f'<div>{box(not many)} Form filed by One Reporting Person</div>'
             f'<div>{box(many)} Form filed by More than One Reporting Person</div></td></tr></table>')
    nd = root.find("nonDerivativeTable")
    rows = []
    if nd is not None:
        rows = [table1_row(r, r.tag == "nonDerivativeHolding") for r in nd
                if r.tag in ("nonDerivativeTransaction", "nonDerivativeHolding")]
    p.append(table("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
                   T1_HEAD, rows))
    dt = root.find("derivativeTable")
    rows = []
    if dt is not None:
        rows = [table2_row(r, r.tag == "derivativeHolding") for r in dt
                if r.tag in ("derivativeTransaction", "derivativeHolding")]
    p.append(table("Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned "
                   "(e.g., puts, calls, warrants, options, convertible securities)", T2_HEAD, rows))
    p.append("<p><b>Explanation of Responses:</b></p>")
    for f in root.findall("footnotes/footnote"):
        num = note_number(f.get("id", ""))
        p.append(f"<p>{esc(num)}. {esc(''.join(f.itertext()).strip())}</p>")
    remarks = text(root, "remarks")
    p.append(f"<p><b>Remarks:</b></p><p>{esc(remarks)}</p>")
    for s in root.findall("ownerSignature"):
        p.append('<table class="sig"><tr>'
                 f'<td>{esc(text(s, "signatureName"))}</td><td>{esc(date(text(s, "signatureDate")))}</td></tr>'
                 '<tr><td>** Signature of Reporting Person</td><td>Date</td></tr></table>')
    p.append('<p class="small">Reminder: Report on a separate line for each class of securities beneficially '
             'owned directly or indirectly.<br>* If the form is filed by more than one reporting person, see '
             'Instruction 4(b)(v).<br>** Intentional misstatements or omissions of facts constitute Federal '
             'Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).<br>Note: File three copies of '
             'this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 '
             'for procedure.</p>')
    p.append("</body></html>")
    return "\n".join(p) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        sys.stdout.write(render(fh.read()))
