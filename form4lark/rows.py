"""A record flattened to rows: one per transaction and holding, for CSV and DataFrames.

Each row repeats the filing's issuer, owner and relationship columns, as
analysts expect from a flat table. A joint filing's owners are joined with
"; " in the owner columns (the rows belong to all of them together).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Iterable

from .model import Form4

FILING_COLUMNS = (
    "document_type", "period_of_report", "date_of_original_submission", "aff10b5_one",
    "issuer_name", "issuer_trading_symbol", "owner_cik", "owner_name", "owner_city",
    "owner_state", "is_director", "is_officer", "is_ten_percent_owner", "is_other",
    "officer_title", "other_text",
)
ROW_COLUMNS = (
    "table", "row_kind", "security_title", "conversion_or_exercise_price", "transaction_date",
    "deemed_execution_date", "transaction_code", "equity_swap_involved", "shares",
    "price_per_share", "acquired_disposed", "exercise_date", "expiration_date",
    "underlying_security_title", "underlying_shares", "shares_owned_following",
    "direct_or_indirect", "nature_of_ownership", "footnotes",
)
COLUMNS = FILING_COLUMNS + ROW_COLUMNS + ("layout",)

_TABLES = (("non_derivative_transactions", "I", "transaction"),
           ("non_derivative_holdings", "I", "holding"),
           ("derivative_transactions", "II", "transaction"),
           ("derivative_holdings", "II", "holding"))


def _joined(values: Iterable[Any]) -> Any:
    values = list(values)
    if len(values) == 1:
        return values[0]
    if all(v is None for v in values):
        return None
    return "; ".join("" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
                     for v in values)


def _filing_columns(form: Form4) -> dict[str, Any]:
    owners = form.reporting_owners or ()
    return {
        "document_type": form.document_type,
        "period_of_report": form.period_of_report,
        "date_of_original_submission": form.date_of_original_submission,
        "aff10b5_one": form.aff10b5_one,
        "issuer_name": form.issuer.name,
        "issuer_trading_symbol": form.issuer.trading_symbol,
        "owner_cik": _joined(o.cik for o in owners),
        "owner_name": _joined(o.name for o in owners),
        "owner_city": _joined(o.city for o in owners),
        "owner_state": _joined(o.state for o in owners),
        "is_director": _joined(o.is_director for o in owners),
        "is_officer": _joined(o.is_officer for o in owners),
        "is_ten_percent_owner": _joined(o.is_ten_percent_owner for o in owners),
        "is_other": _joined(o.is_other for o in owners),
        "officer_title": _joined(o.officer_title for o in owners),
        "other_text": _joined(o.other_text for o in owners),
    }


def to_rows(form: Form4) -> list[dict[str, Any]]:
    """One dict per table row, keys ``COLUMNS``; values typed (Decimal, date, bool, None)."""
    filing = _filing_columns(form)
    rows = []
    for attr, table, kind in _TABLES:
        for item in getattr(form, attr) or ():
            row = dict.fromkeys(COLUMNS)
            row.update(filing, table=table, row_kind=kind, layout=form.layout)
            for column in ROW_COLUMNS[2:-1]:
                row[column] = getattr(item, column, None)
            row["footnotes"] = "; ".join(f"{field}:{','.join(ids)}"
                                         for field, ids in item.footnotes.items()) or None
            rows.append(row)
    return rows


def csv_value(value: Any) -> str:
    """A typed value as CSV text: exact decimals, ISO dates, true/false, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_dataframe(forms: Iterable[Form4]):
    """A pandas DataFrame of the rows of ``forms`` (needs ``pip install form4lark[pandas]``)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_dataframe needs pandas: pip install 'form4lark[pandas]'") from None
    return pd.DataFrame([row for form in forms for row in to_rows(form)], columns=list(COLUMNS))
