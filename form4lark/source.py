"""Turning bytes from a file or a pipe into the text the layouts read.

UTF-8 (with or without a byte-order mark), then Windows-1252 as a fallback;
CRLF and lone CR become LF and form feeds become line breaks (the lines that open a
page told by ``page_tops``: a page grid reads a table page by page); NUL bytes and
oversized inputs are refused with a clear error rather than parsed.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from .errors import InputError

#: Default largest input, in bytes (``--max-bytes`` changes it).
MAX_BYTES = 5 * 1024 * 1024
#: Bytes of the size limit per piece (word, punctuation mark, line) a text may hold:
#: the grammars' time grows with the pieces, and this keeps any input within the
#: limit to under a second. The longest real Form 4s hold about a fifth of it.
BYTES_PER_PIECE = 128
_PIECE = re.compile(r"\w+|[^\w\s]|\n")
#: a line break of a text whose CRs are normalised: each one LF (``pages_apart``), a form
#: feed opening a line one break with the LF before it
_BREAK = re.compile("\n\f|\f|\n")


def decoded(data: bytes, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of ``data`` as it is, line breaks and form feeds kept (``check_text``
    normalises them); raises InputError for bytes over the limit or undecodable UTF-16."""
    if len(data) > max_bytes:
        raise InputError(f"input is {len(data):,} bytes, over the limit of {max_bytes:,} "
                         "(raise it with --max-bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"cannot decode UTF-16 text: {exc.reason}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def check_text(text: str, *, max_bytes: int = MAX_BYTES) -> tuple[str, frozenset[int]]:
    """Refuse text that is empty, binary or too large; normalise line breaks. The text,
    and the lines that open a page in it (``page_tops``)."""
    if len(text) > max_bytes:
        raise InputError(f"input is {len(text):,} characters, over the limit of {max_bytes:,} "
                         "(raise it with --max-bytes)")
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise InputError("binary data (a NUL byte) where text was expected", line=line,
                         column=column)
    if not text.strip():
        raise InputError("empty input: no text to read")
    text, tops = pages_apart(text)
    check_pieces(text, max_bytes)
    return text, tops


#: The pieces limit a caller set with ``pieces_limit`` (the command line's --max-pieces);
#: unset, the limit follows the size limit. A context variable, so that threads and
#: worker processes each keep the limit of the work they run.
_MAX_PIECES: ContextVar[int | None] = ContextVar("form4lark_max_pieces", default=None)


@contextmanager
def pieces_limit(limit: int | None) -> Iterator[None]:
    """Within the block, refuse texts of more than ``limit`` pieces (None: the default)."""
    token = _MAX_PIECES.set(limit)
    try:
        yield
    finally:
        _MAX_PIECES.reset(token)


def default_max_pieces(max_bytes: int = MAX_BYTES) -> int:
    """The pieces limit that goes with a size limit: one per BYTES_PER_PIECE bytes."""
    return max(max_bytes, MAX_BYTES) // BYTES_PER_PIECE  # a lower size limit is about bytes


def check_pieces(text: str, max_bytes: int = MAX_BYTES) -> None:
    """Refuse a text with more pieces than a Form 4 could hold within the size limit
    (a run of table rules, brackets or empty cells), before a grammar spends seconds on it."""
    limit = _MAX_PIECES.get() or default_max_pieces(max_bytes)
    if len(text) <= limit:  # no more pieces than characters
        return
    if len(_PIECE.findall(text)) > limit:
        raise InputError(f"input holds over {limit:,} pieces (words, marks and lines), more than "
                         "a Form 4 holds (raise the limit with --max-pieces)")


def normalise_newlines(text: str) -> str:
    """CRLF, lone CR and form feed (page breaks) -> LF."""
    return pages_apart(text)[0]


def page_tops(text: str) -> frozenset[int]:
    """The lines (numbered from 1, as in ``text`` normalised by ``normalise_newlines``)
    that follow a form feed: where a converter printing pages one after another
    (pdftotext, tesseract) began a page. Empty where ``text`` holds no form feed."""
    return pages_apart(text)[1]


def pages_apart(text: str) -> tuple[str, frozenset[int]]:
    """``text`` with CRLF, lone CR and form feeds (page breaks) made LF, and the lines
    (numbered from 1 in it) that follow a form feed. A form feed mostly opens a line
    ("\\n\\f"): it and the break before it are one break, so line numbers stay as
    editors count them; a form feed inside a line is a break of its own."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" not in text:
        return text, frozenset()
    tops, line = set(), 1
    for match in _BREAK.finditer(text):
        line += 1
        if match.group() != "\n":
            tops.add(line)
    return _BREAK.sub("\n", text), frozenset(tops)
