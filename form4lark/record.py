"""The record's outputs as methods of ``Form4``, kept on the writers' side of the model.

``model.py`` imports no writer, so that the writers (which import the model)
make no import circle with it. This module defines ``to_json``, ``to_xml`` and
``to_rows`` and binds them to ``Form4``; the package ``__init__`` imports it,
and Python imports the package before any of its modules, so every ``Form4``
has them however it was imported. Each writer is imported on first use, which
keeps ``import form4lark`` (and the command line's start) light.
"""

from __future__ import annotations

from typing import Any

from .model import Form4


def to_json(form: Form4, indent: int | None = 2) -> str:
    """The record as JSON text, numbers exact as printed."""
    from .jsonout import dumps
    return dumps(form.to_dict(), indent)


def to_xml(form: Form4) -> str:
    """The record as EDGAR's ownership XML; values the text lost are left out."""
    from .edgar_xml import to_xml as write_xml
    return write_xml(form)


def to_rows(form: Form4) -> list[dict[str, Any]]:
    """One dict per transaction and holding, as the CSV output writes them."""
    from .rows import to_rows as flatten
    return flatten(form)


setattr(Form4, "to_json", to_json)
setattr(Form4, "to_xml", to_xml)
setattr(Form4, "to_rows", to_rows)
