"""Placeholder: rows read as typed sequences (to come)."""
from __future__ import annotations

from ..sections import Row
from .atoms import Atom


def sequence_rows(atoms: list[Atom], table: str, shape: str) -> list[Row]:
    return []
