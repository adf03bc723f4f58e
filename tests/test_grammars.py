"""Every grammar builds strictly (no conflicts, no silent terminal collisions) and ships."""

from __future__ import annotations

from pathlib import Path

import pytest
from lark import Lark

import form4lark
from form4lark.grammar import grammar_dir, options
from form4lark.form.atoms import CONTEXTS
from form4lark.form.row_sequence import START
from form4lark.form.short_boxes import STARTS as SHORT_BOX_STARTS
from form4lark.layouts import CONVERTER_LAYOUTS

#: the form reader's grammars and their start symbols
FORM_GRAMMARS = {"form_labels": CONTEXTS + ("exercisable_header",), "form_rows": tuple(START.values()),
                 "form_short_boxes": SHORT_BOX_STARTS}
GRAMMARS = sorted({layout.grammar for layout in CONVERTER_LAYOUTS} | {"cells"} | set(FORM_GRAMMARS))
CELL_STARTS = ("amount_cell", "price_cell", "date_cell", "code_cell", "swap_cell",
               "acquired_disposed_cell", "direct_indirect_cell", "text_cell")


@pytest.mark.parametrize("name", GRAMMARS)
def test_grammar_builds_in_strict_mode(name):
    starts = CELL_STARTS if name == "cells" else FORM_GRAMMARS.get(name) or tuple(
        {l.start for l in CONVERTER_LAYOUTS if l.grammar == name})
    Lark.open(str(grammar_dir() / f"{name}.lark"), **options(starts, strict=True))


def test_every_grammar_file_is_checked():
    """A grammar no layout names is dead; a new one must be built above."""
    files = {p.stem for p in grammar_dir().glob("*.lark")}
    assert files == set(GRAMMARS) | {"common"}


def test_grammars_ship_inside_the_installed_package():
    """In CI the package is installed from a wheel: its grammars must be inside it."""
    package = Path(form4lark.__file__).resolve().parent
    work_tree = Path(__file__).resolve().parent.parent
    if package.parent == work_tree:
        pytest.skip("form4lark is imported from the work tree (an editable install)")
    for name in GRAMMARS + ["common"]:
        assert (package / "grammars" / f"{name}.lark").is_file(), name
    assert grammar_dir() == package / "grammars"


def test_the_check_glyphs_python_reads_are_the_grammar_s_check_marks():
    """``glyph_marks.CHECK_GLYPHS`` (owner tables, HTML alt texts) and form_labels.lark's
    CHECK terminal name the same glyphs: a glyph added to one is added to the other."""
    import re

    from form4lark.glyph_marks import CHECK_GLYPHS

    check = next(line for line in (grammar_dir() / "form_labels.lark").read_text().splitlines()
                 if line.startswith("CHECK."))
    glyph_class = re.search(r"\[Xx([^\]]*)\]", check).group(1)
    assert glyph_class.encode().decode("unicode_escape") == CHECK_GLYPHS


def test_table_ii_s_sixth_column_header_is_the_labels_grammar_s() -> None:
    """Where OCR lost Table II's title and first column's header, the table begins on
    the line of its sixth column's header: the labels grammar's ``EXERCISABLE_HEADER``
    found in the line (its number's point lost or not), never a note naming the column
    or another column's number."""
    from form4lark.form.table_header import holds_exercisable_header
    assert holds_exercisable_header("2. 3. Transaction | 4. | 6. Date Exercisable and |")
    assert holds_exercisable_header("5 Number of 6 Date Exercisable")
    assert holds_exercisable_header("Date Exercisable and Expiration Date (Month/Day/Year)")
    assert not holds_exercisable_header("16. Date Exercisable of the options, as amended")
    assert not holds_exercisable_header("the options become exercisable and vest monthly")
    assert "EXERCISABLE_HEADER" in (grammar_dir() / "form_labels.lark").read_text()
