"""form4lark: SEC Form 4 filings from text into exact, typed records.

    >>> import form4lark
    >>> form = form4lark.parse_file("filing.txt")
    >>> form.issuer.trading_symbol
"""

from .api import detect_layout, parse, parse_file, parse_tree
from .errors import (Form4ParseError, InputError, NotAForm4Error, SectionError, StrictModeError,
                     UnknownLayoutError)
from .model import (DerivativeHolding, DerivativeTransaction, Diagnostic, Form4, Issuer,
                    NonDerivativeHolding, NonDerivativeTransaction, ReportingOwner, Signature)

__version__ = "0.1.0"

__all__ = [
    "parse", "parse_file", "parse_tree", "detect_layout",
    "Form4ParseError", "InputError", "NotAForm4Error", "SectionError", "StrictModeError",
    "UnknownLayoutError",
    "Form4", "Issuer", "ReportingOwner", "NonDerivativeTransaction", "NonDerivativeHolding",
    "DerivativeTransaction", "DerivativeHolding", "Signature", "Diagnostic",
]
