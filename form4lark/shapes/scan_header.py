"""A scanned page's header: OCR's specks and misreadings taken off its lines.

OCR reads the edges of the header's boxes and fields as specks (".", ";", "—",
"7", "F F", "ee") and glues them to the values ("CUPERTINO)", "94085,"). The
form reader places a header's words by the labels around them
(``line_boxes.py``), so a speck among them would be read as a value's word.
``header_line`` takes off a line what no value of the header holds:

- a word of specks only (".", ";", "—", "-", ">", "|");
- a word of one or two small letters that no name or address prints ("ee",
  "oy": the boxes' edges, or a value's letters OCR garbled: "ve" for "VIEW") is
  marked garbled: the field it stands in is not read (``line_boxes.py``);
- a bracket closing a word in capitals that no bracket on the line opened
  ("CUPERTINO)"), and a comma or point after a zip code ("94085,");
- a ticker printed with small letters shaped as capitals ("[ u ]", "[ MsFT ]") is
  put in capitals; one with other small letters ("[ Goo ]") is marked garbled;
- a state's code read with small letters before its zip code ("DENVER co 80202",
  "cA 94043": "CO", "CA", states' codes); a foreign code so read before a postal
  code ("x0 WI1K 3JP", "Yo JE1 0BD": "Y9") is marked garbled: its letters and
  digits cannot be told apart;
- a short word of small letters alone on its line but for a label's end ("reel
  Line)") is marked garbled;
- a city of one word of one or two letters, not all capitals, before a state's code
  and a zip code ("Ke FL 34228" for "LONGBOAT KEY"): OCR kept a speck of it, marked
  garbled (no city is named so; "ST PAUL" holds more);
- up to four words of one or two characters, none opening with a capital, that open a
  line right before a box's mark and label, or box 5's instruction ("a X Director",
  ". . 7 7 (Check all applicable)"): the box's edges, taken off (no value of boxes 1
  and 2 ends there); before a bare label one such word of small letters that no name
  prints ("ee Director") is the box's edge or the glyph of its empty box, taken off too
  (marked garbled, it left box 1's and box 2's names above it unknown);
- a line that is only box 1's labels' words without their brackets ("City
  'State Zi", "'Street)"): OCR read a label's shadow twice.

``issuer_under_its_label`` puts box 2's line ("APPLE INC [ AAPL ]"), which OCR
may print in box 1's column above box 2's label, under that label; where the
label stands further down, the line is left out rather than read as the
owner's name.

``without_unseen_mark`` leaves out the label of the box that says a trade was
made under a Rule 10b5-1 plan where no mark stands on its lines: OCR drops that
box's mark, which stands alone in a narrow cell beside the label's lines, so no
mark seen there does not say that the box is empty; but for a box read empty from the
page's pixels (``glyph_marks.EMPTY_BOX`` before the label: ``inputs/ocr_checkboxes.py``).
"""

from __future__ import annotations

import re

from ..glyph_marks import EMPTY_BOX
from ..placeholders import GARBLED

# a word of specks only: the boxes' edges
_SPECK = re.compile(r"[|_\u2014\u2013=~«»•.,;:'\"`‘’“”<>-]+")
_SHORT = re.compile(r"[a-z]{1,2}")
#: words of one or two small letters that a name or an address prints
SHORT_WORDS = frozenset("a an as at be by de di do dr du el en et if in is it la le no of on or "
                        "st to x".split())  # "x": a box's mark
# "CUPERTINO)": a bracket that none opened at the end of a word in capitals (a value:
# the labels' words that end with one, "below)", "Line)", are not in capitals)
_UNOPENED = re.compile(r"(?P<word>[A-Z][A-Z0-9.,&'-]+)\)")
#: a US zip code, five digits or nine ("94085", "98052-6399")
_ZIP_CODE = r"[0-9]{5}(-[0-9]{4})?"
# "94085,", "98052-6399.": a zip code with a speck after it
_ZIP = re.compile(rf"(?P<zip>{_ZIP_CODE})[,.;]")
#: the states' codes (and the territories') of a US address
STATES = frozenset("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS "
                   "MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI "
                   "WY PR GU VI".split())
# "DENVER co 80202", "MOUNTAIN cA 94043 X Form filed ...": a state's code with small
# letters before a zip code
_SMALL_STATE = re.compile(rf"(?<=\s)(?P<state>[A-Za-z]{{2}})(?=\s+{_ZIP_CODE}(\s|$))")
# "LONDON, x0 WI1K 3JP", "ST. HELIER, Yo JE1 0BD": a foreign code OCR garbled (small
# letters where the code is capitals and digits: "x0" may be "X0", "Yo" is "Y9") before a
# postal code holding digits
_FOREIGN_CODE = re.compile(r"(?<=\s)(?P<code>(?=\S*[a-z])[A-Za-z][A-Za-z0-9])(?=\s+"
                           r"(?=[A-Z0-9-]*[0-9])[A-Z0-9-]{3,}(\s+[A-Z0-9]{3})?\s*$)")
