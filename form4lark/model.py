"""The domain model: a Form 4 as frozen dataclasses with exact values.

Field names follow EDGAR's ownership XML in snake_case (see ``form4-json.md``).
Amounts are ``Decimal``, dates are ``datetime.date``; what the text does not show
is ``None``. Footnote references are kept per field in ``footnotes``; source
positions ride along in ``span`` and never take part in equality.

The model imports no writer: ``Form4.to_json``, ``to_xml`` and ``to_rows`` are
defined in ``record.py`` and bound to ``Form4`` when the package is imported.

Every class has a docstring: for a class without one, ``@dataclass`` makes one
from ``inspect.signature`` of its ``__init__``, a millisecond of every start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Mapping, Union

#: A date column may hold a word ("Immediately") instead of a date.
DateOrWord = Union[dt.date, str, None]
#: Field name -> footnote ids ("1", "2", ...) standing on that field.
FootnoteRefs = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Span:
    """Where a value stands in the source text (1-based line and column)."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something the parser noticed and could not settle: a lost value, a doubt."""

    line: int | None
    column: int | None
    field: str
    message: str
    severity: str = "warning"  # "warning" or "error"

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "field": self.field,
                "message": self.message, "severity": self.severity}


@dataclass(frozen=True, slots=True)
class Issuer:
    """The company whose securities are reported (box 2)."""

    name: str | None
    trading_symbol: str | None
    cik: str | None = None


@dataclass(frozen=True, slots=True)
class ReportingOwner:
    """A person filing the form (boxes 1 and 5): name, address, relationship."""

    # keyword-only, so that the positional order of the other fields stays as it was,
    # yet first in the record, as in form4-json.md and EDGAR's reportingOwnerId
    cik: str | None = field(default=None, kw_only=True)
    name: str | None
    street1: str | None
    street2: str | None
    city: str | None
    state: str | None
    zip: str | None
    is_director: bool | None
    is_officer: bool | None
    is_ten_percent_owner: bool | None
    is_other: bool | None
    officer_title: str | None
    other_text: str | None
    span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class NonDerivativeTransaction:
    """A row of Table I that reports a transaction (it has a code)."""

    security_title: str | None
    transaction_date: dt.date | None
    deemed_execution_date: dt.date | None
    transaction_code: str | None
    equity_swap_involved: bool | None
    shares: Decimal | None
    price_per_share: Decimal | None
    acquired_disposed: str | None
    shares_owned_following: Decimal | None
    direct_or_indirect: str | None
    nature_of_ownership: str | None
    footnotes: FootnoteRefs = field(default_factory=dict)
    transaction_code_suffix: str | None = None  # "K" or "V" printed after the code
    span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class NonDerivativeHolding:
    """A row of Table I that reports only a holding (no transaction)."""

    security_title: str | None
    shares_owned_following: Decimal | None
    direct_or_indirect: str | None
    nature_of_ownership: str | None
    footnotes: FootnoteRefs = field(default_factory=dict)
    span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class DerivativeTransaction:
    """A row of Table II that reports a transaction (it has a code)."""

    security_title: str | None
    conversion_or_exercise_price: Decimal | None
    transaction_date: dt.date | None
    deemed_execution_date: dt.date | None
    transaction_code: str | None
    equity_swap_involved: bool | None
    shares: Decimal | None
    acquired_disposed: str | None
    exercise_date: DateOrWord
    expiration_date: DateOrWord
    underlying_security_title: str | None
    underlying_shares: Decimal | None
    price_per_share: Decimal | None
    shares_owned_following: Decimal | None
    direct_or_indirect: str | None
    nature_of_ownership: str | None
    footnotes: FootnoteRefs = field(default_factory=dict)
    transaction_code_suffix: str | None = None
    span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class DerivativeHolding:
    """A row of Table II that reports only a holding (no transaction)."""

    security_title: str | None
    conversion_or_exercise_price: Decimal | None
    exercise_date: DateOrWord
    expiration_date: DateOrWord
    underlying_security_title: str | None
    underlying_shares: Decimal | None
    shares_owned_following: Decimal | None
    direct_or_indirect: str | None
    nature_of_ownership: str | None
    footnotes: FootnoteRefs = field(default_factory=dict)
    span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Signature:
    """A signature of the form and the date beside it."""

    name: str | None
    date: dt.date | None
    span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Form4:
    """One Form 4 filing as read from its text (the record of ``form4-json.md``)."""

    document_type: str
    layout: str
    period_of_report: dt.date | None
    date_of_original_submission: dt.date | None
    not_subject_to_section16: bool | None
    # The Rule 10b5-1(c) box of forms since 2023; None where the form has no such box
    # or the text lost it. Keyword-only for the same reason as ReportingOwner.cik.
    aff10b5_one: bool | None = field(default=None, kw_only=True)
    issuer: Issuer
    # A part is None (not empty) when its section could not be read: see diagnostics.
    reporting_owners: tuple[ReportingOwner, ...] | None
    filed_by_more_than_one_person: bool | None
    non_derivative_transactions: tuple[NonDerivativeTransaction, ...] | None
    non_derivative_holdings: tuple[NonDerivativeHolding, ...] | None
    derivative_transactions: tuple[DerivativeTransaction, ...] | None
    derivative_holdings: tuple[DerivativeHolding, ...] | None
    footnotes: Mapping[str, str | None] | None  # a note's text None: its number printed, text lost
    remarks: str | None
    signatures: tuple[Signature, ...] | None
    diagnostics: tuple[Diagnostic, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The record of ``form4-json.md``: JSON-ready apart from Decimal and date."""
        record = {f.name: _plain(getattr(self, f.name)) for f in fields(self)
                  if f.name != "diagnostics"}
        record["diagnostics"] = [d.to_dict() for d in self.diagnostics]
        return record

    # The pretty view (render.py, imported when first shown: the model loads no writer).
    # __repr__ stays the dataclass's; print(), rich and notebooks get the view.
    def __str__(self) -> str:
        """The pretty view as plain text, as wide as the terminal (80 columns without one)."""
        from .render import render_text
        return render_text(self)

    def __rich__(self) -> Any:
        from .render import render
        return render(self)

    def _repr_html_(self) -> str:
        from .render import render_html
        return render_html(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # IPython's terminal
        printer.text(str(self))

    if TYPE_CHECKING:  # the outputs live with the writers (record.py), bound on package import
        def to_json(self, indent: int | None = 2) -> str: ...
        def to_xml(self) -> str: ...
        def to_rows(self) -> list[dict[str, Any]]: ...


def _plain(value: Any) -> Any:
    """Dataclasses to dicts (without spans), tuples to lists, dates to ISO text."""
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)
                if f.name != "span"}
    return value
