"""The form's printed words a converter ran into a note (form/note_form_words.py,
``without_form_words``): signatures' dates and their "Date" labels, each alone on its
line below the note's paragraph, are cut off; a note holding a table's column title
(pdfminer prints Table II's first column among the notes) keeps its number, its text
unknown. Either way the note's number stays listed: the tables' marks citing it read.
And the signatures pdfminer prints apart from their labels (form/notes.py,
form/dated_name_blocks.py), and remarks holding a table's column (form/reader.py)."""

from __future__ import annotations

from support import (FIXTURES, edited_text, off_fields, stream_page, table_fields_off, truth_of,
                     wrong_fields)

from form4lark import parse

from form4lark.form import notes
from form4lark.form.atoms import lex

AGENT = FIXTURES / "agent"
NOTE = "1. The shares are held by a trust of which the reporting person is trustee."


def _atoms(lines: list[str]):
    """The words of a stream page of ``lines``, one line each ("": an empty line)."""
    return lex(stream_page(*lines))


def _read(lines: list[str]) -> dict[str, str | None]:
    return {number: cell and cell.text for number, cell in notes.footnotes(_atoms(lines))}


def test_signature_dates_below_the_note_are_cut_off() -> None:
    assert _read([NOTE, "", "07/02/2024", "", "Date"]) == {"1": NOTE[3:]}
    assert _read([NOTE, "", "07/02/2024", "", "Date", "", "07/02/2024", "", "Date"]) == {
        "1": NOTE[3:]}


def test_a_name_between_two_dates_blocks_leaves_the_notes_text_unknown() -> None:
    # only the last date and its label are peeled off: the words kept still hold the
    # first date and its label, and a signer's name after them
    assert _read([NOTE, "", "07/02/2024", "", "Date", "", "Jane Roe", "", "07/02/2024", "",
                  "Date"]) == {"1": None}


def test_a_date_on_the_notes_own_paragraph_leaves_its_text_unknown() -> None:
    # no blank line sets the date apart from the note's words: where the note ends is
    # not certain, its number is kept
    assert _read([NOTE, "07/02/2024", "", "Date"]) == {"1": None}
    assert _read([NOTE + " 07/02/2024 Date"]) == {"1": None}


def test_a_note_ending_in_a_date_of_its_own_is_read() -> None:
    dated = "1. The options vest in full on"
    assert _read([dated, "", "07/02/2024"]) == {"1": dated[3:] + " 07/02/2024"}


def test_pdfminer_texts_read_their_notes_without_the_forms_words() -> None:
    # pdfminer -F 1 of AFRM-20240701-1: "... set forth in this footnote." then the
    # signature's "07/02/2024" and "Date", each a paragraph of its own; BETR-20241209-1:
    # seven signers' dates and labels after note 3
    for filing in ("AFRM-20240701-1", "BETR-20241209-1"):
        form, off = table_fields_off(AGENT / filing / "agent" / "pdfminer-F1.txt")
        assert not [f for f in off if f.startswith("footnotes")], filing
    # pdfminer of ME-20230906-2: Table II's titles and column 1's title, "(Instr. 3)",
    # after note 2: its text unknown, its number listed; no value wrong
    form, off = table_fields_off(AGENT / "ME-20230906-2" / "agent" / "pdfminer.txt")
    assert form.footnotes is not None and form.footnotes["2"] is None
    assert sorted(form.footnotes) == ["1", "2", "3"]
    assert "footnotes.2" in [d.field for d in form.diagnostics]
    assert not wrong_fields(off)


def _signatures(form) -> list[tuple[str | None, str]]:
    return [(s.name, str(s.date)) for s in form.signatures or ()]


def _signed_by_beckman(converter: str) -> None:
    """TSLA-20230727-1's text by ``converter`` reads its one signature, no remarks and
    no wrong value."""
    form, off = table_fields_off(AGENT / "TSLA-20230727-1" / "agent" / f"{converter}.txt")
    assert _signatures(form) == [
        ("By: Aaron Beckman, Power of Attorney For: Andrew D. Baglino", "2023-07-31")]
    assert form.remarks is None
    assert not wrong_fields(off)


def test_signature_dated_after_the_closing_notes() -> None:
    # pdfminer of TSLA-20230727-1: "Remarks:" / "By: Aaron Beckman, ..." / the label / the
    # page's closing notes / "07/31/2023" / "Date": the name is the signature's, not the
    # remarks'
    _signed_by_beckman("pdfminer")


