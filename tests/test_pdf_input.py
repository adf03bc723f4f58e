"""A PDF read directly: its text layer's words, with their boxes, on the page grid.

The fixtures: a plain-design PDF as Chromium printed it (two pages) with its words
and boxes as read when its record first matched its truth, and the words with boxes
of a sec.gov page's PDF (three pages of centred rows) as pdfium gave them; rotated
PDFs and PDFs without a text layer are made from the first here.
"""

from __future__ import annotations

import builtins
import io
import json
import math

import pytest

import form4lark
from form4lark.api import parse_page
from form4lark.cli import EXIT_FAILED, main
from form4lark.errors import InputError
from form4lark.inputs.glyphs import Char, words_of_chars
from form4lark.inputs.words import Word, page_of_words, page_text
from support import FIXTURES, fixture_text, off_fields, record, truth_of

pdfium = pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")

PLAIN = FIXTURES / "pdf" / "WDAY-20250305-1-plain"
SEC = FIXTURES / "pdf" / "TSLA-20100702-1-sec"


def _stored_words(folder) -> list[Word]:
    lines = fixture_text(folder / "words.jsonl").splitlines()
    return [Word(t, x0, x1, top, bottom, page) for t, x0, x1, top, bottom, page in map(json.loads, lines)]


def _sec_words() -> list[Word]:
    return _stored_words(SEC)


def _turned_pdf(data: bytes, quarters: int, set_rotate: bool) -> bytes:
    """The PDF's pages drawn turned by ``quarters`` quarter turns (counter-clockwise) on
    pages of the turned size; with ``set_rotate`` the pages' /Rotate turns them back."""
    source = pdfium.PdfDocument(data)
    made = pdfium.PdfDocument.new()
    for index in range(len(source)):
        width, height = source[index].get_size()
        drawn = source.page_as_xobject(index, made).as_pageobject()
        shift = {1: (height, 0), 2: (width, height), 3: (0, width)}[quarters]
        drawn.transform(pdfium.PdfMatrix().rotate(90 * quarters, ccw=True).translate(*shift))
        page = made.new_page(*((height, width) if quarters % 2 else (width, height)))
        page.insert_obj(drawn)
        page.gen_content()
        if set_rotate:
            page.set_rotation((360 - 90 * quarters) % 360)
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


def _blank_pdf() -> bytes:
    """A PDF of one empty page: no text layer."""
    made = pdfium.PdfDocument.new()
    made.new_page(612, 792)
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- whole files

def test_a_pdf_file_reads_to_itstruth_of():
    form = form4lark.parse_file(PLAIN / "page.pdf")
    assert form.layout == "pdf"
    # the plain design prints no Rule 10b5-1 box: its truth holds that field unknown
    assert off_fields(truth_of(PLAIN), form) == []


def test_a_pdfs_words_and_boxes_stay_as_read_to_the_point():
    # the reading of characters into words is made fast by hand: it must not move a box
    from form4lark.inputs.pdf import pdf_words

    assert pdf_words((PLAIN / "page.pdf").read_bytes()) == _stored_words(PLAIN)


def test_a_pdf_is_told_by_its_content_not_its_name(tmp_path):
    renamed = tmp_path / "filing.txt"
    renamed.write_bytes((PLAIN / "page.pdf").read_bytes())
    assert record(form4lark.parse_file(renamed)) == record(form4lark.parse_file(PLAIN / "page.pdf"))


@pytest.mark.parametrize("quarters", [1, 2, 3], ids=["quarter", "half", "three-quarters"])
@pytest.mark.parametrize("set_rotate", [False, True], ids=["drawn-turned", "page-rotate"])
def test_a_turned_page_reads_as_the_upright_one(quarters, set_rotate):
    data = (PLAIN / "page.pdf").read_bytes()
    turned = _turned_pdf(data, quarters, set_rotate)
    assert record(form4lark.parse(turned)) == record(form4lark.parse(data))


