"""What every layout reader hands on: the form's sections as positioned text.

A layout reader (``form4lark/layouts/*``) parses one kind of text with its
grammar and fills a ``Sections``: each header box as text, each table row as
cells keyed by the form's column names, footnotes, remarks and signatures.
``build.py`` then reads the values out of it, the same way for every layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import Diagnostic

if TYPE_CHECKING:
    from lark import Token


@dataclass(slots=True)
class Cell:
    """A piece of the source: its text (markup removed) and where it starts."""

    text: str
    line: int = 0
    column: int = 0

    def __bool__(self) -> bool:
        return bool(self.text.strip())

    @classmethod
    def at(cls, text: str, token: Token) -> Cell:
        """``text`` placed where ``token`` starts. The lexer gives every token its line and
        column; a token built without them has no place, which a Cell gives as 0 and 0."""
        return cls(text, token.line or 0, token.column or 0)


#: Column keys of Table I, in the form's order (columns 1 to 7 and their parts).
TABLE_I_COLUMNS = (
    "security_title", "transaction_date", "deemed_execution_date", "transaction_code",
    "equity_swap_involved", "shares", "acquired_disposed", "price_per_share",
    "shares_owned_following", "direct_or_indirect", "nature_of_ownership",
)

#: Column keys of Table II (columns 1 to 11); column 5 has two parts, (A) and (D).
TABLE_II_COLUMNS = (
    "security_title", "conversion_or_exercise_price", "transaction_date",
    "deemed_execution_date", "transaction_code", "equity_swap_involved",
    "shares_acquired", "shares_disposed", "exercise_date", "expiration_date",
    "underlying_security_title", "underlying_shares", "price_per_share",
    "shares_owned_following", "direct_or_indirect", "nature_of_ownership",
)

#: the columns of words (a title, the underlying title, a nature), in the form's order
TEXT_COLUMNS = ("security_title", "underlying_security_title", "nature_of_ownership")

#: the columns holding a price, which the form prints after "$"
PRICE_COLUMNS = frozenset({"price_per_share", "conversion_or_exercise_price"})

#: A table row: column key -> cell. Keys a layout cannot place are absent.
#: Table II rows whose text lost the (A)/(D) split use the key "shares".
Row = dict[str, Cell]

#: Relationship boxes of box 5, as keys of ``OwnerBlock.checked``.
RELATIONSHIPS = ("director", "officer", "ten_percent_owner", "other")


@dataclass(slots=True)
class OwnerBlock:
    """Box 1 and box 5 for one reporting owner."""

    name: Cell | None = None
    #: the EDGAR CIK the name links to, where the text shows it
    cik: str | None = None
    street: list[Cell] = field(default_factory=list)
    #: where the street stands when its lines ran together and are left unknown
    street_run_together: Cell | None = None
    #: box 5's title that ran between the street's lines, told from them by its shape
    #: (``street_lines.streets_around_title``); set for the header's owner too, but only a
    #: listed owner's is read (``reader._listed_owners``): the header's title is dropped
    title_in_street: Cell | None = None
    city: Cell | None = None
    state: Cell | None = None
    zip: Cell | None = None
    #: relationship boxes seen checked; empty when the text shows no mark at all
    checked: set[str] = field(default_factory=set)
    #: boxes whose mark the text lost while others were read (OCR): unknown, not unchecked
    unknown: set[str] = field(default_factory=set)
    officer_title: Cell | None = None
    other_text: Cell | None = None


@dataclass(slots=True)
class SignatureCells:
    """The cells of one signature: the name and the date beside it."""

    name: Cell | None
    date: Cell | None


@dataclass(slots=True)
class Sections:
    """A Form 4 cut into its parts, before any value is read."""

    layout: str
    document_type: str = "4"
    #: the "no longer subject to Section 16" box: True if marked, False if seen empty,
    #: None if not seen marked (unknown, or unchecked where ``marks_kept``)
    not_subject: bool | None = None
    issuer_name: Cell | None = None
    ticker: Cell | None = None
    issuer_cik: str | None = None
    #: the Rule 10b5-1(c) box: True if marked, False if seen empty, None if the text has
    #: no such box or lost its mark
    aff10b5: bool | None = None
    owners: list[OwnerBlock] = field(default_factory=list)
    period_of_report: Cell | None = None
    original_filed: Cell | None = None
    #: box 6: True for "More than One Reporting Person", False for "One", None unknown
    more_than_one: bool | None = None
    table_i: list[Row] = field(default_factory=list)
    table_ii: list[Row] = field(default_factory=list)
    #: each note's number and text; None where the text was lost, the number printed
    footnotes: list[tuple[str, Cell | None]] = field(default_factory=list)
    remarks: Cell | None = None
    signatures: list[SignatureCells] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: True when the text is known to keep checkbox marks (an unmarked box is then unchecked)
    marks_kept: bool = False
    #: True when each box was read on its own (OCR): a box not read stays unknown,
    #: whatever the others show
    marks_by_box: bool = False
    #: the tables ("table_i", "table_ii") whose cells showed footnote marks glued onto values
    #: ("C1", "10,0001") that were read off them (form/bare_cell_marks.py): that table's
    #: text glues marks onto values
    marks_glued: frozenset[str] = frozenset()
    #: the notes holding two of the page's lines joined where a hyphen, dropped, ended the
    #: first, each with the words standing where the first line may have ended
    #: (form/joined_lines.py)
    joined_notes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: record fields whose section could not be read (they become None, not empty)
    damaged: set[str] = field(default_factory=set)
    #: words of the tables that the layout took into a row but could not read as a value
    #: (each has its own diagnostic): not a sign of a lost row (see unread.py)
    accounted: set[str] = field(default_factory=set)
    #: source lines (1-based) of Table I's cells that stand in Table II's part of the text
    #: (``Regions.table_i_tail``): read as Table I's (see unread.py)
    table_i_lines: frozenset[int] = frozenset()
