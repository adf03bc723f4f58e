"""form4lark: SEC Form 4 filings from text into exact, typed records.

    >>> import form4lark
    >>> form = form4lark.parse_file("filing.txt")
    >>> form.issuer.trading_symbol

The names below are imported on first use, so that ``form4lark --version``
and the command line start without loading the parser until it is needed.
Only ``record`` is imported at once: it gives ``Form4`` its outputs
(``to_json``, ``to_xml``, ``to_rows``), which the model itself does not import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import record  # noqa: F401  (binds Form4.to_json, to_xml, to_rows)

__version__ = "0.1.0"

_EXPORTS = {
    "parse": "api", "parse_file": "api", "parse_tree": "api", "detect_layout": "api",
    "Form4ParseError": "errors", "InputError": "errors", "NotAForm4Error": "errors",
    "SectionError": "errors", "StrictModeError": "errors", "UnknownLayoutError": "errors",
    "Form4": "model", "Issuer": "model", "ReportingOwner": "model",
    "NonDerivativeTransaction": "model", "NonDerivativeHolding": "model",
    "DerivativeTransaction": "model", "DerivativeHolding": "model", "Signature": "model",
    "Diagnostic": "model", "to_dataframe": "rows", "from_xml": "edgar_xml",
}

# spelled out (not ``list(_EXPORTS)``) for type checkers, which read ``__all__`` without
# running the module; a test holds the two equal
__all__ = [
    "parse", "parse_file", "parse_tree", "detect_layout",
    "Form4ParseError", "InputError", "NotAForm4Error", "SectionError", "StrictModeError",
    "UnknownLayoutError",
    "Form4", "Issuer", "ReportingOwner", "NonDerivativeTransaction", "NonDerivativeHolding",
    "DerivativeTransaction", "DerivativeHolding", "Signature", "Diagnostic",
    "to_dataframe", "from_xml",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'form4lark' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)


if TYPE_CHECKING:  # for type checkers and editors: the real imports
    from .api import detect_layout, parse, parse_file, parse_tree
    from .edgar_xml import from_xml
    from .errors import (Form4ParseError, InputError, NotAForm4Error, SectionError,
                         StrictModeError, UnknownLayoutError)
    from .model import (DerivativeHolding, DerivativeTransaction, Diagnostic, Form4, Issuer,
                        NonDerivativeHolding, NonDerivativeTransaction, ReportingOwner, Signature)
    from .rows import to_dataframe
