"""Footnote marks OCR garbled, read again from the page's pixels.

The form prints a value's footnote marks small and raised ("$9.1301⁽²⁾"); at
200 dpi tesseract reads them as glyphs that do not name the footnote ("$9.1301°",
"LP@®", "16,2874"), which loses the reference. Where the page's pixels are at hand
(a PDF drawn for OCR, or a PGM/PPM file), each word of tesseract's TSV is looked at
again: the raised ink at its right end (columns whose ink ends well above the word's
baseline) is cut out, enlarged ``SCALE`` times and read by tesseract alone as one
line of brackets and digits. Where that reads as marks ("(2)", "(1)(3)") and the
rest of the word is certain without them, the word becomes its core and the marks
("LLC(4)", "Stock(1)"); anything else leaves the word as it was read. All the crops of
a page are read in one run of tesseract, stacked on one sheet.

Only words take their marks so: numbers and dates keep their garbled ones. Theirs
read as well ("16,287(1)", "$9.1301(2)"), but the readers of the sec page then read
some rows worse (a row of FB-20170719-1 lost, a title of RUM-20240404-1 cut short),
which cost more precision than the marks bought (sec 0.994 -> 0.993).

Measured on the corpus PDFs read as scans (``benchmarks/scans.py``, drawn by pdftoppm):
sec 0.737 / 0.994 -> 0.747 / 0.994, plain 0.804 / 0.978 -> 0.813 / 0.979 (recall /
precision). Enlarging the whole page instead (a 200-dpi scan drawn again at 300 or 400
dpi before OCR) read worse: on 12 filings sec 0.798 / 0.995 -> 0.727 / 0.980 (300 dpi)
and 0.710 / 0.983 (400 dpi), as tesseract then finds the page's blocks differently.

A last pass (``glued_marks``) reads again the marks of the words of letters the first
left as read: a mark read garbled with too little confidence ("LLC®)"), after a word in
lower case ("footnote®"), or left out of the text though its ink lies in the word's box
or runs on just past it ("footnote", "Trust": ``raised_past_end``), into the column
``value_marks`` adds; ``ocr_cell_marks.glued_nature_marks`` puts them on a nature of
ownership. ``short_marks`` then reads again the marks of the short words still without
("sO" for "S⁽¹⁾": a code and its mark) from a crop of their ink alone (``isolated``: the
"s" in the crop's margin made OCR read "(1)" as "("); ``ocr_cell_marks.code_after_date``
puts them on the code. ``price_marks`` last reads apart each price the passes left with
its mark unread ("$2,572.03790)" for "$2,572.0379⁽¹²⁾": the mark's brackets and digits
read as the price's; "$635.5491": the mark dropped): the price's ink, on the baseline,
and the mark's, raised, are cut out and read alone, and the word becomes the price
where both readings agree on its digits; ``ocr_cell_marks.line_marks`` puts its marks
on the cell. On the corpus scans (``benchmarks/scans.py``) pdftoppm plain 0.881 ->
0.892, sec 0.852 -> 0.859; pypdfium2 plain 0.847 -> 0.855, sec 0.813 -> 0.817 (259
prices and price marks, each the truth's at its row; a number whose "$" OCR did not
read is left: "¢ 69.35)" of FB-20170719-1's plain page, read whole, became another
cell's). Two of them, FB-20190822-1's plain row 10 by either renderer, the scorer pairs
with truth row 9 (record row 8, its title, form and nature lost, loses truth row 8 to
row 9): counted wrong, plain precision 0.99368 -> 0.99350 (pdftoppm), 0.98173 ->
0.98164 (pypdfium2).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from ..checks import TRANSACTION_CODES
from ..patterns import MARK_AT_END_RE, MARKS_AT_END_RE, MARKS_RE, PADDED_DATE_RE

#: how many times the mark is enlarged before it is read
SCALE = 4
#: a pixel darker than this (0-255) is ink
INK = 128
#: white pixels around each mark on the sheet OCR reads them from
GAP = 24
#: a mark OCR read again with less confidence than this (0-100) is not taken
MIN_CONFIDENCE = 20.0
# what a garbled mark leaves at a word's end: glyphs, brackets, rules
_GARBLE = re.compile(r"[^A-Za-z0-9$.,]+$")
_GROUPED = re.compile(r"\$?[0-9]{1,3}(?:,[0-9]{3})+")
_NUMBER = re.compile(r"\$?[0-9][0-9,]*(?:\.[0-9]+)?")
# a word a mark may follow: a capital and letters ("Stock", "L.P."), or capitals ("LP");
# a short word in lower case ("tic", "cc") or a letter and a small one ("De": "D" and a
# garbled "(2") is OCR's garble of a word, a code or a column's letter and its mark
_WORD = re.compile(r"[A-Z][A-Za-z.,&'-]{2,}|[A-Z][A-Z.&]+")
# what OCR reads a footnote mark standing alone as: glyphs ("@", "©)", "()"), a letter or
# two and a bracket ("fe)", "8)"); rules and signs ("|", "$", "-") are no mark. Wider than
# shapes/scan_words.is_garbled_mark ("fe)", "cl)", "*" are marks here): a word chosen here
# is only read again from its ink, never taken as a mark by its text
_LONE = re.compile(r"[^\sA-Za-z0-9]{1,3}|[a-z0-9]{1,2}[)\]}]|\([a-z0-9]{0,2}\)?")
_NO_MARK = frozenset("|[]{}!$.,:;'\"-_/\\\u2014\u2013")
#: the most blank columns between two of a mark's characters ("(", "2", ")")
MARK_BLANKS = 3
#: the most pixels a mark standing alone spans top to bottom (a rule's ink is taller)
LONE_HEIGHT = 30
_Picked = TypeVar("_Picked")
_PNM = re.compile(rb"P([56])\s+(?:#[^\n]*\n\s*)*([0-9]+)\s+([0-9]+)\s+([0-9]+)\s")


@dataclass(frozen=True)
class Grey:
    """A page's pixels, row after row: one byte each (0 black, 255 white), or three
    (red, green, blue) in a colour page."""

    width: int
    height: int
    pixels: bytes
    channels: int = 1

    def level(self, x: int, y: int) -> int:
        """The pixel's grey level (a colour's luminance: the form prints its marks green)."""
        at = (y * self.width + x) * self.channels
        if self.channels == 1:
            return self.pixels[at]
        red, green, blue = self.pixels[at:at + 3]
        return (red * 299 + green * 587 + blue * 114) // 1000

    def dark(self, x: int, y: int) -> bool:
        return self.level(x, y) < INK

    def dark_rows(self, x: int, rows: range) -> list[int]:
        """The ``rows`` whose pixel in column ``x`` is dark (``dark``), read straight from
        the bytes of a grey page (the passes' pixel work is mostly this)."""
        if self.channels != 1:
            return [y for y in rows if self.dark(x, y)]
        pixels, width = self.pixels, self.width
        return [y for y in rows if pixels[y * width + x] < INK]


@functools.lru_cache(maxsize=1)
def grey_of(image: bytes) -> Grey | None:
    """The pixels of a PGM or PPM file; None for other formats. The last page's are kept:
    the passes of ``scan.read_again`` each read the same page's (one copy, not four)."""
    header = _PNM.match(image)
    if header is None or header.group(4) != b"255":
        return None
    width, height = int(header.group(2)), int(header.group(3))
    channels = 3 if header.group(1) == b"6" else 1
    data = image[header.end():header.end() + width * height * channels]
    return Grey(width, height, data, channels) if len(data) == width * height * channels else None


def _word_ink(page: Grey, box: tuple[int, int, int, int]
              ) -> tuple[range, range, dict[int, list[int]], float | None]:
    """The rows around a word's ``box`` (left, top, width, height: from a little above
    it to a little below), the columns it spans and three after it, the rows inked in
    each column, and the height above which ink is raised off the word's baseline
    (None: no ink)."""
    left, top, width, height = box
    rows = range(max(0, top - 4), min(page.height, top + height + 2))
    columns = range(max(0, left), min(page.width, left + width + 3))
    inked = {x: page.dark_rows(x, rows) for x in columns}
    bottoms = [max(ys) for ys in inked.values() if ys]
    return rows, columns, inked, max(bottoms) - max(3.0, height * 0.2) if bottoms else None


def raised_end(page: Grey, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The box (left, top, right, bottom) of the raised ink ending the word in ``box``
    (left, top, width, height), or None if its end sits on the baseline."""
    _, columns, inked, ceiling = _word_ink(page, box)
    return None if ceiling is None else _raised(columns, inked, ceiling)


def _raised(columns: range, inked: dict[int, list[int]], ceiling: float
            ) -> tuple[int, int, int, int] | None:
    """``raised_end``'s box from ``_word_ink``'s columns, rows inked and ceiling."""
    raised: list[int] = []
    for x in reversed(columns):
        ys = inked[x]
        if not ys:
            continue
        if max(ys) > ceiling:
            break
        raised.append(x)
    else:
        return None  # no ink on the baseline: the whole word is raised
    # ink touching the last character on the baseline is its own ("7"'s bar), not the mark's
    while raised and raised[-1] == x + 1:
        x = raised.pop()
    if len(raised) < 3:
        return None
    ink = [y for x in raised for y in inked[x]]
    return min(raised), min(ink), max(raised), max(ink)


def raised_past_end(page: Grey, box: tuple[int, int, int, int]
                    ) -> tuple[int, int, int, int] | None:
    """``raised_end``'s ink with the raised ink that runs on past the word's ``box``
    (left, top, width, height): a mark OCR left partly out of the box ("Trust" for
    "Trust⁽²⁾"). The box is widened over the columns after it, at most twice its height,
    while their ink lies above the word's baseline (``raised_end``'s ceiling) with no
    more than ``MARK_BLANKS`` blank columns between; a column inked down to the baseline
    (a rule, the next word) ends it."""
    left, top, width, height = box
    rows, columns, inked, ceiling = _word_ink(page, box)
    if ceiling is None:
        return None
    wide, blanks = width, 0
    for x in range(columns.stop, min(page.width, columns.stop + 2 * height)):
        ys = page.dark_rows(x, rows)
        if ys and max(ys) > ceiling:
            break
        inked[x] = ys
        blanks = 0 if ys else blanks + 1
        if blanks > MARK_BLANKS:
            break
        if ys:
            wide = x - left - 2  # the columns raised_end reads reach this one
    # raised_end of the widened box: its ink below the ceiling unchanged, so its ceiling
    end = min(page.width, left + wide + 3)
    return _raised(range(columns.start, end), {x: inked[x] for x in range(columns.start, end)},
                   ceiling)


@dataclass(frozen=True)
class Crop:
    """Pixels cut from a page and enlarged: ``width`` by ``height``, one byte each."""

    width: int
    height: int
    pixels: bytes


def enlarged(page: Grey, box: tuple[int, int, int, int], margin: int = 3,
             scale: int = SCALE) -> Crop:
    """The pixels in ``box`` (left, top, right, bottom) and a margin around it, enlarged
    ``scale`` times (bilinear)."""
    left, top = max(0, box[0] - margin), max(0, box[1] - margin)
    right, bottom = min(page.width - 1, box[2] + margin), min(page.height - 1, box[3] + margin)
    w, h = right - left + 1, bottom - top + 1
    grid = [[page.level(left + x, top + y) for x in range(w)] for y in range(h)]
    columns = []  # each output column's two source columns and its weight, once a crop
    for ox in range(w * scale):
        fx = min(max((ox + 0.5) / scale - 0.5, 0.0), w - 1.0)
        x0 = int(fx)
        columns.append((x0, min(x0 + 1, w - 1), fx - x0))
    out = bytearray()
    for oy in range(h * scale):
        fy = min(max((oy + 0.5) / scale - 0.5, 0.0), h - 1.0)
        y0 = int(fy)
        row0, row1, dy = grid[y0], grid[min(y0 + 1, h - 1)], fy - y0
        out.extend(int((row0[x0] * (1 - dx) + row0[x1] * dx) * (1 - dy)
                       + (row1[x0] * (1 - dx) + row1[x1] * dx) * dy + 0.5)
                   for x0, x1, dx in columns)
    return Crop(w * scale, h * scale, bytes(out))


def isolated(page: Grey, box: tuple[int, int, int, int], margin: int = 3,
             scale: int = SCALE) -> Crop:
    """``enlarged``'s crop of ``box`` (left, top, right, bottom) with its margin white:
    the ink of the letter before a mark, which the margin may take ("s" of "s⁽¹⁾": a
    speck of it made OCR read the "(1)" as "("), left out."""
    left, top, right, bottom = box
    width, height = right - left + 1 + 2 * margin, bottom - top + 1 + 2 * margin
    pixels = bytearray(b"\xff" * (width * height))
    for y in range(top, bottom + 1):
        at = (y - top + margin) * width + margin
        pixels[at:at + right - left + 1] = bytes(page.level(x, y) for x in range(left, right + 1))
    return enlarged(Grey(width, height, bytes(pixels)),
                    (margin, margin, width - 1 - margin, height - 1 - margin), margin, scale)


def sheet(crops: list[Crop]) -> tuple[bytes, list[tuple[int, int]]]:
    """The crops one under another on white, ``GAP`` apart, as one PGM file (OCR is
    started once a page, not once a mark), and the rows each crop spans."""
    width = max(c.width for c in crops) + 2 * GAP
    rows: list[bytes] = []
    bands: list[tuple[int, int]] = []
    blank = b"\xff" * width
    rows.extend([blank] * GAP)
    for crop in crops:
        bands.append((len(rows), len(rows) + crop.height))
        pad = b"\xff" * (width - GAP - crop.width)
        rows.extend(b"\xff" * GAP + crop.pixels[y * crop.width:(y + 1) * crop.width] + pad
                    for y in range(crop.height))
        rows.extend([blank] * GAP)
    return b"P5\n%d %d\n255\n" % (width, len(rows)) + b"".join(rows), bands


def numbered_words(lines: list[str], names: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """The words of a TSV's ``lines`` (its level 5 rows holding text), each by the
    ``names`` of its columns, with its line's number in ``lines``."""
    for number, row in enumerate(lines[1:], 1):
        cells = dict(zip(names, row.split("\t")))
        if cells.get("level") == "5" and cells.get("text", "").strip():
            yield number, cells


def word_box(cells: dict[str, str]) -> tuple[int, int, int, int]:
    """A TSV word's box (its ``cells`` by column name): left, top, right, bottom."""
    left, top = int(cells["left"]), int(cells["top"])
    return left, top, left + int(cells["width"]), top + int(cells["height"])


def word_middle(cells: dict[str, str]) -> tuple[float, float]:
    """A TSV word's middle (its ``cells`` by column name): across, down."""
    left, top, right, bottom = word_box(cells)
    return (left + right) / 2, (top + bottom) / 2


def _sheet_words(tsv: str) -> Iterator[dict[str, str]]:
    """The words of a sheet's TSV (``numbered_words``) without their line numbers; none
    where OCR gave no TSV."""
    rows = tsv.split("\n")
    return (cells for _, cells in numbered_words(rows, rows[0].split("\t")))


def line_key(row: dict[str, str]) -> tuple[str, ...]:
    """The place of a TSV row's line: its page, block, paragraph and line numbers."""
    return tuple(row.get(k, "") for k in ("page_num", "block_num", "par_num", "line_num"))


def sheet_texts(tsv: str, bands: list[tuple[int, int]]) -> list[tuple[str, float]]:
    """What OCR read in each band of a sheet, from its TSV: the words whose middle lies
    in the band, left to right, and the least confidence OCR had in one of them."""
    found: list[list[tuple[int, str]]] = [[] for _ in bands]
    least = [100.0] * len(bands)
    for cells in _sheet_words(tsv):
        middle = int(cells["top"]) + int(cells["height"]) / 2
        for index, (top, bottom) in enumerate(bands):
            if top <= middle < bottom:
                found[index].append((int(cells["left"]), cells["text"].strip()))
                least[index] = min(least[index], float(cells.get("conf") or 0))
    return [("".join(text for _, text in sorted(words)), confidence)
            for words, confidence in zip(found, least)]


def crossed_bands(tsv: str, bands: list[tuple[int, int]]) -> set[int]:
    """The bands of a sheet whose text ``sheet_texts`` may have taken from another crop:
    a band a line of OCR's TSV reaches out of (its words in two bands, or a word's box
    running into the white between crops), and a band holding words of two lines."""
    lines: dict[tuple[str, ...], set[int | None]] = {}
    for cells in _sheet_words(tsv):
        top, bottom = int(cells["top"]), int(cells["top"]) + int(cells["height"])
        inside = [index for index, (first, last) in enumerate(bands)
                  if first - GAP // 2 <= top and bottom <= last + GAP // 2]
        lines.setdefault(line_key(cells), set()).add(inside[0] if len(inside) == 1 else None)
    crossed: set[int] = set()
    owned: set[int] = set()
    for held in lines.values():
        if None in held or len(held) > 1:
            crossed.update(index for index in held if index is not None)
            continue
        (index,) = held  # its one band
        assert index is not None  # (a word in no band: crossed, above)
        if index in owned:
            crossed.add(index)
        owned.add(index)
    return crossed


def marks_read(text: str) -> str | None:
    """The marks OCR read in the raised ink ("7(3)" -> "(3)": a digit of the word the
    cut took with it), or None if it reads as no marks."""
    match = MARKS_AT_END_RE.search(text.strip())
    return match.group(0) if match else None


def core(word: str) -> str | None:
    """The word without the garbled mark at its end, or None if where the mark began
    is not certain: "$9.1301°" -> "$9.1301", "16,2874" -> "16,287", "LP@®" -> "LP";
    "$209.7103)" (a mark's digits may end the decimals) -> None."""
    stripped = _GARBLE.sub("", word)
    if not stripped:
        return None
    date = PADDED_DATE_RE.match(stripped)
    if date and len(stripped) - date.end() <= 2:
        return date.group(0) if stripped != word or date.end() < len(stripped) else None
    number = _NUMBER.fullmatch(stripped)
    if number is None:
        return stripped if _WORD.fullmatch(stripped) and len(stripped) < len(word) else None
    grouped = _GROUPED.match(stripped)
    if grouped and "." not in stripped:
        extra = stripped[grouped.end():]
        return grouped.group(0) if len(extra) <= 2 else None
    # a number that ended in a glyph no digit is read as; its last digits may still be
    # the mark's first ("2,587.4962°" for "2,587.496(20)"): ``fits`` tells
    glyph = word[len(stripped):len(stripped) + 1]
    return stripped if glyph and glyph not in ")|]}" else None


def fits(kept: str, marks: str) -> bool:
    """Whether the marks read can follow the word's core: not where the core ends in a
    digit the first mark opens with, as the mark's own digit read into the number."""
    return not (kept[-1:].isdigit() and "." in kept and marks[1:2] == kept[-1])


def tsv_page(image: bytes, tsv: str) -> tuple[Grey, list[str], list[str]] | None:
    """The page's pixels, the TSV's lines and its column names; None where the image's
    pixels cannot be read here (not PGM/PPM) or the TSV has no text."""
    page = grey_of(image)
    lines = tsv.split("\n")
    names = lines[0].split("\t")
    return None if page is None or "text" not in names else (page, lines, names)


def _cropped_words(page: Grey, lines: list[str], names: list[str],
                   pick: Callable[[str], _Picked | None],
                   cut: Callable[[Grey, tuple[int, int, int, int]],
                                 tuple[int, int, int, int] | None] = raised_end,
                   blank: int | None = None,
                   crop: Callable[[Grey, tuple[int, int, int, int]], Crop] = enlarged,
                   ) -> list[tuple[int, list[str], _Picked, Crop]]:
    """``_inked_words``' words with their ink's crop (``crop``: ``enlarged``) for its box."""
    return [(number, cells, picked, crop(page, ink))
            for number, cells, picked, ink in _inked_words(page, lines, names, pick, cut, blank)]


def _inked_words(page: Grey, lines: list[str], names: list[str],
                 pick: Callable[[str], _Picked | None],
                 cut: Callable[[Grey, tuple[int, int, int, int]],
                               tuple[int, int, int, int] | None],
                 blank: int | None = None,
                 ) -> list[tuple[int, list[str], _Picked, tuple[int, int, int, int]]]:
    """Each word of the TSV ``lines`` that ``pick`` takes (what it gives for the word's
    text; None passes it over), whose cell in column ``blank`` (where given) is empty,
    and in whose box (left, top, width, height) ``cut`` finds the ink of its marks
    (``raised_end``: the raised ink at its end): its line's number, its cells, what
    ``pick`` gave and that ink's box (left, top, right, bottom)."""
    at = {name: names.index(name) for name in ("level", "left", "top", "width", "height", "text")}
    out: list[tuple[int, list[str], _Picked, tuple[int, int, int, int]]] = []
    for number, line in enumerate(lines[1:], 1):
        cells = line.split("\t")
        if (len(cells) != len(names) or cells[at["level"]] != "5"
                or (blank is not None and cells[blank])):
            continue
        picked = pick(cells[at["text"]].strip())
        if picked is None:
            continue
        left, top, width, height = (int(cells[at[k]]) for k in ("left", "top", "width", "height"))
        ink = cut(page, (left, top, width, height))
        if ink is not None:
            out.append((number, cells, picked, ink))
    return out


def _word_core(word: str) -> str | None:
    """A word's core (``core``) where it begins with a letter: the words ``with_marks``
    gives their marks."""
    kept = core(word) if word and not MARK_AT_END_RE.search(word) else None
    return kept if kept is not None and kept[0].isalpha() else None


def with_marks(image: bytes, tsv: str, read_sheet: Callable[[bytes], str]) -> str:
    """tesseract's TSV of the page ``image`` with each word's garbled marks read again
    (``read_sheet`` is OCR's TSV of a sheet of crops of marks); as it was where the
    image's pixels cannot be read here (not PGM/PPM)."""
    read = tsv_page(image, tsv)
    if read is None:
        return tsv
    page, lines, names = read
    # numbers and dates keep their garbled marks (see above)
    found = _cropped_words(page, lines, names, _word_core)
    if not found:
        return tsv
    text = names.index("text")
    image_of_marks, bands = sheet([crop for *_, crop in found])
    for (number, cells, kept, _), (mark, confidence) in zip(
            found, sheet_texts(read_sheet(image_of_marks), bands)):
        marks = marks_read(mark) if confidence >= MIN_CONFIDENCE else None
        if marks is not None and fits(kept, marks):
            cells[text] = kept + marks
            lines[number] = "\t".join(cells)
    return "\n".join(lines)


# a transaction's code as OCR reads it with its garbled mark: "S", "Ss", "Mo", "s?)", "s@";
# a small letter and small letters only is a word ("on", "per"), not a code
_CODES = "".join(sorted(TRANSACTION_CODES))
_CODE = re.compile(rf"[{_CODES}][^0-9A-Z\s]{{0,3}}|[{_CODES.lower()}][^0-9A-Za-z\s]{{1,3}}")


def code_word(word: str) -> bool:
    """Whether ``word`` may be a one-letter transaction code and its garbled mark."""
    return _CODE.fullmatch(word) is not None


def lone_mark(word: str) -> bool:
    """Whether ``word`` may be a footnote mark OCR read alone and garbled ("@", "fe)",
    "()"), not a code (``code_word``), a rule or a sign, nor marks read right ("(2)")."""
    return (_LONE.fullmatch(word) is not None and not set(word) <= _NO_MARK
            and not MARKS_RE.fullmatch(word) and not code_word(word))


def ink_box(page: Grey, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The box (left, top, right, bottom) of the ink in the word's ``box`` (left, top,
    width, height); None where it holds none, or more than a mark's (``LONE_HEIGHT``
    high, or wider than three times its height: a rule's, a word's)."""
    left, top, width, height = box
    dark = [(x, y) for y in range(max(0, top), min(page.height, top + height))
            for x in range(max(0, left), min(page.width, left + width)) if page.dark(x, y)]
    if not dark:
        return None
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    wide, high = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
    return None if high > LONE_HEIGHT or wide > 3 * high else (min(xs), min(ys), max(xs), max(ys))


def whole_marks(text: str) -> str | None:
    """``text`` where it reads as marks and nothing else ("(3)"), else None."""
    return _whole(MARKS_RE, text)


def _whole(pattern: re.Pattern[str], text: str) -> str | None:
    """``text`` without the blanks around it where ``pattern`` matches all of it, else None."""
    text = text.strip()
    return text if pattern.fullmatch(text) else None


def sheet_readings(crops: list[Crop], read_sheet: Callable[[bytes], str]
                   ) -> list[tuple[str, float] | None]:
    """What OCR reads on each crop, stacked on one sheet read by ``read_sheet``, with the
    least confidence it had (``sheet_texts``); None where its text may be another crop's
    (``crossed_bands``)."""
    if not crops:
        return []
    image_of_crops, bands = sheet(crops)
    read_tsv = read_sheet(image_of_crops)
    crossed = crossed_bands(read_tsv, bands)
    return [None if index in crossed else found
            for index, found in enumerate(sheet_texts(read_tsv, bands))]


def crops_marks(crops: list[Crop], read_sheet: Callable[[bytes], str],
                read: Callable[[str], str | None] = marks_read) -> list[str | None]:
    """The marks ``read`` finds in what OCR reads on each crop (``marks_read``: the
    marks ending it), stacked on one sheet read by ``read_sheet``; None where it reads
    none, with little confidence, or where its text may be another crop's
    (``sheet_readings``)."""
    return [read(found[0]) if found is not None and found[1] >= MIN_CONFIDENCE else None
            for found in sheet_readings(crops, read_sheet)]


#: the column ``value_marks`` adds to the TSV: a number's or a date's marks read again
MARKS_COLUMN = "marks"


def _value_core(word: str) -> tuple[bool, str] | None:
    """Whether a word is a code (``code_word``), and its core, for a number, a date or a
    code whose marks ``value_marks`` reads; None for other words."""
    if not word or MARK_AT_END_RE.search(word):
        return None
    kept = core(word)
    if kept is not None and not kept[0].isalpha():
        return False, kept
    return (True, word) if code_word(word) else None  # words: ``with_marks``


def value_marks(image: bytes, tsv: str, read_sheet: Callable[[bytes], str]) -> str:
    """tesseract's TSV of the page ``image`` with a column ``MARKS_COLUMN`` giving each
    number's, date's and one-letter code's (``code_word``) marks read again from the
    raised ink at its end ("$9.1301°": "(2)"; the codes' on a sheet of their own, see
    ``crops_marks``), and each mark's OCR read alone and garbled (``lone_mark``: "@"
    for "(1)", read again from all its ink, on a third sheet, where it reads as marks
    only), empty elsewhere; the words' text is left as read (the row readers read some
    rows worse with those marks in it: see above). The TSV as it was where the image's
    pixels cannot be read here (not PGM/PPM)."""
    read = tsv_page(image, tsv)
    if read is None or MARKS_COLUMN in read[2]:
        return tsv
    page, lines, names = read
    # the numbers' and dates' crops on one sheet, the codes' on another: a sheet holding
    # both read some numbers' marks wrong (AOSL-20250317-1: "(1)" as "(4)")
    found = _cropped_words(page, lines, names, _value_core)
    marked: dict[int, str] = {}
    for is_code in (False, True):
        own = [(number, kept, crop) for number, _, (code, kept), crop in found if code == is_code]
        for (number, kept, _), marks in zip(own, crops_marks([c for *_, c in own], read_sheet)):
            if marks is not None and fits(kept, marks):
                marked[number] = marks
    lone = _cropped_words(page, lines, names, lambda word: word if lone_mark(word) else None,
                          ink_box)
    for (number, *_), marks in zip(lone, crops_marks([c for *_, c in lone], read_sheet,
                                                      whole_marks)):
        if marks is not None:
            marked[number] = marks
    out = [lines[0] + "\t" + MARKS_COLUMN]
    for number, line in enumerate(lines[1:], 1):
        out.append(line + "\t" + marked.get(number, "") if line.count("\t") == len(names) - 1
                   else line)
    return "\n".join(out)


# a word of no more than three letters and glyphs: how OCR reads a code and its mark
# garbled into letters ("sO", "cM)", "JO" for "S⁽¹⁾", "C⁽¹⁾", "J⁽¹⁾")
_SHORT = re.compile(r"[A-Za-z]{1,3}[^0-9A-Za-z\s]*")


def short_word(word: str) -> bool:
    """Whether ``word`` is one to three letters and glyphs after them ("sO", "cM)")."""
    return _SHORT.fullmatch(word) is not None


# a word of letters OCR read with a garbled mark glued to its end ("footnote®", "LLC®)"),
# or with none (its mark's ink inside the word's box, its text dropped: "footnote")
_GLUED = re.compile(r"([A-Za-z][A-Za-z.,&'-]*[A-Za-z.])[^A-Za-z0-9\s]*")


def glued_core(word: str) -> str | None:
    """The letters of a word of two or more that a footnote mark may end, read garbled
    ("footnote®": "footnote") or left out ("footnote"), or None: a word ending in a
    mark read right, and the words ``value_marks`` reads (a code and its mark, "Ss@";
    a mark alone, "fe)")."""
    if not word or MARK_AT_END_RE.search(word) or code_word(word) or lone_mark(word):
        return None
    match = _GLUED.fullmatch(word)
    return match.group(1) if match else None


def glued_marks(image: bytes, tsv: str, read_sheet: Callable[[bytes], str]) -> str:
    """``value_marks``'s TSV of the page ``image`` with the marks of each word of letters
    OCR read with a garbled mark glued to its end ("footnote®", "LLC®)": those
    ``with_marks`` did not read again, or read with too little confidence) or with its
    mark left out ("footnote", ``glued_core``) read again
    from the raised ink at its end (``raised_end``) on a sheet of their own, put in the
    column ``MARKS_COLUMN`` where it is empty (with the raised ink running on past the
    word's box, ``raised_past_end``); the words' text is left as read. The TSV
    as it was where it has no such column or the image's pixels cannot be read here."""
    return _fill_marks(image, tsv, read_sheet, glued_core)


def short_marks(image: bytes, tsv: str, read_sheet: Callable[[bytes], str]) -> str:
    """``glued_marks``' TSV of the page ``image`` with the marks of each short word
    (``short_word``: "sO" for "S⁽¹⁾") whose column ``MARKS_COLUMN`` is still empty read
    again from the raised ink at its end (``raised_past_end``) cut out alone
    (``isolated``), on a sheet of their own; the words' text is left as read. The TSV as
    it was where it has no such column or the image's pixels cannot be read here."""
    return _fill_marks(image, tsv, read_sheet, lambda word: word if short_word(word) else None,
                       isolated)


def _fill_marks(image: bytes, tsv: str, read_sheet: Callable[[bytes], str],
                pick: Callable[[str], str | None],
                crop: Callable[[Grey, tuple[int, int, int, int]], Crop] = enlarged) -> str:
    """The TSV of the page ``image`` with the column ``MARKS_COLUMN`` of each word
    ``pick`` takes, where that column is empty, filled with the marks read from the
    raised ink at its end (``raised_past_end``) cut out by ``crop``, on a sheet of their
    own (``read_sheet``; left empty where none is read there); the words' text is left
    as read. The TSV as it was where it has no such column or the image's pixels
    cannot be read here: ``glued_marks``' and ``short_marks``' pass."""
    read = tsv_page(image, tsv)
    if read is None or MARKS_COLUMN not in read[2]:
        return tsv
    page, lines, names = read
    column = names.index(MARKS_COLUMN)
    found = _cropped_words(page, lines, names, pick, raised_past_end, column, crop)
    for (number, cells, *_), marks in zip(found, crops_marks([c for *_, c in found],
                                                            read_sheet)):
        if marks is not None:
            cells[column] = marks
            lines[number] = "\t".join(cells)
    return "\n".join(lines)


#: how many times a price's digits are enlarged before they are read (``SCALE``, 4, read
#: "2,566.8111" as "2,966.8111" and "2,572.0379" not at all on GOOG-20220413-1's plain page)
PRICE_SCALE = 2
# a price as the form prints it, "$" or not: "$2,572.0379", "11.1484"
_PRICE = re.compile(r"\$?[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]+")


def price_word(word: str) -> str | None:
    """``word`` where it begins as a number with decimals ("$635.5491": a price whose
    mark OCR dropped; "$2,572.03790)", "$898.861°9)}": a price and its mark garbled, the
    mark's digits and brackets read as the price's), not one holding marks read right
    ("24.576(2)|": the readers know those); else None."""
    number = _NUMBER.match(word)
    return word if number and "." in number.group() and not MARKS_RE.search(word) else None


def price_marks(image: bytes, tsv: str, read_sheet: Callable[[bytes], str]) -> str:
    """``short_marks``' TSV of the page ``image`` with each price whose marks the passes
    before left unread (its column ``MARKS_COLUMN`` empty: OCR dropped the mark,
    "$635.5491", or read it garbled into the price, "$2,572.03790)" for
    "$2,572.0379⁽¹²⁾", where no ``core`` tells where its digits end; its "$" read,
    glued or apart, ``after_dollar``: a number whose "$" OCR misread as "¢" the
    readers take for another cell's) read apart from its mark: the pixels tell the two, as the mark is raised off the price's baseline
    (``raised_past_end``; ``price_word`` picks the words). The mark's ink and the
    price's (the word's box up to the mark, ``price_cut``) are cut out alone
    (``isolated``) and read on a sheet each; where the mark reads as marks and the price
    as one whose digits are the word's text or begin it (``begins``: two readings agree
    on them, "$2,572.0379" in "$2,572.03790)"), the word's text becomes that price, its box
    the price's ink alone (``price_cut``; the mark's brackets reach below the digits,
    and a box holding them reads as a price's and its mark's, ``ocr_price_widths``'s
    ``tall_word``) and its marks stand in the column. Anything else leaves the
    word as read. The TSV as it was where it has no such column or the image's pixels
    cannot be read here."""
    read = tsv_page(image, tsv)
    if read is None or MARKS_COLUMN not in read[2]:
        return tsv
    page, lines, names = read
    column, text = names.index(MARKS_COLUMN), names.index("text")
    found = [word for word in _inked_words(page, lines, names, price_word, raised_past_end,
                                           column)
             if word[2].startswith("$") or after_dollar(lines, names, word[0])]
    if not found:
        return tsv
    cuts = [price_cut(page, cells, names, mark) for _, cells, _, mark in found]
    marks = crops_marks([isolated(page, mark) for *_, mark in found], read_sheet)
    prices = crops_marks([crop for *_, crop in cuts], read_sheet, read_price)
    at = [names.index(n) for n in ("left", "top", "width", "height")]
    for (number, cells, word, _), (ink, start, runs, _), mark, price in zip(found, cuts, marks,
                                                                          prices):
        over = int(cells[at[0]]) + int(cells[at[2]]) > start  # the word's box reaches the mark
        if mark is None or price is None or not begins(word, price, mark, over):
            continue
        new = ("$" if word.startswith("$") else "") + price.lstrip("$")
        if runs > len(new):
            continue  # ink the new text has no character for: digits the second reading lost
        cells[text] = new
        for index, place in zip(at, (ink[0], ink[1], ink[2] - ink[0] + 1, ink[3] - ink[1] + 1)):
            cells[index] = str(place)
        cells[column] = mark
        lines[number] = "\t".join(cells)
    return "\n".join(lines)


def after_dollar(lines: list[str], names: list[str], number: int) -> bool:
    """Whether the TSV's word on line ``number`` follows a word "$" on its line (the
    plain page prints a price's "$" apart: "$ 11.1484")."""
    before = dict(zip(names, lines[number - 1].split("\t")))
    now = dict(zip(names, lines[number].split("\t")))
    return before.get("level") == "5" and before.get("text", "").strip() == "$" \
        and line_key(before) == line_key(now)


def price_cut(page: Grey, cells: list[str], names: list[str], mark: tuple[int, int, int, int]
              ) -> tuple[tuple[int, int, int, int], int, int, Crop]:
    """The box (left, top, right, bottom) of a price's own ink: the ink of the word's
    box up to two columns before its ``mark``'s raised ink (``raised_past_end``'s box,
    which found the baseline's ink before it), all the ink on the baseline and none of
    the mark's; the mark's first column; how many runs of inked columns the box holds
    (``ink_runs``: each glyph one at least, so a reading with fewer characters lost
    some); and the box cut out alone (``isolated``), enlarged ``PRICE_SCALE`` times."""
    left, top, _, height = (int(cells[names.index(k)]) for k in ("left", "top", "width", "height"))
    rows = range(max(0, top), min(page.height, top + height))
    inked = [(x, ys) for x in range(max(0, left), mark[0] - 1) if (ys := page.dark_rows(x, rows))]
    box = (inked[0][0], min(min(ys) for _, ys in inked), inked[-1][0],
           max(max(ys) for _, ys in inked))
    return box, mark[0], ink_runs([x for x, _ in inked]), isolated(page, box, scale=PRICE_SCALE)


def ink_runs(columns: list[int]) -> int:
    """How many runs of neighbouring columns the inked ``columns`` (ascending) make: the
    separate pieces of ink a box holds left to right (glyphs touching make one)."""
    return sum(1 for before, x in zip([-2] + columns, columns) if x > before + 1)


def read_price(text: str) -> str | None:
    """``text`` where it reads as a price and nothing else ("$2,572.0379"), else None."""
    return _whole(_PRICE, text)


def begins(word: str, price: str, marks: str, over: bool) -> bool:
    """Whether the ``price`` read alone is all of the ``word``'s text, or begins it where
    the word's box reaches ``over`` its mark's ink and what follows the price in it is
    no longer than the ``marks`` read and a glyph (their garble), a "$" either has or
    lacks aside: the two readings agree on the price's digits, and the rest is the
    mark's."""
    digits, read = word.lstrip("$"), price.lstrip("$")
    rest = digits[len(read):]
    return digits.startswith(read) and (not rest or over and len(rest) <= len(marks) + 1)
