"""A record as EDGAR's ownership XML (``<ownershipDocument>``), and back.

Element names, nesting, ``<value>`` wrappers and ``<footnoteId id="F1"/>``
references follow what EDGAR writes. A value the text lost is left out of the
XML rather than filled in. ``from_xml`` reads such a document (ours or
EDGAR's) into a ``Form4``, which is how the writer is tested.

EDGAR omits an unchecked box, so an absent flag reads as ``False``. What the
record holds and EDGAR's XML cannot say (a box the text did not show, a part
that could not be read, a word in a date column, box 6, the layout) form4lark
writes as ``<?form4lark ...?>`` processing instructions, and reads back: the
record of its own XML comes back equal, unknowns included.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Sequence

from .errors import Form4ParseError
from .model import (DerivativeHolding, DerivativeTransaction, Form4, Issuer, NonDerivativeHolding,
                    NonDerivativeTransaction, ReportingOwner, Signature)
from .value_text import value_text
from .xml_marks import mark, marked, marks

# record field -> element path (the last step holds <value> and footnoteIds), by the
# parts of a row: its title, the transaction, a derivative's terms, the position after
_TITLE = (("security_title", "securityTitle"),)
_CONVERSION_PRICE = (("conversion_or_exercise_price", "conversionOrExercisePrice"),)
_TRANSACTION = (
    ("transaction_date", "transactionDate"),
    ("deemed_execution_date", "deemedExecutionDate"),
    ("transaction_code", "transactionCoding/transactionCode"),
    ("equity_swap_involved", "transactionCoding/equitySwapInvolved"),
    ("shares", "transactionAmounts/transactionShares"),
    ("price_per_share", "transactionAmounts/transactionPricePerShare"),
    ("acquired_disposed", "transactionAmounts/transactionAcquiredDisposedCode"),
)
_TERMS = (
    ("exercise_date", "exerciseDate"),
    ("expiration_date", "expirationDate"),
    ("underlying_security_title", "underlyingSecurity/underlyingSecurityTitle"),
    ("underlying_shares", "underlyingSecurity/underlyingSecurityShares"),
)
_POSITION = (
    ("shares_owned_following", "postTransactionAmounts/sharesOwnedFollowingTransaction"),
    ("direct_or_indirect", "ownershipNature/directOrIndirectOwnership"),
    ("nature_of_ownership", "ownershipNature/natureOfOwnership"),
)
_NON_DERIVATIVE = _TITLE + _TRANSACTION + _POSITION
_DERIVATIVE = _TITLE + _CONVERSION_PRICE + _TRANSACTION + _TERMS + _POSITION
_NON_DERIVATIVE_HOLDING = _TITLE + _POSITION
_DERIVATIVE_HOLDING = _TITLE + _CONVERSION_PRICE + _TERMS + _POSITION
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
#: Parts of the record that are None when their section could not be read, and where
#: their elements stand (an unknown part has no element at all, like an empty one).
_PARTS = {"reporting_owners": "reportingOwner", "footnotes": "footnotes",
          "signatures": "ownerSignature",
          **{attr: f"{table}/{tag}" for table, tag, attr, _, _ in _TABLES}}


# ---------------------------------------------------------------- writing

def _unknown(parent: ET.Element, path: str) -> None:
    """Mark the element at ``path`` (under ``parent``) as not shown in the text."""
    holder, _, name = path.rpartition("/")
    mark(_sub(parent, holder) if holder else parent, unknown=name)


def _text(value: Any) -> str:
    return value_text(value, true="1", false="0")


def _sub(parent: ET.Element, path: str) -> ET.Element:
    """The element at ``path`` under ``parent``, made if missing (keeps first-use order)."""
    node = parent
    for step in path.split("/"):
        child = node.find(step)
        node = child if child is not None else ET.SubElement(node, step)
    return node


def _field(parent: ET.Element, path: str, value: Any, marks: tuple[str, ...]) -> None:
    holder, _, name = path.rpartition("/")
    if isinstance(value, str) and name.endswith("Date"):
        # a word in a date column has no place in EDGAR's date element
        mark(parent, element=name, value=value)
        value = None
    if value is None and name == "equitySwapInvolved":
        _unknown(parent, path)
    if value is None and not marks:
        return
    if name in _BARE:
        if value is not None:
            _sub(parent, path).text = _text(value)
        coding = _sub(parent, holder)
        for fid in marks:
            ET.SubElement(coding, "footnoteId", id=f"F{fid}")
        if marks and name == "equitySwapInvolved":
            mark(coding, footnotes=name, ids=" ".join(marks))
        return
    node = _sub(parent, path)
    if value is not None:
        ET.SubElement(node, "value").text = _text(value)
    for fid in marks:
        ET.SubElement(node, "footnoteId", id=f"F{fid}")


def _row(parent: ET.Element, tag: str, row: Any, mapping: Sequence[tuple[str, str]]) -> None:
    node = ET.SubElement(parent, tag)
    for field, path in mapping:
        if field == "transaction_code" and row.transaction_code is not None:
            ET.SubElement(_sub(node, "transactionCoding"), "transactionFormType").text = "4"
        _field(node, path, getattr(row, field), tuple(row.footnotes.get(field, ())))
    if getattr(row, "transaction_code_suffix", None):
        mark(_sub(node, "transactionCoding"), element="transactionCodeSuffix",
             value=row.transaction_code_suffix)
    coding = node.find("transactionCoding")
    if coding is not None:  # EDGAR's order: the coding's elements, then its footnoteIds
        coding[:] = sorted(coding, key=lambda child: child.tag == "footnoteId")


def _unknown_part(root: ET.Element, form: Form4, attr: str) -> None:
    """Mark a part of the record that could not be read (None), where its elements stand."""
    if getattr(form, attr) is None:
        _unknown(root, _PARTS[attr])


def _box6(form: Form4) -> str:
    value = form.filed_by_more_than_one_person
    return "unknown" if value is None else _text(value)


def to_xml(form: Form4) -> str:
    """The form as an EDGAR ``ownershipDocument`` (UTF-8 text with declaration)."""
    from . import __version__
    root = ET.Element("ownershipDocument")
    mark(root, version=__version__, layout=form.layout, filedByMoreThanOnePerson=_box6(form))
    ET.SubElement(root, "schemaVersion").text = "X0508"
    ET.SubElement(root, "documentType").text = form.document_type
    if form.period_of_report:
        ET.SubElement(root, "periodOfReport").text = _text(form.period_of_report)
    if form.date_of_original_submission:
        ET.SubElement(root, "dateOfOriginalSubmission").text = _text(form.date_of_original_submission)
    if form.not_subject_to_section16 is not None:
        ET.SubElement(root, "notSubjectToSection16").text = _text(form.not_subject_to_section16)
    else:
        _unknown(root, "notSubjectToSection16")
    issuer = ET.SubElement(root, "issuer")
    for attr, tag in (("cik", "issuerCik"), ("name", "issuerName"),
                      ("trading_symbol", "issuerTradingSymbol")):
        if getattr(form.issuer, attr):
            ET.SubElement(issuer, tag).text = getattr(form.issuer, attr)
    _unknown_part(root, form, "reporting_owners")
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
        relationship = _sub(node, "reportingOwnerRelationship")
        for attr, tag in _FLAGS + (("officer_title", "officerTitle"), ("other_text", "otherText")):
            if getattr(owner, attr) is not None:
                ET.SubElement(relationship, tag).text = _text(getattr(owner, attr))
            elif (attr, tag) in _FLAGS:
                _unknown(relationship, tag)
    if form.aff10b5_one is not None:  # EDGAR's schema places it after the reporting owners
        ET.SubElement(root, "aff10b5One").text = _text(form.aff10b5_one)
    for table, tag, attr, mapping, _ in _TABLES:
        _unknown_part(root, form, attr)
        for row in getattr(form, attr) or ():
            _row(_sub(root, table), tag, row, mapping)
    _unknown_part(root, form, "footnotes")
    if form.footnotes:
        notes = ET.SubElement(root, "footnotes")
        for fid, text in form.footnotes.items():
            note = ET.SubElement(notes, "footnote", id=f"F{fid}")
            if text is None:  # a footnote whose text could not be read (OCR's)
                mark(note, unknown="text")
            note.text = text
    if form.remarks:
        ET.SubElement(root, "remarks").text = form.remarks
    for sig in form.signatures or ():
        node = ET.SubElement(root, "ownerSignature")
        if sig.name:
            ET.SubElement(node, "signatureName").text = sig.name
        if sig.date:
            ET.SubElement(node, "signatureDate").text = _text(sig.date)
    _unknown_part(root, form, "signatures")
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


def _read_row(node: ET.Element, mapping: Sequence[tuple[str, str]], cls: type,
              omitted: bool | None) -> Any:
    values: dict[str, Any] = {}
    footnotes: dict[str, tuple[str, ...]] = {}
    for field, path in mapping:
        name = path.rpartition("/")[2]
        holder = node.find(path.rpartition("/")[0]) if "/" in path else node
        if name in _BARE:
            unknown = marked(node, path, "unknown") is not None
            values[field] = _convert(field, _get(node, path), None if unknown else omitted)
            marks_at = holder if field == "transaction_code" else None
        else:
            values[field] = _convert(field, _get(node, path + "/value"))
            word = marked(node, name, "element") if name.endswith("Date") else None
            if word is not None and values[field] is None:
                values[field] = word.get("value")
            marks_at = node.find(path)
        if marks_at is not None:
            ids = tuple(f.get("id", "").lstrip("F") for f in marks_at.findall("footnoteId"))
            if ids:
                footnotes[field] = ids
    _split_swap_marks(node, footnotes)
    if "transaction_code" in values:
        suffix = marked(node, "transactionCoding/transactionCodeSuffix", "element")
        values["transaction_code_suffix"] = suffix.get("value") if suffix else None
    return cls(**values, footnotes=footnotes)


def _split_swap_marks(node: ET.Element, footnotes: dict[str, tuple[str, ...]]) -> None:
    """Give back to ``equity_swap_involved`` the last marks of the coding that form4lark's
    instruction says are its own (EDGAR keeps one list of marks for the coding)."""
    swap = marked(node, "transactionCoding/equitySwapInvolved", "footnotes")
    if swap is None:
        return
    ids = tuple(swap.get("ids", "").split())
    coding = footnotes.pop("transaction_code", ())
    if ids and coding[len(coding) - len(ids):] == ids:
        footnotes["equity_swap_involved"] = ids
        coding = coding[:len(coding) - len(ids)]
    if coding:
        footnotes["transaction_code"] = coding


def _owner_flag_reader(owner: ET.Element, omitted: bool | None) -> Callable[[str], bool | None]:
    """How ``owner``'s relationship boxes read: marked unknown -> None, omitted -> ``omitted``."""
    def flag(tag: str) -> bool | None:
        path = f"reportingOwnerRelationship/{tag}"
        return _flag(_get(owner, path), None if marked(owner, path, "unknown") else omitted)
    return flag


