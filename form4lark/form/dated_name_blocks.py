"""A signature printed as three blocks of its own: its date, the date's label "Date", and
the signer's name, a blank line between each (pdfminer's ``-F 1.0`` parts the form's boxes
so: "11/12/2021" / "Date" / "By: Aaron Beckman ..." above "** Signature of Reporting
Person"). The date and its label may close the notes instead, the name alone after the
"Remarks:" label (``name_below_remarks_label``). One signer only: a run of dates is
read by ``notes.signed_in_blocks``.
"""

from __future__ import annotations

from ..patterns import DATE_LABEL
from ..sections import Cell, SignatureCells
from .atoms import Atom, blocks_apart
from .header import cell_of
from .notes import is_date, opens_signed, unsigned_name_block

def _date_alone(block: list[Atom]) -> bool:
    return len(block) == 1 and block[0].kind == "TEXT" and is_date(block[0].text)


def _label_alone(block: list[Atom]) -> bool:
    return len(block) == 1 and block[0].text == DATE_LABEL


def _name_block(block: list[Atom]) -> bool:
    """True where a block may be a signer's name (``notes.unsigned_name_block``) holding
    no date."""
    return unsigned_name_block(block) and not any(is_date(a.text) for a in block)


def date_label_name(atoms: list[Atom]) -> tuple[int, list[SignatureCells]] | None:
    """The signature that ``atoms`` (the words up to the signature label) end with as a
    date, its label and a name, each a block of its own, and where its date's block
    begins; None where they do not end so, or a date or its label stands in the block
    before (more than one signer: which date is whose is not told here)."""
    blocks = [atoms[start:end] for start, end in blocks_apart(atoms)]
    if len(blocks) < 3:
        return None
    date, label, name = blocks[-3:]
    if not (_date_alone(date) and _label_alone(label) and _name_block(name)):
        return None
    if len(blocks) > 3 and (_date_alone(blocks[-4]) or _label_alone(blocks[-4])):
        return None
    return len(atoms) - len(name) - 2, [_signature(name, date[0])]


def name_below_remarks_label(notes_words: list[Atom],
                             remarks: list[Atom]) -> list[SignatureCells]:
    """The signature whose date and label close the notes (``notes_words``, the
    Explanation of Responses' words: "... footnote." / "11/08/2022" / "Date") and whose
    name is all the remarks' words (``remarks``, one block), printed above the signature
    label; empty where they are not so (two dates: whose is not told). The block is the
    name only where it opens as a signature does ("/s/", "By"); else its name is None
    (an unsigned name, "Ann Habernigg, Attorney-in-fact for ...", and a remark,
    "Exhibit 24 - Power of Attorney", print alike there): the reader leaves the remarks
    unknown too."""
    words = [a for a in notes_words if a.kind == "TEXT"]
    if len(words) < 3 or not (is_date(words[-2].text) and words[-1].text == DATE_LABEL):
        return []
    date, label = words[-2:]
    if (is_date(words[-3].text) or words[-3].text == DATE_LABEL
            or not words[-3].line + 1 < date.line < label.line):
        return []
    if len(blocks_apart(remarks)) != 1 or not _name_block(remarks):
        return []
    return [_signature(remarks if opens_signed(remarks[0].text) else None, date)]


def _signature(name: list[Atom] | None, date: Atom) -> SignatureCells:
    return SignatureCells(None if name is None else cell_of(name), Cell(date.text, date.line, date.column))
