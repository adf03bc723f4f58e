"""JSON text of a record with exact numbers: ``Decimal("10.75")`` is written ``10.75``.

The standard ``json`` module turns Decimal into a string or, through float,
into a value that may not be the one printed on the form; this writer keeps
the digits as they are.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any, Iterator


def dumps(value: Any, indent: int | None = 2) -> str:
    """``value`` (dicts, lists, str, bool, None, int, Decimal, date) as JSON text."""
    return "".join(_write(value, indent, 0))


def _number(d: Decimal) -> str:
    text = format(d, "f")
    return text if d.is_finite() else json.dumps(str(d))


def _write(value: Any, indent: int | None, depth: int) -> Iterator[str]:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        yield json.dumps(value, ensure_ascii=False)
    elif isinstance(value, Decimal):
        yield _number(value)
    elif isinstance(value, float):
        yield repr(value)
    elif isinstance(value, dt.date):
        yield json.dumps(value.isoformat())
    elif isinstance(value, dict):
        if not value:
            yield "{}"
            return
        yield "{"
        for i, (key, item) in enumerate(value.items()):
            yield "," if i else ""
            yield _newline(indent, depth + 1)
            yield json.dumps(str(key), ensure_ascii=False) + (": " if indent is not None else ":")
            yield from _write(item, indent, depth + 1)
        yield _newline(indent, depth) + "}"
    elif isinstance(value, (list, tuple)):
        if not value:
            yield "[]"
            return
        yield "["
        for i, item in enumerate(value):
            yield "," if i else ""
            yield _newline(indent, depth + 1)
            yield from _write(item, indent, depth + 1)
        yield _newline(indent, depth) + "]"
    else:
        raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _newline(indent: int | None, depth: int) -> str:
    return "" if indent is None else "\n" + " " * (indent * depth)
