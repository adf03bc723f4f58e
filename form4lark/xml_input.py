"""EDGAR's ownership XML as an input: the file itself, or an EDGAR submission holding it.

A filing's ``<ownershipDocument>`` holds the record exactly; an EDGAR full
submission (``<SEC-DOCUMENT>`` … ``<XML>`` … ``</XML>``) wraps it with other
documents. Either is told by its content, not by a file's extension, and read
with ``edgar_xml.from_xml``: an unchecked box EDGAR omits is ``False``, and XML
that form4lark wrote reads back to its record, unknowns (``None``) and layout
included (its ``<?form4lark?>`` marks say so).
"""

from __future__ import annotations

import re

from .errors import NotAForm4Error

# the document EDGAR's XML holds, whatever wraps it
_DOCUMENT = re.compile(r"<ownershipDocument\b.*?</ownershipDocument\s*>", re.S)
_OPENING = re.compile(r"<ownershipDocument\b")
_TYPE = re.compile(r"<documentType>\s*([^<\s]+)\s*</documentType>")
#: the forms of EDGAR's ownership XML that are not a Form 4
OTHER_FORMS = {"3": "Form 3", "3/A": "Form 3", "5": "Form 5", "5/A": "Form 5"}


def ownership_document(text: str) -> str | None:
    """The ``<ownershipDocument>`` that ``text`` is or wraps, or None if it holds none.

    Raises NotAForm4Error for a Form 3 or Form 5 document."""
    opening = _OPENING.search(text[:200_000])
    if opening is None:
        return None
    found = _DOCUMENT.search(text, opening.start())
    if found is None:  # opened and never closed: from_xml says where it breaks
        return text[opening.start():]
    kind = _TYPE.search(found.group())
    if kind and kind.group(1) in OTHER_FORMS:
        raise NotAForm4Error(f"this is a {OTHER_FORMS[kind.group(1)]}, not a Form 4")
    return found.group()