def test_the_command_line_reads_a_pdf(capsys):
    assert main([str(PLAIN / "page.pdf"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["layout"] == "pdf" and out["issuer"]["trading_symbol"] == "WDAY"


def test_the_sec_pages_words_read_to_itstruth_of():
    form = parse_page("pdf", page_of_words(_sec_words()), strict=False)
    assert off_fields(truth_of(SEC), form) == []


# ---------------------------------------------------------------- errors

def test_a_broken_pdf_is_one_line_and_exit_2(tmp_path, capsys):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes((PLAIN / "page.pdf").read_bytes()[:3000])
    assert main([str(broken)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err == f"{broken}: a broken or unreadable PDF (pdfium: data format error)\n"


def test_a_pdf_without_a_text_layer_says_what_reads_it(monkeypatch):
    monkeypatch.setenv("PATH", "")  # no tesseract either
    with pytest.raises(InputError, match="a PDF with no text layer"):
        form4lark.parse(_blank_pdf())


def test_without_the_extra_a_pdf_names_the_install(monkeypatch):
    real_import = builtins.__import__

    def no_pdfium(name, *args, **kwargs):
        if name.startswith("pypdfium2"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pdfium)
    with pytest.raises(InputError) as caught:
        form4lark.parse((PLAIN / "page.pdf").read_bytes())
    assert caught.value.message == "reading a PDF needs pypdfium2: pip install 'form4lark[pdf]'"


def test_a_diagnostic_points_into_the_pages_text():
    """Lines and columns of a PDF's record are those of the page's text as printed."""
    page = page_of_words(_sec_words())
    text = page_text(page).split("\n")
    for line in page.lines:
        for piece in line.pieces:
            assert text[piece.line - 1][piece.column - 1:].startswith(piece.text)


# ---------------------------------------------------------------- words -> page

def _word(text: str, x0: float, top: float, height: float = 10.0, page: int = 0) -> Word:
    return Word(text, x0, x0 + 5 * len(text), top, top + height, page)


def test_words_make_lines_and_pieces_in_character_units():
    page = page_of_words([
        _word("Common", 0, 0), _word("Stock", 33, 0),   # a space apart: one piece
        _word("05/02/2019", 100, 0.5),                  # a column further, slightly lower
        _word("(1)", 58, 0.5, height=7),                # a smaller mark on the same line
        _word("Inc.", 0, 12),                           # the next line
    ])
    assert [[p.text for p in line.pieces] for line in page.lines] == [
        ["Common Stock (1)", "05/02/2019"], ["Inc."]]
    first = page.lines[0].pieces
    assert first[1].x == pytest.approx(20.0)  # 100 points of 5-point characters
    assert first[0].x_end == pytest.approx(73 / 5)  # the mark's right edge


def test_a_line_set_half_a_line_lower_is_a_line_of_its_own():
    page = page_of_words([_word("Stock", 0, 0), _word("Option", 0, 12), _word("$9.97", 40, 6)])
    assert [line.text for line in page.lines] == ["Stock", "$9.97", "Option"]


def test_vertical_space_is_blank_lines_and_pages_follow_on():
    page = page_of_words([
        _word("one", 0, 0), _word("two", 0, 12), _word("three", 0, 48),
        _word("four", 0, 0, page=1)])
    assert [line.pieces[0].line for line in page.lines] == [1, 2, 5, 6]
    assert page_text(page) == "one\ntwo\n\n\nthree\nfour\n"


def test_unsure_words_are_left_out():
    page = page_of_words([_word("Stock", 0, 0), Word("St0ck", 40, 65, 0, 10, 0, sure=False)])
    assert [line.text for line in page.lines] == ["Stock"]


# ---------------------------------------------------------------- characters -> words

def _chars(text: str, x: float = 0.0, advance: float = 5.0, top: float = 10.0,
           gap_after: dict[int, float] | None = None) -> list[Char]:
    chars = []
    for i, ch in enumerate(text):
        x += (gap_after or {}).get(i - 1, 0.0)
        chars.append(Char(ord(ch), x, top - 10, x + advance, top))
        x += advance
    return chars


def test_letters_that_touch_are_a_word_and_a_gap_is_a_space():
    # Chromium prints no spaces: "Common Stock" is two runs of glyphs 3 points apart
    words = words_of_chars(_chars("CommonStock", gap_after={5: 3.0}))
    assert [w.text for w in words] == ["Common", "Stock"]


def test_characters_as_plain_tuples_read_as_chars_do():
    chars = _chars("CommonStock", gap_after={5: 3.0})
    assert words_of_chars([tuple(c) for c in chars]) == words_of_chars(chars)


def test_pdfiums_own_line_ends_and_spaces_are_left_out():
    glyphs = _chars("Stock")
    made_up = [Char(0x0D, 0, 0, 0, 0, generated=True), Char(0x0A, 0, 0, 0, 0, generated=True)]
    chars = [c for g in glyphs for c in (g, *made_up)]  # a line end after every glyph
    assert [w.text for w in words_of_chars(chars)] == ["Stock"]


@pytest.mark.parametrize("mark", ["\x02", "\ufffe"], ids=["per-character", "whole-text"])
def test_a_hyphen_that_ends_a_line_is_a_hyphen(mark):
    chars = _chars("Attorney" + mark)
    assert [w.text for w in words_of_chars(chars)] == ["Attorney-"]


def test_a_page_turned_by_its_rotate_is_read_in_its_own_order():
    # text reading upward (pdfium's angle 3/2 pi), listed backward as pdfium does
    chars = [Char(ord(ch), 10, 5 * i, 20, 5 * i + 5, angle=3 * math.pi / 2)
             for i, ch in enumerate("FORM")][::-1]
    assert [w.text for w in words_of_chars(chars, rotated=True)] == ["FORM"]
