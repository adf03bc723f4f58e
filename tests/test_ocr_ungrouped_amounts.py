"""An amount read from a word not grouped in thousands is unknown on a scan: its comma
was lost or a garbled mark ran into its digits (inputs/ocr_ungrouped_amounts.py)."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from form4lark.inputs.ocr_ungrouped_amounts import ungrouped_fields


def _words(line: str) -> list[dict[str, str]]:
    return [{"text": word, "conf": "41.0"} for word in line.split()]


def _row(shares: str, owned: str) -> SimpleNamespace:
    return SimpleNamespace(shares=Decimal(shares), shares_owned_following=Decimal(owned),
                           underlying_shares=None)


def test_an_amount_read_from_an_ungrouped_word_is_cleared() -> None:
    # U-20200331-1 plain drawn by pypdfium2: "14,526(1)" read "145260]" (truth 14,526);
    # the amount owned after it, "14,526", is grouped and stays
    words = _words("Common 09/17/2020 A 145260] A $ 0.00 14,526 D")
    assert ungrouped_fields(_row("145260", "14526"), words) == {"shares": "145260"}


def test_grouped_and_small_amounts_stay() -> None:
    # a rule glued to a grouped amount is dropped ("4,769]"), three digits need no comma,
    # and a value a grouped word also reads as is printed so
    words = _words("Common 11/08/2022 Ss 4,769] D $ 197.70 633] 1000 1,000 I")
    assert ungrouped_fields(_row("4769", "633"), words) == {}
    assert ungrouped_fields(_row("1000", "633"), words) == {}
