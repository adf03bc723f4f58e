"""The one exception family form4lark raises, with where and why.

Every failure a user can meet is a ``Form4ParseError`` (or a child of it)
carrying file, line, column, layout and a one-line message; Lark's own
exceptions are translated at the boundary and never reach a caller.
"""

from __future__ import annotations


class Form4ParseError(Exception):
    """A text that could not be read as a Form 4."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 column: int | None = None, layout: str | None = None,
                 source_line: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.layout = layout
        self.source_line = source_line

    def __reduce__(self):
        # keep file, line, column... when an error crosses from a worker process
        return (self.__class__, (self.message,), self.__dict__)

    def to_dict(self) -> dict:
        """The error as a JSON-ready record (for ``--errors FILE``)."""
        return {"file": self.file, "line": self.line, "column": self.column,
                "layout": self.layout, "error": type(self).__name__, "message": self.message}

    def located(self, file: str) -> "Form4ParseError":
        """The same error, naming the file it came from."""
        self.file = file
        return self

    @property
    def location(self) -> str:
        """``FILE:LINE:COL`` with what is known (``<text>`` when there is no file)."""
        parts = [self.file or "<text>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        where = f" [{self.layout}]" if self.layout else ""
        return f"{self.location}: {self.message}{where}"

    def context(self) -> str:
        """The source line with a caret under the column, for the command line."""
        if self.source_line is None:
            return ""
        caret = " " * max((self.column or 1) - 1, 0) + "^"
        return f"    {self.source_line.expandtabs(1)}\n    {caret}"


class InputError(Form4ParseError):
    """The bytes are not usable text: empty, binary, too large, undecodable."""


class NotAForm4Error(Form4ParseError):
    """The text is not a Form 4 at all."""


class UnknownLayoutError(Form4ParseError):
    """A Form 4, but in a layout form4lark does not know."""


class SectionError(Form4ParseError):
    """A Form 4 in a known layout whose section could not be read."""


class StrictModeError(Form4ParseError):
    """Parsed, but with diagnostics, and strict mode makes any diagnostic a failure."""