# the label of the box of trades under a Rule 10b5-1 plan, and the words that end it
_AFF10B5 = re.compile(r"Check\s+this\s+box\s+to\s+indicate", re.I)
_AFF10B5_END = re.compile(r"Instruction\s+10\b|^\W{0,3}1\.\s*Name\s+and\s+Address", re.I)
# a mark, or the box read empty from the pixels: the box seen
_SEEN = re.compile(rf"(?<!\S)[Xx{EMPTY_BOX}](?!\S)")


# box 1's labels, and their words as OCR may read a label's shadow twice ("City 'State Zi",
# "'Street)")
_NAME_LABEL = re.compile(r"\((Last|First|Middle|Street|City|State|Zip)\)", re.I)
_LABEL_WORDS = ("last", "first", "middle", "street", "city", "state", "zip")


def _label_shadow(words: list[str]) -> bool:
    """True for a line made only of box 1's labels' words without their brackets, one
    of them at least with a speck on it or cut short ("'State", "Zi": not a street
    named "STATE STREET")."""
    letters = [re.sub(r"[^a-z]", "", w.lower()) for w in words]
    if not letters or not all(len(l) >= 2 and any(label.startswith(l) for label in _LABEL_WORDS)
                              for l in letters):
        return False
    return any(not w.isalpha() or w.lower() not in _LABEL_WORDS for w in words)


# "[ u ]", "[ Goo ]": the ticker between its brackets
_TICKER = re.compile(r"\[\s*(?P<ticker>[^\[\]\s]+)\s*\]")
# small letters shaped as their capitals: OCR may print a capital so
_SAME_SHAPE = set("cosuvwxz")


def _ticker(match: re.Match) -> str:
    """A ticker (capitals, as the form prints it): one OCR printed in small letters
    shaped as their capitals, all or no more than half ("u", "sQ", "MsFT"), put back
    in capitals; one with other small letters, or a capital and small ones as a
    word ("scTy", "Goo": letters lost or misread), marked garbled."""
    ticker = match.group("ticker")
    small = [c for c in ticker if c.islower()]
    if set(small) <= _SAME_SHAPE and (ticker.islower() or 2 * len(small) <= len(ticker)):
        ticker = ticker.upper()  # "u", "sQ", "MsFT"
    elif small:
        ticker = GARBLED + ticker
    return f"[ {ticker} ]"


def _state(match: re.Match) -> str:
    """A state's code OCR printed with small letters before a zip code: in capitals where
    it is a state's ("co", "cA"), else garbled."""
    state = match.group("state")
    if state.isupper():
        return state
    return state.upper() if state.upper() in STATES else GARBLED + state


# "Ke FL 34228", "KE FL 34228": a city of one word of one or two letters (no city is so
# short, whatever its case) before its state and zip code: OCR lost the rest
_SHORT_CITY = re.compile(rf"^(?P<city>[A-Za-z]{{1,2}})(?=\s+[A-Z]{{2}}\s+{_ZIP_CODE}(\s|$))")


# "reel Line)": a short word of small letters alone on its line but for a label's end
_LONE_SPECK = re.compile(r"^(?P<speck>[a-z]{3,4})(?=(\s+[A-Za-z]+\))*\s*$)")


# the labels of the boxes of box 5 (relationships) and box 6 (one or more owners)
_BOX_LABEL = r"(?:Director|10% Owner|Officer \(give|Other \(specify|Form filed by)"
# "a X Director", "eS X Director", ". . 7 7 (Check all applicable)": up to four words of one
# or two characters, no capital first (a name's "Jr", "II" may wrap), opening a line right
# before a box's mark and label, or before box 5's instruction: the box's edges, where no
# value of boxes 1 and 2 ends. Before a bare label such a word may be the glyph of its
# empty box ("1 Officer (give", "ee Director"): left alone
_BOX_EDGE = re.compile(rf"^(?:(?![Xx]\s|[A-Z])\S{{1,2}}\s+){{1,4}}(?=[Xx]\s+{_BOX_LABEL}|\(Check )")
# "ee Director", "ri Officer (give": one word of small letters that OCR reads for an empty
# box (``_EMPTY_GLYPHS``), alone before a bare box label opening its line: no value of
# boxes 1 and 2 (their words stand before the label on their own lines, "Musk Elon X
# Director"). Taken off after ``scan_boxes.glyph_boxes`` has read the boxes' glyphs on the
# lines as OCR gave them. Any other short word there ("da", "y", "ii") may be the end of a
# name that wrapped onto the label's line: it is marked garbled as any short word, which
# leaves the field whose column it stands in unknown (``line_boxes.py``)
_BARE_EDGE = re.compile(rf"^(?P<word>[a-z]{{1,2}})\s+(?={_BOX_LABEL}\b)")
# the words of small letters OCR reads for an empty box's square (no name prints them)
_EMPTY_GLYPHS = frozenset("ee oo ce ri".split())


