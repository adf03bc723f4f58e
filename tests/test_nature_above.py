"""A row's nature printed before its ownership form (``form/nature_above.py``): plain
pdftotext prints a nature cell that wraps around the centred "I" as its first line,
the "I", then its last line ("704,849", "See Footnotes(2)", "I", "(4)"). Values from
AUR-20231019 (EDGAR's XML: three conversions (C) of Class A Common Stock held
indirectly, "See Footnotes" with notes 2 and 3, 2 and 4, 2 and 5; four holdings)."""

from __future__ import annotations

from form4lark.form.nature_above import natures_above_put_back
from support import FIXTURES, paragraph_atoms, table_fields_off

TEXT = FIXTURES / "nature_above" / "AUR-20231019-1" / "sec" / "pdftotext.txt"
ROW = ["Class A Common Stock", "10/19/2023", "C", "704,849", "A", "(1)", "704,849"]


def _texts(paragraphs: list[str]) -> list[str]:
    return [a.text for a in natures_above_put_back(paragraph_atoms(paragraphs))]


def test_the_form_goes_back_before_the_natures_first_line() -> None:
    words = ROW + ["See Footnotes(2)", "I", "(4)"]
    assert _texts(words)[-4:] == ["I", "See", "Footnotes(2)", "(4)"]


def test_other_orders_stay_as_printed() -> None:
    cases = [
        # no marks after the form: a nature that ends there, or a row among the headers
        ROW + ["By SVF II Beaver (DE) LLC(3)", "I"],
        # words that do not open a nature ("By", "See"): a title may stand there
        ROW + ["Common Stock", "D", "(4)"],
        # a value between: not the nature's first lines
        ROW + ["See Footnotes(2)", "1,000", "I", "(4)"],
        # a letter among the nature's words, not on a line of its own
        ROW + ["See Footnotes(2) I", "(4)"],
    ]
    for words in cases:
        assert _texts(words) == " ".join(words).split(), words


def test_table_i_reads_whole() -> None:
    form, off = table_fields_off(TEXT)
    assert [f for f in off if f.startswith("non_derivative")] == []
    rows = form.non_derivative_transactions
    assert len(rows) == 3 and len(form.non_derivative_holdings) == 4
    assert [r.nature_of_ownership for r in rows] == ["See Footnotes"] * 3
