"""A record as EDGAR's ownership XML (``<ownershipDocument>``), and back.

Element names, nesting, ``<value>`` wrappers and ``<footnoteId id="F1"/>``
references follow what EDGAR writes. A value the text lost is left out of the
XML rather than filled in. ``from_xml`` reads such a document (ours or
EDGAR's) into a ``Form4``, which is how the writer is tested.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import Form4ParseError
from .model import (DerivativeHolding, DerivativeTransaction, Form4, Issuer, NonDerivativeHolding,
                    NonDerivativeTransaction, ReportingOwner, Signature)

# record field -> element path (the last step holds <value> and footnoteIds)
_NON_DERIVATIVE = (
    ("security_title", "securityTitle"),
    ("transaction_date", "transactionDate"),
    ("deemed_execution_date", "deemedExecutionDate"),
    ("transaction_code", "transactionCoding/transactionCode"),
    ("equity_swap_involved", "transactionCoding/equitySwapInvolved"),
    ("shares", "transactionAmounts/transactionShares"),
    ("price_per_share", "transactionAmounts/transactionPricePerShare"),
    ("acquired_disposed", "transactionAmounts/transactionAcquiredDisposedCode"),
    ("shares_owned_following", "postTransactionAmounts/sharesOwnedFollowingTransaction"),
    ("direct_or_indirect", "ownershipNature/directOrIndirectOwnership"),
    ("nature_of_ownership", "ownershipNature/natureOfOwnership"),
)
_DERIVATIVE = (
    ("security_title", "securityTitle"),
    ("conversion_or_exercise_price", "conversionOrExercisePrice"),
    ("transaction_date", "transactionDate"),
    ("deemed_execution_date", "deemedExecutionDate"),
    ("transaction_code", "transactionCoding/transactionCode"),
    ("equity_swap_involved", "transactionCoding/equitySwapInvolved"),
    ("shares", "transactionAmounts/transactionShares"),
    ("price_per_share", "transactionAmounts/transactionPricePerShare"),
    ("acquired_disposed", "transactionAmounts/transactionAcquiredDisposedCode"),
    ("exercise_date", "exerciseDate"),
    ("expiration_date", "expirationDate"),
    ("underlying_security_title", "underlyingSecurity/underlyingSecurityTitle"),
    ("underlying_shares", "underlyingSecurity/underlyingSecurityShares"),
    ("shares_owned_following", "postTransactionAmounts/sharesOwnedFollowingTransaction"),
    ("direct_or_indirect", "ownershipNature/directOrIndirectOwnership"),
    ("nature_of_ownership", "ownershipNature/natureOfOwnership"),
)
_NON_DERIVATIVE_HOLDING = (
    ("security_title", "securityTitle"),
    ("shares_owned_following", "postTransactionAmounts/sharesOwnedFollowingTransaction"),
    ("direct_or_indirect", "ownershipNature/directOrIndirectOwnership"),
    ("nature_of_ownership", "ownershipNature/natureOfOwnership"),
)
_DERIVATIVE_HOLDING = (
    ("security_title", "securityTitle"),
    ("conversion_or_exercise_price", "conversionOrExercisePrice"),
    ("exercise_date", "exerciseDate"),
    ("expiration_date", "expirationDate"),
    ("underlying_security_title", "underlyingSecurity/underlyingSecurityTitle"),
    ("underlying_shares", "underlyingSecurity/underlyingSecurityShares"),
    ("shares_owned_following", "postTransactionAmounts/sharesOwnedFollowingTransaction"),
    ("direct_or_indirect", "ownershipNature/directOrIndirectOwnership"),
    ("nature_of_ownership", "ownershipNature/natureOfOwnership"),
)
#: Elements EDGAR writes as bare text inside transactionCoding, without <value>.
_BARE = {"transactionCode", "equitySwapInvolved"}
_TABLES = (
    ("nonDerivativeTable", "nonDerivativeTransaction", "non_derivative_transactions",
     _NON_DERIVATIVE, NonDerivativeTransaction),
    ("nonDerivativeTable", "nonDerivativeHolding", "non_derivative_holdings",
     _NON_DERIVATIVE_HOLDING, NonDerivativeHolding),
    ("derivativeTable", "derivativeTransaction", "derivative_transactions",
     _DERIVATIVE, DerivativeTransaction),
    ("derivativeTable", "derivativeHolding", "derivative_holdings",
     _DERIVATIVE_HOLDING, DerivativeHolding),
)
_FLAGS = (("is_director", "isDirector"), ("is_officer", "isOfficer"),
          ("is_ten_percent_owner", "isTenPercentOwner"), ("is_other", "isOther"))


# ---------------------------------------------------------------- writing

def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _sub(parent: ET.Element, path: str) -> ET.Element:
    """The element at ``path`` under ``parent``, made if missing (keeps first-use order)."""
    node = parent
    for step in path.split("/"):
        child = node.find(step)
        node = child if child is not None else ET.SubElement(node, step)
    return node


def _field(parent: ET.Element, path: str, value: Any, marks: tuple[str, ...]) -> None:
    if isinstance(value, str) and path.endswith("Date"):
        value = None  # a word in a date column has no place in EDGAR's date element
    if value is None and not marks:
        return
    holder, name = path.rpartition("/")[0], path.rpartition("/")[2]
    if name in _BARE:
        if value is not None:
            _sub(parent, path).text = _text(value)
        coding = _sub(parent, holder)
        for mark in marks:
            ET.SubElement(coding, "footnoteId", id=f"F{mark}")
        return
    node = _sub(parent, path)
    if value is not None:
        ET.SubElement(node, "value").text = _text(value)
    for mark in marks:
        ET.SubElement(node, "footnoteId", id=f"F{mark}")


def _row(parent: ET.Element, tag: str, row: Any, mapping) -> None:
    node = ET.SubElement(parent, tag)
    for field, path in mapping:
        if field == "transaction_code" and row.transaction_code is not None:
            ET.SubElement(_sub(node, "transactionCoding"), "transactionFormType").text = "4"
        _field(node, path, getattr(row, field), tuple(row.footnotes.get(field, ())))


def to_xml(form: Form4) -> str:
    """The form as an EDGAR ``ownershipDocument`` (UTF-8 text with declaration)."""
    root = ET.Element("ownershipDocument")
    ET.SubElement(root, "schemaVersion").text = "X0508"
    ET.SubElement(root, "documentType").text = form.document_type
    if form.period_of_report:
        ET.SubElement(root, "periodOfReport").text = _text(form.period_of_report)
    if form.date_of_original_submission:
        ET.SubElement(root, "dateOfOriginalSubmission").text = _text(form.date_of_original_submission)
    if form.not_subject_to_section16 is not None:
        ET.SubElement(root, "notSubjectToSection16").text = _text(form.not_subject_to_section16)
    issuer = ET.SubElement(root, "issuer")
    for attr, tag in (("cik", "issuerCik"), ("name", "issuerName"),
                      ("trading_symbol", "issuerTradingSymbol")):
        if getattr(form.issuer, attr):
            ET.SubElement(issuer, tag).text = getattr(form.issuer, attr)
    for owner in form.reporting_owners or ():
        node = ET.SubElement(root, "reportingOwner")
        for attr, tag in (("cik", "rptOwnerCik"), ("name", "rptOwnerName")):
            if getattr(owner, attr):
                ET.SubElement(_sub(node, "reportingOwnerId"), tag).text = getattr(owner, attr)
        for attr, tag in (("street1", "rptOwnerStreet1"), ("street2", "rptOwnerStreet2"),
                          ("city", "rptOwnerCity"), ("state", "rptOwnerState"),
                          ("zip", "rptOwnerZipCode")):
            if getattr(owner, attr):
                ET.SubElement(_sub(node, "reportingOwnerAddress"), tag).text = getattr(owner, attr)
        for attr, tag in _FLAGS + (("officer_title", "officerTitle"), ("other_text", "otherText")):
            if getattr(owner, attr) is not None:
                ET.SubElement(_sub(node, "reportingOwnerRelationship"), tag).text = \
                    _text(getattr(owner, attr))
    if form.aff10b5_one is not None:  # EDGAR's schema places it after the reporting owners
        ET.SubElement(root, "aff10b5One").text = _text(form.aff10b5_one)
    for table, tag, attr, mapping, _ in _TABLES:
        for row in getattr(form, attr) or ():
            _row(_sub(root, table), tag, row, mapping)
    if form.footnotes:
        notes = ET.SubElement(root, "footnotes")
        for fid, text in form.footnotes.items():
            ET.SubElement(notes, "footnote", id=f"F{fid}").text = text
    if form.remarks:
        ET.SubElement(root, "remarks").text = form.remarks
    for sig in form.signatures or ():
        node = ET.SubElement(root, "ownerSignature")
        if sig.name:
            ET.SubElement(node, "signatureName").text = sig.name
        if sig.date:
            ET.SubElement(node, "signatureDate").text = _text(sig.date)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# ---------------------------------------------------------------- reading

def _get(node: ET.Element | None, path: str) -> str | None:
    found = node.find(path) if node is not None else None
    if found is None or found.text is None or not found.text.strip():
        return None
    return " ".join(found.text.split())


def _flag(text: str | None, omitted: bool | None = False) -> bool | None:
    """``1``/``true`` -> True; an omitted or empty element -> ``omitted``."""
    if text is None or not text.strip():
        return omitted
    return text.strip().lower() in ("1", "true")


def _convert(field: str, text: str | None, omitted: bool | None = False) -> Any:
    if field == "equity_swap_involved":
        return _flag(text, omitted)
    if text is None:
        return None
    if field.endswith("_date"):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return text
    if field in ("shares", "price_per_share", "shares_owned_following", "underlying_shares",
                 "conversion_or_exercise_price"):
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    return text


def _read_row(node: ET.Element, mapping, cls, omitted: bool | None) -> Any:
    values: dict[str, Any] = {}
    footnotes: dict[str, tuple[str, ...]] = {}
    for field, path in mapping:
        name = path.rpartition("/")[2]
        holder = node.find(path.rpartition("/")[0]) if "/" in path else node
        if name in _BARE:
            values[field] = _convert(field, _get(node, path), omitted)
            marks_at = holder if field == "transaction_code" else None
        else:
            values[field] = _convert(field, _get(node, path + "/value"))
            marks_at = node.find(path)
        if marks_at is not None:
            ids = tuple(f.get("id", "").lstrip("F") for f in marks_at.findall("footnoteId"))
            if ids:
                footnotes[field] = ids
    return cls(**values, footnotes=footnotes)


def from_xml(text: str, layout: str = "edgar-xml", omitted_flags: bool | None = False) -> Form4:
    """An ``ownershipDocument`` (EDGAR's or ours) as a Form4.

    EDGAR omits a checkbox element when the box is unchecked, so an omitted flag
    reads as ``False``; for XML that form4lark wrote, where an omitted flag means
    the text did not show it, pass ``omitted_flags=None``."""
    try:
        root = ET.fromstring(text.encode("utf-8") if isinstance(text, str) else text)
    except ET.ParseError as exc:
        line, column = exc.position
        raise Form4ParseError(f"not well-formed XML: {exc}", line=line, column=column + 1,
                              layout=layout) from None
    if root.tag != "ownershipDocument":
        raise Form4ParseError(f"expected <ownershipDocument>, found <{root.tag}>", layout=layout)
    owners = []
    for node in root.findall("reportingOwner"):
        rel = node.find("reportingOwnerRelationship")
        flags = {attr: _flag(_get(rel, tag), omitted_flags) for attr, tag in _FLAGS}
        owners.append(ReportingOwner(
            cik=_get(node, "reportingOwnerId/rptOwnerCik"),
            name=_get(node, "reportingOwnerId/rptOwnerName"),
            street1=_get(node, "reportingOwnerAddress/rptOwnerStreet1"),
            street2=_get(node, "reportingOwnerAddress/rptOwnerStreet2"),
            city=_get(node, "reportingOwnerAddress/rptOwnerCity"),
            state=_get(node, "reportingOwnerAddress/rptOwnerState"),
            zip=_get(node, "reportingOwnerAddress/rptOwnerZipCode"),
            officer_title=_get(rel, "officerTitle"), other_text=_get(rel, "otherText"), **flags))
    tables: dict[str, tuple] = {}
    for table, tag, attr, mapping, cls in _TABLES:
        tables[attr] = tuple(_read_row(n, mapping, cls, omitted_flags)
                             for n in root.findall(f"{table}/{tag}"))
    footnotes = {f.get("id", "").lstrip("F"): " ".join("".join(f.itertext()).split())
                 for f in root.findall("footnotes/footnote")}
    return Form4(
        document_type=_get(root, "documentType") or "4",
        layout=layout,
        period_of_report=_convert("period_date", _get(root, "periodOfReport")),
        date_of_original_submission=_convert("original_date", _get(root, "dateOfOriginalSubmission")),
        not_subject_to_section16=_flag(_get(root, "notSubjectToSection16"), omitted_flags),
        # absent in EDGAR's schemas before X0407 (the box did not exist) and in ours
        # when the text lost it: unknown either way
        aff10b5_one=_flag(_get(root, "aff10b5One"), None),
        issuer=Issuer(_get(root, "issuer/issuerName"), _get(root, "issuer/issuerTradingSymbol"),
                      _get(root, "issuer/issuerCik")),
        reporting_owners=tuple(owners),
        filed_by_more_than_one_person=len(owners) > 1,
        footnotes=footnotes,
        remarks=_get(root, "remarks"),
        signatures=tuple(Signature(_get(s, "signatureName"),
                                   _convert("signature_date", _get(s, "signatureDate")))
                         for s in root.findall("ownerSignature")),
        **tables,
    )
