"""What a paragraph layout's transformer found, as ``Sections``: the parts of the tree
(one dict of fields each) merged, then the record's sections built from them. Shared by
the pdf-markdown and pdf-text layouts, which differ in how they read owners, not here."""

from __future__ import annotations

from collections.abc import Iterable

from lark import Transformer, v_args

from ..sections import OwnerBlock, Sections

#: the fields every part adds to; of the other fields, the first part's value holds
_LISTED = ("table_i", "table_ii", "diagnostics", "footnotes", "signatures")


def merged(parts: Iterable[dict | None]) -> dict:
    """The fields of all parts: lists joined in the parts' order, others first found."""
    found: dict = {}
    for part in parts:
        for key, value in (part or {}).items():
            if key in _LISTED:
                found.setdefault(key, []).extend(value)
            else:
                found.setdefault(key, value)
    return found


def sections(layout: str, found: dict, owners: list[OwnerBlock]) -> Sections:
    """The sections a layout found, with the owners it read from them."""
    return Sections(
        layout=layout,
        not_subject=found.get("not_subject"),
        issuer_name=found.get("issuer_name"),
        ticker=found.get("ticker"),
        owners=owners,
        period_of_report=found.get("period_of_report"),
        original_filed=found.get("original_filed"),
        more_than_one=found.get("more_than_one"),
        table_i=found.get("table_i", []),
        table_ii=found.get("table_ii", []),
        footnotes=found.get("footnotes", []),
        remarks=found.get("remarks"),
        signatures=found.get("signatures", []),
        diagnostics=found.get("diagnostics", []),
    )


@v_args(inline=True)
class RelationshipBoxes(Transformer):
    """The four relationship boxes of box 5, each read as (relationship, checked): a
    transformer's methods for the rules both layouts' grammars name alike."""

    def director(self, mark, _label):
        return ("director", mark is not None)

    def ten_percent_owner(self, mark, _label):
        return ("ten_percent_owner", mark is not None)

    def officer(self, mark, _label):
        return ("officer", mark is not None)

    def other(self, mark, _label):
        return ("other", mark is not None)
