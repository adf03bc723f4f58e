"""A user's code of the public API, checked with ``mypy --strict`` (tests/test_record_outputs.py).

It is type-checked, never run: every name a user imports from ``form4lark``
must come with its types, and the types must be the ones a user expects.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import form4lark
from form4lark import (DerivativeHolding, DerivativeTransaction, Diagnostic, Form4,
                       Form4ParseError, InputError, Issuer, NonDerivativeHolding,
                       NonDerivativeTransaction, NotAForm4Error, ReportingOwner, SectionError,
                       Signature, StrictModeError, UnknownLayoutError)


def read(path: Path) -> Form4 | None:
    try:
        return form4lark.parse_file(path, strict=False)
    except (InputError, NotAForm4Error, UnknownLayoutError, SectionError, StrictModeError) as exc:
        message: str = exc.message
        line: int | None = exc.line
        print(message, line)
    except Form4ParseError:
        return None
    return None


def amounts(form: Form4) -> list[Decimal]:
    issuer: Issuer = form.issuer
    symbol: str | None = issuer.trading_symbol
    print(symbol)
    out: list[Decimal] = []
    rows: tuple[NonDerivativeTransaction, ...] = form.non_derivative_transactions or ()
    for row in rows:
        if row.shares is not None:
            out.append(row.shares)
        day: dt.date | None = row.transaction_date
        print(day, dict(row.footnotes))
    holdings: tuple[NonDerivativeHolding, ...] = form.non_derivative_holdings or ()
    derivatives: tuple[DerivativeTransaction, ...] = form.derivative_transactions or ()
    held: tuple[DerivativeHolding, ...] = form.derivative_holdings or ()
    owners: tuple[ReportingOwner, ...] = form.reporting_owners or ()
    signatures: tuple[Signature, ...] = form.signatures or ()
    notes: tuple[Diagnostic, ...] = form.diagnostics
    print(holdings, derivatives, held, owners, signatures, [d.to_dict() for d in notes])
    return out


def outputs(text: str) -> None:
    layout: str = form4lark.detect_layout(text)
    form = form4lark.parse(text, layout=layout)
    data: dict[str, object] = form.to_dict()
    json_text: str = form.to_json(indent=None)
    xml_text: str = form.to_xml()
    rows: list[dict[str, object]] = form.to_rows()
    again: Form4 = form4lark.from_xml(xml_text)
    tree = form4lark.parse_tree(text)
    print(data, json_text, rows, again == form, tree.data, form4lark.__version__)
    frame = form4lark.to_dataframe([form])
    print(frame.dtypes)
