"""A scan's header boxes filled from its words read on the page grid.

A scan is read from tesseract's text (``api.parse_scan``), which prints the header's
boxes block by block: the owner's street can come out before the box's "(Street)"
label, the issuer's name after the relationship box, a ticker misread in case
("[ MsFT ]") unread. The same words read on the page grid (``shapes/grid.py``: each
word at its place, the boxes cut by position) read those boxes far more often, while
that reading of the tables is poorer. So the text's reading stays, and only the
header fields it left unknown take the grid's value: the issuer's name, the period of
report, and each owner's name, address and relationship where the two readings hold
the same owners (one each, or the same names in order). A value the text read is
never replaced, and the grid's values are taken only where the two readings agree:

- a text (a name, a street) only where tesseract's text holds its words in a run,
  each whole: the grid joins words by position, and a stray word of a rule, a
  checkbox or the next box ("7 7 Affirm Holdings, Inc.", "AUSTIN TX 78725 For
  filed by") makes a run the text never printed;
- the relationship box only whole, and only where it holds together: a box ticked,
  an officer's title where and only where "Officer" is ticked, an other's text
  where and only where "Other" is;
- not the ticker: OCR misreads its capitals ("MSET", "AERM") as readily on the grid;
- the signatures' dates, where the text read no signature at all, only where the text
  prints every one of them ("12/13/2024"), and never their names: the grid cuts a
  signature's wrapped lines at the wrong place as often as not ("/s/ Shannon Collins,
  as", "General Partner of Mithril II"), which no check of the words can tell.

The grid's values then go through the same doubts as the text's (``ocr_doubts.py``:
a word OCR was unsure of leaves its text unknown).

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``), recall sec
0.747 -> 0.775 and plain 0.821 -> 0.824 (drawn by pdftoppm), sec 0.676 -> 0.698 and
plain 0.759 -> 0.763 (by pypdfium2), precision unchanged at three decimals.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from ..model import Form4, ReportingOwner, Signature

#: the owner's texts a grid reading fills where the text left them unknown
OWNER_FIELDS = ("name", "street1", "street2", "city", "state", "zip")
#: the relationship box's fields, filled together or not at all
RELATIONSHIP = ("is_director", "is_officer", "is_ten_percent_owner", "is_other",
                "officer_title", "other_text")

_Part = TypeVar("_Part")


def header_filled(form: Form4, grid: Form4 | None, text: str) -> Form4:
    """``form`` with its unknown header fields taken from ``grid``'s reading of the
    page where the two agree, ``text`` being tesseract's text of it."""
    if grid is None:
        return form
    printed = _words(text)
    return dataclasses.replace(
        form,
        issuer=_filled(form.issuer, grid.issuer, ("name",), printed),
        period_of_report=form.period_of_report or grid.period_of_report,
        reporting_owners=_owners_filled(form.reporting_owners, grid.reporting_owners, printed),
        signatures=_signature_dates(form.signatures, grid.signatures, printed))


def folded(value: Any) -> Any:
    """A text with its white space and case folded, for two readings to compare; any
    other value as it is."""
    return " ".join(value.split()).casefold() if isinstance(value, str) else value


def _words(text: str) -> str:
    """The text's words, one space between each and at either end, lines run together."""
    return " " + " ".join(text.split()) + " "


def _printed(value: str, printed: str) -> bool:
    """True where ``value``'s words stand in a run in the text, each whole."""
    return f" {' '.join(value.split())} " in printed


def _filled(part: _Part, other: _Part, names: tuple[str, ...], printed: str) -> _Part:
    """``part`` with each of ``names`` it holds as None taken from ``other``, where the
    text prints that value."""
    changes = {}
    for name in names:
        value = getattr(other, name)
        if getattr(part, name) is None and isinstance(value, str) and _printed(value, printed):
            changes[name] = value
    return dataclasses.replace(part, **changes) if changes else part  # type: ignore[type-var]


def _owners_filled(owners: tuple[ReportingOwner, ...] | None,
                   grid: tuple[ReportingOwner, ...] | None,
                   printed: str) -> tuple[ReportingOwner, ...] | None:
    """The owners with their unknown fields filled from the grid's, where both readings
    hold the same owners; else the owners as read."""
    if not owners or not grid or len(owners) != len(grid):
        return owners
    if len(owners) > 1 and any(folded(o.name) != folded(g.name) for o, g in zip(owners, grid)):
        return owners
    return tuple(_relationship_filled(_filled(o, g, OWNER_FIELDS, printed), g, printed)
                 for o, g in zip(owners, grid))


def _relationship_filled(owner: ReportingOwner, grid: ReportingOwner,
                         printed: str) -> ReportingOwner:
    """The owner with the grid's relationship box where the text read none of it and
    the grid's holds together."""
    if any(getattr(owner, name) is not None for name in RELATIONSHIP):
        return owner
    ticks = (grid.is_director, grid.is_officer, grid.is_ten_percent_owner, grid.is_other)
    if None in ticks or not any(ticks):
        return owner
    if (grid.is_officer != (grid.officer_title is not None)
            or grid.is_other != (grid.other_text is not None)):
        return owner
    if any(t is not None and not _printed(t, printed) for t in (grid.officer_title,
                                                               grid.other_text)):
        return owner
    return dataclasses.replace(owner, **{name: getattr(grid, name) for name in RELATIONSHIP})


def _signature_dates(signatures: tuple[Signature, ...] | None,
                     grid: tuple[Signature, ...] | None,
                     printed: str) -> tuple[Signature, ...] | None:
    """The grid's signatures' dates, their names unknown, where the text read no
    signature and prints each of those dates; else the signatures as read."""
    if signatures or not grid:
        return signatures
    if any(s.date is None or f" {s.date:%m/%d/%Y} " not in printed for s in grid):
        return signatures
    return tuple(Signature(name=None, date=s.date) for s in grid)
