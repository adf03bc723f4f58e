"""A record flattened to rows, for CSV and DataFrames: one row per table row and owner.

Each row is one transaction or holding seen from one reporting owner: a joint
filing (several owners reporting the same rows together) gives each of its table
rows once per owner, numbered by ``owner_index`` (1, 2, ...) out of
``owner_count``. Every column then holds one value of one type, so that an
analyst can filter on it (``is_director == true``); the amounts belong to the
owners jointly, so totals are taken over the rows with ``owner_index`` 1. A
filing whose owners are unknown (their section could not be read) or absent
gives each table row once, with the owner columns empty.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .model import Form4, ReportingOwner
from .value_text import value_text

if TYPE_CHECKING:  # pandas is an extra; without its stubs the frame is Any to mypy
    import pandas  # type: ignore[import-untyped, unused-ignore]

FILING_COLUMNS = (
    "document_type", "period_of_report", "date_of_original_submission",
    "not_subject_to_section16", "aff10b5_one", "issuer_cik", "issuer_name",
    "issuer_trading_symbol", "owner_index", "owner_count", "owner_cik", "owner_name",
    "owner_city", "owner_state", "is_director", "is_officer", "is_ten_percent_owner",
    "is_other", "officer_title", "other_text",
)
ROW_COLUMNS = (
    "table", "row_kind", "security_title", "conversion_or_exercise_price", "transaction_date",
    "deemed_execution_date", "transaction_code", "equity_swap_involved", "shares",
    "price_per_share", "acquired_disposed", "exercise_date", "exercise_date_word",
    "expiration_date", "expiration_date_word", "underlying_security_title", "underlying_shares",
    "shares_owned_following", "direct_or_indirect", "nature_of_ownership", "footnotes",
)
COLUMNS = FILING_COLUMNS + ROW_COLUMNS + ("layout",)

_TABLES = (("non_derivative_transactions", "I", "transaction"),
           ("non_derivative_holdings", "I", "holding"),
           ("derivative_transactions", "II", "transaction"),
           ("derivative_holdings", "II", "holding"))
#: date columns that may hold a word ("Immediately"): the word has a column of its own,
#: so that every value of a date column is a date
_WORDS = {"exercise_date": "exercise_date_word", "expiration_date": "expiration_date_word"}
# owner column -> ReportingOwner field
_OWNER_COLUMNS = {
    "owner_cik": "cik", "owner_name": "name", "owner_city": "city", "owner_state": "state",
    "is_director": "is_director", "is_officer": "is_officer",
    "is_ten_percent_owner": "is_ten_percent_owner", "is_other": "is_other",
    "officer_title": "officer_title", "other_text": "other_text",
}


def _filing_columns(form: Form4) -> dict[str, Any]:
    return {
        "document_type": form.document_type,
        "period_of_report": form.period_of_report,
        "date_of_original_submission": form.date_of_original_submission,
        "not_subject_to_section16": form.not_subject_to_section16,
        "aff10b5_one": form.aff10b5_one,
        "issuer_cik": form.issuer.cik,
        "issuer_name": form.issuer.name,
        "issuer_trading_symbol": form.issuer.trading_symbol,
        "owner_count": None if form.reporting_owners is None else len(form.reporting_owners),
    }


def _owner_columns(form: Form4) -> list[dict[str, Any]]:
    """The owner columns of each owner's rows: one set per owner, or one empty set."""
    owners: Sequence[ReportingOwner] = form.reporting_owners or ()
    if not owners:
        return [dict.fromkeys(("owner_index", *_OWNER_COLUMNS))]
    return [{"owner_index": index,
             **{column: getattr(owner, attr) for column, attr in _OWNER_COLUMNS.items()}}
            for index, owner in enumerate(owners, 1)]


def to_rows(form: Form4) -> list[dict[str, Any]]:
    """One dict per table row and owner, keys ``COLUMNS``; values typed (Decimal, date,
    bool, int, None). Rows come in table order, each row's owners together. A word
    in a date column ("Immediately") stands in the date's ``_word`` column."""
    filing = _filing_columns(form)
    owners = _owner_columns(form)
    rows = []
    for attr, table, kind in _TABLES:
        for item in getattr(form, attr) or ():
            values = {column: getattr(item, column, None) for column in ROW_COLUMNS[2:-1]}
            for column, word in _WORDS.items():
                if isinstance(values[column], str):
                    values[column], values[word] = None, values[column]
            values["footnotes"] = "; ".join(f"{field}:{','.join(ids)}"
                                            for field, ids in item.footnotes.items()) or None
            for owner in owners:
                row = dict.fromkeys(COLUMNS)
                row.update(filing, **owner, **values, table=table, row_kind=kind,
                           layout=form.layout)
                rows.append(row)
    return rows


def csv_value(value: Any) -> str:
    """A typed value as CSV text: exact decimals, ISO dates, true/false, empty for None."""
    return "" if value is None else value_text(value, true="true", false="false")


# the typed columns of a DataFrame; the others hold text
_NUMBERS = ("conversion_or_exercise_price", "shares", "price_per_share", "underlying_shares",
            "shares_owned_following")
_DATES = ("period_of_report", "date_of_original_submission", "transaction_date",
          "deemed_execution_date", "exercise_date", "expiration_date")
_FLAGS = ("not_subject_to_section16", "aff10b5_one", "is_director", "is_officer",
          "is_ten_percent_owner", "is_other", "equity_swap_involved")
_COUNTS = ("owner_index", "owner_count")


def to_dataframe(forms: Iterable[Form4]) -> pandas.DataFrame:
    """A pandas DataFrame of the rows of ``forms`` (needs ``pip install form4lark[pandas]``).

    Columns ``COLUMNS``, typed with pandas' missing values: amounts ``Float64``,
    dates ``datetime64[s]`` (NaT where unknown), flags ``boolean``, owner numbers
    ``Int64``, the rest ``string``. An amount column whose values a float cannot hold to the printed
    digit (more than 15 significant digits) keeps its exact ``Decimal`` objects."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_dataframe needs pandas: pip install 'form4lark[pandas]'") from None
    rows = [row for form in forms for row in to_rows(form)]
    return pd.DataFrame({column: _column(pd, column, [row[column] for row in rows])
                         for column in COLUMNS}, columns=list(COLUMNS))


def _column(pd: Any, name: str, values: list[Any]) -> Any:
    """One column's values as the pandas array of its type."""
    if name in _NUMBERS:
        if all(v is None or Decimal(repr(float(v))) == v for v in values):
            return pd.array([None if v is None else float(v) for v in values], dtype="Float64")
        return pd.array(values, dtype=object)  # exact digits before a numeric dtype
    if name in _DATES:
        import numpy
        return numpy.array(values, dtype="datetime64[D]").astype("datetime64[s]")
    if name in _FLAGS:
        return pd.array(values, dtype="boolean")
    if name in _COUNTS:
        return pd.array(values, dtype="Int64")
    return pd.array(values, dtype="string")