def test_signature_as_date_label_and_name_blocks() -> None:
    # pdfminer -F 1 of GOOG-20151002-1: the remarks, then "10/05/2015" / "Date" / "/s/
    # Valentina Margulis, ..." each a block; of TSLA-20230727-1: the date and its label
    # close the notes, the name alone below "Remarks:"
    form, off = table_fields_off(AGENT / "GOOG-20151002-1" / "agent" / "pdfminer-F1.txt")
    assert _signatures(form) == [
        ("/s/ Valentina Margulis, as attorney-in-fact for Sergey Brin", "2015-10-05")]
    assert (form.remarks or "").endswith("parent holding company of, Google.")
    assert not wrong_fields(off)
    _signed_by_beckman("pdfminer-F1")


def test_two_dates_before_a_name_are_no_one_signature() -> None:
    from form4lark.form.dated_name_blocks import date_label_name
    words = [a for a in _atoms(["05/26/2011", "", "Date", "", "05/26/2011", "", "Date", "",
                                "/s/ Jane Roe"]) if a.kind == "TEXT"]
    assert date_label_name(words) is None
    assert date_label_name(words[2:]) is not None


def test_remarks_holding_a_tables_column_unknown() -> None:
    # EB-20210112-1: pdfminer prints Table II's titles and column 1's title after
    # "Remarks:" ("Class A Common Stock" three times, "1. Title of Derivative Security
    # (Instr. 3)"); pdfminer -F 1 the same, each title a block of its own: the column's
    # title tells
    for converter in ("pdfminer", "pdfminer-F1"):
        form, off = table_fields_off(AGENT / "EB-20210112-1" / "agent" / f"{converter}.txt")
        assert form.remarks is None, converter
        assert "remarks" in [d.field for d in form.diagnostics], converter
        assert "remarks wrong" not in off, converter


def _edited(path, old: str, new: str):
    """The form read from a fixture's text with ``old`` (once in it) made ``new``, and
    its fields off its filing's truth."""
    form = parse(edited_text(path, (old, new), once=True))
    return form, off_fields(truth_of(path), form)


TSLA_F1 = AGENT / "TSLA-20230727-1" / "agent" / "pdfminer-F1.txt"
AFRM_F1 = AGENT / "AFRM-20240701-1" / "agent" / "pdfminer-F1.txt"


def _wrong(off: list[str]) -> list[str]:
    """The notes', remarks' and signatures' wrong fields (AFRM's Table I is read wrong
    apart from these)."""
    return [f for f in off if f.startswith(("footnotes", "remarks", "signatures"))
            and f.endswith("wrong")]


def test_an_unsigned_block_below_remarks_is_no_ones_name() -> None:
    # pdfminer -F 1 of TSLA-20230727-1 with a remark in the name's place, and of
    # AFRM-20240701-1 with the remark above "/s/ Josh Samples, ...": the block does not
    # open as a signature does; the date is read, the name and the remarks unknown
    form, off = _edited(TSLA_F1, "By: Aaron Beckman, Power of Attorney For: Andrew D. Baglino",
                        "Exhibit 24 - Power of Attorney")
    assert _signatures(form) == [(None, "2023-07-31")]
    assert form.remarks is None
    assert "remarks" in [d.field for d in form.diagnostics]
    assert not _wrong(off)
    form, off = _edited(AFRM_F1, "Remarks:\n\n/s/ Josh",
                        "Remarks:\n\nExhibit 24 - Power of Attorney\n/s/ Josh")
    assert _signatures(form) == [(None, "2024-07-02")]
    assert form.remarks is None
    assert not _wrong(off)


def test_a_date_after_the_closing_notes_without_its_label_is_not_signed() -> None:
    # pdfminer -F 1 of AFRM-20240701-1 with a date of no label after the page's
    # closing notes: the signature's date is still the one closing the notes
    form, off = _edited(AFRM_F1, "sufficient, see Instruction 6 for procedure.\n",
                        "sufficient, see Instruction 6 for procedure.\n07/19/2029\n\n")
    assert _signatures(form) == [("/s/ Josh Samples, Attorney-in-Fact", "2024-07-02")]
    assert not _wrong(off)


def test_a_signers_name_between_dates_after_a_real_note() -> None:
    # pdfminer -F 1 of AFRM-20240701-1 with a second signer's date, label and name
    # between note 2 and its own date: note 2's end is lost, its number kept
    form, off = _edited(AFRM_F1, "\n\n07/02/2024\n\nDate\n\nRemarks:",
                        "\n\n07/02/2024\n\nDate\n\nJane Roe\n\n07/02/2024\n\nDate\n\nRemarks:")
    assert form.footnotes is not None and form.footnotes["2"] is None
    assert not _wrong(off)
