"""A typed value of the record as text, the one way every output writes it: decimals
exact, dates in ISO form, booleans in the words each output uses (EDGAR's XML "1"/"0",
CSV "true"/"false", the pretty view "yes"/"no")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any


def value_text(value: Any, *, true: str, false: str, decimal: str = "f") -> str:
    """``value`` as text; ``decimal`` is the format of a Decimal ("f" exact, ",f" grouped)."""
    if isinstance(value, bool):
        return true if value else false
    if isinstance(value, Decimal):
        return format(value, decimal)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