def _parse(text: str | bytes, layout: str) -> ET.Element:
    """The document's root element, keeping processing instructions (form4lark's marks)."""
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_pis=True))
    try:
        return ET.fromstring(text.encode("utf-8") if isinstance(text, str) else text, parser)
    except ET.ParseError as exc:
        line, column = exc.position
        raise Form4ParseError(f"not well-formed XML: {exc}", line=line, column=column + 1,
                              layout=layout) from None


def from_xml(text: str | bytes, layout: str | None = None,
             omitted_flags: bool | None = False) -> Form4:
    """An ``ownershipDocument`` (EDGAR's or ours) as a Form4.

    EDGAR omits a checkbox element when the box is unchecked, so an omitted flag
    reads as ``False``. XML that form4lark wrote marks what the text did not show,
    which reads back as ``None``; ``omitted_flags`` is how an omitted flag reads in
    a document without those marks (``None`` for a writer that omits unknowns).
    ``layout`` is the record's layout: by default the one form4lark's XML names,
    else ``edgar-xml``."""
    root = _parse(text, layout or "edgar-xml")
    if root.tag != "ownershipDocument":
        raise Form4ParseError(f"expected <ownershipDocument>, found <{root.tag}>",
                              layout=layout or "edgar-xml")
    ours = next((m for m in marks(root) if "version" in m), None)
    layout = layout or (ours or {}).get("layout") or "edgar-xml"
    owners = []
    for node in root.findall("reportingOwner"):
        rel = node.find("reportingOwnerRelationship")
        flag = _owner_flag_reader(node, omitted_flags)
        owners.append(ReportingOwner(
            cik=_get(node, "reportingOwnerId/rptOwnerCik"),
            name=_get(node, "reportingOwnerId/rptOwnerName"),
            street1=_get(node, "reportingOwnerAddress/rptOwnerStreet1"),
            street2=_get(node, "reportingOwnerAddress/rptOwnerStreet2"),
            city=_get(node, "reportingOwnerAddress/rptOwnerCity"),
            state=_get(node, "reportingOwnerAddress/rptOwnerState"),
            zip=_get(node, "reportingOwnerAddress/rptOwnerZipCode"),
            is_director=flag("isDirector"), is_officer=flag("isOfficer"),
            is_ten_percent_owner=flag("isTenPercentOwner"), is_other=flag("isOther"),
            officer_title=_get(rel, "officerTitle"), other_text=_get(rel, "otherText")))
    parts: dict[str, Any] = {"reporting_owners": tuple(owners)}
    for table, tag, attr, mapping, cls in _TABLES:
        parts[attr] = tuple(_read_row(n, mapping, cls, omitted_flags)
                            for n in root.findall(f"{table}/{tag}"))
    parts["footnotes"] = {f.get("id", "").lstrip("F"): None if marked(f, "text", "unknown")
                          else " ".join("".join(f.itertext()).split())
                          for f in root.findall("footnotes/footnote")}
    parts["signatures"] = tuple(Signature(_get(s, "signatureName"),
                                          _convert("signature_date", _get(s, "signatureDate")))
                                for s in root.findall("ownerSignature"))
    parts.update({attr: None for attr, path in _PARTS.items() if marked(root, path, "unknown")})
    box6 = (ours or {}).get("filedByMoreThanOnePerson")
    section16 = marked(root, "notSubjectToSection16", "unknown")
    return Form4(
        document_type=_get(root, "documentType") or "4",
        layout=layout,
        period_of_report=_convert("period_date", _get(root, "periodOfReport")),
        date_of_original_submission=_convert("original_date", _get(root, "dateOfOriginalSubmission")),
        not_subject_to_section16=_flag(_get(root, "notSubjectToSection16"),
                                       None if section16 else omitted_flags),
        # absent in EDGAR's schemas before X0407 (the box did not exist) and in ours
        # when the text lost it: unknown either way
        aff10b5_one=_flag(_get(root, "aff10b5One"), None),
        issuer=Issuer(_get(root, "issuer/issuerName"), _get(root, "issuer/issuerTradingSymbol"),
                      _get(root, "issuer/issuerCik")),
        filed_by_more_than_one_person=len(owners) > 1 if box6 is None else _flag(
            None if box6 == "unknown" else box6, None),
        remarks=_get(root, "remarks"),
        **parts,
    )
