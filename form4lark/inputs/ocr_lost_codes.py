"""A transaction code OCR of the whole page lost, read again from its cell's pixels.

The form prints a row's code alone in its narrow cell between the transaction's date
(or the deemed date) and the amount ("04/13/2022 | | S | | 600"), and tesseract, reading
the whole page, may drop such a lone letter: its line reads "04/13/2022 600} D $ ...",
and the reader leaves the code (and the "V" box beside it) unknown. Where the page's
pixels are at hand, each TSV line holding a date followed right away by an amount is
looked at between the two words' boxes: the table's rules (ink running above and below
the line's band) are left out, and the rest of the ink must be one letter (``letter_box``:
one run of inked columns no wider than ``LETTER_WIDTH`` line heights, standing within
the line's band and as tall as its digits at least, ``MIN_HEIGHT``). Those letters are
cut out and read in one more tesseract run a page, told to read only the codes' letters
(``scan.ocr_codes_sheet``); a reading of exactly one code letter, ``MIN_CONFIDENCE`` sure
at least, is put in the TSV as a word of its own after the date. Anything else (no ink,
two letters: a code and its "V", a letter with a mark, a speck, a reading OCR doubts)
leaves the line as it was, the code unknown.
"""

from __future__ import annotations

from collections.abc import Callable

from ..checks import TRANSACTION_CODES
from ..patterns import PADDED_DATE_RE
from .ocr_marks import (Crop, Grey, ink_runs, isolated, numbered_words, sheet_readings,
                        tsv_page, word_box)

#: a code read again with less confidence than this (0-100) is not taken
MIN_CONFIDENCE = 80.0
#: how wide a code's letter is at most, in heights of its line's digits
LETTER_WIDTH = 1.2
#: how tall a code's letter is at least, in heights of its line's digits (a capital)
MIN_HEIGHT = 0.7
#: pixels a rule's ink reaches above and below the line's band (a letter's does not)
RULE_REACH = 4
#: pixels left clear next to the date's and the amount's boxes
CLEAR = 3


# the TSV's columns a word put in holds (others, as ``ocr_marks.MARKS_COLUMN``, left empty)
_WORD_COLUMNS = frozenset(("level", "page_num", "block_num", "par_num", "line_num", "word_num",
                           "left", "top", "width", "height", "conf", "text"))


def _is_amount(word: str) -> bool:
    """A word that opens with a digit (a "$" before it left out) and is no date."""
    body = word.lstrip("$")
    return body[:1].isdigit() and not PADDED_DATE_RE.match(body)


def letter_box(page: Grey, area: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The box (left, top, right, bottom) of the one letter inked in ``area`` (left, top,
    right, bottom: the line's band between two words), a rule's ink left out; None where
    the ink is anything but one letter."""
    left, top, right, bottom = area
    height = bottom - top
    if right - left < 4 or height < 6 or top - RULE_REACH < 0 or bottom + RULE_REACH >= page.height:
        return None
    inked: dict[int, list[int]] = {}
    for x in range(left, right):
        if page.dark(x, top - RULE_REACH) and page.dark(x, bottom + RULE_REACH):
            continue  # a rule runs through the band: it reaches beyond it
        rows = page.dark_rows(x, range(top - RULE_REACH, bottom + RULE_REACH + 1))
        if rows:
            inked[x] = rows
    if not inked:
        return None
    columns = sorted(inked)
    if ink_runs(columns) != 1:  # two runs of ink: not one letter
        return None
    rows = [y for x in columns for y in inked[x]]
    first, last = min(rows), max(rows)
    if (len(columns) > LETTER_WIDTH * height or last - first + 1 < MIN_HEIGHT * height
            or first < top - 1 or last > bottom + 1):
        return None
    return columns[0], first, columns[-1], last


def _lost_code_places(page: Grey, lines: list[str], names: list[str]
                      ) -> list[tuple[int, dict[str, str], tuple[int, int, int, int]]]:
    """Each TSV line number of a date whose next word right of it on the page's row (the
    nearest word whose middle stands within the date's height: OCR may print the two in
    blocks of their own) is an amount, with the date's cells and the box of the one
    letter inked between them."""
    words = [(number, word_box(cells), cells) for number, cells in numbered_words(lines, names)]
    out = []
    for number, date_box, date in words:
        if not PADDED_DATE_RE.fullmatch(date["text"].strip()):
            continue
        right = [(box, cells) for _, box, cells in words if box[0] >= date_box[2]
                 and date_box[1] <= (box[1] + box[3]) / 2 <= date_box[3]]
        if not right:
            continue
        amount_box, after = min(right, key=lambda found: found[0][0])
        if not _is_amount(after["text"].strip()):
            continue
        found = letter_box(page, (date_box[2] + CLEAR, date_box[1], amount_box[0] - CLEAR,
                                  date_box[3]))
        if found is not None:
            out.append((number, date, found))
    return out


def _code(text: str) -> str | None:
    """``text`` stripped where it is one code letter; None elsewhere."""
    read = text.strip()
    return read if len(read) == 1 and read in TRANSACTION_CODES else None


def _read_codes(crops: list[Crop], read_sheet: Callable[[bytes], str]
                ) -> list[tuple[str, float] | None]:
    """The code letter OCR reads on each crop, stacked on one sheet read by ``read_sheet``,
    with its confidence; None where it reads no code letter alone, with less than
    ``MIN_CONFIDENCE``, or where its text may be another crop's (``sheet_readings``)."""
    out: list[tuple[str, float] | None] = []
    for found in sheet_readings(crops, read_sheet):
        text, sure = found if found is not None else ("", 0.0)
        code = _code(text) if sure >= MIN_CONFIDENCE else None
        out.append(None if code is None else (code, sure))
    return out


def lost_codes(image: bytes, tsv: str, read_sheet: Callable[[bytes], str]) -> str:
    """tesseract's TSV of the page ``image`` with each code OCR lost between a date and an
    amount read again from its letter's pixels (see the module) and put after the date;
    as it was where none is, or the image's pixels cannot be read here (not PGM/PPM)."""
    held = tsv_page(image, tsv)
    if held is None:
        return tsv
    page, lines, names = held
    places = _lost_code_places(page, lines, names)
    if not places:
        return tsv
    added: dict[int, str] = {}
    for (number, date, box), read in zip(places, _read_codes(
            [isolated(page, box) for *_, box in places], read_sheet)):
        if read is None:
            continue
        row = dict(date)
        row.update({"left": str(box[0]), "top": str(box[1]), "width": str(box[2] - box[0] + 1),
                    "height": str(box[3] - box[1] + 1), "text": read[0], "conf": f"{read[1]:f}"})
        row.update({name: "" for name in names if name not in _WORD_COLUMNS})
        added[number] = "\t".join(row.get(name, "") for name in names)
    out = [lines[0]]
    for number, line in enumerate(lines[1:], 1):
        out += [line, added[number]] if number in added else [line]
    return "\n".join(out)
