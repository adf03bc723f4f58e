"""form4lark's marks in EDGAR's XML: what the record holds and EDGAR's elements cannot say.

What EDGAR's XML has no place for is written as processing instructions
(``<?form4lark unknown="isOfficer"?>``). A processing instruction is XML's own
means of speaking to one application: schema validation skips it, and EDGAR's
readers (ElementTree, lxml, XSLT's default rules) pass over it, so the document
stays EDGAR's. A namespaced attribute would break validation against EDGAR's
schema, which allows no foreign attributes; a comment is for people, and
parsers may drop it. The instruction's data are pseudo-attributes, as in
``<?xml-stylesheet?>``. Each stands in the element that holds (or would hold) what
it speaks of::

  <?form4lark version="0.1.0" layout="cells" filedByMoreThanOnePerson="0"?>
      first in the root: the document is form4lark's; box 6 ("unknown" if lost)
  <?form4lark unknown="NAME"?>    element NAME is not shown in the text (not: unchecked)
  <?form4lark element="NAME" value="TEXT"?>
      a value EDGAR's element cannot hold (a word in a date column) or that has no
      element (transactionCodeSuffix)
  <?form4lark footnotes="NAME" ids="2 3"?>
      the marks of a field whose element EDGAR gives none (equitySwapInvolved: its
      marks are also written, last, in transactionCoding, where EDGAR puts them)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import cast

MARK = "form4lark"
_PSEUDO = re.compile(r'(\w+)="([^"]*)"')


def mark(parent: ET.Element, **data: str) -> None:
    """Append ``<?form4lark key="value" ...?>`` to ``parent``."""
    text = " ".join(f'{key}="{_escape(value)}"' for key, value in data.items())
    parent.append(ET.ProcessingInstruction(MARK, text))


def marks(node: ET.Element | None) -> list[dict[str, str]]:
    """The pseudo-attributes of each of form4lark's instructions directly in ``node``."""
    found = []
    for child in node if node is not None else ():
        # an instruction's tag is the factory itself (typeshed says str)
        if cast(object, child.tag) is ET.ProcessingInstruction and child.text:
            target, _, data = child.text.partition(" ")
            if target == MARK:
                found.append({k: _unescape(v) for k, v in _PSEUDO.findall(data)})
    return found


def marked(node: ET.Element, path: str, key: str) -> dict[str, str] | None:
    """The instruction about the element at ``path`` (``unknown``, ``element`` or
    ``footnotes`` naming it) in the element that holds it, if any."""
    holder, _, name = path.rpartition("/")
    where = node.find(holder) if holder else node
    return next((m for m in marks(where) if m.get(key) == name), None)


# xml.sax.saxutils would do, but it imports urllib, http and ssl: 10 ms of start-up
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"))


def _escape(value: str) -> str:
    for char, entity in _ESCAPES:
        value = value.replace(char, entity)
    return value


def _unescape(value: str) -> str:
    for char, entity in reversed(_ESCAPES):
        value = value.replace(entity, char)
    return value