def header_line(line: str) -> str:
    """A line of the header without the specks OCR read on it."""
    line = _BOX_EDGE.sub("", line.strip())
    line = _BARE_EDGE.sub(lambda m: "" if m.group("word") in _EMPTY_GLYPHS else m.group(0), line)
    line = _TICKER.sub(_ticker, line)
    line = _SMALL_STATE.sub(_state, line.rstrip())
    line = _SHORT_CITY.sub(lambda m: GARBLED + m.group("city"), line)
    line = _FOREIGN_CODE.sub(lambda m: m.group("code") if m.group("code") in SHORT_WORDS
                             else GARBLED + m.group("code"), line)
    line = _LONE_SPECK.sub(lambda m: GARBLED + m.group("speck"), line.strip())
    words = [w for w in line.split() if not _SPECK.fullmatch(w)]
    if not _NAME_LABEL.search(line) and _label_shadow(words):
        return ""
    words = [GARBLED + w if _SHORT.fullmatch(w) and w not in SHORT_WORDS else w for w in words]

    opened = 0
    out = []
    for word in words:
        opened += word.count("(")
        match = _UNOPENED.fullmatch(word)
        if match is not None and not opened:
            word = match.group("word")
        opened -= word.count(")")
        opened = max(opened, 0)
        out.append(_ZIP.sub(r"\g<zip>", word) if _ZIP.fullmatch(word) else word)
    return " ".join(out)


def without_unseen_mark(lines: list[str]) -> list[str]:
    """The header's lines with the label of the Rule 10b5-1 box blanked where no mark
    (nor ``EMPTY_BOX``) stands on its lines (its mark unseen: the box is unknown, not
    empty)."""
    out = list(lines)
    for start, line in enumerate(lines):
        if not _AFF10B5.search(line):
            continue
        end = start
        while end + 1 < len(lines) and not _AFF10B5_END.search(lines[end]) and end - start < 10:
            end += 1
        if not any(_SEEN.search(lines[i]) for i in range(start, end + 1)):
            out[start] = _AFF10B5.sub("", line)
    return out


# "APPLE INC [ AAPL ]": a line holding the issuer's name and ticker, nothing after them
_TICKER_LINE = re.compile(r"^[^\[\]]*\[\s*[^\[\]\s]+\s*\]\s*$")
_BOX1 = re.compile(r"^\W{0,3}1\.\s*Name\s+and\s+Address\s+of\s+Reporting\s+Person\*?\s*$")
_BOX2 = re.compile(r"^\W{0,3}2\.\s*Issuer\s+Name\s+and\s+Ticker\s+or\s+Trading\s+Symbol\s*$")
_NAME_LABELS = re.compile(r"\(Last\)")


def issuer_under_its_label(lines: list[str]) -> list[str]:
    """The header's lines with box 2's line ("APPLE INC [ AAPL ]") put under box 2's
    label where OCR printed it above, in box 1's column: where box 1's and box 2's
    labels stand each alone on their line (OCR printed the boxes as blocks) and
    the issuer's line stands between them. Where box 2's label stands further down
    (under box 1's "(Last) (First) (Middle)"), the issuer's line is left out: read
    where it stands it would be the owner's name, and put on the empty line right under
    box 2's label where there is one (box 2's value stands under its label)."""
    out = list(lines)
    one = next((i for i, l in enumerate(out) if _BOX1.match(l)), None)
    two = next((i for i, l in enumerate(out) if _BOX2.match(l)), None)
    if one is None or two is None or two < one:
        return out
    names = next((i for i in range(one, len(out)) if _NAME_LABELS.search(out[i])), len(out))
    for i in range(one + 1, min(two, names)):
        if not _TICKER_LINE.match(out[i]):
            continue
        after = next((j for j in range(i + 1, len(out)) if out[j].strip()), None)
        if after == two:
            out[i], out[two] = out[two], out[i]
        elif two > names and two + 1 < len(out) and not out[two + 1].strip():
            out[i], out[two + 1] = "", out[i]
        elif two > names:
            out[i] = ""
        break
    return out
